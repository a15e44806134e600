"""Sites that are not an executive committee (issue 14): a district's hospital, centre of culture, sports
school, social-services centre, a public association's committee, an oblast's nature committee, a newspaper.
Each is one English facet value whatever the page's language, named as BelTA's English names it; the page's
<title> tail, masthead and footer are read so that a parent ministry, a tagline or a postal address is never
taken for the site."""

from __future__ import annotations

import pytest

from searchsvc.entities.sites import is_address, is_boilerplate
from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written, canonical", [
    # a district's institution in Russian or Belarusian, its legal form and quotes dropped
    ("УЗ «Лидская центральная районная больница»", "Lida Central District Hospital"),
    ("«Глыбоцкая цэнтральная раённая бальніца»", "Glubokoye Central District Hospital"),
    ("Кобринский районный центр культуры", "Kobrin District Centre of Culture"),
    ("Кобрынскі раённы цэнтр культуры", "Kobrin District Centre of Culture"),
    ("Пружанская районная библиотека", "Pruzhany District Library"),
    ("Лидская специализированная детско-юношеская школа олимпийского резерва",
     "Lida Specialized Children's and Youth School of the Olympic Reserve"),
    # the kind before the district it serves
    ("Территориальный центр социального обслуживания населения Речицкого района",
     "Territorial Centre of Social Services for the Population of Rechitsa District"),
    ("Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва Рэчыцкага раёна",
     "Territorial Centre of Social Services for the Population of Rechitsa District"),
    # a public association's committee: its acronym spelled out, in any language
    ("BRSM Pruzhany District Committee", "Pruzhany District Committee of the Belarusian Republican Youth Union"),
    ("Pruzhany District Committee of BRSM", "Pruzhany District Committee of the Belarusian Republican Youth Union"),
    ("Пружанский районный комитет ОО «БРСМ»", "Pruzhany District Committee of the Belarusian Republican Youth Union"),
    ("Пружанскі раённы камітэт ГА «БРСМ»", "Pruzhany District Committee of the Belarusian Republican Youth Union"),
    # an executive committee named before its territory, or by its transliterated short name
    ("Executive Committee of Pruzhany District", "Pruzhany District Executive Committee"),
    ("Pruzhany Raiispolkom", "Pruzhany District Executive Committee"),
    ("Pruzhany Rayispolkom", "Pruzhany District Executive Committee"),
    ("Vitebsk Oblispolkom", "Vitebsk Oblast Executive Committee"),
    ("Pruzhany RIK", "Pruzhany District Executive Committee"),
    # a committee "of" a territory that names its own committee is that committee, never its department
    ("Executive Committee of the City of Vitebsk", "Vitebsk City Executive Committee"),
    ("Executive Committee of the Pruzhany District Executive Committee", "Pruzhany District Executive Committee"),
    # a council is its council of deputies
    ("Pruzhany District Council", "Pruzhany District Council of Deputies"),
    ("Vitebsk Regional Council", "Vitebsk Oblast Council of Deputies"),
])
def test_site_kinds_are_named_in_english(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


def test_names_that_are_no_known_kind_are_left_as_written(sites):
    assert sites.resolve("State Committee of BRSM", None) == "State Committee of BRSM"


@pytest.mark.parametrize("written, romanized", [
    # a name of no known kind is never a Cyrillic facet value: its place and kind words in English, the rest romanized
    ("Кобринский районный праздник урожая", "Kobrin District Prazdnik Urozhaya"),
    ("новости Кобрина и района", "novosti Kobrina i rayona"),
])
def test_names_that_are_no_known_kind_are_romanized_never_cyrillic(sites, written, romanized):
    assert sites.resolve(written, None) == romanized


@pytest.mark.parametrize("line", ["225310, Brest Oblast, Kobrin, Sovetskaya Street, 12", "г. Кобрин, ул. Советская, 12",
                                  "211500, Витебская область"])
def test_an_address_is_never_a_site(sites, line):
    assert is_address(line) and is_boilerplate(line)
    assert sites.resolve(line, None) is None


@pytest.mark.parametrize("line", ["Kobrin District Centre of Culture", "Main Street Gallery", "Lida Museum No. 2"])
def test_a_name_with_a_street_or_a_number_is_no_address(line):
    assert not is_address(line)


STORY = ("<p>Volunteers planted two hundred young lime trees along the central street of the agrotown on Saturday, "
         "the organisers said. The work will go on next weekend with schoolchildren and veterans.</p>")


def _ingest(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article


def _page(title: str, header: str, footer: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><header class=\"site-header\">{header}</header>"
            f"<article><h1>Lime trees for the agrotown</h1><time datetime=\"2026-05-12\">12.05.2026</time>{STORY}</article>"
            f"<footer class=\"site-footer\">{footer}</footer></body></html>")


def test_the_title_part_the_masthead_prints_is_the_site_not_the_parent_ministry(tmp_path):
    body = "Vitebsk Oblast Committee of Natural Resources and Environmental Protection"
    article = _ingest(tmp_path, _page(f"Lime trees for the agrotown | News | {body} - Ministry of Natural Resources",
                                      f"<div class=\"masthead\">{body}</div>", f"{body}<br>210001, Vitebsk, Lenin Street, 5"))
    assert article.site == body


def test_the_title_part_the_logo_names_is_the_site_not_the_tagline_after_it(tmp_path):
    article = _ingest(tmp_path, _page("Lime trees for the agrotown - Кобринский вестник - новости Кобрина и района",
                                      "<a href=\"/\"><img src=\"/logo.png\" alt=\"Кобринский вестник\"></a>",
                                      "© 2026 Кобринский вестник"))
    assert article.site == "Kobrinsky Vestnik"


def test_a_footer_name_before_the_copyright_sign_not_the_address_after_it(tmp_path):
    name = "Lida Specialized Children's and Youth School of the Olympic Reserve"
    article = _ingest(tmp_path, _page(f"Lime trees for the agrotown | News | {name}",
                                      f"<div class=\"header-name\">{name.upper()}</div>",
                                      f"{name} © 2026. 231300, Grodno Oblast, Lida, Sovetskaya Street, 12"))
    assert article.site == name


@pytest.mark.parametrize("tagline", ["district newspaper", "районная газета", "раённая газета"])
def test_a_masthead_tagline_in_lower_case_is_no_site(tmp_path, tagline):
    # the logo names the paper, the tagline beside it says what it is: "Kobrinsky Vestnik - district newspaper"
    assert is_boilerplate(tagline) and not is_boilerplate("kobrin.gov.by")
    article = _ingest(tmp_path, _page(f"Lime trees for the agrotown :: Кобринский вестник - {tagline}",
                                      f"<a href=\"/\"><img src=\"/logo.png\" alt=\"Кобринский вестник\"></a>"
                                      f"<div class=\"tagline\">{tagline}</div>", ""))
    assert article.site == "Kobrinsky Vestnik"


@pytest.mark.parametrize("written, canonical", [("Маяк Полесья", "Mayak Polesya"), ("«Голос Поозерья»", "Golos Poozerya")])
def test_a_masthead_in_cyrillic_capitals_is_romanized_as_the_press_writes_it(sites, written, canonical):
    assert sites.resolve(written, None) == canonical
