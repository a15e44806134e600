"""Which of the registered languages a query is in (English, Russian or Belarusian by default).

>>> detect_language("визит Вольфовича"), detect_language("візіт Вальфовіча"), detect_language("CSTO visit")
('ru', 'be', 'en')

Queries are short, so this reads letters and function words rather than statistics: the
script first, then each language's marker letters, words and spelling patterns (Language):
Belarusian alone has і, ў and the apostrophe inside a word (сям’я, аб'ява); Russian alone
has и, щ, ъ. Latin text is English (the source language of every article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages import resolve
from .language import APOSTROPHES, SCRIPTS, Language, LanguageRegistry

_WORD_RE = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")
# Share of letters that must be in another script than the source language's for a query to
# count as in that script: a Russian query may carry a Latin name ("Volfovich визит"), an
# English one rarely a Cyrillic word.
CYRILLIC_SHARE = 0.3
# Weights of the evidence for one language of a script: a letter only it has (once per word),
# a common word only it has, each spelling pattern typical of it.
LETTER_WEIGHT, WORD_WEIGHT, PATTERN_WEIGHT = 2.0, 1.5, 0.5


def detect_language(text: str, languages: LanguageRegistry | None = None) -> str:
    """The code of the registry's language `text` (a query or a text) is in; the source
    language when there is nothing to tell by."""
    return _detect(text, resolve(languages))


@lru_cache(maxsize=20_000)
def _detect(text: str, languages: LanguageRegistry) -> str:
    source = languages.source
    if not text:
        return source.code  # empty or letterless input: search the source language
    counts = dict.fromkeys(SCRIPTS, 0)
    for ch in text:
        for script, test in SCRIPTS.items():
            if test(ch):
                counts[script] += 1
                break
    letters = sum(counts.values())
    others = [(n, script) for script, n in counts.items() if script != source.script and n]
    if not others:
        return source.code
    n, script = max(others)
    candidates = languages.of_script(script)
    if not candidates or n < CYRILLIC_SHARE * letters:
        return source.code
    return _within_script(text.lower(), candidates, script)


@lru_cache(maxsize=8)
def _patterns(language: Language) -> re.Pattern | None:
    return re.compile(language.marker_patterns) if language.marker_patterns else None


def _within_script(text: str, candidates: tuple[Language, ...], script: str) -> str:
    """The best-evidenced language of one script; the first registered one (Russian among the
    Cyrillic ones: "Минск" is Russian anyway) when no letter or word tells them apart."""
    if len(candidates) == 1:
        return candidates[0].code
    in_script = SCRIPTS[script]
    scores = [0.0] * len(candidates)
    for word in _WORD_RE.findall(text):
        if not any(in_script(ch) for ch in word):
            continue
        letters = set(word)
        for i, lang in enumerate(candidates):
            if letters & lang.marker_letters:
                scores[i] += LETTER_WEIGHT
            if word in lang.marker_words:
                scores[i] += WORD_WEIGHT
            pattern = _patterns(lang)
            if pattern is not None:
                scores[i] += PATTERN_WEIGHT * len(pattern.findall(word))
    best = max(scores)
    winners = [lang for lang, score in zip(candidates, scores) if score == best]
    return winners[0].code if len(winners) == 1 else candidates[0].code
