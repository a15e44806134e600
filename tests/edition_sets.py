"""Shared reading of the editions sets (bench/data/editions_*/: pages/, expected.json, queries.jsonl)
for their regression tests: the expected stories, the queries, and which page files an indexed story holds."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

SETS = Path(__file__).resolve().parent.parent / "bench" / "data"


def indexed(folder: Path, workdir: Path):
    """(settings, reindex report) of the set's pages put through the batch job into workdir/index."""
    from conftest import test_settings
    from searchsvc.pipeline import reindex

    settings = test_settings(index_dir=str(workdir / "index"))
    return settings, reindex([str(folder / "pages")], settings)


def load(name: str) -> tuple[Path, dict[str, list[str]], list[dict]]:
    """(folder, {story id: [page file]}, [query]) of bench/data/<name>."""
    folder = SETS / name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["stories"]
    with open(folder / "queries.jsonl", encoding="utf-8") as fh:
        queries = [json.loads(line) for line in fh if line.strip()]
    return folder, expected, queries


def page_name(source_path: str) -> str:
    """A source's page file name; a JSON Lines record 'x.jsonl:3' is its file 'x.jsonl'."""
    return Path(source_path.split(".jsonl:")[0] + ".jsonl" if ".jsonl:" in source_path else source_path).name


def stories_of(service) -> dict[str, set[str]]:
    """Article id -> the page files its sources hold."""
    return {story.id: {page_name(s.source_path) for s in story.sources if s.source_path}
            for story in service.stored_articles()}


def pairs(groups) -> set[tuple[str, str]]:
    """Every pair of pages that share a group (a story)."""
    return {p for g in groups for p in combinations(sorted(g), 2)}
