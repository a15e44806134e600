"""GET /metrics: Prometheus text exposition, written by hand (the format is a few lines of text).

Request counts by route/method/status and latency histograms by route, plus index gauges read
at scrape time. With several uvicorn workers a scrape reaches one of them, so each worker
writes a snapshot of its counters into a shared folder (SEARCHSVC_METRICS_DIR, made by
`searchsvc serve`) once a second when they changed and the scraped worker sums all snapshots: totals
cover every worker, other workers' part up to a second old. prometheus_client's multiprocess
mode does the same with mmapped files; this needs no dependency and no cleanup hooks.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections import defaultdict
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match

from ..index import NoIndexError

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
SNAPSHOT_EVERY_S = 1.0


class RequestMetrics:
    """This process's request counters and latency histograms."""

    def __init__(self, shared_dir: str | None = None):
        self.requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.latency: dict[str, list[float]] = {}  # route -> [bucket counts..., +Inf count, sum]
        self.shared_dir = Path(shared_dir) if shared_dir else None
        self._lock = threading.Lock()
        self.dirty = False  # counted since the last snapshot

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(route, method, str(status))] += 1
            row = self.latency.setdefault(route, [0.0] * (len(BUCKETS) + 2))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    row[i] += 1
            row[-2] += 1
            row[-1] += seconds
            self.dirty = True

    def snapshot(self) -> dict:
        with self._lock:
            return {"requests": [[*k, v] for k, v in self.requests.items()],
                    "latency": {k: list(v) for k, v in self.latency.items()}}

    def write_snapshot(self) -> None:
        self.dirty = False
        self.shared_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.shared_dir / f".{os.getpid()}.tmp"
        tmp.write_text(json.dumps(self.snapshot()))
        os.replace(tmp, self.shared_dir / f"{os.getpid()}.json")

    def all_workers(self) -> dict:
        """Counters summed over every worker's latest snapshot (this one's taken now)."""
        if not self.shared_dir:
            return self.snapshot()
        self.write_snapshot()
        total = {"requests": defaultdict(int), "latency": {}}
        for path in self.shared_dir.glob("*.json"):
            try:
                snap = json.loads(path.read_text())
            except (OSError, ValueError):
                continue  # a worker replacing its file right now; next scrape has it
            for route, method, status, count in snap["requests"]:
                total["requests"][(route, method, status)] += count
            for route, row in snap["latency"].items():
                acc = total["latency"].setdefault(route, [0.0] * len(row))
                total["latency"][route] = [a + b for a, b in zip(acc, row)]
        return {"requests": [[*k, v] for k, v in total["requests"].items()], "latency": total["latency"]}


async def share_snapshots(metrics: RequestMetrics) -> None:
    """Runs for the worker's lifetime (app lifespan) when workers share a metrics folder."""
    while True:
        await asyncio.sleep(SNAPSHOT_EVERY_S)
        if metrics.dirty:
            await run_in_threadpool(metrics.write_snapshot)


def route_template(app, scope) -> str:
    """'/articles/{id}', not '/articles/abc': label values stay few whatever clients request."""
    for route in app.router.routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return getattr(route, "path", "other") or "other"
    return "unmatched"


class MetricsMiddleware:
    """Pure ASGI middleware: times every HTTP request and counts it by route, method, status."""

    def __init__(self, app, metrics: RequestMetrics):
        self.app, self.metrics = app, metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500  # an exception escaping the app becomes a 500 outside us

        async def send_wrapper(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = route_template(scope["app"], scope) if "app" in scope else "unmatched"
            self.metrics.observe(route, scope["method"], status, time.perf_counter() - started)


def _label(value: str) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def exposition(counters: dict, index: dict) -> str:
    lines = ["# HELP searchsvc_http_requests_total HTTP requests by route template, method and status.",
             "# TYPE searchsvc_http_requests_total counter"]
    for route, method, status, count in sorted(counters["requests"]):
        lines.append(f'searchsvc_http_requests_total{{route="{_label(route)}",method="{method}",'
                     f'status="{status}"}} {int(count)}')
    lines += ["# HELP searchsvc_http_request_duration_seconds HTTP request latency by route template.",
              "# TYPE searchsvc_http_request_duration_seconds histogram"]
    for route, row in sorted(counters["latency"].items()):
        name, r = "searchsvc_http_request_duration_seconds", _label(route)
        for bound, count in zip(BUCKETS, row):
            lines.append(f'{name}_bucket{{route="{r}",le="{bound}"}} {int(count)}')
        lines.append(f'{name}_bucket{{route="{r}",le="+Inf"}} {int(row[-2])}')
        lines.append(f'{name}_sum{{route="{r}"}} {row[-1]:.6f}')
        lines.append(f'{name}_count{{route="{r}"}} {int(row[-2])}')
    lines += ["# HELP searchsvc_index_documents Documents in the live index generation.",
              "# TYPE searchsvc_index_documents gauge", f"searchsvc_index_documents {index['documents']}",
              "# HELP searchsvc_index_size_bytes Bytes on disk of the live index generation.",
              "# TYPE searchsvc_index_size_bytes gauge", f"searchsvc_index_size_bytes {index['bytes']}",
              "# HELP searchsvc_index_generation_info The live index generation (value is always 1).",
              "# TYPE searchsvc_index_generation_info gauge",
              f'searchsvc_index_generation_info{{generation="{_label(index["generation"] or "")}"}} 1']
    return "\n".join(lines) + "\n"


def index_stats(service) -> dict:
    generation = service.generation()
    try:
        documents = service.doc_count()
    except NoIndexError:
        documents = 0
    size = 0
    if generation:
        try:
            folder = service.store.generations / generation
            size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        except OSError:
            size = 0  # pruned or replaced between reading LIVE and listing it
    return {"generation": generation, "documents": documents, "bytes": size}


async def metrics(request: Request) -> Response:
    index = await run_in_threadpool(index_stats, request.app.state.search)
    counters = await run_in_threadpool(request.app.state.metrics.all_workers)
    return Response(exposition(counters, index), media_type="text/plain; version=0.0.4; charset=utf-8")
