"""Issue 15, English queries for Russian and Belarusian pages in a big archive of English wire stories.

With no translation model a Russian or Belarusian page is reached from an English query only through
its names (annotations, name keys, Latin spellings) and its English gloss (lang/glossary.tsv). Wire
stories reach the same query through their own English text, where a word that is also a name part
("Pan" of Pan Am) or the story's topic ("fair", "beer") scores high in a title. The archive is written
here: each regional page among six wire stories that share one of its query's words, annotated by
the entity extractor as the batch job does (persons and places it finds).
"""

from __future__ import annotations

import pytest

from searchsvc.article import Article, Source
from searchsvc.entities import EntityRegistry
from searchsvc.entities.extract import EntityExtractor
from searchsvc.index import IndexStore, write_generation
from searchsvc.search.service import SearchService


def _article(aid, title, body, lang="en", published="2026-03-10", site="Regional site"):
    return Article(id=aid, title=title, body=body, site=site, published=published,
                   sources=[Source(site=site)], lang=lang)


ARTICLES = [
    _article("pan-kobrin-ru", "Кобринский льнозавод перешел на новую технологию",
             "Директор предприятия Николай Пан рассказал, что на Кобринском льнозаводе установили линию "
             "по переработке льнотресты. «Мы переработаем 9 тысяч тонн», – отметил Николай Пан.", lang="ru"),
    _article("fair-khotimsk-be", "«Хоцімскія таржкі» сабралі рамеснікаў з усёй краіны",
             "Фестываль-кірмаш прайшоў у гарадскім пасёлку Хоцімск. На кірмаш прыехалі 200 рамеснікаў.",
             lang="be"),
    _article("beer-rechitsa-be", "Рэчыцкае піва запусціла новую лінію разліву",
             "ААТ «Рэчыцапіва» запусціла лінію разліву піва ў шкляныя бутэлькі, сказаў дырэктар "
             "прадпрыемства Андрэй Сакалоў.", lang="be"),
    _article("salt-be", "Мазырская соль пастаўляецца ў Казахстан",
             "Прадпрыемства «Палессесоль» з Мазыра павялічыла экспарт ёдзіраванай солі ў Казахстан.",
             lang="be"),
    _article("honey-mogilev-be", "Мядовы кірмаш адкрыўся ў Магілёве",
             "Пчаляры з усёй вобласці прывезлі 20 тон мёду. Кірмаш у Магілёве працуе тры дні.", lang="be"),
    *[_article(f"wire-honey-{i}", f"Honey prices climb as honey stocks run low, week {i}",
               "Honey prices rose; honey packers said honey stocks were low.", site="Reuters") for i in range(6)],
    *[_article(f"wire-pan-{i}", f"Pan Am cuts fares on Atlantic routes, part {i}",
               "Pan Am said it would cut fares. Pan Am shares rose on the news.", site="Reuters")
      for i in range(6)],
    *[_article(f"wire-fair-{i}", f"Hanover trade fair draws record crowd, day {i}",
               "The fair opened with 5,000 exhibitors; fair organisers expect more visitors.", site="Reuters")
      for i in range(6)],
    *[_article(f"wire-beer-{i}", f"Beer sales fall in West Germany, month {i}",
               "Beer consumption fell; brewers blamed the weather for weak beer sales.", site="Reuters")
      for i in range(6)],
    *[_article(f"wire-craft-{i}", f"Craft brewers expand in Oregon, report {i}",
               "Craft brewers opened new plants; craft sales grew.", site="Reuters") for i in range(6)],
    *[_article(f"wire-salt-{i}", f"Salt prices rise as winter stocks run low, week {i}",
               "Road salt prices rose; salt producers raised output of salt.", site="Reuters")
      for i in range(6)],
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    root = tmp_path_factory.mktemp("cyrillic-pages")
    store = IndexStore(root / "index")
    registry = EntityRegistry.load(overlay=root / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    write_generation(store, [extractor.annotate(a) for a in ARTICLES], registry, procs=1)
    return SearchService(store.root, registry=registry)


@pytest.mark.parametrize("query, expected", [
    # a person whose surname is an English word: the page names the whole person and the place
    ("Nikolai Pan Kobrin", "pan-kobrin-ru"),
    # a place only the page has, beside a word the wire stories are about
    ("Khotimsk fair", "fair-khotimsk-be"),
    ("Rechitsa beer", "beer-rechitsa-be"),
    ("Mozyr salt", "salt-be"),
    # a place in the Belarusian romanization, which the page names only in a case form ("у Магілёве")
    ("Mahiliou honey", "honey-mogilev-be"),
    ("mahilyow honey", "honey-mogilev-be"),
])
def test_a_page_matching_every_word_outranks_wire_stories_matching_one(service, query, expected):
    hits = service.search(query, lang="en").hits
    assert hits[0].id == expected, [h.id for h in hits[:3]]


@pytest.mark.parametrize("query, expected", [
    ("salt Kazakhstan exports", "salt-be"),  # соль / солі
    ("bottling line glass bottles", "beer-rechitsa-be"),  # лінія разліву, бутэлькі
    ("craftsmen fair", "fair-khotimsk-be"),  # рамеснікі
])
def test_english_topic_words_reach_a_page_through_its_gloss(service, query, expected):
    assert service.search(query, lang="en").hits[0].id == expected


def test_a_wire_story_still_wins_a_query_that_is_only_its_own_word(service):
    # one word the wire stories are about: they, not the regional page, come first
    assert service.search("Pan Am", lang="en").hits[0].id.startswith("wire-pan")
    assert service.search("beer sales", lang="en").hits[0].id.startswith("wire-beer")
