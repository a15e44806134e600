"""Search as a reader sees it: ranking, exact facets, multi-select, safe snippets, query errors.

Most tests use the index built from the bundled samples (no translation model installed), so a
Russian or Belarusian query can only reach the English articles through names and glossary.
"""

from __future__ import annotations

from collections import Counter

import pytest

from searchsvc.article import Article, Source
from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.search import Hit, QueryError, SearchService

CSTO = "collective-security-treaty-organization"


@pytest.fixture(scope="module")
def service(sample_index) -> SearchService:
    return SearchService(sample_index)


def all_hits(service: SearchService, q: str, **kw) -> list[Hit]:
    """Every hit of a query, page by page, the way a client would fetch them."""
    first = service.search(q, size=50, **kw)
    hits = list(first.hits)
    page = 2
    while len(hits) < first.total:
        hits += service.search(q, size=50, page=page, **kw).hits
        page += 1
    assert len(hits) == first.total
    return hits


def counts_from_hits(hits: list[Hit], key: str) -> Counter:
    return Counter(e.id for h in hits for e in getattr(h, key))


# -- cross-language queries against English-only articles ---------------------------------------

@pytest.mark.parametrize("query", ["Volfovich", "Вольфович", "Вольфовичем", "Вальфовіч", "Valfovich"])
def test_name_in_any_script_or_case_form_finds_the_volfovich_stories(service, query):
    result = service.search(query)
    titles = [h.title for h in result.hits[:3]]
    assert any("CSTO" in t for t in titles), (query, titles)
    assert any("security concept" in t for t in titles), (query, titles)
    assert set(result.hits[0].matched_via) & {"entity", "transliteration", "source"}


def test_russian_query_reports_how_the_english_article_matched(service):
    result = service.search("Тасмагамбетов", lang="ru")
    top = result.hits[0]
    assert result.query_lang == "ru"
    assert "Tasmagambetov" in top.title
    assert "source" not in top.matched_via  # no Cyrillic in the English text
    assert {"entity", "transliteration"} & set(top.matched_via)
    # the snippet marks the English name the Cyrillic query stood for
    assert "<mark>Tasmagambetov</mark>" in top.snippet


def test_organization_acronym_in_cyrillic_reaches_the_english_article(service):
    hits = service.search("ОДКБ").hits
    assert hits and all(CSTO in {o.id for o in h.organizations} for h in hits)
    assert "entity" in hits[0].matched_via


# -- ranking ---------------------------------------------------------------------------------------

def test_title_match_ranks_above_body_mentions(service):
    hits = service.search("CSTO").hits
    assert "CSTO" in hits[0].title
    assert hits[0].score >= hits[-1].score


def test_sort_by_date_is_newest_first_over_the_same_matches(service):
    by_relevance = service.search("Lukashenko", size=50)
    by_date = service.search("Lukashenko", size=50, sort="date")
    assert by_date.total == by_relevance.total
    dates = [h.published for h in by_date.hits]
    assert dates == sorted(dates, reverse=True)
    assert {h.id for h in by_date.hits} == {h.id for h in by_relevance.hits}


# -- facets ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["", "Lukashenko", "Belarus", "Minsk Oblast"])
def test_facet_counts_are_exact_over_all_matches(service, query):
    result = service.search(query, size=5)
    hits = all_hits(service, query)
    for facet, key in (("person", "persons"), ("organization", "organizations"), ("place", "places")):
        expected = counts_from_hits(hits, key)
        got = {v["value"]: v["count"] for v in result.facets[facet]}
        for value, count in got.items():
            assert expected[value] == count, (facet, value)
        # the facet lists the most frequent values (up to its limit), none missing above the cut
        if got:
            assert min(got.values()) >= max((c for v, c in expected.items() if v not in got), default=0)
    months = Counter(h.published[:7] for h in hits if h.published)
    assert {v["value"]: v["count"] for v in result.facets["date"]} == dict(months)
    sites = Counter(s for h in hits for s in {h.site, *(x["site"] for x in h.sources)})
    assert {v["value"]: v["count"] for v in result.facets["site"]} == {
        k: v for k, v in sites.items() if k in {f["value"] for f in result.facets["site"]}}


