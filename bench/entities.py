"""Entity extraction quality: CoNLL-2003 PER/ORG mention F1 and per-article canonical F1.

    .venv/bin/python bench/entities.py                 # eng.testb + bundled samples + test fixtures
    .venv/bin/python bench/entities.py --split testa   # the development split (tune here, never on testb)
    .venv/bin/python bench/entities.py --errors 20     # also print sample errors
    .venv/bin/python bench/entities.py --set blind3 --errors 1   # one page set only (repeatable)

CoNLL: documents are rebuilt from the pre-tokenized file (tokens joined by spaces, one sentence
per line; the first -DOCSTART- line sits at the end of each file), run through the same
`EntityExtractor.mentions` the service uses, and scored as exact PER/ORG spans (conlleval
style). Organizations implied by a post title ("Minister of Education") are not text spans and
are left out. Skips cleanly when ../shared/data/conll2003 is absent.

Canonical F1: for each annotated page, the set of English labels of the extracted persons and
organizations against the annotation (micro-averaged over pages).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from searchsvc.entities import EntityExtractor, EntityRegistry  # noqa: E402

CONLL_DIR = ROOT.parent / "shared" / "data" / "conll2003"
TYPES = {"person": "PER", "organization": "ORG"}
FIXTURES = ROOT / "tests" / "fixtures" / "entities"
# annotated page sets: name -> (pages folder, annotations.json)
PAGE_SETS = {
    "samples": (ROOT / "searchsvc" / "samples" / "pages", ROOT / "searchsvc" / "samples" / "annotations.json"),
    "held_out": (FIXTURES / "pages", FIXTURES / "annotations.json"),
    # written blind (before the extractor was read) in wave 2: district news, delegations, security bodies...
    "blind3": (FIXTURES / "blind3" / "pages", FIXTURES / "blind3" / "annotations.json"),
    # wave 2 round 2, written blind: BelTA wire, Council of Ministers, oblast sessions, enterprises, EAEU/Union State, UN, NGOs, media
    "blind4": (FIXTURES / "blind4" / "pages", FIXTURES / "blind4" / "annotations.json"),
    # wave 2 round 3, written blind: district executive committee notices (receptions, direct lines,
    # council sessions, sanitary centres, BRSM/Red Cross branches, GAI, ZhKKh, schools named after heroes)
    "blind5": (FIXTURES / "blind5" / "pages", FIXTURES / "blind5" / "annotations.json"),
}


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, IOB1 tag)."""
    docs: list[list] = [[]]
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            if docs[-1]:
                docs.append([])
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def gold_spans(sentence: list[tuple[str, str]]) -> set[tuple[int, int, str]]:
    spans, cur = set(), None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        typ = tag[2:] if tag != "O" else None
        if cur and (typ != cur[2] or tag.startswith("B-")):
            spans.add((cur[0], i, cur[2]))
            cur = None
        if typ and cur is None:
            cur = (i, i, typ)
    return {s for s in spans if s[2] in ("PER", "ORG")}


def predict_doc(extractor: EntityExtractor, doc) -> list[set[tuple[int, int, str]]]:
    text_parts, offsets = [], []  # offsets[k] = [(start, end)] per token of sentence k
    pos = 0
    for sent in doc:
        offs = []
        for j, (tok, _) in enumerate(sent):
            if j:
                text_parts.append(" ")
                pos += 1
            offs.append((pos, pos + len(tok)))
            text_parts.append(tok)
            pos += len(tok)
        text_parts.append("\n")
        pos += 1
        offsets.append(offs)
    text = "".join(text_parts)
    preds = [set() for _ in doc]
    # index token starts/ends for span mapping
    where = {}
    for k, offs in enumerate(offsets):
        for j, (s, e) in enumerate(offs):
            where[s] = (k, j, "start")
            where.setdefault(("end", e), (k, j))
    for m in extractor.mentions(text):
        if m.implied or m.type not in TYPES:
            continue
        first = where.get(m.start)
        last = where.get(("end", m.end))
        if not first or not last or first[0] != last[0]:
            continue  # a mention that does not line up with CoNLL tokens counts as a miss
        preds[first[0]].add((first[1], last[1] + 1, TYPES[m.type]))
    return preds


