"""Main-text extraction quality: searchsvc's HTML ingestion vs plain trafilatura.extract.

    .venv/bin/python bench/extract.py [--data DIR] [--limit N] [--reprints 50000]

Scores token-level precision / recall / F1 of each extractor's main text against the
benchmark's ground-truth article bodies (181 real English news pages), side by side in one
run, plus the time each took. Tokens are lower-cased \\w+ words counted as a multiset, as in
the article-extraction-benchmark's own evaluation.

Then times ingestion at corpus scale: N articles (default 50,000) built from Reuters-21578,
about a third of them reprints with a rewritten first sentence, written as one JSON Lines
file and ingested (no entity extraction): throughput, reprints found, other merges.
Each part skips cleanly when its data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
DEFAULT_REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
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
    parser.add_argument("--reprints", type=int, default=50_000, help="articles in the ingest-scale run (0: skip)")
    parser.add_argument("--reuters", type=Path, default=DEFAULT_REUTERS)
    args = parser.parse_args(argv)
    print(f"machine: {platform.machine()} {_cpu()}, {os.cpu_count()} cpus, Python {platform.python_version()}")
    extraction(args)
    if args.reprints:
        ingest_scale(args.reuters, args.reprints)
    return 0


def extraction(args) -> None:
    truth_file = args.data / "ground-truth.json"
    if not truth_file.exists():
        print(f"SKIP extraction: {truth_file} not found (the benchmark data lives outside the repository)")
        return
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
    print(f"extraction: {len(keys)} pages")
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


def ingest_scale(reuters: Path, n: int) -> None:
    """Ingest n JSON Lines articles, a third of them reprints; report speed and what was merged."""
    import tempfile

    from searchsvc.ingest import ingest_paths

    if not reuters.exists():
        print(f"SKIP ingest scale: {reuters} not found")
        return
    stories = []
    for line in reuters.open(encoding="utf-8"):
        r = json.loads(line)
        body = " ".join((r.get("body") or "").split())
        if len(body.split()) >= 40 and r.get("title"):
            stories.append({"title": r["title"], "body": body, "published": (r.get("date") or "")[:10] or None,
                            "site": "Reuters"})
    originals = stories[: max(1, n * 2 // 3)]
    records = [dict(s, url=f"https://reuters.example/{i}") for i, s in enumerate(originals)]
    for i in range(n - len(records)):
        s = originals[i % len(originals)]
        first, _, rest = s["body"].partition(". ")
        records.append(dict(s, site=f"Regional site {i % 7}", url=f"https://site{i % 7}.example/{i}",
                            body=f"A regional site reports that {first[:1].lower()}{first[1:]}, sources said. {rest}"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r) + "\n")
        t0 = time.perf_counter()
        report = ingest_paths([path], extract_entities=False)
        seconds = time.perf_counter() - t0
    counts = report.check()
    expected = {f"https://site{i % 7}.example/{i}": f"https://reuters.example/{i % len(originals)}"
                for i in range(n - len(originals))}
    # The story a Reuters original belongs to: itself, or the earlier Reuters story it duplicates.
    story_of = {r.article.url: r.duplicate_of or r.article.id for r in report.results
                if r.article is not None and r.article.url not in expected}
    found = sum(1 for r in report.results if r.article is not None and r.article.url in expected
                and r.duplicate_of == story_of.get(expected[r.article.url]))
    others = sum(1 for r in report.results if r.article is not None and r.article.url not in expected and r.duplicate_of)
    print(f"ingest scale: {counts['inputs']} JSON Lines articles ({len(originals)} Reuters stories + "
          f"{len(expected)} reprints) in {seconds:.1f} s = {counts['inputs'] / seconds:.0f} articles/s")
    print(f"  reprints merged into their original: {found}/{len(expected)} ({found / len(expected):.1%}); "
          f"Reuters stories merged into an earlier Reuters story (its own near-duplicates): {others}")


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
