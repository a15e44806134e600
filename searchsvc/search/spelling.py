"""Did you mean: a query's misspelt words corrected from the index's title words and the registry's names.

>>> Speller(registry, languages, vocabulary).suggest(generation, reader, columns, plan)
'Volfovich'

Only a word that matches nothing anywhere is corrected; every other word stays exactly as typed
(its case form too), so the phrase keeps its grammar. Among the near words of a misspelt one, the
first is the one that appears in titles (or registry names) together with the query's other words,
then the one that keeps the typed word's ending ("генеральнй секретарь" -> "генеральный
секретарь", not "генеральная секретарь"), then the most frequent. A name keeps its capitals: as
typed, or as the registry writes it ("volfovch" -> "Volfovich").
"""

from __future__ import annotations

import numpy as np

from ..index.schema import TITLE_WORDS_FIELD, text_field
from ..lang.translit import is_cyrillic
from ..languages import LanguageRegistry
from . import routing
from .vocabulary import VocabularyCache, edits_within

MAX_CANDIDATES = 50


def common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def cased_like(word: str, typed: str, registry_form: str | None = None) -> str:
    """`word` with the capitals of `typed` (Volfovich, CSTO), else as the registry writes it."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return (registry_form or word)[:1].upper() + (registry_form or word)[1:]
    return registry_form or word


class _RegistryWords:
    """The registry's name words (`names_of`: which names each is in) and how a person's name or an
    acronym is written (`forms`: lower case -> as written)."""

    def __init__(self, registry):
        self.version = registry.version
        self.forms: dict[str, str] = {}
        self.names_of: dict[str, set[int]] = {}
        i = 0
        for entity in registry:
            for name in entity.names():
                for w in routing.WORD.findall(name):
                    low = w.lower()
                    self.names_of.setdefault(low, set()).add(i)
                    # how a person's name or an acronym is written ("Volfovich", "CSTO"); a word of an
                    # organisation's name ("Генеральная прокуратура") is an ordinary word
                    if entity.type == "person" or (w.isupper() and len(w) > 1):
                        if low not in self.forms or (w[:1].isupper() and not self.forms[low][:1].isupper()):
                            self.forms[low] = w
                i += 1
        # the name words by (first letter, length): a misspelt word's near names are looked for
        # among those of its first letter and a length within the distance, not every name word
        self.by_start: dict[tuple[str, int], list[str]] = {}
        for low in self.names_of:
            self.by_start.setdefault((low[:1], len(low)), []).append(low)

    def near(self, low: str, maxdist: int) -> list[str]:
        """The name words within `maxdist` edits of `low` with its first letter."""
        return [n for length in range(len(low) - maxdist, len(low) + maxdist + 1)
                for n in self.by_start.get((low[:1], length), ()) if edits_within(low, n, maxdist)]


class Speller:
    """Did-you-mean for one SearchService (its registry, languages and shared vocabularies)."""

    def __init__(self, registry, languages: LanguageRegistry, vocabulary: VocabularyCache):
        self.registry, self.languages, self.vocabulary = registry, languages, vocabulary
        self._words: _RegistryWords | None = None

    def _registry_words(self) -> _RegistryWords:
        if self._words is None or self._words.version != self.registry.version:
            self._words = _RegistryWords(self.registry)
        return self._words

    def prepare(self) -> None:
        """Read the registry's words now (~30 ms at first use), not in the first misspelt search."""
        self._registry_words()

    def suggest(self, generation: str, reader, columns, plan) -> str | None:
        """The query with its misspelt words corrected, or None when there is nothing to correct."""
        names = self._registry_words()
        known = [self._is_known(reader, w, plan, names) for w in plan.words]
        changed, out = False, []
        for i, word in enumerate(plan.words):
            if known[i]:
                out.append(word)
                continue
            others = [w.lower() for j, w in enumerate(plan.words) if j != i and known[j]]
            best = self._best(generation, reader, columns, word.lower(), others, names, len(plan.words) > 1)
            if best and best != word.lower():
                changed = True
                out.append(cased_like(best, word, names.forms.get(best)))
            else:
                out.append(word)
        return " ".join(out) if changed else None

    def _is_known(self, reader, word: str, plan, names: _RegistryWords) -> bool:
        """A word found somewhere, a name (any script, any case form) or a glossary topic word."""
        low = word.lower()
        if len(low) < 3 or low in names.names_of or reader.doc_frequency(TITLE_WORDS_FIELD, low):
            return True
        for lang in {self.languages.source.code, plan.query_lang}:
            for part in ("title", "body"):
                fname = text_field(part, lang)
                for tok in reader.analyze(fname, low):
                    if reader.doc_frequency(fname, tok):
                        return True
        return bool(routing.lookup_entities(self.registry, word)
                    or routing.english_terms([word], plan.query_lang, self.languages))

    def _best(self, generation, reader, columns, low: str, others: list[str], names: _RegistryWords,
              multiword: bool) -> str | None:
        for maxdist in (1, 2):
            if maxdist == 2 and len(low) < 6:
                break
            cands = self.vocabulary.terms_within(generation, reader, TITLE_WORDS_FIELD, low, maxdist,
                                                 limit=MAX_CANDIDATES)
            cands += [n for n in names.near(low, maxdist) if n not in cands]
            ranked = [(self._rank(reader, columns, low, c, others, names), c) for c in cands]
            if multiword and is_cyrillic(low):
                # a case ending agrees with the words beside it: a correction that changes it
                # ("генеральнй" -> "генеральная" before "секретарь") must be seen with them
                ranked = [(r, c) for r, c in ranked if r[0] or r[1]]
            if ranked:
                return max(ranked)[1]
        return None

    @staticmethod
    def _rank(reader, columns, low: str, cand: str, others: list[str], names: _RegistryWords) -> tuple:
        """Together with the other words (titles, registry names), then the typed ending kept,
        then frequency."""
        df = reader.doc_frequency(TITLE_WORDS_FIELD, cand)
        together = 0
        if others:
            docs = columns.term_docs(TITLE_WORDS_FIELD, cand) if df else np.zeros(0, np.int64)
            in_names = names.names_of.get(cand, set())
            for other in others:
                if len(docs):
                    together += len(np.intersect1d(docs, columns.term_docs(TITLE_WORDS_FIELD, other)))
                together += len(in_names & names.names_of.get(other, set()))
        return together, common_suffix(low, cand), df or (1 if cand in names.names_of else 0), cand
