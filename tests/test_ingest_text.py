"""Plain-text scrapes: chrome stripped, site/date/title/body found, in every layout the sites use."""

import json

import pytest
from ingest_pages import CSTO_BODY, RU_BODY, BE_BODY, WIDGET_RU, text_page, write

from searchsvc.config import SAMPLES_DIR
from searchsvc.ingest import ingest_paths
from searchsvc.ingest.dates import parse_date, parse_datetime_value

TITLE = "CSTO Secretary General Tasmagambetov invited to Belarus in February"


def ingest_one(tmp_path, text, name="page.txt"):
    report = ingest_paths([write(tmp_path / name, text)], extract_entities=False)
    report.check()
    (result,) = report.results
    assert not result.rejected, result.reason
    return result


@pytest.mark.parametrize("written, iso, clock", [
    ("11 January 2023", "2023-01-11", None),
    ("January 11, 2023", "2023-01-11", None),
    ("11.01.2023", "2023-01-11", None),
    ("2023-01-11 14:35", "2023-01-11", "14:35"),
    ("11 января 2023", "2023-01-11", None),
    ("11 студзеня 2023", "2023-01-11", None),
    ("11 января 2023 г., 14:35", "2023-01-11", "14:35"),
    ("11 лістапада 2023 г.", "2023-11-11", None),
    ("14:35, 11 January 2023", "2023-01-11", "14:35"),
    ("Wednesday, 11 January 2023", "2023-01-11", None),
    ("Jan 11, 2023 at 2:35 pm", "2023-01-11", "14:35"),
    ("Published: 11.01.2023 | Views: 154", "2023-01-11", None),
    ("Опубликовано 11.01.2023 в 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 / 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 • 14:35", "2023-01-11", "14:35"),
])
def test_every_date_format_on_the_date_line_becomes_the_iso_date(tmp_path, written, iso, clock):
    result = ingest_one(tmp_path, text_page(site="Osipovichi Regional Executive Committee", crumbs="Main / News",
                                            date=written, title=TITLE, body=CSTO_BODY))
    assert (result.article.published, result.article.published_time) == (iso, clock)
    assert result.article.title == TITLE


def test_impossible_dates_are_not_dates():
    assert parse_date("31.02.2023") is None
    assert parse_date("On 10 January the minister said") is None  # no year: body text, not a date line


def test_machine_timestamps_are_converted_to_minsk_time():
    assert parse_datetime_value("2023-01-11T11:35:00Z") == ("2023-01-11", "14:35")
    assert parse_datetime_value("2023-01-11T22:30:00+00:00") == ("2023-01-12", "01:30")  # next day in Minsk
    assert parse_datetime_value("2023-01-11T14:35:00+03:00") == ("2023-01-11", "14:35")
    assert parse_datetime_value("2023-01-11") == ("2023-01-11", None)


def test_seed_layout_site_breadcrumbs_widget_and_footer_are_chrome(tmp_path):
    page = text_page(site="Osipovichi Regional Executive Committee", crumbs="Main / News / Republic",
                     date="11 January 2023", title=TITLE, body=CSTO_BODY,
                     footer=["Share", "Facebook", "VK", "Telegram", "Print version",
                             "© 2023 Osipovichi Regional Executive Committee. All rights reserved.",
                             "When using materials, a hyperlink to the site is required."])
    a = ingest_one(tmp_path, page).article
    assert a.site == "Osipovichi District Executive Committee"
    assert a.published == "2023-01-11"
    assert a.title == TITLE
    assert a.paragraphs == CSTO_BODY  # "Next year ..." is a body sentence, not a "next" link
    for chrome in ("Font settings", "Times New Roman", "Main / News", "Share", "Facebook", "©", "hyperlink"):
        assert chrome not in a.body


def test_russian_widget_and_breadcrumbs_with_russian_article(tmp_path):
    page = text_page(widget=WIDGET_RU, site="Горецкий районный исполнительный комитет",
                     crumbs="Главная / Новости / Общество", date="11 января 2023 г.",
                     title="Вольфович встретился с генсеком ОДКБ", body=RU_BODY,
                     footer=["Поделиться", "Версия для печати", "© 2023 Горецкий райисполком"])
    a = ingest_one(tmp_path, page).article
    assert (a.site, a.published, a.title) == ("Gorki District Executive Committee", "2023-01-11",
                                              "Вольфович встретился с генсеком ОДКБ")
    assert a.lang == "ru"
    assert a.paragraphs == RU_BODY


def test_belarusian_page(tmp_path):
    page = text_page(widget=None, site="Шклоўскі раённы выканаўчы камітэт", crumbs="Галоўная / Навіны",
                     date="11 студзеня 2023", title="Вальфовіч сустрэўся з генсакратаром АДКБ", body=BE_BODY)
    a = ingest_one(tmp_path, page).article
    assert (a.site, a.published, a.lang) == ("Shklov District Executive Committee", "2023-01-11", "be")
    assert a.title == "Вальфовіч сустрэўся з генсакратаром АДКБ"


def test_title_before_date_layout(tmp_path):
    page = text_page(site="Borisov District Executive Committee", crumbs="Home > News > Region",
                     date="January 11, 2023", title=TITLE, body=CSTO_BODY, title_before_date=True)
    a = ingest_one(tmp_path, page).article
    assert (a.site, a.published, a.title) == ("Borisov District Executive Committee", "2023-01-11", TITLE)
    assert a.paragraphs[0] == CSTO_BODY[0]


