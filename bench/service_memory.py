"""Service memory under sustained load: RSS over time, in-process (the SearchService under many
threads) or through HTTP (uvicorn workers, client threads), and what it is made of.

    .venv/bin/python bench/service_memory.py --index INDEX_DIR --pool-only --threads 1 2 8 --seconds 60
    .venv/bin/python bench/service_memory.py --index INDEX_DIR --pool-only --threads 8 --arenas 0 2 0 2
    .venv/bin/python bench/service_memory.py --index INDEX_DIR --http --workers 1 2 --threads 8 --seconds 60
    .venv/bin/python bench/service_memory.py --docs 10000 --threads 40 --seconds 30   # builds an index

In-process, each setting runs in its own process (a clean RSS): `--threads` threads search a
mix drawn from the index (titles' words, 1 in 11 a misspelt word: did-you-mean), and without
--pool-only also with one reader per thread (what the service did before issue 12). Through
HTTP, `bench/http_api.py`'s mix (it hits on any index) from `--threads` client connections (its
light asyncio client) against a server of `--workers` workers; RSS is the server's processes
together, and each process (supervisor, workers, resource tracker) is shown at the end with its
PSS and private memory (smaps_rollup). Each row prints RSS
(and its anonymous part: what the process allocated, not mapped files) at 0, 1/6, ... of the
run; in-process rows then say what the service's own structures hold (`--attribute`). Flat is
the goal; compare rows of one run, and note the load: the clients share the box. `--arenas`: the
in-process rows' glibc malloc arenas (settings.malloc_arenas, which a serving process sets at its
start; 0: glibc's default, an arena a thread), a row each, with the CPU a search took in that row.
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


def memory_mb(pid: int | str = "self") -> tuple[float, float]:
    """(VmRSS, RssAnon) of a process in MB."""
    rss = anon = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("RssAnon:"):
                anon = int(line.split()[1])
    except OSError:
        pass
    return rss / 1024, anon / 1024


def attribution(service) -> dict:
    """MB held by the service's caches and columns (search/columns.py, search/vocabulary.py),
    read from its internals: a bench's view, not an API."""
    columns = service._columns
    mb = lambda b: round(b / 2**20, 1)  # noqa: E731
    if not hasattr(columns, "postings"):
        return {}  # a checkout before the shared columns (a baseline run: PYTHONPATH=CHECKOUT)
    out = {"postings cache": mb(columns.postings.size), "postings entries": len(columns.postings)}
    for i, shared in enumerate(columns._shared.values()):
        arrays = [shared.day, shared.stamp, shared.live, *(a for pair in shared.pairs.values() for a in pair),
                  *shared.lengths.values()]
        derived = [a for v in shared.derived.values() for a in (v if isinstance(v, tuple) else (v,))
                   if hasattr(a, "nbytes")]
        out[f"columns {i}: per-document arrays"] = mb(sum(a.nbytes for a in arrays))
        out[f"columns {i}: facet indexes, calendars"] = mb(sum(a.nbytes for a in derived))
        out[f"columns {i}: filter masks"] = mb(shared.masks.size)
    out["readers open"] = len(service._idle)
    vocab = service._vocabulary._segments.values()
    out["near-term vocabularies"] = mb(sum(len(b.blob) + 8 * len(b.terms) + 8 * len(b.starts) + 56 * len(b.terms)
                                           for v in vocab for b in v.buckets.values()))
    return out


def child(index: Path, max_readers: int, threads: int, seconds: float, arenas: int) -> None:
    from searchsvc.search import SearchService
    from searchsvc.web.serve import limit_malloc_arenas

    limit_malloc_arenas(arenas)  # as a serving process does at its start (settings.malloc_arenas)
    service = SearchService(index, max_readers=max_readers)
    service.warm_up()
    service.near_terms_ready()
    state = service._state()
    reader = state.reader
    rng = random.Random(1)
    words = []
    for docnum in rng.sample(range(reader.doc_count_all()), min(500, reader.doc_count_all())):
        title = json.loads(reader.stored_fields(docnum)["article"]).get("title") or ""
        words += re.findall(r"[^\W\d_]{4,}", title)
    queries = [" ".join(rng.sample(words, rng.choice((1, 1, 2)))) for _ in range(400)]
    queries += [w[:2] + "qx" + w[4:] for w in rng.sample(words, 40)]  # zero hits: did-you-mean
    samples, done = [(0.0, *memory_mb())], [0]
    stop = time.monotonic() + seconds

    def work(n: int) -> None:
        i = n
        while time.monotonic() < stop:
            service.search(queries[i % len(queries)])
            i += 7
            done[0] += 1

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    cpu0 = time.process_time()
    t0 = time.monotonic()
    for t in pool:
        t.start()
    while time.monotonic() < stop:
        time.sleep(seconds / 6)
        samples.append((time.monotonic() - t0, *memory_mb()))
    for t in pool:
        t.join()
    samples.append((time.monotonic() - t0, *memory_mb()))
    cpu_ms = 1000 * (time.process_time() - cpu0) / max(1, done[0])
    print(json.dumps({"samples": samples, "searches": done[0], "cpu_ms": cpu_ms, "attribution": attribution(service)}))


