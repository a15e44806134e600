"""Service memory under sustained load from many threads: one reader per thread (what the service
did before issue 12: max_readers = threads) against the bounded reader pool (max_readers=4).

    .venv/bin/python bench/service_memory.py --docs 10000 --threads 40 --seconds 30
    .venv/bin/python bench/service_memory.py --index INDEX_DIR

Each setting runs in its own process (a clean RSS), 40 threads by default (anyio's thread pool,
which serves uvicorn's sync routes, has 40), each searching a mix drawn from the index; RSS is
sampled every few seconds. Flat is the goal; compare rows of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(index: Path, max_readers: int, threads: int, seconds: float) -> None:
    from searchsvc.search import SearchService

    service = SearchService(index, max_readers=max_readers)
    state = service._state()
    reader = state.reader
    rng = random.Random(1)
    words = []
    for docnum in rng.sample(range(reader.doc_count_all()), min(500, reader.doc_count_all())):
        title = json.loads(reader.stored_fields(docnum)["article"]).get("title") or ""
        words += re.findall(r"[^\W\d_]{4,}", title)
    queries = [" ".join(rng.sample(words, rng.choice((1, 1, 2)))) for _ in range(400)]
    queries += [w[:2] + "qx" + w[4:] for w in rng.sample(words, 40)]  # zero hits: did-you-mean
    samples, done = [(0.0, rss_mb())], [0]
    stop = time.monotonic() + seconds

    def work(n: int) -> None:
        i = n
        while time.monotonic() < stop:
            service.search(queries[i % len(queries)])
            i += 7
            done[0] += 1

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    t0 = time.monotonic()
    for t in pool:
        t.start()
    while time.monotonic() < stop:
        time.sleep(seconds / 6)
        samples.append((time.monotonic() - t0, rss_mb()))
    for t in pool:
        t.join()
    samples.append((time.monotonic() - t0, rss_mb()))
    print(json.dumps({"samples": samples, "searches": done[0]}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=40)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--pool-only", action="store_true", help="only the pooled service (not one reader per thread)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), args.threads, args.seconds)
        return 0
    index, tmp = args.index, None
    if index is None:
        import search as bench_search
        from searchsvc.index import IndexStore, write_generation

        corpus = bench_search.synthetic_corpus(args.docs)
        tmp = Path(tempfile.mkdtemp(prefix="bench-mem-"))
        index = tmp / "index"
        write_generation(IndexStore(index), corpus.articles, corpus.registry, procs=2)
    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; index {index}; "
          f"{args.threads} threads, {args.seconds:.0f} s each")
    print("| readers | searches | RSS MB over time (s: MB) | load at the end |")
    print("|---|---|---|---|")
    for max_readers in ((4,) if args.pool_only else (args.threads, 4)):
        out = subprocess.run([sys.executable, __file__, "--child", str(index), str(max_readers),
                              "--threads", str(args.threads), "--seconds", str(args.seconds)],
                             capture_output=True, text=True, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        label = f"one per thread ({max_readers})" if max_readers == args.threads else f"pool of {max_readers}"
        series = ", ".join(f"{t:.0f}: {mb:.0f}" for t, mb in res["samples"])
        print(f"| {label} | {res['searches']} | {series} | {os.getloadavg()[0]:.1f} |", flush=True)
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
