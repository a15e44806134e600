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
