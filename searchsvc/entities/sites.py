"""Known sites: the executive committees whose news the service reads, with en/ru/be names and oblast.

Built from `belarus_places.tsv` (one home for the region's names): each oblast, district and city
with its own committee has a site named after it in English, Russian and Belarusian, in full and in
the short forms pages print ("Оршанский райисполком", "Пінскі гарвыканкам"). A page's site name is
mapped to the canonical English one, so one committee is one facet value whatever the page's
language; "Official website of ..." is stripped, and boilerplate alone ("Official Internet portal")
is no site name at all.

>>> sites = SiteRegistry.load()
>>> sites.canonical("Кричевский районный исполнительный комитет")
'Krichev District Executive Committee'
>>> sites.canonical("Official website of the Grodno Oblast Executive Committee")
'Grodno Oblast Executive Committee'
>>> sites.canonical("Official Internet portal") is None
True
>>> sites.get("Лідскі раённы выканаўчы камітэт").oblast
'place:by-oblast:grodno'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .places import BELARUS_FILE, rows

# Words that say "this is a website", not whose: never a site name alone.
_BOILERPLATE = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:web\s*site|site|internet\s+portal|portal|web\s+portal)$|"
    r"^официальн\w*\s+(?:интернет-?\s*)?(?:сайт|портал)$|^интернет-портал$|"
    r"^афіцыйн\w*\s+(?:інтэрнэт-?\s*)?(?:сайт|партал)$", re.I)
_LABEL_PREFIX = re.compile(
    r"^(?:the\s+)?official\s+(?:web\s*site|site|internet\s+portal|portal)\s+of\s+(?:the\s+)?|"
    r"^официальн\w*\s+(?:интернет-?\s*)?(?:сайт|портал)\s+|^афіцыйн\w*\s+(?:інтэрнэт-?\s*)?(?:сайт|партал)\s+",
    re.I)
_LEVELS = {
    # kind: (English, Russian full, Russian short, Belarusian full, Belarusian short, genitives after
    # "Официальный сайт ..." / "Афіцыйны сайт ...")
    "oblast": ("Oblast Executive Committee", "областной исполнительный комитет", "облисполком",
               "абласны выканаўчы камітэт", "аблвыканкам",
               "областного исполнительного комитета", "абласнога выканаўчага камітэта"),
    "district": ("District Executive Committee", "районный исполнительный комитет", "райисполком",
                 "раённы выканаўчы камітэт", "райвыканкам",
                 "районного исполнительного комитета", "раённага выканаўчага камітэта"),
    "city": ("City Executive Committee", "городской исполнительный комитет", "горисполком",
             "гарадскі выканаўчы камітэт", "гарвыканкам",
             "городского исполнительного комитета", "гарадскога выканаўчага камітэта"),
}
# cities with a committee of their own besides their district's (the oblast centres and a few more)
_CITY_COMMITTEES = {"Minsk", "Brest", "Baranovichi", "Pinsk", "Vitebsk", "Novopolotsk", "Gomel", "Grodno",
                    "Mogilev", "Bobruisk", "Zhodino"}


@dataclass
class Site:
    name: str  # canonical English name
    labels: dict[str, str]
    oblast: str | None  # place id of the oblast ("place:by-oblast:vitebsk"); None for Minsk
    aliases: list[str] = field(default_factory=list)


def _key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").replace("’", "'").split())


class SiteRegistry:
    def __init__(self, sites: list[Site]):
        self._sites = sites
        self._by_name: dict[str, Site] = {}
        for s in sites:
            for name in (*s.labels.values(), *s.aliases):
                self._by_name.setdefault(_key(name), s)

    @classmethod
    def load(cls) -> "SiteRegistry":
        sites = []
        for kind, oblast, en, ru, be, ru_adj, be_adj in rows(BELARUS_FILE):
            oblast_id = f"place:by-oblast:{oblast}" if oblast != "minsk-city" else None
            place = en.split()[0] if kind == "oblast" else en
            levels = {"oblast": ["oblast"], "district": ["district"], "city": ["city"], "town": []}[kind]
            if kind in ("district", "town") and en in _CITY_COMMITTEES:
                levels.append("city")
            if kind == "town" and ru_adj and en not in _CITY_COMMITTEES:
                continue
            for level in levels:
                if (level, en) == ("city", "Minsk") and kind == "district":
                    continue
                en_tail, ru_full, ru_short, be_full, be_short, ru_gen, be_gen = _LEVELS[level]
                labels = {"en": f"{place} {en_tail}", "ru": f"{ru_adj} {ru_full}", "be": f"{be_adj} {be_full}"}
                aliases = [f"{ru_adj} {ru_short}", f"{be_adj} {be_short}",
                           f"{ru_adj[:-2]}ого {ru_gen}", f"{be_adj[:-1]}ага {be_gen}"]
                sites.append(Site(labels["en"], labels, oblast_id, aliases))
        return cls(sites)

    def __len__(self) -> int:
        return len(self._sites)

    def __iter__(self):
        return iter(self._sites)

    def get(self, name: str) -> Site | None:
        """The known site a page's site name (any language, "Official website of ..." or not) names."""
        return self._by_name.get(_key(_LABEL_PREFIX.sub("", name.strip())))

    def canonical(self, name: str | None) -> str | None:
        """The canonical site name: a known site's English name; else the name without boilerplate."""
        if not name or not name.strip():
            return None
        if is_boilerplate(name):
            return None
        site = self.get(name)
        if site is not None:
            return site.name
        stripped = _LABEL_PREFIX.sub("", name.strip()).strip()
        return stripped if len(stripped) >= 3 else name.strip()


def is_boilerplate(name: str) -> bool:
    """'Official website', 'Official Internet portal', 'Официальный сайт': says what, not whose."""
    return bool(_BOILERPLATE.match(" ".join(name.split()).strip(" .|-")))