def test_a_hit_lists_every_entity_facets_values_in_the_readers_language(service):
    """Persons, organizations and places (every entity facet) ride on each hit, labelled like the
    facet labels them; the JSON form lists each as its own key."""
    result = service.search("Minsk Oblast", lang="ru")
    hit = next(h for h in result.hits if h.places)
    facet_labels = {v["value"]: v["label"] for v in result.facets["place"]}
    place = next(p for p in hit.places if p.id in facet_labels)
    assert place.label == facet_labels[place.id] and any("\u0400" <= ch <= "\u04ff" for ch in place.label)
    as_json = hit.to_json()
    assert {"persons", "organizations", "places"} <= set(as_json) and "entities" not in as_json
    assert {"id": place.id, "label": place.label} in as_json["places"]


def test_multi_select_a_facets_counts_ignore_its_own_filter(service):
    unfiltered = service.search("Belarus")
    person = next(v for v in unfiltered.facets["person"] if v["count"] >= 2)
    filtered = service.search("Belarus", filters={"person": [person["value"]]})
    # hits and other facets narrow to the selection ...
    assert filtered.total == person["count"]
    hits = all_hits(service, "Belarus", filters={"person": [person["value"]]})
    assert all(person["value"] in {p.id for p in h.persons} for h in hits)
    org_counts = counts_from_hits(hits, "organizations")
    assert all(org_counts[v["value"]] == v["count"] for v in filtered.facets["organization"])
    # ... while the person facet keeps the unfiltered counts, with the choice marked selected
    assert {(v["value"], v["count"]) for v in filtered.facets["person"]} == \
        {(v["value"], v["count"]) for v in unfiltered.facets["person"]}
    selected = [v for v in filtered.facets["person"] if v["selected"]]
    assert [v["value"] for v in selected] == [person["value"]]
    # two values of one facet: articles with either
    other = next(v for v in unfiltered.facets["person"] if v["value"] != person["value"])
    both = service.search("Belarus", filters={"person": [person["value"], other["value"]]})
    assert max(person["count"], other["count"]) <= both.total <= person["count"] + other["count"]


def test_facet_labels_follow_the_readers_language(service):
    ru = service.search("CSTO", lang="ru").facets["person"]
    be = service.search("CSTO", lang="be").facets["person"]
    registry = EntityRegistry.load()
    assert {v["label"] for v in ru} == {registry.label(v["value"], "ru") for v in ru}
    assert "Александр Вольфович" in {v["label"] for v in ru}
    assert "Аляксандр Вальфовіч" in {v["label"] for v in be}


def test_date_histogram_granularity_and_range_filter(service):
    everything = service.search("", size=50)
    for granularity, width in (("year", 4), ("month", 7), ("day", 10)):
        buckets = service.search("", date_granularity=granularity).facets["date"]
        assert sum(b["count"] for b in buckets) == everything.total
        assert all(len(b["value"]) == width for b in buckets)
    ranged = service.search("", size=50, date_from="2023-01", date_to="2023-12-31")
    assert ranged.total == sum(1 for h in everything.hits if h.published.startswith("2023"))
    assert all(h.published.startswith("2023") for h in ranged.hits)
    # the date facet ignores its own range (multi-select), and marks the months inside it
    months = {b["value"]: b for b in ranged.facets["date"]}
    assert sum(b["count"] for b in months.values()) == everything.total
    assert all(b["selected"] == b["value"].startswith("2023") for b in months.values())


def test_site_filter_includes_reprints(service):
    result = service.search("harvest", filters={"site": ["Bobruisk City Executive Committee"]})
    assert result.total == 1  # the Mogilev story, reprinted in Bobruisk
    assert "Bobruisk City Executive Committee" in {s["site"] for s in result.hits[0].sources}


