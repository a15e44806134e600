"""The entity data tables are read by one reader (searchsvc/entities/tables.py): comments and blank lines are
skipped, optional last columns may be left off, and a row with too many cells names its file and line instead of
being cut silently. Every shipped table reads cleanly at its declared width."""

from __future__ import annotations

from pathlib import Path

import pytest

from searchsvc.entities import tables

ENTITIES = Path(__file__).resolve().parent.parent / "searchsvc" / "entities"


def test_comments_and_blank_lines_are_skipped_and_short_rows_padded(tmp_path):
    path = tmp_path / "kinds.tsv"
    path.write_text("# form\tru\tbe\ten\n\nmill\tкомбинат\tкамбінат\tMill\n  \nzoo\tзоопарк\n", encoding="utf-8")
    assert list(tables.rows(path, 4)) == [["mill", "комбинат", "камбінат", "Mill"], ["zoo", "зоопарк", "", ""]]
    assert list(tables.rows(path)) == [["mill", "комбинат", "камбінат", "Mill"], ["zoo", "зоопарк"]]


def test_a_row_wider_than_its_table_names_the_file_and_line(tmp_path):
    path = tmp_path / "hosts.tsv"
    path.write_text("# host\tname\nbrest.gov.by\tBrest\nlida.gov.by\tLida\textra\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"hosts\.tsv:3: 3 cells, the table has 2 columns"):
        list(tables.rows(path, 2))


@pytest.mark.parametrize("path", sorted(ENTITIES.glob("*.tsv")), ids=lambda p: p.name)
def test_every_shipped_table_has_rows_of_one_width_or_fewer(path):
    widths = {len(row) for row in tables.rows(path)}
    assert widths and max(widths) <= 7, (path.name, widths)
    assert list(tables.rows(path, max(widths)))  # reads at its own width
