"""Text typed in the wrong keyboard layout: "ehj;fq" meant "урожай", "Сыещ" meant "Csto".

>>> repair_layout("ehj;fq"), repair_layout("Дглфырутлщ"), repair_layout("урожай")
('урожай', 'Lukashenko', None)

The same physical keys under each registered language's layout (Language.keyboard: QWERTY for
English, ЙЦУКЕН for Russian, the Belarusian layout, which differs from the Russian one in three
keys: і where Russian has и, ў where Russian has щ, and the apostrophe where Russian has ъ). A word is repaired only when its repaired form is
clearly better: a known word (glossary, stopwords, or the caller's vocabulary: entity names)
against an unknown one, or a word-shaped string against one that cannot be a word in its
language (no vowel, punctuation inside, impossible letter pairs).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..languages import resolve
from .language import Language, LanguageRegistry, foreign_letters
from .letterstats import UNSEEN, word_likeness

# "," and "." are letters on one layout and punctuation on the other; keep them out of the key
# map when they end a token (handled as trailing punctuation).
_LATIN_TOKEN = re.compile(r"[A-Za-z`~\[\]{};:'\",.<>]+")
_CYRILLIC_TOKEN = re.compile(r"[\u0400-\u04ff'’]+(?:[.,][\u0400-\u04ff]+)*")

KnownWords = Callable[[str, str], bool]

# A repair must make a word at least this much more word-like (mean log10 letter-pair
# frequency, see letterstats) and leave it at least this word-like.
MIN_GAIN = 0.8
MIN_LIKENESS = -3.3
KNOWN_BONUS = 1.5
MIN_STANDALONE = 3  # shorter tokens ("d" for "в") are repaired only beside a repaired word
# English contractions: the only apostrophes an English word may have
_CLITICS = {"en": re.compile(r"'s$|n't$")}


class Layouts:
    """The registry's keyboard layouts as translation tables: the source language's keys (QWERTY)
    typed as each other language's, and every other layout's keys back to the source's."""

    def __init__(self, languages: LanguageRegistry):
        self.languages = languages
        self.source = languages.source
        keys = self.source.keyboard or ""
        self.retyped: list[tuple[Language, dict]] = []  # (language, source keys -> its letters)
        self.back: dict[int, str] = {}
        self.others: list[Language] = []
        for lang in languages.targets:
            if not lang.keyboard or not keys:
                continue
            if len(lang.keyboard) != len(keys):
                raise ValueError(f"language {lang.code!r}: keyboard has {len(lang.keyboard)} keys, "
                                 f"{self.source.code!r} has {len(keys)}")
            self.retyped.append((lang, str.maketrans(keys, lang.keyboard)))
            self.back.update({ord(c): q for c, q in zip(lang.keyboard, keys)})
            self.others.append(lang)
        self.foreign = {lang.code: foreign_letters(languages, lang) for lang in languages}


@lru_cache(maxsize=8)
def layouts(languages: LanguageRegistry) -> Layouts:
    return Layouts(languages)


def _known(word: str, lang: str, known: KnownWords | None, languages: LanguageRegistry) -> bool:
    low = word.lower()
    if known is not None and known(low, lang):
        return True
    return _builtin_known(low, lang, languages)


@lru_cache(maxsize=50_000)
def _builtin_known(word: str, lang: str, languages: LanguageRegistry) -> bool:
    vocab, stems = _vocabulary(languages)
    if word in vocab.get(lang, ()):
        return True
    stem = languages[lang].stem(word)
    return len(stem) >= 3 and stem in stems.get(lang, ())


