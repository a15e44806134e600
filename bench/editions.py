"""Edition linking and cross-language search: link precision/recall, stories wrongly merged, MRR@10.

    .venv/bin/python bench/editions.py                      # NTREX-128 editions + distractors (needs ../shared/data)
    .venv/bin/python bench/editions.py --set bench/data/editions_dev [--distractors N] [-v] [--json]

Default: the 123 NTREX-128 documents (human English, Russian and Belarusian texts of one story)
written as three separate edition pages each, in the regional sites' text shape (widget, site
name in the page's language, breadcrumbs, a date line in its language, title, body). The three
editions of a document name the same site; the Russian one is dated a day after the English one
half the time, the Belarusian one a day after the Russian one a third of the time. Mixed with
unrelated pages of the same sites and days: Reuters-21578 (en), corus-ru-news + factRuEval-2016
(ru) and UD Belarusian-HSE news sentences grouped into pseudo-articles (be).

`--set DIR`: DIR/pages/* (txt/html/jsonl pages), DIR/expected.json {"stories": {id: [page file
names]}} (every page in exactly one story), DIR/queries.jsonl {"lang", "q", "story"}; with
`--distractors N`, N unrelated pages of each language are added (they are singletons).

Everything goes through the real batch job (`pipeline.reindex`, an empty models folder: no
translation) and the real search service. Reported:
  link precision / recall   over pairs of pages in one story (expected vs indexed)
  stories wrongly merged    indexed stories holding pages of two or more expected stories
  MRR@10 per language       a hit is relevant when its sources include a page of the query's story
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import gzip
import json
import platform
import random
import re
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
NTREX = DATA / "ntrex128" / "ntrex128_docs_en_ru_be.jsonl"
REUTERS = DATA / "reuters21578" / "reuters21578.jsonl"
CORUS_ODS = DATA / "corus-ru-news" / "data" / "ods"
FACTRU = DATA / "factRuEval-2016"
UD_BE = DATA / "ud-belarusian-hse"

SITES = ["Osipovichi District Executive Committee", "Orsha District Executive Committee",
         "Mozyr District Executive Committee", "Lida District Executive Committee",
         "Pinsk City Executive Committee", "Borisov District Executive Committee",
         "Slutsk District Executive Committee", "Zhlobin District Executive Committee"]
WIDGET = {"en": ["Font settings", "Times New Roman", "Font size", "Color scheme"],
          "ru": ["Версия для слабовидящих", "Размер шрифта", "Цветовая схема"],
          "be": ["Версія для слабавідушчых", "Памер шрыфту", "Колеравая схема"]}
CRUMBS = {"en": "Main / News", "ru": "Главная / Новости", "be": "Галоўная / Навіны"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня".split(),
}


def site_label(name: str, lang: str) -> str:
    from searchsvc.entities.sites import SiteRegistry

    site = SiteRegistry.load().get(name)
    return site.labels.get(lang, name) if site else name


def text_page(lang: str, site: str, day, title: str, body: str) -> str:
    date_line = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    head = WIDGET[lang] + [site_label(site, lang), CRUMBS[lang], date_line]
    return "\n".join(head) + f"\n\n{title}\n\n\n{body}\n"


# --- the NTREX set, written as pages -------------------------------------------------------------


def ntrex_set(out: Path, rng: random.Random, start) -> tuple[dict, list[dict]]:
    """Pages under out/pages; returns (expected stories, queries)."""
    from datetime import timedelta

    pages = out / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    stories, queries = {}, []
    with open(NTREX, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    for n, d in enumerate(docs):
        site = SITES[n % len(SITES)]
        day = start + timedelta(days=n // 12)  # about a dozen stories per day, spread over the sites
        ru_day = day + timedelta(days=rng.random() < 0.5)
        be_day = ru_day + timedelta(days=rng.random() < 0.33)
        names = []
        for lang, when in (("en", day), ("ru", ru_day), ("be", be_day)):
            name = f"ntrex{n:03d}_{lang}.txt"
            body = "\n\n".join(p.strip() for p in d[f"body_{lang}"].split("\n") if p.strip())
            (pages / name).write_text(text_page(lang, site, when, d[f"title_{lang}"], body), encoding="utf-8")
            names.append(name)
            queries.append({"lang": lang, "q": d[f"title_{lang}"], "story": d["doc_id"]})
        stories[d["doc_id"]] = names
    return stories, queries


# --- distractors: unrelated pages in each language -----------------------------------------------


def _title_key(title: str) -> str:
    """A headline with case, punctuation and spacing dropped: one story's repeats share it."""
    return " ".join(re.findall(r"\w+", title.lower()))


def reuters_texts(n: int):
    """Reuters-21578 sends some stories twice (a repeat, a "Talking point" rerun, a corrected body
    under the same headline): those are one story, so only the first of a body or of a headline is
    a distractor (a searchsvc reprint merge of the two would be scored as a wrong merge)."""
    if not REUTERS.exists():
        return
    seen = set()
    with open(REUTERS, encoding="utf-8") as fh:
        for line in fh:
            if n <= 0:
                return
            d = json.loads(line)
            body, title = (d.get("body") or "").strip(), (d.get("title") or "").strip()
            if len(body) > 300 and title and body[:150] not in seen and _title_key(title) not in seen:
                seen.update((body[:150], _title_key(title)))
                n -= 1
                yield title.title(), body


