"""A search service keeps the plans of the queries it answered (search/service.py: _plan) and
reuses one only while what the plan was made from is unchanged: the reader's segments (in-place
commits, a new generation), the entity registry and the service's limits."""

from __future__ import annotations

from searchsvc.article import Article, Source
from searchsvc.entities import EntityRegistry
from searchsvc.entities.registry import Entity
from searchsvc.index import IndexStore, write_generation
from searchsvc.index.documents import article_document
from searchsvc.search import SearchService


def _story(n: int, title: str, body: str) -> Article:
    return Article(id=f"p{n}", title=title, body=body, site="Minsk", published="2023-05-0" + str(1 + n % 9),
                   sources=[Source(site="Minsk")])


def answer(result) -> tuple:
    return (result.total, [h.id for h in result.hits], [h.matched_via for h in result.hits], result.facets,
            result.did_you_mean, [e.id for e in result.entities], list(result.warnings))


def test_a_repeated_query_answers_what_a_fresh_service_answers_after_each_commit(tmp_path):
    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    write_generation(store, [_story(n, f"Tractor plant report {n}", f"The plant built tractors, report {n}.")
                             for n in range(6)], registry)
    service = SearchService(store.root, registry=registry)
    queries = [dict(q="tractorz"), dict(q="plantz harvest"), dict(q="combine harvesters"), dict(q='"combine harvesters"', mode="advanced"),
               dict(q="harvest*", mode="advanced"), dict(q="plant")]
    before = {q["q"]: answer(service.search(**q)) for q in queries}
    assert before["combine harvesters"][0] == 0
    _, ix = store.open_live()
    ix.apply(upserts=[article_document(_story(7, "Combine harvesters", "The plant built combine harvesters, "
                                                 "and tractorz, as the sign spelt it."), registry)])
    ix.apply(deletes=["p0"])
    fresh = SearchService(store.root, registry=registry)
    for query in queries:  # the service planned each of these before the commits
        assert answer(service.search(**query)) == answer(fresh.search(**query)), query
    assert service.search("combine harvesters").total == 1
    assert service.search("plant").total == before["plant"][0]  # one added, one deleted


def test_an_entity_added_to_the_registry_reaches_a_query_planned_before(tmp_path):
    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    write_generation(store, [_story(1, "Ivan Zhmurkevich visits the plant", "Zhmurkevich spoke to workers.")],
                     registry)
    service = SearchService(store.root, registry=registry)
    assert service.search("Zhmurkevich").entities == []
    registry.add(Entity(id="ivan-zhmurkevich", type="person",
                        labels={"en": "Ivan Zhmurkevich", "ru": "Иван Жмуркевич", "be": "Іван Жмуркевіч"}))
    assert [e.id for e in service.search("Zhmurkevich").entities] == ["ivan-zhmurkevich"]


def test_a_caller_changing_an_answer_does_not_change_the_next_one(sample_index):
    service = SearchService(sample_index)
    first = service.search("person:nobody-at-all CSTO", mode="advanced")
    assert first.warnings
    expected = answer(first)
    first.warnings.append("added by a caller")
    first.entities.clear()
    assert answer(service.search("person:nobody-at-all CSTO", mode="advanced")) == expected


def test_the_service_limits_are_part_of_what_a_plan_is_made_for(sample_index):
    service = SearchService(sample_index)
    assert service.search("securty").total > 0  # typo tolerance finds "security"
    service.typo_tolerance = False
    assert service.search("securty").total == 0