# -- snippets --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory):
    store = IndexStore(tmp_path_factory.mktemp("hostile"))
    body = ("Officials met in Minsk. <script>alert('x')</script> The <b>grain</b> harvest & "
            "\"procurement\" plan was discussed at length.\n\nA second paragraph about the harvest.")
    articles = [
        Article(id="hostile", title="Harvest <img src=x onerror=alert(1)> plan", body=body, site="Test Site",
                published="2023-08-08", sources=[Source(site="Test Site")]),
        Article(id="quiet", title="Weather report", body="Rain in Gomel.", site="Other Site",
                published="2023-08-09", sources=[Source(site="Other Site")]),
    ]
    write_generation(store, articles, EntityRegistry.load())
    return store.root


def test_article_markup_is_escaped_and_only_our_marks_are_html(hostile_index):
    hit = SearchService(hostile_index).search("harvest grain").hits[0]
    html = hit.snippet
    assert "<script" not in html and "<b>" not in html and "<img" not in hit.title_html
    assert "&lt;script&gt;" in html and "&lt;b&gt;" in html and "&amp;" in html
    assert "<mark>harvest</mark>" in html and "<mark>grain</mark>" in html
    assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    # the plain form: spans point at the matched words in the unescaped text
    marked = [hit.snippet_text[s:e] for s, e in hit.snippet_spans]
    assert {"harvest", "grain"} <= {m.lower() for m in marked}
    assert len(hit.snippet_text) <= 260


# -- plain mode never errors, advanced mode explains -----------------------------------------------

@pytest.mark.parametrize("query", ['"unterminated', "((", "AND OR NOT", "title:", "*", "~~", "x" * 20_000,
                                   "\x00\x1f control", "🙂 emoji", "a:b:c", "-", "Лукашэнка AND (", "   "])
def test_plain_mode_answers_any_string(service, query):
    result = service.search(query)
    assert isinstance(result.total, int) and isinstance(result.hits, list)


@pytest.mark.parametrize("query, message", [
    ('"CSTO secretary', "quote"),
    ("(CSTO OR Belarus", "missing ')'"),
    ("CSTO)", "unexpected ')'"),
    ("CSTO AND", "AND"),
    ("OR Belarus", "OR"),
    ("NOT", "NOT"),
    ("author:Smith", "unknown field 'author'"),
    ("se*ity", "wildcard"),
    ("s*", "too short"),
    ("security~5", "fuzzy distance"),
    ("()", "empty parentheses"),
])
def test_malformed_advanced_query_gets_a_clear_error(service, query, message):
    with pytest.raises(QueryError) as err:
        service.search(query, mode="advanced")
    assert message in str(err.value)


def test_advanced_query_operators_fields_phrases(service):
    def ids(q):
        return {h.id for h in all_hits(service, q, mode="advanced")}

    csto, lukashenko = ids("CSTO"), ids("person:Lukashenko")
    assert ids("CSTO AND person:Lukashenko") == csto & lukashenko
    assert ids("CSTO NOT person:Lukashenko") == csto - lukashenko
    assert ids("CSTO -person:Лукашенко") == csto - lukashenko
    assert ids("CSTO OR person:Lukashenko") == csto | lukashenko
    assert ids('"security concept"') <= ids("security AND concept")
    assert ids('"concept security"') == set()
    assert ids("title:CSTO") < csto  # only the story with CSTO in its title
    assert ids("secur*") >= ids("security")
    assert ids("secruity~2") == ids("security")
    assert ids("Лукаш*") == lukashenko  # a prefix also completes entity names in any script


def test_advanced_query_expansion_is_capped(sample_index):
    from searchsvc.engines import query as Q
    from searchsvc.search.query import advanced_plan

    service = SearchService(sample_index)
    reader = service._state().reader
    for cap in (1, 3):
        plan = advanced_plan("se* OR pr*", reader, service.registry, max_expansions=cap)
        assert 0 < sum(1 for leaf in plan.query.leaves() if isinstance(leaf, Q.Term)) <= 2 * cap
    assert SearchService(sample_index, max_expansions=1).search("se*", mode="advanced").total >= 1