def test_page_without_any_chrome(tmp_path):
    result = ingest_one(tmp_path, f"{TITLE}\n\n" + "\n\n".join(CSTO_BODY) + "\n")
    a = result.article
    assert a.title == TITLE and a.paragraphs == CSTO_BODY
    assert a.published is None and "no publication date found" in result.warnings
    assert result.to_json()["site"] is None  # no site named: null, not a guess


def test_date_first_page_without_site(tmp_path):
    a = ingest_one(tmp_path, "11.01.2023\n\n" + TITLE + "\n\n" + "\n\n".join(CSTO_BODY)).article
    assert (a.published, a.title) == ("2023-01-11", TITLE)


def test_date_printed_under_the_article_and_site_from_copyright(tmp_path):
    page = TITLE + "\n\n" + "\n\n".join(CSTO_BODY) + "\n\nPublished: 11 January 2023\n© 2023 Slutsk District Executive Committee\n"
    a = ingest_one(tmp_path, page).article
    assert a.published == "2023-01-11"
    assert a.site == "Slutsk District Executive Committee"
    assert "Published" not in a.body


@pytest.mark.parametrize("panel", [
    "Version for the visually impaired\nFont size  A  A  A\nColour scheme: on white | on blue | on black",
    "Размер шрифта: А А+ А++\nЦветовая схема: на белом | на черном",
])
def test_an_accessibility_panel_flattened_onto_rows_is_chrome_above_the_site_and_crumbs(tmp_path, panel):
    # a panel's label with its options on one line ("Font size A A A") is no headline, and its "|" no crumbs
    page = (panel + "\nLYAKHOVICHI RAYON EXECUTIVE COMMITTEE\nHome / News / Region\n\n" + TITLE + "\n\n"
            + "\n\n".join(CSTO_BODY) + "\n\n11.01.2023\nLyakhovichi Rayon Executive Committee © 2023 | Phone 2-14-51\n")
    a = ingest_one(tmp_path, page).article
    assert (a.title, a.published) == (TITLE, "2023-01-11")
    assert a.site == "Lyakhovichi District Executive Committee"


def test_related_stories_after_the_article_are_cut(tmp_path):
    page = text_page(site="Pinsk District Executive Committee", crumbs="Main / News", date="11.01.2023",
                     title=TITLE, body=CSTO_BODY,
                     footer=["Read also:", "Harvest campaign enters final stage in Pinsk District",
                             "New school opens in Pinsk"])
    a = ingest_one(tmp_path, page).article
    assert a.paragraphs == CSTO_BODY


def test_one_paragraph_per_line_without_blank_lines(tmp_path):
    page = "Osipovichi Regional Executive Committee\nMain / News\n11 January 2023\n" + TITLE + "\n" + "\n".join(
        CSTO_BODY[:2]) + "\n"
    a = ingest_one(tmp_path, page).article
    assert a.title == TITLE and a.paragraphs == CSTO_BODY[:2]


def test_bundled_samples_match_their_annotations():
    annotations = json.loads((SAMPLES_DIR.parent / "annotations.json").read_text(encoding="utf-8"))
    report = ingest_paths([SAMPLES_DIR], extract_entities=False)
    report.check()
    ids = {}
    for result in report.results:
        name = result.source_path.rsplit("/", 1)[-1]
        expected = annotations[name]
        got = result.to_json()
        assert (got["site"], got["published"], got["title"]) == (
            expected["site"], expected["published"], expected["title"]), name
        ids[name] = got["id"]
        want_dup = ids[expected["reprint_of"]] if expected.get("reprint_of") else None
        assert got["duplicate_of"] == want_dup, name


def test_single_rubric_crumb_labelled_date_and_one_line_share_footer(tmp_path):
    page = ("Font settings\nOsipovichi.by\nNews / Society\nDate of publication: 11.01.2023 | Views: 154\n\n" + TITLE
            + "\n\n" + "\n\n".join(CSTO_BODY) + "\n\nShare:\nFacebook VK Telegram\nTags: CSTO, Volfovich\n")
    a = ingest_one(tmp_path, page).article
    assert (a.site, a.published, a.title) == ("Osipovichi.by", "2023-01-11", TITLE)
    assert a.paragraphs == CSTO_BODY


def test_title_then_date_without_any_other_chrome(tmp_path):
    a = ingest_one(tmp_path, TITLE + "\n11 January 2023\n\n" + "\n\n".join(CSTO_BODY)).article
    assert (a.title, a.published, a.paragraphs) == (TITLE, "2023-01-11", CSTO_BODY)
    assert a.site == "unknown"  # shown as null by `searchsvc ingest --json`


@pytest.mark.parametrize("label", ["Source:", "Источник:", "Крыніца:"])
def test_a_page_dated_only_by_its_source_url_gets_that_day(tmp_path, label):
    # no date line: the scraper's "Source: <url>" line files the story under /2024/03/15/
    page = ("Slonim District Executive Committee\n"
            f"{label} https://slonim.gov.by/news/2024/03/15/new-bakery/\n\n"
            "Slonim bakery opens a second line\n\n\n"
            "The Slonim bakery opened a second production line on Friday. It will bake rye bread "
            "for the shops of the district and for schools.\n")
    result = ingest_one(tmp_path, page)
    assert result.article.published == "2024-03-15"
    assert result.article.url == "https://slonim.gov.by/news/2024/03/15/new-bakery"
    assert "Source" not in result.article.body and "slonim.gov.by" not in result.article.body
