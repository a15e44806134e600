"""HTTP API throughput and latency: the same query mix in-process and through uvicorn with 1 and N workers.

    .venv/bin/python bench/http_api.py                       # bundled samples, 1 and 2 workers x 1, 2, 8 clients
    .venv/bin/python bench/http_api.py --index indexes/big --workers 1 2 --clients 1 2 8 --seconds 20
    .venv/bin/python bench/http_api.py --index indexes/big --client raw httpx wrk    # each client, same rows
    .venv/bin/python bench/http_api.py --index indexes/big --mix-size 4000 --fresh   # no timed request seen before

The mix is what the search page sends, drawn from the index it is given (so searches hit on any
index; query_mix): rare and common words (by document frequency in a sample of the index), two
words of a title, a phrase of a body (advanced mode), a person or organization filter the article
carries, a date range sorted by date, page 2, a Russian word, a misspelt word (zero hits:
did-you-mean, 1 in 20), suggestions from title prefixes. How many requests of each kind find
nothing is measured in-process and printed before the rows; each row prints p95 per kind and
(raw client) the share of its requests the server had been sent before: with the default 200-request
mix that is all of them (the warm pass sends the whole mix), so kept plans and documents serve it.

Clients (closed loop: each connection sends its next request when the answer is in; keep-alive;
`Accept-Encoding: gzip` as a browser sends; answers read whole, not decompressed):
- raw (default): one asyncio process, one connection per client, the requests' bytes written
  once beforehand: ~0.2 ms of CPU a request, so on a small box the server gets nearly every core;
- httpx: a thread per client with httpx.Client (what the earlier figures used): ~1.2-1.6 ms of
  CPU a request (it decompresses and parses), taken from the server's cores;
- wrk (Debian package `wrk`, C, one thread): the mix's paths in turn from a Lua script; no
  per-kind figures.
Each row reports the CPU the server's processes and the client used per request (from /proc and
getrusage), so a row says how much of the box each side took, and how the server's CPU split over
its processes (2 workers: 50/50 when the keep-alive connections are spread evenly; uvicorn's
workers share one listening socket, and connections opened together often all go to one worker). Compare rows of one run, and note
the load average printed with each row. Server memory (all its processes) is read before and after
each row: under sustained load it should stay flat; per process (RSS, PSS, private, anonymous,
from /proc/PID/smaps_rollup) after each server's rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from searchsvc.config import SAMPLES_DIR
from searchsvc.index import IndexStore

ROOT = Path(__file__).resolve().parent.parent

WORD = re.compile(r"[^\W\d_]{4,}")
PAIR = re.compile(r"(?<![\w'’-])([^\W\d_]{4,}) ([^\W\d_]{4,})(?![\w'’-])")
STOP = {"that", "with", "from", "this", "have", "were", "which", "their", "will", "been", "there", "they",
        "what", "when", "also", "into", "than", "some", "more", "would", "about", "other", "said", "after"}
IN_PROCESS_REQUESTS = 400  # of the mix, measured in-process (each 5 times) before the rows
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
    article names, "misspelt" changes two letters of a title word (zero hits: did-you-mean). A
    mix larger than 2,000 samples as many articles, and one larger than 800 more common words
    (size / 4): a big mix repeats less."""
    _, index = IndexStore(index_dir).open_serving()
    reader = index.reader()
    try:
        rng = random.Random(seed)
        n = reader.doc_count_all()
        arts = []
        for docnum in rng.sample(range(n), min(n, max(2000, size))):
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
    common = sorted(df, key=lambda w: (-df[w], w))[:max(200, size // 4)] or ["Belarus"]
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


def process_memory(pid: int) -> list[dict]:
    """Each process of the server (`pid` and its children): MB resident (RSS), its proportional
    share of pages shared with other processes (PSS), its private pages (USS: what ending it
    frees), anonymous (allocated, not file-backed), threads, and what it runs (supervisor, worker,
    multiprocessing's resource tracker). From /proc/PID/smaps_rollup (Linux 4.14+)."""
    out = []
    for p in process_tree(pid):
        try:
            fields = {}
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()[1:]:
                name, value = line.split(":", 1)
                fields[name] = int(value.split()[0]) / 1024
            status = Path(f"/proc/{p}/status").read_text()
            cmd = Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        threads = int(re.search(r"^Threads:\s+(\d+)", status, re.M).group(1))
        role = ("resource tracker" if "resource_tracker" in cmd else "worker" if "spawn_main" in cmd
                else "supervisor" if p == pid else "other")
        out.append({"pid": p, "role": role if p != pid or len(process_tree(pid)) > 1 else "server (one process)",
                    "rss": fields.get("Rss", 0), "pss": fields.get("Pss", 0),
                    "uss": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0),
                    "anon": fields.get("Anonymous", 0), "threads": threads})
    return out


def cpu_by_process(pid: int) -> dict[int, float]:
    """CPU time (user + system) so far of `pid` and each of its children, Linux /proc."""
    out = {}
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            out[p] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return out


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of `pid` and its children so far."""
    return sum(cpu_by_process(pid).values())


def worker_shares(before: dict[int, float], after: dict[int, float]) -> str:
    """Each process's part of the CPU the server used between two cpu_by_process readings, in
    percent, the busiest first: how evenly the kernel spread the keep-alive connections."""
    used = {p: after[p] - before.get(p, 0.0) for p in after}
    total = sum(used.values()) or 1.0
    return "/".join(f"{100 * u / total:.0f}" for u in sorted(used.values(), reverse=True) if u > 0.005 * total)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=1) as r:
            return r.status == 200
    except OSError:
        return False


@dataclass(frozen=True)
class Server:
    """What serves a row: this checkout (label "after"), or a baseline checkout run by another
    interpreter (its own virtualenv: a baseline's dependencies, e.g. main's before uvloop) with
    PYTHONPATH, and extra environment (settings: SEARCHSVC_THREADS=40)."""

    label: str = "this checkout"
    python: str = sys.executable
    checkout: Path | None = None
    env: tuple[tuple[str, str], ...] = ()


def start_server(index_dir: Path, workers: int, server: Server = Server()) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, **dict(server.env)}
    if server.checkout:
        env["PYTHONPATH"] = str(server.checkout)
    proc = subprocess.Popen([server.python, "-m", "searchsvc.cli", "serve", "--index", str(index_dir),
                             "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=server.checkout or ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if healthy(url):
            return proc, url
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def warm(url: str, mix: list, workers: int, sent: set | None = None) -> None:
    """`mix` once on each of 2 x workers connections: every worker's readers and caches warm
    (the kernel hands each new connection to whichever worker accepts first). `sent`: raw_load's."""
    load(url, 2 * workers, 0, mix, passes=1, sent=sent)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def request_bytes(host: str, path: str, params: dict) -> bytes:
    target = path + ("?" + urlencode(params, doseq=True) if params else "")
    return f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\n\r\n".encode()


async def read_response(reader: asyncio.StreamReader) -> int:
    """One HTTP/1.1 response off a keep-alive connection, its body read and dropped; its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    length, chunked = 0, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
    if chunked:
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")  # the last chunk's CRLF (no trailers are sent)
    elif length:
        await reader.readexactly(length)
    return int(head[9:12])


def raw_load(url: str, clients: int, seconds: float, mix: list, passes: int = 0,
             sent: set | None = None, fresh: bool = False) -> tuple[list, int]:
    """`clients` keep-alive connections from one asyncio loop; ([(kind, seconds, repeated)], non-200).
    passes > 0: each connection sends the whole mix that many times instead of running `seconds`.
    `sent`: the requests (bytes) this server was sent before, added to; `repeated` says whether a
    request was among them (a kept plan and the hits' documents may serve it). `fresh`: a client
    skips the requests in `sent` while the mix has others (for --fresh)."""
    sent = set() if sent is None else sent
    host, port = url.rsplit("/", 1)[1].split(":")
    requests = [(kind, request_bytes(host, path, params)) for kind, path, params in mix]

    async def client(n: int, stop: float) -> tuple[list, int]:
        reader, writer = await asyncio.open_connection(host, int(port))
        first = n * len(requests) // max(1, clients)  # clients start apart in the mix
        took, bad, i = [], 0, first
        while i < first + passes * len(requests) if passes else time.monotonic() < stop:
            kind, data = requests[i % len(requests)]
            i += 1
            skipped = 0
            while fresh and data in sent and skipped < len(requests):
                kind, data = requests[i % len(requests)]
                i, skipped = i + 1, skipped + 1
            t0 = time.perf_counter()
            writer.write(data)
            bad += await read_response(reader) != 200
            took.append((kind, time.perf_counter() - t0, data in sent))
            sent.add(data)
        writer.close()
        return took, bad

    async def run() -> tuple[list, int]:
        stop = time.monotonic() + seconds
        done = await asyncio.gather(*(client(n, stop) for n in range(clients)))
        return [t for took, _ in done for t in took], sum(bad for _, bad in done)

    return asyncio.run(run())


def httpx_load(url: str, clients: int, seconds: float, mix: list) -> tuple[list, int]:
    """A thread per client, each with an httpx.Client (keep-alive); ([(kind, seconds)], non-200)."""
    import httpx

    took, errors, lock = [], [0], threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        mine, bad = [], 0
        with httpx.Client(base_url=url, timeout=30) as http:
            i = n * len(mix) // max(1, clients)  # clients start apart in the mix
            while time.monotonic() < stop:
                kind, path, params = mix[i % len(mix)]
                i += 1
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                mine.append((kind, time.perf_counter() - t0))
                bad += r.status_code != 200
        with lock:
            took.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return took, errors[0]


WRK_SCRIPT = """
local paths, i = {}, 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = tonumber(args[2]) or 0
  wrk.headers["Accept-Encoding"] = "gzip"
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function done(summary, latency, requests)
  io.write(string.format("WRK %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean))
end
"""


def wrk_load(url: str, clients: int, seconds: float, mix: list) -> dict:
    """wrk (one thread, `clients` connections) cycling through the mix's paths: its own counts and
    latency percentiles (microseconds), and its CPU (getrusage of the child)."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-wrk-"))
    try:
        (tmp / "paths.txt").write_text("".join(
            path + ("?" + urlencode(params, doseq=True) if params else "") + "\n" for _, path, params in mix))
        (tmp / "mix.lua").write_text(WRK_SCRIPT)
        out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
                              "-s", str(tmp / "mix.lua"), url, "--", str(tmp / "paths.txt")],
                             capture_output=True, text=True, check=True).stdout
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n, duration_us, errors, p50, p95, p99, _ = (int(float(x)) for x in
                                                 re.search(r"^WRK (.*)$", out, re.M).group(1).split())
    return {"requests": n, "rps": n / (duration_us / 1e6), "errors": errors, "p50_ms": p50 / 1000,
            "p95_ms": p95 / 1000, "p99_ms": p99 / 1000, "kinds_p95_ms": {}}


