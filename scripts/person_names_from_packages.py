"""Write searchsvc/entities/russian_names.tsv (pymorphy3's OpenCorpora dictionary),
searchsvc/entities/foreign_first_names.tsv (gender-guesser's name dictionary and Faker's first names) and
searchsvc/entities/foreign_surnames.tsv (Faker's person providers).

    .venv/bin/pip install pymorphy3 pymorphy3-dicts-ru gender-guesser faker
    .venv/bin/python scripts/person_names_from_packages.py

Why the two lists (the service reads the generated files, so it needs neither package at run time):
- English news writes a Belarusian name from its Russian form (Дзямідаў is Demidov, Сакалоў is
  Sokolov), and akanne is beyond letter rules: an unstressed о or е is written а or я. The Russian
  first names and surnames of OpenCorpora (the dictionary behind pymorphy3) tell which of the vowel
  respellings is a real Russian name.
- A Turkish, Serbian or Polish first name written in Cyrillic (Ахмет, Ненад, Кшыштаф) is a person's
  name only if some country uses it, and its country tells how English news spells the person:
  Ahmet Doğru, Nenad Lukić, Krzysztof Dąbrowski. gender-guesser ships Jörg Michael's dictionary of
  first names with a frequency per country.
- A surname in Cyrillic loses what its own spelling writes (Берзиня: Bērziņa, Эрнандес: Hernández,
  Риццо: Rizzo, Макдональд: MacDonald); Faker's person providers list each country's common
  surnames in their own spelling, which the extractor finds by sound.
- The dictionary knows few names of some peoples the news meets (Thai, Kenyan, Nigerian, Indonesian,
  Algerian, Latin American); Faker's first-name lists of those locales fill them in, at a middling
  frequency (FAKER_FREQUENCY). The countries added since the first lists (person_names.
  SECOND_CHOICE_COUNTRIES) are written after the others, so a name the first countries share is read
  as theirs first.
Columns: russian_names.tsv: kind (first|surname|man_in_a: a man's first name in -а/-я), nominative;
foreign_first_names.tsv: name, gender (m|f|?), countries (comma-separated, as the dictionary names
them; the first countries by frequency, then the second choices by frequency), and the frequency class
in each (1-13: how common the name is there);
foreign_surnames.tsv: surname, country (gender-guesser's country names), gender (m|f|?).
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from searchsvc.entities.person_names import SECOND_CHOICE_COUNTRIES

OUT = Path(__file__).resolve().parent.parent / "searchsvc" / "entities"
# nam_dict.txt's country columns (gender_guesser.detector.Detector.COUNTRIES), in file order
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands
east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland
czech_republic slovakia hungary romania bulgaria bosnia croatia kosovo macedonia montenegro serbia slovenia
albania greece russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china
india japan korea vietnam other_countries""".split()
# countries whose people the Belarusian news names in Cyrillic and English news in their own Latin
# spelling (Russian, Belarusian and Ukrainian names are read by the Russian rules; Chinese by Palladius)
COUNTRIES_FIRST = frozenset("""turkey azerbaijan the_stans serbia croatia bosnia montenegro macedonia slovenia
poland czech_republic slovakia lithuania latvia hungary romania moldova bulgaria armenia georgia arabia
italy spain portugal germany austria swiss finland estonia great_britain ireland usa israel greece""".split())
# (and these after the ones above, whatever their frequency: a name the countries above share is read
# as theirs first)
COUNTRIES_KEPT = COUNTRIES_FIRST | (SECOND_CHOICE_COUNTRIES & frozenset(COUNTRIES))
# Faker's person locales in Latin script with the first names of peoples gender-guesser's dictionary
# lacks or knows few of -> the country (as the generated files name it) whose people bear them
FIRST_NAME_LOCALES = {"en_TH": "thailand", "en_KE": "kenya", "yo_NG": "nigeria", "ig_NG": "nigeria",
                      "ha_NG": "nigeria", "sw": "tanzania", "zu_ZA": "south_africa", "tw_GH": "ghana",
                      "en_IN": "india", "en_PK": "pakistan", "id_ID": "indonesia", "vi_VN": "vietnam",
                      "pt_BR": "brazil", "es_MX": "mexico", "es_AR": "argentina", "es_CO": "colombia",
                      "es_CL": "chile", "fr_DZ": "algeria",
                      "fr_FR": "france", "nl_NL": "the_netherlands", "sv_SE": "sweden", "no_NO": "norway",
                      "da_DK": "denmark", "ja_JP": "japan", "zh_TW": "taiwan"}
assert set(FIRST_NAME_LOCALES.values()) <= SECOND_CHOICE_COUNTRIES
# locales that list English names beside their own (en_KE's John, Faith, Mercy): a name gender-guesser
# gives an English-speaking country stays English
_ENGLISH = ("great_britain", "ireland", "usa")
# how common a name of a Faker list is taken to be in its country (the dictionary's 1-13 scale)
FAKER_FREQUENCY = 6
# Faker's person locales in Latin script -> the country (gender-guesser's name) whose surnames they list
SURNAME_LOCALES = {"es_ES": "spain", "es_MX": "spain", "tr_TR": "turkey", "it_IT": "italy", "de_DE": "germany",
                   "de_AT": "austria", "de_CH": "swiss", "fi_FI": "finland", "et_EE": "estonia",
                   "en_GB": "great_britain", "en_IE": "ireland", "en_US": "usa", "lv_LV": "latvia",
                   "lt_LT": "lithuania", "cs_CZ": "czech_republic", "sk_SK": "slovakia", "hu_HU": "hungary",
                   "pl_PL": "poland", "hr_HR": "croatia", "sl_SI": "slovenia", "ro_RO": "romania",
                   "pt_PT": "portugal", "pt_BR": "brazil", "fr_FR": "france", "fr_DZ": "algeria", "nl_NL": "the_netherlands",
                   "sv_SE": "sweden", "no_NO": "norway", "da_DK": "denmark", "ja_JP": "japan"}


