"""Where a query goes: its language, names across scripts, wrong-layout repair, glossary terms.

The language tools (searchsvc.lang) and the entity registry do the linguistics; this module only
adapts them for queries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.detect import detect_language
from ..lang.glossary import english_terms as glossary_terms
from ..lang.glossary import phrase_terms as glossary_phrases
from ..lang.keyboard import repair_layout as keyboard_repair
from ..lang.language import same_script_siblings
from ..lang.translit import name_key as translit_key
from ..lang.translit import related_keys as translit_related_keys
from ..languages import LanguageRegistry, resolve

WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")


def detect_query_language(text: str, languages: LanguageRegistry | None = None) -> str:
    """The code of the registry's language a query (short text) is in."""
    return detect_language(text, languages)


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str | None:
    """Script-independent skeleton of a name."""
    return translit_key(word) or None


@lru_cache(maxsize=100_000)
def related_keys(word: str) -> tuple[str, ...]:
    """Keys of the name's other shapes: a place's adjective or noun, -ić as -ич (lang.translit)."""
    return translit_related_keys(word)


# Query syntax that layout repair leaves as typed: a field prefix ("title:", typed or still being
# typed), the operators AND/OR/NOT, the quotes of a phrase, parentheses and a leading minus. On
# ЙЦУКЕН the keys of ':' '"' are Ж Э: "title:" is not "ешедуЖ".
_SYNTAX = re.compile(r'(?<![^\s(])[A-Za-z_]+:|(?<!\S)(?:AND|OR|NOT)(?!\S)|["()]|(?<![^\s(])-(?=\S)')


def repair_layout(text: str, languages: LanguageRegistry | None = None, registry=None) -> str | None:
    """Text typed with the wrong keyboard layout, retyped in the right one (or None); the entity
    registry's names count as known words ("Дглфырутлщ" -> "Lukashenko"). Query syntax stays as
    typed; only the words between it are repaired."""
    known = registry.known_words(languages) if registry is not None else None
    out, last = [], 0
    for m in [*_SYNTAX.finditer(text), None]:
        end = m.start() if m else len(text)
        words = text[last:end]
        if words.strip():
            words = keyboard_repair(words, known=known, languages=languages) or words
        out.append(words)
        if m:
            out.append(m.group())
            last = m.end()
    repaired = "".join(out)
    return repaired if repaired.strip() and repaired != text else None


def glossary_units(words: list[str], lang: str,
                   languages: LanguageRegistry | None = None) -> list[tuple[tuple[str, ...], list[str]]]:
    """The query's words in order, grouped into glossary units: a phrase the glossary knows
    ("уборочной кампании", "Минской области") is one unit with the phrase's English terms, any
    other word its own unit with its own terms ([] when none). A unit is one concept: ranking
    counts how many of them an article matches, so a phrase's terms are not counted per word.

    A word or phrase the query language's column lacks is tried in the other languages of its
    script: without і/ў/’ a Belarusian query ("лясны пажар") reads as Russian.
    """
    languages = resolve(languages)
    if lang not in languages or lang == languages.source.code:
        return [((w,), []) for w in words]
    sides = [lang] + [o.code for o in same_script_siblings(languages, languages[lang]) if o is not languages.source]
    lowered = [w.lower() for w in words]
    phrase_at: dict[int, tuple[int, list[str]]] = {}  # start index -> (length, terms)
    taken = [False] * len(words)
    for side in sides:
        for phrase, terms in glossary_phrases(" ".join(lowered), side, languages):
            parts = phrase.split()
            if len(parts) < 2:
                continue
            for i in range(len(lowered) - len(parts) + 1):
                if lowered[i:i + len(parts)] == parts and not any(taken[i:i + len(parts)]):
                    phrase_at[i] = (len(parts), list(terms))
                    taken[i:i + len(parts)] = [True] * len(parts)
                    break
    units, i = [], 0
    while i < len(words):
        if i in phrase_at:
            n, terms = phrase_at[i]
            units.append((tuple(words[i:i + n]), terms))
            i += n
        else:
            terms = next((t for side in sides if (t := glossary_terms(lowered[i], side, languages))), [])
            units.append(((words[i],), list(terms)))
            i += 1
    return units


def english_terms(words: list[str], lang: str, languages: LanguageRegistry | None = None) -> dict[str, list[str]]:
    """Topic word -> English terms from the glossary (a word of a phrase: the phrase's)."""
    return {w: terms for unit, terms in glossary_units(words, lang, languages) if terms for w in unit}


_LATIN_LOOKALIKE = str.maketrans("АВЕКМНОРСТХаеокмнорстх", "ABEKMHOPCTXaeokmhopctx")
_LOOKALIKE_CODE = re.compile(r"^(?=.*\d)(?=.*[^\d-])[АВЕКМНОРСТХаеокмнорстх\d-]+$")


def latin_code(word: str) -> str | None:
    """A code typed with Cyrillic look-alike letters, in Latin: road М1 -> M1, Р23 -> P23 (the
    source text writes them in Latin; only mixed letter+digit codes, so words are left alone)."""
    return word.translate(_LATIN_LOOKALIKE) if _LOOKALIKE_CODE.match(word) else None


def lookup_entities(registry, text: str) -> list[tuple[str, str]]:
    """[(entity id, matched form)] for the names in `text`, any script or case form."""
    return list(registry.lookup(text))
