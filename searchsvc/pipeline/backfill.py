"""Gap filling: indexed articles that lack a language a model can now produce (it was installed
after they were indexed) are translated and rewritten, so unchanged pages do not stay
untranslated forever. At most GAP_FILL_LIMIT articles per incremental run.

Writes through `index.updates.apply_changes` into the live generation (one commit per group;
articles the API wrote also go to the journal, so a full rebuild replays the translated
version). A crash leaves the untranslated version served; the next run picks the gap up again.
"""

from __future__ import annotations

import json

from ..article import Article
from ..index.updates import apply_changes
from ..translation.models import ModelCatalog
from .context import RunContext
from .translate import translate

GAP_FILL_LIMIT = 1000  # indexed articles translated per incremental run once a model is installed


def fill_gaps(run: RunContext, written: set[str], api_ids: set[str]) -> int:
    """Returns how many articles gained a translation; `written` were translated by this run already."""
    store, live, report, progress = run.store, run.live, run.report, run.progress
    try:
        languages = run.services.languages
        catalog = ModelCatalog.load(run.settings.models_dir, languages)
        routes = [lang for lang, route in catalog.routes().items() if route.available]
        # English for the Russian/Belarusian stories no English edition covers, once a model into it exists
        source = languages.source.code
        if any(catalog.route(source, other).available for other in languages.target_codes):
            routes.append(source)
    except Exception as exc:  # a broken models folder: the translate stage reports it; don't fail here
        progress.event("fill_gaps_skipped", error=f"{type(exc).__name__}: {exc}")
        return 0
    if not routes:
        return 0
    masks = languages.masks_missing(routes)
    index = store.open(live)
    try:
        with index.reader() as r:
            if not r.has_field("translated"):
                return 0
            docnums = sorted(set().union(*(r.docs_with("translated", m) for m in masks)))
            articles = []
            for docnum in docnums:
                stored = r.stored_fields(docnum)
                if stored["id"] not in written:
                    articles.append(Article.from_dict(json.loads(stored["article"])))
                if len(articles) >= GAP_FILL_LIMIT:
                    break
    finally:
        index.close()
    if not articles:
        return 0
    before = {a.id: set(a.translations) for a in articles}
    totals = translate(articles, run.services.translator, progress, report.errors)
    for key in ("sentences_translated", "sentences_cached"):
        report.translation[key] = report.translation.get(key, 0) + totals.get(key, 0)
    filled = [a for a in articles if set(a.translations) - before[a.id]]
    for group, inputs in (([a for a in filled if a.id not in api_ids], []), ([a for a in filled if a.id in api_ids], None)):
        if group:  # API articles also go to the journal, so a full rebuild replays the translated version
            apply_changes(store, group, [], registry=run.registry, timeout=60, inputs=inputs)
    return len(filled)
