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
# A zone written after a clock: "11:35 UTC", "14:35 (GMT+3)", "12:35 CET", "+0300".
_ZONE = r"(?:\s*\(?\s*((?:UTC|GMT|UT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z|MSK|CET|CEST|EET|EEST|WET|BST)\b\s*\)?)?"
_ZONE_HOURS = {"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "MSK": 3, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WET": 0,
               "BST": 1}
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
    clock = (r"(?:(?:\s*,\s*|\s+|T)(?:" + leads + r"—\s+|-\s+|\|\s+|/\s+|•\s+|·\s+)?(\d{1,2})(?::|\.(?=\d{2}(?![\d.,%]|\s*[^\W\d_])))"
             r"(\d{2})(?::\d{2})?" + _AMPM + _ZONE + r")?")
    return [
        ("dmy_name", re.compile(r"(?<![\w.])(\d{1,2})" + _ORD + r"(?:\s+of\s+|\s+|\s*-\s*)" + _MONTH
                                + r"(?:,?\s+|-)(\d{4})(?!\d)" + year_word + clock, re.I)),
        ("mdy_name", re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})" + _ORD + r",?\s+(\d{4})\b" + clock, re.I)),
        ("iso", re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)" + clock)),
        # One separator throughout; a two-digit year with dots or slashes ("11.01.23", "11/01/23"), with
    # hyphens only when the text is that date alone: "22-12-12" in a sentence is a phone number.
        ("dmy_num", re.compile(r"(?<![\d.\-+/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|(?<=[./])\d{2})(?![\d\-/])"
                               + year_word + clock)),
        ("dmy_num", re.compile(r"^\s*(\d{1,2})(-)(\d{2})-(\d{2})(?![\d\-])" + clock + r"\s*$")),
    ]


# A clock written before the date: "14:35, 11 January 2023", "14:35 | 11.01.2023".
_TIME_FIRST = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*[,|/—-]?\s*$")
# An RFC 2822 date (RSS pubDate, HTTP headers, e-mail): "Wed, 11 Jan 2023 11:35:00 GMT".
_RFC2822 = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                      r"Nov|Dec)[a-z]*\.?\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?", re.I)
# Numeric dates with their two first numbers, to tell day-first from month-first pages.
_NUMERIC = re.compile(r"(?<![\d.\-+/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")


def numeric_date_order(text: str) -> str:
    """Whether the numeric dates of a page are day-first ("dmy") or month-first ("mdy").

    03/04/2026 alone is ambiguous; it is decided, in this order:
    1. the other numeric dates on the same page: a date whose first number is over 12
       (25/12/2026) makes the page day-first, one whose second number is over 12 (12/25/2026)
       makes it month-first; a page with both kinds (a typo, a quoted foreign date) is day-first;
    2. else the convention of the sites' country: Belarus, like Russia and the rest of Europe,
       writes the day first, on Russian, Belarusian and English pages alike (BelTA's English
       service prints 03.04.2026 for 3 April), so day-first.
    A date that can only be read one way (04/15/2026) is read that way whatever the page's order.
    A year before EARLIEST_YEAR casts no vote: "2-14-51" in a footer's phone number is no date.
    """
    day_first = month_first = False
    for m in _NUMERIC.finditer(text or ""):
        if _expand_year(m.group(4)) < EARLIEST_YEAR:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and b <= 12:
            day_first = True
        elif b > 12 and a <= 12:
            month_first = True
    return "mdy" if month_first and not day_first else "dmy"


def parse_date(text: str, languages: LanguageRegistry | None = None,
               order: str | None = None) -> tuple[str, str | None] | None:
    """Find the first calendar date in `text`; return (ISO date, "HH:MM" Minsk time or None), or None.

    Month names in any of the registry's languages (genitive, nominative, abbreviated; a Latin i
    typed for the Belarusian і is read as і). Numeric dates are day-first (11.01.2023 is
    11 January) unless `order` is "mdy" or the text itself settles it: see `numeric_date_order`,
    which decides `order` from a whole page. A clock with a zone ("11:35 UTC", "(GMT+3)") is
    converted to Minsk time, and the date with it.
    """
    if not text:
        return None
    languages = resolve(languages)
    months = languages.month_numbers
    order = order or numeric_date_order(text)
    best = None
    if (rfc := _RFC2822.search(text)) is not None:
        parsed = _rfc2822(rfc.group(0))
        if parsed:
            best = (rfc.start(), parsed)
    for kind, pattern in date_patterns(languages):
        for m in pattern.finditer(text):
            parsed = _build(kind, m.groups(), months, order)
            if parsed and kind == "dmy_num":
                parsed = _as_weekday_says(text[:m.start()], parsed, _build(kind, m.groups(), months, _OTHER[order]),
                                          languages)
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


_OTHER = {"dmy": "mdy", "mdy": "dmy"}
# The word just before a date: "Wed, 01/11/2023", "Среда, 11.01.2023", "пт 03.02.2023".
_WORD_BEFORE = re.compile(r"([^\W\d_]{2,12})\.?\s*,?\s*$")


