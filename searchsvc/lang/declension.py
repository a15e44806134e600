"""Names in a query's case forms: back to the nominative, then to the Latin spellings news uses.

>>> from searchsvc.languages import default_languages
>>> languages = default_languages()
>>> "Кременевский" in nominatives("Кременевского", languages["ru"])
True
>>> "Mikhalevsky" in name_spellings("Міхалеўскага", languages["be"], languages)
True

A journalist types a surname the way the sentence needs it: "заявление Кременевского",
"сустрэча з Міхалеўскім", "фермерам Чарнагузавым". English text writes the nominative
("Stanislav Kremenevsky"), transliterated. Each language's `name_cases` (Language) maps a case
ending to the nominative endings it may stand for (-ского -> -ский/-ская, -авым -> -аў, -ам ->
the bare stem or -а); every matching ending gives a candidate, so the list is a guess to be
checked against an index's vocabulary (search/names.py), never an answer on its own.

`press_respelling` (Language) adds the spelling English news takes a Belarusian name from: its
Russian form ("Пуцін" -> "Путин", "Дзмітрый" -> "Дмитрий", "Лукашэнка" -> "Лукашенко").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .language import Language, LanguageRegistry
from .translit import latin_forms, press_form, transliterate

MIN_STEM = 3  # letters left after taking a case ending off ("Ким" is not "К" + "им")
MAX_NOMINATIVES = 8


def nominatives(word: str, language: Language, limit: int = MAX_NOMINATIVES) -> list[str]:
    """`word` itself, then the nominatives its case endings may come from (longest ending first),
    at most `limit`; the letter case of the word is kept ("Кременевского" -> "Кременевский")."""
    return list(_nominatives(word, language, limit))


@lru_cache(maxsize=20_000)
def _nominatives(word: str, language: Language, limit: int) -> tuple[str, ...]:
    out = [word]
    low = word.lower()
    for ending in sorted(language.name_cases, key=len, reverse=True):
        if not low.endswith(ending) or len(low) - len(ending) < MIN_STEM:
            continue
        stem = word[: len(word) - len(ending)]
        for nominative in language.name_cases[ending]:
            form = stem + (nominative.upper() if word.isupper() else nominative)
            if form not in out:
                out.append(form)
            if not nominative:
                # a fleeting vowel: the nominative has a vowel the other cases drop (Лобанок ->
                # Лобанка, Краўчанак -> Краўчанкам, Кравченок -> Кравченком)
                for fleeting in _fleeting(stem, word.isupper()):
                    if fleeting not in out:
                        out.append(fleeting)
    return tuple(out[:limit])


_FLEETING_AFTER = re.compile(r"[бвгджзйлмнпрфхчшщў]к$|[бвгджзйклмнпрстфхчшщў]ц$", re.IGNORECASE)  # not -ск, -цк: adjectives


def _fleeting(stem: str, upper: bool) -> list[str]:
    """The nominatives with a fleeting о/а/е before a final к or ц of a stem ending in two consonants."""
    if not _FLEETING_AFTER.search(stem):
        return []
    return [stem[:-1] + (v.upper() if upper else v) + stem[-1] for v in ("о", "а", "е")]


def respelled(name: str, language: Language) -> list[tuple[str, str]]:
    """[(language code, spelling)]: the name in its own language, then as English news respells it
    (Language.press_respelling): with every rule, and with the letter rules alone (a ц that is
    a ц in Russian too)."""
    out = [(language.code, name)]
    if language.press_respelling is None:
        return out
    code, rules = language.press_respelling
    low = name.lower()
    for skip_context in (False, True):
        text = low
        for pattern, repl in rules:
            if skip_context and "(?=" in pattern:
                continue  # context rules (цеканне, дзеканне) are guesses: try without them too
            text = re.sub(pattern, repl, text)
        spelled = text[:1].upper() + text[1:] if name[:1].isupper() else text
        if (code, spelled) not in out and text != low:
            out.append((code, spelled))
    return out


def name_spellings(word: str, language: Language, languages: LanguageRegistry,
                   limit: int = 32) -> list[str]:
    """Latin spellings of the nominatives `word` may stand for, the press form of each first
    (Kremenevsky, Mikhalevsky), then the standards' (Kremenevskiy, Mikhalewski, Michalieŭski);
    at most `limit`. A language without transliteration systems gives []."""
    return list(_name_spellings(word, language, languages, limit))


@lru_cache(maxsize=20_000)
def _name_spellings(word: str, language: Language, languages: LanguageRegistry, limit: int) -> tuple[str, ...]:
    if not language.translit_systems:
        return ()
    primary: list[str] = []
    others: list[str] = []
    for nominative in nominatives(word, language):
        for code, spelled in respelled(nominative, language):
            spelled_in = languages.get(code)
            if spelled_in is None or not spelled_in.translit_systems:
                continue
            primary.append(press_form(transliterate(spelled, spelled_in.translit_systems[0])))
            others.extend(sorted(latin_forms(spelled, code, languages)))
    out = list(dict.fromkeys(primary + others))
    return tuple(out[:limit])
