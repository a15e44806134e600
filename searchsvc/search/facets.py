"""Facets: one small class per facet type, each with the same two methods.

`counts(columns, mask)` -> exact counts over ALL docs in `mask` (numpy over cached columns,
never Whoosh groupedby); `render(...)` -> values carrying what a client needs next: value,
label (in the reader's language), count, selected. Multi-select: the service passes each facet
a mask that ignores that facet's own filter, so its other values keep their counts.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from ..entities import EntityRegistry
from ..languages import LanguageRegistry, resolve
from .columns import NO_DAY, Columns

GRANULARITIES = ("year", "month", "day")

class EntityFacet:
    """Persons or organizations: labels from the registry in the reader's language."""

    def __init__(self, name: str):
        self.name = name

    def counts(self, columns: Columns, mask: np.ndarray) -> dict[str, int]:
        return columns.count_values(self.name, mask)

    def label(self, value: str, registry: EntityRegistry, lang: str) -> str:
        return registry.label(value, lang)

    def render(self, counts: dict[str, int], registry: EntityRegistry, lang: str, selected, limit: int = 20):
        # the top values by count (labels only for those); a selected value always shows, with
        # count 0 when nothing matches, so the user can unselect it
        top = sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))[:limit]
        chosen = dict(top)
        for v in selected:
            chosen.setdefault(v, counts.get(v, 0))
        out = [{"value": v, "label": self.label(v, registry, lang), "count": c, "selected": v in selected}
               for v, c in chosen.items()]
        out.sort(key=lambda v: (-v["selected"], -v["count"], v["label"]))
        return out[: max(limit, len(selected))]


class SiteFacet(EntityFacet):
    """The regional site that published (or reprinted) the story."""

    def label(self, value: str, registry, lang: str) -> str:
        return value


class DateFacet:
    """Calendar histogram (year / month / day buckets), oldest first."""

    name = "date"

    def counts(self, columns: Columns, mask: np.ndarray, granularity: str = "month") -> dict[str, int]:
        keys = columns.calendar(granularity)[mask]
        keys = keys[keys != NO_DAY]
        if not len(keys):
            return {}
        uniq, counts = np.unique(keys, return_counts=True)
        return {_bucket_name(int(k), granularity): int(c) for k, c in zip(uniq, counts)}

    def render(self, counts: dict[str, int], lang: str, date_from: date | None, date_to: date | None,
               languages: LanguageRegistry | None = None):
        out = []
        for value in sorted(counts):
            first, last = bucket_range(value)
            selected = (date_from is not None or date_to is not None) and \
                (date_from is None or first >= date_from) and (date_to is None or last <= date_to)
            out.append({"value": value, "label": bucket_label(value, lang, languages), "count": counts[value],
                        "selected": selected, "from": first.isoformat(), "to": last.isoformat()})
        return out


def _bucket_name(key: int, granularity: str) -> str:
    """Calendar key from Columns.calendar -> '2023', '2023-01' or '2023-01-11'."""
    if granularity == "day":
        return date.fromordinal(key).isoformat()
    if granularity == "month":
        return f"{1970 + key // 12:04d}-{key % 12 + 1:02d}"
    return f"{1970 + key:04d}"


def bucket(day: date, granularity: str) -> str:
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def bucket_range(value: str) -> tuple[date, date]:
    """'2023' / '2023-01' / '2023-01-11' -> (first day, last day) of that calendar period."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(*parts)
    return d, d


def bucket_label(value: str, lang: str, languages: LanguageRegistry | None = None) -> str:
    """'2023-01' -> "January 2023" in `lang` (Language.month_names; the source language's when it has none)."""
    parts = value.split("-")
    if len(parts) == 2:
        languages = resolve(languages)
        language = languages.get(lang)
        names = language.month_names if language is not None and language.month_names else languages.source.month_names
        return f"{names[int(parts[1]) - 1]} {parts[0]}"
    return value


FACETS = {"person": EntityFacet("person"), "organization": EntityFacet("organization"),
          "site": SiteFacet("site"), "date": DateFacet()}
