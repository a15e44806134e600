"""How text becomes terms, per language: tokenize, lowercase, drop stopwords, stem.

Engine-neutral: each declaration is a TextAnalysis (engines/base.py) that the index engine turns
into its own analyzer (engines/whoosh/analysis.py for Whoosh).

>>> analysis("ru").stem("вольфовичем"), analysis("be").stem("вальфовічам")
('вольфович', 'вальфовіч')
"""

from __future__ import annotations

from ..engines.base import TextAnalysis
from . import stemmers

# Words with apostrophes (Belarusian "аб'ява", "сям’я") stay one token.
TOKEN_PATTERN = r"\w+(?:['’ʼ]\w+)*"

STOPWORDS = {
    "en": frozenset("a an and are as at be by for from has have in is it its of on or that the this to was were will with".split()),
    "ru": frozenset("и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему для при".split()),
    "be": frozenset("і ў у не што ён на я з са як а то ўсе яна так яго але да ты к же вы за б па толькі яе мне было вось ад мяне яшчэ няма аб з для пры".split()),
}

_STEMS = {"en": stemmers.stem_en, "ru": stemmers.stem_ru, "be": stemmers.stem_be}


def analysis(lang: str) -> TextAnalysis:
    """Tokenize, lowercase, drop stopwords, stem in `lang`."""
    return TextAnalysis("stemmed", TOKEN_PATTERN, STOPWORDS[lang], _STEMS[lang])


def name_analysis() -> TextAnalysis:
    """Names in any script: lowercase, fold accents; no stemming (aliases carry the forms)."""
    return TextAnalysis("names", TOKEN_PATTERN)


def line_analysis() -> TextAnalysis:
    """Each line (a title in one language) one lowercased term, for completing whole titles."""
    return TextAnalysis("lines", r"[^\n]+")
