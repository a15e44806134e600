"""Dates in the formats the regional sites use, in every registered language (month names, year
and clock words come from the Language objects).

>>> parse_date("11 January 2023")
('2023-01-11', None)
>>> parse_datetime_value("2023-01-11T11:35:00Z")   # metadata: converted to Minsk time
('2023-01-11', '14:35')

Times are Europe/Minsk wall-clock time: a time written on a page is taken as Minsk time, a
machine timestamp with an offset (JSON-LD, meta tags, JSON Lines) is converted to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone

from ..languages import LanguageRegistry, resolve

try:
    from zoneinfo import ZoneInfo

    MINSK = ZoneInfo("Europe/Minsk")
except Exception:  # no tz database on the machine: Minsk has been UTC+3 all year since 2011
    MINSK = timezone(timedelta(hours=3), "Europe/Minsk")

# Plausible publication dates: older than this is a typo or a historical date in the text.
EARLIEST_YEAR = 1990
# A page may be dated "tomorrow" by a server in another time zone; more than this is an error.
FUTURE_TOLERANCE = timedelta(days=2)

_MONTH = r"([^\W\d_]{3,12})\.?"
_ORD = r"(?:st|nd|rd|th)?"
_AMPM = r"(?:\s*([AaPp])\.?\s?[Mm]\.?(?![a-z]))?"


@lru_cache(maxsize=8)
def date_patterns(languages: LanguageRegistry) -> list[tuple[str, re.Pattern]]:
    """The date patterns for the registry's month, year and clock words, longest word first."""
    year_words = sorted({w for lang in languages for w in lang.year_words}, key=len, reverse=True)
    year_word = r"(?:\s*(?:" + "|".join(map(re.escape, year_words)) + r"))?" if year_words else ""
    clock_words = [w for lang in languages for w in lang.clock_words]
    # An optional clock after the date: "14:35", ", 14:35", " в 14:35", " at 2:35 pm", "T14:35:00", " / 14:35".
    leads = "".join(re.escape(w) + r"\s+|" for w in clock_words)
    clock = (r"(?:(?:\s*,\s*|\s+|T)(?:" + leads + r"—\s+|-\s+|\|\s+|/\s+|•\s+|·\s+)?(\d{1,2}):(\d{2})(?::\d{2})?"
             + _AMPM + r")?")
    return [
        ("dmy_name", re.compile(r"(?<![\w.])(\d{1,2})" + _ORD + r"(?:\s+of\s+|\s+|\s*-\s*)" + _MONTH
                                + r"(?:,?\s+|-)(\d{4})\b" + year_word + clock, re.I)),
        ("mdy_name", re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})" + _ORD + r",?\s+(\d{4})\b" + clock, re.I)),
        ("iso", re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)" + clock)),
        # One separator throughout; a two-digit year only with dots ("11.01.23"): "2-12-12" is a phone number.
        ("dmy_num", re.compile(r"(?<![\d.\-+])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|(?<=\.)\d{2})(?![\d\-])"
                               + year_word + clock)),
    ]


# A clock written before the date: "14:35, 11 January 2023", "14:35 | 11.01.2023".
_TIME_FIRST = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*[,|/—-]?\s*$")


def parse_date(text: str, languages: LanguageRegistry | None = None) -> tuple[str, str | None] | None:
    """Find the first calendar date in `text`; return (ISO date, "HH:MM" or None), or None.

    Month names in any of the registry's languages. Day-first is assumed for numeric dates
    (11.01.2023 is 11 January), as everywhere in the region.
    """
    if not text:
        return None
    languages = resolve(languages)
    months = languages.month_numbers
    best = None
    for kind, pattern in date_patterns(languages):
        for m in pattern.finditer(text):
            parsed = _build(kind, m.groups(), months)
            if parsed:
                if best is None or m.start() < best[0]:
                    best = (m.start(), parsed)
                break
    if best is None:
        return None
    start, (iso, clock) = best
    if clock is None:
        before = _TIME_FIRST.search(text[:start])
        if before and int(before.group(1)) < 24 and int(before.group(2)) < 60:
            clock = f"{int(before.group(1)):02d}:{before.group(2)}"
    return iso, clock


def _build(kind: str, g: tuple, months) -> tuple[str, str | None] | None:
    try:
        if kind == "dmy_name":
            month = months.get(g[1].lower())
            d, y = int(g[0]), int(g[2])
        elif kind == "mdy_name":
            month = months.get(g[0].lower())
            d, y = int(g[1]), int(g[2])
        elif kind == "iso":
            y, month, d = int(g[0]), int(g[1]), int(g[2])
        else:
            d, month, y = int(g[0]), int(g[2]), g[3]  # g[1]: the separator
            y = _expand_year(y)
        if not month:
            return None
        day = date(y, month, d)
    except (ValueError, TypeError):
        return None
    hh, mm, ampm = g[-3], g[-2], g[-1]
    clock = None
    if hh is not None:
        h, m = int(hh), int(mm)
        if ampm:
            if not 1 <= h <= 12:
                h = 99
            h = (h % 12) + (12 if ampm.lower() == "p" else 0)
        if h < 24 and m < 60:
            clock = f"{h:02d}:{m:02d}"
    return day.isoformat(), clock


def _expand_year(text: str) -> int:
    y = int(text)
    if len(text) == 4:
        return y
    # Two-digit years ("11.01.23") on news pages mean this century unless that is the future.
    this_year = datetime.now(MINSK).year % 100
    return 2000 + y if y <= this_year + 1 else 1900 + y


_ISO_DATETIME = re.compile(r"^\s*\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")


def parse_datetime_value(value, languages: LanguageRegistry | None = None) -> tuple[str, str | None] | None:
    """A machine-written timestamp (JSON-LD, meta tags, JSON Lines) -> Minsk (date, time).

    ISO 8601 with an offset is converted to Minsk time; without one it is taken as Minsk time;
    a Unix timestamp (seconds) is accepted; anything else falls back to `parse_date`.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not 0 < value < 10**11:
            return None
        moment = datetime.fromtimestamp(value, tz=timezone.utc).astimezone(MINSK)
        return moment.date().isoformat(), moment.strftime("%H:%M")
    text = str(value).strip()
    if _ISO_DATETIME.match(text):
        iso = text.replace(" ", "T", 1) if len(text) > 10 else text
        iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
        iso = re.sub(r"T(\d):", r"T0\1:", iso)
        try:
            moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            return parse_date(text, languages)
        if len(text) <= 10:
            return moment.date().isoformat(), None
        if moment.tzinfo is not None:
            moment = moment.astimezone(MINSK)
        return moment.date().isoformat(), moment.strftime("%H:%M")
    return parse_date(text, languages)


def implausible_date_reason(iso: str, today: date | None = None) -> str | None:
    """Why a publication date cannot be right (far future, before 1990), or None when it can."""
    day = date.fromisoformat(iso)
    today = today or datetime.now(MINSK).date()
    if day.year < EARLIEST_YEAR:
        return f"date {iso} is before {EARLIEST_YEAR}"
    if day > today + FUTURE_TOLERANCE:
        return f"date {iso} is in the future"
    return None
