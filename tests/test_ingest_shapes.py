"""Conformance corpus (issue 14): every date convention, CMS template, text scrape and JSON Lines
shape in tests/ingest_shapes.py is read with the date and site a reader sees on the page."""

from __future__ import annotations

import json

import pytest

from ingest_shapes import DATE_SHAPES, MACHINE_SHAPES, all_shapes
from searchsvc.ingest import build_article, ingest_paths, parse_page_bytes
from searchsvc.ingest.dates import numeric_date_order, parse_date, parse_datetime_value
from searchsvc.ingest.jsonl import parse_json_line
from searchsvc.ingest.text import date_line


@pytest.mark.parametrize("text,iso,clock", DATE_SHAPES, ids=[t for t, _, _ in DATE_SHAPES])
def test_printed_date(text, iso, clock):
    assert parse_date(text) == (iso, clock)


@pytest.mark.parametrize("text,iso,clock", DATE_SHAPES[:40], ids=[t for t, _, _ in DATE_SHAPES[:40]])
def test_printed_date_inside_a_line(text, iso, clock):
    """The same date as a date line prints it: a label before it, a view counter after it."""
    assert date_line(f"Опубликовано: {text} · Просмотров: 120") == (iso, clock)


@pytest.mark.parametrize("value,iso,clock", MACHINE_SHAPES, ids=[repr(v) for v, _, _ in MACHINE_SHAPES])
def test_machine_timestamp(value, iso, clock):
    assert parse_datetime_value(value) == (iso, clock)


def test_ambiguous_numeric_date_is_day_first_unless_the_page_says_otherwise():
    assert parse_date("03/04/2026") == ("2026-04-03", None)  # Belarus writes the day first
    assert parse_date("03/04/2026", order="mdy") == ("2026-03-04", None)
    assert numeric_date_order("Posted 03/04/2026. The plan of 12/25/2025 ...") == "mdy"
    assert numeric_date_order("Posted 03/04/2026. The plan of 25/12/2025 ...") == "dmy"
    assert numeric_date_order("03/04/2026, 12/25/2025 and 25/12/2025") == "dmy"  # mixed: the country's way
    assert numeric_date_order("03/04/2026") == "dmy"
    assert parse_date("04/15/2026") == ("2026-04-15", None)  # only one reading exists
    assert parse_date("Posted 03/04/2026; the plan of 12/25/2025") == ("2026-03-04", None)


def test_phone_numbers_and_numbers_are_no_dates():
    assert parse_date("Телефон для справок 22-12-12, факс 22-12-13") is None
    assert parse_date("ростом на 11.01.2023 14.35 процента") == ("2023-01-11", None)  # 14.35 % is no clock
    assert parse_date("выросло на 12.5") is None


SHAPES = all_shapes()


def _read(shape):
    if shape.kind == "jsonl":
        return build_article(parse_json_line(shape.content.encode("utf-8")))
    return parse_page_bytes(shape.content.encode("utf-8"), shape.kind, url=shape.url)[0]


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_page_shape_date_and_site(shape):
    article = _read(shape)
    assert (article.site, article.published, article.published_time) == (shape.site, shape.date, shape.time)


def test_corpus_covers_every_input_kind():
    kinds = {s.kind for s in SHAPES}
    assert kinds == {"html", "text", "jsonl"} and len(SHAPES) >= 50


def test_unreadable_date_and_site_are_reported_with_a_reason(tmp_path):
    """A page whose date or site the parser cannot read says so in the report, with the raw value."""
    page = ("<html><head><title>Новости</title>"
            '<meta property="article:published_time" content="вчера вечером"></head><body>'
            "<article><h1>Аграрии района завершили сев</h1>"
            "<p>Сельскохозяйственные предприятия района завершили сев яровых зерновых культур на площади более "
            "12 тысяч гектаров, сообщили в управлении сельского хозяйства.</p>"
            "<p>Сейчас аграрии переходят к посадке кукурузы и картофеля до конца месяца.</p></article>"
            "</body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    record = {"title": "Fair in town", "body": "The fair opened on the square. Farmers sold honey and apples.",
              "published": "the day before yesterday", "site": "Official website"}
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = ingest_paths([tmp_path], extract_entities=False, merge_reprints=False)
    warnings = json.dumps(report.to_dict(), ensure_ascii=False) if hasattr(report, "to_dict") else repr(report)
    assert "вчера вечером" in warnings and "not a date" in warnings
    assert "the day before yesterday" in warnings
    assert "no site name found" in warnings
