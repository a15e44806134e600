"""Search quality: cross-language retrieval with and without translations.

    .venv/bin/python bench/quality.py [--ntrex ../shared/data/ntrex128/ntrex128_docs_en_ru_be.jsonl]

1. NTREX-128: the 123 English documents imported with their human Russian and Belarusian
   translations as the translated fields. Every Russian and every Belarusian sentence (titles
   included) is a plain-mode query; the answer is its document. Reports MRR@10 and hits@1/@10
   per language, and the same for the English-only import (no translated fields: names,
   transliteration and glossary are the only routes). Skips when the data is absent.
2. Journalist queries (JOURNALIST_QUERIES below: names inflected and transliterated,
   organizations, topics; ru/be/en) against the bundled sample pages indexed through the real
   pipeline with NO translation model: recall@10 per language.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NTREX = ROOT.parent / "shared" / "data" / "ntrex128" / "ntrex128_docs_en_ru_be.jsonl"

# (language, query, sample files that answer it). Written by reading the sample pages' topics,
# not tuned against the results; the test suite checks a subset (tests/test_search_quality.py).
JOURNALIST_QUERIES = [
    ("ru", "Вольфович", ["001", "024"]),
    ("ru", "визит генсека ОДКБ Тасмагамбетова", ["001"]),
    ("ru", "модернизация Гродно Азот", ["003"]),
    ("ru", "Караник", ["003"]),
    ("ru", "ШОС полноправный член", ["004"]),
    ("ru", "Головченко БелАЗ", ["005"]),
    ("ru", "Мозырский НПЗ", ["007"]),
    ("ru", "Крупко", ["007"]),
    ("ru", "годовщина Чернобыльской катастрофы", ["009"]),
    ("ru", "сахарная свекла Брестская область", ["010"]),
    ("ru", "Турчин назначен премьер-министром", ["018"]),
    ("ru", "Беларуськалий отгрузки", ["013"]),
    ("ru", "уборочная кампания Могилевская область", ["014"]),
    ("ru", "вакцинация Пиневич", ["020"]),
    ("ru", "ставка рефинансирования Нацбанк", ["021"]),
    ("ru", "Лавров Рыженков", ["023"]),
    ("ru", "Всебелорусское народное собрание", ["025"]),
    ("ru", "Европейские игры", ["026"]),
    ("ru", "председательство в Евразийском экономическом союзе", ["027"]),
    ("ru", "выборы президента предварительные итоги", ["029"]),
    ("ru", "Лукашенко и Путин на Форуме регионов", ["011"]),
    ("be", "Вальфовіч", ["001", "024"]),
    ("be", "Шанхайская арганізацыя супрацоўніцтва", ["004"]),
    ("be", "Галоўчанка БелАЗ", ["005"]),
    ("be", "Славянскі базар у Віцебску", ["006"]),
    ("be", "Іванец навучальны год", ["008"]),
    ("be", "Шулейка цукровыя буракі", ["010"]),
    ("be", "Форум рэгіёнаў", ["011"]),
    ("be", "адзіны дзень галасавання", ["012"]),
    ("be", "Беларуськалій", ["013"]),
    ("be", "ураджай Магілёўская вобласць", ["014"]),
    ("be", "чыгунка летнія цягнікі", ["016"]),
    ("be", "Турчын прэм'ер-міністр", ["018"]),
    ("be", "Пінэвіч вакцынацыя", ["020"]),
    ("be", "Нацыянальны банк стаўка рэфінансавання", ["021"]),
    ("be", "Алейнік СНД Лебедзеў", ["022"]),
    ("be", "канцэпцыя бяспекі Саюзнай дзяржавы", ["024"]),
    ("be", "Качанава Усебеларускі народны сход", ["025"]),
    ("be", "Вышэйшы дзяржаўны савет саюзныя праграмы", ["030"]),
    ("en", "Valfovich CSTO", ["001"]),
    ("en", "Aliaksandr Lukashenka referendum", ["002"]),
    ("en", "Karanik Grodno Azot", ["003"]),
    ("en", "Shanghai Cooperation Organization membership", ["004"]),
    ("en", "Halouchanka BelAZ", ["005"]),
    ("en", "Slavianski Bazaar", ["006"]),
    ("en", "Mozyr refinery", ["007"]),
    ("en", "Chernobyl", ["009"]),
    ("en", "sugar beet Brest", ["010"]),
    ("en", "Turchyn prime minister", ["018"]),
    ("en", "Belaruskali potash shipments", ["013"]),
    ("en", "Mahiliou harvest", ["014"]),
    ("en", "Pinevich vaccine", ["020"]),
    ("en", "refinancing rate", ["021"]),
    ("en", "Aleinik Lebedev CIS", ["022"]),
    ("en", "Ryzhankou", ["023"]),
    ("en", "Union State security concept", ["024"]),
    ("en", "European Games", ["026"]),
    ("en", "EAEU chairmanship", ["027"]),
    ("en", "MAZ anniversary", ["028"]),
    ("en", "presidential election results", ["029"]),
]


def sample_index(workdir: Path):
    """The bundled samples through the real pipeline (entities, reprints), no translation model."""
    import dataclasses

    from searchsvc.config import SAMPLES_DIR, Settings
    from searchsvc.pipeline import reindex

    settings = dataclasses.replace(Settings.load(), index_dir=str(workdir / "samples"),
                                   models_dir=str(workdir / "no-models"))
    reindex([str(SAMPLES_DIR)], settings)
    return Path(settings.index_dir)


def file_to_article_ids(service) -> dict[str, str]:
    """'001' -> article id, through each article's sources (a reprint file maps to its story)."""
    state = service._state()
    out = {}
    for fields in state.searcher.all_stored_fields():
        article = json.loads(fields["article"])
        for src in article.get("sources", []) + [{"source_path": article.get("source_path")}]:
            path = src.get("source_path")
            if path:
                out[Path(path).name[:3]] = article["id"]
    return out


