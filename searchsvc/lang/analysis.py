"""How text becomes terms, per language: tokenize, lowercase, drop stopwords, stem.

Engine-neutral: each declaration is a TextAnalysis (engines/base.py) that the index engine turns
into its own analyzer (engines/whoosh/analysis.py for Whoosh). A language's facts (token pattern,
stopwords, stemmer) come from its Language object (lang/language.py).

>>> from searchsvc.languages import default_languages
>>> ru, be = default_languages()["ru"], default_languages()["be"]
>>> analysis(ru).stem("вольфовичем"), analysis(be).stem("вальфовічам")
('вольфович', 'вальфовіч')
"""

from __future__ import annotations

from ..engines.base import TextAnalysis
from .language import TOKEN_PATTERN, Language


def analysis(language: Language) -> TextAnalysis:
    """Tokenize, lowercase, drop stopwords, stem in `language`."""
    return TextAnalysis("stemmed", language.token_pattern, language.stopwords, language.stem)


def name_analysis() -> TextAnalysis:
    """Names in any script: lowercase, fold accents; no stemming (aliases carry the forms)."""
    return TextAnalysis("names", TOKEN_PATTERN)


def line_analysis() -> TextAnalysis:
    """Each line (a title in one language) one lowercased term, for completing whole titles."""
    return TextAnalysis("lines", r"[^\n]+")
