"""A site's name in the reader's language, where a reader sees it (hits, the article page, the Atom
feed), from the site facet's one table; the canonical English name stays the id and the filter value."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import test_settings
from starlette.testclient import TestClient

from searchsvc.article import Article, Source
from searchsvc.config import Settings
from searchsvc.entities import EntityRegistry
from searchsvc.facets import EntityFacet, default_facets
from searchsvc.index import IndexStore, write_generation
from searchsvc.services import Services
from searchsvc.web.app import create_app

A = "{http://www.w3.org/2005/Atom}"
ORSHA = "Orsha District Executive Committee"
NAMES = {"en": ORSHA, "ru": "Оршанский районный исполнительный комитет", "be": "Аршанскі раённы выканаўчы камітэт"}
LIDA = "Lida District Executive Committee"
LIDA_RU = "Лидский районный исполнительный комитет"


def flax(i: int) -> Article:
    url = f"https://orsha.vitebsk-region.gov.by/news/{i}"
    sources = [Source(site=ORSHA, url=url), Source(site=LIDA, url=f"https://lida.grodno-region.gov.by/news/{i}")]
    return Article(id=f"flax{i}", title=f"Flax harvest {i} in Orsha district", body=f"Orsha farmers brought in flax {i}.",
                   site=ORSHA, published=f"2023-0{i}-10", url=url, sources=sources, persons=["aleksandr-volfovich"])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = IndexStore(tmp_path_factory.mktemp("sites") / "idx", facets=default_facets())
    write_generation(store, [flax(1), flax(2)], EntityRegistry.load())
    with TestClient(create_app(test_settings(index_dir=str(store.root)))) as c:
        yield c


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_hits_name_the_site_in_the_readers_language_and_filter_by_its_canonical_name(client, lang):
    body = client.get("/search", params={"q": "flax", "lang": lang}).json()
    assert body["total"] == 2
    for hit in body["hits"]:
        assert hit["site"] == ORSHA and hit["site_label"] == NAMES[lang]
        assert [s["site"] for s in hit["sources"]] == [ORSHA, LIDA]
    assert {h["site_label"] for h in client.get("/search", params={"q": "flax", "lang": "ru"}).json()["hits"]} \
        == {NAMES["ru"]}
    # the site facet's label is the same name; its value and the filter stay English
    site = next(v for v in body["facets"]["site"] if v["value"] == ORSHA)
    assert site["label"] == NAMES[lang]
    assert client.get("/search", params={"q": "flax", "lang": lang, "site": ORSHA}).json()["total"] == 2
    assert client.get("/search", params={"q": "flax", "lang": lang, "site": NAMES["ru"]}).json()["total"] == 0


def test_the_atom_feed_labels_the_site_in_its_language(client):
    root = ET.fromstring(client.get("/search.atom", params={"q": "flax", "lang": "be"}).content)
    categories = [e.find(A + "category") for e in root.findall(A + "entry")]
    assert len(categories) == 2
    assert all(c.get("term") == ORSHA and c.get("label") == NAMES["be"] for c in categories)


def test_the_article_page_and_json_name_each_site_in_the_readers_language(client):
    page = client.get("/article/flax1", params={"lang": "ru"}).text
    meta = page[page.index('<p class="meta">'):page.index("</p>", page.index('<p class="meta">'))]
    assert NAMES["ru"] in meta and ORSHA not in meta
    sources = page[page.index('<section class="sources">'):]
    assert f'href="/?site=Orsha+District+Executive+Committee&amp;lang=ru">{NAMES["ru"]}</a>' in sources
    assert f">{LIDA_RU}</a>" in sources
    article = client.get("/articles/flax1").json()
    assert article["site"] == ORSHA and [s["site"] for s in article["sources"]] == [ORSHA, LIDA]
    assert article["site_labels"] == {ORSHA: NAMES, LIDA: {"en": LIDA, "ru": LIDA_RU, "be": "Лідскі раённы выканаўчы камітэт"}}
    assert "source_path" not in str(article)


class TopicFacet(EntityFacet):
    """Topics a story is about, read from its words: an entity facet the project does not ship."""

    name = "topic"
    field = "topics"
    description = "topic id"
    titles = {"en": "Topics", "ru": "Темы", "be": "Тэмы"}
    LABELS = {"harvest": {"en": "Harvest", "ru": "Урожай", "be": "Ураджай"}}

    def values(self, article) -> list[str]:
        return ["harvest"] if "harvest" in article.title.lower() else []

    def label(self, value: str, ctx) -> str:
        return self.LABELS.get(value, {}).get(ctx.lang or "en", value)


def test_a_registered_entity_facet_appears_on_the_article_page(tmp_path):
    facets = default_facets()
    facets.register(TopicFacet())
    store = IndexStore(tmp_path / "idx", facets=facets)
    write_generation(store, [flax(1)], EntityRegistry.load())
    services = Services.from_settings(Settings(index_dir=str(store.root)), facets)
    with TestClient(create_app(services=services)) as client:
        page = client.get("/article/flax1", params={"lang": "ru"}).text
        section = page[page.index('data-entities="topics"'):]
        section = section[:section.index("</section>")]
        assert "<h2>Темы</h2>" in section and 'href="/?topic=harvest&amp;lang=ru">Урожай</a>' in section
        # the filter the link names finds the story
        assert client.get("/search", params={"topic": "harvest"}).json()["total"] == 1
        topics = client.get("/articles/flax1").json()["entities"]["topics"]
        assert topics == [{"id": "harvest", "type": "topic", "labels": {"en": "Harvest", "ru": "Урожай", "be": "Ураджай"}}]
        # a derived facet (region) is not listed as what the story names; the names it does list are
        assert 'data-entities="regions"' not in page and 'data-entities="persons"' in page
