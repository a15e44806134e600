"""Russian and Belarusian topic words -> English terms, for queries when no translation model is installed.

>>> english_terms("урожая", "ru"), english_terms("ураджаі", "be")
(['harvest', 'crop'], ['harvest', 'crop'])

Every article is English at the source; a journalist searching in Russian or Belarusian still
finds it when the query's topic words are expanded into English. The vocabulary (glossary.tsv
beside this file, one concept a line: Russian forms, Belarusian forms, English terms) covers
the regional-news topics of Belarusian and CIS government sites: government and elections,
security, economy and industry, agriculture, health, education, culture and sport, transport,
emergencies, places. Entries are keyed by stem (stem_ru / stem_be), so inflected query words
match: урожая, урожаем, ураджаю, ураджаямі.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .analysis import STOPWORDS
from .stemmers import stem_be, stem_en, stem_ru

GLOSSARY_FILE = Path(__file__).with_name("glossary.tsv")
LANGS = ("ru", "be")
_STEM = {"ru": stem_ru, "be": stem_be}
_VOWELS = "аеёиоуыэюяі"
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
# Belarusian spelling -> Russian spelling, to try the Russian side for a Belarusian word the
# Belarusian column lacks (прэзідэнт -> президент, візіт -> визит).
_BE_TO_RU = str.maketrans({"і": "и", "ў": "в", "э": "е", "'": "ъ", "’": "ъ", "ʼ": "ъ"})
# Words of a phrase that say too little alone to stand for the phrase ("день" of "день знаний").
_GENERIC = frozenset("""
    день дзень год новый новы первый першы общий агульны великий вялікі единый адзіны места месцы
    рабочие рабочыя национальный нацыянальны государственный дзяржаўны белорусский беларускі
    """.split())


@dataclass(frozen=True)
class GlossaryEntry:
    ru: tuple[str, ...]
    be: tuple[str, ...]
    en: tuple[str, ...]

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.ru if lang == "ru" else self.be


def _normalise(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


def _keys(word: str, lang: str) -> list[str]:
    """Look-up keys of one word: its stem, and the stem without a final vowel (Snowball gives
    урожай -> урожа but урожая -> урож)."""
    w = _normalise(word)
    stem = _STEM[lang](w)
    keys = [stem]
    bare = stem.rstrip(_VOWELS)
    if bare != stem and len(bare) >= 3:
        keys.append(bare)
    return keys


# Case endings tried on each glossary word, so that its inflected forms' stems are keys too:
# Snowball stems визит to виз but визитом to визит; the glossary lists only one form.
_INFLECTIONS = {
    "ru": ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ой", "ою", "ей", "ью", "ю", "я",
           "ий", "ого", "ому", "ым", "ых", "ую", "ая", "ое", "ые"),
    "be": ("", "а", "у", "ам", "ом", "е", "ы", "і", "аў", "ах", "амі", "ой", "ай", "ою", "ю", "я", "ем", "ям",
           "ага", "аму", "ым", "ых", "ую", "ая", "ае", "ыя", "ія", "ім", "іх"),
}
_FLEETING = re.compile(r"[оеёа]([кцнл])$")
_BASE_END = re.compile(r"(?:ий|ый|ой|ая|ое|ые|ие|ія|ыя|ае|ое|ь|й|а|я|о|е|ы|и|і|у|ю)$")


def _inflected_forms(word: str, lang: str) -> set[str]:
    """The forms a word takes in case: the word's ending swapped for each case ending."""
    w = _normalise(word)
    base = _BASE_END.sub("", w) if len(w) > 4 else w
    forms = set()
    # a fleeting vowel leaves the stem in the other cases: рынок -> рынка, замак -> замка
    bases = {base, _FLEETING.sub(r"\1", base)} if len(base) > 4 else {base}
    for b in bases:
        forms.update(b + ending for ending in _INFLECTIONS[lang])
    if lang == "be":
        # the locative softens the last consonant: візіт -> візіце, горад -> горадзе, рака -> рацэ
        for hard, soft in (("т", "це"), ("д", "дзе"), ("к", "цы"), ("к", "цэ"), ("г", "зе"), ("х", "се")):
            if base.endswith(hard):
                forms.add(base[: -len(hard)] + soft)
    return forms


def _inflected_keys(word: str, lang: str) -> set[str]:
    """Look-up keys of the forms a word takes in case."""
    return {key for form in _inflected_forms(word, lang) for key in _keys(form, lang)}


def load_entries(path: str | Path | None = None) -> list[GlossaryEntry]:
    """Read glossary.tsv: Russian, Belarusian and English columns separated by tabs."""
    path = Path(path or GLOSSARY_FILE)
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{path}:{number}: expected 3 tab-separated columns (ru, be, en), got {len(cells)}")
        ru, be, en = (tuple(f.strip() for f in cell.split(",") if f.strip()) for cell in cells)
        if not en or not (ru or be):
            raise ValueError(f"{path}:{number}: an entry needs English terms and a Russian or Belarusian form")
        entries.append(GlossaryEntry(ru, be, en))
    return entries


def _add(index: dict[str, list[str]], key: str, terms: tuple[str, ...]) -> None:
    bucket = index.setdefault(key, [])
    bucket.extend(t for t in terms if t not in bucket)


