"""Search speed: searchsvc vs SQLite FTS5 (GROUP BY facets) vs tantivy, same corpus, same queries.

    .venv/bin/python bench/search.py [--corpus reuters|synthetic|both] [--docs 50000] [--repeat 3] [--index-cache DIR]
    .venv/bin/python bench/search.py --build-only [--procs 2] [--baseline CHECKOUT] --corpus synthetic --docs 50000

Every engine answers the same query mix -- several hundred unique queries drawn from the corpus
(query_mix: rare and common words, two words, phrases, a word + a person/organization filter,
Russian/Belarusian words, misspelt words that find nothing) -- and for each query returns the top
10 with highlighted snippets, the exact total and 3 facets over ALL matches (person,
organization, month). searchsvc also computes its site facet and matched_via, so it does a little
more work than the others. Each query runs once cold (its terms never read before), engines
interleaved per query in a rotating order so machine noise hits all alike; then a warm pass of
the same queries. searchsvc's cold pass starts once its near-term vocabularies (built in the
background after it opens the index) are ready; how long that took is printed beside its build. p50/p95 are reported per pass and per query kind. SQLite and tantivy tokenise
alike (no stemming), so their totals must agree: the bench asserts it (searchsvc stems, so its
totals are larger; its ratio to theirs is printed).

Each engine in its best documented form (what was tried is in each query() docstring); builds
use the same thread count (--threads: searchsvc write_generation procs, tantivy writer threads;
SQLite's FTS5 build is single-threaded).
Index build speed is measured too (searchsvc without translation: ready-made ru/be fields):
each engine's build is watched by BuildMeter -- wall and CPU seconds, the peak size of the folder
it writes against the final index (temporary disk), peak RSS -- and the load average is printed
beside the build and query figures (a shared box: compare ratios within one run).
--build-only times searchsvc's build alone (write_generation, --repeat times: wall and CPU seconds,
the index folder's peak size against its final size); with --baseline
CHECKOUT (e.g. `git worktree add /tmp/base <commit>`) each round also builds the same corpus with
that checkout's searchsvc in a subprocess, alternating, so before and after share the machine state.

Corpora: Reuters-21578 (../shared/data/reuters21578; PEOPLE/ORGS tags as facets) and a
synthetic corpus of aligned English/Russian/Belarusian news built from NTREX-128 sentences
(../shared/data/ntrex128) with random persons, organizations, sites and dates. Skips a corpus
cleanly when its data is absent. Needs `pip install -e '.[bench]'` for tantivy (skipped if absent).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
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
    """Articles + an entity registry + the query mix (query_mix), the same for every engine."""

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
    return Corpus("reuters", articles, _registry(sorted(persons), sorted(orgs)), None)


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
    return Corpus(f"synthetic-{n}", articles, _registry(persons, orgs), None)


STOP = {"the", "and", "that", "with", "from", "this", "have", "were", "which", "their", "will", "been",
        "there", "they", "what", "when", "also", "into", "than", "some", "more", "would", "about", "other"}
WORD_RE = re.compile(r"[^\W\d_]{3,}")
KINDS = ("rare", "common", "two_words", "phrase", "filtered", "ru_be", "zero_hit")


def query_mix(articles, n: int = 420, seed: int = 5) -> list[tuple[str, str, tuple | None]]:
    """`n` unique (kind, text, filter) queries drawn from the articles, the kinds in equal
    shares. Document frequencies come from a 5,000-article sample: "rare" is one of the 300 least
    frequent words there, "common" one of the 300 most frequent non-stop words, "zero_hit" a word with two
    letters changed that no sampled article holds."""
    rng = random.Random(seed)
    sample = rng.sample(articles, min(len(articles), 5000))
    df: dict[str, int] = {}
    for a in sample:
        for w in {w.lower() for w in WORD_RE.findall(a.title + " " + a.body)}:
            df[w] = df.get(w, 0) + 1
    words = [w for w in df if w not in STOP and len(w) >= 4]
    rare = sorted(words, key=lambda w: (df[w], w))[:300]
    common = sorted(words, key=lambda w: -df[w])[:300]
    kinds = KINDS if any(a.translations for a in sample) else tuple(k for k in KINDS if k != "ru_be")
    out, seen = [], set()
    per_kind = n // len(kinds)
    tries = 0
    while len(out) < per_kind * len(kinds) and tries < n * 200:
        tries += 1
        kind = kinds[len(out) // per_kind]
        a = rng.choice(sample)
        flt = None
        if kind == "rare":
            text = rng.choice(rare)
        elif kind == "common":
            text = rng.choice(common)
        elif kind == "two_words":
            ws = [w.lower() for w in WORD_RE.findall(a.title) if w.lower() not in STOP and len(w) >= 4]
            if len(ws) < 2:
                continue
            text = " ".join(rng.sample(ws, 2))
        elif kind == "phrase":
            ws = WORD_RE.findall(a.body)
            j = rng.randrange(max(1, len(ws) - 1))
            if len(ws) < 2 or ws[j].lower() in STOP or ws[j + 1].lower() in STOP:
                continue
            text = f'"{ws[j].lower()} {ws[j + 1].lower()}"'
        elif kind == "filtered":
            ents = [("person", p) for p in a.persons] + [("organization", o) for o in a.organizations]
            ws = [w.lower() for w in WORD_RE.findall(a.body) if w.lower() not in STOP and len(w) >= 4]
            if not ents or not ws:
                continue
            text, flt = rng.choice(ws), rng.choice(ents)
        elif kind == "ru_be":
            tr = a.translations.get(rng.choice(("ru", "be")))
            ws = [w.lower() for w in WORD_RE.findall(tr.body) if len(w) >= 5] if tr else []
            if not ws:
                continue
            text = rng.choice(ws)
        else:
            w = rng.choice(common + rare)
            i, j = sorted(rng.sample(range(1, len(w)), 2))
            text = w[:i] + "q" + w[i + 1:j] + "x" + w[j + 1:]
            if text in df:
                continue
        if (text, flt) not in seen:
            seen.add((text, flt))
            out.append((kind, text, flt))
    return out


# -- engines ----------------------------------------------------------------------------------------

def _cached_build(root: Path, engine) -> float | None:
    """The build time recorded with an index this bench built in --index-cache before (the index
    is reused), or None: build it (a half-built folder from an interrupted run is removed)."""
    meta = root / "bench-build.json"
    engine.reused = engine.index_cache is not None and meta.exists()
    if engine.reused:
        return json.loads(meta.read_text())["build_s"]
    shutil.rmtree(root, ignore_errors=True)
    return None


def _record_build(root: Path, corpus: Corpus, took: float) -> float:
    (root / "bench-build.json").write_text(json.dumps({"build_s": took, "docs": len(corpus.articles),
                                                       "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}))
    return took


class SearchsvcEngine:
    name = "searchsvc"

    typo_tolerance = True

    def __init__(self, index_cache: Path | None = None, threads: int = 2):
        self.index_cache, self.threads = index_cache, threads

    def build_dir(self, corpus: Corpus, workdir: Path) -> Path:
        return (self.index_cache or workdir) / f"searchsvc-{corpus.name}"

    def build(self, corpus: Corpus, workdir: Path) -> float:
        """Index with write_generation(procs=threads), or reuse an index this bench built before
        (--index-cache; the build time recorded then is reported)."""
        from searchsvc.index import IndexStore, write_generation
        from searchsvc.search import SearchService

        root = self.build_dir(corpus, workdir)
        meta = root / "bench-build.json"
        store = IndexStore(root)
        if (self.index_cache or not self.typo_tolerance) and meta.exists() and store.exists():
            took = json.loads(meta.read_text())["build_s"]
            self.reused = True
        else:
            shutil.rmtree(root, ignore_errors=True)
            t0 = time.perf_counter()
            write_generation(store, corpus.articles, corpus.registry, procs=self.threads)
            took = time.perf_counter() - t0
            meta.write_text(json.dumps({"build_s": took, "docs": len(corpus.articles),
                                        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}))
            self.reused = False
        self.build_s = took
        self.service = SearchService(store.root, registry=corpus.registry, typo_tolerance=self.typo_tolerance)
        self.service.search("warmup")  # opens the searcher, builds the per-generation columns
        self.near_terms_s = wait_for_near_terms(self.service)
        if self.served:  # --compare-baseline: this checkout in a subprocess too, like the baseline
            self.server = SearchServer(ROOT, store.root, corpus.registry, self.typo_tolerance, workdir)
        return took

    served = False
    server = None

    def close(self):
        if self.server is not None:
            self.server.close()

    def query(self, text, flt):
        phrase = text.startswith('"')
        filters = {flt[0]: [flt[1]]} if flt else None
        r = self.service.search(text, filters=filters, mode="advanced" if phrase else "plain", size=10)
        return r.total, [h.id for h in r.hits], r.facets


class SearchsvcTyposOffEngine(SearchsvcEngine):
    """The same searchsvc index (built just before by "searchsvc"), typo tolerance off: the
    "vs searchsvc-typos-off" column is what typo tolerance costs."""

    name = "searchsvc-typos-off"
    typo_tolerance = False


class SearchServer:
    """A checkout's searchsvc in a subprocess (this bench run with PYTHONPATH=checkout and
    --serve-searchsvc) on an index: one query per line in, its answer and the time of the
    service.search call (taken in the subprocess, no pipe in it) out."""

    def __init__(self, checkout: Path, index: Path, registry, typos: bool, workdir: Path):
        import subprocess

        ents = workdir / f"entities-{os.getpid()}.json"
        ents.write_text(json.dumps({t: [e.id for e in registry if e.type == t] for t in ("person", "organization")}))
        env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve-searchsvc", str(index),
             "--serve-entities", str(ents)] + ([] if typos else ["--serve-typos-off"]),
            env=env, cwd=checkout, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.proc.stdout.readline()  # "ready": the service is open and warmed up

    def timed_query(self, text, flt):
        self.proc.stdin.write(json.dumps([text, flt]) + "\n")
        self.proc.stdin.flush()
        out = json.loads(self.proc.stdout.readline())
        return out["ms"], out["cpu"], (out["total"], out["ids"], out["facets"])

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


class SearchsvcBaselineEngine:
    """searchsvc from another checkout (--compare-baseline CHECKOUT) on the same index: the
    before/after of a change, query by query, interleaved. Both sides then run in a SearchServer
    subprocess of their own (same harness, same clean heap); run_corpus asserts that their
    totals, top-10 ids and facets are equal on every answer."""

    name = "searchsvc-baseline"

    def __init__(self, checkout: Path, current: SearchsvcEngine):
        self.checkout, self.current = checkout, current

    def build(self, corpus: Corpus, workdir: Path) -> float:
        self.server = SearchServer(self.checkout, self.current.service.store.root, corpus.registry,
                                   self.current.typo_tolerance, workdir)
        self.reused = True
        return self.current.build_s

    def close(self):
        self.server.close()


def wait_for_near_terms(service) -> float | None:
    """Seconds until the near-term vocabularies (did-you-mean, typo tolerance: built in a
    background thread after the service opens a generation) are ready, waited for so that the cold
    pass measures queries, not that start-up build (which requests that need a vocabulary being
    built wait for); None for a checkout without them."""
    ready = getattr(service, "near_terms_ready", None)
    if ready is None:
        return None
    t0 = time.perf_counter()
    ready(600)
    return time.perf_counter() - t0


def serve_searchsvc(index: Path, entities: Path, typos: bool) -> int:
    """The baseline subprocess: one query per stdin line, its answer and time (wall, and the
    process's CPU like the in-process engines') on stdout."""
    import searchsvc
    from searchsvc.search import SearchService

    ids = json.loads(entities.read_text())
    service = SearchService(index, registry=_registry(ids["person"], ids["organization"]), typo_tolerance=typos)
    service.search("warmup")
    wait_for_near_terms(service)
    print("ready", searchsvc.__file__, flush=True)
    for line in sys.stdin:
        text, flt = json.loads(line)
        phrase = text.startswith('"')
        t0, c0 = time.perf_counter(), time.process_time()
        r = service.search(text, filters={flt[0]: [flt[1]]} if flt else None,
                           mode="advanced" if phrase else "plain", size=10)
        ms, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
        print(json.dumps({"ms": ms, "cpu": cpu, "total": r.total, "ids": [h.id for h in r.hits], "facets": r.facets}, default=str), flush=True)
    return 0


class SqliteEngine:
    name = "sqlite-fts5"

    def __init__(self, threads: int = 2, index_cache: Path | None = None):
        self.threads = threads  # unused: FTS5 builds on one thread
        self.index_cache = index_cache

    def build_dir(self, corpus: Corpus, workdir: Path) -> Path:
        return (self.index_cache or workdir) / f"sqlite-{corpus.name}"

    def build(self, corpus: Corpus, workdir: Path) -> float:
        root = self.build_dir(corpus, workdir)
        took = _cached_build(root, self)
        root.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(root / "fts.sqlite"), check_same_thread=False)
        db.execute("PRAGMA temp_store = MEMORY")  # the per-query match table stays in memory
        if took is not None:
            self.db = db
            return took
        t0 = time.perf_counter()
        cols = ", ".join(f"title_{l}, body_{l}" for l in LANGS)
        db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({cols}, tokenize='unicode61 remove_diacritics 0')")
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
            # covering: a doc's entity rows of one kind without touching the table
            db.execute("CREATE INDEX ent_doc ON ent(doc, kind, value)")
            db.execute("CREATE INDEX ent_value ON ent(kind, value)")
            # no ANALYZE: with its statistics SQLite 3.40 puts a Bloom filter on ent in the facet
            # joins, built by scanning the whole table per query (4.3 -> 0.73 ms p50 at 10k without)
        self.db = db
        return _record_build(root, corpus, time.perf_counter() - t0)

    def query(self, text, flt):
        """Matches into an in-memory temp table once (one MATCH per query); total and the three
        GROUP BY facets read it; the top 10 with snippets come from FTS5's own rank order.

        Forms tried (same totals and facet counts, checked by --check-sqlite-forms):
        - facets as "doc IN (SELECT rowid ... MATCH)": 10-20x slower on broad queries;
        - a filter as "rowid IN (subquery)": FTS5 re-ran the MATCH per entity row (seconds);
        - plain JOINs (the shipped form until issue 12): the planner may start from ent via
          ent_value and scan every person/organization row, probing the matches per row;
        - CROSS JOIN (SQLite's documented way to fix the join order: the left table is the outer
          loop), matches first, then the covering index ent(doc, kind, value): this form, 6-40x
          faster than plain JOINs on filtered and facet queries;
        - ANALYZE on top: slower (a Bloom filter over all of ent per facet query), so not run;
        - the temp table created once and emptied per query instead of dropped: no difference."""
        match = text if text.startswith('"') else " OR ".join(f'"{w}"' for w in text.split())
        source, where, args = "fts", "fts MATCH ?", [match]
        if flt:
            source = f"fts {'CROSS JOIN' if self.cross else 'JOIN'} ent f ON f.doc = fts.rowid"
            where += " AND f.kind = ? AND f.value = ?"
            args += [flt[0], flt[1]]
        db = self.db
        top = db.execute(f"SELECT fts.rowid, snippet(fts, 1, '<mark>', '</mark>', '…', 24) FROM {source} "
                         f"WHERE {where} ORDER BY rank LIMIT 10", args).fetchall()
        db.execute("DROP TABLE IF EXISTS temp.m")
        db.execute("CREATE TEMP TABLE m (doc INTEGER PRIMARY KEY)")
        db.execute(f"INSERT OR IGNORE INTO temp.m SELECT fts.rowid FROM {source} WHERE {where}", args)
        total = db.execute("SELECT count(*) FROM temp.m").fetchone()[0]
        facets = {}
        join = "CROSS JOIN" if self.cross else "JOIN"
        for kind in ("person", "organization"):
            facets[kind] = db.execute(
                f"SELECT e.value, count(*) c FROM temp.m {join} ent e ON e.doc = m.doc WHERE e.kind = ? "
                "GROUP BY e.value ORDER BY c DESC, e.value LIMIT 20", [kind]).fetchall()
        facets["date"] = db.execute(
            f"SELECT d.month, count(*) FROM temp.m {join} doc d ON d.rowid = m.doc GROUP BY d.month").fetchall()
        return total, [r[0] for r in top], facets

    cross = True


class TantivyEngine:
    """Best form per tantivy-py's docs: one searcher reused (index.reload() after the commit),
    facets as a terms aggregation over fast fields (Searcher.aggregate), the count from the same
    search (count=True), snippets from one SnippetGenerator per query."""

    name = "tantivy"

    def __init__(self, threads: int = 2, index_cache: Path | None = None):
        self.threads, self.index_cache = threads, index_cache

    def build_dir(self, corpus: Corpus, workdir: Path) -> Path:
        return (self.index_cache or workdir) / f"tantivy-{corpus.name}"

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
        path = self.build_dir(corpus, workdir)
        self.fields = [f"{p}_{l}" for l in LANGS for p in ("title", "body")]
        took = _cached_build(path, self)
        if took is not None:
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
            self.searcher = self.index.searcher()
            return took
        path.mkdir()
        index = tantivy.Index(self.schema, path=str(path))
        writer = index.writer(heap_size=256_000_000, num_threads=self.threads)
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
        return _record_build(path, corpus, time.perf_counter() - t0)

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


def _summary(values: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(values), 2), "p95_ms": round(pct(values, 95), 2), "n": len(values)}


def run_corpus(corpus: Corpus, engines, n_queries: int, check_sqlite_forms: bool = False) -> dict:
    """Build every engine, then the cold pass and the warm pass over the same unique queries,
    engines interleaved per query (the order rotates, so none always runs first)."""
    corpus.queries = query_mix(corpus.articles, n_queries)
    kinds = sorted({k for k, _, _ in corpus.queries}, key=KINDS.index)
    out = {"corpus": corpus.name, "docs": len(corpus.articles), "queries": len(corpus.queries),
           "kinds": {k: sum(q[0] == k for q in corpus.queries) for k in kinds}, "engines": {}}
    print(f"  {corpus.name}: {len(corpus.queries)} unique queries " + str(out["kinds"]), flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="searchbench-"))
    # the corpus (and SQLite's and tantivy's Python objects) stay alive all run: out of the
    # collector's generations, so its full collections do not land in some engine's query time
    gc.collect()
    gc.freeze()
    try:
        builds, metered = {}, {}
        n = len(corpus.articles)
        for engine in engines:
            build_dir = getattr(engine, "build_dir", None)
            with BuildMeter(build_dir(corpus, workdir) if build_dir else workdir / engine.name) as meter:
                builds[engine.name] = engine.build(corpus, workdir)
            if getattr(engine, "near_terms_s", None) is not None:
                out.setdefault("near_terms_wait_s", {})[engine.name] = round(engine.near_terms_s, 2)
                print(f"  {corpus.name:18} {engine.name:12} near-term vocabularies ready {engine.near_terms_s:.1f} s "
                      "after the warm-up search (waited for: the cold pass starts after them)", flush=True)
            if getattr(engine, "reused", False):
                print(f"  {corpus.name:18} {engine.name:12} build {builds[engine.name]:6.1f} s "
                      f"({n / builds[engine.name]:6.0f} docs/s, cached)", flush=True)
                continue
            m = metered[engine.name] = meter.summary(n, engine.threads if engine.name != "sqlite-fts5" else 1)
            print(f"  {corpus.name:18} {engine.name:12} build {builds[engine.name]:6.1f} s "
                  f"({n / builds[engine.name]:6.0f} docs/s), cpu {m['cpu_s']} s ({m['docs_per_cpu_s']} docs per cpu s; "
                  f"the meter's own {m['meter_cpu_s']} s left out), "
                  f"index {m['final_mb']} MB, peak disk {m['peak_disk_ratio']}x, peak RSS {m['peak_rss_mb']} MB "
                  f"(with its writers, PSS: {m['peak_tree_pss_mb']} MB), threads {m['threads']}, load {m['load']}",
                  flush=True)
        times = {(e.name, p, k): [] for e in engines for p in ("cold", "warm") for k in kinds}
        cpu_times = {key: [] for key in times}
        totals: dict[str, list[int]] = {e.name: [] for e in engines}
        mismatches: list = []
        out["bench_rss_mb_before_queries"] = round(_proc_kb(os.getpid(), "VmRSS:") / 1024)
        out["load"] = {}
        for pass_ in ("cold", "warm"):
            out["load"][pass_] = [round(os.getloadavg()[0], 1)]
            for i, (kind, text, flt) in enumerate(corpus.queries):
                answers = {}
                for engine in engines[i % len(engines):] + engines[:i % len(engines)]:
                    if getattr(engine, "server", None) is not None:
                        ms, cpu, answer = engine.server.timed_query(text, flt)
                        cpu_times[(engine.name, pass_, kind)].append(cpu)
                    else:
                        t0, c0 = time.perf_counter(), time.process_time()
                        answer = engine.query(text, flt)
                        ms = (time.perf_counter() - t0) * 1000
                        cpu_times[(engine.name, pass_, kind)].append((time.process_time() - c0) * 1000)
                    times[(engine.name, pass_, kind)].append(ms)
                    answers[engine.name] = answer
                    if pass_ == "cold":
                        totals[engine.name].append(answer[0])
                if "searchsvc-baseline" in answers:
                    # the change must not change results: same total, top 10 and facets
                    ours = json.loads(json.dumps(answers["searchsvc"], default=str))
                    base = answers["searchsvc-baseline"]
                    if [ours[0], ours[1], ours[2]] != [base[0], base[1], base[2]]:
                        mismatches.append((pass_, kind, text, flt))
                        print(f"    baseline differs: {pass_} {kind} {text!r} {flt}: total {base[0]} -> {ours[0]}"
                              f"{'' if ours[1] == base[1] else ', top 10 differ'}"
                              f"{'' if ours[2] == base[2] else ', facets differ'}", flush=True)
            out["load"][pass_].append(round(os.getloadavg()[0], 1))
        names = [e.name for e in engines]
        if "searchsvc-baseline" in totals:
            out["baseline_mismatches"] = len(mismatches)
            print(f"  searchsvc vs baseline: {len(mismatches)} of {2 * len(corpus.queries)} answers differ "
                  "(total, top-10 ids, facets)", flush=True)
        if "sqlite-fts5" in totals and "tantivy" in totals:
            # the same tokenisation (no stemming, lower case, no diacritic folding): the same matches
            differ = [(q, a, b) for q, a, b in zip(corpus.queries, totals["sqlite-fts5"], totals["tantivy"]) if a != b]
            out["sqlite_tantivy_total_mismatches"] = len(differ)
            for q, a, b in differ[:5]:
                print(f"    total differs: {q} sqlite {a} tantivy {b}", flush=True)
            assert len(differ) <= len(corpus.queries) // 100, f"{len(differ)} queries' totals differ"
        if "searchsvc" in totals and "sqlite-fts5" in totals:
            hits = [(a, b) for a, b in zip(totals["searchsvc"], totals["sqlite-fts5"]) if b]
            out["searchsvc_total_over_sqlite_median"] = round(statistics.median([a / b for a, b in hits]), 2) if hits else None
        out["bench_rss_mb_after_queries"] = round(_proc_kb(os.getpid(), "VmRSS:") / 1024)
        print(f"  load average over the passes: {out['load']}; bench RSS {out['bench_rss_mb_before_queries']} -> "
              f"{out['bench_rss_mb_after_queries']} MB", flush=True)
        for name in names:
            row = {"build_s": round(builds[name], 1), "docs_per_s": round(len(corpus.articles) / builds[name])}
            if name in metered:
                row["build"] = metered[name]
            for pass_ in ("cold", "warm"):
                every = [t for k in kinds for t in times[(name, pass_, k)]]
                row[pass_] = {"all": _summary(every), **{k: _summary(times[(name, pass_, k)]) for k in kinds}}
                if cpu_times[(name, pass_, kinds[0])]:
                    every = [t for k in kinds for t in cpu_times[(name, pass_, k)]]
                    row[f"{pass_}_cpu"] = {"all": _summary(every),
                                           **{k: _summary(cpu_times[(name, pass_, k)]) for k in kinds}}
            out["engines"][name] = row
        print_table(out, names, kinds)
        cpu_names = [n for n in names if "cold_cpu" in out["engines"][n]]
        if "searchsvc" in cpu_names:
            print("\n  CPU time per query (process_time: what the query cost, whatever the load)")
            print_table(out, cpu_names, kinds, suffix="_cpu")
        if check_sqlite_forms:
            out["sqlite_forms"] = compare_sqlite_forms(next(e for e in engines if e.name == "sqlite-fts5"), corpus)
    finally:
        for engine in engines:
            if hasattr(engine, "close"):
                engine.close()
        shutil.rmtree(workdir, ignore_errors=True)
    if out.get("baseline_mismatches"):
        raise SystemExit(f"{out['baseline_mismatches']} answers differ from the baseline's")
    return out


def print_table(out: dict, names: list[str], kinds: list[str], suffix: str = "") -> None:
    print(f"\n  {out['corpus']} ({out['docs']} docs), p50 / p95 ms{' CPU' if suffix else ''}; ratio = searchsvc / engine")
    header = "  | pass | kind | " + " | ".join(names) + " | " + " | ".join(f"vs {n}" for n in names if n != "searchsvc") + " |"
    print(header)
    print("  |" + "---|" * (header.count("|") - 1))
    for pass_ in ("cold", "warm"):
        for kind in ["all", *kinds]:
            cells = [out["engines"][n][pass_ + suffix][kind] for n in names]
            row = [f"{c['p50_ms']:.2f} / {c['p95_ms']:.2f}" for c in cells]
            ratios = []
            if "searchsvc" in names:
                ours = out["engines"]["searchsvc"][pass_ + suffix][kind]
                for n in names:
                    if n != "searchsvc":
                        o = out["engines"][n][pass_ + suffix][kind]
                        ratios.append(f"{ours['p50_ms'] / o['p50_ms']:.2f}x / {ours['p95_ms'] / o['p95_ms']:.2f}x")
            print(f"  | {pass_} | {kind} | " + " | ".join(row + ratios) + " |", flush=True)


def compare_sqlite_forms(engine, corpus: Corpus) -> dict:
    """The plain-JOIN form against the CROSS JOIN form on every query: identical totals and facets
    (asserted), and the time of each, interleaved."""
    plain, cross = [], []
    for kind, text, flt in corpus.queries:
        engine.cross = False
        t0 = time.perf_counter()
        a = engine.query(text, flt)
        plain.append((time.perf_counter() - t0) * 1000)
        engine.cross = True
        t0 = time.perf_counter()
        b = engine.query(text, flt)
        cross.append((time.perf_counter() - t0) * 1000)
        assert (a[0], a[2]) == (b[0], b[2]), (text, flt)
    res = {"join": _summary(plain), "cross_join": _summary(cross)}
    print(f"  sqlite forms, same totals and facets on all {len(plain)} queries: plain JOIN p50/p95 "
          f"{res['join']['p50_ms']} / {res['join']['p95_ms']} ms, CROSS JOIN {res['cross_join']['p50_ms']} / "
          f"{res['cross_join']['p95_ms']} ms", flush=True)
    return res


def _tree_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except FileNotFoundError:  # removed while walking (a run merged, MAIN.tmp cleared)
                pass
    return total


def _proc_kb(pid: int | str, key: str, name: str = "status") -> int:
    try:
        for line in open(f"/proc/{pid}/{name}"):
            if line.startswith(key):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Direct children of `pid` (the forked index writers), from /proc/*/stat's parent field."""
    out = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry.name))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                pass
    return out


