"""Belarusian stemmer quality against the gold lemmas of UD Belarusian-HSE.

    .venv/bin/python bench/stemmer_be.py [--split dev|test] [--data ../shared/data/ud-belarusian-hse]

Items are the distinct (word form, gold lemma) pairs of content words. A stemmer conflates two
items when it gives their forms the same stem. Over all pairs of items:
  recall     = pairs with the same lemma that it conflates / pairs with the same lemma
  precision  = conflated pairs that share a lemma / conflated pairs
  false-merge = conflated pairs with different lemmas / pairs with different lemmas
Compared side by side: no stemming, Russian Snowball (PyStemmer) applied to Belarusian, the
first light stemmer of this project, and searchsvc.lang.stemmers.stem_be. Also times each.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import Stemmer  # noqa: E402

from searchsvc.lang import stemmers  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ud-belarusian-hse"
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}  # what a search query is made of (no pronouns, auxiliaries)


def read_items(path: Path) -> Counter:
    """Counter of (form, lemma) for content words, lowercased; apostrophes unified."""
    items: Counter = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line or not line[0].isdigit():
                continue
            cols = line.rstrip("\n").split("\t")
            if "-" in cols[0] or "." in cols[0] or cols[3] not in CONTENT:
                continue
            form, lemma = cols[1].lower().replace("’", "'").replace("ʼ", "'"), cols[2].lower().replace("’", "'").replace("ʼ", "'")
            if form.isalpha() or "'" in form:
                items[(form, lemma)] += 1
    return items


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def evaluate(items: list[tuple[str, str]], stem) -> dict:
    by_lemma: Counter = Counter()
    by_stem: Counter = Counter()
    by_both: Counter = Counter()
    for form, lemma in items:
        s = stem(form)
        by_lemma[lemma] += 1
        by_stem[s] += 1
        by_both[(lemma, s)] += 1
    same_lemma = sum(pairs(n) for n in by_lemma.values())
    same_stem = sum(pairs(n) for n in by_stem.values())
    tp = sum(pairs(n) for n in by_both.values())
    total = pairs(len(items))
    recall = tp / same_lemma if same_lemma else 0.0
    precision = tp / same_stem if same_stem else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"recall": recall, "precision": precision, "f1": f1,
            "false_merge": (same_stem - tp) / (total - same_lemma), "classes": len(by_stem)}


# The project's first stemmer (before this benchmark), kept here as a baseline.
_FIRST_ENDINGS = sorted(
    """
    ямі амі ымі імі ому ога ага яга аму яму ых іх ым ім ай ой ою аю яю ей ёй ам ям ах ях
    ую юю ая яя ое ае ее ія ыя ія ыі ых ца цца ецца уць юць аць яць ець іць ыць ыце іце
    еце аце ем ім ым ом ём ёў оў аў еў ію ыю ы і а я у ю е о ь
    """.split(), key=len, reverse=True)


def first_stem_be(word: str) -> str:
    w = word.replace("’", "").replace("'", "").replace("ʼ", "")
    if len(w) <= 3:
        return w
    for ending in _FIRST_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--errors", type=int, default=0, help="print N most frequent split/merge errors of stem_be")
    args = ap.parse_args(argv)
    path = Path(args.data) / f"be_hse-ud-{args.split}.conllu"
    if not path.exists():
        print(f"skipped: {path} not found (the UD Belarusian-HSE data lives in ../shared/data)")
        return 0
    counts = read_items(path)
    items = list(counts)
    russian = Stemmer.Stemmer("russian")
    stemmers_to_compare = {
        "no stemming": lambda w: w,
        "Russian Snowball": lru_cache(None)(lambda w: russian.stemWord(w)),
        "first light stemmer": lru_cache(None)(first_stem_be),
        "stem_be": stemmers.stem_be,
    }
    print(f"UD Belarusian-HSE {args.split}: {len(items)} distinct (form, lemma) items, "
          f"{len({l for _, l in items})} lemmas, {sum(counts.values())} tokens")
    print(f"{'stemmer':22} {'recall':>7} {'precision':>9} {'F1':>6} {'false-merge':>11} {'classes':>7} {'us/word':>8}")
    for name, stem in stemmers_to_compare.items():
        timings = []
        for _ in range(5):  # uncached time per word, best of 5 (the machine is shared)
            for f in (stem, stemmers.stem_be):
                getattr(f, "cache_clear", lambda: None)()
            t0 = time.perf_counter()
            for form, _ in items:
                stem(form)
            timings.append(time.perf_counter() - t0)
        per_word = min(timings) / len(items) * 1e6
        r = evaluate(items, stem)
        print(f"{name:22} {r['recall']:7.3f} {r['precision']:9.3f} {r['f1']:6.3f} {r['false_merge']:11.5f} {r['classes']:7d} {per_word:8.2f}")
    if args.errors:
        by_lemma: dict = {}
        for form, lemma in items:
            by_lemma.setdefault(lemma, set()).add(form)
        splits = Counter()
        for lemma, forms in by_lemma.items():
            stems = {stemmers.stem_be(f) for f in forms}
            if len(stems) > 1:
                splits[(lemma, tuple(sorted(stems)), tuple(sorted(forms)[:6]))] = len(forms)
        print("\nlargest splits (lemma, stems, forms):")
        for k, n in splits.most_common(args.errors):
            print(" ", n, k)
        by_stem: dict = {}
        for form, lemma in items:
            by_stem.setdefault(stemmers.stem_be(form), set()).add((form, lemma))
        merges = sorted(((len({l for _, l in v}), s, sorted(v)[:6]) for s, v in by_stem.items() if len({l for _, l in v}) > 1), reverse=True)
        print("\nlargest merges (lemmas, stem, items):")
        for m in merges[: args.errors]:
            print(" ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
