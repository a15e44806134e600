"""GET /health: is there a live index, which generation, how many documents, which translations.

503 when there is no index to serve (a load balancer takes the worker out), 200 otherwise.
"status": "ok"; "degraded" while the live generation or the API journal is damaged (`damage`
says what; searches are answered from `generation`, the newest intact one); "damaged" (503) when
no generation is intact; "no index" (503) before the first reindex.
"""

from __future__ import annotations

import os
import threading
import time

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..index import NoIndexError
from ..languages import LanguageRegistry
from ..translation.models import ModelCatalog
from .responses import JSONResponse

GAPS_TTL_S = 10.0  # counting gaps opens a reader; a health probe every second should not
MODELS_TTL_S = 60.0


class TranslationGaps:
    """Per target language: documents in the live index without a translation into it."""

    def __init__(self, languages: LanguageRegistry):
        self.languages = languages  # the service's (Services.languages): bit i of `translated` is language i
        self._cached: tuple[float, str, dict] | None = None
        self._lock = threading.Lock()

    def __call__(self, store) -> dict[str, int]:
        generation = store.serving().name
        with self._lock:
            if self._cached and self._cached[1] == generation and time.monotonic() - self._cached[0] < GAPS_TTL_S:
                return self._cached[2]
        languages = self.languages
        generation, index = store.open_serving()
        try:
            with index.reader() as reader:
                # `translated` is a bitmask over the languages (LanguageRegistry.bit); 2**n values at most
                by_mask = {m: len(reader.docs_with("translated", m)) for m in range(2 ** len(languages))}
        finally:
            index.close()
        gaps = {lang: sum(n for m, n in by_mask.items() if not m & languages.bit(lang)) for lang in languages.target_codes}
        with self._lock:
            self._cached = (time.monotonic(), generation, gaps)
        return gaps


class TranslationModels:
    """Installed models and the route each target language takes (cached: listing imports argos)."""

    def __init__(self, models_dir: str, languages: LanguageRegistry):
        self.models_dir = models_dir
        self.languages = languages
        self._cached: tuple[float, dict] | None = None

    def __call__(self) -> dict:
        if self._cached and time.monotonic() - self._cached[0] < MODELS_TTL_S:
            return self._cached[1]
        catalog = ModelCatalog.load(self.models_dir, self.languages)
        report = {
            "installed": [m.pair for m in catalog.models],
            "routes": {lang: {"kind": r.kind, "available": r.available, "detail": r.describe()}
                       for lang, r in catalog.routes().items()},
        }
        self._cached = (time.monotonic(), report)
        return report


def health_report(app) -> tuple[int, dict]:
    service, settings = app.state.search, app.state.settings
    store = service.store
    serving = store.serving()
    damage = {}
    if serving.live_check is not None:
        damage["live_generation"] = {"generation": serving.live, "problems": serving.live_check.problems(),
                                     "action": "run `searchsvc reindex --full`; `searchsvc verify` lists the damage"}
    journal = store.journal_problems()
    if journal:
        damage["api_journal"] = {"problems": journal, "action": "run `searchsvc verify`; see docs/reliability.md"}
    try:
        if serving.name is None:
            store.open_serving()  # raises NoIndexError / IndexDamaged with the reason
        documents = service.doc_count()
        gaps = app.state.translation_gaps(store)
    except NoIndexError as exc:
        return 503, {"status": "damaged" if damage else "no index", "detail": str(exc), "damage": damage,
                     "worker": os.getpid()}
    return 200, {
        "status": "degraded" if damage else "ok",
        "generation": serving.name,
        "live_generation": serving.live,
        "damage": damage,
        "documents": documents,
        "worker": os.getpid(),
        "writes_enabled": settings.writes_enabled,
        "translation": {"models": app.state.translation_models(), "untranslated_documents": gaps},
    }


async def health(request: Request) -> JSONResponse:
    status, body = await run_in_threadpool(health_report, request.app)
    return JSONResponse(body, status_code=status)
