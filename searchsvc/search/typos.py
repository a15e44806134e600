"""Typo tolerance for plain queries: index terms within one or two edits of a query term.

Meilisearch/Typesense defaults: a word of 5+ letters may carry one typo, a word of 9+ letters two.
A query word is corrected only when none of its routes has postings for it (a word the archive
knows is never "corrected" into another one), and the corrections rank below exact matches
(search/query.py weighs them down by distance).

Look-ups go through the service's VocabularyCache (search/vocabulary.py): each segment's terms of
a field are held in memory once, bucketed by first letter and length, shared by every thread and
dropped with their generation -- a look-up touches a few buckets, not the whole lexicon. Like
did-you-mean, the first letter is taken as typed.
"""

from __future__ import annotations

from .vocabulary import edits_within

MIN_TYPO_LEN = 5  # one edit from 5 letters
MIN_TWO_TYPOS_LEN = 9  # two edits from 9 letters


def max_typos(word: str) -> int:
    n = len(word)
    return 2 if n >= MIN_TWO_TYPOS_LEN else 1 if n >= MIN_TYPO_LEN else 0


class TypoIndex:
    """Near terms of one reader's fields (one search's view of the shared vocabularies)."""

    def __init__(self, vocabulary, generation: str, reader):
        self.vocabulary, self.generation, self.reader = vocabulary, generation, reader

    def terms_within(self, field: str, text: str, maxdist: int, limit: int) -> list[str]:
        """Index terms within `maxdist` edits of `text` (same first letter), sorted, at most
        `limit`: advanced mode's fuzzy~ terms (Whoosh's automaton took ~1 s per fuzzy~2 word)."""
        return self.vocabulary.terms_within(self.generation, self.reader, field, text, maxdist, prefix=1,
                                            limit=limit)

    def near(self, field: str, term: str, maxdist: int, limit: int) -> list[tuple[str, int, int]]:
        """[(index term, edits, document frequency)] within `maxdist` edits of `term`, nearest
        first, then most frequent; at most `limit`. The term itself is never in the list."""
        if maxdist <= 0 or len(term) < 3:
            return []
        found = self.vocabulary.terms_within(self.generation, self.reader, field, term, maxdist, prefix=1,
                                             limit=limit * 8)
        ranked = []
        for t in found:
            if t == term or not t.isalpha():
                continue
            dist = 1 if edits_within(term, t, 1) else maxdist
            ranked.append((dist, -self.reader.doc_frequency(field, t), t))
        ranked.sort()
        return [(t, d, -negdf) for d, negdf, t in ranked[:limit]]
