"""Date lines in the formats the regional sites use, in English, Russian and Belarusian.

>>> parse_date("11 January 2023")
('2023-01-11', None)
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Russian (genitive and nominative)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # Belarusian (genitive and nominative)
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "траўня": 5, "чэрвеня": 6,
    "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11, "снежня": 12,
    "студзень": 1, "люты": 2, "сакавік": 3, "красавік": 4, "травень": 5, "чэрвень": 6,
    "ліпень": 7, "жнівень": 8, "верасень": 9, "кастрычнік": 10, "лістапад": 11, "снежань": 12,
}

_MONTH = r"([^\W\d_]+)\.?"
_TIME = r"(?:[ T,]+(?:в\s+|у\s+|at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?)?"
PATTERNS = [
    ("dmy_name", re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})(?:\s*(?:г\.|года|года\.))?" + _TIME, re.I)),
    ("mdy_name", re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})" + _TIME, re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})" + _TIME)),
    ("dmy_num", re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})" + _TIME)),
]


def parse_date(text: str) -> tuple[str, str | None] | None:
    """Find the first date in `text`; return (ISO date, "HH:MM" or None), or None."""
    best = None
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            parsed = _build(kind, m.groups())
            if parsed and (best is None or m.start() < best[0]):
                best = (m.start(), parsed)
                break
    return best[1] if best else None


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
            d, month, y = int(g[0]), int(g[1]), int(g[2])
        if not month:
            return None
        day = date(y, month, d)
    except (ValueError, TypeError):
        return None
    hh, mm = g[-2], g[-1]
    clock = f"{int(hh):02d}:{mm}" if hh is not None and int(hh) < 24 and int(mm) < 60 else None
    return day.isoformat(), clock
