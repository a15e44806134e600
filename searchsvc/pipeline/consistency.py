"""What a generation holds, checked against what its manifest promises.

Reads the generation and its manifest only. `check_consistency` holds write.lock while it reads
(index.locks), so a crash here leaves nothing behind but a released lock.
"""

from __future__ import annotations

from ..index import IndexStore
from ..index import schema as code_schema
from ..index.manifest import Manifest


def check_consistency(store: IndexStore, name: str) -> dict:
    """After in-place writes: the index holds exactly the ids the manifest promises.

    Under the write lock, so that an API write between reading the manifest and the index is not
    mistaken for an inconsistency."""
    with store.write_lock().acquire(timeout=60):
        manifest = Manifest.open(store.path(name))
        try:
            expected = manifest.expected_ids()
            unsettled = manifest.pending_ids() - expected  # inputs that failed this run: either way
        finally:
            manifest.close()
        index = store.open(name)
        try:
            with index.reader() as r:
                count = r.doc_count()
                missing = [i for i in expected if r.document_number(i) is None]
                extra = sum(1 for i in unsettled if r.document_number(i) is not None)
        finally:
            index.close()
    problems = []
    if missing:
        problems.append(f"{len(missing)} articles the manifest lists are not in the index, e.g. {missing[:3]}")
    if count != len(expected) + extra:
        problems.append(f"the index holds {count} documents, the manifest {len(expected)}; "
                        f"`searchsvc reindex --full` rebuilds both")
    return {"checks": {"documents": count, "expected": len(expected)}, "problems": problems}


def doc_count(store: IndexStore, name: str | None) -> int:
    if not name:
        return 0
    index = store.open(name)
    try:
        with index.reader() as r:
            return r.doc_count()
    finally:
        index.close()


def schema_changed(store: IndexStore, live: str) -> bool:
    """The code's schema has fields the live generation lacks (or lost some): documents written now
    would not fit it, so the run rebuilds instead of writing into it."""
    index = store.open(live)
    try:
        return index.field_names() != set(code_schema.build_schema(facets=store.facets).names())
    finally:
        index.close()
