"""Every executive committee of the registry maps from its en/ru/be names in every frame a page
prints it in, and from its URL host in the usual shapes, to its one canonical English name.
The frames and case forms are built here from the nominative names (independently of sites.py),
so a committee the registry cannot read shows up as a failing name."""

from __future__ import annotations

import pytest

from searchsvc.entities.places import BELARUS_FILE, rows
from searchsvc.entities.sites import SiteRegistry

REGISTRY = SiteRegistry.load()
COMMITTEES = [s for s in REGISTRY if s.level in ("oblast", "district", "city")]  # (not the district administrations)
TOWN = {en: (ru, be) for kind, _o, en, ru, be, _ra, _ba in rows(BELARUS_FILE) if kind != "oblast"}
OBLAST_CENTRE = {"Brest", "Vitebsk", "Gomel", "Grodno", "Minsk", "Mogilev"}

RU_LEVEL = {"oblast": ("областной", "областного", "облисполком", "облисполкома"),
            "district": ("районный", "районного", "райисполком", "райисполкома"),
            "city": ("городской", "городского", "горисполком", "горисполкома")}
BE_LEVEL = {"oblast": ("абласны", "абласнога", "аблвыканкам", "аблвыканкама"),
            "district": ("раённы", "раённага", "райвыканкам", "райвыканкама"),
            "city": ("гарадскі", "гарадскога", "гарвыканкам", "гарвыканкама")}
EN_LEVEL = {"oblast": ("Oblast", "Region"), "district": ("District", "Raion"), "city": ("City", "City")}


def _ru_genitive(adj: str) -> str:  # Оршанский -> Оршанского, Минский -> Минского
    return adj[:-2] + "ого"


def _be_genitive(adj: str) -> str:  # Аршанскі -> Аршанскага, Мінскі -> Мінскага
    return adj[:-1] + "ага"


def frames(site) -> list[str]:
    en_level, en_alt = EN_LEVEL[site.level]
    ru_adj, be_adj = site.labels["ru"].split()[0], site.labels["be"].split()[0]
    ru_full, ru_gen, ru_short, ru_short_gen = RU_LEVEL[site.level]
    be_full, be_gen, be_short, be_short_gen = BE_LEVEL[site.level]
    ru_name = f"{ru_adj} {ru_full} исполнительный комитет"
    be_name = f"{be_adj} {be_full} выканаўчы камітэт"
    ru_g = f"{_ru_genitive(ru_adj)} {ru_gen} исполнительного комитета"
    be_g = f"{_be_genitive(be_adj)} {be_gen} выканаўчага камітэта"
    en = site.name
    out = [
        en, f"the {en}", f"Official website of the {en}", f"Official website of {en}",
        f"Official Internet portal of the {en}", f"Official site of the {en}", f"{en} | Official website",
        f"News | Official website of the {en}", f"{en.upper()}",
        f"{site.place} {en_alt} Executive Committee" if site.level != "oblast" else en,
        ru_name, f"{ru_adj} {ru_short}", f"Официальный сайт {ru_g}",
        f"Официальный сайт {_ru_genitive(ru_adj)} {ru_short_gen}", f"Официальный интернет-портал {ru_g}",
        f"Новости | Официальный сайт {_ru_genitive(ru_adj)} {ru_short_gen}", ru_name.upper(),
        f"Главная - {ru_name}",
        be_name, f"{be_adj} {be_short}", f"Афіцыйны сайт {be_g}",
        f"Афіцыйны сайт {_be_genitive(be_adj)} {be_short_gen}", f"Афіцыйны інтэрнэт-партал {be_g}",
        f"Навіны | Афіцыйны сайт {_be_genitive(be_adj)} {be_short_gen}", be_name.upper(),
        *territory_frames(site, ru_adj, be_adj),
    ]
    return out


