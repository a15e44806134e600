"""Unknown names typed in Cyrillic, in any case form, to the terms of the English text.

>>> LatinNames(reader, languages, typos).terms("Кременевского", "ru")
[('kremenevski', 0)]

A surname the registry does not know ("заявление Кременевского", "з Міхалеўскім") reaches an
English article only through its spelling there. lang.declension turns the word into its
possible nominatives and their Latin spellings (Kremenevsky, Mikhalevsky, Charnahuzau); this
module keeps only those the archive holds, on strong evidence:

- the spelling's stem is a term of the source text, or one edit away from one (two from 10
  letters): transliteration systems differ by a letter (Kremenevskiy / Kremenevsky,
  Zhdanovich / Zhdanovych), not by a syllable;
- the term has the word's name key (translit.name_key: the same consonant skeleton);
- the term is not a common English word: not one of the source language's stopwords or the
  glossary's English words, and not a word the archive writes in lower case (its name key,
  which only capitalised words give, is in fewer than half of the articles with the term): a
  Cyrillic word that spells "most" or "mark" is not a name.

So "Пуціным" finds "putin" and never "patten" or "paton" (two edits from it), a Belarusian
topic word finds no company whose name only shares its skeleton, and the terms found weigh below
an entity annotation (search/query.py).
"""

from __future__ import annotations

from functools import lru_cache

from ..index.schema import NAME_KEYS_FIELD, TEXT_PARTS, text_field
from ..lang.declension import name_spellings, nominatives
from ..lang.glossary import vocabulary as glossary_vocabulary
from ..lang.translit import is_cyrillic, to_cyrillic
from ..languages import LanguageRegistry
from . import routing
from .typos import max_typos

MIN_LETTERS = 4  # shorter Cyrillic words are not looked up as names
MAX_TERMS = 4  # index terms one word may stand for
MIN_USES_FOR_CASE = 3  # articles with a term before its letter case says anything
MAX_NEAR = 6  # spellings (the press forms come first) whose near terms are looked up


def near_budget(stem: str) -> int:
    """Edits allowed between a spelling's stem and an index term: spellings differ by a letter."""
    return 2 if len(stem) >= 10 else 1 if len(stem) >= 6 else 0


@lru_cache(maxsize=8)
def common_words(languages: LanguageRegistry) -> frozenset[str]:
    """Stems of common source-language words: its stopwords and the glossary's English words."""
    source = languages.source
    words = set(source.stopwords) | set(glossary_vocabulary(languages).get(source.code, ()))
    return frozenset(source.stem(w) for w in words if w)


def written_as_name(reader, term: str, df: int) -> bool:
    """The archive capitalises `term` about as often as it uses it (`df`: its uses; a few prove
    nothing): its name key is in as many documents' proper names, at least half."""
    if df < MIN_USES_FOR_CASE:
        return True
    key = routing.name_key(term)
    return bool(key) and 2 * reader.doc_frequency(NAME_KEYS_FIELD, key) >= df


class LatinNames:
    """Source-text terms a Cyrillic name stands for, for one reader (one search)."""

    def __init__(self, reader, languages: LanguageRegistry, typos=None, analyze=None):
        """`typos`: the reader's TypoIndex (near terms), or None: exact spellings only.
        `analyze(field, text)`: the field's analyzer (default: the reader's)."""
        self.reader, self.languages, self.typos = reader, languages, typos
        self.analyze = analyze or reader.analyze
        source = languages.source.code
        self.fields = [f for part in TEXT_PARTS if reader.has_field(f := text_field(part, source))]

    def _written_as_name(self, term: str) -> bool:
        return written_as_name(self.reader, term, max(self.reader.doc_frequency(f, term) for f in self.fields))

    def terms(self, word: str, query_lang: str) -> list[tuple[str, int]]:
        """[(source term, edits from a spelling)] for `word`, exact ones first, at most MAX_TERMS;
        [] for a word that is not a Cyrillic name-shaped word. The word is read in the language
        its letters say (і, ў: Belarusian) and in the query's, when both decline names."""
        if len(word) < MIN_LETTERS or not self.fields or not is_cyrillic(word):
            return []
        spelled_in = self.languages.spelling_language(word)
        readings = [lang for lang in dict.fromkeys([spelled_in, self.languages.get(query_lang)])
                    if lang is not None and lang.name_cases and lang.script == spelled_in.script
                    and word.lower() not in lang.stopwords]
        if not readings:
            return []
        keys = {k for lang in readings for form in nominatives(word, lang) if (k := routing.name_key(form))}
        stems: list[str] = []
        for lang in readings:
            for spelling in name_spellings(word, lang, self.languages):
                for stem in self.analyze(self.fields[0], spelling):
                    if stem not in stems:
                        stems.append(stem)
        common = common_words(self.languages)
        found: dict[str, int] = {}
        for stem in stems:
            if stem in common or not stem.isalpha():
                continue
            if any(self.reader.doc_frequency(f, stem) for f in self.fields):
                found.setdefault(stem, 0)
        if not found and self.typos is not None:
            # the body holds the title's words too: one field's vocabulary is enough
            for stem in [s for s in stems if near_budget(s) and s not in common][:MAX_NEAR]:
                for term, dist, _df in self.typos.near(self.fields[-1], stem, near_budget(stem), MAX_TERMS):
                    if term not in found and term not in common:
                        found[term] = dist
        kept = [(t, d) for t, d in found.items() if routing.name_key(t) in keys and self._written_as_name(t)]
        kept.sort(key=lambda td: (td[1], -max(self.reader.doc_frequency(f, td[0]) for f in self.fields)))
        return kept[:MAX_TERMS]