def _as_weekday_says(before: str, read, other, languages: LanguageRegistry):
    """A numeric date that can be read both ways (03/02/2023) read as the weekday written before it says
    ("Thu, 03/02/2023" is 2 March: 3 February 2023 was a Friday), else as `read` (the page's order)."""
    m = _WORD_BEFORE.search(before[-24:])
    weekday = languages.weekday_numbers.get(m.group(1).lower()) if m else None
    if weekday is None or other is None or other[0] == read[0]:
        return read
    if date.fromisoformat(read[0]).weekday() != weekday and date.fromisoformat(other[0]).weekday() == weekday:
        return other
    return read


def _rfc2822(text: str) -> tuple[str, str | None] | None:
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(MINSK)
    return moment.date().isoformat(), moment.strftime("%H:%M")


def _month(word: str, months) -> int | None:
    word = word.lower()
    if word not in months and re.search(r"[а-яёіў]", word):
        word = word.replace("i", "і")  # "жнiўня" typed with a Latin i
    return months.get(word)


def _build(kind: str, g: tuple, months, order: str = "dmy") -> tuple[str, str | None] | None:
    try:
        if kind == "dmy_name":
            month = _month(g[1], months)
            d, y = int(g[0]), int(g[2])
        elif kind == "mdy_name":
            month = _month(g[0], months)
            d, y = int(g[1]), int(g[2])
        elif kind == "iso":
            y, month, d = int(g[0]), int(g[1]), int(g[2])
        else:
            d, month, y = int(g[0]), int(g[2]), g[3]  # g[1]: the separator
            if order == "mdy" and d <= 12:
                d, month = month, d
            elif month > 12 >= d:
                d, month = month, d  # 04/15/2026 can only be month-first
            y = _expand_year(y)
        if not month:
            return None
        day = date(y, month, d)
    except (ValueError, TypeError):
        return None
    hh, mm, ampm, zone = g[-4], g[-3], g[-2], g[-1]
    clock = None
    if hh is not None:
        h, m = int(hh), int(mm)
        if ampm:
            if not 1 <= h <= 12:
                h = 99
            h = (h % 12) + (12 if ampm.lower() == "p" else 0)
        if h < 24 and m < 60:
            offset = _zone_offset(zone)
            if offset is None:
                clock = f"{h:02d}:{m:02d}"
            else:  # a clock in another zone: the Minsk wall clock (and maybe the next day)
                moment = datetime(day.year, day.month, day.day, h, m, tzinfo=offset).astimezone(MINSK)
                day, clock = moment.date(), moment.strftime("%H:%M")
    return day.isoformat(), clock


def _zone_offset(zone: str | None) -> timezone | None:
    """The offset a zone written after a clock names; None for none (the clock is Minsk time)."""
    if not zone:
        return None
    z = zone.replace(" ", "").upper()
    m = re.fullmatch(r"(?:UTC|GMT|UT)?([+-])(\d{1,2}):?(\d{2})?", z)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    hours = _ZONE_HOURS.get(z)
    return None if hours is None else timezone(timedelta(hours=hours))


def _expand_year(text: str) -> int:
    y = int(text)
    if len(text) == 4:
        return y
    # Two-digit years ("11.01.23") on news pages mean this century unless that is the future.
    this_year = datetime.now(MINSK).year % 100
    return 2000 + y if y <= this_year + 1 else 1900 + y


_ISO_DATETIME = re.compile(r"^\s*\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$")
_COMPACT_ISO = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}(Z|[+-]\d{4})?)?$")


def parse_datetime_value(value, languages: LanguageRegistry | None = None) -> tuple[str, str | None] | None:
    """A machine-written timestamp (JSON-LD, meta tags, JSON Lines) -> Minsk (date, time).

    ISO 8601 with an offset is converted to Minsk time; without one it is taken as Minsk time;
    a Unix timestamp (seconds) is accepted; anything else falls back to `parse_date`.
    """
    if isinstance(value, dict) and "$date" in value:  # MongoDB's extended JSON
        value = value["$date"]
        if isinstance(value, dict):
            value = value.get("$numberLong")
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{10}(?:\d{3})?(?:\.\d+)?\s*", value):
        value = float(value)  # epoch seconds or milliseconds written as a string
    if isinstance(value, (int, float)):
        if 10**11 < value < 10**14:
            value = value / 1000  # JavaScript's Date.now(): milliseconds
        if not 0 < value < 10**11:
            return None
        moment = datetime.fromtimestamp(value, tz=timezone.utc).astimezone(MINSK)
        return moment.date().isoformat(), moment.strftime("%H:%M")
    text = str(value).strip()
    compact = _COMPACT_ISO.match(text)
    if compact:  # "20230111", "20230111T113500Z" (iCalendar, some RSS generators)
        y, mo, d, hh, mi, zone = compact.groups()
        text = f"{y}-{mo}-{d}" + (f"T{hh}:{mi}:00{zone or ''}" if hh else "")
    text = re.sub(r"\s*\b(?:UTC|GMT)$", "Z", text) if re.match(r"\d{4}-", text) else text
    if _ISO_DATETIME.match(text):
        iso = text.replace(" ", "T", 1) if len(text) > 10 else text
        iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
        iso = re.sub(r"(T[\d:.]+[+-]\d{2})$", r"\1:00", iso)  # "+03": hours only
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