@pytest.mark.parametrize("query", ["se*", "secruity~2"])
def test_expansions_past_the_postings_budget_are_left_out_and_the_answer_says_so(sample_index, query):
    """A prefix or fuzzy term reads at most max_expansion_postings postings over its expansions:
    the most frequent expansion is always searched, and the warnings name the term that was cut."""
    full = SearchService(sample_index).search(query, mode="advanced")
    assert full.total >= 1 and not any(query in w for w in full.warnings)
    cut = SearchService(sample_index, max_expansion_postings=1).search(query, mode="advanced")
    assert 1 <= cut.total <= full.total
    assert any(w.startswith(f"{query}: 1 of the ") for w in cut.warnings)


def test_bad_parameters_raise_query_error(service):
    for kw in ({"lang": "de"}, {"sort": "random"}, {"page": 0}, {"page": 10_000}, {"size": 500},
               {"filters": {"colour": ["red"]}}, {"date_from": "yesterday"},
               {"date_from": "2024-01-01", "date_to": "2023-01-01"}, {"date_granularity": "week"}):
        with pytest.raises(QueryError):
            service.search("CSTO", **kw)


# -- did you mean, suggest, article ----------------------------------------------------------------

def test_did_you_mean_when_a_query_finds_little(service):
    result = service.search("Volfovch")
    assert result.did_you_mean and "volfovich" in result.did_you_mean.lower()
    assert service.search(result.did_you_mean).total >= 2
    assert service.search("CSTO").did_you_mean is None


def test_no_did_you_mean_for_inflected_names_or_glossary_words(service):
    """A Belarusian topic query or an inflected name found its stories: nothing to correct."""
    harvest = service.search("ураджай збожжа", lang="be")
    assert harvest.total >= 1 and harvest.did_you_mean is None
    name = service.search("Вольфовичем", lang="ru")
    assert name.total >= 1 and name.did_you_mean is None


@pytest.mark.parametrize("prefix", ["volf", "Вольф", "вальф"])
def test_suggest_completes_names_in_all_scripts_with_counts(service, prefix):
    items = service.suggest(prefix)["suggestions"]
    person = next(s for s in items if s["value"] == "aleksandr-volfovich")
    assert person["label"] == "Aleksandr Volfovich"
    assert person["count"] == service.search("", filters={"person": ["aleksandr-volfovich"]}).total


def test_suggest_counts_respect_filters(service):
    everything = {s["value"]: s["count"] for s in service.suggest("luka")["suggestions"]}
    filtered = {s["value"]: s["count"] for s in
                service.suggest("luka", filters={"organization": [CSTO]})["suggestions"]}
    assert 0 < filtered["aleksandr-lukashenko"] < everything["aleksandr-lukashenko"]
    titles = [s for s in service.suggest("csto sec")["suggestions"] if s["type"] == "title"]
    assert titles and titles[0]["label"].startswith("CSTO Secretary") and titles[0]["count"] == 1


def test_get_article_has_entities_with_labels_in_three_languages(service):
    hit = service.search("CSTO").hits[0]
    article = service.get_article(hit.id)
    assert article["title"] == hit.title_en and article["sources"]
    volfovich = next(p for p in article["entities"]["persons"] if p["id"] == "aleksandr-volfovich")
    assert volfovich["labels"] == {"en": "Aleksandr Volfovich", "ru": "Александр Вольфович",
                                   "be": "Аляксандр Вальфовіч"}
    assert service.get_article("no-such-article") is None


# -- the searcher follows the index ----------------------------------------------------------------

def test_in_place_commit_and_new_generation_are_seen_without_restart(tmp_path):
    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    first = Article(id="a1", title="Potato harvest in Brest", body="Farmers dug potatoes.", site="S1",
                    published="2023-09-01", sources=[Source(site="S1")])
    write_generation(store, [first], registry)
    service = SearchService(store.root, registry=registry)
    assert service.search("potato").total == 1
    # an in-place commit to the live generation (what HTTP POST does)
    from searchsvc.index.documents import article_document

    _, ix = store.open_live()
    ix.apply(upserts=[article_document(
        Article(id="a2", title="Potato exports grow", body="More potatoes shipped.", site="S2",
                published="2023-09-02", sources=[Source(site="S2")]), registry)])
    after = service.search("potato")
    assert after.total == 2
    assert {v["value"] for v in after.facets["site"]} == {"S1", "S2"}
    # a new generation published behind the service's back
    write_generation(store, [first], registry)
    assert service.search("potato").total == 1


