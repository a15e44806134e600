"""Topic words of the target languages -> English terms, for queries when no translation model is installed.

>>> english_terms("урожая", "ru"), english_terms("ураджаі", "be")
(['harvest', 'crop'], ['harvest', 'crop'])

Every article is English at the source; a journalist searching in Russian or Belarusian still
finds it when the query's topic words are expanded into English. The vocabulary (glossary.tsv
beside this file, one concept a line: a column per language with Language.glossary (Russian
forms, Belarusian forms), then the English terms) covers
the regional-news topics of Belarusian and CIS government sites: government and elections,
security, economy and industry, agriculture, health, education, culture and sport, transport,
emergencies, places. Entries are keyed by the language's stem, so inflected query words
match: урожая, урожаем, ураджаю, ураджаямі.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..languages import resolve
from .language import LanguageRegistry

GLOSSARY_FILE = Path(__file__).with_name("glossary.tsv")
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_FLEETING = re.compile(r"[оеёа]([кцнл])$")
_BASE_END = re.compile(r"(?:ий|ый|ой|ая|ое|ые|ие|ія|ыя|ае|ое|ь|й|а|я|о|е|ы|и|і|у|ю)$")


@dataclass(frozen=True)
class GlossaryEntry:
    forms_by_lang: dict[str, tuple[str, ...]]  # language code -> its forms (its column)
    en: tuple[str, ...]  # the source language's terms (the last column)

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.forms_by_lang.get(lang, ())


class _Column:
    """One language's column: its stemmer and inflection rules (Language.glossary)."""

    def __init__(self, language, vowels: str):
        self.code, self.stem, self.rules = language.code, language.stem, language.glossary
        self.vowels = vowels

    def normalise(self, text: str) -> str:
        return text.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")

    def keys(self, word: str) -> list[str]:
        """Look-up keys of one word: its stem, and the stem without a final vowel (Snowball gives
        урожай -> урожа but урожая -> урож)."""
        stem = self.stem(self.normalise(word))
        keys = [stem]
        bare = stem.rstrip(self.vowels)
        if bare != stem and len(bare) >= 3:
            keys.append(bare)
        return keys

    def inflected_forms(self, word: str) -> set[str]:
        """The forms a word takes in case: the word's ending swapped for each case ending
        (Snowball stems визит to виз but визитом to визит; the glossary lists only one form)."""
        w = self.normalise(word)
        base = _BASE_END.sub("", w) if len(w) > 4 else w
        forms = set()
        # a fleeting vowel leaves the stem in the other cases: рынок -> рынка, замак -> замка
        bases = {base, _FLEETING.sub(r"\1", base)} if len(base) > 4 else {base}
        for b in bases:
            forms.update(b + ending for ending in self.rules.case_endings)
        for hard, soft in self.rules.softenings:
            if base.endswith(hard):
                forms.add(base[: -len(hard)] + soft)
        return forms

    def inflected_keys(self, word: str) -> set[str]:
        """Look-up keys of the forms a word takes in case."""
        return {key for form in self.inflected_forms(word) for key in self.keys(form)}


def glossary_languages(languages: LanguageRegistry) -> list:
    """The registry's languages with a glossary column, in column order."""
    return sorted((lang for lang in languages if lang.glossary is not None), key=lambda lang: lang.glossary.column)


def load_entries(path: str | Path | None = None, languages: LanguageRegistry | None = None) -> list[GlossaryEntry]:
    """Read glossary.tsv: one column per language with a glossary column (Language.glossary),
    then the source language's terms, separated by tabs."""
    path = Path(path or GLOSSARY_FILE)
    languages = resolve(languages)
    columns = glossary_languages(languages)
    width = max((lang.glossary.column for lang in columns), default=-1) + 2
    names = ", ".join([lang.code for lang in columns] + [languages.source.code])
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            raise ValueError(f"{path}:{number}: expected {width} tab-separated columns ({names}), got {len(cells)}")
        split = [tuple(f.strip() for f in cell.split(",") if f.strip()) for cell in cells]
        forms = {lang.code: split[lang.glossary.column] for lang in columns}
        en = split[-1]
        if not en or not any(forms.values()):
            raise ValueError(f"{path}:{number}: an entry needs {languages.source.english_name} terms and a form "
                             f"in another language")
        entries.append(GlossaryEntry(forms, en))
    return entries


def _add(index: dict[str, list[str]], key: str, terms: tuple[str, ...]) -> None:
    bucket = index.setdefault(key, [])
    bucket.extend(t for t in terms if t not in bucket)


