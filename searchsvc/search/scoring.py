"""BM25F over numpy arrays: every match, its score and the top k in one pass.

Each term's postings come from the engine a segment at a time as arrays (docnums, term
frequencies; engines/base.py Segment), are scored with BM25 against cached per-document field
lengths, and combined with dense numpy operations over the reader's docnum space. The query
trees are the plain nodes of engines/query.py that the planner builds; every node type it builds
is evaluated here, so there is no second (slower) search path. An engine with
Features.reference_matcher can match the same trees with its library's own code, which the tests
compare against.

>>> ev = Evaluator(reader, columns)
>>> scores, matched = ev.evaluate(plan.query)
"""

from __future__ import annotations

import math
from itertools import islice

import numpy as np

from ..engines import query as Q
from ..index.schema import field_boost, rarity_fields
from .columns import POS_BITS, Columns

K1, B = 1.2, 0.75
# Less length normalisation for proper-name keys: an article that names a person five times is
# about them, however many other names it mentions.
FIELD_B = {"name_keys": 0.3}
# An Or / DisjunctionMax of sparse parts stays sparse while their postings are under 1/32 of the
# documents. Six parts, CPU per node: dense 56-146 us at 50k, 1.3-1.6 ms at 200k, 7-10 ms at 1M
# (a few float32 passes over every document); sparse ~130 ns a posting (np.unique of the union)
SPARSE_UNION_FACTOR = 32
_SUPPORTED = (Q.Term, Q.ConstantScore, Q.Or, Q.And, Q.AndNot, Q.DisjunctionMax, Q.Phrase, Q.Every, Q.Nothing)


