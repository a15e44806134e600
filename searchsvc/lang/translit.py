"""Names across scripts: Cyrillic <-> Latin transliteration and a script-independent name key.

>>> sorted(latin_forms("Лукашэнка", "be"))
['Lukashenka', 'Lukašenka']
>>> name_key("Вольфовичем") == name_key("Valfovich") == name_key("Volfovich")
True

Journalists type a Belarusian official's name in whichever form they last saw: Russian or
Belarusian Cyrillic in any case form, or one of several legitimate Latin spellings. Three
tools cover that:

- `latin_forms(cyrillic, lang)`: the Latin spellings the standard systems produce
  (BGN/PCGN, ICAO Doc 9303, Belarus's national system of 2007 and its 2023 revision), so
  a registry can list them as aliases. Which systems a language uses: Language.translit_systems.
- `to_cyrillic(latin, lang)`: a rule-based Russian or Belarusian label for a name known only
  in Latin (machine labels for unknown entities); Language.cyrillic_rules names the rule set.
- `name_key(token)`: a phonetic skeleton shared by all of the above and by inflected
  Cyrillic forms, for matching a query word to a registry name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..languages import resolve
from .language import APOSTROPHES, LanguageRegistry
_APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")

CYRILLIC_VOWELS = set("аеёиоуыэюяіАЕЁИОУЫЭЮЯІ")
_CYR_WORD_RE = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")
_LATIN_WORD_RE = re.compile(r"[A-Za-z" + APOSTROPHES + r"]+")


# A Cyrillic letter, any alphabet's (Russian, Belarusian, Ukrainian, Serbian...): the one letter test, which
# entities.names re-exports for the entity modules.
CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


# ---------------------------------------------------------------------------------------------
# Cyrillic -> Latin: the standard systems
# ---------------------------------------------------------------------------------------------

# Letters that render the same way in a system whatever their neighbours.
_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "і": "i", "ґ": "g",
}

# System tables: letter -> rendering; the iotated vowels have (initial, after-consonant) pairs
# where "initial" means word start, after a vowel, ь, ъ, ў, й or an apostrophe.
_SYSTEMS: dict[str, dict] = {
    # BGN/PCGN 1947 (Russian): the usual form in English-language news.
    "ru-bgn": {
        "г": "g", "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e",
        "е": ("ye", "e"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya"),
    },
    # ICAO Doc 9303 (machine-readable passports), Russian.
    "ru-icao": {
        "г": "g", "ж": "zh", "и": "i", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "ie", "ы": "y", "ь": "", "э": "e",
        "е": ("e", "e"), "ё": ("e", "e"), "ю": ("iu", "iu"), "я": ("ia", "ia"),
    },
    # Belarus 2023 instruction, Russian-based names ("Chajchicy", "Shalashino").
    "ru-by2023": {
        "г": "g", "ж": "zh", "и": "i", "й": "j", "х": "kh", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e",
        "е": ("je", "e"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    },
    # BGN/PCGN (Belarusian): Homyel', Vitsyebsk, Mahilyow, Alyaksandr.
    "be-bgn": {
        "г": "h", "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ў": "w", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "е": ("ye", "ye"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya"),
    },
    # ICAO Doc 9303, Belarusian (passports: Aliaksandr Lukashenka, Siarhei, Ihar).
    "be-icao": {
        "г": "h", "ж": "zh", "и": "i", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ў": "u", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
        "е": ("e", "e"), "ё": ("e", "e"), "ю": ("iu", "iu"), "я": ("ia", "ia"),
    },
    # Belarus national system (2000, revised 2007; UN-adopted): Łacinka-based, with diacritics.
    "be-national2007": {
        "г": "h", "ж": "ž", "и": "i", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
        "ў": "ŭ", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    },
    # The 2023 revision: no diacritics (г→g, ж→zh, ч→ch, ш→sh, ў→w); "Sharkawshchyna", "Dziedaw".
    "be-by2023": {
        "г": "g", "ж": "zh", "и": "i", "й": "j", "х": "kh", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch",
        "ў": "w", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia"),
    },
}
# Letters a Russian table lacks fall back to these (a Belarusian name given as lang="ru").
for _name, _table in _SYSTEMS.items():
    _table.setdefault("ў", "u" if _name.endswith("icao") else "w")
    for _k, _v in _COMMON.items():
        _table.setdefault(_k, _v)

# The 2007 instruction marks a softened consonant with an acute accent instead of writing ь.
_SOFTENED_2007 = {"з": "ź", "л": "ĺ", "н": "ń", "с": "ś", "ц": "ć"}

# Which systems romanize which language: Language.translit_systems (searchsvc.languages).
SYSTEMS = tuple(_SYSTEMS)


def _transliterate_word(word: str, system: str, l_drops_i: bool = True) -> str:
    table = _SYSTEMS[system]
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch in APOSTROPHES:
            continue
        if ch in "еёюя":
            initial = (not prev) or prev in CYRILLIC_VOWELS or prev in "ьъўй" or prev in APOSTROPHES
            rendering = table[ch][0 if initial else 1]
            if system == "be-national2007" and prev == "л" and not initial and l_drops_i:
                rendering = rendering[1:]  # after л the vowel alone: ля -> la
        elif system == "be-national2007" and ch == "ь":
            rendering = ""  # carried by the accent on the consonant before it
        elif system == "be-national2007" and nxt == "ь" and ch in _SOFTENED_2007:
            rendering = _SOFTENED_2007[ch]
            if ch == "з" and prev == "д":
                rendering = "ź"
        elif system == "ru-bgn" and ch == "й" and prev in "иы" and not nxt:
            rendering = "y"  # -ий/-ый: Dmitriy, Gorkiy
        else:
            rendering = table.get(ch)
            if rendering is None:
                rendering = ch  # a letter from outside the table passes through
        out.append(rendering)
    latin = "".join(out)
    if word[:1].isupper():
        latin = latin.upper() if word.isupper() and len(word) > 1 else latin[:1].upper() + latin[1:]
    return latin


def ascii_fold(text: str) -> str:
    """Strip diacritics: 'Lukašenka' -> 'Lukasenka', 'Mahilioŭ' -> 'Mahiliou'."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def transliterate(cyrillic: str, system: str, l_drops_i: bool = True) -> str:
    """Romanize `cyrillic` under one named system (see SYSTEMS and Language.translit_systems)."""
    if system not in _SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}; expected one of {', '.join(_SYSTEMS)}")
    return _CYR_WORD_RE.sub(lambda m: _transliterate_word(m.group(0), system, l_drops_i), cyrillic)


