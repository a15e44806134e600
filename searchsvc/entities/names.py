"""Personal and organisation names across scripts: case endings and name keys for entities.

Transliteration and the script-independent name key live in `searchsvc.lang.translit` (one
place); this module adapts them to the registry's tokens.

>>> token_keys("Вольфовичем") & token_keys("Valfovich") & token_keys("Volfovich") != set()
True
"""

from __future__ import annotations

import re

from ..lang.translit import CYRILLIC, latin_forms, name_key, spelling_key, to_cyrillic

__all__ = ["CYRILLIC", "latin_forms", "name_key", "spelling_key", "strip_case_ending", "to_cyrillic",
           "token_keys", "tokens"]

TOKEN = re.compile(r"[\w’'ʼ-]+")

# --- Name keys: one skeleton for every spelling and case form -----------------------------

# Russian and Belarusian case endings a name can carry in a query ("Вольфовичем", "Лукашэнкам").
_CASE_ENDINGS = sorted(
    "ем ём ом ым ім им ам ям ой ей ою ею аю яю ого ага яга ому аму яму ых іх их ах ях ами ями амі ямі "
    "ыми імі ими ую юю ая яя ове ова оў ёў аў еў а я у ю е ы і и о".split(),
    key=len, reverse=True,
)


def strip_case_ending(token: str) -> list[str]:
    """The token and, for Cyrillic words, its forms without one case ending."""
    out = [token]
    if CYRILLIC.search(token):
        low = token.lower()
        for ending in _CASE_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                out.append(token[: -len(ending)])
    elif token.endswith(("'s", "’s")):
        out.append(token[:-2])
    return out


def token_keys(token: str) -> set[str]:
    """Every name key a token (in any case form) may stand for."""
    return {name_key(t) for t in strip_case_ending(token) if t}


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).strip("-"), m.start(), m.end()) for m in TOKEN.finditer(text) if m.group(0).strip("-")]
