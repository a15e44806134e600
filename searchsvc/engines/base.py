"""The index engine seam: what index/, search/, the batch job and /health ask of a search library.

An engine stores an index generation in one directory and gives three operations on it:

    write a generation   Engine.create(path, schema) -> Index; Index.bulk_writer(n).add(doc) ... commit()
    apply changes        Index.apply(upserts=[doc, ...], deletes=[id, ...], timeout) in one commit
    read                 Index.reader() -> Reader: documents, stored fields, term statistics and,
                         per segment, postings (docnums, term frequencies, positions), field
                         lengths, numeric columns and deletions as numpy arrays

Ranking, facets, filters and phrase matching are computed by search/ from those arrays, so an
engine stores and retrieves; it does not score. A document is a dict {field name: value} whose
values fit the field kinds below. Terms cross the interface as str.

>>> engine = get_engine("whoosh")          # searchsvc.engines.get_engine
>>> index = engine.create(path, build_schema())

An engine lives in its own package (engines/<name>/) and is the only code that imports its
library. It declares what it cannot do in `Features`; tests/test_engine_conformance.py runs
the same checks on every engine in `engines.ENGINES`.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Iterable, Iterator

import numpy as np

FIELD_KINDS = ("id", "keyword", "text", "stored", "datetime", "numeric")


class EngineError(RuntimeError):
    """The engine cannot do what was asked (a broken or foreign index directory, for example)."""


class EngineMismatch(EngineError):
    """The installed library is not the one the engine was written against (version, or an
    internal it relies on is missing). Raised when the engine is first used, never silently
    worked around."""


class WriterBusy(EngineError):
    """Another writer holds the index within the timeout; retry later."""


@dataclass(frozen=True)
class TextAnalysis:
    """How a text field's words become terms; each engine builds its own analyzer from it.

    kind "stemmed": words (`pattern`), lowercased, `stopwords` dropped, `stem` applied;
    "names": words lowercased and accent-folded, no stemming; "lines": each line of the value is
    one lowercased term (prefix completion of whole titles).
    """

    kind: str
    pattern: str = r"\w+(?:['’ʼ]\w+)*"
    stopwords: frozenset = frozenset()
    stem: Callable[[str], str] | None = None  # module-level: an engine may pickle it with the schema

    def terms(self, text: str) -> list[str]:
        """A "stemmed" analysis's terms for `text`, in order: what every engine's analyzer built
        from it must give (the conformance suite checks it)."""
        if self.kind != "stemmed":
            raise ValueError(f"terms() is defined for stemmed analyses, not {self.kind!r}")
        out = []
        for word in re.findall(self.pattern, text):
            low = word.lower()
            if low and low not in self.stopwords:
                out.append(self.stem(low))
        return out


@dataclass(frozen=True)
class Field:
    """One field of the schema. kinds: id (one exact term), keyword (exact terms separated by
    whitespace, or commas), text (analysed), stored (kept, not searchable), datetime, numeric."""

    name: str
    kind: str
    stored: bool = False
    unique: bool = False  # the document key: Index.apply replaces and deletes by it
    sortable: bool = False  # a per-document column (Segment.column)
    analysis: TextAnalysis | None = None  # text fields
    phrase: bool = True  # text fields: keep positions (Segment.postings(..., positions=True))
    boost: float = 1.0
    scorable: bool = True  # lengths kept for BM25 (text; keyword when asked)
    commas: bool = False  # keyword: values separated by commas
    lowercase: bool = False  # keyword: lowercase values

    def __post_init__(self):
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"field {self.name}: unknown kind {self.kind!r}; one of {FIELD_KINDS}")
        if (self.kind == "text") != (self.analysis is not None):
            raise ValueError(f"field {self.name}: a text field needs `analysis`, other kinds take none")


class Schema(tuple):
    """The fields of an index, in declaration order."""

    def names(self) -> list[str]:
        return [f.name for f in self]

    def __getitem__(self, key):
        if isinstance(key, str):
            for f in self:
                if f.name == key:
                    return f
            raise KeyError(key)
        return tuple.__getitem__(self, key)

    def __contains__(self, name) -> bool:
        return any(f.name == name for f in self) if isinstance(name, str) else tuple.__contains__(self, name)

    def __add__(self, other):
        return Schema(tuple(self) + tuple(other))

    def key(self) -> str:
        """The unique field (document id)."""
        return next(f.name for f in self if f.unique)


@dataclass(frozen=True)
class Features:
    """What an engine can do beyond the required interface; the conformance suite reads it
    instead of branching on engine names."""

    forked_writers: bool = False  # bulk_writer(procs > 1) writes with several processes
    readers_survive_removal: bool = False  # an open reader still reads after its directory is removed
    reference_matcher: bool = False  # Reader.reference_docs(query): the library's own matching
    in_place_segments: bool = False  # Index.apply adds segments; untouched segments keep their key


class Postings:
    """A term's postings in one segment: local docnums (ascending, deleted ones included), term
    frequencies and, when asked, each document's token positions (`positions`, or for some
    postings only `positions_at`: a phrase needs the positions of its candidate documents, and
    an engine may decode them on demand)."""

    __slots__ = ("ids", "tf", "_positions")

    def __init__(self, ids: np.ndarray, tf: np.ndarray, positions: list | None = None):
        self.ids, self.tf, self._positions = ids, tf, positions

    @property
    def positions(self) -> list | None:
        """Per posting, its document's token positions (ascending); None when not asked for."""
        return self._positions

    def positions_at(self, indices) -> list[list[int]]:
        """The positions of the postings at `indices` (indexes into `ids`) only."""
        positions = self.positions
        return [positions[i] for i in indices]

    def all_positions(self) -> tuple[np.ndarray, np.ndarray]:
        """Every posting's positions at once: (count per posting, all positions in posting
        order) as int64 arrays; an engine may build them without a list per posting."""
        positions = self.positions
        counts = np.fromiter(map(len, positions), dtype=np.int64, count=len(positions))
        flat = np.fromiter(chain.from_iterable(positions), dtype=np.int64, count=int(counts.sum()))
        return counts, flat