def russian_names() -> list[tuple[str, str]]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    out = set()
    for word, tag, _normal, _para, _idx in morph.dictionary.iter_known_words():
        if "nomn" not in tag or "sing" not in tag or not re.fullmatch(r"[а-яё-]{2,}", word):
            continue
        if "Surn" in tag:
            out.add(("surname", word))
        elif "Name" in tag:
            out.add(("first", word))
            if "masc" in tag and word[-1] in "ая":
                out.add(("man_in_a", word))  # a man's name that declines as a woman's: Илья, Никита, Кузьма
    return sorted(out)


def foreign_first_names() -> list[tuple[str, str, str, str]]:
    import gender_guesser

    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    best: dict[str, tuple[str, dict[str, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 31:
            continue  # (an "=" line says two spellings are one name)
        gender = {"M": "m", "F": "f", "1M": "m", "1F": "f", "?M": "m", "?F": "f"}.get(line[:2].strip(), "?")
        name = line[3:29].strip()  # (a "+" in a name joins two words: left out)
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", name) or len(name) < 2:
            continue
        freq = {}
        for k, c in enumerate(line[30:30 + len(COUNTRIES)]):
            if c.strip():
                freq[COUNTRIES[k]] = int(c, 16) if c in "0123456789ABCDEF" else 1
        freq = {c: f for c, f in freq.items() if c in COUNTRIES_KEPT}
        if not freq:
            continue
        old = best.get(name)
        if old is None or _weight(freq) > _weight(old[1]):
            best[name] = (gender, freq)
    english = _english_first_names(path)
    for name, gender, country in faker_first_names():
        if name in english:
            continue
        old_gender, freq = best.get(name, (gender, {}))
        if country not in freq:
            best[name] = (old_gender, {**freq, country: FAKER_FREQUENCY})
    out = []
    for name, (gender, freq) in best.items():
        top = sorted((c for c in freq if c in COUNTRIES_FIRST), key=lambda c: (-freq[c], c))[:3]
        top += sorted((c for c in freq if c not in COUNTRIES_FIRST), key=lambda c: (-freq[c], c))[:3]
        out.append((name, gender, ",".join(top), ",".join(str(freq[c]) for c in top)))
    return sorted(out)


def _weight(freq: dict[str, int]) -> tuple[int, int]:
    return sum(f for c, f in freq.items() if c in COUNTRIES_FIRST), sum(freq.values())


def _english_first_names(path: Path) -> set[str]:
    """Names the dictionary gives an English-speaking country (any frequency)."""
    columns = [30 + COUNTRIES.index(c) for c in _ENGLISH]
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] not in "#=" and len(line) > max(columns) and any(line[k].strip() for k in columns):
            out.add(line[3:29].strip())
    return out


def _faker_names(provider, attrs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(name, gender) of a Faker person provider's lists; a romanized list (ja_JP, zh_TW) where the
    locale has one; one word of letters (a hyphen inside allowed), 2+ letters."""
    out = []
    for attr, gender in attrs:
        names = getattr(provider, attr.replace("names", "romanized_names"), None) or getattr(provider, attr, None)
        for name in names if isinstance(names, (list, tuple, dict)) else ():  # (a dict: name -> weight)
            name = name.strip() if isinstance(name, str) else ""
            if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", name) and len(name) >= 2:
                out.append((name, gender))
    return out


def faker_first_names() -> list[tuple[str, str, str]]:
    """(name, gender m|f|?, country) of FIRST_NAME_LOCALES, Latin letters only."""
    import importlib

    out = set()
    for locale, country in FIRST_NAME_LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name, gender in _faker_names(provider, (("first_names_male", "m"), ("first_names_female", "f"),
                                                     ("first_names", "?"))):
            if re.fullmatch(r"[A-Za-zÀ-ɏḀ-ỿ'’-]+", name):
                out.add((name, gender, country))
    best: dict[tuple[str, str], str] = {}
    for name, gender, country in sorted(out):  # (a gendered list wins over the plain one)
        if best.get((name, country), "?") == "?":
            best[(name, country)] = gender
    return sorted((name, gender, country) for (name, country), gender in best.items())


def foreign_surnames() -> list[tuple[str, str, str]]:
    import importlib

    out = set()
    for locale, country in SURNAME_LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name, gender in _faker_names(provider, (("last_names", "?"), ("last_names_male", "m"),
                                                    ("last_names_female", "f"))):
            out.add((name, country, gender))
    best: dict[tuple[str, str], str] = {}
    for name, country, gender in sorted(out):  # a name in the plain list and a gendered one: the gendered
        if best.get((name, country), "?") == "?":
            best[(name, country)] = gender
    return sorted((name, country, gender) for (name, country), gender in best.items())


def main() -> None:
    with (OUT / "russian_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# generated by scripts/person_names_from_packages.py from pymorphy3-dicts-ru "
                 f"{version('pymorphy3-dicts-ru')}; do not edit\n# kind\tnominative\n")
        for kind, word in russian_names():
            fh.write(f"{kind}\t{word}\n")
    with (OUT / "foreign_first_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# generated by scripts/person_names_from_packages.py from gender-guesser "
                 f"{version('gender-guesser')}; do not edit\n# name\tgender\tcountries\tfrequencies\n")
        for row in foreign_first_names():
            fh.write("\t".join(row) + "\n")
    with (OUT / "foreign_surnames.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# generated by scripts/person_names_from_packages.py from Faker {version('faker')}; "
                 f"do not edit\n# surname\tcountry\tgender\n")
        for row in foreign_surnames():
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
