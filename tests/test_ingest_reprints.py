"""Reprints: one story from several sites becomes one article listing every source; ids are stable."""

import json

from conftest import run_cli
from ingest_pages import (HARVEST_FIRST, HARVEST_FIRST_BOBRUISK, HARVEST_REST, RAILWAY_BODY, jsonl, text_page,
                          wordpress_page, write)

from searchsvc.ingest import ingest_paths
from searchsvc.ingest.reprints import ReprintDetector
from searchsvc.ingest.urls import canonical_url, url_id

HARVEST_TITLE = "Mogilev Oblast farms pass 800,000 tonnes of grain"


def harvest_pages(tmp_path):
    original = write(tmp_path / "a_mogilev.txt", text_page(
        site="Mogilev Oblast Executive Committee", crumbs="Main / News / Region", date="8 August 2023",
        title=HARVEST_TITLE, body=[HARVEST_FIRST, *HARVEST_REST]))
    reprint_text = write(tmp_path / "b_bobruisk.txt", text_page(
        widget=None, site="Bobruisk City Executive Committee", crumbs="Home > News", date="08.08.2023",
        title="Mogilev Oblast farms have threshed 800,000 tonnes of grain",
        body=[HARVEST_FIRST_BOBRUISK, *HARVEST_REST], footer=["Share", "© 2023 Bobruisk City Executive Committee"]))
    reprint_html = write(tmp_path / "c_gorki.html", wordpress_page(
        "Harvest in Mogilev Oblast: 800,000 tonnes", "Gorki District Executive Committee", "2023-08-09T09:00:00+03:00",
        ["Gorki District farms are among those that helped Mogilev Oblast thresh over 800,000 tonnes of grain.",
         *HARVEST_REST], canonical="https://gorki.gov.by/news/harvest-800"))
    unrelated = write(tmp_path / "d_railways.txt", text_page(
        site="Borisov District Executive Committee", crumbs="Main / News", date="8 August 2023",
        title="Belarusian Railways adds summer trains", body=RAILWAY_BODY))
    return [original, reprint_text, reprint_html, unrelated]


def test_reprints_in_other_chrome_with_an_edited_first_sentence_merge_into_the_first_copy(tmp_path):
    paths = harvest_pages(tmp_path)
    report = ingest_paths(paths, extract_entities=False)
    assert report.check() == {"inputs": 4, "articles": 2, "editions_linked": 0, "reprints_merged": 2, "rejected": 0}
    original, text_copy, html_copy, unrelated = report.results
    assert original.duplicate_of is None and unrelated.duplicate_of is None
    assert text_copy.duplicate_of == original.article.id
    assert html_copy.duplicate_of == original.article.id
    story = report.articles[0]
    assert [s.site for s in story.sources] == ["Mogilev Oblast Executive Committee", "Bobruisk City Executive Committee",
                                               "Gorki District Executive Committee"]
    assert story.sources[2].url == "https://gorki.gov.by/news/harvest-800"
    # every copy's JSON line shows the whole story's sources; the reprint keeps its own site and date
    lines = [r.to_json() for r in report.results]
    assert lines[1]["site"] == "Bobruisk City Executive Committee" and lines[1]["published"] == "2023-08-08"
    assert len(lines[0]["sources"]) == len(lines[1]["sources"]) == 3
    assert [a.title for a in report.articles] == [HARVEST_TITLE, "Belarusian Railways adds summer trains"]


def test_same_text_weeks_apart_is_not_a_reprint():
    from searchsvc.article import Article

    body = "\n\n".join([HARVEST_FIRST, *HARVEST_REST])
    detector = ReprintDetector()
    assert detector.match(Article(id="a", title="t", body=body, site="s", published="2023-08-08")) is None
    assert detector.match(Article(id="b", title="t", body=body, site="s", published="2023-09-20")) is None
    assert detector.match(Article(id="c", title="t", body=body, site="s", published="2023-08-10")) == "a"


def test_a_shortened_reprint_is_still_found():
    from searchsvc.article import Article

    detector = ReprintDetector()
    full = "\n\n".join([HARVEST_FIRST, *HARVEST_REST])
    short = "\n\n".join([HARVEST_FIRST_BOBRUISK, *HARVEST_REST[:2]])
    assert detector.match(Article(id="a", title="t", body=full, site="s", published="2023-08-08")) is None
    assert detector.match(Article(id="b", title="t", body=short, site="s", published=None)) == "a"


def test_different_stories_are_never_merged():
    from searchsvc.article import Article

    detector = ReprintDetector()
    stories = [" ".join(f"Story {i} word{i * 50 + j} happened in district {j} of region {i}." for j in range(40))
               for i in range(200)]
    matches = [detector.match(Article(id=str(i), title="t", body=b, site="s", published="2023-01-01"))
               for i, b in enumerate(stories)]
    assert matches == [None] * 200


def test_canonical_url_makes_a_stable_id():
    assert canonical_url("HTTPS://Osipovichi.GOV.by:443/news/1/?utm_source=vk&b=2&a=1#comments") == \
        "https://osipovichi.gov.by/news/1?a=1&b=2"
    assert url_id("http://www.osipovichi.gov.by/news/1/") == url_id("https://osipovichi.gov.by/news/1?fbclid=abc")
    assert url_id("https://osipovichi.gov.by/news/1") != url_id("https://osipovichi.gov.by/news/2")
    assert canonical_url("javascript:alert(1)") is None and canonical_url("/news/1") is None