class CyrillicSpellings:
    """Russian/Belarusian-text terms a name typed in Latin letters stands for, for one reader.

    >>> CyrillicSpellings(reader, languages).terms("Sivokho")
    [('ru', 'сивох', 0)]

    The mirror of LatinNames: "Sivokho cranberries" or "Milan Jovanovic" reach a Russian or
    Belarusian page that writes "Петр Сивохо", "Міланам Ёванавічам" only through the name's
    Cyrillic spelling (translit.to_cyrillic, each language's rules), when no translation exists.
    Only spellings whose stem is a term of that language's text count, and only for words that
    are not common English (stopwords, the glossary's English words: "bank" is the glossary's
    route to банк, not a name).
    """

    def __init__(self, reader, languages: LanguageRegistry, typos=None, analyze=None):
        """`typos`: the reader's TypoIndex (near terms for a mistyped name), or None."""
        self.reader, self.languages, self.typos = reader, languages, typos
        self.analyze = analyze or reader.analyze

    def _written_as_name(self, fname: str, term: str) -> bool:
        return written_as_name(self.reader, term, self.reader.doc_frequency(fname, term))

    def terms(self, word: str, near: bool = False) -> list[tuple[str, str, int]]:
        """[(language code, term of that language's text fields, edits)]; [] for a word that is not
        a Latin name-shaped word. `near` (a word no field knows): when no spelling is a term, the
        terms a letter or two from one that keep its consonant skeleton (name key) and that
        the archive writes as a name ("Sivakho" -> сивох)."""
        if len(word) < MIN_LETTERS or not word.isalpha() or is_cyrillic(word):
            return []
        source = self.languages.source
        if word.lower() in source.stopwords or source.stem(word.lower()) in common_words(self.languages):
            return []
        out: list[tuple[str, str, int]] = []
        stems: list[tuple[str, str, str]] = []  # (language, body field, stem) for near terms
        for lang in self.languages:
            if lang is source or lang.cyrillic_rules is None:
                continue
            spelled = to_cyrillic(word, lang.code, self.languages)
            for part in TEXT_PARTS:
                fname = text_field(part, lang.code)
                if not self.reader.has_field(fname):
                    continue
                for stem in self.analyze(fname, spelled):
                    stems.append((lang.code, fname, stem))
                    if (lang.code, stem, 0) not in out and self.reader.doc_frequency(fname, stem):
                        out.append((lang.code, stem, 0))
        if out or not near or self.typos is None:
            return out
        for code, fname, stem in stems:
            if not fname.startswith("body"):  # the body holds the title's words too
                continue
            key = routing.name_key(stem)  # stems to stems: a stem's key lacks its ending
            for term, dist, _df in self.typos.near(fname, stem, max_typos(word), MAX_TERMS):
                if (code, term, dist) not in out and routing.name_key(term) == key \
                        and self._written_as_name(fname, term):
                    out.append((code, term, dist))
        return out[:MAX_TERMS]


class PlaceNames:
    """Places a query unit names, in any script, case form or romanization.

    >>> PlaceNames(places, languages, reader).find(("Hantsavichy",))
    ['place:by-town:gantsevichi']

    The place registry reads a name as its files write it (Mozyr, Мозырь, Мазыр, in any case form:
    "у Мазыры"); a journalist also writes Belarusian places in the national romanization (Mazyr,
    Hrodna, Mahiliou, Navahrudak, Hantsavichy), which only the Cyrillic spellings of the word match
    (translit.to_cyrillic, each language's rules; a final -y after a consonant is also the plural
    -ы/-и of a town, not only Dmitry's -ий). A word typed in lower case counts only when the archive
    writes it as a name (written_as_name): "minsk" is a place, "reading" and "bath" are words.
    """

    def __init__(self, places, languages: LanguageRegistry, reader=None, analyze=None):
        self.places, self.languages, self.reader = places, languages, reader
        self.analyze = analyze or (reader.analyze if reader is not None else None)

    def _name_shaped(self, word: str) -> str | None:
        """`word` capitalised as a name when it may be one, else None."""
        if word[:1].isupper():
            return word
        if self.reader is None or not word.isalpha():
            return None
        source = self.languages.source
        field = text_field("body", source.code)
        if word in source.stopwords or source.stem(word) in common_words(self.languages) \
                or not self.reader.has_field(field):
            return None
        stems = self.analyze(field, word)
        df = self.reader.doc_frequency(field, stems[0]) if stems else 0
        return word.capitalize() if written_as_name(self.reader, stems[0] if stems else word, df) else None

    def _spellings(self, text: str) -> list[str]:
        out = []
        for lang in self.languages:
            if lang.cyrillic_rules is None or lang is self.languages.source:
                continue
            spelled = to_cyrillic(text, lang.code, self.languages)
            out.append(spelled)
            if text.endswith("y") and spelled[-2:] in ("ый", "ий", "ій"):
                out += [spelled[:-2] + "ы", spelled[:-2] + "и"]
        return list(dict.fromkeys(out))

    def find(self, words: tuple[str, ...]) -> list[str]:
        """Place ids the words name, [] when they name none."""
        text = " ".join(words)
        found = self.places.find(text)
        if found or is_cyrillic(text) or not all(w.isalpha() for w in words):
            return found
        shaped = [s for w in words if (s := self._name_shaped(w)) is not None]
        if len(shaped) != len(words):
            return []
        text = " ".join(shaped)
        if text != " ".join(words) and (found := self.places.find(text)):
            return found
        for spelled in self._spellings(text):
            if found := self.places.find(spelled):
                return found
        return []
