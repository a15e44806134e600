"""Text typed in the wrong keyboard layout: "ehj;fq" meant "урожай", "Сыещ" meant "Csto".

>>> repair_layout("ehj;fq"), repair_layout("Дглфырутлщ"), repair_layout("урожай")
('урожай', 'Lukashenko', None)

The same physical keys under QWERTY (English), ЙЦУКЕН (Russian) and the Belarusian layout,
which differs from the Russian one in three keys: і where Russian has и, ў where Russian has
щ, and the apostrophe where Russian has ъ. A word is repaired only when its repaired form is
clearly better: a known word (glossary, registry, stopwords, or the caller's vocabulary)
against an unknown one, or a word-shaped string against one that cannot be a word in its
language (no vowel, punctuation inside, impossible letter pairs).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Callable

from .letterstats import UNSEEN, word_likeness

# Keys in the same order on each layout: unshifted then shifted.
_QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
_RUSSIAN = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_BELARUSIAN = "ёйцукенгшўзх'фывапролджэячсмітьбю." + "ЁЙЦУКЕНГШЎЗХ'ФЫВАПРОЛДЖЭЯЧСМІТЬБЮ,"
assert len(_QWERTY) == len(_RUSSIAN) == len(_BELARUSIAN)

_TO_RUSSIAN = str.maketrans(_QWERTY, _RUSSIAN)
_TO_BELARUSIAN = str.maketrans(_QWERTY, _BELARUSIAN)
_FROM_CYRILLIC = {**{ord(c): q for c, q in zip(_RUSSIAN, _QWERTY)}, **{ord(c): q for c, q in zip(_BELARUSIAN, _QWERTY)}}
# "," and "." are letters on one layout and punctuation on the other; keep them out of the key
# map when they end a token (handled as trailing punctuation).
_LATIN_TOKEN = re.compile(r"[A-Za-z`~\[\]{};:'\",.<>]+")
_CYRILLIC_TOKEN = re.compile(r"[\u0400-\u04ff'’]+(?:[.,][\u0400-\u04ff]+)*")

log = logging.getLogger(__name__)

KnownWords = Callable[[str, str], bool]

# A repair must make a word at least this much more word-like (mean log10 letter-pair
# frequency, see letterstats) and leave it at least this word-like.
MIN_GAIN = 0.8
MIN_LIKENESS = -3.3
KNOWN_BONUS = 1.5
BELARUSIAN_MARGIN = 0.3
MIN_STANDALONE = 3  # shorter tokens ("d" for "в") are repaired only beside a repaired word
_FOREIGN_LETTERS = {"ru": set("іў'’"), "be": set("ищъ"), "en": set()}
def _known(word: str, lang: str, known: KnownWords | None) -> bool:
    low = word.lower()
    if known is not None and known(low, lang):
        return True
    return _builtin_known(low, lang)


@lru_cache(maxsize=50_000)
def _builtin_known(word: str, lang: str) -> bool:
    vocab, stems = _vocabulary()
    if word in vocab.get(lang, ()):
        return True
    from .stemmers import stem_be, stem_en, stem_ru

    stem = {"en": stem_en, "ru": stem_ru, "be": stem_be}[lang](word)
    return len(stem) >= 3 and stem in stems.get(lang, ())


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Words of each language this package already knows: stopwords, glossary, entity names."""
    from .analysis import STOPWORDS
    from .stemmers import stem_be, stem_en, stem_ru

    vocab: dict[str, set[str]] = {lang: set(words) for lang, words in STOPWORDS.items()}
    from . import glossary

    for lang, words in glossary.vocabulary().items():
        vocab.setdefault(lang, set()).update(words)
    try:
        from ..entities.registry import EntityRegistry

        for entity in EntityRegistry.load():
            for lang, label in entity.labels.items():
                vocab.setdefault(lang, set()).update(w.lower() for w in re.findall(r"\w+", label))
            for alias in entity.aliases:
                script = "en" if alias.isascii() else ("be" if re.search("[іў’']", alias) else "ru")
                vocab.setdefault(script, set()).update(w.lower() for w in re.findall(r"\w+", alias))
    except (OSError, ValueError, TypeError, KeyError) as exc:  # a broken registry must not break queries
        log.warning("keyboard: entity registry not used for layout repair: %s", exc)
    stem = {"en": stem_en, "ru": stem_ru, "be": stem_be}
    stems = {lang: {stem[lang](w) for w in words if len(w) >= 3} for lang, words in vocab.items() if lang in stem}
    return vocab, stems


def _score(word: str, lang: str, known: KnownWords | None) -> float:
    """Word-likeness of `word` in `lang`, raised for a known word."""
    low = word.lower()
    if lang == "en":
        letters, allowed = re.sub(r"'s$|n't$", "", low), ""  # an apostrophe only in "'s" and "n't"
    else:
        letters, allowed = low, "'’"
    if any(not ch.isalpha() and ch not in allowed for ch in letters) or set(letters) & _FOREIGN_LETTERS[lang]:
        return UNSEEN  # punctuation inside a word ("ehj;fq"), и in Belarusian, ў in Russian
    score = word_likeness(letters, lang)
    return score + KNOWN_BONUS if _known(letters, lang, known) else score


def _split_trailing(token: str) -> tuple[str, str]:
    """'cnjk,' -> ('cnjk', ','): a final comma or full stop is more often punctuation."""
    core = token.rstrip(",.")
    return (core, token[len(core):]) if core else (token, "")


def _repair_latin(token: str, known: KnownWords | None) -> tuple[str, float, float]:
    original = _score(token, "en", known)
    best, best_score = token, original
    for core, trail in {(token, ""), _split_trailing(token)}:
        for lang, table in (("ru", _TO_RUSSIAN), ("be", _TO_BELARUSIAN)):
            candidate = core.translate(table)
            # Russian is typed far more often: Belarusian wins only when clearly more word-like.
            score = _score(candidate, lang, known) - (BELARUSIAN_MARGIN if lang == "be" else 0.0)
            if score > best_score:
                best, best_score = candidate + trail, score
    return best, original, best_score


def _repair_cyrillic(token: str, known: KnownWords | None) -> tuple[str, float, float]:
    original = max(_score(token, "ru", known), _score(token, "be", known))
    candidate = token.translate(_FROM_CYRILLIC)
    return candidate, original, _score(candidate, "en", known)


def _better(old: float, new: float) -> bool:
    return new - old >= MIN_GAIN and new >= MIN_LIKENESS


def repair_layout(text: str, known: KnownWords | None = None) -> str | None:
    """The text as meant if it was typed in the wrong layout (ru/be <-> en), else None.

    `known(word, lang)` may add the caller's vocabulary (e.g. the index's terms).
    """
    if not text or not text.strip():
        return None
    pieces: list[tuple[int, int, str, float, float]] = []  # start, end, candidate, old score, new score
    for pattern, repair in ((_LATIN_TOKEN, _repair_latin), (_CYRILLIC_TOKEN, _repair_cyrillic)):
        for m in pattern.finditer(text):
            token = m.group(0)
            if not any(ch.isalpha() for ch in token):
                continue
            candidate, old, new = repair(token, known)
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
