"""The in-memory near-term look-up finds exactly what the engine's Levenshtein automaton finds."""

import random

from searchsvc.index.schema import TITLE_WORDS_FIELD, text_field
from searchsvc.search.service import SearchService
from searchsvc.search.vocabulary import VocabularyCache, edits_within


def _typos(word: str, rng: random.Random) -> list[str]:
    i = rng.randrange(1, len(word))
    j = rng.randrange(1, len(word))
    swap = word[:i] + "x" + word[i + 1:]
    return [word, swap, word[:i] + word[i + 1:], word[:i] + "q" + word[i:], swap[:j] + "z" + swap[j + 1:]]


def test_near_terms_match_the_engine(sample_index):
    service = SearchService(sample_index)
    state = service._state()
    reader, cache = state.reader, VocabularyCache()
    rng = random.Random(7)
    fields = [TITLE_WORDS_FIELD, text_field("body", "en")]
    checked = 0
    for field in fields:
        words = sorted({t for seg in reader.segments() for t in seg.lexicon(field) if len(t) >= 4})
        for word in rng.sample(words, min(40, len(words))):
            for query in _typos(word, rng):
                for maxdist in (1, 2):
                    expected = sorted(set(reader.terms_within(field, query, maxdist)))
                    got = cache.terms_within(state.generation, reader, field, query, maxdist)
                    assert got == expected, (field, query, maxdist)
                    checked += 1
    assert checked >= 400
    assert cache.terms_within(state.generation, reader, "no_such_field", "grain", 1) == []


def test_edits_within():
    assert edits_within("grian", "grain", 2) and not edits_within("grian", "grain", 1)
    assert edits_within("belta", "belt", 1) and not edits_within("belta", "bel", 1)
