"""Query trees as plain data: what search/query.py builds and search/scoring.py evaluates.

Engine-neutral: an engine never has to understand them (search/ scores from postings), but one
with Features.reference_matcher translates them into its own query objects so the conformance
suite and tests can compare matches with the library's own matcher. Nodes compare by identity:
the evaluator remembers the matches of particular nodes (matched_via).

>>> Or([Term("title_en", "secur"), Phrase("body_en", ["secur", "concept"])], scale=0.9)
"""

from __future__ import annotations


class Query:
    boost = 1.0

    def children(self) -> list["Query"]:
        return []

    def leaves(self):
        kids = self.children()
        if not kids:
            yield self
        for c in kids:
            yield from c.leaves()

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Term(Query):
    def __init__(self, fieldname: str, text: str, boost: float = 1.0):
        self.fieldname, self.text, self.boost = fieldname, text, boost


class Phrase(Query):
    """The words at consecutive positions (within `slop` places of that)."""

    def __init__(self, fieldname: str, words: list[str], slop: int = 1, boost: float = 1.0):
        self.fieldname, self.words, self.slop, self.boost = fieldname, list(words), slop, boost


class _Compound(Query):
    def __init__(self, subqueries, boost: float = 1.0):
        self.subqueries, self.boost = list(subqueries), boost

    def children(self):
        return list(self.subqueries)


class Or(_Compound):
    """Any part; scores add up. `scale`: coordination (matching more parts lifts the score)."""

    def __init__(self, subqueries, boost: float = 1.0, scale: float | None = None):
        super().__init__(subqueries, boost)
        self.scale = scale


class And(_Compound):
    """Every part; scores add up."""


class DisjunctionMax(_Compound):
    """Any part; the best part's score plus `tiebreak` times the others'."""

    def __init__(self, subqueries, boost: float = 1.0, tiebreak: float = 0.0):
        super().__init__(subqueries, boost)
        self.tiebreak = tiebreak


class AndNot(Query):
    """Matches of `a` that `b` does not match; a's scores."""

    def __init__(self, a: Query, b: Query, boost: float = 1.0):
        self.a, self.b, self.boost = a, b, boost

    def children(self):
        return [self.a, self.b]


class ConstantScore(Query):
    """The child's matches, each scored `score`."""

    def __init__(self, child: Query, score: float = 1.0):
        self.child, self.score = child, score

    def children(self):
        return [self.child]

    def leaves(self):
        yield from self.child.leaves()


class Every(Query):
    """Every live document (score 0)."""


class Nothing(Query):
    """No document."""


NOTHING = Nothing()