@lru_cache(maxsize=8)
def _vocabulary(languages: LanguageRegistry) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Words of each language this package already knows: stopwords and the glossary. Entity
    names come from the caller (`known`: EntityRegistry.known_words), so lang never imports entities."""
    from . import glossary

    vocab: dict[str, set[str]] = {lang.code: set(lang.stopwords) for lang in languages}
    for lang, words in glossary.vocabulary(languages).items():
        vocab.setdefault(lang, set()).update(words)
    return vocab, _stems(vocab, languages)


def _stems(vocab: dict[str, set[str]], languages: LanguageRegistry) -> dict[str, set[str]]:
    return {lang: {languages[lang].stem(w) for w in words if len(w) >= 3}
            for lang, words in vocab.items() if lang in languages}


def known_words(vocab: dict[str, set[str]], languages: LanguageRegistry | None = None) -> KnownWords:
    """A `known` for repair_layout from lower-case words per language: a word or its stem (>= 3 letters).

    >>> known = known_words({"en": {"lukashenko"}}); known("lukashenko", "en")
    True
    """
    languages = resolve(languages)
    stems = _stems(vocab, languages)

    def known(word: str, lang: str) -> bool:
        if word in vocab.get(lang, ()):
            return True
        if lang not in languages:
            return False
        stem = languages[lang].stem(word)
        return len(stem) >= 3 and stem in stems.get(lang, ())

    return known


def _score(word: str, lang: str, known: KnownWords | None, languages: LanguageRegistry) -> float:
    """Word-likeness of `word` in `lang`, raised for a known word."""
    low = word.lower()
    language = languages[lang]
    clitics = _CLITICS.get(lang)
    letters = clitics.sub("", low) if clitics else low
    allowed = "'’" if "'" in language.alphabet else ""
    if any(not ch.isalpha() and ch not in allowed for ch in letters) or set(letters) & layouts(languages).foreign[lang]:
        return UNSEEN  # punctuation inside a word ("ehj;fq"), и in Belarusian, ў in Russian
    score = word_likeness(letters, lang)
    return score + KNOWN_BONUS if _known(letters, lang, known, languages) else score


def _split_trailing(token: str) -> tuple[str, str]:
    """'cnjk,' -> ('cnjk', ','): a final comma or full stop is more often punctuation."""
    core = token.rstrip(",.")
    return (core, token[len(core):]) if core else (token, "")


def _repair_latin(token: str, known: KnownWords | None, languages: LanguageRegistry) -> tuple[str, float, float]:
    original = _score(token, languages.source.code, known, languages)
    best, best_score = token, original
    for core, trail in {(token, ""), _split_trailing(token)}:
        for lang, table in layouts(languages).retyped:
            candidate = core.translate(table)
            # a layout typed less often (Belarusian) wins only when clearly more word-like
            score = _score(candidate, lang.code, known, languages) - lang.keyboard_margin
            if score > best_score:
                best, best_score = candidate + trail, score
    return best, original, best_score


def _repair_cyrillic(token: str, known: KnownWords | None, languages: LanguageRegistry) -> tuple[str, float, float]:
    found = layouts(languages)
    original = max((_score(token, lang.code, known, languages) for lang in found.others), default=UNSEEN)
    candidate = token.translate(found.back)
    return candidate, original, _score(candidate, languages.source.code, known, languages)


def _better(old: float, new: float) -> bool:
    return new - old >= MIN_GAIN and new >= MIN_LIKENESS


def repair_layout(text: str, known: KnownWords | None = None,
                  languages: LanguageRegistry | None = None) -> str | None:
    """The text as meant if it was typed in the wrong layout (ru/be <-> en), else None.

    `known(word, lang)` may add the caller's vocabulary (e.g. the index's terms).
    """
    if not text or not text.strip():
        return None
    languages = resolve(languages)
    pieces: list[tuple[int, int, str, float, float]] = []  # start, end, candidate, old score, new score
    for pattern, repair in ((_LATIN_TOKEN, _repair_latin), (_CYRILLIC_TOKEN, _repair_cyrillic)):
        for m in pattern.finditer(text):
            token = m.group(0)
            if not any(ch.isalpha() for ch in token):
                continue
            candidate, old, new = repair(token, known, languages)
            pieces.append((m.start(), m.end(), candidate, old, new))
    pieces.sort()
    def standalone(p) -> bool:
        return p[1] - p[0] >= MIN_STANDALONE and _better(p[3], p[4])

    repaired = [p for p in pieces if standalone(p)]
    if not repaired:
        return None
    # Short tokens ("d" for "в") cannot prove themselves; they follow a repaired neighbour.
    chosen = []
    for i, p in enumerate(pieces):
        start, end, candidate, old, new = p
        if standalone(p):
            chosen.append(p)
        elif end - start < MIN_STANDALONE and new > old and any(
            standalone(q) for q in pieces[max(0, i - 1): i + 2] if q is not p
        ):
            chosen.append(p)
    out, last = [], 0
    for start, end, candidate, _old, _new in chosen:
        out.append(text[last:start])
        out.append(candidate)
        last = end
    out.append(text[last:])
    result = "".join(out)
    return result if result != text else None
