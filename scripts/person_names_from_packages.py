"""Write searchsvc/entities/russian_names.tsv (pymorphy3's OpenCorpora dictionary),
searchsvc/entities/foreign_first_names.tsv (gender-guesser's name dictionary) and
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
Columns: russian_names.tsv: kind (first|surname), nominative; foreign_first_names.tsv: name,
gender (m|f|?), countries (comma-separated, as the dictionary names them), most frequent first, and
the dictionary's frequency class in each (1-13: how common the name is there);
foreign_surnames.tsv: surname, country (gender-guesser's country names), gender (m|f|?).
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "searchsvc" / "entities"
# nam_dict.txt's country columns (gender_guesser.detector.Detector.COUNTRIES), in file order
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands
east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland
czech_republic slovakia hungary romania bulgaria bosnia croatia kosovo macedonia montenegro serbia slovenia
albania greece russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china
india japan korea vietnam other_countries""".split()
# countries whose people the Belarusian news names in Cyrillic and English news in their own Latin
# spelling (Russian, Belarusian and Ukrainian names are read by the Russian rules; Chinese by Palladius)
COUNTRIES_KEPT = frozenset("""turkey azerbaijan the_stans serbia croatia bosnia montenegro macedonia slovenia
poland czech_republic slovakia lithuania latvia hungary romania moldova bulgaria armenia georgia arabia
italy spain portugal germany austria swiss finland estonia great_britain ireland usa israel greece""".split())
# Faker's person locales in Latin script -> the country (gender-guesser's name) whose surnames they list
SURNAME_LOCALES = {"es_ES": "spain", "es_MX": "spain", "tr_TR": "turkey", "it_IT": "italy", "de_DE": "germany",
                   "de_AT": "austria", "de_CH": "swiss", "fi_FI": "finland", "et_EE": "estonia",
                   "en_GB": "great_britain", "en_IE": "ireland", "en_US": "usa", "lv_LV": "latvia",
                   "lt_LT": "lithuania", "cs_CZ": "czech_republic", "sk_SK": "slovakia", "hu_HU": "hungary",
                   "pl_PL": "poland", "hr_HR": "croatia", "sl_SI": "slovenia", "ro_RO": "romania"}


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
        if old is None or sum(freq.values()) > sum(old[1].values()):
            best[name] = (gender, freq)
    out = []
    for name, (gender, freq) in best.items():
        top = sorted(freq, key=lambda c: (-freq[c], c))[:3]
        out.append((name, gender, ",".join(top), ",".join(str(freq[c]) for c in top)))
    return sorted(out)


def foreign_surnames() -> list[tuple[str, str, str]]:
    import importlib

    out = set()
    for locale, country in SURNAME_LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, gender in (("last_names", "?"), ("last_names_male", "m"), ("last_names_female", "f")):
            for name in getattr(provider, attr, ()) or ():
                name = name.strip()
                if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", name) and len(name) >= 2:
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
