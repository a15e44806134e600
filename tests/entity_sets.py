"""Shared scoring for the blind entity sets (tests/fixtures/entities/<set>/): what a user filtering
by person or organization would see, compared with the set's annotations."""

from __future__ import annotations

import json
import re
from pathlib import Path

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.ingest import IngestError, iter_inputs, parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "entities"
KEYS = ("persons", "organizations")
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")


def facet_labels(extractor: EntityExtractor, body: str, kind: str, title: str = "", site: str = "Test") -> dict[str, str]:
    """English label -> id of the `kind` facet values ("persons", "organizations", "places") a reader
    could filter an article with this title and body by, in the order the extractor found them."""
    article = Article(id="t", title=title, body=body, site=site, published="2026-01-01")
    extractor.annotate(article)
    return {extractor.registry.label(i, "en"): i for i in getattr(article, kind)}


def facets(extractor: EntityExtractor, body: str, lang: str = "en") -> dict[str, list[str]]:
    """The English labels of the persons and organizations facets of an untitled page in `lang` with this body."""
    article = Article(id=f"t-{hash(body)}", title="", body=body, site="Test", published="2024-01-01", lang=lang)
    extractor.annotate(article)
    label = extractor.registry.label
    return {"persons": [label(i, "en") for i in article.persons],
            "organizations": [label(i, "en") for i in article.organizations]}


def organizations(registry: EntityRegistry, body: str, title: str = "News") -> dict[str, str]:
    """English label -> id of the organizations a reader can filter an article with this body by
    (a fresh extractor over `registry`)."""
    return facet_labels(EntityExtractor(registry), body, "organizations", title)


def gold(set_name: str) -> dict:
    return json.loads((FIXTURES / set_name / "annotations.json").read_text(encoding="utf-8"))


def extract_set(set_name: str, registry: EntityRegistry) -> dict[str, dict[str, set[str]]]:
    """English labels of the persons and organizations extracted from every page (one registry); an
    entity the annotation names by another of its names is that name (identity, not label spelling:
    "Main Health Department of ..." is the "Main Department of Health of ..." it is also called)."""
    extractor = EntityExtractor(registry)
    annotations = gold(set_name)
    out = {}
    for name in sorted(annotations):
        article, _warnings = parse_file(FIXTURES / set_name / "pages" / name)
        extractor.annotate(article)
        out[name] = {}
        for key in KEYS:
            want = set(annotations[name][key])
            out[name][key] = {registry.label(i, "en") if registry.label(i, "en") in want else
                              next((n for n in sorted(_names(registry, i)) if n in want), registry.label(i, "en"))
                              for i in getattr(article, key)}
    return out


def f1(extracted: dict, annotations: dict, keys=KEYS, names=None) -> float:
    """Micro-averaged F1 over `names` (default: all pages) and `keys`."""
    tp = fp = fn = 0
    for name in names or annotations:
        for key in keys:
            got, want = extracted[name][key], set(annotations[name][key])
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def misses(extracted: dict, annotations: dict, name: str) -> dict:
    """(extra, missing) labels per key, for an assertion message."""
    return {k: (sorted(extracted[name][k] - set(annotations[name][k])),
                sorted(set(annotations[name][k]) - extracted[name][k])) for k in KEYS}


# --- Sets annotated with identity (blind6 onwards) -------------------------------------------------
# annotations.json: {page: {"persons": [...], "organizations": [...], "places": [...], "site": str,
# "date": "YYYY-MM-DD", "traps": [...], "ignore": [...]}}. An entity is a label or a list of labels
# any of which names it (transliteration variants); two extracted labels for one entity count the
# second as a false positive (the same body twice in a facet). "ignore" labels are neither rewarded
# nor penalised (arguable cases); "traps" are phrases that must not come out as any entity.
ENTITY_KEYS = ("persons", "organizations", "places")


def fresh_pages(set_name: str, tmp_path_factory) -> dict:
    """extract_pages with a registry whose learned overlay starts empty, in a temp folder of its own."""
    registry = EntityRegistry.load(overlay=tmp_path_factory.mktemp(set_name) / "entities-learned.jsonl")
    return extract_pages(set_name, registry)


def extract_pages(set_name: str, registry: EntityRegistry, span_tagger=None, pages=None) -> dict[str, dict]:
    """What a user sees per page: English labels of persons, organizations and places, site, date (with the
    span model beside the rules when `span_tagger` is given; only the pages named in `pages` when given)."""
    extractor = EntityExtractor(registry, span_tagger=span_tagger)
    out = {}
    annotations = gold(set_name)
    for name in sorted(annotations):
        if pages is not None and name not in pages:
            continue
        article = one_article(FIXTURES / set_name / "pages" / name)
        if isinstance(article, Exception):  # a rejected page: the user sees nothing of it
            out[name] = {**{key: set() for key in ENTITY_KEYS}, "site": None, "date": None,
                         "rejected": str(article)}
            continue
        extractor.annotate(article)
        page = {key: {registry.label(i, "en") for i in getattr(article, key, ())} for key in ENTITY_KEYS}
        # every name of an extracted entity: the registry's "Ministry of Healthcare of Belarus" is the
        # annotation's "Ministry of Health" (identity, not label spelling)
        # (an organization and a place of one label, "SPK Kalatichi" and the village Kalatichi: the names of both)
        page["names"] = {}
        for key in ENTITY_KEYS:
            for i in getattr(article, key, ()):
                page["names"].setdefault(registry.label(i, "en"), set()).update(_names(registry, i))
        page["site"], page["date"] = article.site, article.published
        # a Russian/Belarusian ignore string is written as it stands on the page ("Бресте", "пад Мінскам"):
        # the places it names, by their English labels, are ignored too
        page["ignored"] = sorted({registry.places.label(p) for e in annotations[name].get("ignore", ())
                                  for s in _alternatives(e) if _CYRILLIC.search(s) for p in registry.places.find(s)})
        out[name] = page
    return out


