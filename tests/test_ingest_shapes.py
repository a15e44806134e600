"""Conformance corpus (issue 14): every date convention, CMS template, text scrape and JSON Lines
shape in tests/ingest_shapes.py is read with the date and site a reader sees on the page."""

from __future__ import annotations

import json

import pytest

from ingest_shapes import DATE_LINES, DATE_SHAPES, MACHINE_SHAPES, all_shapes
from searchsvc.ingest import build_article, ingest_paths, parse_page_bytes
from searchsvc.ingest.dates import numeric_date_order, parse_date, parse_datetime_value
from searchsvc.ingest.feeds import parse_feed
from searchsvc.ingest.jsonl import parse_json_line
from searchsvc.ingest.text import date_line


@pytest.mark.parametrize("text,iso,clock", DATE_SHAPES, ids=[t for t, _, _ in DATE_SHAPES])
def test_printed_date(text, iso, clock):
    assert parse_date(text) == (iso, clock)


@pytest.mark.parametrize("text,iso,clock", DATE_SHAPES[:40], ids=[t for t, _, _ in DATE_SHAPES[:40]])
def test_printed_date_inside_a_line(text, iso, clock):
    """The same date as a date line prints it: a label before it, a view counter after it."""
    assert date_line(f"Опубликовано: {text} · Просмотров: 120") == (iso, clock)


@pytest.mark.parametrize("line,iso,clock", DATE_LINES, ids=[t for t, _, _ in DATE_LINES])
def test_date_line(line, iso, clock):
    assert date_line(line) == ((iso, clock) if iso else None)


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
    # a footer's phone number in the shape of a date with a two-digit year ("2-14-51": 1951) casts no vote
    assert numeric_date_order("04.08.2026\nDistrict Executive Committee © 2026 | Phone +375 2339 2-14-51") == "dmy"


def test_phone_numbers_and_numbers_are_no_dates():
    assert parse_date("Телефон для справок 22-12-12, факс 22-12-13") is None
    assert parse_date("ростом на 11.01.2023 14.35 процента") == ("2023-01-11", None)  # 14.35 % is no clock
    assert parse_date("выросло на 12.5") is None


SHAPES = all_shapes()


def _read(shape):
    raw = shape.content.encode(shape.encoding)
    if shape.kind == "jsonl":
        return build_article(parse_json_line(raw))
    if shape.kind == "feed":
        return build_article(next(fields for _, fields in parse_feed(raw)))  # the first item
    return parse_page_bytes(raw, shape.kind, url=shape.url)[0]


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_page_shape_date_and_site(shape):
    article = _read(shape)
    assert (article.site, article.published, article.published_time) == (shape.site, shape.date, shape.time)


def test_corpus_covers_every_input_kind():
    kinds = {s.kind for s in SHAPES}
    assert kinds == {"html", "text", "jsonl", "feed"} and len(SHAPES) >= 60


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


@pytest.mark.parametrize("line", ["Вчера, 14:35", "Сегодня в 09:10", "Учора, 14:35", "2 hours ago", "3 часа назад",
                                  "Yesterday at 14:35"])
def test_relative_date_is_reported_not_guessed(line):
    page = ("Оршанский райисполком\nГлавная / Новости\n" + line + "\n\nАграрии района завершили сев\n\n"
            "Сельскохозяйственные предприятия района завершили сев яровых зерновых культур на площади более "
            "12 тысяч гектаров, сообщили в управлении сельского хозяйства райисполкома.\n")
    article, warnings = parse_page_bytes(page.encode(), "text")
    assert article.published is None
    assert any(line in w and "relative" in w for w in warnings), warnings
    html = (f"<html><head><title>Аграрии района завершили сев</title></head><body><article>"
            f"<h1>Аграрии района завершили сев</h1><div class='date'>{line}</div><p>Сельскохозяйственные "
            "предприятия района завершили сев яровых зерновых культур на площади более 12 тысяч гектаров.</p>"
            "<p>Сейчас аграрии переходят к посадке кукурузы и картофеля до конца месяца.</p></article></body></html>")
    article, warnings = parse_page_bytes(html.encode(), "html")
    assert article.published is None
    assert any(line in w and "relative" in w for w in warnings), warnings


def test_a_feed_is_one_input_per_item(tmp_path):
    feed = next(s for s in SHAPES if s.name == "rss_yandex_full_text")
    broken = feed.content.replace("</channel>", "<item><title>Только заголовок</title></item></channel>")
    (tmp_path / "news.xml").write_text(broken, encoding="utf-8")
    report = ingest_paths([tmp_path], extract_entities=False, merge_reprints=False)
    by_source = {r.source_path.rsplit("/", 1)[-1]: r for r in report.results}
    assert sorted(by_source) == ["news.xml:1", "news.xml:2", "news.xml:3"]
    first = by_source["news.xml:1"].article
    assert (first.site, first.published, first.url) == ("Orsha District Executive Committee", "2023-01-11",
                                                        "https://orsha.gov.by/news/0")
    assert by_source["news.xml:2"].article.lang == "be"
    assert by_source["news.xml:3"].article is None and "body" in by_source["news.xml:3"].reason


def test_json_feed_and_api_listings_are_one_input_per_item(tmp_path):
    title, paras = "Farmers of the district completed the sowing", ["Agricultural enterprises completed the sowing "
                                                                    "of spring grain. The machinery worked in two shifts.",
                                                                    "Now the farmers are planting maize and potatoes."]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Official website of the Lida District Executive "
            "Committee", "items": [{"id": "1", "url": "https://lida.gov.by/en/news/1", "title": title,
                                    "content_html": "".join(f"<p>{p}</p>" for p in paras),
                                    "date_modified": "2023-02-01T10:00:00+03:00",
                                    "date_published": "2023-01-11T14:35:00+03:00"}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    api = {"status": "ok", "data": [{"title": title, "text": " ".join(paras), "date": "11.01.2023",
                                     "url": "https://krichev.gov.by/news/2"}]}
    (tmp_path / "api.json").write_text(json.dumps(api), encoding="utf-8")
    report = ingest_paths([tmp_path], extract_entities=False, merge_reprints=False)
    got = {r.source_path.rsplit("/", 1)[-1]: (r.article.site, r.article.published) for r in report.results}
    assert got == {"feed.json:1": ("Lida District Executive Committee", "2023-01-11"),
                   "api.json:1": ("Krichev District Executive Committee", "2023-01-11")}
