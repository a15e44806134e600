"""A site's own full name (issue 14): a committee's department or office on a site of its own is that body, not
its committee; a page that prints a brand, an acronym or a short form in one place and the body's full name in
another (masthead, logo, copyright line) is named by the full name; an English header's odd spelling of a district
("Slonimsky Rayon", "Rogachov") is the district's canonical name."""

from __future__ import annotations

import pytest

from searchsvc.entities.sites import fuller_name
from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written, canonical", [
    # the district's adjective romanized, in capitals or not
    ("Kobrinsky Rayon Executive Committee", "Kobrin District Executive Committee"),
    ("MOSTOVSKY RAION EXECUTIVE COMMITTEE", "Mosty District Executive Committee"),
    # a ё after ч/ж/ш that the Russian name writes е, romanized o
    ("Luchoski District Executive Committee", None),  # no such district: not guessed
    ("Rogachov Raion Executive Committee", "Rogachev District Executive Committee"),
    # a committee's own office: that office, not the committee
    ("Registry Office of the Kobrin District Executive Committee", "Registry Office of the Kobrin District Executive Committee"),
    ("Archive Division of the Mosty District Executive Committee", "Archive Division of the Mosty District Executive Committee"),
    # a body "of" a territory is its own name
    ("Military Commissariat of Kobrin District", "Military Commissariat of Kobrin District"),
])
def test_an_english_site_name_is_the_canonical_body(sites, written, canonical):
    assert sites.resolve(written, None) == (canonical or written)


@pytest.mark.parametrize("name, printed, full", [
    ("FEZ Vitebskinvest", ["FEZ Vitebskinvest", "Administration of the Free Economic Zone Vitebskinvest"],
     "Free Economic Zone Vitebskinvest"),
    ("Kobrin Fire Brigade", ["Fire Brigade No. 4 of Kobrin District"], "Fire Brigade No. 4 of Kobrin District"),
    ("КДУ імя Петруся Кобрынскага", ["Кобрынскі дзяржаўны ўніверсітэт імя Петруся Кобрынскага"],
     "Кобрынскі дзяржаўны ўніверсітэт імя Петруся Кобрынскага"),
    # the name with a legal form before it or a tagline glued after it is the name
    ("Kobrin District Library", ["State institution Kobrin District Library"], None),
    ("Кобрынскі раённы цэнтр культуры", ["Кобрынскі раённы цэнтр культуры Культура Кобрыншчыны"], None),
    ("Кобрынскі раённы выканаўчы камітэт", ["Кобрынскі раённы выканаўчы камітэтOfficial website"], None),
    # a line that lacks a word of the name names another body
    ("Kobrin District Library", ["Kobrin District Centre of Culture and Folk Art"], None),
])
def test_the_fuller_form_a_page_prints_of_its_own_name(name, printed, full):
    assert fuller_name(name, printed) == full


STORY = ("<p>Forty pupils of the district's schools took part in the spring tournament on Saturday, the organisers "
         "said. The winners will represent the district at the oblast stage in May, together with their coaches.</p>")


def _html(tmp_path, title: str, chrome: str, footer: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Spring tournament - {title}</title></head><body><header class=\"site-header\">{chrome}"
        f"</header><article><h1>Spring tournament</h1><time datetime=\"2026-05-12\">12.05.2026</time>{STORY}</article>"
        f"<footer>{footer}</footer></body></html>", encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article.site


def test_a_title_brand_gives_way_to_the_full_name_the_masthead_prints(tmp_path):
    site = _html(tmp_path, "Kobrin Youth Centre", '<div class="site-title">Kobrin District Centre for Youth and Sport</div>',
                 "<p>© 2026 Kobrin District Centre for Youth and Sport</p>")
    assert site == "Kobrin District Centre for Youth and Sport"


def test_a_footer_name_above_a_copyright_sign_that_names_no_one(tmp_path):
    site = _html(tmp_path, "Youth Centre Kobrin", '<a href="/" class="logo"><img src="/l.png" alt="YCK"></a>',
                 "<p>Kobrin District Centre for Youth and Sport</p><p>© 2026. All rights reserved.</p>")
    assert site == "Kobrin District Centre for Youth and Sport"


def test_a_departments_text_page_under_its_committees_name(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("For the visually impaired\nEDUCATION, SPORT AND TOURISM\nKobrin District Executive Committee\n"
                    "Main page / Sport / News\n\nSpring tournament in Kobrin\n12 May 2026\n\n"
                    f"{STORY[3:-4]}\n\n© 2026 Education, Sport and Tourism Department of the Kobrin District "
                    "Executive Committee\nPhone: +375 1642 2-22-22\n", encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert result.article.site == "Education, Sports and Tourism Department of the Kobrin District Executive Committee"


@pytest.mark.parametrize("written, english", [
    # a kind, then the territory it serves (body_kinds.tsv)
    ("Государственный архив Брестской области", "State Archive of Brest Oblast"),
    ("Дзяржаўны архіў Брэсцкай вобласці", "State Archive of Brest Oblast"),
    ("Военный комиссариат Кобринского района", "Military Commissariat of Kobrin District"),
    ("Инспекция Министерства по налогам и сборам по Кобринскому району",
     "Inspection of the Ministry of Taxes and Duties for Kobrin District"),
    # a kind, then its own name in quotes, or an adjective before its kind
    ("Национальный парк «Нарочанский»", "Narochansky National Park"),
    ("Санаторий «Приозерный»", "Sanatorium Priozerny"),
    ("Березинский биосферный заповедник", "Berezinsky Biosphere Reserve"),
    # a known organization under its registry name; an eponym after the name is no part of it
    ("Нацыянальны парк «Белавежская пушча»", "Belovezhskaya Pushcha National Park"),
    ("Брэсцкі дзяржаўны ўніверсітэт імя А.С. Пушкіна", "Brest State University"),
])
def test_a_russian_or_belarusian_site_name_is_translated(sites, written, english):
    assert sites.resolve(written, None) == english


@pytest.mark.parametrize("written, words", [
    ("Санаторий здоровья и отдыха", "Sanatorium of Health and Recreation"),
    ("Посетили «Гомсельмаш» и железнодорожный узел", "Posetili Gomselmash i Railway Junction")])
def test_a_quoted_name_without_a_kind_of_body_is_no_site_of_that_kind(sites, written, words):
    # named word by word, never Cyrillic, and never the registry's body a part of it names (OJSC Gomselmash)
    assert sites.resolve(written, None) == words