# Spellings English-language news uses beside the standards: Dmitry, Sergei, Alexander.
_PRESS_VARIANTS = (
    (re.compile(r"iy\b", re.I), "y"),
    (re.compile(r"ey\b", re.I), "ei"),
    (re.compile(r"ks(?=[aeiou])", re.I), "x"),
)


def press_form(latin: str) -> str:
    """The English-press spelling of a romanized name: Dmitriy -> Dmitry, Sergey -> Sergei."""
    for pattern, repl in _PRESS_VARIANTS:
        latin = pattern.sub(repl, latin)
    return latin


def _romanized(languages: LanguageRegistry) -> tuple[str, ...]:
    return tuple(lang.code for lang in languages if lang.translit_systems)


@lru_cache(maxsize=50_000)
def _latin_forms(cyrillic: str, lang: str, languages: LanguageRegistry) -> frozenset[str]:
    language = languages.get(lang)
    if language is None or not language.translit_systems:
        raise ValueError(f"latin_forms: unknown language {lang!r}; expected one of {', '.join(_romanized(languages))}")
    forms: set[str] = set()
    for system in language.translit_systems:
        latin = transliterate(cyrillic, system)
        forms.add(latin)
        if system == "be-national2007":
            # Sources differ on whether the 2007 rule drops the i after л (Alaksandr) or keeps it.
            forms.add(transliterate(cyrillic, system, l_drops_i=False))
            # Its diacritics are kept: folded, "Lukasenka"/"Turcyn" would read as other names
            # (s for ш, c for ч); the 2023 revision is the official form without diacritics.
        else:
            forms.add(ascii_fold(latin))
        if system == "be-by2023":
            # German and scholarly texts write every iotation with j: Aljaksandr.
            forms.add(re.sub(r"(?<=[^aeiouy])i(?=[aeou])", "j", latin))
    for latin in list(forms) if language.press_spellings else ():
        for pattern, repl in _PRESS_VARIANTS:
            variant = pattern.sub(repl, latin)
            if variant != latin:
                forms.add(variant)
    forms.discard("")
    return frozenset(forms)