def load(url: str, clients: int, seconds: float, mix: list, client: str = "raw", passes: int = 0,
         sent: set | None = None, fresh: bool = False) -> dict:
    """One row: `clients` closed-loop connections for `seconds` with the chosen client; counts,
    latency percentiles (overall and p95 per kind), and the client's CPU per request; with the
    raw client, the share of requests the server had been sent before (raw_load's `sent`)."""
    usage = resource.RUSAGE_CHILDREN if client == "wrk" else resource.RUSAGE_SELF
    before = resource.getrusage(usage)
    t0 = time.perf_counter()
    if client == "wrk":
        row = wrk_load(url, clients, seconds, mix)
    else:
        if client == "raw":
            took, errors = raw_load(url, clients, seconds, mix, passes, sent, fresh)
        else:
            took, errors = httpx_load(url, clients, seconds, mix)
            took = [(kind, t, None) for kind, t in took]
        elapsed = time.perf_counter() - t0
        latencies = [t for _, t, _ in took]
        by_kind: dict[str, list[float]] = {}
        for kind, t, _ in took:
            by_kind.setdefault(kind, []).append(t)
        row = {"requests": len(latencies), "rps": len(latencies) / elapsed, "errors": errors,
               "p50_ms": 1000 * statistics.median(latencies), "p95_ms": 1000 * percentile(latencies, 0.95),
               "p99_ms": 1000 * percentile(latencies, 0.99),
               "kinds_p95_ms": {k: 1000 * percentile(v, 0.95) for k, v in sorted(by_kind.items())},
               "repeated": (sum(bool(r) for _, _, r in took) / len(took)
                            if took and client == "raw" else None)}
    after = resource.getrusage(usage)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    row["client_cpu_ms"] = 1000 * cpu / max(1, row["requests"])
    return row


