"""A new facet is one class and one `register` call: it is indexed, counted, filtered, validated,
documented and offered on the command line without a change anywhere else (public API only)."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from searchsvc.article import Article, Source
from searchsvc.cli import build_parser, settings_for
from searchsvc.config import Settings
from searchsvc.entities import EntityRegistry
from searchsvc.facets import FacetRegistry, SiteFacet, ValuesFacet, default_facets
from searchsvc.index import IndexStore, write_generation
from searchsvc.index.validation import validate_generation
from searchsvc.search import QueryError, SearchService
from searchsvc.services import Services
from searchsvc.web.app import create_app


class DomainFacet(ValuesFacet):
    """The web host a story was published at: its own URL's and every reprint's."""

    name = "domain"
    field = "domains"
    description = "host name of the story's URL"
    metavar = "HOST"
    pattern = r"[a-z0-9-]+(\.[a-z0-9-]+)+"
    titles = {"en": "Domains", "ru": "Домены", "be": "Дамены"}

    def values(self, article) -> list[str]:
        urls = [article.url, *(s.url for s in article.sources)]
        return sorted({urlsplit(u).hostname for u in urls if u and urlsplit(u).hostname})


def story(i: int, host: str, reprinted_at: str | None = None) -> Article:
    url = f"https://{host}/news/{i}"
    sources = [Source(site=host.split(".")[0].title(), url=url)]
    if reprinted_at:
        sources.append(Source(site=reprinted_at.split(".")[0].title(), url=f"https://{reprinted_at}/r/{i}"))
    return Article(id=f"d{i}", title=f"Flax harvest number {i} in the region", body=f"Farmers brought in flax {i}.",
                   site=sources[0].site, published=f"2023-0{i}-10", url=url, sources=sources)


ARTICLES = [story(1, "minsk.gov.by"), story(2, "brest.gov.by"), story(3, "minsk.gov.by", reprinted_at="grodno.gov.by")]


@pytest.fixture(scope="module")
def facets() -> FacetRegistry:
    facets = default_facets()
    facets.register(DomainFacet())
    return facets


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, facets):
    store = IndexStore(tmp_path_factory.mktemp("facet-index") / "idx", facets=facets)
    write_generation(store, ARTICLES, EntityRegistry.load())
    return store.root


@pytest.fixture(scope="module")
def client(index_dir, facets):
    services = Services.from_settings(Settings(index_dir=str(index_dir)), facets)
    with TestClient(create_app(services=services)) as client:
        yield client


def test_the_index_holds_the_new_field_and_validation_counts_it(index_dir, facets):
    store = IndexStore(index_dir, facets=facets)
    _, index = store.open_live()
    try:
        assert "domains" in index.field_names()
        report = validate_generation(index, ARTICLES, facets)
        assert report["problems"] == []
        assert report["checks"]["facet_domains_values"] == 3  # minsk, brest, grodno
        # an article that says another host than the index holds is a validation problem
        moved = [story(1, "pinsk.gov.by"), *ARTICLES[1:]]
        problems = validate_generation(index, moved, facets)["problems"]
        assert any("domains=pinsk.gov.by" in p for p in problems)
    finally:
        index.close()


def test_search_counts_and_filters_by_the_new_facet(index_dir, facets):
    service = SearchService(index_dir, facets=facets)
    result = service.search("flax")
    counts = {v["value"]: v["count"] for v in result.facets["domain"]}
    assert counts == {"minsk.gov.by": 2, "brest.gov.by": 1, "grodno.gov.by": 1}
    narrowed = service.search("flax", filters={"domain": ["grodno.gov.by"]})
    assert [h.id for h in narrowed.hits] == ["d3"]
    # multi-select: the domain facet keeps its counts, the other facets follow the filter
    assert {v["value"]: v["count"] for v in narrowed.facets["domain"]} == counts
    assert {v["value"] for v in narrowed.facets["site"]} == {"Minsk", "Grodno"}
    # the advanced grammar knows the facet as a field
    assert [h.id for h in service.search("domain:brest.gov.by", mode="advanced").hits] == ["d2"]
    with pytest.raises(QueryError, match="domain 'Not a host' does not look like host name"):
        service.search("flax", filters={"domain": ["Not a host"]})


def test_search_json_lists_the_facet_with_toggles(client):
    data = client.get("/search", params={"q": "flax", "lang": "ru"}).json()
    assert {"person", "organization", "site", "date", "domain"} <= data["facets"].keys()
    assert {"name": "domain", "kind": "values", "param": "domain",
            "titles": {"en": "Domains", "ru": "Домены", "be": "Дамены"}} in data["facet_list"]
    minsk = next(v for v in data["facets"]["domain"] if v["value"] == "minsk.gov.by")
    assert (minsk["label"], minsk["count"], minsk["selected"]) == ("minsk.gov.by", 2, False)
    assert parse_qs(minsk["toggle"]) == {"q": ["flax"], "lang": ["ru"], "domain": ["minsk.gov.by"]}

    narrowed = client.get("/search?" + minsk["toggle"]).json()
    assert narrowed["total"] == 2 and {h["id"] for h in narrowed["hits"]} == {"d1", "d3"}
    assert narrowed["filters"]["domain"] == ["minsk.gov.by"]
    chosen = next(v for v in narrowed["facets"]["domain"] if v["value"] == "minsk.gov.by")
    assert chosen["selected"] and parse_qs(chosen["toggle"]) == {"q": ["flax"], "lang": ["ru"]}


def test_a_bad_filter_value_is_a_400_naming_the_parameter(client):
    for path in ("/search", "/suggest"):
        r = client.get(path, params={"q": "flax", "domain": "Not a host!"})
        assert r.status_code == 400
        assert r.json()["error"].startswith("parameter 'domain' must match")


def test_openapi_documents_the_new_filter(client):
    spec = client.get("/openapi.json").json()
    for path in ("/search", "/suggest"):
        param = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "domain")
        assert param["description"].startswith("host name of the story's URL")
        assert param["schema"]["type"] == "array" and "pattern" in param["schema"]["items"]
    assert "domain" in spec["components"]["schemas"]["FacetInfo"]["properties"]["name"]["enum"]


def test_the_cli_offers_the_new_filter_as_a_flag(index_dir, facets, capsys):
    assert "--domain" not in _search_help(build_parser(), capsys)
    parser = build_parser(facets)
    assert "--domain HOST" in _search_help(parser, capsys)
    args = parser.parse_args(["search", "flax", "--index", str(index_dir), "--domain", "brest.gov.by", "--json"])
    assert args.func(args, Services.from_settings(settings_for(args), facets)) == 0
    result = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in result["hits"]] == ["d2"]
    assert [v["value"] for v in result["facets"]["domain"] if v["selected"]] == ["brest.gov.by"]


def _search_help(parser, capsys) -> str:
    with pytest.raises(SystemExit):
        parser.parse_args(["search", "--help"])
    return capsys.readouterr().out


def test_a_facet_must_not_take_a_name_field_or_parameter_already_in_use(facets):
    with pytest.raises(ValueError, match="registered already"):
        facets.register(DomainFacet())

    class SecondSites(SiteFacet):
        name = "sites_again"
        flag = "sites-again"

    with pytest.raises(ValueError, match="both use index field 'sites'"):
        default_facets().register(SecondSites())

    class PageFacet(DomainFacet):
        name = "page"
        field = "pages"
        flag = "page-domain"

    clashing = default_facets()
    clashing.register(PageFacet())
    with pytest.raises(ValueError, match="'page'"):
        create_app(services=Services.from_settings(Settings(), clashing))