def corus_texts(n: int):
    """corus news and factRuEval texts, one per headline (a news feed can repeat a story)."""
    done, seen = 0, set()
    for path in sorted(CORUS_ODS.glob("*.csv.gz")) if CORUS_ODS.exists() else []:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if done >= n:
                    return
                if row.get("title") and len(row.get("text") or "") > 300 \
                        and _title_key(row["title"]) not in seen:
                    seen.add(_title_key(row["title"]))
                    done += 1
                    yield row["title"].strip(), row["text"].strip()
    for part in ("devset", "testset"):
        for path in sorted((FACTRU / part).glob("*.txt")) if FACTRU.exists() else []:
            if done >= n:
                return
            lines = [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
            if len(lines) >= 2 and sum(map(len, lines[1:])) > 300 and _title_key(lines[0][:150]) not in seen:
                seen.add(_title_key(lines[0][:150]))
                done += 1
                yield lines[0][:150], "\n\n".join(lines[1:])


def belarusian_texts(n: int, per_article: int = 7):
    """UD Belarusian-HSE news sentences (telegraf.by, Radyjo Svaboda), grouped in order."""
    sentences = []
    for path in sorted(UD_BE.glob("*.conllu")) if UD_BE.exists() else []:
        news = False
        for line in open(path, encoding="utf-8"):
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
                news = sid.startswith(("telegraf", "RadyjoSvabod"))
            elif line.startswith("# text =") and news:
                sentences.append(line.split("=", 1)[1].strip())
    done = 0
    for i in range(0, len(sentences) - per_article, per_article):
        if done >= n:
            return
        group = sentences[i : i + per_article]
        title = " ".join(group[0].split()[:9]).rstrip(",.:;")
        done += 1
        yield title, "\n\n".join(group[1:])


def distractor_pages(out: Path, n: int, rng: random.Random, start, days: int) -> dict:
    """n pages per language, on the same sites and days as the set: {story id: [page name]}."""
    from datetime import timedelta

    pages = out / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    stories = {}
    for lang, texts in (("en", reuters_texts(n)), ("ru", corus_texts(n)), ("be", belarusian_texts(n))):
        for k, (title, body) in enumerate(texts):
            name = f"zz_{lang}{k:05d}.txt"
            day = start + timedelta(days=rng.randrange(max(1, days)))
            (pages / name).write_text(text_page(lang, rng.choice(SITES), day, title, body), encoding="utf-8")
            stories[f"distractor-{lang}-{k}"] = [name]
    return stories


# --- running and scoring -------------------------------------------------------------------------


def build_index(pages: list[Path], workdir: Path):
    from searchsvc.config import Settings
    from searchsvc.pipeline import reindex

    (workdir / "no-models").mkdir(parents=True, exist_ok=True)
    settings = dataclasses.replace(Settings.load(), index_dir=str(workdir / "index"),
                                   models_dir=str(workdir / "no-models"),
                                   cache_dir=str(workdir / "cache"),
                                   entities_file=str(workdir / "entities-learned.jsonl"))
    report = reindex([str(p) for p in pages], settings)
    return Path(settings.index_dir), report


def indexed_stories(service) -> dict[str, set[str]]:
    """Article id -> the page file names (JSON Lines: 'file.jsonl:N') its sources hold."""
    out = {}
    for story in service.stored_articles():
        paths = {s.source_path for s in story.sources} | {story.source_path}
        out[story.id] = {Path(p).name for p in paths if p}
    return out


def pairs(groups) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(sorted(g), 2)}


