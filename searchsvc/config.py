"""Settings: environment variables, then an optional TOML file, then defaults. One place.

>>> settings = Settings.load()
>>> settings.index_dir

This is the only module that reads the environment (and nothing writes it): the CLI and the app
factory load the settings once, build `services.Services` from them and pass that down.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLES_DIR = PACKAGE_DIR / "samples" / "pages"
LEARNED_ENTITIES_FILENAME = "entities-learned.jsonl"


def _default_models_dir() -> str:
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("searchsvc")) / "models")


def _default_index_dir() -> str:
    return str(PROJECT_ROOT / "indexes" / "default")


@dataclass(frozen=True)
class Settings:
    index_dir: str = field(default_factory=_default_index_dir)
    models_dir: str = field(default_factory=_default_models_dir)
    cache_dir: str = ""  # translation cache; default: <models_dir>/../cache
    entities_file: str = ""  # learned entities + editor corrections; default: <index_dir>/../entities-learned.jsonl
    # HTTP: SEARCHSVC_API_TOKEN (bearer token for POST/DELETE /articles; writes are refused when
    # empty; kept out of repr so it never reaches a log), SEARCHSVC_CORS_ORIGINS (comma-separated:
    # the sites that may also write cross-origin), SEARCHSVC_CORS_PUBLIC_READS (GET from any site)
    api_token: str = field(default="", repr=False)
    cors_origins: tuple[str, ...] = ()
    cors_public_reads: bool = True
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    # threads a worker runs blocking calls in (searches, reads, writes); anyio's default is 40. A
    # search service lets 4 searches run at once (its reader pool) and a thread that has searched
    # keeps its own malloc arena: 40 threads took turns and grew a worker's memory with the load
    threads: int = 8
    # glibc malloc arenas a serving process may use (mallopt M_ARENA_MAX at its start; 0: glibc's
    # default of 8 a core). Each search thread otherwise gets an arena of its own, and the large
    # arrays a search frees stay in it: at 1M articles, 8 threads held 871-944 MB against 623-760 MB with 2
    # at +8-16% CPU a search (docs/benchmarks.md "Ninth pass"); 0 or 4 trade memory back for CPU
    malloc_arenas: int = 2
    metrics_dir: str = ""  # `serve --workers N` sets it in the settings it hands each worker: where they share request counters
    # query cost bounds
    max_query_chars: int = 512
    max_page: int = 50
    max_page_size: int = 50
    max_expansions: int = 64
    # postings one advanced prefix*/fuzzy~ term's expansions may read in all (a 2-letter prefix's
    # grow with the archive; what is left out is said in the answer's warnings)
    max_expansion_postings: int = 400_000
    max_request_bytes: int = 2_000_000  # POST body; larger -> HTTP 413
    max_query_string_bytes: int = 8192  # URL query string; larger -> HTTP 414
    max_filter_values: int = 20  # values per repeatable filter parameter (person=..&person=..)
    max_suggestions: int = 20
    # memory a search service (one per worker) caches beyond the per-document columns, all threads
    # together: decoded postings and positions, filter masks (docs/benchmarks.md "Service memory"),
    # and the stored documents of the hits shown (a page shown again skips reading them: "Seventh pass")
    postings_cache_mb: int = 128
    masks_cache_mb: int = 32
    documents_cache_mb: int = 32
    max_export_rows: int = 10_000  # GET /export.csv|.jsonl: rows at most (more asked: 400; more matched: said so)
    write_wait_s: int = 10  # an API write waits this long for the index's writer lock, then HTTP 503
    # translation (CTranslate2; defaults measured by bench/translate.py, docs/benchmarks.md)
    translate_beam: int = 2  # 1 (greedy) is ~2x faster, 4 (argos's default) ~2x slower
    translate_batch: int = 16  # sentences per call, length-sorted; larger loses to forced padding
    translate_threads: int = 1  # intra-op threads; 2 collapses when other jobs share the cores
    engine: str = "whoosh"  # the index engine (searchsvc/engines: ENGINES names the ones there are)
    translate_device: str = "cpu"  # or "cuda" (falls back to the CPU, with a warning, without one)
    # GET /articles/{id}?translate=ru: at most this many sentences not yet cached (else "too_long"),
    # and the request waits at most this long (else "pending": it finishes into the cache)
    translate_on_demand_sentences: int = 200
    translate_on_demand_wait_s: int = 10
    # entities: add the persons and organizations the learned span model (entities/span_model.py) finds where
    # no rule found a name (docs/benchmarks.md "Span model": leave-one-set-out figures decide the default)
    entity_span_model: bool = False
    argos_package_index: str = ""  # `models install LANG` downloads from here; default: argos's own index

    ENV_PREFIX = "SEARCHSVC_"
    # settings that also answer to another program's variable (argos's own name for its index)
    ENV_ALIASES = {"argos_package_index": "ARGOS_PACKAGE_INDEX"}

    @classmethod
    def load(cls, toml_path: str | os.PathLike | None = None, env: dict | None = None) -> "Settings":
        """Defaults, overridden by the TOML file (SEARCHSVC_CONFIG or `toml_path`), then by env."""
        env = os.environ if env is None else env
        values: dict = {}
        toml_path = toml_path or env.get("SEARCHSVC_CONFIG")
        if toml_path:
            with open(toml_path, "rb") as fh:
                data = tomllib.load(fh)
            values.update(data.get("searchsvc", data))
        for f in fields(cls):
            raw = env.get(cls.ENV_PREFIX + f.name.upper())
            if raw is None and f.name in cls.ENV_ALIASES:
                raw = env.get(cls.ENV_ALIASES[f.name])
            if raw is not None:
                values[f.name] = raw
        return cls(**{k: _coerce(cls, k, v) for k, v in values.items() if k in _names(cls)})

    @property
    def writes_enabled(self) -> bool:
        return bool(self.api_token)

    @property
    def translation_cache_dir(self) -> str:
        return self.cache_dir or str(Path(self.models_dir).parent / "cache")

    @property
    def learned_entities_file(self) -> Path:
        """Learned entities + editor corrections: entities_file, or entities-learned.jsonl beside the index folder."""
        if self.entities_file:
            return Path(self.entities_file)
        return Path(self.index_dir).resolve().parent / LEARNED_ENTITIES_FILENAME


def _names(cls) -> set[str]:
    return {f.name for f in fields(cls)}


def _coerce(cls, name: str, value):
    default = getattr(cls(), name) if name not in ("index_dir", "models_dir") else ""
    if isinstance(default, bool):
        return str(value).lower() in ("1", "true", "yes", "on") if isinstance(value, str) else bool(value)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(f"setting {name!r} must be an integer, got {value!r}") from None
    if isinstance(default, tuple):
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return tuple(value)
    return str(value)
