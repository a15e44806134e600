"""Analyzers by composition, one per language.

>>> [t.text for t in analyzer("ru")("Вольфовичем")], [t.text for t in analyzer("be")("Вальфовічам")]
(['вольфович'], ['вальфовіч'])
"""

from __future__ import annotations

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.support.charset import accent_map

from . import stemmers

# Words with apostrophes (Belarusian "аб'ява", "сям’я") stay one token.
TOKEN_PATTERN = r"\w+(?:['’ʼ]\w+)*"

STOPWORDS = {
    "en": frozenset("a an and are as at be by for from has have in is it its of on or that the this to was were will with".split()),
    "ru": frozenset("и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему для при".split()),
    "be": frozenset("і ў у не што ён на я з са як а то ўсе яна так яго але да ты к же вы за б па толькі яе мне было вось ад мяне яшчэ няма аб з для пры".split()),
}

_STEMS = {"en": stemmers.stem_en, "ru": stemmers.stem_ru, "be": stemmers.stem_be}


def analyzer(lang: str):
    """Tokenize, lowercase, drop stopwords, stem in `lang`."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | StopFilter(stoplist=STOPWORDS[lang], minsize=1)
    return chain | StemFilter(stemfn=_STEMS[lang], cachesize=None)  # stem functions cache themselves


def name_analyzer():
    """Names in any script: lowercase, fold accents; no stemming (aliases carry the forms)."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