# -- translated articles ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def translated_index(tmp_path_factory):
    from searchsvc.article import Translation

    store = IndexStore(tmp_path_factory.mktemp("translated"))
    articles = [
        Article(id="grain", title="Farmers finish the grain harvest", body="The grain harvest in Mogilev Oblast is over.",
                site="Mogilev", published="2023-08-08", sources=[Source(site="Mogilev")],
                translations={"ru": Translation("Аграрии завершили уборку зерна",
                                                "Уборка зерновых в Могилевской области завершена.", "premade"),
                              "be": Translation("Аграрыі завяршылі ўборку збожжа",
                                                "Уборка збожжавых у Магілёўскай вобласці завершана.", "premade")}),
        Article(id="potato", title="Potato prices stable", body="Potato prices in Brest did not change.",
                site="Brest", published="2023-08-09", sources=[Source(site="Brest")]),
    ]
    write_generation(store, articles, EntityRegistry.load())
    return store.root


def test_translated_text_is_searched_and_shown_in_the_readers_language(translated_index):
    service = SearchService(translated_index)
    ru = service.search("уборка зерновых", lang="ru")
    top = ru.hits[0]
    assert top.id == "grain" and "translation" in top.matched_via
    assert top.lang == "ru" and top.title == "Аграрии завершили уборку зерна"
    assert "<mark>Уборка</mark>" in top.snippet and "<mark>зерновых</mark>" in top.snippet
    # the same English query, read in Belarusian: the Belarusian text where one exists
    be = service.search("harvest", lang="be")
    assert be.hits[0].lang == "be" and be.hits[0].title.startswith("Аграрыі")
    assert be.hits[0].title_en == "Farmers finish the grain harvest"
    en = service.search("harvest")
    assert en.hits[0].lang == "en" and en.hits[0].matched_via == ["source"]


def test_undated_articles_are_searchable_and_sort_last_by_date(tmp_path):
    store = IndexStore(tmp_path / "undated")
    write_generation(store, [
        Article(id="dated", title="Flax harvest", body="Flax harvest news.", site="S", published="2022-05-01",
                sources=[Source(site="S")]),
        Article(id="undated", title="Flax exports", body="Flax exports news.", site="S", published=None,
                sources=[Source(site="S")]),
    ], EntityRegistry.load())
    result = SearchService(store.root).search("flax", sort="date")
    assert [h.id for h in result.hits] == ["dated", "undated"]
    assert sum(b["count"] for b in result.facets["date"]) == 1 and result.total == 2


@pytest.mark.parametrize("query, mode", [
    ("CSTO security", "plain"), ("Вольфовичем ОДКБ", "plain"), ("ураджай Магілёўская вобласць", "plain"),
    ('"security concept"', "advanced"), ("title:(Turchin OR Golovchenko)", "advanced"),
    ("secur* AND person:Lukashenko", "advanced"), ("secruity~2", "advanced"),
])
def test_numpy_evaluator_matches_exactly_what_whoosh_matches(service, query, mode):
    """The fast path must not change WHICH articles match: Whoosh's own matchers are the reference."""
    import numpy as np

    from searchsvc.search.query import advanced_plan, plain_plan
    from searchsvc.search.scoring import Evaluator
    from searchsvc.search.typos import TypoIndex

    state = service._state()
    reader = state.reader
    typos = TypoIndex(service._vocabulary, state.generation, reader)
    plan = (plain_plan(query, reader, service.registry, typos=typos) if mode == "plain"
            else advanced_plan(query, reader, service.registry))
    assert Evaluator.supports(plan.query)
    _scores, mask = Evaluator(reader, state.columns).evaluate(plan.query)
    assert set(np.flatnonzero(mask).tolist()) == reader.reference_docs(plan.query)  # Whoosh's matchers
    assert mask.sum() == service.search(query, mode=mode).total > 0


