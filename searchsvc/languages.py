"""The languages searchsvc knows: one registry of Language objects (searchsvc.lang.language).

>>> languages = default_languages()
>>> languages.source.code, languages.target_codes, languages["be"].name
('en', ('ru', 'be'), 'Беларуская')

Source articles are English; every article is translated into the other languages (the
targets). A language is one object: searchsvc/lang/<language>.py builds it (stopwords,
stemmer, dates, keyboard, transliteration, glossary column, page strings); its data files are
a column of lang/glossary.tsv and a table in lang/letter_bigrams.json. Add it to the list below
(or, for one deployment, `default_languages().with_language(...)`) and every component that
takes a `languages` registry picks it up. See docs/architecture.md, "Languages".
"""

from __future__ import annotations

from functools import lru_cache

from .lang.belarusian import belarusian
from .lang.english import english
from .lang.language import Language, LanguageRegistry
from .lang.russian import russian

__all__ = ["Language", "LanguageRegistry", "default_languages", "resolve"]


@lru_cache(maxsize=1)  # immutable: built once, shared as a value
def default_languages() -> LanguageRegistry:
    """English (the source), Russian, Belarusian."""
    return LanguageRegistry([english(), russian(), belarusian()], source="en")


def resolve(languages: LanguageRegistry | None) -> LanguageRegistry:
    """`languages`, or the default registry when None (the default of every `languages=` parameter)."""
    return default_languages() if languages is None else languages

