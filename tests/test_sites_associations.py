"""Sites of public associations' organizations and of bodies whose masthead prints only a brand or an
acronym (issue 14): a district organization of Belaya Rus, the Red Cross, the veterans, a women's union or a
trade union is one English facet value -- "<Town> District Organization of the <association>" -- whether the
page names it in English, Russian or Belarusian or its logo prints "<short name> | <town>"; a logo's acronym
or brand gives way to the full name its own copyright line spells out."""

from __future__ import annotations

import pytest

from searchsvc.entities.companies import CompanyNames
from searchsvc.entities.places import tokens

from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written, canonical", [
    # the logo's "<short name> | <town>", in any language and order
    ("Belaya Rus | Slonim", "Slonim District Organization of the Belaya Rus Republican Public Association"),
    ("Белая Русь | Слоним", "Slonim District Organization of the Belaya Rus Republican Public Association"),
    ("Чырвоны Крыж | Слонім", "Slonim District Organization of the Belarusian Red Cross Society"),
    ("Kobrin - Red Cross", "Kobrin District Organization of the Belarusian Red Cross Society"),
    ("Ветераны | Пружаны", "Pruzhany District Organization of the Belarusian Public Association of Veterans"),
    # the full name in Russian or Belarusian, its legal form and quotes dropped
    ("Слонимская районная организация РОО «Белая Русь»",
     "Slonim District Organization of the Belaya Rus Republican Public Association"),
    ("Пружанская районная организация Белорусского Общества Красного Креста",
     "Pruzhany District Organization of the Belarusian Red Cross Society"),
    ("Пружанская раённая арганізацыя Беларускага грамадскага аб'яднання ветэранаў",
     "Pruzhany District Organization of the Belarusian Public Association of Veterans"),
    ("Кобрынская раённая арганізацыя Беларускага саюза жанчын", "Kobrin District Organization of the Belarusian Union of Women"),
    ("Кобринская районная организация Белорусского профессионального союза работников образования и науки",
     "Kobrin District Organization of the Belarusian Trade Union of Workers of Education and Science"),
    ("Пружанская районная организация Белорусского профсоюза работников образования и науки",
     "Pruzhany District Organization of the Belarusian Trade Union of Workers of Education and Science"),
    # a trade unions' association and a theatre: their own level words (an oblast's theatre is "Regional")
    ("Пружанское районное объединение профсоюзов", "Pruzhany District Association of Trade Unions"),
    ("Віцебскае абласное аб'яднанне прафсаюзаў", "Vitebsk Oblast Association of Trade Unions"),
    ("Витебский областной театр кукол", "Vitebsk Regional Puppet Theatre"),
    ("Магілёўскі абласны драматычны тэатр", "Mogilev Regional Drama Theatre"),
    ("Пинский драматический театр", "Pinsk Drama Theatre"),
    # in English, the association short or in full
    ("Slonim district organization of Belaya Rus",
     "Slonim District Organization of the Belaya Rus Republican Public Association"),
    ("The Pruzhany District Branch of the Belarusian Red Cross Society",
     "Pruzhany District Organization of the Belarusian Red Cross Society"),
])
def test_an_associations_district_organization_is_one_english_site(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written", ["Belaya Rus | News", "Red Cross | Volunteers wanted", "Sunflower | Slonim"])
def test_an_unknown_association_or_no_town_is_left_as_written(sites, written):
    assert sites.resolve(written, None) == written


@pytest.mark.parametrize("written, words", [
    ("Слонимская районная организация любителей пчёл", "Slonim District Organization Lyubitelei Pchyol"),
    ("Слонимское объединение профсоюзов", "Slonim Association of Trade Unions"),
    ("Слонимский районный театр теней", "Slonim District Theatre Tenei")])
def test_an_unknown_association_in_cyrillic_is_named_word_by_word(sites, written, words):
    # no association's organization the table lacks, nor a district's without its level, but never Cyrillic
    assert sites.resolve(written, None) == words


@pytest.mark.parametrize("written, english", [
    ("Кобринский государственный аграрно-экономический колледж", "Kobrin State Agrarian and Economic College"),
    ("Кобрынскі дзяржаўны аграрна-тэхнічны каледж", "Kobrin State Agrarian and Technical College"),
])
def test_a_college_named_by_two_joined_fields(written, english):
    assert CompanyNames().at(tokens(written), 0) == (len(written.split()), english)


STORY = ("<p>Volunteers planted two hundred young lime trees along the central street of the agrotown on Saturday, "
         "the organisers said. The work will go on next weekend with schoolchildren and veterans.</p>")


def _site(tmp_path, logo: str, footer: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Lime trees for the agrotown - {logo}</title><meta property=\"og:site_name\" content=\"{logo}\">"
        f"</head><body><header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">{logo}</a></p></header>"
        f"<article><h1>Lime trees for the agrotown</h1><time datetime=\"2026-05-12\">12.05.2026</time>{STORY}</article>"
        f"<footer class=\"site-footer\"><div class=\"site-info\">{footer}</div></footer></body></html>", encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article.site


@pytest.mark.parametrize("logo, footer, site", [
    # an acronym of the copyright line's words (the place's first letter may be its other language's)
    ("КДАЭК", "© 2026 Кобрынскі дзяржаўны аграрна-эканамічны каледж. Адрас: 225306, г. Кобрын, вул. Савецкая, 7",
     "Kobrin State Agrarian and Economic College"),
    # a brand that names the town but no body
    ("Discover Kobrin", "© 2026 Kobrin Tourist Information Centre. All rights reserved.", "Kobrin Tourist Information Centre"),
    # a logo's "<association> | <town>" whatever the footer says
    ("Red Cross | Kobrin", "© 2026 All rights reserved.", "Kobrin District Organization of the Belarusian Red Cross Society"),
])
def test_a_logos_acronym_or_brand_gives_way_to_the_full_name_of_its_copyright_line(tmp_path, logo, footer, site):
    assert _site(tmp_path, logo, footer) == site


@pytest.mark.parametrize("logo, footer", [
    ("Kobrin Morning", "© 2026 Grodno Printing House. All rights reserved."),  # no word in common: the printer
    ("КВ", "© 2026 Кобринский районный центр культуры"),  # initials that are not the footer's
    ("Kobrin District Centre of Culture", "© 2026 Kobrin District Library"),  # a logo that names a body is the site
])
def test_a_logo_stays_the_site_where_the_copyright_line_names_another_body(tmp_path, logo, footer):
    assert _site(tmp_path, logo, footer) == logo
