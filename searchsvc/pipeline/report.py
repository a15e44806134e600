"""What one reindex run did: the report printed (or written as JSON) at the end, and the exit codes.

Nothing here touches the disk; `searchsvc reindex --report FILE` writes `to_dict()`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Exit codes a scheduler can act on (also in `searchsvc reindex --help` and the README).
EXIT_OK = 0  # done; rejected pages (not news, empty, not UTF-8) are normal and listed in the report
EXIT_PARTIAL = 1  # done, but a stage failed for some inputs (listed under "errors"); they are retried next run
EXIT_USAGE = 2  # bad command line (argparse)
EXIT_FAILED = 3  # nothing changed: validation failed, a source is missing, or an unexpected error
EXIT_LOCKED = 75  # EX_TEMPFAIL: another reindex holds the lock; try again later


class ReindexFailed(RuntimeError):
    """The run changed nothing that is served (exit code 3); the message says why."""


@dataclass
class ReindexReport:
    mode: str = "incremental"  # or "full"
    index_dir: str = ""
    generation: str | None = None  # live after the run
    previous_generation: str | None = None
    files: int = 0  # input files found under the sources
    files_skipped: int = 0  # unchanged files: neither parsed nor translated
    files_deleted: int = 0  # files the index held that are gone
    files_reread: int = 0  # unchanged files parsed again because a copy of their story changed
    # Every input record (a page file; a skipped file counts the records it held) has one outcome:
    #   inputs == new + changed + unchanged + reprints_merged + editions_linked + len(rejected) + failed
    inputs: int = 0
    new: int = 0  # a story the index did not hold
    changed: int = 0  # a story the index held, with different text
    unchanged: int = 0  # skipped, or parsed again with the same text
    reprints_merged: int = 0  # a copy of a story, added as a source, never a new hit
    editions_linked: int = 0  # the site's edition of a story in another language, joined to it (never a new hit)
    # the stories this run wrote: how many, and how many of them the site published in each
    # language (sum(editions.values()) == stories + edition_links: each link adds one language)
    stories: int = 0
    editions: dict = field(default_factory=dict)
    edition_links: int = 0
    failed: int = 0  # an error in a stage kept the record out of the index (see errors)
    rejected: list[dict] = field(default_factory=list)  # {source_path, reason}: not a news page
    errors: list[dict] = field(default_factory=list)  # {source_path, stage, error}
    articles_deleted: int = 0
    api_articles: int = 0  # articles written over HTTP, carried into a new generation
    gaps_filled: int = 0  # indexed articles translated now that a model for a missing language exists
    documents: int = 0  # in the live generation after the run
    translation: dict = field(default_factory=dict)
    validation: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    removed_generations: list[str] = field(default_factory=list)
    stale_lock: dict = field(default_factory=dict)  # what a killed holder left in reindex.lock
    damage: list[str] = field(default_factory=list)  # damaged files found (and worked around) on the way
    error: str = ""  # why nothing changed (exit code 3)
    exit_code: int = EXIT_OK

    # the spine's name for it
    @property
    def articles(self) -> int:
        return self.new + self.changed + self.unchanged

    def check_counts(self) -> None:
        total = (self.new + self.changed + self.unchanged + self.reprints_merged + self.editions_linked
                 + len(self.rejected) + self.failed)
        assert self.inputs == total, (
            f"counts do not reconcile: inputs {self.inputs} != new {self.new} + changed {self.changed} + "
            f"unchanged {self.unchanged} + reprints {self.reprints_merged} + editions {self.editions_linked} + "
            f"rejected {len(self.rejected)} + failed {self.failed}")
        assert sum(self.editions.values()) == self.stories + self.edition_links, (
            f"edition counts do not reconcile: {self.editions} != {self.stories} stories + "
            f"{self.edition_links} links")

    def count_editions(self, stories) -> None:
        """The editions of the stories this run wrote (Article.edition_langs)."""
        for story in stories:
            langs = story.edition_langs
            self.stories += 1
            self.edition_links += len(langs) - 1
            for lang in langs:
                self.editions[lang] = self.editions.get(lang, 0) + 1

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        tr = self.translation
        lines = [
            f"reindex ({self.mode}) {self.index_dir}: generation {self.generation}, {self.documents} documents"
            f" [exit {self.exit_code}]",
            f"  inputs {self.inputs} from {self.files} files: {self.new} new, {self.changed} changed, "
            f"{self.unchanged} unchanged, {self.reprints_merged} reprints merged, {self.editions_linked} editions "
            f"linked, {len(self.rejected)} rejected, {self.failed} failed",
            f"  files: {self.files_skipped} skipped unchanged, {self.files_reread} re-read, {self.files_deleted} deleted;"
            f" articles deleted: {self.articles_deleted}",
        ]
        if self.stories:
            per_lang = ", ".join(f"{k} {v}" for k, v in sorted(self.editions.items()))
            lines.append(f"  stories written {self.stories}: editions by language {per_lang}; "
                         f"{self.edition_links} cross-language links")
        if tr:
            gaps = ", ".join(f"{k} {v}" for k, v in sorted(tr.get("gaps", {}).items())) or "none"
            lines.append(f"  translation: {tr.get('sentences_translated', 0)} sentences translated, "
                         f"{tr.get('sentences_cached', 0)} from cache; articles without translation: {gaps}")
        for r in self.rejected[:20]:
            lines.append(f"  rejected {r['source_path']}: {r['reason']}")
        if len(self.rejected) > 20:
            lines.append(f"  ... and {len(self.rejected) - 20} more rejected (see the JSON report)")
        for e in self.errors[:20]:
            lines.append(f"  ERROR [{e['stage']}] {e['source_path']}: {e['error']}")
        for d in self.damage:
            lines.append(f"  DAMAGE {d}")
        if self.error:
            lines.append(f"  FAILED: {self.error}")
        for p in self.validation.get("problems", []):
            lines.append(f"  VALIDATION {p}")
        lines.append("  time: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items()))
        return "\n".join(lines)