def evaluate(index_dir: Path, expected: dict[str, list[str]], queries: list[dict], k: int = 10) -> dict:
    from searchsvc.search import SearchService

    service = SearchService(index_dir)
    got = indexed_stories(service)

    def base(name: str) -> str:  # a JSON Lines record 'x.jsonl:3' is listed as 'x.jsonl:3' or 'x.jsonl'
        return name

    story_of_page = {p: sid for sid, names in expected.items() for p in names}
    indexed_pages = {p for names in got.values() for p in names}
    true_pairs = pairs(expected.values())
    pred_pairs = pairs(got.values())
    hit = true_pairs & pred_pairs
    merged = [sorted(names) for names in got.values() if len({story_of_page.get(base(p), p) for p in names}) > 1]
    split = [sid for sid, names in expected.items() if len({aid for aid, ns in got.items() if ns & set(names)}) > 1]
    article_of_page = {p: aid for aid, names in got.items() for p in names}
    per_lang: dict[str, dict] = {}
    misses = []
    for q in queries:
        relevant = {article_of_page[p] for p in expected[q["story"]] if p in article_of_page}
        ids = [h.id for h in service.search(q["q"], lang=q["lang"], size=k).hits]
        rank = next((i + 1 for i, a in enumerate(ids) if a in relevant), None)
        s = per_lang.setdefault(q["lang"], {"n": 0, "rr": 0.0, "found": 0})
        s["n"] += 1
        s["rr"] += 1 / rank if rank else 0.0
        s["found"] += rank is not None
        if rank != 1:
            misses.append({"lang": q["lang"], "q": q["q"][:80], "story": q["story"], "rank": rank,
                           "top": [sorted(got.get(a, ()))[:3] for a in ids[:2]]})
    return {
        "pages": len(story_of_page), "pages_indexed": len(indexed_pages & set(story_of_page)),
        "stories_expected": len(expected), "stories_indexed": len(got),
        "link_pairs_expected": len(true_pairs), "link_pairs_made": len(pred_pairs),
        "link_precision": round(len(hit) / len(pred_pairs), 4) if pred_pairs else 1.0,
        "link_recall": round(len(hit) / len(true_pairs), 4) if true_pairs else 1.0,
        "stories_wrongly_merged": len(merged), "stories_split": len(split),
        "mrr@10": {lang: round(s["rr"] / s["n"], 4) for lang, s in sorted(per_lang.items())},
        "recall@10": {lang: round(s["found"] / s["n"], 4) for lang, s in sorted(per_lang.items())},
        "merged_examples": merged[:10], "split_examples": split[:10], "misses": misses,
    }


def main(argv=None) -> int:
    from datetime import date

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", type=Path, default=None, help="DIR with pages/, expected.json, queries.jsonl")
    ap.add_argument("--distractors", type=int, default=None,
                    help="unrelated pages per language (default: 300 for NTREX, 0 for --set)")
    ap.add_argument("--seed", type=int, default=20230111)
    ap.add_argument("-v", "--verbose", action="store_true", help="list merged/split stories and query misses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    start = date(2023, 3, 1)
    with tempfile.TemporaryDirectory(prefix="editions-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        if args.set:
            expected = json.loads((args.set / "expected.json").read_text(encoding="utf-8"))["stories"]
            queries = [json.loads(line) for line in open(args.set / "queries.jsonl", encoding="utf-8") if line.strip()]
            pages = sorted(p for p in (args.set / "pages").iterdir() if p.is_file())
            n_distractors = args.distractors or 0
            name = str(args.set)
        else:
            if not NTREX.exists():
                print(f"skipped: {NTREX} not found (../shared/data is not part of the repository)", file=sys.stderr)
                return 0
            expected, queries = ntrex_set(work / "ntrex", rng, start)
            pages = sorted((work / "ntrex" / "pages").iterdir())
            n_distractors = 300 if args.distractors is None else args.distractors
            name = "NTREX-128"
        if n_distractors:
            extra = distractor_pages(work / "distractors", n_distractors, rng, start, days=11)
            expected = {**expected, **extra}
            pages += sorted((work / "distractors" / "pages").iterdir())
        expected = _jsonl_records(expected, pages)
        index_dir, report = build_index(pages, work)
        res = evaluate(index_dir, expected, queries)
        res["reindex"] = {"inputs": report.inputs, "stories": report.stories, "editions": report.editions,
                          "editions_linked": report.editions_linked, "reprints_merged": report.reprints_merged,
                          "rejected": len(report.rejected)}
        res["seconds"] = round(time.perf_counter() - t0, 1)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"{name}: machine {platform.machine()} python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {res['pages']} pages "
          f"({res['stories_expected']} stories, {n_distractors} distractors per language), {len(queries)} queries, "
          f"{res['seconds']} s")
    print(f"  reindex: {res['reindex']}")
    print(f"  links: precision {res['link_precision']}  recall {res['link_recall']}  "
          f"({res['link_pairs_made']} pairs made, {res['link_pairs_expected']} expected); "
          f"stories wrongly merged {res['stories_wrongly_merged']}, split {res['stories_split']}; "
          f"{res['stories_indexed']} stories indexed for {res['stories_expected']} expected")
    print("  MRR@10: " + "  ".join(f"{lang} {v}" for lang, v in res["mrr@10"].items())
          + "   recall@10: " + "  ".join(f"{lang} {v}" for lang, v in res["recall@10"].items()))
    if args.verbose:
        for m in res["merged_examples"]:
            print("  MERGED", m)
        for s in res["split_examples"]:
            print("  SPLIT", s, expected[s])
        for m in res["misses"]:
            print("  MISS", m)
    return 0


def _jsonl_records(expected: dict[str, list[str]], pages: list[Path]) -> dict[str, list[str]]:
    """A JSON Lines page file holds records 'file.jsonl:N' (the batch job's source paths): a story
    naming the file stands for each of its records (N from 1)."""
    out = {}
    for sid, names in expected.items():
        listed = []
        for name in names:
            path = next((p for p in pages if p.name == name), None)
            if path is not None and path.suffix == ".jsonl":
                n = sum(1 for line in open(path, encoding="utf-8") if line.strip())
                listed += [f"{name}:{i}" for i in range(1, n + 1)]
            else:
                listed.append(name)
        out[sid] = listed
    return out


if __name__ == "__main__":
    sys.exit(main())
