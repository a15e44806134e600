"""Many threads share a bounded pool of readers and see the same answers as one thread."""

from concurrent.futures import ThreadPoolExecutor

from searchsvc.search.service import SearchService

QUERIES = ["CSTO", "harvest", "volfovch", "Minsk", "grain export", "zzzqqq"]


def _answer(service, q):
    r = service.search(q)
    return r.total, [h.id for h in r.hits], r.did_you_mean


def test_sixteen_threads_share_two_readers(sample_index):
    alone = SearchService(sample_index)
    expected = {q: _answer(alone, q) for q in QUERIES}
    service = SearchService(sample_index, max_readers=2)
    opened = []
    checkout = service._checkout

    def counting_checkout():
        state = checkout()
        opened.append(id(state.reader))
        return state

    service._checkout = counting_checkout
    with ThreadPoolExecutor(16) as pool:
        got = list(pool.map(lambda q: (q, _answer(service, q)), QUERIES * 8))
    assert all(answer == expected[q] for q, answer in got)
    assert len(opened) == len(QUERIES) * 8 and len(set(opened)) <= 2


def test_a_new_generation_replaces_every_pooled_reader(tmp_path):
    from searchsvc.article import Article, Source
    from searchsvc.entities import EntityRegistry
    from searchsvc.index import IndexStore, write_generation

    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    first = Article(id="a1", title="Potato harvest in Brest", body="Farmers dug potatoes.", site="S1",
                    published="2023-09-01", sources=[Source(site="S1")])
    second = Article(id="a2", title="Potato exports grow", body="More potatoes shipped.", site="S2",
                     published="2023-09-02", sources=[Source(site="S2")])
    write_generation(store, [first], registry)
    service = SearchService(store.root, registry=registry, max_readers=3)
    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(lambda _: service.search("potato").total, range(40))) == {1}
    old = service.generation()
    write_generation(store, [first, second], registry)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: service.search("potato"), range(40)))
    assert {(r.total, r.generation) for r in results} == {(2, service.generation())}
    assert service.generation() != old
    assert all(state.generation != old for state in service._idle)
