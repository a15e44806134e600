"""Machine-made Russian and Belarusian labels for entities first seen in English.

Persons: transliteration (`to_cyrillic`). Organizations: a small glossary composes the usual
Belarusian shapes, "<Place> <adjectives> <head noun>" ("Kopyl Dairy Plant" -> "Копыльский
молочный завод" / "Капыльскі малочны завод") with gender agreement, plus "... Council of
Deputies"; anything else keeps its English label until an editor corrects it.

>>> org_labels("Mogilev Regional Clinical Hospital")["ru"]
'Могилевская областная клиническая больница'
"""

from __future__ import annotations

import re

from .names import to_cyrillic

# head noun -> (Russian, Belarusian, grammatical gender)
_HEADS = {
    "plant": ("завод", "завод", "m"), "works": ("завод", "завод", "m"), "refinery": ("завод", "завод", "m"),
    "factory": ("фабрика", "фабрыка", "f"), "mill": ("фабрика", "фабрыка", "f"),
    "hospital": ("больница", "бальніца", "f"), "polyclinic": ("поликлиника", "паліклініка", "f"),
    "centre": ("центр", "цэнтр", "m"), "center": ("центр", "цэнтр", "m"),
    "university": ("университет", "універсітэт", "m"), "college": ("колледж", "каледж", "m"),
    "lyceum": ("лицей", "ліцэй", "m"), "school": ("школа", "школа", "f"), "gymnasium": ("гимназия", "гімназія", "f"),
    "academy": ("академия", "акадэмія", "f"), "institute": ("институт", "інстытут", "m"),
    "museum": ("музей", "музей", "m"), "theatre": ("театр", "тэатр", "m"), "theater": ("театр", "тэатр", "m"),
    "library": ("библиотека", "бібліятэка", "f"), "committee": ("комитет", "камітэт", "m"),
    "council": ("совет", "савет", "m"), "union": ("союз", "саюз", "m"), "association": ("ассоциация", "асацыяцыя", "f"),
    "federation": ("федерация", "федэрацыя", "f"), "society": ("общество", "таварыства", "n"),
    "company": ("компания", "кампанія", "f"), "bank": ("банк", "банк", "m"), "reserve": ("заповедник", "запаведнік", "m"),
    "park": ("парк", "парк", "m"), "complex": ("комплекс", "комплекс", "m"), "sanatorium": ("санаторий", "санаторый", "m"),
    "department": ("управление", "упраўленне", "n"), "administration": ("администрация", "адміністрацыя", "f"),
    "court": ("суд", "суд", "m"), "club": ("клуб", "клуб", "m"), "station": ("станция", "станцыя", "f"),
}
# adjective (masculine) -> (Russian, Belarusian)
_MODIFIERS = {
    "regional": ("областной", "абласны"), "oblast": ("областной", "абласны"), "district": ("районный", "раённы"),
    "city": ("городской", "гарадскі"), "village": ("сельский", "сельскі"), "state": ("государственный", "дзяржаўны"),
    "national": ("национальный", "нацыянальны"), "republican": ("республиканский", "рэспубліканскі"),
    "executive": ("исполнительный", "выканаўчы"), "clinical": ("клинический", "клінічны"),
    "medical": ("медицинский", "медыцынскі"), "technical": ("технический", "тэхнічны"),
    "technological": ("технологический", "тэхналагічны"), "agricultural": ("сельскохозяйственный", "сельскагаспадарчы"),
    "agrarian": ("аграрный", "аграрны"), "pedagogical": ("педагогический", "педагагічны"),
    "economic": ("экономический", "эканамічны"), "dairy": ("молочный", "малочны"), "sugar": ("сахарный", "цукровы"),
    "paper": ("бумажный", "папяровы"), "children's": ("детский", "дзіцячы"), "central": ("центральный", "цэнтральны"),
    "industrial": ("промышленный", "прамысловы"), "chemical": ("химический", "хімічны"),
    "tractor": ("тракторный", "трактарны"), "automobile": ("автомобильный", "аўтамабільны"),
    "scientific": ("научный", "навуковы"), "sports": ("спортивный", "спартыўны"), "music": ("музыкальный", "музычны"),
    "drama": ("драматический", "драматычны"), "local": ("краеведческий", "краязнаўчы"), "oncology": ("онкологический", "анкалагічны"),
    "emergency": ("скорой помощи", "хуткай дапамогі"), "polytechnic": ("политехнический", "політэхнічны"),
    "linguistic": ("лингвистический", "лінгвістычны"), "veterinary": ("ветеринарный", "ветэрынарны"),
    "maternity": ("родильный", "радзільны"), "forestry": ("лесной", "лясны"), "art": ("художественный", "мастацкі"),
    "belarusian": ("белорусский", "беларускі"), "russian": ("российский", "расійскі"),
    "international": ("международный", "міжнародны"), "eurasian": ("евразийский", "еўразійскі"),
    "european": ("европейский", "еўрапейскі"), "public": ("общественный", "грамадскі"),
}
_KGH = "кгхжшчщ"


