"""Facets: one class per facet type, each computing exact counts over ALL matches.

Every value carries what a client needs next: value, label, count, selected.
"""

from __future__ import annotations

from collections import Counter

from ..entities import EntityRegistry


class EntityFacet:
    def __init__(self, name: str, field: str):
        self.name, self.field = name, field

    def values_of(self, stored: dict) -> list[str]:
        raw = stored.get(self.field) or ""
        return [v for v in raw.split(",") if v]

    def render(self, counts: Counter, registry: EntityRegistry, lang: str, selected: list[str], limit: int = 20):
        out = []
        for value, count in counts.most_common():
            out.append({"value": value, "label": registry.label(value, lang), "count": count,
                        "selected": value in selected})
        out.sort(key=lambda v: (-v["selected"], -v["count"], v["label"]))
        return out[:limit]


class DateFacet:
    name = "date"
    field = "month"

    def values_of(self, stored: dict) -> list[str]:
        month = stored.get("month")
        return [month] if month else []

    def render(self, counts: Counter, registry, lang: str, selected: list[str], limit: int = 240):
        return [{"value": m, "label": m, "count": c, "selected": m in selected} for m, c in sorted(counts.items())][:limit]


FACETS = [EntityFacet("person", "persons"), EntityFacet("organization", "organizations"), DateFacet()]