class Glossary:
    """Stem-keyed look-up of English terms for the words and phrases of each language with a
    glossary column (Language.glossary)."""

    def __init__(self, entries: list[GlossaryEntry], languages: LanguageRegistry | None = None):
        self.entries = entries
        self.languages = languages = resolve(languages)
        readers = glossary_languages(languages)
        vowels = "".join(dict.fromkeys(v for lang in readers for v in lang.vowels))
        self._columns = {lang.code: _Column(lang, vowels) for lang in readers}
        codes = tuple(self._columns)
        # words too vague to stand for their phrase, in any column
        generic_words = frozenset().union(*(lang.glossary.generic_words for lang in readers))
        self._words: dict[str, dict[str, list[str]]] = {lang: {} for lang in codes}
        self._phrases: dict[str, dict[tuple[str, ...], list[str]]] = {lang: {} for lang in codes}
        # word -> {(phrase length, English terms)} for words met inside phrases
        phrase_words: dict[str, dict[str, set[tuple[int, tuple[str, ...]]]]] = {lang: {} for lang in codes}
        inflected: dict[str, dict[str, tuple[str, ...]]] = {lang: {} for lang in codes}
        # Exact word forms first: stems collide (сыр/сырьё, семья/семена, метр/метро, учения/учёные
        # share a Snowball stem), a listed or generated case form does not.
        self._surface: dict[str, dict[str, list[str]]] = {lang: {} for lang in codes}
        generated: dict[str, dict[str, tuple[str, ...] | None]] = {lang: {} for lang in codes}
        # generic words by stem, so their other forms count too (великая as well as великий)
        generic = {lang: {self._columns[lang].keys(g)[0] for g in generic_words} for lang in codes}
        for entry in entries:
            for lang, col in self._columns.items():
                for form in entry.forms(lang):
                    words = _WORD_RE.findall(col.normalise(form))
                    if len(words) == 1:
                        _add(self._surface[lang], words[0], entry.en)
                        for inflected_form in col.inflected_forms(words[0]):
                            # a form two concepts generate (метров: метр, метро) says nothing
                            seen = generated[lang].setdefault(inflected_form, entry.en)
                            if seen is not None and set(seen) != set(entry.en):
                                generated[lang][inflected_form] = None
                        own, *bare = col.keys(words[0])
                        _add(self._words[lang], own, entry.en)
                        for key in [*bare, *col.inflected_keys(words[0])]:
                            inflected[lang].setdefault(key, entry.en)
                    elif words:
                        keys = tuple(col.keys(w)[0] for w in words)
                        self._phrases[lang][keys] = list(entry.en)
                        # the last word inflected (уборка урожая / урожаем) is the phrase too
                        for key in col.inflected_keys(words[-1]):
                            self._phrases[lang].setdefault(keys[:-1] + (key,), list(entry.en))
                        for w in words:
                            if (w not in languages[lang].stopwords and w not in generic_words and len(w) >= 4
                                    and col.keys(w)[0] not in generic[lang]):
                                phrase_words[lang].setdefault(w, set()).add((len(words), entry.en))
        for lang, col in self._columns.items():
            for form, terms in generated[lang].items():
                if terms is not None and form not in self._surface[lang]:
                    self._surface[lang][form] = list(terms)
            # Keys of generated case forms (and stems less a final vowel) come after the listed
            # forms' own stems: ветеран's "ветер" must not shadow ветер (wind).
            for key, terms in inflected[lang].items():
                if key not in self._words[lang]:
                    _add(self._words[lang], key, terms)
            # A word met only inside phrases stands for its shortest phrase when that is one
            # concept ("железная" -> railway); a word of two equally short phrases says nothing.
            for word, uses in phrase_words[lang].items():
                shortest = min(n for n, _ in uses)
                concepts = {terms for n, terms in uses if n == shortest}
                if len(concepts) == 1:
                    terms = next(iter(concepts))
                    for key in col.keys(word) + sorted(col.inflected_keys(word)):
                        if key not in self._words[lang]:
                            _add(self._words[lang], key, terms)
        self._sorted_forms: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # forms_starting, built on use
        self._longest_phrase = max((len(p) for ps in self._phrases.values() for p in ps), default=1)

    @classmethod
    def load(cls, path: str | Path | None = None, languages: LanguageRegistry | None = None) -> "Glossary":
        return cls(load_entries(path, languages), languages)

    def english_terms(self, word: str, lang: str) -> list[str]:
        """English terms for one word of a language with a glossary column, in any case form ([] if none)."""
        col = self._columns.get(lang)
        if col is None or not word or not word.strip():
            return []
        words = _WORD_RE.findall(col.normalise(word))
        if len(words) > 1:
            return [t for _, terms in self.phrase_terms(word, lang) for t in terms]
        if not words or words[0] in self.languages[lang].stopwords:
            return []
        w = words[0]
        if w in self._surface[lang]:
            return list(self._surface[lang][w])
        for key in col.keys(w):
            if key in self._words[lang]:
                return list(self._words[lang][key])
        if col.rules.fallback is not None:
            other, spelling = col.rules.fallback
            return self.english_terms(w.translate(spelling), other)
        return []

    def phrase_terms(self, text: str, lang: str) -> list[tuple[str, list[str]]]:
        """[(words of the text, English terms)] reading `text` left to right, longest phrase first.

        >>> Glossary.load().phrase_terms("ахова здароўя ў Гомелі", "be")
        [('ахова здароўя', ['healthcare', 'health care']), ('Гомелі', ['Gomel'])]
        """
        col = self._columns.get(lang)
        if col is None:
            return []
        tokens = _WORD_RE.findall(text)
        keys = [col.keys(t)[0] for t in tokens]
        out: list[tuple[str, list[str]]] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self._longest_phrase, len(tokens) - i), 1, -1):
                terms = self._phrases[lang].get(tuple(keys[i: i + n]))
                if terms:
                    out.append((" ".join(tokens[i: i + n]), list(terms)))
                    i += n
                    break
            else:
                terms = self.english_terms(tokens[i], lang)
                if terms:
                    out.append((tokens[i], terms))
                i += 1
        return out

    def forms_starting(self, prefix: str, lang: str, limit: int = 20) -> list[tuple[str, tuple[str, ...]]]:
        """[(form, English terms)] of `lang`'s listed words and phrases that start with `prefix`
        (any case, ё as е), shortest first, at most `limit`; for completing a query being typed."""
        col = self._columns.get(lang)
        if col is None or not prefix:
            return []
        sorted_forms = self._sorted_forms.get(lang)
        if sorted_forms is None:
            sorted_forms = self._sorted_forms[lang] = sorted(
                {(col.normalise(form), entry.en) for entry in self.entries for form in entry.forms(lang)})
        prefix = col.normalise(prefix)
        i = bisect.bisect_left(sorted_forms, (prefix,))
        out = []
        while i < len(sorted_forms) and sorted_forms[i][0].startswith(prefix):
            out.append(sorted_forms[i])
            i += 1
        out.sort(key=lambda fe: (len(fe[0]), fe[0]))
        return out[:limit]

    def vocabulary(self) -> dict[str, set[str]]:
        """Every surface word of the glossary by language (the source: the words of its terms)."""
        source = self.languages.source.code
        vocab: dict[str, set[str]] = {source: set(), **{lang: set() for lang in self._columns}}
        for entry in self.entries:
            for lang, col in self._columns.items():
                for form in entry.forms(lang):
                    vocab[lang].update(_WORD_RE.findall(col.normalise(form)))
            for term in entry.en:
                vocab[source].update(w.lower() for w in _WORD_RE.findall(term))
        return vocab