OBLAST_NAMES = {en.split()[0]: (ru, be) for kind, _o, en, ru, be, _ra, _ba in rows(BELARUS_FILE) if kind == "oblast"}
CITY_GENITIVE = {"Minsk": ("Минска", "Мінска"), "Brest": ("Бреста", "Брэста"), "Baranovichi": ("Барановичей", "Баранавіч"),
                 "Pinsk": ("Пинска", "Пінска"), "Vitebsk": ("Витебска", "Віцебска"),
                 "Novopolotsk": ("Новополоцка", "Наваполацка"), "Gomel": ("Гомеля", "Гомеля"),
                 "Grodno": ("Гродно", "Гродна"), "Mogilev": ("Могилева", "Магілёва"),
                 "Bobruisk": ("Бобруйска", "Бабруйска"), "Zhodino": ("Жодино", "Жодзіна")}


def territory_frames(site, ru_adj: str, be_adj: str) -> list[str]:
    """Sites named after the territory they govern, and "Regional" in English."""
    if site.level == "district":
        return [f"{ru_adj} район", f"Официальный сайт {_ru_genitive(ru_adj)} района",
                f"Афіцыйны сайт {_be_genitive(be_adj)} раёна", f"{site.place} District",
                f"Official website of {site.place} District"] + \
            ([f"{site.place} Regional Executive Committee"] if site.place not in OBLAST_CENTRE else [])
    if site.level == "oblast":
        ru, be = OBLAST_NAMES[site.place]
        return [ru, f"Официальный сайт {ru[:-10]}ой области", f"Афіцыйны сайт {be[:-11]}ай вобласці",
                f"{site.place} Region", f"{site.place} Regional Executive Committee",
                f"Official website of the {site.place} Region"]
    ru_gen, be_gen = CITY_GENITIVE[site.place]
    return [f"Официальный сайт города {ru_gen}", f"Афіцыйны сайт горада {be_gen}", f"City of {site.place}"]


CASES = [(site.name, frame) for site in COMMITTEES for frame in frames(site)]


def test_registry_holds_every_committee():
    levels = [s.level for s in COMMITTEES]
    assert levels.count("oblast") == 6 and levels.count("district") == 118 and levels.count("city") >= 11


@pytest.mark.parametrize("expected,frame", CASES, ids=[f for _, f in CASES])
def test_committee_name_in_every_frame(expected, frame):
    assert REGISTRY.canonical(frame) == expected
    assert REGISTRY.resolve(frame, None) == expected


RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def _latin(ru: str) -> str:
    """A plain BGN-style romanization, as most committee hosts spell their town."""
    return "".join(RU_LATIN.get(c, c) for c in ru.lower()).replace(" ", "-")


def host_cases():
    oblast_slug = {"place:by-oblast:brest": "brest", "place:by-oblast:vitebsk": "vitebsk",
                   "place:by-oblast:gomel": "gomel", "place:by-oblast:grodno": "grodno",
                   "place:by-oblast:minsk": "minsk", "place:by-oblast:mogilev": "mogilev"}
    out = []
    for site in COMMITTEES:
        if site.level == "oblast":
            out.append((site.name, f"https://{site.place.lower()}-region.gov.by/ru/news/1"))
            continue
        town = _latin(TOWN[site.place][0])
        if site.level == "city":
            if site.place == "Minsk":
                out.append((site.name, "https://minsk.gov.by/ru/news/1"))
            else:
                out.append((site.name, f"https://{town}.gov.by/news/1"))
            continue
        out += [(site.name, f"https://{town}rik.gov.by/ru/news/1"), (site.name, f"https://www.{town}-rik.gov.by/"),
                (site.name, f"https://{town}-raion.gov.by/be/"),
                (site.name, f"http://{town}.{oblast_slug[site.oblast]}-region.gov.by/ru/novosti/1")]
        if ("city", site.place) not in {(s.level, s.place) for s in COMMITTEES}:
            out.append((site.name, f"https://{town}.gov.by/ru/"))
    return out


HOSTS = host_cases()


@pytest.mark.parametrize("expected,url", HOSTS, ids=[u for _, u in HOSTS])
def test_committee_from_its_host(expected, url):
    assert REGISTRY.resolve(None, url) == expected