def server_memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, RssAnon) of `pid` and its children (uvicorn workers) together."""
    import http_api

    rss = anon = 0.0
    for p in http_api.process_tree(pid):
        r, a = memory_mb(p)
        rss, anon = rss + r, anon + a
    return rss, anon


def through_http(index: Path, workers: int, clients: int, seconds: float, server=None) -> dict:
    """http_api.py's mix from `clients` connections (its raw client) against `workers` uvicorn
    workers; server memory sampled while they run, and each process's at the end."""
    import http_api

    mix = http_api.query_mix(index)
    proc, url = http_api.start_server(index, workers, server or http_api.Server())
    try:
        http_api.warm(url, mix, workers)
        samples, result = [(0.0, *server_memory_mb(proc.pid))], {}
        runner = threading.Thread(target=lambda: result.update(http_api.load(url, clients, seconds, mix)))
        t0 = time.monotonic()
        runner.start()
        while runner.is_alive():
            runner.join(seconds / 6)
            samples.append((time.monotonic() - t0, *server_memory_mb(proc.pid)))
        return {"samples": samples, "searches": result.get("requests", 0), "p95_ms": result.get("p95_ms"),
                "processes": http_api.process_memory(proc.pid)}
    finally:
        proc.terminate()
        proc.wait(15)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--threads", type=int, nargs="+", default=[40], help="searching threads (HTTP: clients)")
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--pool-only", action="store_true", help="only the pooled service (not one reader per thread)")
    ap.add_argument("--http", action="store_true", help="through uvicorn (--workers) instead of in-process")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--server-env", nargs="*", default=[], metavar="NAME=VALUE",
                    help="HTTP: the server's extra environment (settings), e.g. SEARCHSVC_THREADS=40")
    ap.add_argument("--baseline", type=Path, metavar="CHECKOUT", help="HTTP: serve from this checkout instead")
    ap.add_argument("--baseline-python", default=sys.executable, help="the baseline's interpreter (its venv)")
    ap.add_argument("--arenas", type=int, nargs="+", default=[2], metavar="N",
                    help="in-process: glibc malloc arenas (settings.malloc_arenas; 0: glibc's default), a row each")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), args.threads[0], args.seconds, args.arenas[0])
        return 0
    index, tmp = args.index, None
    if index is None:
        import search as bench_search
        from searchsvc.index import IndexStore, write_generation

        corpus = bench_search.synthetic_corpus(args.docs)
        tmp = Path(tempfile.mkdtemp(prefix="bench-mem-"))
        index = tmp / "index"
        write_generation(IndexStore(index), corpus.articles, corpus.registry, procs=2)
    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; index {index}; {args.seconds:.0f} s a row")
    print("| setting | threads | searches | CPU ms a search | RSS MB (anonymous) at s | load at the end |")
    print("|---|---|---|---|---|---|")
    for threads in args.threads:
        if args.http:
            import http_api

            env = tuple(tuple(kv.split("=", 1)) for kv in args.server_env)
            server = (http_api.Server("baseline", args.baseline_python, args.baseline.resolve(), env) if args.baseline
                      else http_api.Server(env=env))
            shown = (f", {server.label}" if args.baseline else "") + "".join(f", {k}={v}" for k, v in env)
            runs = [(f"HTTP, {w} worker{'s' * (w > 1)}{shown}",
                     lambda w=w: through_http(index, w, threads, args.seconds, server)) for w in args.workers]
        else:
            runs = []
            for max_readers in ((4,) if args.pool_only else (threads, 4)):
                for arenas in args.arenas:
                    label = (f"one reader per thread ({max_readers})" if max_readers == threads
                             else f"pool of {max_readers}") + f", malloc arenas {arenas or 'glibc default'}"
                    cmd = [sys.executable, __file__, "--child", str(index), str(max_readers), "--threads",
                           str(threads), "--seconds", str(args.seconds), "--arenas", str(arenas)]
                    runs.append((label, lambda cmd=cmd: json.loads(subprocess.run(
                        cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])))
        for label, run in runs:
            res = run()
            series = ", ".join(f"{t:.0f}: {rss:.0f} ({anon:.0f})" for t, rss, anon in res["samples"])
            cpu = f"{res['cpu_ms']:.2f}" if res.get("cpu_ms") else "-"
            print(f"| {label} | {threads} | {res['searches']} | {cpu} | {series} | {os.getloadavg()[0]:.1f} |",
                  flush=True)
            if res.get("attribution"):
                print("  held: " + ", ".join(f"{k} {v}" for k, v in res["attribution"].items()), flush=True)
            if res.get("p95_ms"):
                print(f"  p95 {res['p95_ms']:.1f} ms", flush=True)
            for m in res.get("processes", ()):
                print(f"  {m['role']}: RSS {m['rss']:.0f} PSS {m['pss']:.0f} private {m['uss']:.0f} "
                      f"anonymous {m['anon']:.0f} MB, {m['threads']} threads", flush=True)
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