class Glossary:
    """Stem-keyed look-up of English terms for Russian and Belarusian words and phrases."""

    def __init__(self, entries: list[GlossaryEntry]):
        self.entries = entries
        self._words: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGS}
        self._phrases: dict[str, dict[tuple[str, ...], list[str]]] = {lang: {} for lang in LANGS}
        # word -> {(phrase length, English terms)} for words met inside phrases
        phrase_words: dict[str, dict[str, set[tuple[int, tuple[str, ...]]]]] = {lang: {} for lang in LANGS}
        inflected: dict[str, dict[str, tuple[str, ...]]] = {lang: {} for lang in LANGS}
        # Exact word forms first: stems collide (сыр/сырьё, семья/семена, метр/метро, учения/учёные
        # share a Snowball stem), a listed or generated case form does not.
        self._surface: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGS}
        generated: dict[str, dict[str, tuple[str, ...] | None]] = {lang: {} for lang in LANGS}
        # generic words by stem, so their other forms count too (великая as well as великий)
        generic = {lang: {_keys(g, lang)[0] for g in _GENERIC} for lang in LANGS}
        for entry in entries:
            for lang in LANGS:
                for form in entry.forms(lang):
                    words = _WORD_RE.findall(_normalise(form))
                    if len(words) == 1:
                        _add(self._surface[lang], words[0], entry.en)
                        for inflected_form in _inflected_forms(words[0], lang):
                            # a form two concepts generate (метров: метр, метро) says nothing
                            seen = generated[lang].setdefault(inflected_form, entry.en)
                            if seen is not None and set(seen) != set(entry.en):
                                generated[lang][inflected_form] = None
                        own, *bare = _keys(words[0], lang)
                        _add(self._words[lang], own, entry.en)
                        for key in [*bare, *_inflected_keys(words[0], lang)]:
                            inflected[lang].setdefault(key, entry.en)
                    elif words:
                        keys = tuple(_keys(w, lang)[0] for w in words)
                        self._phrases[lang][keys] = list(entry.en)
                        # the last word inflected (уборка урожая / урожаем) is the phrase too
                        for key in _inflected_keys(words[-1], lang):
                            self._phrases[lang].setdefault(keys[:-1] + (key,), list(entry.en))
                        for w in words:
                            if (w not in STOPWORDS[lang] and w not in _GENERIC and len(w) >= 4
                                    and _keys(w, lang)[0] not in generic[lang]):
                                phrase_words[lang].setdefault(w, set()).add((len(words), entry.en))
        for lang in LANGS:
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
                    for key in _keys(word, lang) + sorted(_inflected_keys(word, lang)):
                        if key not in self._words[lang]:
                            _add(self._words[lang], key, terms)
        self._longest_phrase = max((len(p) for ps in self._phrases.values() for p in ps), default=1)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Glossary":
        return cls(load_entries(path))

    def english_terms(self, word: str, lang: str) -> list[str]:
        """English terms for one Russian or Belarusian word in any case form ([] if none)."""
        if lang not in LANGS or not word or not word.strip():
            return []
        words = _WORD_RE.findall(_normalise(word))
        if len(words) > 1:
            return [t for _, terms in self.phrase_terms(word, lang) for t in terms]
        if not words or words[0] in STOPWORDS[lang]:
            return []
        w = words[0]
        if w in self._surface[lang]:
            return list(self._surface[lang][w])
        for key in _keys(w, lang):
            if key in self._words[lang]:
                return list(self._words[lang][key])
        if lang == "be":
            return self.english_terms(w.translate(_BE_TO_RU), "ru")
        return []

    def phrase_terms(self, text: str, lang: str) -> list[tuple[str, list[str]]]:
        """[(words of the text, English terms)] reading `text` left to right, longest phrase first.

        >>> Glossary.load().phrase_terms("ахова здароўя ў Гомелі", "be")
        [('ахова здароўя', ['healthcare', 'health care']), ('Гомелі', ['Gomel'])]
        """
        if lang not in LANGS:
            return []
        tokens = _WORD_RE.findall(text)
        keys = [_keys(t, lang)[0] for t in tokens]
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

    def vocabulary(self) -> dict[str, set[str]]:
        """Every surface word of the glossary by language (en: the words of the English terms)."""
        vocab: dict[str, set[str]] = {"en": set(), "ru": set(), "be": set()}
        for entry in self.entries:
            for lang in LANGS:
                for form in entry.forms(lang):
                    vocab[lang].update(_WORD_RE.findall(_normalise(form)))
            for term in entry.en:
                vocab["en"].update(w.lower() for w in _WORD_RE.findall(term))
        return vocab


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return Glossary.load()


@lru_cache(maxsize=50_000)
def _english_terms(word: str, lang: str) -> tuple[str, ...]:
    return tuple(default_glossary().english_terms(word, lang))


def english_terms(word: str, lang: str) -> list[str]:
    """English terms for a Russian or Belarusian word (any case form) or phrase; [] if none."""
    return list(_english_terms(word, lang))


def phrase_terms(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """Glossary matches in a whole query, multi-word phrases first (see Glossary.phrase_terms)."""
    return default_glossary().phrase_terms(text, lang)


def vocabulary() -> dict[str, set[str]]:
    return default_glossary().vocabulary()


def english_stems(terms: list[str]) -> set[str]:
    """The English analyzer's stems of `terms` (what they match in the English fields)."""
    return {stem_en(w.lower()) for t in terms for w in _WORD_RE.findall(t)}