def _names(registry: EntityRegistry, entity_id: str) -> set[str]:
    if entity_id.startswith("place:"):
        place = registry.places.get(entity_id)
        return set(place.identity_names()) if place else set()
    entity = registry.get(entity_id)
    return set(entity.names()) if entity else set()


def one_article(path: Path):
    """The page's article, or the IngestError that rejected it; a JSON Lines or JSON export page, or
    an RSS/Atom feed or a WARC crawl saved as a page, is read as the batch job reads it, and the page's story is its
    first record that ingests as an article (a feed lists the story's own entry first; blind22's feeds
    carry other entries and items without a body after it, its Telegram channel exports one-line posts
    before it: the batch job ingests or rejects each as a record of its own)."""
    if path.suffix not in (".jsonl", ".json"):
        try:
            return parse_file(path)[0]
        except IngestError as exc:
            if "hold several records" not in str(exc):  # a feed or a WARC crawl: read as the batch job does
                return exc
    records = [parsed for _source, parsed in iter_inputs([path])]
    parsed = next((r for r in records if not isinstance(r, Exception)), records[0])
    return parsed if isinstance(parsed, Exception) else parsed[0]


def _alternatives(entity) -> set[str]:
    return {entity} if isinstance(entity, str) else set(entity)


def identity_counts(got: set[str], want: list, ignore=(), names=None) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, extra labels, missing entities) counting one hit per gold entity; an extracted
    label names a gold entity when it, or another name of the same registry entity (`names`: label
    -> all its names), is one of the gold entity's labels."""
    matched, extra = set(), []
    names = names or {}
    for label in sorted(got):
        forms = {label} | names.get(label, set())
        hit = next((k for k, e in enumerate(want) if label in _alternatives(e)), None)
        if hit is None or hit in matched:
            hit = next((k for k, e in enumerate(want) if k not in matched and forms & _alternatives(e)), hit)
        if hit is None:
            if not any(forms & _alternatives(e) for e in ignore):
                extra.append(label)
        elif hit in matched:
            extra.append(label)  # the same entity under a second label
        else:
            matched.add(hit)
    missing = [want[k] for k in range(len(want)) if k not in matched]
    return len(matched), len(extra), len(missing), extra, missing


def _ignored(annotation: dict, page: dict, key: str) -> list:
    """The annotation's ignore labels, with the places its Cyrillic ignore strings name (see extract_pages)."""
    return [*annotation.get("ignore", ()), *(page.get("ignored", ()) if key == "places" else ())]


def trap_hits(page: dict, annotation: dict) -> list[str]:
    """Extracted labels that are (part of) a trap phrase and not an annotated entity."""
    named = set().union(*(_alternatives(e) for key in ENTITY_KEYS for e in annotation[key]))
    named |= set().union(*(_alternatives(e) for e in annotation.get("ignore", ())))  # an arguable label is neither rewarded nor penalised
    hits = []
    for key in ENTITY_KEYS:
        for label in page[key] - named:
            low = label.lower()
            if any((len(low) >= 4 and low in t.lower()) or t.lower() in low for t in annotation.get("traps", ())):
                hits.append(f"{key}:{label}")
    return sorted(hits)


def score_pages(extracted: dict, annotations: dict) -> dict:
    """Identity F1 per entity type, sites and dates right, trap phrases extracted."""
    counts = {key: [0, 0, 0] for key in ENTITY_KEYS}
    sites = dates = 0
    traps: list[str] = []
    for name, want in annotations.items():
        page = extracted[name]
        for key in ENTITY_KEYS:
            tp, fp, fn, _, _ = identity_counts(page[key], want[key], _ignored(want, page, key), page.get("names"))
            counts[key] = [counts[key][0] + tp, counts[key][1] + fp, counts[key][2] + fn]
        sites += page["site"] == want["site"]
        dates += page["date"] == want["date"]
        traps += [f"{name} {hit}" for hit in trap_hits(page, want)]
    out = {}
    for key, (tp, fp, fn) in counts.items():
        p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        out[key] = {"precision": round(p, 3), "recall": round(r, 3),
                    "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "gold": tp + fn}
    out.update(pages=len(annotations), sites=sites, dates=dates, traps=traps)
    return out


def page_errors(extracted: dict, annotations: dict, name: str) -> dict:
    """What differs on one page, for an assertion message or the bench's --errors."""
    want, page = annotations[name], extracted[name]
    out = {"rejected": page["rejected"]} if "rejected" in page else {}
    for key in ENTITY_KEYS:
        _, _, _, extra, missing = identity_counts(page[key], want[key], _ignored(want, page, key), page.get("names"))
        if extra or missing:
            out[key] = {"extra": extra, "missing": missing}
    for key, got in (("site", page["site"]), ("date", page["date"])):
        if got != want[key]:
            out[key] = {"got": got, "want": want[key]}
    if trap_hits(page, want):
        out["traps"] = trap_hits(page, want)
    return out


def page_texts(set_name: str) -> list[tuple[str, str, dict]]:
    """(page name, text as the extractor reads it -- title, blank line, body --, annotation) of a set's pages
    that ingest accepts: what the span model (entities/span_model.py) trains and is measured on."""
    out = []
    annotations = gold(set_name)
    for name in sorted(annotations):
        article = one_article(FIXTURES / set_name / "pages" / name)
        if not isinstance(article, Exception):
            out.append((name, f"{article.title}\n\n{article.body}", annotations[name]))
    return out
