"""Main-text extraction quality: searchsvc's HTML ingestion vs plain trafilatura.extract.

    .venv/bin/python bench/extract.py [--data ../shared/data/article-extraction-benchmark] [--limit N]

Scores token-level precision / recall / F1 of each extractor's main text against the
benchmark's ground-truth article bodies (181 real English news pages), side by side in one
run, plus the time each took. Tokens are lower-cased \\w+ words counted as a multiset, as in
the article-extraction-benchmark's own evaluation. Skips cleanly when the data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
_TOKEN = re.compile(r"\w+", re.U)


def tokens(text: str | None) -> Counter:
    return Counter(_TOKEN.findall((text or "").lower()))


def prf(predicted: str | None, expected: str) -> tuple[float, float, float]:
    p, g = tokens(predicted), tokens(expected)
    common = sum((p & g).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def searchsvc_extract(raw: bytes) -> str:
    """The body searchsvc's ingestion stores for an HTML page (decoding included)."""
    from searchsvc.ingest import IngestError, parse_page_bytes

    try:
        article, _ = parse_page_bytes(raw, "html")
    except IngestError:
        return ""
    return article.body


def trafilatura_extract(raw: bytes) -> str:
    import trafilatura

    return trafilatura.extract(raw) or ""


EXTRACTORS = {"searchsvc": searchsvc_extract, "trafilatura": trafilatura_extract}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where searchsvc scores lowest")
    args = parser.parse_args(argv)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.exists():
        print(f"SKIP: {truth_file} not found (the benchmark data lives outside the repository)")
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit or None]
    pages = {k: gzip.decompress((args.data / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    scores = {name: [] for name in EXTRACTORS}
    seconds = dict.fromkeys(EXTRACTORS, 0.0)
    for k in keys:
        for name, extract in EXTRACTORS.items():
            t0 = time.perf_counter()
            text = extract(pages[k])
            seconds[name] += time.perf_counter() - t0
            scores[name].append(prf(text, truth[k]["articleBody"]))
    print(f"{len(keys)} pages; machine: {platform.machine()} {platform.processor() or ''} "
          f"Python {platform.python_version()}; {_cpu()}")
    print(f"{'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'F1>=0.9':>8} {'ms/page':>8}")
    for name, rows in scores.items():
        n = len(rows)
        mean = [sum(r[i] for r in rows) / n for i in range(3)]
        good = sum(1 for r in rows if r[2] >= 0.9) / n
        print(f"{name:<12} {mean[0]:9.3f} {mean[1]:7.3f} {mean[2]:7.3f} {good:8.1%} {1000 * seconds[name] / n:8.1f}")
    f_ours = sum(r[2] for r in scores["searchsvc"]) / len(keys)
    f_base = sum(r[2] for r in scores["trafilatura"]) / len(keys)
    print(f"F1 ratio searchsvc/trafilatura: {f_ours / f_base:.3f}")
    if args.worst:
        ranked = sorted(zip(keys, scores["searchsvc"], scores["trafilatura"]), key=lambda r: r[1][2])
        for k, ours, base in ranked[: args.worst]:
            print(f"  {k[:12]} searchsvc F1 {ours[2]:.2f} (P {ours[0]:.2f} R {ours[1]:.2f})  trafilatura F1 {base[2]:.2f}")
    return 0


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "cpu unknown"


if __name__ == "__main__":
    sys.exit(main())
