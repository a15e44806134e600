"""What every stage of one reindex run shares: the services (settings, entity registry, extractor,
translator), the index store, the report being filled and the progress being shown.

>>> run = RunContext(services, IndexStore(settings.index_dir), report, progress, roots, live, 0.5)
>>> with run.timed("ingest"): ...          # report.seconds["ingest"], only when the stage finished

Holds no files open and writes nothing itself; a stage that opens a generation or a manifest closes
it before it returns or raises.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass

from ..config import Settings
from ..entities import EntityRegistry
from ..index import IndexStore
from ..services import Services
from .progress import Progress
from .report import ReindexReport


@dataclass
class RunContext:
    services: Services
    store: IndexStore
    report: ReindexReport
    progress: Progress
    roots: list[str]  # the sources, absolute, in argument order
    live: str | None  # the generation served when the run started
    max_drop: float  # refuse a run that would remove more than this fraction of the served documents

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def registry(self) -> EntityRegistry:
        return self.services.registry

    @contextmanager
    def timed(self, stage: str):
        """Record the stage's seconds in the report when it ends without an exception."""
        t = time.perf_counter()
        yield
        self.report.seconds[stage] = round(time.perf_counter() - t, 3)
