"""HTTP API throughput and latency: the same query mix in-process and through uvicorn with 1 and N workers.

    .venv/bin/python bench/http_api.py                       # bundled samples, 1 and 2 workers x 1, 2, 8 clients
    .venv/bin/python bench/http_api.py --index indexes/big --workers 1 2 --clients 1 2 8 --seconds 20

The mix is what the search page sends, drawn from the index it is given (so searches hit on any
index; query_mix): rare and common words (by document frequency in a sample of the index), two
words of a title, a phrase of a body (advanced mode), a person or organization filter the article
carries, a date range sorted by date, page 2, a Russian word, a misspelt word (zero hits:
did-you-mean, 1 in 20), suggestions from title prefixes. How many requests of each kind find
nothing is measured in-process and printed before the rows; each row prints p95 per kind.
Clients are threads with keep-alive connections on the same machine, so on a small box they
compete with the server: compare rows of one run, not runs. Server RSS (all its processes) is read before and after each row: under
sustained load it should stay flat.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from searchsvc.config import SAMPLES_DIR
from searchsvc.index import IndexStore

ROOT = Path(__file__).resolve().parent.parent

WORD = re.compile(r"[^\W\d_]{4,}")
PAIR = re.compile(r"(?<![\w'’-])([^\W\d_]{4,}) ([^\W\d_]{4,})(?![\w'’-])")
STOP = {"that", "with", "from", "this", "have", "were", "which", "their", "will", "been", "there", "they",
        "what", "when", "also", "into", "than", "some", "more", "would", "about", "other", "said", "after"}
# one cycle of the mix: the share of each kind (of 20 requests)
CYCLE = ("rare word", "common word", "rare word", "two words", "phrase", "person filter", "common word",
         "ru word", "organization filter", "page 2", "rare word", "common word", "suggest", "date range",
         "two words", "phrase", "misspelt", "ru word", "person filter", "suggest")


def query_mix(index_dir: Path, size: int = 200, seed: int = 12) -> list[tuple[str, str, dict]]:
    """`size` (kind, path, params) requests drawn from up to 2,000 stored articles of the index
    (fixed seed), kinds in CYCLE's shares. Document frequencies come from that sample: a "rare
    word" is one only one sampled article holds (so it hits at least that one), a "common word"
    one of the 200 most frequent non-stop words; two words come from one title, a phrase is two
    neighbouring words of one body (advanced mode), filters carry a person/organization the
    article names, "misspelt" changes two letters of a title word (zero hits: did-you-mean)."""
    _, index = IndexStore(index_dir).open_serving()
    reader = index.reader()
    try:
        rng = random.Random(seed)
        n = reader.doc_count_all()
        arts = []
        for docnum in rng.sample(range(n), min(n, 2000)):
            try:
                arts.append(json.loads(reader.stored_fields(docnum)["article"]))
            except (KeyError, ValueError):
                continue
    finally:
        reader.close()

    def words_of(text: str | None) -> list[str]:
        return [w for w in WORD.findall(text or "") if w.lower() not in STOP]

    df: dict[str, int] = {}
    for art in arts:
        for w in {w.lower() for w in words_of((art.get("title") or "") + " " + (art.get("body") or ""))}:
            df[w] = df.get(w, 0) + 1
    rare = sorted(w for w, c in df.items() if c == 1) or sorted(df)
    common = sorted(df, key=lambda w: (-df[w], w))[:200] or ["Belarus"]
    mix: list[tuple[str, str, dict]] = []
    for i in range(size):
        art = arts[i % len(arts)]
        title = words_of(art.get("title")) or [rng.choice(common)]
        pairs = PAIR.findall(art.get("body") or "")  # two words next to each other
        ru = words_of(((art.get("translations") or {}).get("ru") or {}).get("title"))
        day = (art.get("published") or "")[:10]
        kind = CYCLE[i % len(CYCLE)]
        params: dict | None = None
        path = "/search"
        if kind == "rare word":
            params = {"q": rng.choice(rare)}
        elif kind == "common word":
            params = {"q": rng.choice(common)}
        elif kind == "two words" and len(title) >= 2:
            params = {"q": " ".join(rng.sample(title, 2))}
        elif kind == "phrase" and pairs:
            params = {"q": '"%s %s"' % rng.choice(pairs), "mode": "advanced"}
        elif kind == "person filter" and art.get("persons"):
            params = {"q": rng.choice(title), "person": art["persons"][0]}
        elif kind == "organization filter" and art.get("organizations"):
            params = {"q": rng.choice(title), "organization": art["organizations"][0]}
        elif kind == "date range" and day:
            params = {"q": rng.choice(title), "date_from": day[:4] + "-01-01", "date_to": day[:4] + "-12-31",
                      "sort": "date"}
        elif kind == "page 2":
            params = {"q": rng.choice(common), "page": "2", "size": "10"}
        elif kind == "ru word" and ru:
            params = {"q": rng.choice(ru), "lang": "ru"}
        elif kind == "misspelt":
            w = max(title, key=len)
            if len(w) >= 5:
                k = rng.randrange(1, len(w) - 2)
                params = {"q": w[:k] + "q" + w[k + 1] + "x" + w[k + 3:]}
        elif kind == "suggest":
            path, params = "/suggest", {"q": rng.choice(title)[:3]}
        if params is None:  # the article lacks what the kind needs (persons, a date, a Russian title)
            kind, params = "common word", {"q": rng.choice(common)}
        mix.append((kind, path, params))
    return mix


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants (uvicorn's workers), from Linux /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def server_rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (uvicorn workers), Linux /proc."""
    total = 0
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "searchsvc.cli", "serve", "--index", str(index_dir),
                             "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def load(url: str, clients: int, seconds: float, mix: list) -> dict:
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        mine, kinds, bad = [], [], 0
        with httpx.Client(base_url=url, timeout=30) as http:
            i = n * len(mix) // max(1, clients)  # clients start apart in the mix
            while time.monotonic() < stop:
                kind, path, params = mix[i % len(mix)]
                i += 1
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                mine.append(time.perf_counter() - t0)
                kinds.append(kind)
                bad += r.status_code != 200
        with lock:
            latencies.extend(mine)
            for kind, took in zip(kinds, mine):
                by_kind.setdefault(kind, []).append(took)
            errors[0] += bad

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "errors": errors[0],
            "p50_ms": 1000 * statistics.median(latencies), "p95_ms": 1000 * percentile(latencies, 0.95),
            "p99_ms": 1000 * percentile(latencies, 0.99),
            "kinds_p95_ms": {k: 1000 * percentile(v, 0.95) for k, v in sorted(by_kind.items())}}