def _contains(sorted_keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    idx = np.searchsorted(sorted_keys, values)
    idx[idx == len(sorted_keys)] = 0
    return sorted_keys[idx] == values if len(sorted_keys) else np.zeros(len(values), dtype=bool)


class Evaluator:
    """Scores a query tree over a whole reader with numpy. Not thread-safe (per request)."""

    def __init__(self, reader, columns: Columns):
        self.reader = reader
        self.columns = columns
        self.n = columns.n
        self.leaves = [(segment, offset) for offset, _cols, segment in columns.segments]
        self.doc_count = max(1, reader.doc_count_all())
        self.route_docs: dict = {}  # id(query node) -> its Sparse/Dense matches, for matched_via
        self.keep: set[int] = set()

    @staticmethod
    def supports(q) -> bool:
        """Every node of the tree is one evaluate() knows (all that search/query.py builds)."""
        if not isinstance(q, _SUPPORTED):
            return False
        if isinstance(q, Q.Term) and not isinstance(q.text, str):
            return False
        return all(Evaluator.supports(c) for c in q.children())

    # -- leaves ------------------------------------------------------------------------------------
    def _term(self, q: Q.Term) -> "Sparse":
        """A term's matches as (docnums, BM25 scores): a few arrays the size of its postings."""
        fieldname, text = q.fieldname, q.text
        if not self.reader.has_field(fieldname):
            return Sparse.empty()
        found = []
        for i, (_segment, offset) in enumerate(self.leaves):
            p = self.columns.postings(i, fieldname, text)
            if p is not None and len(p.ids):
                found.append((p, offset))
        df = sum(len(p.ids) for p, _ in found)
        if not df:
            return Sparse.empty()
        rarity = max([df] + [self.reader.doc_frequency(f, text) for f in rarity_fields(fieldname) if f != fieldname])
        idf = math.log(self.doc_count / (rarity + 1)) + 1
        boost = q.boost * field_boost(fieldname)
        avg = self.columns.avg_length(fieldname)
        b = FIELD_B.get(fieldname, B)
        docs = np.concatenate([p.ids + offset for p, offset in found]) if len(found) > 1 else found[0][0].ids + found[0][1]
        tf = np.concatenate([p.tf for p, _ in found]) if len(found) > 1 else found[0][0].tf
        if self.reader.scorable(fieldname):
            dl = self.columns.lengths(fieldname)[docs]
            scores = idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - b) + b * dl / avg))
        else:
            scores = np.full(len(docs), idf, dtype=np.float32)
        return Sparse(docs, (scores * boost).astype(np.float32))

    def _phrase(self, q: Q.Phrase) -> "Dense":
        """Docs with the words adjacent (slop 1), scored as the sum of the words' BM25."""
        words = q.words
        parts = [self._term(Q.Term(q.fieldname, w, boost=q.boost)).dense(self.n) for w in words]
        mask = parts[0].mask.copy()
        for part in parts[1:]:
            mask &= part.mask
        if len(words) > 1 and mask.any():
            mask &= self._adjacent(q.fieldname, words, mask, q.slop)
        scores = np.add.reduce([part.scores for part in parts])
        scores[~mask] = 0
        return Dense(scores.astype(np.float32), mask)

    def _adjacent(self, fieldname: str, words, candidates: np.ndarray, slop: int) -> np.ndarray:
        """Candidates in which word k sits at a position k after word 0 (vectorised over
        (docnum, position) keys; a term's keys are decoded once per segment and cached)."""
        ok = np.zeros(self.n, dtype=bool)
        for i, (segment, offset) in enumerate(self.leaves):
            local = candidates[offset: offset + segment.doc_count_all]
            if not local.any():
                continue
            keys = [self.columns.position_keys(i, fieldname, w, local) for w in words]
            if any(k is None for k in keys):
                continue
            starts = keys[0][local[keys[0] >> POS_BITS]]
            for k, later in enumerate(keys[1:], 1):
                if slop > 1:  # within `slop` positions of the exact place
                    hit = np.zeros(len(starts), dtype=bool)
                    for gap in range(k, k + slop):
                        hit |= _contains(later, starts + gap)
                else:
                    hit = _contains(later, starts + k)
                starts = starts[hit]
                if not len(starts):
                    break
            ok[np.unique(starts >> POS_BITS) + offset] = True
        return ok

    # -- tree --------------------------------------------------------------------------------------
    def evaluate(self, q, keep=()) -> tuple[np.ndarray, np.ndarray]:
        """(scores float32[n], matched bool[n]) for the whole index. The matches of the nodes in
        `keep` are remembered in `route_docs` (for matched_via)."""
        self.keep = {id(k) for k in keep}
        out = self._eval(q).dense(self.n)
        mask = out.mask & self.columns.live
        return out.scores, mask

    def matched(self, node, docnums: np.ndarray) -> np.ndarray:
        """Which of `docnums` the remembered node matched (bool per docnum)."""
        part = self.route_docs.get(id(node))
        if part is None:
            return np.zeros(len(docnums), dtype=bool)
        if isinstance(part, Sparse):  # docnums ascending: a binary search each, not a sort of both
            return _contains(part.docs, np.asarray(docnums, dtype=np.int64))
        return part.mask[docnums]

    def _stays_sparse(self, parts) -> bool:
        """Combine these parts over their own docnums: all sparse, and few enough that sorting
        their union costs less than passes over the whole docnum space."""
        return all(isinstance(part, Sparse) for part in parts) and \
            sum(len(part.docs) for part in parts) * SPARSE_UNION_FACTOR < self.n

    def _eval(self, q) -> "Sparse | Dense":
        boost = getattr(q, "boost", 1.0)
        if isinstance(q, Q.Nothing):
            out = Sparse.empty()
        elif isinstance(q, Q.Every):
            out = Dense(np.zeros(self.n, dtype=np.float32), self.columns.live.copy())
        elif isinstance(q, Q.Term):
            out = self._term(q)
        elif isinstance(q, Q.Phrase):
            out = self._phrase(q)
        elif isinstance(q, Q.ConstantScore):
            child = self._eval(q.child)
            if isinstance(child, Sparse):
                out = Sparse(child.docs, np.full(len(child.docs), q.score, dtype=np.float32))
            else:
                out = Dense(child.mask.astype(np.float32) * np.float32(q.score), child.mask)
        elif isinstance(q, Q.DisjunctionMax):
            parts = [self._eval(c) for c in q.subqueries]
            if self._stays_sparse(parts):
                docs, at = _union(parts)
                best, total = np.zeros(len(docs), dtype=np.float32), np.zeros(len(docs), dtype=np.float32)
                for part, where in zip(parts, at):
                    best[where] = np.maximum(best[where], part.scores)
                    total[where] += part.scores
                out = Sparse(docs, (best + q.tiebreak * (total - best)) * boost)
            else:
                best = np.zeros(self.n, dtype=np.float32)
                total = np.zeros(self.n, dtype=np.float32)
                mask = np.zeros(self.n, dtype=bool)
                for part in parts:
                    if isinstance(part, Sparse):
                        best[part.docs] = np.maximum(best[part.docs], part.scores)
                        total[part.docs] += part.scores
                        mask[part.docs] = True
                    else:
                        np.maximum(best, part.scores, out=best)
                        total += part.scores
                        mask |= part.mask
                out = Dense((best + q.tiebreak * (total - best)) * boost, mask)
        elif isinstance(q, Q.AndNot):
            pos = self._eval(q.a).dense(self.n)
            neg = self._eval(q.b).dense(self.n)
            mask = pos.mask & ~neg.mask
            out = Dense(np.where(mask, pos.scores, 0).astype(np.float32) * boost, mask)
        elif isinstance(q, Q.And):
            parts = [self._eval(c).dense(self.n) for c in q.subqueries]
            mask = np.logical_and.reduce([p.mask for p in parts])
            out = Dense(np.where(mask, np.add.reduce([p.scores for p in parts]), 0).astype(np.float32) * boost, mask)
        elif isinstance(q, Q.Or):
            parts = [self._eval(c) for c in q.subqueries]
            scale = getattr(q, "scale", None) if len(q.subqueries) > 1 else None
            matching = 0  # parts that match some document
            if self._stays_sparse(parts):
                docs, at = _union(parts)
                total = np.zeros(len(docs), dtype=np.float32)
                count = np.zeros(len(docs), dtype=np.float32) if scale else None
                for part, where in zip(parts, at):
                    total[where] += part.scores
                    matching += bool(len(part.docs))
                    if scale:
                        count[where] += 1
                if scale and matching:
                    total *= _coordination(count, matching, scale)
                out = Sparse(docs, total * boost if boost != 1.0 else total)
            else:
                total = np.zeros(self.n, dtype=np.float32)
                mask = np.zeros(self.n, dtype=bool)
                count = np.zeros(self.n, dtype=np.float32) if scale else None
                for part in parts:
                    if isinstance(part, Sparse):  # a term's docnums are unique: plain fancy-index adds
                        total[part.docs] += part.scores
                        mask[part.docs] = True
                        matching += bool(len(part.docs))
                        if scale:
                            count[part.docs] += 1
                    else:
                        total += part.scores
                        mask |= part.mask
                        matching += bool(part.mask.any())
                        if scale:
                            count += part.mask
                if scale and matching:
                    total *= _coordination(count, matching, scale)
                out = Dense(total * boost if boost != 1.0 else total, mask)
        else:  # pragma: no cover - supports() keeps other nodes out
            raise TypeError(f"cannot evaluate {type(q).__name__}")
        if id(q) in self.keep:
            self.route_docs[id(q)] = out
        return out


