"""Personal and organisation names across scripts: transliteration, case endings, name keys.

The lang package owns transliteration (`searchsvc.lang.translit`); while a function is missing
there, the small tables below stand in so entities keep working.

>>> token_keys("Вольфовичем") & token_keys("Valfovich") & token_keys("Volfovich") != set()
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

try:  # the lang engineer's module, when present, is the one transliteration everybody uses
    from ..lang import translit as _lang_translit
except ImportError:  # pragma: no cover - depends on the state of the lang package
    _lang_translit = None

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
BELARUSIAN_ONLY = re.compile(r"[іІўЎ’ʼ']")
TOKEN = re.compile(r"[\w’'ʼ-]+")

# --- Cyrillic -> Latin: the systems journalists and passports use ---------------------------

_RU_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_RU_ICAO = {**_RU_BGN, "ё": "e", "й": "i", "ъ": "ie", "ю": "iu", "я": "ia"}
_BE_ICAO = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "ie", "ё": "io", "ж": "zh",
    "з": "z", "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "’": "", "'": "", "ʼ": "",
}
# Belarusian national system (2007): diacritics; j-forms after vowels and at word start.
_BE_NATIONAL = {**_BE_ICAO, "ж": "ž", "ч": "č", "ш": "š", "ц": "c", "х": "ch", "ў": "ŭ", "й": "j"}
_VOWELS_CYR = set("аеёиоуыэюяіў")
_IOTATED = {"е": ("ye", "je"), "ё": ("yo", "jo"), "ю": ("yu", "ju"), "я": ("ya", "ja")}


def _translit(word: str, table: dict, iotated_start: int | None) -> str:
    """Transliterate one word; `iotated_start` picks the y- (0) or j- (1) form after vowels."""
    out = []
    prev = ""
    for ch in word:
        low = ch.lower()
        rep = table.get(low)
        if rep is None:
            rep = low
        elif iotated_start is not None and low in _IOTATED and (not prev or prev in _VOWELS_CYR or prev in "ьъ’'ʼ"):
            rep = _IOTATED[low][iotated_start]
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        prev = low
    return "".join(out)


def latin_forms(cyrillic: str, lang: str) -> set[str]:
    """Legitimate Latin spellings of a Cyrillic name (BGN/PCGN, ICAO, Belarusian national)."""
    if _lang_translit is not None and hasattr(_lang_translit, "latin_forms"):
        try:
            forms = set(_lang_translit.latin_forms(cyrillic, lang))
            if forms:
                return forms
        except Exception:  # noqa: BLE001 - a bug there must not lose the local forms
            pass
    if lang == "be":
        national = _translit(cyrillic, _BE_NATIONAL, 1)
        forms = {_translit(cyrillic, _BE_ICAO, None), national, fold_accents(national)}
    else:
        forms = {_translit(cyrillic, _RU_BGN, 0), _translit(cyrillic, _RU_ICAO, None)}
    return {f for f in forms if f}


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --- Latin -> Cyrillic: machine labels for names first seen in English ---------------------

_LAT_MULTI_RU = [
    ("shch", "щ"), ("sch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
    ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iu", "ю"), ("ia", "я"), ("ck", "к"),
    ("ph", "ф"), ("th", "т"), ("ee", "и"), ("oo", "у"), ("ks", "кс"),
]
_LAT_SINGLE_RU = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з",
}
_RU_TO_BE = str.maketrans({"и": "і", "щ": "шч", "ъ": "’"})


def _latin_to_ru_word(word: str) -> str:
    out = []
    low = word.lower()
    i = 0
    while i < len(low):
        for lat, cyr in _LAT_MULTI_RU:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            ch = low[i]
            prev_vowel = i > 0 and low[i - 1] in "aeiouy"
            if ch == "y":
                # y between consonants or at the end after a consonant is ы; after vowels й
                nxt = low[i + 1] if i + 1 < len(low) else ""
                out.append("й" if prev_vowel or (i == 0 and nxt in "aeiou") else "ы" if i > 0 else "и")
            elif ch == "e" and (i == 0 or prev_vowel):
                out.append("э" if i == 0 else "е")
            else:
                out.append(_LAT_SINGLE_RU.get(ch, ch))
            i += 1
    return "".join(out)


def _be_from_ru(ru: str) -> str:
    """Belarusian spelling habits applied to a Russian-style transliteration."""
    be = ru.translate(_RU_TO_BE)
    # ў after a vowel before a consonant or at the end (Лаўроў), дз/ц softening before e/я/і
    be = re.sub(r"(?<=[аеёіоуыэюя])в(?=[бвгджзклмнпрстфхцчшщ]|$)", "ў", be)
    be = re.sub(r"д(?=[еёіюяь])", "дз", be)
    be = re.sub(r"т(?=[еёіюяь])", "ц", be)
    be = re.sub(r"(?<=[чшжр])е", "э", be)
    be = re.sub(r"(?<=[чшжрц])і", "ы", be)
    return be


def to_cyrillic(latin: str, lang: str) -> str:
    """A machine-made Cyrillic spelling of a Latin name ("Karanik" -> "Караник" / "Каранік")."""
    if _lang_translit is not None and hasattr(_lang_translit, "to_cyrillic"):
        try:
            out = _lang_translit.to_cyrillic(latin, lang)
            if out and CYRILLIC.search(out):
                return out
        except Exception:  # noqa: BLE001
            pass

    def word(m: re.Match) -> str:
        w = m.group(0)
        ru = _latin_to_ru_word(w)
        cyr = _be_from_ru(ru) if lang == "be" else ru
        return cyr[:1].upper() + cyr[1:] if w[:1].isupper() else cyr

    return re.sub(r"[A-Za-z]+", word, latin)


# --- Name keys: one skeleton for every spelling and case form -----------------------------

# Russian and Belarusian case endings a name can carry in a query ("Вольфовичем", "Лукашэнкам").
_CASE_ENDINGS = sorted(
    "ем ём ом ым ім им ам ям ой ей ою ею аю яю ого ага яга ому аму яму ых іх их ах ях ами ями амі ямі "
    "ыми імі ими ую юю ая яя ове ова оў ёў аў еў а я у ю е ы і и о".split(),
    key=len, reverse=True,
)

_SKELETON_STEPS = [
    (re.compile(r"shch|sch"), "SC"), (re.compile(r"tch|ch"), "C"), (re.compile(r"sh"), "S"),
    (re.compile(r"dzh|zh"), "Z"), (re.compile(r"kh|gh|h|g"), "G"), (re.compile(r"ph"), "f"),
    (re.compile(r"x"), "ks"), (re.compile(r"ck|c|q"), "k"),
    # Belarusian ц/дз where Russian has т/д (Пуцін ~ Путин, Дзмітрый ~ Дмитрий)
    (re.compile(r"ts|tz"), "t"), (re.compile(r"dz"), "d"),
    (re.compile(r"w"), "u"), (re.compile(r"j"), "y"),
]
_DIACRITICS = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ź": "zh", "ŭ": "u"})


def _to_latin_for_key(token: str) -> str:
    token = token.lower()
    if CYRILLIC.search(token):
        table = _BE_ICAO if BELARUSIAN_ONLY.search(token) else _RU_BGN
        token = _translit(token, table, None)
    return fold_accents(token.translate(_DIACRITICS))


@lru_cache(maxsize=100_000)
def local_name_key(token: str) -> str:
    """Consonant skeleton: Volfovich, Valfovich, Вольфович, Вальфовіч -> 'vlfvC'."""
    s = re.sub(r"['’ʼ`-]", "", _to_latin_for_key(token))
    for pattern, rep in _SKELETON_STEPS:
        s = pattern.sub(rep, s)
    s = re.sub(r"(?<=[aeiouy])v(?=[^aeiouy]|$)", "", s)  # Golovchenko ~ Halouchanka, Lavrov ~ Lavrou
    first = "V" if s[:1] in ("a", "e", "i", "o", "u", "y") else ""
    s = re.sub(r"[aeiouy]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return first + s


def name_key(token: str) -> str:
    """The lang package's name key when it has one (search uses the same), else the local one."""
    if _lang_translit is not None and hasattr(_lang_translit, "name_key"):
        return _lang_translit.name_key(token)
    return local_name_key(token)


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
