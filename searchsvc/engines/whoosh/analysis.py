"""TextAnalysis declarations (engines/base.py) as Whoosh analyzers.

A "stemmed" analysis becomes a LanguageAnalyzer: one tokenizer + one filter doing what
RegexTokenizer | LowercaseFilter | StopFilter(minsize=1) | StemFilter does, token for token,
plus `term_positions` for the indexing fast path (fastwrite.positions_word_values).
Analyzers are pickled into each index's schema: their class paths below are part of the
on-disk format (an index written with other paths needs `reindex --full`).

>>> [t.text for t in whoosh_analyzer(analysis("ru"))("Вольфовичем")]
['вольфович']
"""

from __future__ import annotations

import re

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, Tokenizer
from whoosh.support.charset import accent_map

from ..base import TextAnalysis

# Distinct words remembered per filter instance; beyond it, words are stemmed uncached.
_STEM_CACHE_LIMIT = 500_000


class LowerStopStemFilter(Filter):
    """LowercaseFilter | StopFilter(minsize=1) | StemFilter in one pass, with a dict cache of stems.

    Token for token the same output as that chain (stopped tokens, `removestops=False` and the
    position renumbering included); one generator per token instead of three and a dict look-up
    instead of an lru_cache call made it the cheaper part of indexing (docs/benchmarks.md).
    Pickled into each index's schema as its stopwords and the module-level stem function.
    """

    is_morph = True

    def __init__(self, stoplist, stemfn):
        self.stops = frozenset(stoplist)
        self.stemfn = stemfn
        self._cache = {}

    def __getstate__(self):
        return {"stops": self.stops, "stemfn": self.stemfn}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def __eq__(self, other):
        return (other is not None and self.__class__ is other.__class__ and self.stops == other.stops
                and self.stemfn == other.stemfn)

    def __call__(self, tokens):
        stops, stemfn, cache = self.stops, self.stemfn, self._cache
        pos = None
        for t in tokens:
            text = t.text.lower()
            if not text or text in stops:  # StopFilter(minsize=1) stops the empty string too
                if not t.removestops:
                    t.text = text
                    t.stopped = True
                    yield t
                continue
            if t.positions:  # StopFilter(renumber=True): positions close over removed stopwords
                if pos is None:
                    pos = t.pos
                else:
                    pos += 1
                    t.pos = pos
            t.stopped = False
            stem = cache.get(text)
            if stem is None:
                stem = stemfn(text)
                if len(cache) < _STEM_CACHE_LIMIT:
                    cache[text] = stem
            t.text = stem
            yield t


_STOPPED = object()


class LanguageAnalyzer(Tokenizer):
    """RegexTokenizer(pattern) | LowerStopStemFilter as one analyzer, plus a fast path for
    indexing: `term_positions(text)` gives each term's token positions (what Whoosh's Positions
    format collects from the token stream) from one loop over the words, with no Token objects.
    The index's Positions format uses it (fastwrite.py); everything else (queries,
    highlighting, `removestops=False`, character offsets) goes through the token chain.
    """

    is_morph = True

    def __init__(self, stoplist, stemfn, pattern: str):
        self.pattern, self.stops, self.stemfn = pattern, frozenset(stoplist), stemfn
        self._setup()

    def _setup(self):
        self._chain = RegexTokenizer(self.pattern) | LowerStopStemFilter(self.stops, self.stemfn)
        expression = re.compile(self.pattern)
        # findall gives whole matches only for a pattern without capturing groups
        self._findall = expression.findall if not expression.groups else (
            lambda text: [m.group() for m in expression.finditer(text)])
        self._terms = {}  # word as written -> its term, or _STOPPED

    def __getstate__(self):
        return {"pattern": self.pattern, "stops": self.stops, "stemfn": self.stemfn}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._setup()

    def __eq__(self, other):
        return (other is not None and self.__class__ is other.__class__ and self.pattern == other.pattern
                and self.stops == other.stops and self.stemfn == other.stemfn)

    def __call__(self, value, **kwargs):
        return self._chain(value, **kwargs)

    def term_positions(self, value: str) -> dict[str, list[int]]:
        """term -> positions, terms in order of first occurrence; positions as the chain numbers
        them (StopFilter renumbering: the first kept word keeps its index, the rest follow it)."""
        terms, stops, stemfn = self._terms, self.stops, self.stemfn
        out: dict[str, list[int]] = {}
        pos = None
        for i, word in enumerate(self._findall(value)):
            term = terms.get(word)
            if term is None:
                low = word.lower()
                term = _STOPPED if not low or low in stops else stemfn(low)
                if len(terms) < _STEM_CACHE_LIMIT:
                    terms[word] = term
            if term is _STOPPED:
                continue
            pos = i if pos is None else pos + 1
            seen = out.get(term)
            if seen is None:
                out[term] = [pos]
            else:
                seen.append(pos)
        return out


def whoosh_analyzer(analysis: TextAnalysis):
    if analysis.kind == "stemmed":
        return LanguageAnalyzer(analysis.stopwords, analysis.stem, analysis.pattern)
    if analysis.kind == "names":
        return RegexTokenizer(analysis.pattern) | LowercaseFilter() | CharsetFilter(accent_map)
    if analysis.kind == "lines":
        # each title stays a single lowercased token, so a prefix of a whole title completes it
        return RegexTokenizer(analysis.pattern) | LowercaseFilter()
    raise ValueError(f"no Whoosh analyzer for analysis kind {analysis.kind!r}")
