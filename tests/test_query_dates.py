"""Dates named in a plain query become a date filter, reported as `understood` and removable."""

import json
from datetime import date

import pytest

from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.ingest import ingest_paths
from searchsvc.search import SearchService
from searchsvc.search.dates import understand_dates

TODAY = date(2026, 12, 6)  # a Sunday


@pytest.mark.parametrize("query, rest, first, last", [
    ("сенокос июнь 2023", "сенокос", "2023-06-01", "2023-06-30"),
    ("Дажынкі верасень 2024", "Дажынкі", "2024-09-01", "2024-09-30"),
    ("Independence Day July 2023", "Independence Day", "2023-07-01", "2023-07-31"),
    ("ледовая арена в 2025 году", "ледовая арена", "2025-01-01", "2025-12-31"),
    ("новая школа у 2025 годзе", "новая школа", "2025-01-01", "2025-12-31"),
    ("в июне 2023 сенокос", "сенокос", "2023-06-01", "2023-06-30"),
    ("ураджай у чэрвені 2024", "ураджай", "2024-06-01", "2024-06-30"),
    ("с 2022 по 2024 урожай", "урожай", "2022-01-01", "2024-12-31"),
    ("floods from March to May 2024", "floods", "2024-03-01", "2024-05-31"),
    # a short month ("May", "мая") opens a range although alone it is a word
    ("strawberries from May to July 2025", "strawberries", "2025-05-01", "2025-07-31"),
    ("клубника с мая по июль 2025", "клубника", "2025-05-01", "2025-07-31"),
    ("strawberries May-July 2025", "strawberries", "2025-05-01", "2025-07-31"),
    ("экспорт 2022-2024", "экспорт", "2022-01-01", "2024-12-31"),
    ("ярмарка вакансий вчера", "ярмарка вакансий", "2026-12-05", "2026-12-05"),
    ("пожар на прошлой неделе", "пожар", "2026-11-23", "2026-11-29"),
    ("snow removal last month", "snow removal", "2026-11-01", "2026-11-30"),
    ("ураджай у мінулым годзе", "ураджай", "2025-01-01", "2025-12-31"),
    ("ярмарка октябрь", "ярмарка", "2026-10-01", "2026-10-31"),  # a month alone: its latest one
    ("выставка январь", "выставка", "2026-01-01", "2026-01-31"),
])
def test_dates_in_three_languages_are_read_with_the_words_left(query, rest, first, last):
    left, understood = understand_dates(query, today=TODAY)
    assert left == rest
    assert [(u.date_from, u.date_to) for u in understood] == [(first, last)]


@pytest.mark.parametrize("query", ["prices may rise", "may to the store", "ліст старшыні", "Лукашенко встретился с Путиным", "M1 road"])
def test_words_that_only_look_like_dates_stay_words(query):
    assert understand_dates(query, today=TODAY) == (query, [])


def _article(url, title, body, published, translations=None):
    return {"url": url, "site": "Gomel Oblast Executive Committee", "title": title, "body": body,
            "published": published, "translations": translations or {}}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dates")
    source = tmp / "export.jsonl"
    records = [
        _article("https://gomel.example/hay-2023", "Haymaking in Gomel Oblast ahead of schedule",
                 "Farms stored haylage and hay.", "2023-06-20",
                 {"ru": {"title": "Сенокос в Гомельской области идет с опережением", "body": "Заготовлен сенаж."}}),
        _article("https://gomel.example/hay-2024", "Haymaking in Gomel Oblast continues",
                 "Farms stored haylage, rain slows hay drying.", "2024-06-17",
                 {"ru": {"title": "Сенокос на Гомельщине продолжается", "body": "Заготовлен сенаж."}}),
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    report = ingest_paths([source], extract_entities=False)
    registry = EntityRegistry.load()
    write_generation(IndexStore(tmp / "index"), report.articles, registry, procs=1)
    return SearchService(tmp / "index", registry=registry, today=lambda: TODAY)


def test_a_month_and_year_in_the_query_filter_the_results_and_are_reported(service):
    result = service.search("сенокос июнь 2023", lang="ru")
    assert [h.url for h in result.hits] == ["https://gomel.example/hay-2023"]
    assert result.date_from == "2023-06-01" and result.date_to == "2023-06-30"
    assert result.understood == [{"text": "июнь 2023", "date_from": "2023-06-01", "date_to": "2023-06-30",
                                  "kind": "month", "applied": True}]
    # removed: the words are words again (no article says "2023"), nothing is filtered
    plain = service.search("сенокос", lang="ru", dates=False)
    assert {h.url for h in plain.hits} == {"https://gomel.example/hay-2023", "https://gomel.example/hay-2024"}
    assert service.search("сенокос июнь 2023", lang="ru", dates=False).understood == []


def test_a_date_nothing_matches_in_is_reported_unapplied_and_the_words_still_search(service):
    result = service.search("haymaking 2019")
    assert result.understood and result.understood[0]["applied"] is False
    assert len(result.hits) == 2 and result.date_from is None


def test_an_explicit_date_range_wins_over_words_and_advanced_mode_reads_none(service):
    result = service.search("haymaking 2023", date_from="2024-01-01")
    assert result.understood == []
    assert service.search("haymaking AND 2023", mode="advanced").understood == []


def test_the_api_reports_what_it_understood_with_a_link_without_it(service, tmp_path):
    from starlette.testclient import TestClient

    from searchsvc.config import Settings
    from searchsvc.web.app import create_app

    with TestClient(create_app(Settings(index_dir=str(tmp_path)), service=service)) as client:
        body = client.get("/search", params={"q": "haymaking last year", "lang": "en"}).json()
        assert [u["text"] for u in body["understood"]] == ["last year"]
        assert body["understood"][0]["date_from"] == "2025-01-01"
        assert "dates=off" in body["understood"][0]["remove"]
        off = client.get("/search?" + body["understood"][0]["remove"]).json()
        assert off["understood"] == []
        assert client.get("/search", params={"q": "x", "dates": "maybe"}).status_code == 400
