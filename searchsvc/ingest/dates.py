"""Dates in the formats the regional sites use, in English, Russian and Belarusian.

>>> parse_date("11 January 2023")
('2023-01-11', None)
>>> parse_datetime_value("2023-01-11T11:35:00Z")   # metadata: converted to Minsk time
('2023-01-11', '14:35')

Times are Europe/Minsk wall-clock time: a time written on a page is taken as Minsk time, a
machine timestamp with an offset (JSON-LD, meta tags, JSON Lines) is converted to it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

try:
    from zoneinfo import ZoneInfo

    MINSK = ZoneInfo("Europe/Minsk")
except Exception:  # no tz database on the machine: Minsk has been UTC+3 all year since 2011
    MINSK = timezone(timedelta(hours=3), "Europe/Minsk")

# Plausible publication dates: older than this is a typo or a historical date in the text.
EARLIEST_YEAR = 1990
# A page may be dated "tomorrow" by a server in another time zone; more than this is an error.
FUTURE_TOLERANCE = timedelta(days=2)

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Russian (genitive, nominative, abbreviations)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    # Belarusian (genitive, nominative, abbreviations)
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "траўня": 5,
    "чэрвеня": 6, "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11,
    "снежня": 12,
    "студзень": 1, "люты": 2, "сакавік": 3, "красавік": 4, "травень": 5, "чэрвень": 6,
    "ліпень": 7, "жнівень": 8, "верасень": 9, "кастрычнік": 10, "лістапад": 11, "снежань": 12,
    "студз": 1, "лют": 2, "сак": 3, "крас": 4, "трав": 5, "чэрв": 6, "ліп": 7, "жн": 8,
    "вер": 9, "кастр": 10, "ліст": 11, "снеж": 12,
}

_MONTH = r"([^\W\d_]{3,12})\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR_WORD = r"(?:\s*(?:г\.|года|год|гады|года\.|г))?"
_AMPM = r"(?:\s*([AaPp])\.?\s?[Mm]\.?(?![a-z]))?"
# An optional clock after the date: "14:35", ", 14:35", " в 14:35", " at 2:35 pm", "T14:35:00", " / 14:35".
_TIME = r"(?:(?:\s*,\s*|\s+|T)(?:в\s+|у\s+|at\s+|—\s+|-\s+|\|\s+|/\s+|•\s+|·\s+)?(\d{1,2}):(\d{2})(?::\d{2})?" + _AMPM + r")?"
PATTERNS = [
    ("dmy_name", re.compile(r"(?<![\w.])(\d{1,2})" + _ORD + r"(?:\s+of\s+|\s+|\s*-\s*)" + _MONTH + r"(?:,?\s+|-)(\d{4})\b" + _YEAR_WORD + _TIME, re.I)),
    ("mdy_name", re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})" + _ORD + r",?\s+(\d{4})\b" + _TIME, re.I)),
    ("iso", re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)" + _TIME)),
    # One separator throughout; a two-digit year only with dots ("11.01.23"): "2-12-12" is a phone number.
    ("dmy_num", re.compile(r"(?<![\d.\-+])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|(?<=\.)\d{2})(?![\d\-])" + _YEAR_WORD + _TIME)),
]
# A clock written before the date: "14:35, 11 January 2023", "14:35 | 11.01.2023".
_TIME_FIRST = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*[,|/—-]?\s*$")


def parse_date(text: str) -> tuple[str, str | None] | None:
    """Find the first calendar date in `text`; return (ISO date, "HH:MM" or None), or None.

    Day-first is assumed for numeric dates (11.01.2023 is 11 January), as everywhere in the region.
    """
    if not text:
        return None
    best = None
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            parsed = _build(kind, m.groups())
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


def _build(kind: str, g: tuple) -> tuple[str, str | None] | None:
    try:
        if kind == "dmy_name":
            month = MONTHS.get(g[1].lower())
            d, y = int(g[0]), int(g[2])
        elif kind == "mdy_name":
            month = MONTHS.get(g[0].lower())
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


def parse_datetime_value(value) -> tuple[str, str | None] | None:
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
            return parse_date(text)
        if len(text) <= 10:
            return moment.date().isoformat(), None
        if moment.tzinfo is not None:
            moment = moment.astimezone(MINSK)
        return moment.date().isoformat(), moment.strftime("%H:%M")
    return parse_date(text)


def implausible_date_reason(iso: str, today: date | None = None) -> str | None:
    """Why a publication date cannot be right (far future, before 1990), or None when it can."""
    day = date.fromisoformat(iso)
    today = today or datetime.now(MINSK).date()
    if day.year < EARLIEST_YEAR:
        return f"date {iso} is before {EARLIEST_YEAR}"
    if day > today + FUTURE_TOLERANCE:
        return f"date {iso} is in the future"
    return None