def direct_call(service, path: str, params: dict):
    """The request's SearchService call (what the route does before rendering)."""
    if path == "/suggest":
        return service.suggest(params["q"], lang=params.get("lang", "en"))
    filters = {f: [params[f]] for f in ("person", "organization") if f in params} or None
    return service.search(params["q"], lang=params.get("lang", "en"), page=int(params.get("page", 1)),
                          size=int(params.get("size", 10)), filters=filters, date_from=params.get("date_from"),
                          date_to=params.get("date_to"), sort=params.get("sort", "relevance"),
                          mode=params.get("mode", "plain"))


def asgi_get(app, path: str, params: dict):
    """One GET straight into the ASGI app (no socket, no client library), as uvicorn calls it."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": urlencode(params, doseq=True).encode(),
             "root_path": "", "headers": [(b"host", b"bench"), (b"accept-encoding", b"gzip")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {}}
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    return app(scope, receive, send)


def in_process(index_dir: Path, mix: list, rounds: int = 2) -> dict:
    """The same mix straight into SearchService and through the ASGI app without a socket: what
    validation, toggles, JSON, gzip and middleware add on top of the search, in CPU time per
    request (the mix `rounds` times, after a warm pass). Also how many requests of each kind find
    nothing (a search's total, a suggestion list's length)."""
    from searchsvc.config import Settings
    from searchsvc.web.app import create_app

    app = create_app(Settings(index_dir=str(index_dir)))
    service = app.state.search
    found: dict[str, list[int]] = {}
    for kind, path, params in mix:
        out = direct_call(service, path, params)
        found.setdefault(kind, []).append(len(out["suggestions"]) if path == "/suggest" else out.total)

    async def run() -> dict:
        for _, path, params in mix:
            await asgi_get(app, path, params)
        service_cpu = app_cpu = 0.0
        for _ in range(rounds):
            for _, path, params in mix:
                t0 = time.process_time()
                direct_call(service, path, params)
                t1 = time.process_time()
                await asgi_get(app, path, params)
                service_cpu, app_cpu = service_cpu + t1 - t0, app_cpu + time.process_time() - t1
        n = rounds * len(mix)
        return {"service_ms": 1000 * service_cpu / n, "app_ms": 1000 * app_cpu / n, "found": found}

    return asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", help="an existing index directory (default: build one from the samples)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 2, 8])
    parser.add_argument("--client", nargs="+", default=["raw"], choices=("raw", "httpx", "wrk"),
                        help="load generator(s); each gives its own rows (wrk: Debian's `wrk` on PATH)")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--mix-size", type=int, default=200, help="requests in the mix (query_mix)")
    parser.add_argument("--fresh", action="store_true",
                        help="warm each server with another mix (another seed), and send each request of the "
                             "timed mix to a server once while it has unsent ones (raw client): no timed "
                             "request is served by a plan kept from an earlier one (give a big --mix-size)")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also serve from this checkout (git archive of a commit), each row before ours")
    parser.add_argument("--baseline-python", default=sys.executable, help="the baseline's interpreter (its venv)")
    parser.add_argument("--server-env", nargs="*", default=[], metavar="NAME=VALUE",
                        help="environment of our server (settings: SEARCHSVC_THREADS=40)")
    args = parser.parse_args()
    servers = [Server("after", env=tuple(tuple(kv.split("=", 1)) for kv in args.server_env))]
    if args.baseline:
        servers.insert(0, Server("before", args.baseline_python, args.baseline.resolve()))

    tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
    try:
        if args.index:
            index_dir = Path(args.index)
        else:
            index_dir = tmp / "index"
            subprocess.run([sys.executable, "-m", "searchsvc.cli", "reindex", "--source", str(SAMPLES_DIR),
                            "--index", str(index_dir)], check=True, capture_output=True, cwd=ROOT)
        print(f"machine: {platform.node()} {os.cpu_count()} CPUs, Python {platform.python_version()}; "
              f"index {index_dir}; {args.seconds:.0f} s per row; load {os.getloadavg()[0]:.1f}")
        mix = query_mix(index_dir, args.mix_size)
        warm_mix = query_mix(index_dir, 200, seed=13) if args.fresh else mix
        base = in_process(index_dir, mix[:IN_PROCESS_REQUESTS])
        print(f"in-process CPU per request (the mix's first {min(len(mix), IN_PROCESS_REQUESTS)}): SearchService {base['service_ms']:.2f} ms, through the ASGI app "
              f"(validation, toggles, JSON, gzip; no socket) {base['app_ms']:.2f} ms: the app's part "
              f"{base['app_ms'] - base['service_ms']:.2f} ms")
        found = base["found"]
        zero = sum(t == 0 for totals in found.values() for t in totals)
        unique = len({(p, tuple(sorted(q.items()))) for _, p, q in mix})
        print(f"mix: {len(mix)} requests drawn from the index ({unique} different), "
              f"{sum(p == '/search' for _, p, _ in mix)} searches; "
              f"{zero} find nothing ({100 * zero / len(mix):.0f}%). Per kind: requests, finding nothing, "
              "median total (suggest: suggestions)")
        for kind in sorted(found):
            totals = found[kind]
            print(f"  {kind:20} {len(totals):3}  {sum(t == 0 for t in totals):3}  {statistics.median(totals):8.0f}")
        print("| server | client | workers | clients | requests | req/s | p50 ms | p95 ms | p99 ms | non-200 | "
              "CPU ms/request: server, client | server CPU by process % | server RSS MB warm -> end | load |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for workers in args.workers:
            running = []
            try:
                sent: dict[str, set] = {}  # server label -> the requests it was sent
                for server in servers:  # all up at once: rows alternate between them, idle ones cost nothing
                    running.append((server, *start_server(index_dir, workers, server)))
                    warm(running[-1][2], warm_mix, workers, sent.setdefault(server.label, set()))
                for client in args.client:
                    for clients in args.clients:
                        for server, proc, url in running:
                            rss0, cpu0 = server_rss_mb(proc.pid), cpu_by_process(proc.pid)
                            row = load(url, clients, args.seconds, mix, client, sent=sent[server.label],
                                       fresh=args.fresh)
                            rss1, cpu1 = server_rss_mb(proc.pid), cpu_by_process(proc.pid)
                            server_cpu = sum(cpu1.values()) - sum(cpu0.values())
                            print(f"| {server.label} | {client} | {workers} | {clients} | {row['requests']} | "
                                  f"{row['rps']:.0f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} | "
                                  f"{row['errors']} | {1000 * server_cpu / max(1, row['requests']):.2f}, "
                                  f"{row['client_cpu_ms']:.2f} | {worker_shares(cpu0, cpu1)} | {rss0:.0f} -> {rss1:.0f} | "
                                  f"{os.getloadavg()[0]:.1f} |",
                                  flush=True)
                            if row["kinds_p95_ms"]:
                                print("  p95 ms by kind: " + ", ".join(
                                    f"{k} {v:.0f}" for k, v in row["kinds_p95_ms"].items()), flush=True)
                            if row.get("repeated") is not None:
                                print(f"  requests this server was sent before (warm pass, earlier rows): "
                                      f"{100 * row['repeated']:.0f}%", flush=True)
                for server, proc, _ in running:
                    print(f"  {server.label}, {workers} worker(s), per process after the rows (MB): " + "; ".join(
                        f"{m['role']} RSS {m['rss']:.0f} PSS {m['pss']:.0f} private {m['uss']:.0f} "
                        f"anon {m['anon']:.0f} threads {m['threads']}" for m in process_memory(proc.pid)), flush=True)
            finally:
                for _, proc, _ in running:
                    proc.terminate()
                    proc.wait(15)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
