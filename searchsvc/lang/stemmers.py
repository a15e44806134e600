"""Stem functions, one per language. Module-level: Whoosh pickles them into the index schema."""

from __future__ import annotations

from functools import lru_cache

import Stemmer  # PyStemmer: Snowball in C, ~14x faster than Whoosh's pure-Python Russian stemmer

_english = Stemmer.Stemmer("english")
_russian = Stemmer.Stemmer("russian")


@lru_cache(maxsize=200_000)
def stem_en(word: str) -> str:
    return _english.stemWord(word)


@lru_cache(maxsize=200_000)
def stem_ru(word: str) -> str:
    return _russian.stemWord(word.replace("ё", "е"))


# Belarusian inflectional endings, longest first (nouns, adjectives, verbs).
_BE_ENDINGS = sorted(
    """
    ямі амі ымі імі ому ога ага яга аму яму ых іх ым ім ай ой ою аю яю ей ёй ам ям ах ях
    ую юю ая яя ое ае ее ія ыя ія ыі ых ца цца ецца уць юць аць яць ець іць ыць ыце іце
    еце аце ем ім ым ом ём ёў оў аў еў ію ыю ы і а я у ю е о ь
    """.split(),
    key=len,
    reverse=True,
)


@lru_cache(maxsize=200_000)
def stem_be(word: str) -> str:
    """A light suffix-stripping stemmer for Belarusian (no library has one)."""
    w = word.replace("’", "").replace("'", "").replace("ʼ", "")
    if len(w) <= 3:
        return w
    for ending in _BE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w
