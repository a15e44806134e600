"""Plain-text scrapes (like shared/seed/): strip the site chrome, find site, date, title, body."""

from __future__ import annotations

import re

from .dates import parse_date

# Accessibility-widget lines every page of these CMSs starts with.
WIDGET_LINES = {
    "font settings", "times new roman", "arial", "font size", "letter spacing", "color scheme",
    "colour scheme", "on white", "on blue", "on black", "images", "version for the visually impaired",
    "normal version", "a a a", "a", "aa", "aaa",
}
BREADCRUMB = re.compile(r"^(main|home|главная|галоўная)(\s*[/>»|]\s*[^/>»|]+)+$", re.I)
FOOTER = re.compile(
    r"^(share|print|tags?|source|©|\(c\)|copyright|all rights reserved|subscribe|read also|"
    r"when using|when quoting|follow us|back to|previous|next)\b",
    re.I,
)
SITE_WORDS = re.compile(r"\b(executive committee|administration|council|city hall|district|oblast|region)\b", re.I)


def parse_text_page(text: str) -> dict:
    """Return {site, published, published_time, title, body} (values may be None)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    i = 0
    site = None
    # chrome before the date line
    head_limit = min(len(lines), 25)
    date_idx = None
    for j in range(head_limit):
        line = lines[j]
        if line and _is_date_line(line):
            date_idx = j
            break
    published = published_time = None
    if date_idx is not None:
        published, published_time = parse_date(lines[date_idx])
        for line in lines[:date_idx]:
            if not line or line.lower() in WIDGET_LINES or BREADCRUMB.match(line):
                continue
            site = line  # the last non-chrome line before the breadcrumbs/date is the site name
        i = date_idx + 1
    else:
        while i < len(lines) and (not lines[i] or lines[i].lower() in WIDGET_LINES or BREADCRUMB.match(lines[i])):
            i += 1
    # title: first non-empty line after the date
    while i < len(lines) and not lines[i]:
        i += 1
    title = lines[i] if i < len(lines) else None
    paragraphs, current = [], []
    for line in lines[i + 1 :]:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if FOOTER.match(line):
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return {
        "site": site,
        "published": published,
        "published_time": published_time,
        "title": title,
        "body": "\n\n".join(paragraphs),
    }


def _is_date_line(line: str) -> bool:
    if len(line) > 40:
        return False
    return parse_date(line) is not None
