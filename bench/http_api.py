"""HTTP API throughput and latency: the same query mix in-process and through uvicorn with 1 and N workers.

    .venv/bin/python bench/http_api.py                       # bundled samples, 1 vs 2 workers, 10 s each
    .venv/bin/python bench/http_api.py --index indexes/big --workers 1 4 --seconds 20 --clients 16

The mix is what the search page sends: plain queries, a facet toggle, a date range, page 2, a
Russian reader, suggestions. Clients are threads with keep-alive connections on the same machine,
so on a small box they compete with the server: compare rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import os
import platform
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

ROOT = Path(__file__).resolve().parent.parent

MIX = [
    ("/search", {"q": "Belarus"}),
    ("/search", {"q": "CSTO"}),
    ("/search", {"q": "Volfovich", "lang": "ru"}),
    ("/search", {"q": "Лукашенко", "lang": "ru"}),
    ("/search", {"q": "harvest grain", "person": "aleksandr-lukashenko"}),
    ("/search", {"q": "Belarus", "date_from": "2023-01-01", "date_to": "2023-12-31", "sort": "date"}),
    ("/search", {"q": "Belarus", "page": "2", "size": "5"}),
    ("/search", {"q": '"prime minister" OR referendum', "mode": "advanced"}),
    ("/suggest", {"q": "Vol"}),
    ("/suggest", {"q": "Лук", "lang": "ru"}),
]


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


def load(url: str, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        mine, bad = [], 0
        with httpx.Client(base_url=url, timeout=30) as http:
            i = n
            while time.monotonic() < stop:
                path, params = MIX[i % len(MIX)]
                i += 1
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                mine.append(time.perf_counter() - t0)
                bad += r.status_code != 200
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    for _ in range(2):  # warm every worker's searchers and column caches
        for path, params in MIX:
            httpx.get(url + path, params=params, timeout=30)
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "errors": errors[0],
            "p50_ms": 1000 * statistics.median(latencies), "p95_ms": 1000 * percentile(latencies, 0.95),
            "p99_ms": 1000 * percentile(latencies, 0.99)}


def in_process(index_dir: Path, rounds: int = 100) -> dict:
    """The same mix straight into SearchService and through the ASGI app without a socket,
    interleaved: what validation, toggles, JSON and middleware add on top of the search."""
    import asyncio

    from searchsvc.config import Settings
    from searchsvc.web.app import create_app

    app = create_app(Settings(index_dir=str(index_dir)))
    service = app.state.search

    def direct(path: str, params: dict):
        if path == "/suggest":
            return service.suggest(params["q"], lang=params.get("lang", "en"))
        filters = {"person": [params["person"]]} if "person" in params else None
        return service.search(params["q"], lang=params.get("lang", "en"), page=int(params.get("page", 1)),
                              size=int(params.get("size", 10)), filters=filters, date_from=params.get("date_from"),
                              date_to=params.get("date_to"), sort=params.get("sort", "relevance"),
                              mode=params.get("mode", "plain"))

    async def run() -> dict:
        service_only, through_app = [], []
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for path, params in MIX:
                await client.get(path, params=params)
            for i in range(rounds):
                path, params = MIX[i % len(MIX)]
                t0 = time.perf_counter()
                direct(path, params)
                service_only.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await client.get(path, params=params)
                through_app.append(time.perf_counter() - t0)
        return {"service_p50_ms": 1000 * statistics.median(service_only),
                "app_p50_ms": 1000 * statistics.median(through_app)}

    return asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", help="an existing index directory (default: build one from the samples)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, default=8)
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
              f"index {index_dir}; {args.clients} clients, {args.seconds:.0f} s per row")
        base = in_process(index_dir)
        print(f"in-process p50: SearchService {base['service_p50_ms']:.2f} ms, through the ASGI app "
              f"(validation, toggles, JSON, gzip) {base['app_p50_ms']:.2f} ms "
              f"({base['app_p50_ms'] / base['service_p50_ms']:.2f}x)")
        print("| workers | requests | req/s | p50 ms | p95 ms | p99 ms | non-200 |")
        print("|---|---|---|---|---|---|---|")
        first_rps = None
        for workers in args.workers:
            proc, url = start_server(index_dir, workers)
            try:
                row = load(url, args.clients, args.seconds)
            finally:
                proc.terminate()
                proc.wait(15)
            first_rps = first_rps or row["rps"]
            print(f"| {workers} | {row['requests']} | {row['rps']:.0f} ({row['rps'] / first_rps:.2f}x) | "
                  f"{row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} | {row['errors']} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