class BuildMeter:
    """One engine's build watched from a thread: wall and CPU seconds (this process with its
    threads, and the forked writers it waited for), the peak size of the folder the engine writes
    (index, run files, journals, segments being merged) against its final size, and memory: this
    process's peak RSS and the peak PSS of it and its children together (PSS splits the pages a
    fork shares, so the sum is what the build holds), sampled every `every` seconds (PSS less
    often where reading it costs more than ~2% of the time). The CPU seconds leave out the
    sampling thread's own."""

    def __init__(self, path: Path, every: float = 1.0):
        import threading

        self.path, self.every = path, every
        self.peak_bytes = self.peak_rss_kb = self.peak_tree_pss_kb = 0
        self.meter_cpu_s = 0.0  # this sampling thread's own CPU, left out of the build's
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _cpu() -> float:
        import resource

        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                       resource.getrusage(resource.RUSAGE_CHILDREN)))

    def _sample(self) -> None:
        pid = os.getpid()
        next_pss = 0.0
        while True:
            c0 = time.thread_time()
            self.peak_bytes = max(self.peak_bytes, _tree_bytes(self.path) if self.path.exists() else 0)
            self.peak_rss_kb = max(self.peak_rss_kb, _proc_kb(pid, "VmRSS:"))
            if time.perf_counter() >= next_pss:
                # smaps_rollup walks every page of the process: ~0.09 s of kernel time for a 5 GB
                # bench process or writer, so read every second it took ~0.27 CPU s a second at
                # 1M, charged to this process (the build's CPU) and taken from the build. Read
                # so that it costs at most ~2% of the time.
                p0 = time.thread_time()
                pss = sum(_proc_kb(p, "Pss:", "smaps_rollup") for p in [pid, *_children(pid)])
                self.peak_tree_pss_kb = max(self.peak_tree_pss_kb, pss)
                next_pss = time.perf_counter() + max(self.every, 50 * (time.thread_time() - p0))
            self.meter_cpu_s += time.thread_time() - c0
            if self._done.wait(self.every):
                return

    def __enter__(self):
        self.load = [round(os.getloadavg()[0], 1)]
        self.cpu0, self.t0 = self._cpu(), time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        self._done.set()
        self._thread.join()
        self.cpu_s = self._cpu() - self.cpu0 - self.meter_cpu_s
        self.load.append(round(os.getloadavg()[0], 1))
        self.final_bytes = _tree_bytes(self.path) if self.path.exists() else 0
        self.peak_bytes = max(self.peak_bytes, self.final_bytes)
        return False

    def summary(self, docs: int, threads: int) -> dict:
        return {"seconds": round(self.seconds, 1), "docs_per_s": round(docs / self.seconds),
                "cpu_s": round(self.cpu_s, 1), "meter_cpu_s": round(self.meter_cpu_s, 1), "docs_per_cpu_s": round(docs / self.cpu_s) if self.cpu_s else None,
                "final_mb": round(self.final_bytes / 1e6), "peak_mb": round(self.peak_bytes / 1e6),
                "peak_disk_ratio": round(self.peak_bytes / self.final_bytes, 2) if self.final_bytes else None,
                "peak_rss_mb": round(self.peak_rss_kb / 1024), "peak_tree_pss_mb": round(self.peak_tree_pss_kb / 1024),
                "threads": threads, "load": self.load}


