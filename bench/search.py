"""Search speed: searchsvc vs SQLite FTS5 (GROUP BY facets) vs tantivy, same corpus, same queries.

    .venv/bin/python bench/search.py [--corpus reuters|synthetic|both] [--docs 50000] [--repeat 3] [--index-cache DIR]
    .venv/bin/python bench/search.py --build-only [--procs 2] [--baseline CHECKOUT] --corpus synthetic --docs 50000

Every engine answers the same query mix -- simple (one word), broad (common words), phrase,
filtered (a word + a person filter) -- and for each query returns the top 10 with highlighted
snippets, the exact total and 3 facets over ALL matches (person, organization, month). searchsvc
also computes its site facet and matched_via, so it does a little more work than the others.
Index build speed is measured too (searchsvc without translation: ready-made ru/be fields).
--build-only times searchsvc's build alone (write_generation, --repeat times); with --baseline
CHECKOUT (e.g. `git worktree add /tmp/base <commit>`) each round also builds the same corpus with
that checkout's searchsvc in a subprocess, alternating, so before and after share the machine state.

Corpora: Reuters-21578 (../shared/data/reuters21578; PEOPLE/ORGS tags as facets) and a
synthetic corpus of aligned English/Russian/Belarusian news built from NTREX-128 sentences
(../shared/data/ntrex128) with random persons, organizations, sites and dates. Skips a corpus
cleanly when its data is absent. Needs `pip install -e '.[bench]'` for tantivy (skipped if absent).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
REUTERS = DATA / "reuters21578" / "reuters21578.jsonl"
NTREX = DATA / "ntrex128" / "ntrex128_docs_en_ru_be.jsonl"
LANGS = ("en", "ru", "be")


# -- corpora ----------------------------------------------------------------------------------------

class Corpus:
    """Articles + an entity registry + the query mix, the same for every engine."""

    def __init__(self, name, articles, registry, queries):
        self.name, self.articles, self.registry, self.queries = name, articles, registry, queries


def _registry(persons, orgs):
    from searchsvc.entities import EntityRegistry
    from searchsvc.entities.registry import Entity

    return EntityRegistry([Entity(id=p, type="person", labels={"en": p}) for p in persons] +
                          [Entity(id=o, type="organization", labels={"en": o}) for o in orgs])


def reuters_corpus(limit: int | None = None) -> Corpus | None:
    from searchsvc.article import Article, Source

    if not REUTERS.exists():
        print(f"skip reuters: {REUTERS} not found", file=sys.stderr)
        return None
    articles, persons, orgs = [], set(), set()
    with open(REUTERS, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            body = " ".join((d.get("body") or "").split())
            title = (d.get("title") or "").strip()
            if not body and not title:
                continue
            site = (d.get("places") or ["reuters"])[0]
            stamp = d.get("date") or ""
            articles.append(Article(id=f"r{d['newid']}", title=title.title() or body[:60], body=body or title,
                                    site=site, published=stamp[:10] or None, published_time=stamp[11:16] or None,
                                    sources=[Source(site=site)], persons=d.get("people") or [],
                                    organizations=d.get("orgs") or []))
            persons.update(d.get("people") or [])
            orgs.update(d.get("orgs") or [])
            if limit and len(articles) >= limit:
                break
    queries = [
        ("simple", "cocoa", None), ("simple", "sugar", None), ("simple", "bundesbank", None),
        ("simple", "opec", None), ("simple", "coffee", None), ("simple", "yen", None),
        ("broad", "oil prices", None), ("broad", "said bank", None), ("broad", "market rates", None),
        ("broad", "trade", None), ("broad", "company shares", None), ("broad", "year", None),
        ("phrase", '"interest rates"', None), ("phrase", '"trade deficit"', None),
        ("phrase", '"crude oil"', None), ("phrase", '"money supply"', None),
        ("phrase", '"central bank"', None), ("phrase", '"stock exchange"', None),
        ("filtered", "dollar", ("person", "volcker")), ("filtered", "rates", ("person", "james-baker")),
        ("filtered", "oil", ("organization", "opec")), ("filtered", "trade", ("organization", "gatt")),
        ("filtered", "currency", ("person", "stoltenberg")), ("filtered", "debt", ("organization", "imf")),
    ]
    return Corpus("reuters", articles, _registry(sorted(persons), sorted(orgs)), queries)


def synthetic_corpus(n: int, seed: int = 1) -> Corpus | None:
    """Aligned en/ru/be articles from NTREX sentences; persons, orgs and sites drawn Zipf-like."""
    from searchsvc.article import Article, Source, Translation

    if not NTREX.exists():
        print(f"skip synthetic: {NTREX} not found", file=sys.stderr)
        return None
    rng = random.Random(seed)
    sentences = []
    for line in open(NTREX, encoding="utf-8"):
        d = json.loads(line)
        rows = [d[f"body_{lang}"].split("\n") for lang in LANGS]
        if len({len(r) for r in rows}) == 1:
            sentences += list(zip(*rows))
    persons = [f"person-{i:03d}" for i in range(400)]
    orgs = [f"org-{i:03d}" for i in range(150)]
    sites = [f"Site {i:03d} District Executive Committee" for i in range(120)]
    zipf = lambda k: [1.0 / (i + 1) for i in range(k)]  # noqa: E731
    pw, ow, sw = zipf(len(persons)), zipf(len(orgs)), zipf(len(sites))
    start = date(2019, 1, 1)
    articles = []
    for i in range(n):
        picks = rng.sample(sentences, 6)
        title = picks[0]
        body = [" ".join(p[j] for p in picks[1:]) for j in range(3)]
        day = start + timedelta(days=rng.randrange(7 * 365))
        site = rng.choices(sites, sw)[0]
        articles.append(Article(
            id=f"s{i}", title=title[0], body=body[0], site=site, published=day.isoformat(),
            published_time=f"{rng.randrange(24):02d}:{rng.randrange(60):02d}", sources=[Source(site=site)],
            persons=sorted(set(rng.choices(persons, pw, k=rng.randrange(0, 4)))),
            organizations=sorted(set(rng.choices(orgs, ow, k=rng.randrange(0, 3)))),
            translations={"ru": Translation(title[1], body[1], "premade"),
                          "be": Translation(title[2], body[2], "premade")}))
    queries = [
        ("simple", "government", None), ("simple", "police", None), ("simple", "election", None),
        ("simple", "hospital", None), ("simple", "music", None), ("simple", "правительство", None),
        ("broad", "people said", None), ("broad", "year new", None), ("broad", "world time", None),
        ("broad", "said", None), ("broad", "first people", None), ("broad", "будзе", None),
        ("phrase", '"prime minister"', None), ("phrase", '"last year"', None),
        ("phrase", '"United States"', None), ("phrase", '"New York"', None),
        ("phrase", '"per cent"', None), ("phrase", '"the government"', None),
        ("filtered", "government", ("person", "person-000")), ("filtered", "people", ("person", "person-003")),
        ("filtered", "police", ("organization", "org-001")), ("filtered", "year", ("person", "person-010")),
        ("filtered", "said", ("organization", "org-000")), ("filtered", "world", ("person", "person-001")),
    ]
    return Corpus(f"synthetic-{n}", articles, _registry(persons, orgs), queries)


# -- engines ----------------------------------------------------------------------------------------

class SearchsvcEngine:
    name = "searchsvc"

    def __init__(self, index_cache: Path | None = None):
        self.index_cache = index_cache

    def build(self, corpus: Corpus, workdir: Path) -> float:
        """Index with write_generation(procs=2), or reuse an index this bench built before
        (--index-cache; the build time recorded then is reported)."""
        from searchsvc.index import IndexStore, write_generation
        from searchsvc.search import SearchService

        root = (self.index_cache or workdir) / f"searchsvc-{corpus.name}"
        meta = root / "bench-build.json"
        store = IndexStore(root)
        if self.index_cache and meta.exists() and store.exists():
            took = json.loads(meta.read_text())["build_s"]
            self.reused = True
        else:
            shutil.rmtree(root, ignore_errors=True)
            t0 = time.perf_counter()
            write_generation(store, corpus.articles, corpus.registry, procs=2)
            took = time.perf_counter() - t0
            meta.write_text(json.dumps({"build_s": took, "docs": len(corpus.articles),
                                        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}))
            self.reused = False
        self.service = SearchService(store.root, registry=corpus.registry)
        self.service.search("warmup")  # opens the searcher, builds the per-generation columns
        return took

    def query(self, text, flt):
        phrase = text.startswith('"')
        filters = {flt[0]: [flt[1]]} if flt else None
        r = self.service.search(text, filters=filters, mode="advanced" if phrase else "plain", size=10)
        return r.total, [h.id for h in r.hits], r.facets


class SqliteEngine:
    name = "sqlite-fts5"

    def build(self, corpus: Corpus, workdir: Path) -> float:
        t0 = time.perf_counter()
        db = sqlite3.connect(str(workdir / "fts.sqlite"), check_same_thread=False)
        db.execute("PRAGMA temp_store = MEMORY")  # the per-query match table stays in memory
        cols = ", ".join(f"title_{l}, body_{l}" for l in LANGS)
        db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({cols}, tokenize='unicode61')")
        db.execute("CREATE TABLE doc (rowid INTEGER PRIMARY KEY, id TEXT, month TEXT)")
        db.execute("CREATE TABLE ent (doc INTEGER, kind TEXT, value TEXT)")
        with db:
            for i, a in enumerate(corpus.articles, 1):
                tr = a.translations
                vals = [a.title, a.body]
                for l in LANGS[1:]:
                    vals += [tr[l].title, tr[l].body] if l in tr else ["", ""]
                db.execute(f"INSERT INTO fts(rowid, {cols}) VALUES (?, ?, ?, ?, ?, ?, ?)", (i, *vals))
                db.execute("INSERT INTO doc VALUES (?, ?, ?)", (i, a.id, (a.published or "")[:7]))
                db.executemany("INSERT INTO ent VALUES (?, ?, ?)",
                               [(i, "person", p) for p in a.persons] + [(i, "organization", o) for o in a.organizations])
            db.execute("CREATE INDEX ent_doc ON ent(doc)")
            db.execute("CREATE INDEX ent_value ON ent(kind, value)")
        self.db = db
        return time.perf_counter() - t0

    def query(self, text, flt):
        """Matches into an in-memory temp table once; total and the three GROUP BY facets read it;
        the top 10 with snippets come from FTS5's own rank order. (The fastest of the forms tried:
        facets as "doc IN (SELECT rowid ... MATCH)" were 10-20x slower on broad queries.)"""
        match = text if text.startswith('"') else " OR ".join(w for w in text.split())
        # A filter as a JOIN: "rowid IN (subquery)" made FTS5 re-run the MATCH per row (seconds).
        source, where, args = "fts", "fts MATCH ?", [match]
        if flt:
            source = "fts JOIN ent f ON f.doc = fts.rowid"
            where += " AND f.kind = ? AND f.value = ?"
            args += [flt[0], flt[1]]
        db = self.db
        top = db.execute(f"SELECT fts.rowid, snippet(fts, 1, '<mark>', '</mark>', '…', 24) FROM {source} "
                         f"WHERE {where} ORDER BY rank LIMIT 10", args).fetchall()
        db.execute("DROP TABLE IF EXISTS temp.m")
        # keyed by docnum, so the facet joins look rows up instead of scanning the table per row
        db.execute("CREATE TEMP TABLE m (doc INTEGER PRIMARY KEY)")
        db.execute(f"INSERT OR IGNORE INTO temp.m SELECT fts.rowid FROM {source} WHERE {where}", args)
        total = db.execute("SELECT count(*) FROM temp.m").fetchone()[0]
        facets = {}
        for kind in ("person", "organization"):
            facets[kind] = db.execute(
                "SELECT e.value, count(*) c FROM temp.m JOIN ent e ON e.doc = m.doc WHERE e.kind = ? "
                "GROUP BY e.value ORDER BY c DESC LIMIT 20", [kind]).fetchall()
        facets["date"] = db.execute(
            "SELECT d.month, count(*) FROM temp.m JOIN doc d ON d.rowid = m.doc GROUP BY d.month").fetchall()
        return total, [r[0] for r in top], facets


class TantivyEngine:
    name = "tantivy"

    def build(self, corpus: Corpus, workdir: Path) -> float:
        import tantivy

        t0 = time.perf_counter()
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("id", stored=True, tokenizer_name="raw")
        for l in LANGS:
            sb.add_text_field(f"title_{l}", stored=True)
            sb.add_text_field(f"body_{l}", stored=True)
        for f in ("person", "organization", "month"):
            sb.add_text_field(f, stored=False, fast=True, tokenizer_name="raw")
        self.schema = sb.build()
        path = workdir / "tantivy"
        path.mkdir()
        index = tantivy.Index(self.schema, path=str(path))
        writer = index.writer(heap_size=256_000_000, num_threads=1)
        for a in corpus.articles:
            doc = tantivy.Document(id=a.id, title_en=a.title, body_en=a.body, month=(a.published or "")[:7])
            for l in LANGS[1:]:
                if l in a.translations:
                    doc.add_text(f"title_{l}", a.translations[l].title)
                    doc.add_text(f"body_{l}", a.translations[l].body)
            for p in a.persons:
                doc.add_text("person", p)
            for o in a.organizations:
                doc.add_text("organization", o)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        self.index, self.searcher = index, index.searcher()
        self.fields = [f"{p}_{l}" for l in LANGS for p in ("title", "body")]
        self.snippets = {}
        return time.perf_counter() - t0

    def query(self, text, flt):
        import tantivy

        q = self.index.parse_query(text, self.fields)
        if flt:
            q = tantivy.Query.boolean_query([
                (tantivy.Occur.Must, q),
                (tantivy.Occur.Must, tantivy.Query.term_query(self.schema, flt[0], flt[1]))])
        s = self.searcher
        res = s.search(q, 10, count=True)
        gen = tantivy.SnippetGenerator.create(s, q, self.schema, "body_en")
        gen.set_max_num_chars(200)
        ids = []
        for _score, addr in res.hits:
            doc = s.doc(addr)
            gen.snippet_from_doc(doc).to_html()
            ids.append(doc["id"][0])
        aggs = s.aggregate(q, {f: {"terms": {"field": f, "size": 20 if f != "month" else 1000}}
                               for f in ("person", "organization", "month")})
        return res.count, ids, aggs


# -- run --------------------------------------------------------------------------------------------

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_corpus(corpus: Corpus, engines, repeat: int) -> dict:
    out = {"corpus": corpus.name, "docs": len(corpus.articles), "engines": {}}
    workdir = Path(tempfile.mkdtemp(prefix="searchbench-"))
    try:
        for engine in engines:
            build = engine.build(corpus, workdir)
            times = {kind: [] for kind, _, _ in corpus.queries}
            cold = []
            totals = {}
            for rep in range(repeat):
                for kind, text, flt in corpus.queries:
                    t0 = time.perf_counter()
                    total, _ids, _facets = engine.query(text, flt)
                    ms = (time.perf_counter() - t0) * 1000
                    times[kind].append(ms)
                    if rep == 0:
                        cold.append(ms)  # first time this query's terms are read
                    totals[text + str(flt)] = total
            every = [t for ts in times.values() for t in ts]
            reused = getattr(engine, "reused", False)
            out["engines"][engine.name] = {
                "build_s": round(build, 1), "docs_per_s": round(len(corpus.articles) / build),
                "build_reused": reused,
                "p50_ms": round(statistics.median(every), 2), "p95_ms": round(pct(every, 95), 2),
                "cold_p50_ms": round(statistics.median(cold), 2), "cold_p95_ms": round(pct(cold, 95), 2),
                "by_kind_p50_ms": {k: round(statistics.median(v), 2) for k, v in times.items()},
                "totals": totals,
            }
            print(f"  {corpus.name:18} {engine.name:12} build {build:6.1f} s ({len(corpus.articles) / build:6.0f} docs/s"
                  f"{', cached' if reused else ''})  p50 {statistics.median(every):7.2f} ms  p95 {pct(every, 95):7.2f} ms"
                  f"  (first pass p50 {statistics.median(cold):.2f} p95 {pct(cold, 95):.2f})  "
                  + " ".join(f"{k}={statistics.median(v):.1f}" for k, v in times.items()), flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    base = out["engines"].get("sqlite-fts5")
    ours = out["engines"].get("searchsvc")
    if base and ours:
        out["ratio_p50_vs_sqlite"] = round(ours["p50_ms"] / base["p50_ms"], 2)
        out["ratio_p95_vs_sqlite"] = round(ours["p95_ms"] / base["p95_ms"], 2)
    return out


def build_seconds(corpus: Corpus, procs: int) -> float:
    from searchsvc.index import IndexStore, write_generation

    workdir = Path(tempfile.mkdtemp(prefix="searchbench-build-"))
    try:
        t0 = time.perf_counter()
        write_generation(IndexStore(workdir / "index"), corpus.articles, corpus.registry, procs=procs)
        return time.perf_counter() - t0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def baseline_build_seconds(checkout: Path, corpus: str, docs: int, reuters_limit, procs: int) -> float:
    """This bench's build timing with `checkout`'s searchsvc first on the path (same corpus: the
    generators are deterministic)."""
    import os
    import subprocess

    args = [sys.executable, str(Path(__file__).resolve()), "--build-only", "--corpus", corpus, "--docs", str(docs),
            "--procs", str(procs), "--repeat", "1", "--seconds-only"]
    if reuters_limit:
        args += ["--reuters-limit", str(reuters_limit)]
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=checkout)
    return float(proc.stdout.split()[-1])


def main_build_only(args, corpora) -> int:
    import searchsvc

    if args.seconds_only:  # a baseline subprocess: one corpus, one number
        print(build_seconds(corpora[0](), args.procs))
        return 0
    print(f"searchsvc from {Path(searchsvc.__file__).parent}" + (f"; baseline from {args.baseline}" if args.baseline else ""))
    results = []
    for make in corpora:
        corpus = make()
        if corpus is None:
            continue
        kind = "synthetic" if corpus.name.startswith("synthetic") else "reuters"
        n = len(corpus.articles)
        row = {"corpus": corpus.name, "docs": n, "procs": args.procs, "current_s": [], "baseline_s": []}
        for _ in range(args.repeat):
            if args.baseline:
                took = baseline_build_seconds(args.baseline, kind, args.docs, args.reuters_limit, args.procs)
                row["baseline_s"].append(round(took, 1))
                print(f"  {corpus.name:18} baseline build {took:6.1f} s ({n / took:4.0f} docs/s), procs={args.procs}", flush=True)
            took = build_seconds(corpus, args.procs)
            row["current_s"].append(round(took, 1))
            print(f"  {corpus.name:18} current  build {took:6.1f} s ({n / took:4.0f} docs/s), procs={args.procs}", flush=True)
        if args.baseline:
            cur, base = statistics.median(row["current_s"]), statistics.median(row["baseline_s"])
            row["speedup"] = round(base / cur, 2)
            print(f"  {corpus.name}: median {n / base:.0f} -> {n / cur:.0f} docs/s ({row['speedup']}x)", flush=True)
        results.append(row)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=("reuters", "synthetic", "both"), default="both")
    ap.add_argument("--docs", type=int, default=50_000, help="synthetic corpus size")
    ap.add_argument("--reuters-limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--engines", default="searchsvc,sqlite-fts5,tantivy")
    ap.add_argument("--json", metavar="FILE", help="also write the results here")
    ap.add_argument("--index-cache", type=Path, metavar="DIR",
                    help="keep searchsvc's indexes here and reuse them next run (its build takes minutes)")
    ap.add_argument("--build-only", action="store_true", help="time searchsvc's index build only")
    ap.add_argument("--procs", type=int, default=2, help="--build-only: write_generation procs")
    ap.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                    help="--build-only: also time this checkout's searchsvc on the same corpus, alternating")
    ap.add_argument("--seconds-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.build_only:
        corpora = []
        if args.corpus in ("reuters", "both"):
            corpora.append(lambda: reuters_corpus(args.reuters_limit))
        if args.corpus in ("synthetic", "both"):
            corpora.append(lambda: synthetic_corpus(args.docs))
        return main_build_only(args, corpora)
    engines = []
    for name in args.engines.split(","):
        if name == "tantivy":
            try:
                import tantivy  # noqa: F401  (only: is it installed)
            except ImportError:
                print("skip tantivy: not installed (pip install -e '.[bench]')", file=sys.stderr)
                continue
        if name == "searchsvc":
            engines.append(SearchsvcEngine(args.index_cache))
        else:
            engines.append({"sqlite-fts5": SqliteEngine, "tantivy": TantivyEngine}[name]())
    print(f"machine: {platform.machine()} {platform.processor() or ''} cpus={__import__('os').cpu_count()} "
          f"python {platform.python_version()} sqlite {sqlite3.sqlite_version}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    results = []
    corpora = []
    if args.corpus in ("reuters", "both"):
        corpora.append(lambda: reuters_corpus(args.reuters_limit))
    if args.corpus in ("synthetic", "both"):
        corpora.append(lambda: synthetic_corpus(args.docs))
    for make in corpora:
        corpus = make()
        if corpus is None:
            continue
        results.append(run_corpus(corpus, engines, args.repeat))
        r = results[-1]
        if "ratio_p50_vs_sqlite" in r:
            print(f"  {corpus.name}: searchsvc / sqlite-fts5 p50 {r['ratio_p50_vs_sqlite']}x, p95 {r['ratio_p95_vs_sqlite']}x")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