class Segment(ABC):
    """A read-only part of an index. Docnums are local (0..doc_count_all-1); the reader places
    the segment at `offset` in its docnum space. A segment's data never changes; `key` changes
    when its deletions do, so per-segment caches stay valid for as long as the key is the same."""

    offset: int
    doc_count_all: int
    key: tuple

    @abstractmethod
    def lexicon(self, field: str) -> Iterator[str]:
        """Every term of `field` in this segment, in sorted order."""

    @abstractmethod
    def postings(self, field: str, term: str, positions: bool = False) -> Postings | None:
        """None when the segment does not hold the term."""

    @abstractmethod
    def field_lengths(self, field: str) -> np.ndarray:
        """float32 token count of `field` per document (0 where the field is empty or unscored);
        the engine may round like Whoosh's one-byte lengths, the same rounding its statistics use."""

    @abstractmethod
    def column(self, field: str) -> np.ndarray | None:
        """int64 per document for a sortable datetime/numeric field, in the values' order; 0 for
        a document without a value. None when the segment has no such column."""

    @abstractmethod
    def live(self) -> np.ndarray:
        """bool per document: not deleted."""


class Reader(ABC):
    """A point-in-time view of an index; not shared between threads."""

    @abstractmethod
    def segments(self) -> list[Segment]: ...

    @abstractmethod
    def doc_count(self) -> int:
        """Documents, deleted ones excluded."""

    @abstractmethod
    def doc_count_all(self) -> int:
        """Size of the docnum space (deleted documents included)."""

    @abstractmethod
    def has_field(self, name: str) -> bool: ...

    @abstractmethod
    def scorable(self, field: str) -> bool:
        """The field keeps per-document lengths (BM25 length normalisation applies)."""

    @abstractmethod
    def analyze(self, field: str, text: str) -> list[str]:
        """The terms a query for `text` in `field` looks for (query-mode analysis)."""

    @abstractmethod
    def doc_frequency(self, field: str, term: str) -> int: ...

    @abstractmethod
    def avg_field_length(self, field: str) -> float: ...

    @abstractmethod
    def expand_prefix(self, field: str, prefix: str) -> Iterator[str]:
        """Terms of `field` that start with `prefix`, sorted."""

    def prefix_frequencies(self, field: str, prefix: str, limit: int) -> list[tuple[str, int]]:
        """The first `limit` terms of expand_prefix with their document frequencies (an engine
        may read both in one pass)."""
        out = []
        for term in self.expand_prefix(field, prefix):
            if len(out) >= limit:
                break
            out.append((term, self.doc_frequency(field, term)))
        return out

    @abstractmethod
    def terms_within(self, field: str, text: str, maxdist: int, prefix: int = 1) -> Iterator[str]:
        """Terms within `maxdist` edits of `text` sharing its first `prefix` characters."""

    @abstractmethod
    def document_number(self, key: str) -> int | None:
        """Docnum of the live document whose unique field is `key`."""

    @abstractmethod
    def stored_fields(self, docnum: int) -> dict: ...

    @abstractmethod
    def all_stored_fields(self) -> Iterator[dict]:
        """Stored fields of every live document."""

    @abstractmethod
    def docs_with(self, field: str, value) -> list[int]:
        """Live docnums whose `field` holds exactly `value` (a term, number or datetime); none
        when the index has no such field."""

    @abstractmethod
    def docs_in_range(self, field: str, start, end) -> list[int]:
        """Live docnums whose datetime/numeric `field` is within [start, end]."""

    @abstractmethod
    def best_matches(self, field: str, text: str, limit: int) -> list[int]:
        """Live docnums matching any term of `text` in `field`, best first by the library's own
        ranking: a check that the index answers queries, independent of search/."""

    @abstractmethod
    def up_to_date(self) -> bool:
        """False once changes were committed after this reader opened."""

    @abstractmethod
    def close(self) -> None: ...

    def document(self, key: str) -> dict | None:
        """Stored fields of the live document whose unique field is `key`."""
        docnum = self.document_number(key)
        return None if docnum is None else self.stored_fields(docnum)

    def reference_docs(self, query) -> set[int]:
        """Docnums the library's own matcher finds for a plain query (engines/query.py);
        engines with Features.reference_matcher."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Writer(ABC):
    """Adds documents to a new generation (Index.bulk_writer); nothing is visible before commit."""

    @abstractmethod
    def add(self, doc: dict) -> None: ...

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def cancel(self) -> None: ...


@dataclass
class Applied:
    deleted: list[str]
    not_found: list[str]  # deletes of keys the index did not hold
    upserted: list[str]


class Index(ABC):
    """One generation directory, open."""

    @abstractmethod
    def reader(self) -> Reader: ...

    @abstractmethod
    def bulk_writer(self, expected_docs: int, procs: int | None = None) -> Writer:
        """A writer for filling a new generation (procs: None lets the engine choose)."""

    @abstractmethod
    def apply(self, upserts: Iterable[dict] = (), deletes: Iterable[str] = (), timeout: float = 10.0) -> Applied:
        """Delete `deletes` (by unique key), then add or replace `upserts` (by unique key), in one
        commit. Raises WriterBusy when another writer holds the index for `timeout` seconds."""

    @abstractmethod
    def field_names(self) -> set[str]:
        """Fields of the schema this generation was written with."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Engine(ABC):
    name: str
    features: Features = Features()
    # files of a generation directory that change in place or are scratch (fnmatch patterns): a
    # writer lock, a commit's temporary runs. index/integrity.py checksums every other file.
    scratch_files: tuple[str, ...] = ()

    @abstractmethod
    def check(self) -> None:
        """Raise EngineMismatch when the installed library is not what this engine relies on."""

    @abstractmethod
    def create(self, path, schema: Schema) -> Index:
        """A new, empty index in the existing empty directory `path`."""

    @abstractmethod
    def open(self, path) -> Index: ...

    @abstractmethod
    def newest_commit(self, path) -> str | None:
        """The name of the file that marks the newest commit in `path` (None: no commit). A new
        name after each commit; index/integrity.py tells a commit it has not recorded yet from
        damage by it."""
