"""Did-you-mean's near-term look-up: the engine's terms_within (Whoosh: a Levenshtein automaton
per segment) against search/vocabulary.py's in-memory buckets, the same misspelt words, alone and
from 8 threads at once; then whole zero-hit searches through SearchService.

    .venv/bin/python bench/near_terms.py --docs 10000          # synthetic corpus (bench/search.py)
    .venv/bin/python bench/near_terms.py --index INDEX_DIR      # an existing index
    .venv/bin/python bench/near_terms.py --index INDEX_DIR --first-after-open [--baseline CHECKOUT]

Both look-ups must return the same terms (asserted). Interleaved per word; ratios are what to read.

--first-after-open: what the first misspelt words cost a service that has just opened its
generation (a server's start, a reindex's switch): a fresh process per row opens the index with
warm_up() as the server does, waits `pause` seconds, then 8 threads send 8 different misspelt words at once (and 8
more after them); with --baseline CHECKOUT the same rows with that checkout's searchsvc
(PYTHONPATH), alternating. Rows: p50 / max ms of each wave.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from searchsvc.index import IndexStore, write_generation  # noqa: E402
from searchsvc.index.schema import TITLE_WORDS_FIELD  # noqa: E402
from searchsvc.search import SearchService  # noqa: E402
from searchsvc.search.vocabulary import VocabularyCache  # noqa: E402


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def misspelt(words, n, rng):
    out = []
    while len(out) < n:
        w = rng.choice(words)
        if len(w) < 5:
            continue
        i = rng.randrange(1, len(w))
        out.append(w[:i] + "q" + w[i + 1:])
    return out


def first_after_open_child(root: Path, words: list[str], pause: float) -> dict:
    """One fresh service: open, pause, two waves of 8 concurrent misspelt searches."""
    service = SearchService(root)
    service.warm_up()  # what the server does before it takes requests
    time.sleep(pause)
    waves = []
    for wave in (words[:8], words[8:16]):
        def timed(w):
            t0 = time.perf_counter()
            service.search(w)
            return (time.perf_counter() - t0) * 1000
        with ThreadPoolExecutor(8) as pool:
            waves.append(list(pool.map(timed, wave)))
    return {"waves": [[statistics.median(w), max(w)] for w in waves]}


def first_after_open(root: Path, words: list[str], baseline: Path | None, rounds: int = 2) -> None:
    import json
    import subprocess

    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; first misspelt words after a "
          f"service opens {root}")
    print("| searchsvc | pause s | 1st wave of 8 p50 / max ms | 2nd wave p50 / max ms |")
    print("|---|---|---|---|")
    sides = [("this checkout", None)] + ([("baseline", baseline)] if baseline else [])
    for _ in range(rounds):
        for pause in (0.0, 3.0):
            for label, checkout in sides:
                env = {**os.environ}
                if checkout is not None:
                    env["PYTHONPATH"] = str(checkout.resolve())
                out = subprocess.run([sys.executable, __file__, "--index", str(root), "--child-first",
                                      json.dumps({"words": words, "pause": pause})],
                                     env=env, capture_output=True, text=True, check=True)
                res = json.loads(out.stdout.strip().splitlines()[-1])
                (a50, amax), (b50, bmax) = res["waves"]
                print(f"| {label} | {pause:.0f} | {a50:.0f} / {amax:.0f} | {b50:.0f} / {bmax:.0f} |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=60)
    ap.add_argument("--first-after-open", action="store_true")
    ap.add_argument("--baseline", type=Path, metavar="CHECKOUT")
    ap.add_argument("--child-first", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_first:
        import json

        opts = json.loads(args.child_first)
        print(json.dumps(first_after_open_child(args.index, opts["words"], opts["pause"])))
        return 0
    if args.first_after_open:
        _, index = IndexStore(args.index).open_serving()
        with index, index.reader() as reader:
            vocab = sorted({t for seg in reader.segments() for t in seg.lexicon(TITLE_WORDS_FIELD) if t.isalpha()})
        first_after_open(args.index, misspelt(vocab, 16, random.Random(5)), args.baseline)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="bench-near-"))
    registry = None
    if args.index:
        root = args.index
    else:
        import search as bench_search

        corpus = bench_search.synthetic_corpus(args.docs)
        registry = corpus.registry
        root = tmp / "index"
        t0 = time.perf_counter()
        write_generation(IndexStore(root), corpus.articles, corpus.registry, procs=2)
        print(f"built {args.docs} docs in {time.perf_counter() - t0:.0f} s")
    service = SearchService(root, registry=registry) if registry else SearchService(root)
    state = service._state()
    reader, generation = state.reader, state.generation
    rng = random.Random(3)
    vocab = sorted({t for seg in reader.segments() for t in seg.lexicon(TITLE_WORDS_FIELD)})
    words = misspelt(vocab, args.words, rng)
    cache = VocabularyCache()
    t0 = time.perf_counter()
    cache.terms_within(generation, reader, TITLE_WORDS_FIELD, "warm", 1)
    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; {reader.doc_count()} docs, "
          f"{len(reader.segments())} segments, {len(vocab)} title words; buckets built in "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms (once per segment)")

    def engine(w, d):
        return sorted(set(reader.terms_within(TITLE_WORDS_FIELD, w, d)))

    def ours(w, d):
        return cache.terms_within(generation, reader, TITLE_WORDS_FIELD, w, d)

    print("| look-up | maxdist | engine p50 / p95 ms | vocabulary p50 / p95 ms | ratio p50 |")
    print("|---|---|---|---|---|")
    for d in (1, 2):
        te, to = [], []
        for w in words:
            t0 = time.perf_counter()
            a = engine(w, d)
            te.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            b = ours(w, d)
            to.append((time.perf_counter() - t0) * 1000)
            assert a == b, (w, d, a, b)
        print(f"| alone | {d} | {statistics.median(te):.2f} / {pct(te, 95):.2f} | "
              f"{statistics.median(to):.3f} / {pct(to, 95):.3f} | {statistics.median(te) / statistics.median(to):.0f}x |")
    local = threading.local()

    def engine_own_reader(w, d):
        # a Whoosh reader is not for concurrent use: each thread its own, as the service had
        if not hasattr(local, "reader"):
            local.reader = state.index.reader()
        return sorted(set(local.reader.terms_within(TITLE_WORDS_FIELD, w, d)))

    for name, fn in (("engine", engine_own_reader), ("vocabulary", ours)):
        def timed(w, fn=fn):
            t0 = time.perf_counter()
            fn(w, 2)
            return (time.perf_counter() - t0) * 1000

        with ThreadPoolExecutor(8) as pool:
            lat = list(pool.map(timed, words * 2))
        print(f"| 8 threads, {name} | 2 | p50 {statistics.median(lat):.2f} / p95 {pct(lat, 95):.2f} ms | | |")
    # whole zero-hit searches (did-you-mean runs): what a user waits for
    lat = []
    for w in words:
        t0 = time.perf_counter()
        service.search(w)
        lat.append((time.perf_counter() - t0) * 1000)
    print(f"zero-hit searches through SearchService (did-you-mean on): p50 {statistics.median(lat):.2f} "
          f"p95 {pct(lat, 95):.2f} ms")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
