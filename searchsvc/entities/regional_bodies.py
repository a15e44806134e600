"""The oblasts' and the capital's bodies of the republic's services (customs houses, statistical departments,
hygiene centres, nature committees, the Emergencies Ministry's departments): one home, `regional_bodies.tsv`,
read by the entity registry (organizations a page names) and the site registry (a page's publisher).

>>> body = next(b for b in regional_bodies() if b.labels["en"] == "Brest Customs")
>>> body.labels["ru"], body.oblast
('Брестская таможня', 'place:by-oblast:brest')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import tables
from .places import BELARUS_FILE, rows

BODIES_FILE = Path(__file__).with_name("regional_bodies.tsv")


@dataclass(frozen=True)
class RegionalBody:
    labels: dict[str, str]  # en, ru, be
    oblast: str | None  # place id of its oblast; None for the capital's own
    place: str  # English name of the oblast centre or city it serves ("Brest")
    aliases: list[str] = field(default_factory=list)


def _oblast_words(ru: str, be: str, ru_adj: str, be_adj: str, place: str) -> dict[str, str]:
    """The placeholders of a template row for one oblast (see regional_bodies.tsv)."""
    ru_f, be_f = ru.split()[0], be.split()[0]
    return {"Place": place, "ru_m": ru_adj, "ru_f": ru_f, "ru_n": re.sub(r"(?:ий|ый)$", "ое", ru_adj),
            "ru_gen": f"{ru_f[:-2]}ой области", "be_m": be_adj, "be_f": be_f, "be_n": re.sub(r"і$", "ае", be_adj),
            "be_gen": f"{be_f[:-2]}ай вобласці"}


# genitive endings of the words a body's name opens with, up to its head noun ("Официальный сайт Минского
# городского комитета ...", "Афіцыйны сайт Гомельскай мытні"): (nominative ending, genitive, is the head)
_GENITIVE = (("ский", "ского", False), ("ской", "ского", False), ("ный", "ного", False), ("ной", "ного", False),
             ("ное", "ного", False),
             ("ское", "ского", False), ("ая", "ой", False), ("скі", "скага", False), ("ны", "нага", False),
             ("нае", "нага", False), ("скае", "скага", False), ("ение", "ения", True), ("енне", "ення", True),
             ("ня", "ни", True), ("тр", "тра", True), ("ет", "ета", True), ("эт", "эта", True))
_BE_GENITIVE = {"ая": "ай", "ня": "ні"}
# Belarusian level words whose stress keeps "о": абласны -> абласнога, гарадскі -> гарадскога
_BE_STRESSED = {"абласны": "абласнога", "абласное": "абласнога", "гарадскі": "гарадскога", "гарадское": "гарадскога"}


def genitive(name: str, lang: str) -> str | None:
    """A body's name in the genitive, as "the site of ..." writes it, or None where its words are not known."""
    words = name.split()
    for k, word in enumerate(words):
        if lang == "be" and word.lower() in _BE_STRESSED:
            words[k] = _BE_STRESSED[word.lower()]
            continue
        hit = next(((end, gen, head) for end, gen, head in _GENITIVE if word.lower().endswith(end)), None)
        if hit is None:
            return None
        end, gen, head = hit
        gen = _BE_GENITIVE.get(end, gen) if lang == "be" else gen
        words[k] = word[:len(word) - len(end)] + gen
        if head:
            return " ".join(words)
    return None


def regional_bodies(path: Path = BODIES_FILE) -> list[RegionalBody]:
    oblasts = {oblast: (en.split()[0], _oblast_words(ru, be, ru_adj, be_adj, en.split()[0]))
               for kind, oblast, en, ru, be, ru_adj, be_adj in rows(BELARUS_FILE) if kind == "oblast"}
    out = []
    for where, en, ru, be, aliases in tables.rows(path, 5):
        names = [n for n in aliases.split("|") if n]
        if where == "oblast":
            for key, (place, words) in oblasts.items():
                out.append(RegionalBody({"en": en.format(**words), "ru": ru.format(**words), "be": be.format(**words)},
                                        f"place:by-oblast:{key}", place, [n.format(**words) for n in names]))
        else:
            place = "Minsk" if where == "minsk-city" else oblasts[where][0]
            out.append(RegionalBody({"en": en, "ru": ru, "be": be}, None if where == "minsk-city" else
                                    f"place:by-oblast:{where}", place, names))
    for body in out:
        body.aliases.extend(g for lang in ("ru", "be") if (g := genitive(body.labels[lang], lang)))
    return out
