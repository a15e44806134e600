"""How word-like a string is in a language, from letter-pair frequencies.

>>> word_likeness("урожай", "ru") > word_likeness("ehj;fq", "en")
True

The table (letter_bigrams.json beside this file) holds, per language, log10 frequencies of
letter pairs with word-boundary marks (^ start, $ end), counted once over public corpora:
Reuters-21578 (en), UD Russian PUD and Corus news (ru), UD Belarusian-HSE (be). Only the
pair statistics are kept, no text. Rebuild it with

    python -m searchsvc.lang.letterstats ../shared/data
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..languages import default_languages

TABLE_FILE = Path(__file__).with_name("letter_bigrams.json")
UNSEEN = -7.0  # log10 frequency given to a pair the corpus never showed
# Pairs rarer than this (relative frequency) are dropped from the table: they are mostly typos.
MIN_FREQUENCY = 2e-6



@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    return json.loads(TABLE_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _apostrophe_languages() -> frozenset[str]:
    """Languages whose table has apostrophe pairs: they write the apostrophe (Belarusian сям'я)."""
    return frozenset(lang for lang, pairs in _table().items() if any("'" in p for p in pairs))


def _pairs(word: str) -> list[str]:
    w = "^" + word + "$"
    return [w[i: i + 2] for i in range(len(w) - 1)]


def _normalise(word: str, lang: str, keep_apostrophe: bool | None = None) -> str:
    w = word.lower().replace("’", "'").replace("ʼ", "'")
    if not (lang in _apostrophe_languages() if keep_apostrophe is None else keep_apostrophe):
        w = w.replace("'", "")
    return w


@lru_cache(maxsize=50_000)
def word_likeness(word: str, lang: str) -> float:
    """Mean log10 letter-pair frequency of `word` in `lang` (about -2 for real words, -5 and
    below for strings no word of the language looks like). A character outside the language's
    alphabet counts as an unseen pair."""
    table = _table().get(lang, {})
    w = _normalise(word, lang)
    if not w:
        return UNSEEN
    pairs = _pairs(w)
    return sum(table.get(p, UNSEEN) for p in pairs) / len(pairs)


@lru_cache(maxsize=50_000)
def unseen_pairs(word: str, lang: str) -> int:
    """How many letter pairs of `word` never occur in `lang`."""
    table = _table().get(lang, {})
    return sum(1 for p in _pairs(_normalise(word, lang)) if p not in table)


# ----------------------------------------------------------------------------- building the table

def _words(text: str, lang: str) -> list[str]:
    alphabet = default_languages()[lang].alphabet
    keep = "'" in alphabet
    return [w for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", _normalise(text, lang, keep))
            if all(c in alphabet for c in w)]


def _conllu_forms(path: Path) -> str:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line and line[0].isdigit():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    out.append(cols[1])
    return " ".join(out)


def _texts(data_dir: Path) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {"en": [], "ru": [], "be": []}
    with open(data_dir / "reuters21578" / "reuters21578.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 5000:
                break
            doc = json.loads(line)
            texts["en"].append((doc.get("title") or "") + " " + (doc.get("body") or ""))
    texts["ru"].append(_conllu_forms(data_dir / "ud-pud-en-ru" / "Russian_ru_pud-ud-test.conllu"))
    ria = data_dir / "corus-ru-news" / "data" / "ria.json.gz"
    if ria.exists():
        with gzip.open(ria, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 2000:
                    break
                try:
                    texts["ru"].append(re.sub(r"<[^>]+>", " ", json.dumps(json.loads(line), ensure_ascii=False)))
                except json.JSONDecodeError:
                    continue
    for split in ("dev", "test"):
        texts["be"].append(_conllu_forms(data_dir / "ud-belarusian-hse" / f"be_hse-ud-{split}.conllu"))
    return texts


def build(data_dir: Path) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for lang, docs in _texts(data_dir).items():
        counts: Counter[str] = Counter()
        for doc in docs:
            for w in _words(doc, lang):
                counts.update(_pairs(w))
        total = sum(counts.values())
        table[lang] = {p: round(math.log10(c / total), 2) for p, c in sorted(counts.items()) if c / total >= MIN_FREQUENCY}
    return table


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    data_dir = Path(argv[0] if argv else "../shared/data")
    table = build(data_dir)
    TABLE_FILE.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print({lang: len(pairs) for lang, pairs in table.items()}, "->", TABLE_FILE)


if __name__ == "__main__":
    main()
