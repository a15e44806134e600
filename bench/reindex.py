"""Batch job speed: full rebuild, unchanged and lightly changed incremental runs, one vs two writers.

    .venv/bin/python bench/reindex.py [--docs 2000] [--trilingual 3000] [--keep DIR]

Pages are Reuters-21578 stories (../shared/data/reuters21578, skipped cleanly when absent)
written as plain-text pages in the scraped format into a temporary folder (never into the repo).
No translation model is installed for the run, so the translate stage only records gaps; the
figures are parse + entities + reprints + index + validation. The first full run also learns the
entities of the pages (the entity extractor's cost); the second full run shows the steady state.

Side by side in one process: the same ingested articles written by `write_generation` with one
writer and with two forked writers (procs=2, multisegment), reported as docs/s and a ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
CHROME = "Font settings\nTimes New Roman\nFont size\nLetter spacing\nColor scheme\non white\non blue\n"


def write_pages(folder: Path, limit: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(REUTERS, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            title, body = (rec.get("title") or "").strip(), (rec.get("body") or "").strip()
            if not title or len(body) < 200:
                continue
            day = datetime.fromisoformat(rec["date"][:10])
            paragraphs = "\n\n".join(p.strip() for p in body.split("\n    ") if p.strip())
            (folder / f"{n:06d}.txt").write_text(
                f"{CHROME}Reuters Regional Desk\nMain / News\n{day.day} {day:%B %Y}\n\n{title.title()}\n\n\n"
                f"{paragraphs}\n", encoding="utf-8")
            n += 1
            if n >= limit:
                break
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--keep", help="work in this folder and keep it")
    ap.add_argument("--trilingual", type=int, default=3000, metavar="N",
                    help="also compare one and two writers on N trilingual documents (0: skip)")
    args = ap.parse_args()
    if not REUTERS.exists():
        print(f"skip: {REUTERS} not found", file=sys.stderr)
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-reindex-"))
    sys.path.insert(0, str(ROOT))
    from searchsvc.config import Settings
    from searchsvc.entities import EntityExtractor, EntityRegistry
    from searchsvc.index import IndexStore, write_generation
    from searchsvc.ingest import ingest_paths
    from searchsvc.pipeline import reindex

    pages = work / "pages"
    n = write_pages(pages, args.docs)
    settings = Settings(index_dir=str(work / "index"), models_dir=str(work / "models"), cache_dir=str(work / "cache"),
                        entities_file=str(work / "entities-learned.jsonl"))  # not beside the real index
    out: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                 "date": time.strftime("%Y-%m-%d"), "pages": n}

    t = time.perf_counter()
    full = reindex([pages], settings)
    out["full"] = {"seconds": round(time.perf_counter() - t, 2), "stages": full.seconds, "documents": full.documents,
                   "docs_per_s": round(full.documents / full.seconds["total"], 1),
                   "index_docs_per_s": round(full.documents / full.seconds["index"], 1), "exit": full.exit_code}

    # again, now that the entities of these pages are learned: the steady state of a nightly rebuild
    t = time.perf_counter()
    again = reindex([pages], settings, full=True, grace_seconds=0)
    out["full_again"] = {"seconds": round(time.perf_counter() - t, 2), "stages": again.seconds,
                         "docs_per_s": round(again.documents / again.seconds["total"], 1),
                         "index_docs_per_s": round(again.documents / again.seconds["index"], 1)}

    t = time.perf_counter()
    same = reindex([pages], settings)
    out["incremental_unchanged"] = {"seconds": round(time.perf_counter() - t, 3), "stages": same.seconds,
                                    "parsed": same.inputs - same.unchanged}

    rng = random.Random(1)
    files = sorted(pages.iterdir())
    edited = rng.sample(files, max(1, n // 100))
    for p in edited:
        p.write_text(p.read_text(encoding="utf-8") + "\nCorrection: figures updated.\n", encoding="utf-8")
    deleted = [p for p in rng.sample(files, max(1, n // 200)) if p not in edited]
    for p in deleted:
        p.unlink()
    t = time.perf_counter()
    changed = reindex([pages], settings)
    out["incremental_1pct"] = {"seconds": round(time.perf_counter() - t, 3), "stages": changed.seconds,
                               "changed": changed.changed, "deleted": changed.articles_deleted,
                               "exit": changed.exit_code}

    # one writer vs two forked writers, same articles, same process
    registry = EntityRegistry.load()
    articles = ingest_paths([pages], extractor=EntityExtractor(registry)).articles
    for procs in (1, 2):
        store = IndexStore(work / f"writers{procs}")
        t = time.perf_counter()
        write_generation(store, articles, registry, procs=procs)
        dt = time.perf_counter() - t
        out[f"write_generation_procs{procs}"] = {"seconds": round(dt, 2), "docs_per_s": round(len(articles) / dt, 1)}
    out["procs2_vs_procs1"] = round(out["write_generation_procs2"]["docs_per_s"]
                                    / out["write_generation_procs1"]["docs_per_s"], 2)

    # the same comparison on trilingual documents (en + ru + be text: three analyzers per doc),
    # the synthetic NTREX-128 corpus of bench/search.py; alternating runs, best of two each
    if args.trilingual:
        sys.path.insert(0, str(ROOT / "bench"))
        import search as search_bench

        corpus = search_bench.synthetic_corpus(args.trilingual)
        if corpus is not None:
            rates: dict[int, list[float]] = {1: [], 2: []}
            for procs in (1, 2, 1, 2):
                t = time.perf_counter()
                write_generation(IndexStore(work / f"tri{procs}-{len(rates[procs])}"), corpus.articles,
                                 corpus.registry, procs=procs)
                rates[procs].append(round(len(corpus.articles) / (time.perf_counter() - t), 1))
            out["trilingual"] = {"docs": len(corpus.articles), "procs1_docs_per_s": rates[1],
                                 "procs2_docs_per_s": rates[2],
                                 "best_ratio": round(max(rates[2]) / max(rates[1]), 2)}
    print(json.dumps(out, indent=2))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