def latin_forms(cyrillic: str, lang: str, languages: LanguageRegistry | None = None) -> set[str]:
    """Every Latin spelling of `cyrillic` (a name in Russian or Belarusian) under the standard systems.

    >>> {"Aliaksandr", "Alyaksandr", "Aljaksandr"} <= latin_forms("Аляксандр", "be")
    True
    """
    if not cyrillic or not cyrillic.strip():
        return set()
    return set(_latin_forms(cyrillic.strip(), lang, resolve(languages)))


# the Belarusian passport romanization (the national system's letters without diacritics, as
# Belarusian passports and the press write Belarusians: Mikalai, Volha Haurylik, Yahor, Kisialiou):
# an iotated vowel at a word's start or after a vowel, ь, ў or an apostrophe with y, after a consonant
# with i (е plain: Karalevich); й as i, -ый as y (Dzmitry, Yury)
_PASSPORT_IOTATED = {"е": ("ye", "e"), "ё": ("yo", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia")}
_PASSPORT = {"г": "h", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ў": "u", "ы": "y", "ь": "",
             "э": "e", "і": "i", "'": "", "’": "", "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "-": "-"}


def passport_latin(word: str) -> str | None:
    """A Belarusian name word as Belarusian passports romanize it (Сцяпурка: Stsiapurka, Гаўрылік:
    Haurylik, Барысаў-Кук: Barysau-Kuk, Ягор: Yahor, Юрый: Yury); None for a letter outside Belarusian."""
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        if ch in _PASSPORT_IOTATED:
            out.append(_PASSPORT_IOTATED[ch][0 if not prev or prev in "аеёиоуыэюяіьўй'’-" else 1])
        elif ch == "й" and prev == "ы" and (i + 1 == len(low) or low[i + 1] == "-"):
            out.append("")  # Дзмітрый: Dzmitry
        elif ch in _PASSPORT:
            out.append(_PASSPORT[ch])
        else:
            return None
    latin = "".join(out).replace("tsts", "ts")  # Таццяна: Tatsiana
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-")) if word[:1].isupper() else latin



# the spellings of a standard form that the press and readers write beside it: -yy/-iy as -y (Shelkovyy:
# Shelkovy, Dmitriy: Dmitry), a й after a vowel as i at a word's end or before a consonant (Sergey: Sergei,
# Tsyukhay: Tsyukhai, Romeyko: Romeiko); the labels keep their own choice
_READER_VARIANTS = ((re.compile(r"(?<=[a-z])(?:yy|iy)\b"), "y"),
                    (re.compile(r"(?<=[aeou])y(?=\b|[bcdfghklmnpqrstvwxz])"), "i"))


def romanisations(cyrillic: str, lang: str, languages: LanguageRegistry | None = None) -> set[str]:
    """Every Latin name a journalist may give `cyrillic` (a person's or a place's name in Russian or Belarusian,
    initials too): the standard systems of the language (latin_forms), the Belarusian passport's (Siarhei
    Zhauryd, Ya.U. Lisouskaya) and the readers' variants of each (Shelkovy); one entity under every spelling,
    as aliases beside the label the extractor chose.

    >>> {"Siarhei Zhauryd", "Siarhiej Žaŭryd", "Syarhyey Zhawryd"} <= romanisations("Сяргей Жаўрыд", "be")
    True
    >>> {"S.E. Kravtsov", "S.Ye. Kravtsov", "Aleksandr Shelkovy"} <= romanisations("С.Е. Кравцов", "ru") | romanisations("Александр Шелковый", "ru")
    True
    """
    language = resolve(languages).get(lang)
    if language is None or not language.translit_systems or not cyrillic.strip():
        return set()
    forms = latin_forms(cyrillic, lang, languages)
    if "be-icao" in language.translit_systems:  # the passports' letters (ICAO's, iotation as y)
        words = [passport_latin(w) if not w.endswith(".") else "".join(f"{passport_latin(c)}." for c in w.split(".") if c)
                 for w in cyrillic.split()]
        if all(words):
            forms.add(" ".join(words))
    return {v for form in forms for v in reader_spellings(form)}


def reader_spellings(latin: str) -> set[str]:
    """A romanised name and the spellings readers give it beside it (Aleksandr Shelkovyy: Aleksandr Shelkovy)."""
    out = {latin}
    for pattern, repl in _READER_VARIANTS:
        out |= {pattern.sub(repl, form) for form in out}
    return out


# ---------------------------------------------------------------------------------------------
# Latin -> Cyrillic: machine labels for names known only in English
# ---------------------------------------------------------------------------------------------

_LATIN_VOWELS = set("aeiouy")
# Consonants a Belarusian word keeps hard: е after them is written э, и/i is written ы.
_BE_HARD = ("ж", "ш", "ч", "р", "ц", "дж")

# Longest first. Values: (russian, belarusian).
_LATIN_GRAPHEMES = [
    ("shch", ("щ", "шч")), ("sch", ("щ", "шч")), ("dzh", ("дж", "дж")), ("zh", ("ж", "ж")), ("kh", ("х", "х")),
    ("ch", ("ч", "ч")), ("sh", ("ш", "ш")), ("ts", ("ц", "ц")), ("tz", ("ц", "ц")), ("cz", ("ч", "ч")),
    ("ph", ("ф", "ф")), ("th", ("т", "т")), ("ck", ("к", "к")), ("dz", ("дз", "дз")),
    ("x", ("кс", "кс")), ("q", ("к", "к")), ("w", ("в", "в")), ("h", ("г", "г")), ("g", ("г", "г")),
    ("b", ("б", "б")), ("v", ("в", "в")), ("d", ("д", "д")), ("z", ("з", "з")), ("k", ("к", "к")),
    ("l", ("л", "л")), ("m", ("м", "м")), ("n", ("н", "н")), ("p", ("п", "п")), ("r", ("р", "р")),
    ("s", ("с", "с")), ("t", ("т", "т")), ("f", ("ф", "ф")), ("c", ("к", "к")), ("j", ("й", "й")),
    ("ž", ("ж", "ж")), ("š", ("ш", "ш")), ("č", ("ч", "ч")), ("ŭ", ("в", "ў")), ("ć", ("ць", "ць")),
    ("ś", ("сь", "сь")), ("ź", ("зь", "зь")), ("ń", ("нь", "нь")), ("ĺ", ("ль", "ль")),
]
# Iotated vowels: a semivowel (y, j, i) before a vowel.
_IOTATED = {"a": "я", "u": "ю", "o": "ё", "e": "е"}
_PLAIN_VOWEL = {"a": "а", "o": "о", "u": "у", "e": "е"}


def _final_y(prev: str, be: bool) -> str:
    """Word-final -y/-i after a consonant: the adjective-like ending of Dmitry, Yury, Zhukovsky."""
    if prev and prev in "кгх":
        return "і" if be else "ий"
    if be:
        return ("ы" if prev and prev in "жшчрц" else "і") + "й"
    return "ий"


def _latin_word_to_cyrillic(word: str, rules: str) -> str:
    be = rules == "belarusian"
    w = ascii_fold(word.lower()).replace("'", "ь") if not any(c in word for c in "žšččŭćśźńĺ") else word.lower()
    w = _APOSTROPHE_RE.sub("ь", w)
    out: list[str] = []
    i, n = 0, len(w)

    def prev_cyr() -> str:
        return out[-1][-1] if out and out[-1] else ""

    def after_vowel() -> bool:
        p = prev_cyr()
        return (not p) or p in "аеёиоуыэюяій"

    w = re.sub(r"ander$", "andr", w)  # Alexander -> Александр
    n = len(w)
    while i < n:
        ch = w[i]
        rest = w[i:]
        nxt = w[i + 1] if i + 1 < n else ""
        if ch == "j" and not out and nxt in _LATIN_VOWELS:
            out.append("дж")  # a name in English text: Jackson, Janet, Jeremy (Slavic ones use Y: Yuri)
            i += 1
            continue
        if ch in "yji" and nxt in _IOTATED and not (ch == "i" and after_vowel() and out):
            # ya/ia/ja -> я (Aliaksandr, Yakovlev); "ie" after a consonant is е (Siarhiej)
            if ch == "i" and not out:
                out.append("и" if not be else "і")
                i += 1
                continue
            if ch == "i" and nxt == "a" and i + 2 == n:
                # final -ia: Maria -> Мария / Марыя, Natalia -> Наталия
                p = prev_cyr()
                out.append(("ы" if p and p in "жшчрц" else "і") + "я" if be else "ия")
                i += 2
                continue
            out.append(_IOTATED[nxt])
            i += 2
            continue
        if ch in _LATIN_VOWELS:
            p = prev_cyr()
            if ch == "y":
                if nxt and nxt not in _LATIN_VOWELS and not after_vowel():
                    out.append("ы")  # between consonants: Ryzhenkov
                elif not nxt and not after_vowel():
                    out.append(_final_y(p, be))  # Dmitry -> Дмитрий / Дзмітрый, Zhukovsky
                else:
                    out.append("й")  # after a vowel: Nikolay, Sergey
            elif ch == "i":
                if after_vowel() and out:
                    out.append("й" if (not nxt or nxt not in _LATIN_VOWELS) else "и" if not be else "і")
                elif not nxt and p == "р":
                    out.append(_final_y(p, be))  # Yuri -> Юрий / Юрый, Valeri
                elif be and p and p in "жшчрц":
                    out.append("ы")  # Belarusian hard consonants: Turchin -> Турчын
                else:
                    out.append("и" if not be else "і")
            elif ch == "e":
                if not out:
                    out.append("е" if not be else "э")
                elif after_vowel():
                    out.append("е")
                elif be and p and p in "жшчрц":
                    out.append("э")  # Lukashenka -> Лукашэнка, Brest -> Брэст
                else:
                    out.append("е")
            elif ch == "u" and be and after_vowel() and out and (not nxt or nxt not in _LATIN_VOWELS):
                out.append("ў")  # ICAO Belarusian ў: Piatrou, Tasmagambetau
            else:
                out.append(_PLAIN_VOWEL[ch])
            i += 1
            continue
        for latin, cyr in _LATIN_GRAPHEMES:
            if rest.startswith(latin):
                c = cyr[1] if be else cyr[0]
                if latin == "c" and nxt in ("e", "i", "y"):
                    c = "ц"
                if latin == "l" and i + 1 < n and w[i + 1] not in _LATIN_VOWELS and w[i + 1] not in "lj'" and out:
                    c = "ль"  # Volfovich -> Вольфович, Olga -> Ольга
                if latin in ("v", "w") and be and after_vowel() and out and (i + 1 >= n or w[i + 1] not in _LATIN_VOWELS):
                    c = "ў"  # Belarusian: -ov -> -оў, Tasmagambetov -> Тасмагамбетоў
                out.append(c)
                i += len(latin)
                break
        else:
            out.append(ch)  # a letter we do not know passes through
            i += 1
    cyr = "".join(out)
    if be and len(cyr) > 3 and cyr.endswith("о") and cyr[-2] not in "аеёиоуыэюяі":
        cyr = cyr[:-1] + "а"  # Belarusian writes a final unstressed о as а: Lukashenko -> Лукашэнка
    if word[:1].isupper():
        cyr = cyr.upper() if word.isupper() and len(word) > 1 else cyr[:1].upper() + cyr[1:]
    return cyr


# Latin -> Cyrillic rule sets (Language.cyrillic_rules): the graphemes' first or second rendering
# in _LATIN_GRAPHEMES, and the Belarusian spelling rules (э, ы and ў after hard consonants, -а).
CYRILLIC_RULES = ("russian", "belarusian")


def to_cyrillic(latin: str, lang: str, languages: LanguageRegistry | None = None) -> str:
    """A Cyrillic rendering of a name written in Latin letters, in `lang`'s spelling.

    >>> to_cyrillic("Aleksandr Volfovich", "ru"), to_cyrillic("Aliaksandr Lukashenka", "be")
    ('Александр Вольфович', 'Аляксандр Лукашэнка')
    """
    languages = resolve(languages)
    language = languages.get(lang)
    if language is None or language.cyrillic_rules not in CYRILLIC_RULES:
        spelled = ", ".join(lang.code for lang in languages if lang.cyrillic_rules in CYRILLIC_RULES)
        raise ValueError(f"to_cyrillic: unknown language {lang!r}; expected one of {spelled}")
    return _to_cyrillic(latin, language.cyrillic_rules)


@lru_cache(maxsize=50_000)
def _to_cyrillic(latin: str, rules: str) -> str:
    pattern = re.compile(r"[A-Za-zŽŠČŬĆŚŹŃĹžščŭćśźńĺ" + APOSTROPHES + r"]+")

    def word(m: re.Match) -> str:
        text = m.group(0)
        possessive = re.search(f"[{APOSTROPHES}]s$", text)  # English "Volfovich's" keeps its 's
        core = text[: possessive.start()] if possessive else text
        token = core.strip(APOSTROPHES)
        lead = core[: len(core) - len(core.lstrip(APOSTROPHES))]
        trail = core[len(lead) + len(token):] + (possessive.group(0) if possessive else "")
        return lead + (_latin_word_to_cyrillic(token, rules) if token else "") + trail

    return pattern.sub(word, latin)


# ---------------------------------------------------------------------------------------------
# name_key: one skeleton for every spelling and case form
# ---------------------------------------------------------------------------------------------

# Cyrillic -> a plain Latin spelling used only inside the key (ь, ъ and apostrophes vanish).
_KEY_ROMAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "o", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "u", "я": "a",
}
_KEY_DIACRITICS = {"ž": "zh", "š": "sh", "č": "ch", "ŭ": "w", "ć": "ts", "ś": "s", "ź": "z", "ń": "n", "ĺ": "l",
                   "ł": "l", "ë": "o", "đ": "dzh"}  # Serbian/Croatian đ is дж (Đorđević, Джорджэвіч)
# A South Slavic name without its diacritics writes đ as dj (Djordjevic, Djokovic): only there
_SOUTH_SLAVIC_DJ = re.compile(r"dj(?=.*i(?:[cćč]|ch)$)")
# Latin graphemes -> one key symbol each. Belarusian дз/ц (дзеканне, цеканне: Дзмітрый, Цімафей)
# fold into d/t so that Dzmitry meets Dmitry and Vitsebsk meets Vitebsk.
_KEY_GRAPHEMES = [
    ("shch", "S"), ("sch", "S"), ("dzh", "J"), ("tsch", "C"), ("zh", "Z"), ("kh", "x"), ("ch", "C"), ("sh", "S"),
    ("cz", "C"), ("ts", "t"), ("tz", "t"), ("dz", "d"), ("ph", "f"), ("th", "t"), ("x", "ks"),
    ("q", "k"), ("w", "v"), ("h", "g"), ("c", "t"),
]
_KEY_VOWELS = set("aeiouyj")
# The grapheme walk as one regex (a compiled alternation tries its branches in the list's order at
# each position, as the walk did) and the vowels as '*': the walk's Python loop over 19 graphemes a
# letter was ~25 of the ~45 us a key cost, and a snippet keys every capitalised word of a page
_KEY_SYMBOLS = {**dict(_KEY_GRAPHEMES), **{v: "*" for v in _KEY_VOWELS}}
_KEY_SYMBOL_RE = re.compile("|".join(re.escape(latin) for latin, _ in _KEY_GRAPHEMES) + "|[aeiouyj]")
_KEY_ROMAN_TABLE = str.maketrans(_KEY_ROMAN)
_KEY_DIACRITICS_TABLE = str.maketrans(_KEY_DIACRITICS)
_NOT_A_TO_Z = re.compile(r"[^a-z]")
_VOWELLESS_TAIL = re.compile(r"(?<=[aeo])u(?![aeiouy])")
_REPEATS = re.compile(r"(.)\1+")
# Case endings that carry a consonant (endings made of vowels vanish with the final vowel run).
# Iterated so that "Максимом" -> "максим" -> "макс" matches "Maksim" -> "maks".
_ENDING_RE = re.compile(r"(?<=[a-z])(?:[aeiouy]j?m|[aeiouy]go|[aeiouy]mu|[aeiouy]kh|ami|ymi|imi)$")
_FINAL_ER_RE = re.compile(r"(?<=[bcdfgklmnpstvz])er$")  # Alexander -> Aleksandr, Peter -> Petr


def _key_latin(token: str) -> str:
    low = _APOSTROPHE_RE.sub("", token.lower())
    if CYRILLIC.search(low):
        return low.translate(_KEY_ROMAN_TABLE)
    if low.isascii():  # nothing for the diacritics' rules below to change
        return _SOUTH_SLAVIC_DJ.sub("dzh", low)
    if any(c in "čšžŭćśźńĺ" for c in low):
        low = low.replace("ch", "kh")  # the 2007 national system writes х as ch (ч is č)
    low = _SOUTH_SLAVIC_DJ.sub("dzh", low)
    return ascii_fold(low.translate(_KEY_DIACRITICS_TABLE))


def _key_letters(token: str) -> str:
    """The Latin letters a key is made of: case endings, a final -er and ICAO's ў-as-u dealt with."""
    s = _NOT_A_TO_Z.sub("", _key_latin(token))
    for _ in range(2):
        stripped = _ENDING_RE.sub("", s)
        if stripped == s or len(stripped) < 3 or not any(c in _KEY_VOWELS for c in stripped):
            break
        s = stripped
    s = _FINAL_ER_RE.sub("r", s)
    # ў written as u after a vowel (ICAO: Tasmagambetau, Piatrou, Halouchanka) is a consonant.
    return _VOWELLESS_TAIL.sub("w", s)  # not after i: ICAO "iu" is ю (Iurii)


@lru_cache(maxsize=200_000)
def name_key(token: str) -> str:
    """A script-independent phonetic skeleton of one name word.

    Consonants are kept (similar sounds merged: г/h/g, ў/w/v, ц/ts, дз/dz/d), each vowel run
    becomes '*', the final vowel run and consonant-bearing case endings are dropped, so
    Volfovich, Valfovich, Вольфович, Вальфовіч and Вольфовичем all give 'v*lf*v*C'.
    """
    key = _KEY_SYMBOL_RE.sub(lambda m: _KEY_SYMBOLS[m.group()], _key_letters(token)).rstrip("*")
    return _REPEATS.sub(r"\1", key)  # Alla/Ala, Kassym/Kasym, vowel runs


# A vowel run's sound as spellings of one name vary it: the glides (й, and the y/i of ya, ye, yo,
# yu, ia, ie, io, iu) go, and a, o, e are one vowel (Belarusian akanne and yakanne: Sakalou/Sokolov,
# Dziamidau/Demidov, Lukashenka/Lukashenko; ё as e: Kovalyov/Kovalev), i and y (и, і, ы) another,
# u a third. What tells two names apart is left: Novik is no Novak, Jing no Jianguo.
_VOWEL_RUN = re.compile(r"[aeiouyj]+")
_VOWEL_CLASS = str.maketrans({"a": "0", "o": "0", "e": "0", "u": "2"})  # and "1": i, y


def _vowel_class(run: str) -> str:
    sound = re.sub("[iyj]", "", run) or "1"
    return _REPEATS.sub(r"\1", sound.translate(_VOWEL_CLASS))


@lru_cache(maxsize=50_000)
def spelling_key(token: str) -> str:
    """`name_key` with the sound of each vowel run kept: two spellings of one name share it, two
    names that only share their consonants do not.

    >>> spelling_key("Lukashenka") == spelling_key("Lukashenko") == spelling_key("Лукашэнкам")
    True
    >>> spelling_key("Novik") == spelling_key("Novak")
    False
    """
    letters = _VOWEL_RUN.sub(lambda m: _vowel_class(m.group()), _key_letters(token))
    key = _KEY_SYMBOL_RE.sub(lambda m: _KEY_SYMBOLS[m.group()], letters).rstrip("0123456789")
    return _REPEATS.sub(r"\1", key)


# A place named in one text is often its adjective in another: "Pruzhany" / "Пружанскі раён",
# "Ганцавічы" / "Ганцевичский лесхоз" / "Ганцавіцкі". The adjective's key is the noun's plus 'sk'
# (-ск-), with ц/ч before it as 't' + 'k' (-цк-: Ганцавіцкі, Брестский).
_ADJECTIVE_KEY = re.compile(r"(?:sk|tk)$")
# South Slavic and Polish -ić / -ic (Jovanović, Jovanovic) is the -ич of the name's Cyrillic
# spellings (Йованович, Ёванавіч); the 2007 Belarusian ć (ць) reads differently, so both count.
_SOUTH_SLAVIC_IC = re.compile(r"i[cć]$", re.I)


# Diacritics a query may leave out: Šimkus typed Simkus, Jovanović Jovanovic, Žukauskas Zukauskas.
_DIACRITIC_LETTERS = set("čšžŭćśźńĺłë")
_MARKED = {"s": "š", "z": "ž", "c": "č"}
_PLAIN_OF = {"S": "s", "Z": "z", "C": "t"}  # key symbols of ш ж ч -> those of s z c
_PLAIN_SZC = re.compile(r"(?<![sczkdt])([scz])(?![hszc])")  # not in sh, ch, zh, cz, ts, sz, dz
MAX_DIACRITIC_SPOTS = 3  # at most 7 variants a word


def _subsets(spots: list[int]) -> list[set[int]]:
    """Every non-empty subset of `spots`."""
    return [{spots[b] for b in range(len(spots)) if mask >> b & 1} for mask in range(1, 1 << len(spots))]


def related_keys(token: str) -> tuple[str, ...]:
    """Keys of the other shapes of the name `token` may be (its own key not included): its
    letters with or without diacritics (-ić as -ич, Simkus as Шимкус), and a place's adjective
    from its noun or noun from its adjective.

    >>> related_keys("Jovanovic"), related_keys("Pruzhany"), related_keys("Шимкус")
    (('*v*n*v*tk', '*v*n*v*C', '*v*n*v*Csk'), ('pr*Z*nsk',), ('S*mk*sk', 's*mk*s', 's*mk*sk'))
    """
    key = name_key(token)
    if not key:
        return ()
    keys = [key]
    if is_cyrillic(token):
        # ш ж ч of a name a Latin text writes without its diacritics (Šimkus as Simkus, -ić as -ic)
        spots = [i for i, c in enumerate(key) if c in _PLAIN_OF][:MAX_DIACRITIC_SPOTS]
        keys += ["".join(_PLAIN_OF[c] if i in chosen else c for i, c in enumerate(key))
                 for chosen in _subsets(spots)]
    elif not any(c in _DIACRITIC_LETTERS for c in token.lower()):
        # a name typed without its diacritics: each plain s z c may be š ž č (Simkus, Jovanovic)
        spots = [m.start(1) for m in _PLAIN_SZC.finditer(token.lower())][:MAX_DIACRITIC_SPOTS]
        keys += [name_key("".join(_MARKED.get(c, c) if i in chosen else c for i, c in enumerate(token.lower())))
                 for chosen in _subsets(spots)]
    if not is_cyrillic(token) and _SOUTH_SLAVIC_IC.search(token):
        keys.append(name_key(token[:-1] + "ch"))
    out: list[str] = []
    for k in keys:
        out.append(k)
        if k.endswith("sk") and len(k) > 4:  # an adjective: its noun
            out.append(k[:-2])
        elif k.endswith("tk") and len(k) > 4:  # -цкі / -чский: a noun in -ц or -ч
            out += [k[:-1], k[:-2] + "C"]
        elif k.endswith(("t", "s")):  # ц + ск merge into 't' + 'k', с + ск into 's' + 'k'
            out.append(k + "k")
        elif k.endswith("C"):  # -ичский (Russian), -іцкі (Belarusian)
            out += [k + "sk", k[:-1] + "tk"]
        else:
            out.append(k + "sk")
    return tuple(dict.fromkeys(k for k in out if k != key and not k.endswith("*")))