def build_seconds(corpus: Corpus, procs: int) -> dict:
    """One write_generation of `corpus`: wall seconds, CPU seconds (this process and its forked
    writers), and the index folder's peak size (sampled every 20 ms: segments, sorting-pool or
    bulk-writer runs, MAIN.tmp, compound files being assembled) against its final size."""
    import resource
    import threading

    from searchsvc.index import IndexStore, write_generation

    workdir = Path(tempfile.mkdtemp(prefix="searchbench-build-"))
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.02):
            peak[0] = max(peak[0], _tree_bytes(workdir))

    def cpu():
        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                       resource.getrusage(resource.RUSAGE_CHILDREN)))

    sampler = threading.Thread(target=sample, daemon=True)
    try:
        cpu0 = cpu()
        sampler.start()
        t0 = time.perf_counter()
        write_generation(IndexStore(workdir / "index"), corpus.articles, corpus.registry, procs=procs)
        took = time.perf_counter() - t0
        done.set()
        sampler.join()
        final = _tree_bytes(workdir)
        return {"seconds": round(took, 2), "cpu_s": round(cpu() - cpu0, 2), "peak_bytes": max(peak[0], final),
                "final_bytes": final}
    finally:
        done.set()
        shutil.rmtree(workdir, ignore_errors=True)


