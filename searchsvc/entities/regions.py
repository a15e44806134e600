"""The region an article is about: an oblast of Belarus, or Minsk.

From the publishing site (each executive committee belongs to one oblast) and from the places the
article names (a district or town belongs to its oblast). A facet of oblasts reads `regions`.

>>> from searchsvc.entities.places import PlaceRegistry
>>> from searchsvc.entities.sites import SiteRegistry
>>> places, sites = PlaceRegistry.load(), SiteRegistry.load()
>>> [places.label(r) for r in regions("Orsha District Executive Committee", ["place:by-town:polotsk"], places, sites)]
['Vitebsk Oblast']
>>> [places.label(r) for r in regions("Minsk City Executive Committee", ["place:by-district:lida"], places, sites)]
['Minsk', 'Grodno Oblast']
>>> [places.label(r) for r in regions("Osipovichi Regional Executive Committee", [], places, sites)]
['Mogilev Oblast']
"""

from __future__ import annotations

from .places import PlaceRegistry
from .sites import SiteRegistry

MINSK = "place:by-town:minsk"  # the capital: a region of its own, in no oblast


def _region_of(place_id: str, places: PlaceRegistry) -> str | None:
    place = places.get(place_id)
    if place is None or place.country != "BY" or place.kind == "country":
        return None
    if place.id == MINSK:
        return MINSK
    return places.oblast_of(place_id)


def regions(site: str | None, place_ids: list[str], places: PlaceRegistry, sites: SiteRegistry) -> list[str]:
    """Oblast (or Minsk) place ids, the site's first, then those of the Belarusian places named."""
    out: dict[str, None] = {}
    known = sites.get(site) if site else None
    if known is not None and (known.oblast or known.level != "village"):
        out.setdefault(known.oblast or MINSK)  # (a village council whose village no file places: no region)
    elif site:  # a committee the registry does not list ("Osipovichi Regional Executive Committee"): its town's
        region = next((r for r in map(lambda p: _region_of(p, places), places.find(site)) if r), None)
        if region:
            out.setdefault(region)
    for pid in place_ids:
        region = _region_of(pid, places)
        if region:
            out.setdefault(region)
    return list(out)