@pytest.mark.parametrize("query", ['"security concept"', '"collective security"', '"treaty organization"'])
def test_a_phrase_matches_the_same_articles_each_time_it_is_asked(service, query):
    """A phrase's first evaluation decodes positions of its candidate articles only, a later one
    the term's whole positions (search/columns.py): both match what Whoosh's matchers match."""
    import numpy as np

    from searchsvc.search.columns import ColumnCache
    from searchsvc.search.query import advanced_plan
    from searchsvc.search.scoring import Evaluator

    state = service._state()
    columns = ColumnCache(service.facets.column_fields()).for_reader(state.generation, state.reader)
    plan = advanced_plan(query, state.reader, service.registry)
    reference = state.reader.reference_docs(plan.query)
    assert reference
    for _ in range(3):
        _scores, mask = Evaluator(state.reader, columns).evaluate(plan.query)
        assert set(np.flatnonzero(mask).tolist()) == reference


@pytest.mark.parametrize("query", ["secruity~2", "Volfovch~", "concpet~1 AND secur*", "body:secruity~2", "Лукаш*"])
def test_fuzzy_and_prefix_terms_from_the_fast_look_ups_are_the_engines(service, query):
    """fuzzy~ near terms from the service's vocabulary and prefix* terms with their frequencies
    read in one pass expand to exactly the terms the engine's own look-ups give."""
    from searchsvc.engines.base import Reader
    from searchsvc.search.query import advanced_plan
    from searchsvc.search.typos import TypoIndex

    state = service._state()

    class EngineLookups:  # the reader with the interface's generic prefix_frequencies
        def __init__(self, reader):
            self._reader = reader

        def __getattr__(self, name):
            return getattr(self._reader, name)

        def prefix_frequencies(self, field, prefix, limit):
            return Reader.prefix_frequencies(self._reader, field, prefix, limit)

    fast = advanced_plan(query, state.reader, service.registry,
                         vocabulary=TypoIndex(service._vocabulary, state.generation, state.reader))
    engine = advanced_plan(query, EngineLookups(state.reader), service.registry)
    terms = lambda plan: sorted((t.fieldname, t.text) for t in plan.query.leaves())  # noqa: E731
    assert terms(fast) == terms(engine) and terms(fast)


# -- typo tolerance (plain mode) -------------------------------------------------------------------

@pytest.mark.parametrize("query", ["Volfovch", "Volfvoich", "Вольфович", "Вольфовчем", "Вальфовіч", "Тасмагамбетв"])
def test_a_name_with_one_wrong_letter_still_finds_its_articles(service, query):
    exact = {h.id for h in service.search("Volfovich" if "lfov" in query or "льфов" in query else "Tasmagambetov").hits}
    got = [h.id for h in service.search(query).hits[:3]]
    assert got and set(got) & exact, (query, got)


def test_typo_matches_rank_below_the_word_as_typed(service):
    from searchsvc.search.query import plain_plan
    from searchsvc.search.typos import TypoIndex

    state = service._state()
    typos = TypoIndex(service._vocabulary, state.generation, state.reader)
    # a known word is never corrected; an unknown one is, and only to terms within its edit budget
    assert plain_plan("Volfovich", state.reader, service.registry, typos=typos).corrected == []
    plan = plain_plan("Volfovch", state.reader, service.registry, typos=typos)
    assert plan.corrected == ["Volfovch"]
    near = typos.near("entity_names", "volfovch", 1, 64)
    assert [t for t, _d, _df in near] == ["volfovich"]
    assert typos.near("entity_names", "volf", 0, 64) == []  # under 5 letters: no typo budget
    exact = service.search("Volfovich").hits[0]
    typo = service.search("Volfovch").hits[0]
    assert typo.score < exact.score
    # the reader still learns the spelling the archive uses
    assert "volfovich" in (service.search("Volfovch").did_you_mean or "").lower()