def default_glossary(languages: LanguageRegistry | None = None) -> Glossary:
    """The bundled glossary read for `languages` (built once per registry: ~0.5 s; None is the
    default registry, the same glossary: one copy is ~50 MB)."""
    return _glossary_for(resolve(languages))


@lru_cache(maxsize=8)
def _glossary_for(languages: LanguageRegistry) -> Glossary:
    return Glossary.load(languages=languages)


@lru_cache(maxsize=50_000)
def _english_terms(word: str, lang: str, languages: LanguageRegistry) -> tuple[str, ...]:
    return tuple(default_glossary(languages).english_terms(word, lang))


def english_terms(word: str, lang: str, languages: LanguageRegistry | None = None) -> list[str]:
    """English terms for a word (any case form) or phrase of a glossary language; [] if none."""
    return list(_english_terms(word, lang, resolve(languages)))


def phrase_terms(text: str, lang: str, languages: LanguageRegistry | None = None) -> list[tuple[str, list[str]]]:
    """Glossary matches in a whole query, multi-word phrases first (see Glossary.phrase_terms)."""
    return default_glossary(resolve(languages)).phrase_terms(text, lang)


def forms_starting(prefix: str, lang: str, languages: LanguageRegistry | None = None,
                   limit: int = 20) -> list[tuple[str, tuple[str, ...]]]:
    """The glossary's words and phrases of `lang` starting with `prefix` (Glossary.forms_starting)."""
    return default_glossary(resolve(languages)).forms_starting(prefix, lang, limit)


def vocabulary(languages: LanguageRegistry | None = None) -> dict[str, set[str]]:
    return default_glossary(resolve(languages)).vocabulary()


def english_stems(terms: list[str], languages: LanguageRegistry | None = None) -> set[str]:
    """The source language analyzer's stems of `terms` (what they match in its fields)."""
    stem = resolve(languages).source.stem
    return {stem(w.lower()) for t in terms for w in _WORD_RE.findall(t)}
