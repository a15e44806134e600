"""The in-memory near-term look-up finds exactly what the engine's Levenshtein automaton finds."""

import random
import threading

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


def _levenshtein(a: str, b: str) -> int:
    """The edit table row by row (the textbook definition)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_edits_within_is_the_edit_distance():
    """The bit-parallel check agrees with the edit table on short words of a small alphabet (many
    repeated letters: the hard cases), on Cyrillic, and on words longer than a machine word."""
    import random

    rnd = random.Random(12)
    pairs = [("", ""), ("", "ab"), ("a", ""), ("вольфович", "волфович"), ("бялянскай", "белянская"),
             ("x" * 70 + "ab", "x" * 70 + "ba"), ("a" * 80, "a" * 78 + "bb")]
    for _ in range(20_000):
        a = "".join(rnd.choice("abcя") for _ in range(rnd.randint(0, 9)))
        b = "".join(rnd.choice("abcя") for _ in range(rnd.randint(0, 9)))
        pairs.append((a, b))
    for a, b in pairs:
        distance = _levenshtein(a, b)
        for maxdist in range(4):
            assert edits_within(a, b, maxdist) == (distance <= maxdist), (a, b, maxdist)


def test_misspelt_words_after_a_generation_opens_read_no_lexicon(sample_index, monkeypatch):
    """The service builds a generation's near-term vocabularies when it opens it (a background
    thread): the first misspelt words then read no lexicon, and the suggestions are the ones a
    look-up that reads the lexicon itself gives."""
    from searchsvc.engines.whoosh.reader import WhooshSegment

    prepared = SearchService(sample_index)
    assert prepared.search("grain").total > 0  # opens the generation
    assert prepared.near_terms_ready(timeout=60)
    reads = []
    real_lexicon = WhooshSegment.lexicon
    monkeypatch.setattr(WhooshSegment, "lexicon", lambda seg, field: reads.append(field) or real_lexicon(seg, field))
    answers = [prepared.search(w).did_you_mean for w in ("Volfovch", "harvset", "railwys", "trcator", "Belarsu")]
    assert reads == []
    assert answers == ["Volfovich", "harvest", "railways", "tractor", "Belarus"]

    cold = VocabularyCache()  # a look-up that reads every lexicon it needs, as before preparing
    state = prepared._state()
    for field in (TITLE_WORDS_FIELD, text_field("body", "en")):
        for word in ("harvset", "railwys", "volfovch"):
            assert (cold.terms_within(state.generation, state.reader, field, word, 2)
                    == prepared._vocabulary.terms_within(state.generation, state.reader, field, word, 2))
    assert reads  # the cold cache did read them


def test_threads_needing_the_same_vocabulary_build_it_once(sample_index, monkeypatch):
    from searchsvc.engines.whoosh.reader import WhooshSegment

    service = SearchService(sample_index)
    state = service._state()
    assert service.near_terms_ready(timeout=60)  # its own preparation is not counted below
    reads = []
    real_lexicon = WhooshSegment.lexicon

    def slow_lexicon(seg, field):
        reads.append((seg.key[0], field))
        threading.Event().wait(0.05)  # long enough for every thread to ask while it is built
        return real_lexicon(seg, field)

    monkeypatch.setattr(WhooshSegment, "lexicon", slow_lexicon)
    cache, results = VocabularyCache(), []
    threads = [threading.Thread(target=lambda: results.append(
        cache.terms_within(state.generation, state.reader, TITLE_WORDS_FIELD, "harvset", 2))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and all(r == results[0] for r in results) and "harvest" in results[0]
    assert sorted(reads) == sorted({(seg.key[0], TITLE_WORDS_FIELD) for seg in state.reader.segments()})
