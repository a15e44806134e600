"""Dates a plain query names ("сенокос июнь 2023", "у 2025 годзе", "last month") -> a date range.

The words of a date leave the query text and become a publication-date filter, reported back as
`understood` so the reader sees what was read and can drop it (the `dates=off` parameter reruns
the query with those words as plain words). Month names, year words and relative-date phrases
come from the language registry (lang/language.py: months, year_words, date_words), so a new
language brings its own.

Read, in any of the registry's languages:
    a year               2025, "в 2025 году", "у 2025 годзе", "in 2025", "2025 г."
    a month (+ year)     "июнь 2023", "верасень 2024", "July 2023"; a month alone is its latest
                         occurrence up to today
    a range              "2022-2024", "с 2022 по 2024 год", "from March to May 2024", "январь-март 2025"
    relative             "вчера", "позавчера", "на прошлой неделе", "last month", "летась", "сёлета",
                         "у мінулым годзе", "the year before last"... counted back from `today`, the
                         caller's clock (SearchService's `today`), never a clock of this module's own

Words are compared with ё as е and a Belarusian ў as у ("ў мінулым годзе" after a vowel, "селета").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..languages import LanguageRegistry, resolve

MIN_YEAR, MAX_YEAR = 1900, 2099
MIN_MONTH_ALONE = 4  # a month word without a year counts from 4 letters ("may" is a verb)
_TOKEN = re.compile(r"\d{4}(?:\s*[-–—]\s*\d{4})?|[^\W\d_]+\.?|\S", re.UNICODE)
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*[-–—]\s*(\d{4})$")
# relative periods a language's date_words name (lang/language.py)
RELATIVE = ("today", "yesterday", "day_before_yesterday", "this_week", "last_week", "this_month", "last_month",
            "this_year", "last_year", "year_before_last")


@dataclass
class UnderstoodDate:
    text: str  # the words of the query that were read as a date
    date_from: str  # ISO, inclusive
    date_to: str
    kind: str  # year | month | range | relative

    def to_json(self) -> dict:
        return asdict(self)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _relative(period: str, today: date) -> tuple[date, date]:
    if period == "today":
        return today, today
    if period in ("yesterday", "day_before_yesterday"):
        day = today - timedelta(days=1 if period == "yesterday" else 2)
        return day, day
    monday = today - timedelta(days=today.weekday())
    if period == "this_week":
        return monday, today
    if period == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if period == "this_month":
        return today.replace(day=1), today
    if period == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == "this_year":
        return date(today.year, 1, 1), today
    back = 2 if period == "year_before_last" else 1
    return date(today.year - back, 1, 1), date(today.year - back, 12, 31)  # last_year, year_before_last


def _fold(word: str) -> str:
    """A word as date words are compared: ё as е, Belarusian ў (у after a vowel) as у."""
    return word.lower().replace("ё", "е").replace("ў", "у")


@lru_cache(maxsize=16)  # a registry is immutable; built once, not per query (~0.3 ms)
def _vocabulary(languages: LanguageRegistry):
    """(month word -> number, year words, prepositions/range words, relative phrases as token
    tuples). Shared: read only."""
    months: dict[str, int] = {}
    year_words, joiners, phrases = set(), {}, {}
    for lang in languages:
        names = [n.lower() for n in lang.month_names]
        for word, number in lang.months.items():
            word = _fold(word)
            # abbreviations ("сент", "ліст" = a letter, "jan") are page dates, not query words
            if names and word != names[number - 1] and names[number - 1].startswith(word):
                continue
            months.setdefault(word, number)
        year_words.update(f for w in lang.year_words for f in (_fold(w), _fold(w).rstrip(".")))
        for phrase, meaning in lang.date_words.items():
            toks = tuple(_fold(phrase).split())
            if meaning in RELATIVE:
                phrases[toks] = meaning
            elif meaning in ("in", "from", "to"):
                joiners[_fold(phrase)] = meaning
    for dash in "-–—":  # "январь-март 2025", "студзень–сакавік"
        joiners[dash] = "to"
    # longest first: "the day before yesterday" before "yesterday"
    return months, year_words, joiners, sorted(phrases.items(), key=lambda kv: -len(kv[0]))


def understand_dates(text: str, languages: LanguageRegistry | None = None, *,
                     today: date) -> tuple[str, list[UnderstoodDate]]:
    """(the query without its date words, what was read). Reads at most one date expression (the
    first); a query with two ("2023 ... 2025") keeps the second as words. `today`: the date
    relative words count from (the caller's clock)."""
    languages = resolve(languages)
    months, year_words, joiners, phrases = _vocabulary(languages)
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    low = [_fold(t) for t, _, _ in toks]
    n = len(toks)

    def month_at(i):
        return months.get(low[i].rstrip(".")) if i < n else None

    def year_at(i):
        if i < n and (m := _YEAR.match(low[i])) and MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
            return int(m.group(1))
        return None

    def after_year(j):
        """The index after an optional year word at j ("2025 года", "2024-2025 гг.")."""
        return j + 1 if j < n and low[j] in year_words else j

    def point_at(i):
        """A month [year] / year at token i -> (first, last, next index, kind) or None."""
        if (mo := month_at(i)) is not None:
            comma = 1 if i + 1 < n and low[i + 1] == "," else 0  # "December, 2025"
            if (y := year_at(i + 1 + comma)) is not None:
                first, last = _month_range(y, mo)
                j = after_year(i + 2 + comma)
            elif len(low[i]) < MIN_MONTH_ALONE and not (
                    # "may", "май" alone are words; at the start of a month range they are months
                    # ("from May to July 2025", "с мая по июль 2025", "May-July 2025")
                    i + 2 < n and joiners.get(low[i + 1]) == "to" and month_at(i + 2) is not None):
                return None
            else:
                y = today.year if mo <= today.month else today.year - 1
                first, last = _month_range(y, mo)
                j = i + 1
            return first, last, j, "month"
        if (y := year_at(i)) is not None:
            return date(y, 1, 1), date(y, 12, 31), after_year(i + 1), "year"
        if i < n and (m := _YEAR_RANGE.match(low[i])):
            a, b = int(m.group(1)), int(m.group(2))
            if MIN_YEAR <= a <= b <= MAX_YEAR:
                return date(a, 1, 1), date(b, 12, 31), after_year(i + 1), "range"
        return None

    for i in range(n):
        # relative phrases (longest first), with an optional preposition before them
        for toks_phrase, period in phrases:
            k = len(toks_phrase)
            if tuple(low[i:i + k]) == toks_phrase:
                first, last = _relative(period, today)
                start = i - 1 if i > 0 and joiners.get(low[i - 1]) == "in" else i
                return _cut(text, toks, start, i + k, first, last, "relative")
        start = i
        j = i + 1 if joiners.get(low[i]) in ("in", "from") else i
        p = point_at(j)
        if p is None:
            continue
        first, last, end, kind = p
        # a range: "<point> to <point>", "с <point> по <point>"; a month without a year before
        # "to May 2024" takes that year
        if end < n and joiners.get(low[end]) == "to" and (q := point_at(end + 1)) is not None:
            q_first, q_last, q_end, _ = q
            if kind == "month" and year_at(j + 1) is None and month_at(end + 1) is not None:
                first = _month_range(q_last.year, month_at(j))[0]
            if first <= q_last:
                return _cut(text, toks, start, q_end, first, q_last, "range")
        return _cut(text, toks, start, end, first, last, kind)
    return text, []


def _cut(text, toks, start, end, first, last, kind):
    a, b = toks[start][1], toks[end - 1][2]
    rest = " ".join((text[:a] + " " + text[b:]).split())
    return rest, [UnderstoodDate(text[a:b], first.isoformat(), last.isoformat(), kind)]
