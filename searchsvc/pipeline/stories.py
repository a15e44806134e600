"""Ingest stage: input files -> this run's stories, every reprint merged into its story.

Pages are parsed in chunks of INGEST_CHUNK files (the progress granularity); each accepted record
joins the run's one `ingest.reprints.Stories`, which decides whether it is a new story or a copy of
one (of this run, or, incrementally, of a story the live generation holds: `IndexedStories`).
Reads the pages and the live generation only; a crash here leaves everything as it was.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from ..article import Article
from ..ingest import ingest_paths
from ..ingest.reprints import Stories
from .context import RunContext
from .scan import InputFile, file_of

INGEST_CHUNK = 200  # files parsed per ingest call: progress granularity


class IndexedStories:
    """The stories a live generation holds, read from its stored articles as a run needs them.

    Only `ids` are handed out: stories being rewritten by this run are not "earlier" stories."""

    def __init__(self, reader, ids: set[str]):
        self.reader = reader
        self.ids = ids
        self._given: set[str] = set()
        self._loaded_days: set = set()

    def get(self, article_id: str) -> Article | None:
        if article_id not in self.ids or article_id in self._given:
            return None
        stored = self.reader.document(article_id)
        if not stored:
            return None
        self._given.add(article_id)
        return Article.from_dict(json.loads(stored["article"]))

    def around(self, published: str | None, days: int):
        if not published:
            return
        try:
            day = datetime.fromisoformat(published[:10])
        except ValueError:
            return
        for offset in range(-days, days + 1):
            start = day + timedelta(days=offset)
            if start in self._loaded_days:
                continue
            self._loaded_days.add(start)
            for docnum in self.reader.docs_in_range("published", start,
                                                    start + timedelta(days=1) - timedelta(microseconds=1)):
                stored = self.reader.stored_fields(docnum)
                aid = stored.get("id")
                if aid in self.ids and aid not in self._given:
                    self._given.add(aid)
                    yield Article.from_dict(json.loads(stored["article"]))


def read_stories(run: RunContext, files: list[InputFile], stories: Stories) -> list[Article]:
    """Parse `files`; returns this run's new stories in input order. Fills each file's refs with
    (its story, "story"), (the story it is a copy of, "reprint") or (the story it is the site's
    edition of in another language, "edition") per accepted record."""
    report, progress = run.report, run.progress
    by_path = {f.path: f for f in files}
    placed: list[tuple[InputFile, Article]] = []  # each accepted record's file and article
    # the batch job learns unknown entities (the overlay holds them with their evidence; registry.trusted)
    progress.stage("ingest", len(files))
    for i in range(0, len(files), INGEST_CHUNK):  # len taken once: strays appended below are not re-read
        chunk = files[i : i + INGEST_CHUNK]
        try:
            results = ingest_paths([f.path for f in chunk], merge_reprints=False, learn=True,
                                   extractor=run.services.extractor, sites=run.services.sites).results
        except Exception:  # an unexpected error on one page: find it, keep the others
            results = []
            for f in chunk:
                try:
                    results.extend(ingest_paths([f.path], merge_reprints=False, learn=True,
                                                extractor=run.services.extractor, sites=run.services.sites).results)
                except Exception as exc:
                    f.failed = True
                    f.records += 1
                    report.errors.append({"source_path": f.path, "stage": "ingest",
                                          "error": f"{type(exc).__name__}: {exc}"})
        stories.prepare([r.article for r in results if r.article is not None])
        for result in results:
            f = by_path.get(file_of(result.source_path, by_path) or "")
            if f is None:  # ingest named a source we did not give it: still count and show it
                f = by_path[result.source_path] = InputFile(result.source_path)
                files.append(f)
            f.records += 1
            if result.rejected:
                report.rejected.append({"source_path": result.source_path, "reason": result.reason})
                continue
            stories.add(result.article)
            placed.append((f, result.article))
        progress.advance(len(chunk))
    progress.finish()
    # what each page became is known at the end: an edition may take the lead of its story later
    new: list[Article] = []
    for f, page in placed:
        role = stories.role(page)
        f.refs.append((stories.story_for(page), role))
        if role == "story":
            new.append(page)
    return new