def score(counts: dict) -> dict:
    out = {}
    for typ, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[typ] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                    "gold": tp + fn}
    return out


def bench_conll(split: str, extractor: EntityExtractor, errors: int) -> dict | None:
    path = CONLL_DIR / f"eng.{split}"
    if not path.exists():
        print(f"skip CoNLL: {path} not found", file=sys.stderr)
        return None
    docs = read_conll(path)
    counts = {"PER": [0, 0, 0], "ORG": [0, 0, 0]}
    shown = 0
    t0 = time.perf_counter()
    n_tokens = 0
    for doc in docs:
        preds = predict_doc(extractor, doc)
        for sent, pred in zip(doc, preds):
            n_tokens += len(sent)
            gold = gold_spans(sent)
            for typ in counts:
                g = {s for s in gold if s[2] == typ}
                p = {s for s in pred if s[2] == typ}
                counts[typ][0] += len(g & p)
                counts[typ][1] += len(p - g)
                counts[typ][2] += len(g - p)
            if shown < errors and gold != pred:
                shown += 1
                words = [w for w, _ in sent]
                fmt = lambda spans: sorted(f"{t}:{' '.join(words[a:b])}" for a, b, t in spans)  # noqa: E731
                print(f"  missed {fmt(gold - pred)} spurious {fmt(pred - gold)}", file=sys.stderr)
    seconds = time.perf_counter() - t0
    return {"split": split, "documents": len(docs), "tokens": n_tokens, "seconds": round(seconds, 2),
            "tokens_per_second": round(n_tokens / seconds), **score(counts)}


def bench_canonical(pages_dir: Path, annotations: Path, extractor: EntityExtractor, registry: EntityRegistry,
                    errors: bool) -> dict:
    from searchsvc.ingest import parse_file

    gold_all = json.loads(annotations.read_text(encoding="utf-8"))
    counts = {"persons": [0, 0, 0], "organizations": [0, 0, 0]}
    for name, gold in sorted(gold_all.items()):
        article, _warnings = parse_file(pages_dir / name)
        extractor.annotate(article)
        for key in counts:
            got = {registry.label(i, "en") for i in getattr(article, key)}
            want = set(gold[key])
            counts[key][0] += len(got & want)
            counts[key][1] += len(got - want)
            counts[key][2] += len(want - got)
            if errors and got != want:
                print(f"  {name} {key}: extra {sorted(got - want)} missing {sorted(want - got)}", file=sys.stderr)
    return {"pages": len(gold_all), **score(counts)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="testb", choices=("train", "testa", "testb"))
    ap.add_argument("--errors", type=int, default=0, help="print this many CoNLL sentences with errors")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", action="append", choices=("conll",) + tuple(PAGE_SETS),
                    help="run only these parts (repeatable); default: all")
    args = ap.parse_args(argv)
    chosen = args.set or ["conll", *PAGE_SETS]

    # learned entities go to a throw-away overlay: the benchmark never touches real data
    overlay = Path(tempfile.mkdtemp(prefix="bench-entities-")) / "entities-learned.jsonl"
    registry = EntityRegistry.load(overlay=overlay)
    extractor = EntityExtractor(registry)
    result = {"machine": f"{platform.node()} {platform.processor() or platform.machine()} python {platform.python_version()}",
              "date": time.strftime("%Y-%m-%d"), "registry_entities": len(registry)}
    result["conll"] = bench_conll(args.split, extractor, args.errors) if "conll" in chosen else None
    for name, (pages, annotations) in PAGE_SETS.items():
        if name in chosen:
            result[name] = bench_canonical(pages, annotations, extractor, registry, args.errors > 0)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"machine: {result['machine']}  date: {result['date']}  registry: {result['registry_entities']} entities")
    c = result["conll"]
    if c:
        print(f"CoNLL-2003 eng.{c['split']} ({c['documents']} docs, {c['tokens']} tokens, {c['tokens_per_second']} tokens/s)")
        for typ in ("PER", "ORG"):
            s = c[typ]
            print(f"  {typ}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}  (gold {s['gold']})")
    for name in PAGE_SETS:
        if name not in result:
            continue
        r = result[name]
        print(f"canonical per-article, {name} ({r['pages']} pages)")
        for key in ("persons", "organizations"):
            s = r[key]
            print(f"  {key}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}  (gold {s['gold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