# A day and a month with no year after it: "2 июня, 10:15", "June 2nd", "2 чэрвеня" (a year may not follow).
_DAY_MONTH = re.compile(r"(?<![\w.])(\d{1,2})" + _ORD + r"\s+([^\W\d_]{3,12})(?![^\W\d_])\.?(?!\.?,?\s*\d{2,4}(?![:.]\d))")
_MONTH_DAY = re.compile(r"(?<![\w.])([^\W\d_]{3,12})(?![^\W\d_])\.?\s+(\d{1,2})" + _ORD + r"(?![\d.:])(?!,?\s*\d{4})")


def with_year(text: str, year: int, languages: LanguageRegistry | None = None) -> str | None:
    """`text` with `year` written after its first day and month that have none ("2 июня, 10:15" -> "2 июня 2026,
    10:15"), for `parse_date`; None when it holds no such day and month. The year comes from the page (its
    copyright line): news templates print the current year's dates without it."""
    months = resolve(languages).month_numbers
    found = [m for pattern, word in ((_DAY_MONTH, 2), (_MONTH_DAY, 1)) for m in pattern.finditer(text)
             if _month(m.group(word), months)]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    return f"{text[:m.end()]} {year}{text[m.end():]}"


def stated_date(value, warnings: list[str], languages: LanguageRegistry | None = None) -> tuple[str, str | None] | None:
    """A record's stated publication timestamp (a feed item's, a JSON record's, an export's) -> Minsk (date, time)
    as parse_datetime_value reads it; None, with a warning naming the value, when it is no date."""
    parsed = parse_datetime_value(value, languages)
    if parsed is None:
        warnings.append(f"published {str(value)[:40]!r} is not a date: ignored")
    return parsed


def written_datetime_value(value) -> tuple[str, str | None] | None:
    """The date and clock an ISO timestamp with an offset writes, in its own zone (not converted to Minsk):
    "2026-06-02T01:30:00+08:00" -> ("2026-06-02", "01:30"); None for any other value."""
    text = str(value).strip() if isinstance(value, str) else ""
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$", text)
    if not m:
        return None
    try:
        date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return m.group(1), f"{int(m.group(2)):02d}:{m.group(3)}"


# A date relative to the day the page was saved ("Вчера, 14:35", "2 hours ago"): no calendar date can
# be read from it, so the report says why the page has none.
RELATIVE_DATE = re.compile(
    r"^(?:(?:published|posted|опубликовано|апублікавана)\s*:?\s*)?(?:today|yesterday|сегодня|вчера|позавчера|сёння|"
    r"учора|учора|пазаўчора|\d{1,2}\s+(?:minutes?|hours?|days?|мин\w*|час\w*|дн\w*|дней|хвілін\w*|гадзін\w*|"
    r"дзён|дні|дзень)\s+(?:ago|назад|таму))\b[\s,]*(?:(?:at|в|у|а)\s+)?(?:\d{1,2}[:.]\d{2})?\s*$", re.I)


def relative_date_reason(lines) -> str | None:
    """The warning for a page whose only date is relative ("Вчера, 14:35"), or None."""
    for line in lines:
        line = line.strip()
        if line and len(line) <= 60 and RELATIVE_DATE.match(line):
            return f"date {line!r} is relative to the day the page was saved: no calendar date to read"
    return None


def implausible_date_reason(iso: str, today: date | None = None) -> str | None:
    """Why a publication date cannot be right (far future, before 1990), or None when it can."""
    day = date.fromisoformat(iso)
    today = today or datetime.now(MINSK).date()
    if day.year < EARLIEST_YEAR:
        return f"date {iso} is before {EARLIEST_YEAR}"
    if day > today + FUTURE_TOLERANCE:
        return f"date {iso} is in the future"
    return None


# a date in a URL's path: /2026/12/06/, /2026-12-06-slug, /20261206-slug.html, /06.12.2026/ (CMSs that
# file stories by day); a year alone or a year and month is no day
_URL_DATE = re.compile(r"(?<![\d])(?:(20\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])|(20\d{2})-(\d{2})-(\d{2})(?![\d])|"
                       r"(20\d{2})(\d{2})(\d{2})(?=[-_./]|$)|(\d{2})\.(\d{2})\.(20\d{2})(?![\d]))")


def date_in_url(url: str | None) -> str | None:
    """The publication day a story's URL path files it under, else None.

    >>> date_in_url("https://lida.gov.by/news/2026/12/06/novaya-shkola")
    '2026-12-06'
    >>> date_in_url("https://lida.gov.by/news/20261206-novaya-shkola.html"), date_in_url("https://x.by/2026/12/")
    ('2026-12-06', None)
    """
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I).split("?")[0].split("#")[0]
    for m in _URL_DATE.finditer(path):
        g = [x for x in m.groups() if x is not None]
        y, mo, d = (g[2], g[1], g[0]) if m.group(10) else g
        try:
            return date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            continue
    return None
