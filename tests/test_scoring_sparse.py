"""An Or or DisjunctionMax over few matches is combined over their own docnums (search/scoring.py
_stays_sparse); its scores and matches are bit for bit those of the dense combination."""

from __future__ import annotations

import numpy as np
import pytest

from searchsvc.engines import query as Q
from searchsvc.search import scoring


class _Parts(scoring.Evaluator):
    """An evaluator whose terms are given sparse parts (term text = index into `parts`)."""

    def __init__(self, n: int, parts):
        self.n, self.parts, self.keep, self.route_docs = n, parts, set(), {}

    def _term(self, q):
        return self.parts[int(q.text)]


def _tree(rng, depth=0):
    kids = [Q.Term("f", str(rng.integers(0, 8)), boost=float(rng.choice([1.0, 1.5]))) for _ in range(rng.integers(1, 4))]
    if depth < 2:
        kids.append(_tree(rng, depth + 1))
    if rng.random() < 0.5:
        return Q.Or(kids, boost=float(rng.choice([1.0, 0.9])), scale=float(rng.choice([0.0, 0.5])) or None)
    return Q.DisjunctionMax(kids, boost=float(rng.choice([1.0, 1.2])), tiebreak=0.1)


@pytest.mark.parametrize("seed", range(20))
def test_sparse_and_dense_combinations_give_the_same_scores(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    n = 5_000
    parts = []
    for _ in range(8):
        docs = np.unique(rng.choice(n, int(rng.integers(0, 60)), replace=False)).astype(np.int64)
        parts.append(scoring.Sparse(docs, rng.random(len(docs)).astype(np.float32) * 7))
    tree = _tree(rng)
    results = []
    for factor in (0, 10**9):  # 0: every eligible node sparse; 10**9: none
        monkeypatch.setattr(scoring, "SPARSE_UNION_FACTOR", factor)
        out = _Parts(n, parts)._eval(tree)
        assert isinstance(out, scoring.Sparse if factor == 0 else scoring.Dense)
        out = out.dense(n)
        results.append((out.scores, out.mask))
    (sparse_scores, sparse_mask), (dense_scores, dense_mask) = results
    assert np.array_equal(sparse_mask, dense_mask) and sparse_mask.any()
    assert np.array_equal(sparse_scores, dense_scores)  # bit for bit: the same float32 steps


def test_a_terms_position_keys_built_at_once_are_the_per_posting_ones():
    from searchsvc.engines.base import Postings
    from searchsvc.search.columns import POS_BITS, all_position_keys, position_keys

    rng = np.random.default_rng(3)
    ids = np.unique(rng.choice(50_000, 400, replace=False)).astype(np.int64)
    positions = [sorted(set(rng.integers(0, 2**POS_BITS + 500, rng.integers(1, 9)).tolist())) for _ in ids]
    positions[0] = [2**POS_BITS + 3]  # past the key's position bits: left out by both
    postings = Postings(ids, np.ones(len(ids), np.float32), positions)
    every = np.ones(int(ids.max()) + 1, dtype=bool)
    expected = position_keys(postings, every)
    assert np.array_equal(all_position_keys(postings), expected) and len(expected) > 1000
    assert expected.dtype == all_position_keys(postings).dtype == np.int64