def inflect(adj: str, gender: str, lang: str) -> str:
    """Masculine adjective -> the gender of its noun (областной -> областная, абласны -> абласная)."""
    if gender == "m" or " " in adj:
        return adj
    if lang == "ru":
        for end in ("ый", "ой", "ий"):
            if adj.endswith(end):
                stem = adj[:-2]
                hard = end != "ий" or stem[-1:] in _KGH
                return stem + (("ая" if hard else "яя") if gender == "f" else ("ое" if hard else "ее"))
        return adj
    for end in ("ы", "і"):
        if adj.endswith(end):
            stem = adj[:-1]
            hard = end == "ы" or stem[-1:] in _KGH
            return stem + (("ая" if hard else "яя") if gender == "f" else ("ае" if hard else "яе"))
    return adj


def place_adjective(place: str, lang: str) -> str:
    """'Kopyl' -> 'Копыльский' / 'Копыльскі': a machine adjective of a place name."""
    cyr = to_cyrillic(place, lang)
    low = cyr.lower()
    if low.endswith(("а", "я", "о", "е", "ы", "и", "і")):
        low = low[:-1]
    if low.endswith("ск"):
        low = low[:-2]
    if low.endswith("л"):
        low += "ь"  # Копыль-ский
    if low.endswith(("ч", "к", "ц")):
        adj = low[:-1] + ("цкий" if lang == "ru" else "цкі")
    else:
        adj = low + ("ский" if lang == "ru" else "скі")
    return adj


_OF_DEPUTIES = re.compile(r"^(?P<place>[A-Z][\w-]+) (?P<kind>District|City|Oblast|Regional|Village) Council of Deputies$")


def org_labels(label: str) -> dict[str, str] | None:
    """{'ru': ..., 'be': ...} for an organization name of a shape the glossary knows, else None."""
    m = _OF_DEPUTIES.match(label)
    if m:
        kind = _MODIFIERS[m.group("kind").lower()]
        return {lang: _cap(f"{place_adjective(m.group('place'), lang)} {kind[k]} {'Совет депутатов' if lang == 'ru' else 'Савет дэпутатаў'}")
                for k, lang in enumerate(("ru", "be"))}
    words = label.split()
    if len(words) < 2 or words[-1].lower() not in _HEADS:
        return None
    head = _HEADS[words[-1].lower()]
    mods = words[:-1]
    place = None
    if mods[0].lower() not in _MODIFIERS:
        place, mods = mods[0], mods[1:]
        if not place[:1].isupper() or not place.isalpha():
            return None  # "Belarusian-Russian University": no place word to make an adjective of
    if any(w.lower() not in _MODIFIERS for w in mods) or (place is None and not mods):
        return None
    out = {}
    for k, lang in enumerate(("ru", "be")):
        parts = []
        if place is not None:
            parts.append(inflect(place_adjective(place, lang), head[2], lang))
        parts += [inflect(_MODIFIERS[w.lower()][k], head[2], lang) for w in mods]
        noun = head[k]
        if lang == "be" and noun.startswith("у") and parts and parts[-1][-1:] in "аеёіоуыэюяй":
            noun = "ў" + noun[1:]  # нескладовае ў: дзяржаўны ўніверсітэт
        out[lang] = _cap(" ".join([*parts, noun]))
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def person_labels(label: str) -> dict[str, str]:
    return {"ru": to_cyrillic(label, "ru"), "be": to_cyrillic(label, "be")}