def test_same_url_twice_is_one_article_and_ids_survive_a_rerun(tmp_path):
    record = {"url": "https://pinsk.gov.by/news/forum/", "site": "Pinsk District Executive Committee",
              "title": "Pinsk hosts regional youth forum", "published": "2023-01-12",
              "body": "Young people from all districts of Brest Oblast presented their projects in Pinsk."}
    updated = dict(record, url="https://pinsk.gov.by/news/forum?utm_campaign=x", title="Pinsk hosts youth forum")
    path = jsonl(tmp_path / "a.jsonl", [record, updated])
    first = ingest_paths([path], extract_entities=False)
    assert first.results[1].duplicate_of == first.results[0].article.id
    again = ingest_paths([path], extract_entities=False)
    assert [r.article.id for r in again.results] == [r.article.id for r in first.results]


def test_cli_ingest_json_lines_in_input_order_with_reprints_and_rejections(tmp_path):
    pages = harvest_pages(tmp_path)
    empty = write(tmp_path / "e_empty.txt", "")
    export = jsonl(tmp_path / "f_export.jsonl", [
        {"site": "Pinsk District Executive Committee", "title": "Pinsk hosts regional youth forum",
         "published": "12 January 2023", "body": "Young people from all districts of Brest Oblast presented their "
                                                 "projects in Pinsk on 12 January."},
        {"hello": "world"},
    ])
    proc = run_cli("ingest", *map(str, pages), str(empty), str(export), "--json")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["source_path"] for d in lines] == [*map(str, pages), str(empty), f"{export}:1", f"{export}:2"]
    original, bobruisk, gorki, railways, empty_line, forum, hello = lines
    assert original["duplicate_of"] is None and original["published"] == "2023-08-08"
    assert original["title"] == HARVEST_TITLE and original["site"] == "Mogilev Oblast Executive Committee"
    assert bobruisk["duplicate_of"] == gorki["duplicate_of"] == original["id"]
    assert [s["site"] for s in original["sources"]] == ["Mogilev Oblast Executive Committee",
                                                        "Bobruisk City Executive Committee",
                                                        "Gorki District Executive Committee"]
    assert "Anatoly Isachenko" in original["persons"]  # canonical English names, as the contract says
    assert railways["duplicate_of"] is None
    assert empty_line == {"source_path": str(empty), "rejected": True, "reason": "empty file (0 bytes)"}
    assert forum["published"] == "2023-01-12" and hello["rejected"] is True


def test_short_reprint_with_the_same_headline_and_a_rewritten_first_sentence():
    from searchsvc.article import Article

    title = "Belarusian Railways adds summer trains to Brest"
    original = ("Belarusian Railways is putting on extra passenger trains for the summer, BelTA learned. "
                "From mid-June additional business class trains will run on weekends from Minsk to Brest.")
    local = ("Extra summer trains will also stop in Borisov, Belarusian Railways told the district newspaper. "
             "From mid-June additional business class trains will run on weekends from Minsk to Brest.")
    detector = ReprintDetector()
    assert detector.match(Article(id="a", title=title, body=original, site="s", published="2023-06-02")) is None
    assert detector.match(Article(id="b", title=title, body=local, site="t", published="2023-06-02")) == "a"
    # the same short text under another headline is not enough
    other = ReprintDetector()
    other.match(Article(id="a", title=title, body=original, site="s", published="2023-06-02"))
    assert other.match(Article(id="b", title="Summer timetable", body=local, site="t", published="2023-06-02")) is None


def test_a_story_lists_each_copy_once_and_takes_the_first_known_date():
    from searchsvc.article import Article, Source
    from searchsvc.ingest.reprints import Stories

    body = "\n\n".join([HARVEST_FIRST, *HARVEST_REST])

    def copy(aid, site, published):
        return Article(id=aid, title=HARVEST_TITLE, body=body, site=site, published=published,
                       sources=[Source(site=site, source_path=f"{aid}.txt")])

    stories = Stories()
    undated = copy("a", "Mogilev", None)
    assert stories.add(undated) is None  # a new story
    assert stories.add(copy("b", "Bobruisk", "2023-08-08")) is undated
    assert stories.add(copy("b", "Bobruisk", "2023-08-08")) is undated  # the same page read again: listed once
    assert [s.site for s in undated.sources] == ["Mogilev", "Bobruisk"]
    assert undated.published == "2023-08-08"
    assert stories.add(Article(id="r", title="Belarusian Railways adds summer trains", body="\n\n".join(RAILWAY_BODY),
                               site="Borisov", published="2023-08-08")) is None


def test_a_page_that_copies_an_indexed_story_reopens_that_story():
    from searchsvc.article import Article, Source
    from searchsvc.ingest.reprints import Stories

    body = "\n\n".join([HARVEST_FIRST, *HARVEST_REST])
    indexed = Article(id="old", title=HARVEST_TITLE, body=body, site="Mogilev", published="2023-08-08",
                      sources=[Source(site="Mogilev", source_path="old.txt")])

    class Earlier:  # the live generation's stories, as the batch job hands them out
        def get(self, article_id):
            return None

        def around(self, published, days):
            yield from [indexed] if published and published.startswith("2023-08") else []

    stories = Stories(Earlier())
    story = stories.add(Article(id="new", title="Harvest news", body=body, site="Gorki", published="2023-08-09",
                                sources=[Source(site="Gorki", source_path="new.txt")]))
    assert story is indexed and stories.reopened == {"old": indexed}
    assert [s.source_path for s in indexed.sources] == ["old.txt", "new.txt"]
