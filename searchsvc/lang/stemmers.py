"""Stem functions, one per language. Module-level: the Whoosh engine pickles them into the index schema."""

from __future__ import annotations

import re
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


# Belarusian inflectional endings (nouns, adjectives, verbs), longest first. Tuned on the dev
# split of UD Belarusian-HSE (bench/stemmer_be.py): endings whose removal merged more words of
# different lemmas than it joined forms of one lemma were left out (-ць, -ці, -чы, -л, -шы, ...),
# and -ога, which would cut дарога, перамога, дапамога to дар-, перам-, дапам-.
_BE_ENDINGS = tuple(sorted(set("""
    а я о е э у ю ы і ь й
    ам ям ом ем ём ах ях аў яў оў ёў еў эў ай яй ой ёй эй ою ёю аю яю ую юю ая яя ое ае ее ыя ія ыі
    амі ямі ымі імі ьмі мі ых іх ым ім ага яга аму яму ому
    іяй іямі іях іяў ію іі ій іё ыю ыяй ыямі ыях ыяў
    аць яць ець іць ыць уць юць
    ла лі ло ала алі ало яла ялі яло яў іла ілі іло іў ыла ылі ыло ела елі ело
    аеш аем аеце аюць яеш яем яеце яюць уе уеш уем уеце уюць юе юеш юем юеце
    еш эш эм эце іш ыш іце ыце
    ўшы ючы учы ячы
    аваць аваў авалі ываць ывала ывалі іваць іваў івалі
    ена аны ята яты
    """.split())
    # nouns whose stem ends in й: ураджай, ураджаю, ураджаі, ураджаяў; музей, музея
    | {v + e for v in "аеоу" for e in ("й", "ю", "ем", "і", "я", "яў", "ям", "ямі", "ях", "ёў")},
    key=len, reverse=True))
# Endings grouped by length: a handful of set look-ups per word instead of ~150 endswith calls.
_BE_ENDINGS_BY_LENGTH = tuple(
    (n, frozenset(e for e in _BE_ENDINGS if len(e) == n)) for n in sorted({len(e) for e in _BE_ENDINGS}, reverse=True)
)
_BE_VOWELS = frozenset("аеёіоуыэюя")
_BE_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
# A vowel that drops out of the stem in other forms: выпадак/выпадку, стужак/стужка.
_BE_FLEETING_VOWEL = re.compile(r"(?<=[^аеёіоуыэюя])[аое](?=[кн]$)")
MIN_BE_STEM = 3


@lru_cache(maxsize=200_000)
def stem_be(word: str) -> str:
    """A suffix-stripping stemmer for Belarusian (no library has one).

    >>> stem_be("ураджаю") == stem_be("ураджай"), stem_be("ўрад") == stem_be("урада")
    (True, True)

    Spelling variants are folded first: apostrophes (аб'ява = абява), ё as е (a query typed
    without ё), word-initial ў as у (ўрад after a vowel is урад), a Latin i typed for і. After
    the ending goes, stem-final alternations are folded: дз/д (горадзе, горад), к/ц/т
    (стужцы, стужка; канцэрце, канцэрт), з/г after a vowel (дарозе, дарога), and a fleeting
    vowel before final к/н (выпадак, выпадку).
    """
    w = word.lower().translate(_BE_APOSTROPHES).replace("i", "і").replace("ё", "е")
    if w.startswith("ў"):
        w = "у" + w[1:]
    first_vowel = next((i for i, c in enumerate(w) if c in _BE_VOWELS), None)
    if first_vowel is None:
        return w
    shortest = max(first_vowel + 1, MIN_BE_STEM)
    for n, endings in _BE_ENDINGS_BY_LENGTH:
        if len(w) - n >= shortest and w[-n:] in endings:
            w = w[:-n]
            break
    if w.endswith("ь"):
        w = w[:-1]
    if w.endswith("дз"):
        w = w[:-1]
    if len(w) > 3 and w[-1] in "цт":
        w = w[:-1] + "к"
    if len(w) > 3 and w[-1] == "з" and w[-2] in _BE_VOWELS:
        w = w[:-1] + "г"
    if len(w) > 4:
        w = _BE_FLEETING_VOWEL.sub("", w)
    return w


class SuffixStemmer:
    """A stemmer for a language no library covers: strip the longest listed ending that leaves
    at least `min_stem` letters (and a vowel). Instances pickle (an index stores its stemmer).

    >>> stem = SuffixStemmer(["ами", "ах", "а", "и"], vowels="аеиоу")
    >>> stem("книгами"), stem("книгах"), stem("книга")
    ('книг', 'книг', 'книг')
    """

    def __init__(self, endings, vowels: str = "", min_stem: int = 3, fold: dict[str, str] | None = None):
        self.endings = tuple(sorted(set(endings), key=len, reverse=True))
        self.vowels, self.min_stem = vowels, min_stem
        self.fold = dict(fold or {})
        self._by_length = tuple((n, frozenset(e for e in self.endings if len(e) == n))
                                for n in sorted({len(e) for e in self.endings if e}, reverse=True))

    def __getstate__(self):
        return {"endings": self.endings, "vowels": self.vowels, "min_stem": self.min_stem, "fold": self.fold}

    def __setstate__(self, state):
        self.__init__(**state)

    def __eq__(self, other):
        return isinstance(other, SuffixStemmer) and self.__getstate__() == other.__getstate__()

    def __hash__(self):
        return hash((self.endings, self.vowels, self.min_stem))

    def __repr__(self):
        return f"SuffixStemmer({len(self.endings)} endings, min_stem={self.min_stem})"

    def __call__(self, word: str) -> str:
        w = word.lower()
        for a, b in self.fold.items():
            w = w.replace(a, b)
        first_vowel = next((i for i, c in enumerate(w) if c in self.vowels), 0) if self.vowels else 0
        shortest = max(first_vowel + 1, self.min_stem)
        for n, endings in self._by_length:
            if len(w) - n >= shortest and w[-n:] in endings:
                return w[:-n]
        return w