def direct_call(service, path: str, params: dict):
    """The request's SearchService call (what the route does before rendering)."""
    if path == "/suggest":
        return service.suggest(params["q"], lang=params.get("lang", "en"))
    filters = {f: [params[f]] for f in ("person", "organization") if f in params} or None
    return service.search(params["q"], lang=params.get("lang", "en"), page=int(params.get("page", 1)),
                          size=int(params.get("size", 10)), filters=filters, date_from=params.get("date_from"),
                          date_to=params.get("date_to"), sort=params.get("sort", "relevance"),
                          mode=params.get("mode", "plain"))


def in_process(index_dir: Path, mix: list, rounds: int = 100) -> dict:
    """The same mix straight into SearchService and through the ASGI app without a socket,
    interleaved: what validation, toggles, JSON and middleware add on top of the search. Also
    how many requests of each kind find nothing (a search's total, a suggestion list's length)."""
    import asyncio

    from searchsvc.config import Settings
    from searchsvc.web.app import create_app

    app = create_app(Settings(index_dir=str(index_dir)))
    service = app.state.search
    found: dict[str, list[int]] = {}
    for kind, path, params in mix:
        out = direct_call(service, path, params)
        found.setdefault(kind, []).append(len(out["suggestions"]) if path == "/suggest" else out.total)

    async def run() -> dict:
        service_only, through_app = [], []
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for _, path, params in mix:
                await client.get(path, params=params)
            for i in range(rounds):
                _, path, params = mix[i % len(mix)]
                t0 = time.perf_counter()
                direct_call(service, path, params)
                service_only.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await client.get(path, params=params)
                through_app.append(time.perf_counter() - t0)
        return {"service_p50_ms": 1000 * statistics.median(service_only),
                "app_p50_ms": 1000 * statistics.median(through_app), "found": found}

    return asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", help="an existing index directory (default: build one from the samples)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 2, 8])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
    try:
        if args.index:
            index_dir = Path(args.index)
        else:
            index_dir = tmp / "index"
            subprocess.run([sys.executable, "-m", "searchsvc.cli", "reindex", "--source", str(SAMPLES_DIR),
                            "--index", str(index_dir)], check=True, capture_output=True, cwd=ROOT)
        print(f"machine: {platform.node()} {os.cpu_count()} CPUs, Python {platform.python_version()}; "
              f"index {index_dir}; {args.seconds:.0f} s per row")
        mix = query_mix(index_dir)
        base = in_process(index_dir, mix)
        print(f"in-process p50: SearchService {base['service_p50_ms']:.2f} ms, through the ASGI app "
              f"(validation, toggles, JSON, gzip) {base['app_p50_ms']:.2f} ms "
              f"({base['app_p50_ms'] / base['service_p50_ms']:.2f}x)")
        found = base["found"]
        zero = sum(t == 0 for totals in found.values() for t in totals)
        print(f"mix: {len(mix)} requests drawn from the index, {sum(p == '/search' for _, p, _ in mix)} searches; "
              f"{zero} find nothing ({100 * zero / len(mix):.0f}%). Per kind: requests, finding nothing, "
              "median total (suggest: suggestions)")
        for kind in sorted(found):
            totals = found[kind]
            print(f"  {kind:20} {len(totals):3}  {sum(t == 0 for t in totals):3}  {statistics.median(totals):8.0f}")
        print("| workers | clients | requests | req/s | p50 ms | p95 ms | p99 ms | non-200 | server RSS MB warm -> end | load |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for workers in args.workers:
            proc, url = start_server(index_dir, workers)
            try:
                for _, path, params in mix:  # one pass: every worker's readers and caches warm
                    httpx.get(url + path, params=params, timeout=60)
                for clients in args.clients:
                    rss0 = server_rss_mb(proc.pid)
                    row = load(url, clients, args.seconds, mix)
                    rss1 = server_rss_mb(proc.pid)
                    print(f"| {workers} | {clients} | {row['requests']} | {row['rps']:.0f} | {row['p50_ms']:.1f} | "
                          f"{row['p95_ms']:.1f} | {row['p99_ms']:.1f} | {row['errors']} | {rss0:.0f} -> {rss1:.0f} | "
                          f"{os.getloadavg()[0]:.1f} |",
                          flush=True)
                    print("  p95 ms by kind: " + ", ".join(f"{k} {v:.0f}" for k, v in row["kinds_p95_ms"].items()),
                          flush=True)
            finally:
                proc.terminate()
                proc.wait(15)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
