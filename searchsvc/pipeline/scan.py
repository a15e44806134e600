"""Which input files a run has to read: stat + hash against the live generation's manifest.

A file whose mtime and size match its manifest row is skipped unread; one whose bytes hash the
same is skipped too (its new mtime is written back with `Manifest.touch`). A row left `pending` by
a killed run is never trusted: its file is read again ("resumed"). Scanning only reads; a crash
here leaves everything as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..index.manifest import InputRecord, Manifest
from ..ingest import expand_paths
from .context import RunContext


@dataclass
class InputFile:
    """One input file of this run and what its records became."""

    path: str
    record: InputRecord | None = None  # stat + hash taken before parsing
    state: str = "new"  # new | changed | resumed | reread
    refs: list = field(default_factory=list)  # [(Article, role)]: role "story", "reprint" or "edition"
    records: int = 0
    failed: bool = False


@dataclass
class ScanResult:
    to_read: list[InputFile]  # new, changed or resumed files
    unchanged: list[str]  # paths skipped unread
    gone: list[str]  # paths the manifest holds under the sources that no longer exist
    rehashed: list[InputRecord]  # touched files with the same bytes: their new stat for the manifest


def stat_and_hash(path: str) -> InputRecord:
    st = os.stat(path)  # before reading: a write after it changes mtime, so the next run looks again
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return InputRecord(path, st.st_mtime_ns, st.st_size, digest.hexdigest())


def under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def input_order(path: str, roots: list[str]) -> tuple:
    """Where an input comes in a full run: sources in argument order, files in path order, records
    of a JSON Lines file by line number."""
    root = next((i for i, r in enumerate(roots) if under(path, [r])), len(roots))
    m = re.match(r"^(.*):(\d+)$", path)
    if m and not os.path.exists(path):
        return root, Path(m.group(1)).parts, int(m.group(2))
    return root, Path(path).parts, 0


def file_of(source_path: str, files: dict) -> str | None:
    """The input file an ingest result came from ('a.jsonl:12' and 'a.jsonl#3' belong to 'a.jsonl')."""
    candidate = source_path
    while candidate:
        if candidate in files:
            return candidate
        cut = max(candidate.rfind(":"), candidate.rfind("#"))
        if cut <= 0:
            return None
        candidate = candidate[:cut]
    return None


def scan(run: RunContext, manifest: Manifest | None) -> ScanResult:
    """Unchanged = same mtime+size, or same hash. Without a manifest every file is to be read."""
    report, progress = run.report, run.progress
    with run.timed("scan"):
        known = manifest.inputs() if manifest else {}
        paths = [os.path.abspath(p) for p in map(str, expand_paths(run.roots))]
        report.files = len(paths)
        progress.stage("scan", len(paths))
        todo, rehashed, skipped = [], [], []
        for path in paths:
            prev = known.get(path)
            progress.advance()
            try:
                st = os.stat(path)
                if prev and not prev.pending and prev.mtime_ns == st.st_mtime_ns and prev.size == st.st_size:
                    skipped.append(path)
                    continue
                record = stat_and_hash(path)
            except OSError:
                todo.append(InputFile(path, None, "changed" if prev else "new"))  # ingest reports the reason
                continue
            if prev and not prev.pending and prev.sha256 == record.sha256:
                skipped.append(path)
                rehashed.append(record)
                continue
            state = "new" if prev is None else ("resumed" if prev.pending else "changed")
            todo.append(InputFile(path, record, state))
        progress.finish()
        present = set(paths)
        gone = [p for p in known if p not in present and under(p, run.roots)]
        report.files_skipped = len(skipped)
        report.files_deleted = len(gone)
    return ScanResult(todo, skipped, gone, rehashed)
