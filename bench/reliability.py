"""Run the reliability tests many times and add up their figures (for docs/reliability.md).

    .venv/bin/python bench/reliability.py [--seeds 20] [--first 101] [--load 3] [--pages 300] [--rebuilds 3]

Runs tests/test_reliability.py::test_kill_9... once per seed (RELIABILITY_SEED) and the search
load test `--load` times, on an archive of `--pages` pages with `--rebuilds` full rebuilds under load
(the suite runs the same tests smaller: 150 pages, 2 rebuilds); collects the `RELIABILITY {...}` line
each prints; prints the totals as
JSON: rounds, kills, which stage each kill landed in, passes/failures, requests and failed requests.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(test: str, size: dict[str, str], seed: int | None = None) -> tuple[bool, list[dict], str]:
    env = {**os.environ, **size, **({"RELIABILITY_SEED": str(seed)} if seed is not None else {})}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                           f"tests/test_reliability.py::{test}"], cwd=ROOT, env=env, capture_output=True, text=True)
    figures = [json.loads(line.split("RELIABILITY ", 1)[1]) for line in proc.stdout.splitlines()
               if "RELIABILITY {" in line]
    return proc.returncode == 0, figures, proc.stdout[-2000:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--first", type=int, default=101)
    ap.add_argument("--load", type=int, default=3)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--rebuilds", type=int, default=3)
    args = ap.parse_args()
    size = {"RELIABILITY_PAGES": str(args.pages), "RELIABILITY_REBUILDS": str(args.rebuilds)}
    started = time.monotonic()
    kill = {"runs": 0, "passed": 0, "rounds": 0, "kills": 0, "finished_before_kill": 0, "seconds": [],
            "killed_in": collections.Counter(), "failures": []}
    for seed in range(args.first, args.first + args.seeds):
        ok, figures, tail = run("test_kill_9_at_random_points_then_the_next_run_ends_consistent", size, seed)
        kill["runs"] += 1
        kill["passed"] += ok
        if not ok:
            kill["failures"].append({"seed": seed, "output": tail})
        for f in figures:
            kill["rounds"] += f["rounds"]
            kill["kills"] += f["kills"]
            kill["finished_before_kill"] += f["finished_before_kill"]
            kill["killed_in"].update(f["killed_in"])
            kill["seconds"].append(f["seconds"])
    load = {"runs": 0, "passed": 0, "requests": 0, "failed_requests": 0, "full_rebuilds": 0, "p50_ms": [], "p99_ms": [],
            "failures": []}
    for _ in range(args.load):
        ok, figures, tail = run("test_search_load_during_full_reindexes_has_no_failed_request", size)
        load["runs"] += 1
        load["passed"] += ok
        if not ok:
            load["failures"].append(tail)
        for f in figures:
            load["requests"] += f["requests"]
            load["failed_requests"] += f["failed"]
            load["full_rebuilds"] += len(f["full_rebuild_s"])
            load["p50_ms"].append(f["p50_ms"])
            load["p99_ms"].append(f["p99_ms"])
    out = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
           "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "pages": args.pages, "rebuilds": args.rebuilds,
           "kill9": kill, "load": load,
           "seconds": round(time.monotonic() - started, 1)}
    kill["killed_in"] = dict(kill["killed_in"].most_common())
    print(json.dumps(out, indent=2))
    return 0 if kill["passed"] == kill["runs"] and load["passed"] == load["runs"] else 1


if __name__ == "__main__":
    sys.exit(main())
