"""page -> article -> entities -> translations -> index: the batch job's stages in order.

>>> report = reindex(["pages/"], Settings.load())            # incremental when an index exists
>>> report = reindex(["pages/"], Settings.load(), full=True)  # new generation, validated, switched

Stages: scan (stat + hash against the live generation's manifest) -> ingest (parse, entities,
reprints) -> translate -> index -> validate -> publish -> prune. One module per stage or mode, all
sharing one RunContext (context.py):

    job.py          reindex(): the lock, full or incremental, prune
    scan.py         which files changed since the live generation's manifest
    stories.py      ingest stage: files -> stories, reprints merged (ingest.reprints.Stories)
    translate.py    translate stage; prepare_articles for the HTTP API
    full.py         new generation, validated, API writes replayed, LIVE switched
    incremental.py  changes committed into the live generation in resumable chunks
    backfill.py     translations for indexed articles once a missing model is installed
    consistency.py  the index holds what the manifest promises
    outcomes.py     what each input record became: report counts and manifest rows
    report.py       ReindexReport and the exit codes; progress.py: bar or JSON lines on stderr

See docs/reliability.md for what a kill at any point leaves behind.
"""

from .consistency import check_consistency
from .job import reindex
from .progress import Progress
from .report import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, ReindexFailed, ReindexReport
from .translate import prepare_articles

__all__ = ["EXIT_FAILED", "EXIT_LOCKED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "Progress", "ReindexFailed",
           "ReindexReport", "check_consistency", "prepare_articles", "reindex"]
