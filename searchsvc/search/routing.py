"""Where a query goes: its language, names across scripts, wrong-layout repair, glossary terms.

The language tools (searchsvc.lang) and the entity registry do the linguistics; this module only
adapts them for queries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.detect import detect_language
from ..lang.glossary import english_terms as glossary_terms
from ..lang.keyboard import repair_layout as keyboard_repair
from ..lang.translit import name_key as translit_key
from ..languages import SOURCE

WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")


def detect_query_language(text: str) -> str:
    """'en' | 'ru' | 'be' for a query (short text)."""
    return detect_language(text)


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str | None:
    """Script-independent skeleton of a name."""
    return translit_key(word) or None


def repair_layout(text: str) -> str | None:
    """Text typed with the wrong keyboard layout, retyped in the right one (or None)."""
    repaired = keyboard_repair(text)
    return repaired if repaired and repaired.strip() and repaired != text else None


def english_terms(words: list[str], lang: str) -> dict[str, list[str]]:
    """ru/be topic word -> English terms from the glossary."""
    if lang == SOURCE:
        return {}
    out = {}
    for word in words:
        terms = glossary_terms(word, lang)
        if terms:
            out[word] = list(terms)
    return out


def lookup_entities(registry, text: str) -> list[tuple[str, str]]:
    """[(entity id, matched form)] for the names in `text`, any script or case form."""
    return list(registry.lookup(text))
