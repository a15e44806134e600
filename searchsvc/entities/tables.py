"""The one reader of the entity data tables (`searchsvc/entities/*.tsv`).

A table is UTF-8 text, one row a line, its cells separated by tabs; a line that starts with "#" is a comment
(each table's header comment says what its columns mean) and a blank line is skipped. The module that owns a
concept reads its table (places, names, the lexicon, sites, regional bodies); nothing writes a table at run
time (the scripts in `scripts/` regenerate the generated ones), so a crash leaves nothing behind here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def rows(path: Path, width: int | None = None) -> Iterator[list[str]]:
    """The data lines of the table at `path`, split into cells. With `width`, each row is padded with empty
    cells to that many (a table's optional last columns may be left off); a row with more cells is an error
    that names the file and line, never a silent cut."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if width is not None:
            if len(cells) > width:
                raise ValueError(f"{path.name}:{number}: {len(cells)} cells, the table has {width} columns")
            cells += [""] * (width - len(cells))
        yield cells
