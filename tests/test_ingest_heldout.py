"""Held-out pages (bench/data/ingest_heldout/, written blind before the fixes they led to): a
representative subset must come out exactly as expected.json says, and each rule those pages
taught works on pages of its own."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from ingest_pages import write

from searchsvc.ingest import UNKNOWN_SITE, ingest_paths

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("ingest_heldout", ROOT / "bench" / "ingest_heldout.py")
heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout)

# One of each shape: text chrome variants, CMS/encoding variants, a reprint across text/HTML
# each way (with their originals), and every hostile kind but the 3 MB page (bench only).
SUBSET = [
    "a01_orsha_flax.txt", "a02_mozyr_school.txt", "a03_zhlobin_victory.txt", "a06_uzda_tractor.txt",
    "a08_nochrome_sco.txt", "a12_brest_csto.txt", "a15_gomel_election.txt",
    "b02_bitrix_cp1251_belaz.html", "b04_wp_vitebsk_shoes.html", "b05_govt_cp1251_pinsk_youth.html",
    "b06_utf16_mogilev_culture.html", "b07_misleading_title_braslav.html", "b08_joomla_cp1251_novogrudok_wind.html",
    "b09_wp_jsonld_kobrin_fire.html", "b11_logo_h1_smorgon_volunteer.html",
    "c02_reprint_wp_kamenets_csto.html", "c04_reprint_joomla_drogichin_fire.html",
    "d01_truncated_midtag.html", "d02_binary_junk.html", "d04_only_future_date.txt", "d05_export.jsonl",
    "d06_title_5000_chars.txt",
]


def test_heldout_subset_comes_out_as_annotated():
    expected = heldout.load_expected()
    wanted = {k: v for k, v in expected.items() if k.split(":")[0] in SUBSET}
    outcome = heldout.score([heldout.DATA / name for name in SUBSET], wanted)
    problems = [f"{r['input']}: {p}" for r in outcome["rows"] for p in r["problems"]]
    assert problems == []
    assert outcome["reconciles"]
    tally = outcome["tally"]
    assert tally["reprints"] == [2, 2] and tally["hostile"] == [5, 5]
    assert tally["dates"][0] == tally["dates"][1] >= 15


BODY = ("Farmers of the district have completed the sowing of spring crops ahead of schedule, the district "
        "executive committee said. Maize was sown on 5,000 hectares and sugar beet on 1,200 hectares.\n\n"
        "The farms used new seeders bought under the state programme this year, which saved fuel and time.")
TITLE = "Spring sowing completed in Ivatsevichi District"
SITE = "Ivatsevichi District Executive Committee"
PARAS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))


def ingest_one(path: Path):
    report = ingest_paths([path], extract_entities=False)
    report.check()
    (result,) = report.results
    assert not result.rejected, result.reason
    return result.article


@pytest.mark.parametrize("site_line", [
    f"Official website of the {SITE}",
    f"Official site of {SITE}",
    f"Официальный сайт {SITE}",
])
def test_official_website_label_is_not_part_of_the_site_name(tmp_path, site_line):
    page = write(tmp_path / "p.txt", f"Version for the visually impaired\n{site_line}\nMain » News\n11.01.2023\n{TITLE}\n\n{BODY}\n")
    article = ingest_one(page)
    assert (article.site, article.title) == (SITE, TITLE)


def test_photo_credit_between_headline_and_date_is_not_the_headline(tmp_path):
    page = write(tmp_path / "p.txt", f"{SITE}\nMain / News\n{TITLE}\n\nPhoto: BelTA\n11 студзеня 2023, 09:10\n\n{BODY}\n")
    article = ingest_one(page)
    assert (article.title, article.published, article.published_time) == (TITLE, "2023-01-11", "09:10")


def test_footer_copyright_paragraph_names_the_site_without_the_next_paragraph(tmp_path):
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>'
            f'<time>11.01.2023</time>{PARAS}<footer><p>© 2023 {SITE}</p><p>Address: 1 Lenin Street</p></footer>'
            '</body></html>')
    assert ingest_one(write(tmp_path / "p.html", html)).site == SITE


def test_section_name_in_title_tag_is_neither_headline_nor_part_of_the_site(tmp_path):
    html = (f'<html><head><meta charset="utf-8"><title>Новости | {SITE}</title></head><body>'
            f'<div class="news-detail"><h1>{TITLE}</h1><span class="news-date-time">11.01.2023</span>{PARAS}</div>'
            '</body></html>')
    article = ingest_one(write(tmp_path / "p.html", html))
    assert (article.title, article.site) == (TITLE, SITE)


def test_microdata_headline_beats_a_section_title_tag(tmp_path):
    html = (f'<html><head><meta charset="utf-8"><title>Навіны - {SITE}</title></head><body>'
            f'<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">{TITLE}</h2>'
            f'<time datetime="2023-01-11" itemprop="datePublished">11 студзеня 2023</time>'
            f'<div itemprop="articleBody">{PARAS}</div></div></body></html>')
    assert ingest_one(write(tmp_path / "p.html", html)).title == TITLE


def test_table_layout_page_whose_title_tag_is_the_site_finds_headline_and_site(tmp_path):
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><table>'
            f'<tr><td><b>{SITE}</b><br><a href="/special/">Версия для слабовидящих</a></td></tr>'
            '<tr><td><a href="/">Главная</a><br><a href="/news/">Новости</a></td>'
            f'<td><table><tr><td><b>{TITLE}</b></td></tr><tr><td>Дата публикации: 11.01.2023</td></tr>'
            f'<tr><td>{PARAS}</td></tr></table></td></tr></table></body></html>')
    article = ingest_one(write(tmp_path / "p.html", html))
    assert (article.title, article.site, article.published) == (TITLE, SITE, "2023-01-11")


def test_page_naming_no_site_says_so(tmp_path):
    article = ingest_one(write(tmp_path / "p.txt", f"{TITLE}\n11 January 2023\n\n{BODY}\n"))
    assert article.site == UNKNOWN_SITE and article.title == TITLE


@pytest.mark.parametrize("meta_line", [
    "<span>Обновлено: 15.01.2023</span> <span>Опубликовано: 11.01.2023</span>",
    "<span>Published: 11.01.2023</span> <span>Updated: 15.01.2023</span>",
])
def test_publication_date_wins_over_the_last_edit_date(tmp_path, meta_line):
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>'
            f'<div class="meta">{meta_line}</div>{PARAS}</body></html>')
    assert ingest_one(write(tmp_path / "p.html", html)).published == "2023-01-11"
    text = f"{SITE}\nMain / News\nUpdated: 15.01.2023\nPublished: 11.01.2023\n{TITLE}\n\n{BODY}\n"
    assert ingest_one(write(tmp_path / "p.txt", text)).published == "2023-01-11"


def test_a_phone_number_in_the_header_is_not_the_publication_date(tmp_path):
    page = f"{SITE}\nTel.: +375 1645 2-12-12\nMain / News\n11.01.2023\n{TITLE}\n\n{BODY}\n"
    article = ingest_one(write(tmp_path / "p.txt", page))
    assert (article.published, article.title) == ("2023-01-11", TITLE)


def test_contact_footer_and_unheaded_list_of_other_stories_are_not_body(tmp_path):
    page = (f"{SITE}\nMain » News\n11.01.2023 14:35\n{TITLE}\n\n{BODY}\n\n"
            "10.01.2023 Ice fishing competition held on the lake\n09.01.2023 Christmas charity concert collects donations\n\n"
            f"{SITE}\n225295, Ivatsevichi, Lenin Street 1\nTel.: +375 1645 2-12-12\nE-mail: rik@ivatsevichi.gov.by\n")
    article = ingest_one(write(tmp_path / "p.txt", page))
    assert article.body == BODY


def test_dated_lines_inside_the_story_stay_in_the_body(tmp_path):
    schedule = "12.01.2023 Reception in Kossovo town council\n19.01.2023 Reception in Telekhany village council"
    page = f"{SITE}\nMain » News\n11.01.2023\n{TITLE}\n\n{BODY}\n\n{schedule}\n\nOther officials receive citizens as published.\n"
    article = ingest_one(write(tmp_path / "p.txt", page))
    assert "Reception in Kossovo town council" in article.body and article.body.endswith("as published.")


def test_section_heading_above_the_story_is_not_its_headline(tmp_path):
    html = (f'<html><head><meta charset="utf-8"><title>Новости | {SITE}</title></head><body><h1>Новости</h1>'
            f'<div class="news-detail"><h2>{TITLE}</h2><span class="news-date-time">11.01.2023</span>{PARAS}</div>'
            '</body></html>')
    assert ingest_one(write(tmp_path / "p.html", html)).title == TITLE


def test_section_list_page_and_error_page_are_rejected_with_the_reason(tmp_path):
    items = "".join(f'<div class="news-item"><span class="date">{d:02d}.01.2023</span><a href="/n/{d}">Headline {d} '
                    f'about district life</a><p>Short teaser text for the story number {d} in the district.</p></div>'
                    for d in range(1, 15))
    listing = write(tmp_path / "list.html", f'<html><head><meta charset="utf-8"><title>Новости | {SITE}</title></head>'
                                            f'<body><div class="logo">{SITE}</div><h1>Новости</h1>{items}</body></html>')
    missing = write(tmp_path / "404.html", f'<html><head><title>404 Страница не найдена</title></head><body>'
                                           '<h1>Страница не найдена</h1><p>Запрашиваемая страница не существует или '
                                           'была удалена. Вернитесь на главную страницу сайта.</p></body></html>')
    report = ingest_paths([listing, missing], extract_entities=False)
    report.check()
    reasons = [r.reason for r in report.results]
    assert reasons[0].startswith("section page ('Новости')") and reasons[1].startswith("error page")


def test_a_line_break_inside_the_headline_is_a_space(tmp_path):
    first, rest = TITLE.split(" in ")
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body>'
            f'<h1>{first}<br>in {rest}</h1><div class="date">11.01.2023</div>{PARAS}</body></html>')
    assert ingest_one(write(tmp_path / "p.html", html)).title == TITLE


def test_a_short_headline_alone_above_the_date_is_the_headline(tmp_path):
    article = ingest_one(write(tmp_path / "p.txt", f"Version for the visually impaired\nHarvest in Lida\n11.01.2023\n\n{BODY}\n"))
    assert (article.title, article.site, article.body) == ("Harvest in Lida", UNKNOWN_SITE, BODY)


@pytest.mark.parametrize("heading", ["Read more:", "Новости по теме", "Па тэме:", "More on the topic"])
def test_stories_listed_under_a_related_heading_are_not_body(tmp_path, heading):
    page = (f"{SITE}\nMain / News\n11.01.2023\n{TITLE}\n\n{BODY}\n\n{heading}\n"
            "Ice fishing competition held on the lake\nChristmas charity concert collects donations for children.\n")
    assert ingest_one(write(tmp_path / "p.txt", page)).body == BODY