def journalist_recall(index_dir: Path, queries=JOURNALIST_QUERIES, k: int = 10, verbose: bool = False) -> dict:
    from searchsvc.search import SearchService

    service = SearchService(index_dir)
    ids = file_to_article_ids(service)
    per_lang: dict[str, list[float]] = {}
    first: dict[str, list[float]] = {}
    misses = []
    for lang, q, files in queries:
        expected = {ids[f] for f in files}
        got = [h.id for h in service.search(q, lang=lang, size=k).hits]
        recall = len(expected & set(got)) / len(expected)
        per_lang.setdefault(lang, []).append(recall)
        first.setdefault(lang, []).append(1.0 if got and got[0] in expected else 0.0)
        if recall < 1 or not (got and got[0] in expected):
            misses.append((lang, q, files, [g for g in got[:3]]))
    if verbose:
        for m in misses:
            print("  not first or missing:", m)
    out = {lang: round(sum(v) / len(v), 3) for lang, v in per_lang.items()}
    out |= {f"{lang}_top1": round(sum(v) / len(v), 3) for lang, v in first.items()}
    return out | {"misses": misses, "queries": len(queries)}


def ntrex_articles(path: Path, with_translations: bool):
    from searchsvc.article import Article, Source, Translation

    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    articles = []
    for d in docs:
        translations = {}
        if with_translations:
            translations = {lang: Translation(d[f"title_{lang}"], d[f"body_{lang}"].replace("\n", "\n\n"), "premade")
                            for lang in ("ru", "be")}
        articles.append(Article(id=d["doc_id"], title=d["title_en"], body=d["body_en"].replace("\n", "\n\n"),
                                site=d.get("source", "ntrex"), published=None, sources=[Source(site="ntrex")],
                                translations=translations))
    return docs, articles


def ntrex_mrr(path: Path, workdir: Path, with_translations: bool, limit: int | None = None) -> dict:
    from searchsvc.entities import EntityExtractor, EntityRegistry
    from searchsvc.index import IndexStore, write_generation
    from searchsvc.search import SearchService

    docs, articles = ntrex_articles(path, with_translations)
    registry = EntityRegistry.load(overlay=workdir / "entities-learned.jsonl")  # not beside the real index
    extractor = EntityExtractor(registry)
    for a in articles:
        extractor.annotate(a)
    store = IndexStore(workdir / ("ntrex-tr" if with_translations else "ntrex-en"))
    write_generation(store, articles, registry, procs=1)
    service = SearchService(store.root, registry=registry)
    out = {}
    for lang in ("ru", "be"):
        rr, at1, at10, n = 0.0, 0, 0, 0
        t0 = time.perf_counter()
        for d in docs:
            sentences = [d[f"title_{lang}"], *d[f"body_{lang}"].split("\n")]
            for s in sentences:
                if not s.strip():
                    continue
                if limit and n >= limit:
                    break
                n += 1
                hits = [h.id for h in service.search(s, lang=lang, size=10).hits]
                if d["doc_id"] in hits:
                    rank = hits.index(d["doc_id"]) + 1
                    rr += 1 / rank
                    at1 += rank == 1
                    at10 += 1
        out[lang] = {"queries": n, "mrr@10": round(rr / n, 3), "hits@1": round(at1 / n, 3),
                     "hits@10": round(at10 / n, 3), "ms_per_query": round((time.perf_counter() - t0) * 1000 / n, 1)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntrex", type=Path, default=NTREX)
    ap.add_argument("--limit", type=int, default=None, help="at most this many sentences per language")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    print(f"machine: {platform.machine()} python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    with tempfile.TemporaryDirectory(prefix="searchquality-") as tmp:
        workdir = Path(tmp)
        recall = journalist_recall(sample_index(workdir), verbose=args.verbose)
        print(f"journalist queries on the samples, no translation model ({recall['queries']} queries): recall@10 "
              + ", ".join(f"{lang} {recall[lang]}" for lang in ("ru", "be", "en"))
              + "; an expected story first: " + ", ".join(f"{lang} {recall[lang + '_top1']}" for lang in ("ru", "be", "en")))
        if not args.ntrex.exists():
            print(f"skip NTREX-128: {args.ntrex} not found", file=sys.stderr)
            return 0
        for with_tr in (True, False):
            res = ntrex_mrr(args.ntrex, workdir, with_tr, args.limit)
            label = "with human ru/be translations" if with_tr else "English only (no translated fields)"
            for lang, r in res.items():
                print(f"NTREX-128 {label:38} {lang}: MRR@10 {r['mrr@10']}, hits@1 {r['hits@1']}, "
                      f"hits@10 {r['hits@10']} ({r['queries']} sentence queries, {r['ms_per_query']} ms each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
