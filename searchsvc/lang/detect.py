"""Which language a query is in: English, Russian or Belarusian.

>>> detect_language("визит Вольфовича"), detect_language("візіт Вальфовіча"), detect_language("CSTO visit")
('ru', 'be', 'en')

Queries are short, so this reads letters and function words rather than statistics:
Belarusian alone has і, ў and the apostrophe inside a word (сям’я, аб'ява); Russian alone
has и, щ, ъ. Latin text is English (the source language of every article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .translit import APOSTROPHES

DEFAULT = "en"  # empty or letterless input: search the source language
CYRILLIC_DEFAULT = "ru"  # Cyrillic with no telling letter or word (e.g. "Минск" is ru anyway; "Брэст" is not)

_WORD_RE = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")
# Share of letters that must be Cyrillic for a query to count as Russian/Belarusian: a Russian
# query may carry a Latin name ("Volfovich визит"), an English one rarely a Cyrillic word.
CYRILLIC_SHARE = 0.3

_BE_LETTERS = frozenset("іў")
_RU_LETTERS = frozenset("ищъ")
# Function words and very common words that exist in only one of the two languages.
_BE_WORDS = frozenset("""
    і ў з што гэта гэты гэтая гэтым як па ад пра каля таксама калі ці яго яе іх ён яна яны быў
    будзе будуць вельмі трэба можна няма ёсць сёння заўтра учора годзе гадоў рэспубліка
    беларусі кіраўнік кіраўніцтва прэзідэнт урад раёна раён вобласці вобласць горада горад навіны сустрэча
    візіт выбары ураджай збожжа бяспека адукацыя ахова здароўя праца дзяржаўны дзяржава міністр
    """.split())
_RU_WORDS = frozenset("""
    и в с что это этот эта этим как по от про около также когда или его ее её их он она они был
    будет будут очень надо нужно нет есть сегодня завтра вчера году лет республика
    беларуси руководитель руководство президент правительство района район области область города город
    новости встреча визит выборы урожай зерно безопасность образование здравоохранение работа
    государственный государство министр уборочная
    """.split())
# Letter pairs typical of one language's spelling: Belarusian дз/дж + soft vowel, -ць infinitives,
# Russian unstressed о (Belarusian writes а: горад, малако).
# Belarusian also writes э after consonants (Лукашэнка, Брэст, прэзідэнт), Russian rarely (мэр).
_BE_PATTERNS = re.compile(r"дзе|дзя|дзі|ць\b|цца\b|шч|ццё|ння\b|ага\b|аму\b|ямі\b|[бвгджзклмнпрстфхцчш]э")
_RU_PATTERNS = re.compile(r"ого\b|ому\b|ться\b|ть\b|ие\b|ия\b|ии\b|ый\b|ий\b|ение\b|ости\b")


@lru_cache(maxsize=20_000)
def detect_language(text: str) -> str:
    """'en', 'ru' or 'be' for a query or a text; English when there is nothing to tell by."""
    if not text:
        return DEFAULT
    cyrillic = latin = 0
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cyrillic == 0 or cyrillic < CYRILLIC_SHARE * (cyrillic + latin):
        return DEFAULT
    return _russian_or_belarusian(text.lower())


def _russian_or_belarusian(text: str) -> str:
    be = ru = 0.0
    for word in _WORD_RE.findall(text):
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            continue
        letters = set(word)
        if letters & _BE_LETTERS or any(a in word for a in APOSTROPHES):
            be += 2
        if letters & _RU_LETTERS:
            ru += 2
        if word in _BE_WORDS:
            be += 1.5
        if word in _RU_WORDS:
            ru += 1.5
        be += 0.5 * len(_BE_PATTERNS.findall(word))
        ru += 0.5 * len(_RU_PATTERNS.findall(word))
    if be > ru:
        return "be"
    return "ru" if ru > be else CYRILLIC_DEFAULT
