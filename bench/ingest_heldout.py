"""Score ingestion on the held-out pages in bench/data/ingest_heldout/ (written blind, see its expected.json).

    .venv/bin/python bench/ingest_heldout.py [--json] [--verbose] [--dir bench/data/ingest_heldout2]

Every file goes through `ingest_paths` in one batch (sorted by name, so a reprint comes after the
page it reprints). Reported: dates right (ISO day, and the clock where the page gives one), titles
exactly right, sites right, reprints found (duplicate_of points at the original's article), hostile
files handled (the outcome expected.json names), and whether the report reconciles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from searchsvc.ingest import UNKNOWN_SITE, ingest_paths

DATA = Path(__file__).resolve().parent / "data" / "ingest_heldout"


def load_expected(data: Path = DATA) -> dict:
    return json.loads((data / "expected.json").read_text(encoding="utf-8"))


def input_files(data: Path = DATA) -> list[Path]:
    return sorted(p for p in data.iterdir() if p.name != "expected.json")


def result_key(result) -> str:
    """'page.html' for a file, 'export.jsonl:N' for one line of a JSON Lines export."""
    return Path(str(result.source_path)).name


def reason_matches(kind: str, reason: str) -> bool:
    words = {"binary": ("binary", "not text", "control", "decode", "encoding"),
             "json": ("json",),
             "date": ("date", "future"),
             "empty": ("empty", "no text", "blank", "whitespace", "no content", "no article", "too short")}[kind]
    return any(w in (reason or "").lower() for w in words)


def score(files: list[Path], expected: dict) -> dict:
    started = time.perf_counter()
    report = ingest_paths(files, extract_entities=False)
    took = time.perf_counter() - started
    by_key = {result_key(r): r for r in report.results}
    article_of = {k: r.article for k, r in by_key.items() if r.article is not None}
    rows, tally = [], {"dates": [0, 0], "times": [0, 0], "titles": [0, 0], "sites": [0, 0],
                       "reprints": [0, 0], "hostile": [0, 0], "accepted_or_rejected_as_expected": [0, 0]}

    def count(name, ok):
        tally[name][0] += bool(ok)
        tally[name][1] += 1
        return bool(ok)

    for key in sorted(expected):
        exp = expected[key]
        r = by_key.get(key)
        row = {"input": key, "problems": []}
        rows.append(row)
        if r is None:
            row["problems"].append("no result for this input")
            count("accepted_or_rejected_as_expected", False)
            if "hostile" in exp:
                count("hostile", False)
            continue
        art = r.article
        rejected = art is None and not getattr(r, "duplicate_of", None)
        got = {"rejected": rejected, "reason": getattr(r, "reason", None),
               "title": art.title if art else None, "published": art.published if art else None,
               "time": art.published_time if art else None,
               "site": art.site if art and art.site != UNKNOWN_SITE else None,  # shown as null
               "duplicate_of": getattr(r, "duplicate_of", None), "warnings": list(getattr(r, "warnings", []) or [])}
        row["got"] = got
        kind = exp["kind"]
        if kind == "rejected":
            ok = rejected and reason_matches(exp["reason_kind"], got["reason"])
            if not ok:
                row["problems"].append(f"expected rejection ({exp['reason_kind']}), got {got}")
            count("accepted_or_rejected_as_expected", ok)
            if "hostile" in exp:
                count("hostile", ok)
            continue
        if kind == "future_date":
            ok = (rejected and reason_matches("date", got["reason"])) or (
                not rejected and got["published"] != exp["bad_date"] and got["warnings"])
            if not ok:
                row["problems"].append(f"future-only date: expected a dated rejection or an undated article with a warning, got {got}")
            count("accepted_or_rejected_as_expected", ok)
            count("hostile", ok)
            continue
        if rejected and exp.get("accept_rejection") and got["reason"]:
            # A hostile file may be turned away, as long as the reason says why.
            count("accepted_or_rejected_as_expected", True)
            count("hostile", True)
            continue
        if rejected or art is None:
            row["problems"].append(f"rejected: {got['reason']}")
            count("accepted_or_rejected_as_expected", False)
            if "hostile" in exp:
                count("hostile", False)
            for name in ("dates", "titles", "sites"):
                count(name, False)
            if "reprint_of" in exp:
                count("reprints", False)
            continue
        count("accepted_or_rejected_as_expected", True)
        hostile_ok = True
        if not count("dates", got["published"] == exp["published"]):
            row["problems"].append(f"date {got['published']!r} != {exp['published']!r}")
            hostile_ok = False
        if "published_time" in exp and not count("times", got["time"] == exp["published_time"]):
            row["problems"].append(f"time {got['time']!r} != {exp['published_time']!r}")
        if kind == "long_title":
            title_ok = bool(got["title"]) and len(got["title"]) <= 300 and exp["title_line_prefix"].startswith(
                got["title"][:len(exp["title_line_prefix"])].rstrip("… "))
        else:
            title_ok = got["title"] == exp["title"]
        if not count("titles", title_ok):
            row["problems"].append(f"title {got['title']!r} != {exp.get('title', exp.get('title_line_prefix'))!r}")
            hostile_ok = False
        if not count("sites", got["site"] == exp["site"]):
            row["problems"].append(f"site {got['site']!r} != {exp['site']!r}")
        if "reprint_of" in exp:
            original = article_of.get(exp["reprint_of"])
            found = original is not None and got["duplicate_of"] == original.id
            if not count("reprints", found):
                row["problems"].append(f"reprint of {exp['reprint_of']} not found (duplicate_of={got['duplicate_of']!r})")
        for needle in exp.get("body_excludes", ()):
            if needle.lower() in (art.body or "").lower() or needle.lower() in (art.title or "").lower():
                row["problems"].append(f"body keeps {needle!r}")
                hostile_ok = False
        if "hostile" in exp:
            count("hostile", hostile_ok)
    # Originals must not be merged into anything.
    for key, exp in expected.items():
        if exp.get("kind") == "article" and "reprint_of" not in exp and by_key.get(key) is not None and getattr(by_key[key], "duplicate_of", None):
            next(row for row in rows if row["input"] == key)["problems"].append(
                f"wrongly merged into {by_key[key].duplicate_of}")
            tally["reprints"][1] += 1  # a false merge counts against reprint accuracy
    reconciles = len(report.results) == len(report.articles) + len(report.reprints) + len(report.rejected)
    return {"tally": tally, "rows": rows, "results": len(report.results), "reconciles": reconciles,
            "seconds": round(took, 2)}


def pct(pair):
    ok, n = pair
    return f"{ok}/{n} ({100.0 * ok / n:.0f} %)" if n else "n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="list every input with a problem")
    ap.add_argument("--dir", type=Path, default=DATA, help="held-out folder with expected.json (default: round 1)")
    args = ap.parse_args(argv)
    outcome = score(input_files(args.dir), load_expected(args.dir))
    if args.json:
        print(json.dumps(outcome, ensure_ascii=False, indent=1, default=str))
        return 0
    t = outcome["tally"]
    print(f"held-out inputs ({args.dir.name}): {len(input_files(args.dir))} files, {outcome['results']} results, {outcome['seconds']} s; "
          f"report reconciles: {outcome['reconciles']}")
    for name in ("dates", "times", "titles", "sites", "reprints", "hostile", "accepted_or_rejected_as_expected"):
        print(f"  {name:34s} {pct(t[name])}")
    bad = [r for r in outcome["rows"] if r["problems"]]
    if args.verbose or bad:
        print("problems:")
        for r in bad:
            for p in r["problems"]:
                print(f"  {r['input']}: {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