def baseline_build_seconds(checkout: Path, corpus: str, docs: int, reuters_limit, procs: int) -> dict:
    """This bench's build timing with `checkout`'s searchsvc first on the path (same corpus: the
    generators are deterministic)."""
    import subprocess

    args = [sys.executable, str(Path(__file__).resolve()), "--build-only", "--corpus", corpus, "--docs", str(docs),
            "--procs", str(procs), "--repeat", "1", "--seconds-only"]
    if reuters_limit:
        args += ["--reuters-limit", str(reuters_limit)]
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=checkout)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _build_line(name: str, n: int, procs: int, took: dict) -> str:
    return (f"  {name:18} build {took['seconds']:6.1f} s ({n / took['seconds']:4.0f} docs/s), cpu {took['cpu_s']:6.1f} s "
            f"({n / took['cpu_s'] * procs:4.0f} docs/s on {procs} idle cores at most), peak disk "
            f"{took['peak_bytes'] / took['final_bytes']:.2f}x the {took['final_bytes'] / 1e6:.0f} MB index, "
            f"procs={procs}, load {os.getloadavg()[0]:.1f}")


def main_build_only(args, corpora) -> int:
    import searchsvc

    if args.seconds_only:  # a baseline subprocess: one corpus, one measurement
        print(json.dumps(build_seconds(corpora[0](), args.procs)))
        return 0
    print(f"searchsvc from {Path(searchsvc.__file__).parent}" + (f"; baseline from {args.baseline}" if args.baseline else ""))
    results = []
    for make in corpora:
        corpus = make()
        if corpus is None:
            continue
        kind = "synthetic" if corpus.name.startswith("synthetic") else "reuters"
        n = len(corpus.articles)
        row = {"corpus": corpus.name, "docs": n, "procs": args.procs, "current": [], "baseline": []}
        for _ in range(args.repeat):
            if args.baseline:
                took = baseline_build_seconds(args.baseline, kind, args.docs, args.reuters_limit, args.procs)
                row["baseline"].append(took)
                print(_build_line(f"{corpus.name} baseline", n, args.procs, took), flush=True)
            took = build_seconds(corpus, args.procs)
            row["current"].append(took)
            print(_build_line(f"{corpus.name} current", n, args.procs, took), flush=True)
        if args.baseline:
            cur = statistics.median(t["seconds"] for t in row["current"])
            base = statistics.median(t["seconds"] for t in row["baseline"])
            cur_cpu = statistics.median(t["cpu_s"] for t in row["current"])
            base_cpu = statistics.median(t["cpu_s"] for t in row["baseline"])
            row["speedup"], row["cpu_speedup"] = round(base / cur, 2), round(base_cpu / cur_cpu, 2)
            print(f"  {corpus.name}: median {n / base:.0f} -> {n / cur:.0f} docs/s ({row['speedup']}x), "
                  f"cpu {base_cpu:.1f} -> {cur_cpu:.1f} s ({row['cpu_speedup']}x)", flush=True)
        results.append(row)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=("reuters", "synthetic", "both"), default="both")
    ap.add_argument("--docs", type=int, default=50_000, help="synthetic corpus size")
    ap.add_argument("--reuters-limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="--build-only: builds per corpus")
    ap.add_argument("--queries", type=int, default=420, help="unique queries per corpus (query_mix)")
    ap.add_argument("--threads", type=int, default=2, help="build threads for searchsvc and tantivy")
    ap.add_argument("--check-sqlite-forms", action="store_true",
                    help="also run SQLite's plain-JOIN form on every query: same answers, time of each")
    ap.add_argument("--engines", default="searchsvc,sqlite-fts5,tantivy")
    ap.add_argument("--json", metavar="FILE", help="also write the results here")
    ap.add_argument("--index-cache", type=Path, metavar="DIR",
                    help="keep every engine's index here and reuse it next run (with the build time "
                         "recorded then): a big corpus's query passes can be rerun alone")
    ap.add_argument("--build-only", action="store_true", help="time searchsvc's index build only")
    ap.add_argument("--procs", type=int, default=2, help="--build-only: write_generation procs")
    ap.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                    help="--build-only: also time this checkout's searchsvc on the same corpus, alternating")
    ap.add_argument("--compare-baseline", type=Path, metavar="CHECKOUT",
                    help="also run CHECKOUT's searchsvc on the same index (a subprocess), interleaved, and "
                         "assert the same totals, top-10 ids and facets on every query")
    ap.add_argument("--seconds-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--serve-searchsvc", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--serve-entities", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--serve-typos-off", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve_searchsvc:
        return serve_searchsvc(args.serve_searchsvc, args.serve_entities, not args.serve_typos_off)
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
        if name in ("searchsvc", "searchsvc-typos-off"):
            engines.append((SearchsvcEngine if name == "searchsvc" else SearchsvcTyposOffEngine)(
                args.index_cache, args.threads))
        else:
            engines.append({"sqlite-fts5": SqliteEngine, "tantivy": TantivyEngine}[name](args.threads, args.index_cache))
    if args.compare_baseline:
        current = next((e for e in engines if e.name == "searchsvc"), None)
        if current is None:
            ap.error("--compare-baseline needs the searchsvc engine")
        current.served = True
        engines.insert(engines.index(current) + 1, SearchsvcBaselineEngine(args.compare_baseline, current))
    print(f"machine: {platform.machine()} {platform.processor() or ''} cpus={os.cpu_count()} "
          f"load {os.getloadavg()[0]:.1f} "
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
        results.append(run_corpus(corpus, engines, args.queries, args.check_sqlite_forms))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
