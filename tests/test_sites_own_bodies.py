"""The bodies below a district (issue 14): a town's or settlement's executive committee, a village council, a
district newspaper. Their own pages are read as theirs, not as the district's the <title> names; their
names in any language are one English facet value; a story that names them (in any case, full or short)
gives them as organizations under that same name."""

from __future__ import annotations

from entity_sets import facet_labels
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.sites import SiteRegistry
from searchsvc.ingest import ingest_paths

import pytest

BODY = ("<p>Жители посёлка вышли на субботник и высадили двести молодых лип вдоль центральной улицы. "
        "Работы продолжатся в следующую субботу, к ним присоединятся школьники и ветераны.</p>")


def _site(tmp_path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article.site


@pytest.mark.parametrize("title, chrome, site", [
    # the <title>'s tail names the district the settlement lies in; the masthead names the site's own body
    ("Lime trees planted in Kokhanovo :: News :: Official site :: Tolochin District",
     '<div class="logo-text">Kokhanovo Settlement Executive Committee</div>',
     "Kokhanovo Settlement Executive Committee"),
    ("Суботнік у Каханаве - Каханаўскі пасялковы выканкам — Талачынскі раён",
     '<header><a class="brand-logo" href="/"><img src="/gerb.png" alt="Каханаўскі пасялковы выканаўчы камітэт"></a></header>',
     "Kokhanovo Settlement Executive Committee"),
    ("Lime trees planted in Kokhanovo | Tolochin District",
     '<div id="footer">© 2026 Kokhanovo Settlement Executive Committee · Tolochin District, Kokhanovo</div>',
     "Kokhanovo Settlement Executive Committee"),
    # a district newspaper: its masthead in Belarusian is its Russian name romanized, as the press writes it
    ("Суботнік у Талачыне | Навіны Талачына",
     '<div class="logo-text">Талачынскі веснік — грамадска-палітычная газета Талачынскага раёна</div>',
     "Tolochinsky Vestnik"),
    ("Lime trees planted in Tolochin – Tolochinsky Vestnik — newspaper of the Tolochin District", "",
     "Tolochinsky Vestnik"),
])
def test_the_mastheads_body_is_the_site_not_the_territory_in_the_title(tmp_path, title, chrome, site):
    headline = title.split(" :: ")[0].split(" | ")[0].split(" - ")[0].split(" – ")[0]
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div id='top'>{chrome}</div>"
            f"<div class='date'>12.05.2026</div><h2 class='title'>{headline}</h2><div class='text'>{BODY}</div>"
            "</body></html>")
    assert _site(tmp_path, html) == site


def test_a_title_tail_naming_a_body_is_kept_over_another_logo(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>Субботник | Толочинский районный исполнительный комитет</title>"
            "</head><body><div class='logo'>Толочинская районная библиотека</div><div class='date'>12.05.2026</div>"
            f"<h2>Субботник</h2><div class='text'>{BODY}</div></body></html>")
    assert _site(tmp_path, html) == "Tolochin District Executive Committee"


@pytest.mark.parametrize("written, canonical", [
    ("Кобринский вестник", "Kobrinsky Vestnik"),
    ("Кобрынскі веснік", "Kobrinsky Vestnik"),
    ("«Жлобинская правда»", "Zhlobinskaya Pravda"),
    ("Светлагорскія навіны — газета Светлагорскага раёна", "Svetlogorskiye Novosti"),
    # villages: a GeoNames name as the press spells it (й before a consonant is i), a village named with
    # its size ("Большие Круговичи") gives its council the rest of its name
    ("Клейникский сельисполком", "Kleiniki Village Executive Committee"),
    ("Kleyniki village council, Brest District", "Kleiniki Village Executive Committee"),
    ("Кругавіцкі сельскі выканаўчы камітэт", "Krugovichi Village Executive Committee"),
    # a settlement named by an adjective, its committee in full or short
    ("Краснасельскі пасялковы выканкам", "Krasnoselsky Settlement Executive Committee"),
    ("Коханковский поссовет", "Kokhankovsky Possovet"),  # (a settlement no file lists: romanized, never Cyrillic)
])
def test_a_newspaper_or_a_village_named_in_any_language_is_one_english_name(written, canonical):
    assert SiteRegistry.load().resolve(written, None) == (canonical or written)


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor(EntityRegistry.load())


@pytest.mark.parametrize("text, body", [
    ("Старшыня Каханаўскага пасялковага выканкама Іван Пятровіч Лабко сустрэў гасцей.",
     "Kokhanovo Settlement Executive Committee"),
    ("Как сообщили в Кохановском поселковом исполнительном комитете, работы завершены.",
     "Kokhanovo Settlement Executive Committee"),
    ("Председатель Кохановского поссовета Иван Лабко встретил гостей.", "Kokhanovo Settlement Executive Committee"),
    ("Паведамілі ў Краснасельскім пасялковым выканкаме.", "Krasnoselsky Settlement Executive Committee"),
    ("Председатель Круговичского сельисполкома Иван Лабко встретил гостей.", "Krugovichi Village Executive Committee"),
    ("Старшыня Клейніцкага сельвыканкама Іван Лабко сустрэў гасцей.", "Kleiniki Village Executive Committee"),
    ("В Мозырском горисполкоме прошла встреча с жителями.", "Mozyr City Executive Committee"),
])
def test_a_story_naming_a_settlements_or_villages_body_in_any_case(extractor, text, body):
    assert body in facet_labels(extractor, text, "organizations")


@pytest.mark.parametrize("text, body", [
    # a district newspaper by its romanized Russian name (as its site is named)
    ("The head of the district told Zhlobinsky Vestnik that the bridge would open in May.", "Zhlobinsky Vestnik"),
    ("According to Rechitskaya Pravda, the harvest is over.", "Rechitskaya Pravda"),
    # a town abroad's administration and a district's emergency department, written in lower case
    ("The guests were met by head of the Unecha city administration Pavel Sorokin-Belov.", "Unecha City Administration"),
    ("Boats of the Lepel district emergency department searched the lake.",
     "Lepel District Department of Emergency Situations"),
])
def test_an_english_story_naming_a_newspaper_or_a_local_body_in_lower_case(extractor, text, body):
    assert body in facet_labels(extractor, text, "organizations")


def test_a_belarusian_towns_administration_in_lower_case_is_no_body_abroad(extractor):
    assert not any("Administration" in label for label in facet_labels(
        extractor, "The head of the Lida city administration opened the fair.", "organizations"))


def test_a_russian_krai_is_a_place_not_a_newspaper(extractor):
    text = "The plant ships tractors to Kaluga Oblast and Khabarovsky Krai, the director said."
    assert not any("Krai" in label for label in facet_labels(extractor, text, "organizations"))
