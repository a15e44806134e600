"""Where a query goes: its language, names across scripts, wrong-layout repair, glossary terms.

The language tools (searchsvc.lang) and the entity registry do the linguistics; this module only
adapts them for queries and keeps the search side working with a minimal rule where a tool is
not installed yet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages import SOURCE

WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_BELARUSIAN_ONLY = re.compile(r"[іўІЎ’ʼ']")


def detect_query_language(text: str) -> str:
    """'en' | 'ru' | 'be' for a query (short text)."""
    try:
        from ..lang.detect import detect_language
    except ImportError:
        # the lang engineer's detector is not installed: Latin -> en; Cyrillic with і/ў/’ -> be
        if not _CYRILLIC.search(text):
            return SOURCE
        return "be" if _BELARUSIAN_ONLY.search(text) else "ru"
    return detect_language(text)


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str | None:
    """Script-independent skeleton of a name (None without the transliteration module)."""
    try:
        from ..lang.translit import name_key as key
    except ImportError:
        return None
    return key(word) or None


def repair_layout(text: str) -> str | None:
    """Text typed with the wrong keyboard layout, retyped in the right one (or None)."""
    try:
        from ..lang.keyboard import repair_layout as repair
    except ImportError:
        return None
    repaired = repair(text)
    return repaired if repaired and repaired.strip() and repaired != text else None


def english_terms(words: list[str], lang: str) -> dict[str, list[str]]:
    """ru/be topic word -> English terms from the glossary (empty without the glossary)."""
    if lang == SOURCE:
        return {}
    try:
        from ..lang.glossary import english_terms as lookup
    except ImportError:
        return {}
    out = {}
    for word in words:
        terms = lookup(word, lang)
        if isinstance(terms, str):
            terms = [terms]
        if terms:
            out[word] = list(terms)
    return out


def lookup_entities(registry, text: str) -> list[tuple[str, str]]:
    """[(entity id, matched form)] for the names in `text`, any script or case form."""
    lookup = getattr(registry, "lookup", None)
    if lookup is not None:
        return list(lookup(text))
    # minimal rule until EntityRegistry.lookup lands: whole-name or alias match, case-insensitive
    words = [w.lower() for w in WORD.findall(text)]
    joined = " " + " ".join(words) + " "
    found = []
    for entity in registry:
        for name in entity.names():
            form = " ".join(w.lower() for w in WORD.findall(name))
            if form and f" {form} " in joined:
                found.append((entity.id, name))
                break
    return found
