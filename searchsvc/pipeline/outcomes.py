"""What each input record became: the report's counts, and the manifest rows a file leaves.

Pure functions over a run's InputFiles; the callers write the rows (`Manifest.record`, or
`index.updates.apply_changes(inputs=...)` in the same step as the index commit).
"""

from __future__ import annotations

from ..index.manifest import InputOutcome
from .report import ReindexReport
from .scan import InputFile


def classify(files: list[InputFile], previous: dict[str, str | None], report: ReindexReport,
             failed_ids: set[str], old_rows: dict[str, list[tuple[str, str]]], removed: set[str]) -> int:
    """Each record's outcome against what the index held before (previous: story id -> content hash).

    An input that held story X and now gives story Y, X gone (an edited page without a URL gets a
    new id), is one *changed* story, not a new one plus a deletion. Returns how many were paired so.
    """
    paired = 0
    for f in files:
        report.inputs += f.records
        if f.failed:
            report.failed += 1
        # only a page without a URL changes id when edited (its id hashes its text)
        fresh = [a for a, role in f.refs if role == "story" and not a.url and a.id not in failed_ids
                 and a.id not in previous]
        lost = {aid for aid, role in old_rows.get(f.path, ()) if role == "story"} & removed
        replacing = min(len(fresh), len(lost))
        paired += replacing
        for article, role in f.refs:
            if role == "reprint":
                report.reprints_merged += 1
            elif role == "edition":
                report.editions_linked += 1
            elif article.id in failed_ids:
                report.failed += 1
            elif article.id in previous:
                if previous[article.id] == article.content_hash:
                    report.unchanged += 1
                else:
                    report.changed += 1
            elif replacing and not article.url:
                replacing -= 1
                report.changed += 1
            else:
                report.new += 1
    return paired


def outcome(f: InputFile) -> InputOutcome | None:
    """The manifest rows of one file; None for a file not to remember (parsed again next run)."""
    if f.record is None or f.failed or not f.refs:
        return None  # rejected or failed: not remembered, so it is parsed again next run
    arts = {}
    for article, role in f.refs:
        if arts.get(article.id, (None, ""))[1] != "story":
            arts[article.id] = (article.id, role, article.content_hash if role == "story" else None)
    return InputOutcome(f.record, tuple(arts.values()))