def _union(parts: list["Sparse"]) -> tuple[np.ndarray, list[np.ndarray]]:
    """The ascending union of sparse parts' docnums, and where each part's docnums sit in it."""
    docs = np.unique(np.concatenate([part.docs for part in parts])) if parts else np.zeros(0, np.int64)
    return docs, [np.searchsorted(docs, part.docs) for part in parts]


def _coordination(count: np.ndarray, matching: int, scale: float) -> np.ndarray:
    """The factor for documents matching `count` of the `matching` parts of an Or with `scale`:
    matching more of the parts lifts the score (Whoosh's OrGroup scale), by the square of the share
    matched: in a big archive a wire story with one query word in its title (BM25 ~40) must not
    outrank the page that matches every word by its names ("Sergei Pan Petrikov": one word of three
    weighs 0.2, not 0.4). A part no document matches (a word the archive lacks) takes nothing from
    the others: `matching` counts only parts that match something."""
    return 1 - scale + scale * (count / matching) ** 2


class Sparse:
    """Matches of one term, or of Or / DisjunctionMax nodes over such: docnums (unique,
    ascending) and their scores. An Or or DisjunctionMax of sparse parts stays sparse: its work
    is the size of its parts' matches, not of the index (the same float32 additions, in the same
    order per document, as over dense arrays)."""

    __slots__ = ("docs", "scores")

    def __init__(self, docs: np.ndarray, scores: np.ndarray):
        self.docs, self.scores = docs, scores

    @classmethod
    def empty(cls) -> "Sparse":
        return cls(np.zeros(0, np.int64), np.zeros(0, np.float32))

    def dense(self, n: int) -> "Dense":
        scores = np.zeros(n, dtype=np.float32)
        mask = np.zeros(n, dtype=bool)
        scores[self.docs] = self.scores
        mask[self.docs] = True
        return Dense(scores, mask)


class Dense:
    """Scores and matches over the whole docnum space."""

    __slots__ = ("scores", "mask")

    def __init__(self, scores: np.ndarray, mask: np.ndarray):
        self.scores, self.mask = scores, mask

    def dense(self, n: int) -> "Dense":
        return self


def terms_within(reader, fieldname: str, text: str, maxdist: int, prefix: int = 1, limit: int = 512) -> list[str]:
    """Index terms within `maxdist` edits of `text`, at most `limit` (bounded cost)."""
    return list(islice(reader.terms_within(fieldname, text, maxdist, prefix=prefix), limit))
