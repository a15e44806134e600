"""Per-segment numpy columns for facets, filters and date sorting, cached per index generation.

Built once per segment from the engine's postings (not from stored fields): a person id's
posting list is exactly the documents that mention that person. A reader's columns are the
concatenation of its segments' columns in docnum order, so an in-place commit only costs the new
segment. Term postings, positions and field lengths read for scoring are cached here too, per
segment (engines/base.py: a segment's data never changes while its key stays the same).

>>> cols = ColumnCache(facets.column_fields()).for_reader("gen-1", reader)
>>> cols.count_values("person", mask)      # exact counts, one numpy.bincount
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..facets import default_facets
from ..index.schema import DAY_FIELD

NO_DAY = 0  # day ordinal of an undated article
_EPOCH = date(1970, 1, 1).toordinal()
POSTINGS_CACHE_IDS = 4_000_000  # ~48 MB of arrays per segment at most
# a facet counts from the matches' own values when they are fewer than 1/SPARSE_FACTOR of the
# (doc, value) pairs: gathering per match costs a few more operations than one pass per pair
SPARSE_FACTOR = 8
POS_BITS = 24
POSITIONS_WEIGHT = 8  # a posting with encoded positions holds ~8x the memory of a docnum  # a position key is docnum << POS_BITS | token position


class ValueIds:
    """Append-only value <-> small int mapping shared by all segments of one facet."""

    def __init__(self):
        self.ids: dict[str, int] = {}
        self.values: list[str] = []

    def id_of(self, value: str) -> int:
        i = self.ids.get(value)
        if i is None:
            i = self.ids[value] = len(self.values)
            self.values.append(value)
        return i


@dataclass
class SegmentColumns:
    doc_count_all: int
    pairs: dict[str, tuple[np.ndarray, np.ndarray]]  # facet -> (local docnum, value id)
    day: np.ndarray  # int32 day ordinal per doc, NO_DAY if undated
    stamp: np.ndarray  # int64 published timestamp per doc (for newest-first), 0 if undated
    live: np.ndarray  # bool: not deleted
    lengths: dict = field(default_factory=dict)  # text field -> float32 token count per doc (lazy)
    # (field, term) -> Postings: a segment never changes, so a term read once stays valid;
    # bounded by POSTINGS_CACHE_IDS docnums per segment
    postings: dict = field(default_factory=dict)
    postings_size: int = 0


def _build_segment(segment, value_ids: dict[str, ValueIds], facet_fields: Mapping[str, str],
                   fields: set[str]) -> SegmentColumns:
    """`facet_fields`: facet name -> keyword field; `fields`: the fields the index has (a
    generation may predate a facet)."""
    n = segment.doc_count_all
    live = segment.live()
    pairs = {}
    for facet, fieldname in facet_fields.items():
        docs, vals = [], []
        ids = value_ids[facet]
        for value in (segment.lexicon(fieldname) if fieldname in fields else ()):
            posting = segment.postings(fieldname, value).ids
            posting = posting[live[posting]].astype(np.int32)  # deleted documents count nowhere
            docs.append(posting)
            vals.append(np.full(len(posting), ids.id_of(value), dtype=np.int32))
        if docs:
            pairs[facet] = (np.concatenate(docs), np.concatenate(vals))
        else:
            pairs[facet] = (np.zeros(0, np.int32), np.zeros(0, np.int32))
    day = np.full(n, NO_DAY, dtype=np.int32)
    for value in (segment.lexicon(DAY_FIELD) if DAY_FIELD in fields else ()):
        docs = segment.postings(DAY_FIELD, value).ids
        day[docs[live[docs]]] = date.fromisoformat(value).toordinal()
    stamp = segment.column("published")
    if stamp is None:
        stamp = np.zeros(n, dtype=np.int64)
    return SegmentColumns(n, pairs, day, stamp, live)


def position_keys(postings, local_candidates: np.ndarray, memo: dict | None = None) -> np.ndarray:
    """Sorted (docnum << POS_BITS | position) keys of a term's occurrences in the candidate
    documents (bool per local docnum) only: only their positions are decoded. `memo`: posting
    index -> its keys, filled as they are decoded."""
    sel = np.flatnonzero(local_candidates[postings.ids]).tolist()
    if memo is None:
        memo = {}
    todo = [i for i in sel if i not in memo]
    if todo:
        ids = postings.ids
        limit = 1 << POS_BITS
        for i, positions in zip(todo, postings.positions_at(todo)):
            base = int(ids[i]) << POS_BITS
            memo[i] = [base | pos for pos in positions if pos < limit]
    keys = []
    for i in sel:
        keys.extend(memo[i])
    return np.asarray(keys, dtype=np.int64)


def all_position_keys(postings) -> np.ndarray:
    """position_keys of every posting of a term (the same sorted keys), built with numpy: the
    postings' docnums repeated once per position, shifted, or'ed with the positions."""
    counts, flat = postings.all_positions()
    keys = (np.repeat(postings.ids.astype(np.int64), counts) << POS_BITS) | flat
    return keys[flat < (1 << POS_BITS)]


class _PositionsEntry:
    """A term's postings with encoded positions in one segment, and the keys decoded so far:
    per posting (`memo`), or all of them (`keys`)."""

    __slots__ = ("postings", "keys", "memo")

    def __init__(self, postings):
        self.postings, self.keys, self.memo = postings, None, {}

    @classmethod
    def read(cls, segment, fieldname: str, term: str) -> "_PositionsEntry | None":
        p = segment.postings(fieldname, term, positions=True)
        return None if p is None else cls(p)


@dataclass
class Columns:
    """All columns of one reader, indexed by global docnum."""

    n: int
    value_ids: dict[str, ValueIds]
    pairs: dict[str, tuple[np.ndarray, np.ndarray]]
    day: np.ndarray
    stamp: np.ndarray
    live: np.ndarray
    segments: list = field(default_factory=list)  # [(offset, SegmentColumns, engine Segment)]
    _masks: dict = field(default_factory=dict)
    _lengths: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # the last mask counted: [mask, its count, its docnums or None]; a search's facets count over
    # the same matches (columns belong to one reader, used by one thread at a time)
    _last_matches: list | None = None

    def _matches_of(self, mask: np.ndarray) -> list:
        last = self._last_matches
        if last is None or last[0] is not mask:
            last = self._last_matches = [mask, int(np.count_nonzero(mask)), None]
        return last

    def match_count(self, mask: np.ndarray) -> int:
        """How many docs `mask` holds (remembered for this mask object: a mask is not changed
        once counted)."""
        return self._matches_of(mask)[1]

    def match_docs(self, mask: np.ndarray) -> np.ndarray:
        """The docnums `mask` holds, ascending (remembered like match_count)."""
        last = self._matches_of(mask)
        if last[2] is None:
            last[2] = np.flatnonzero(mask)
        return last[2]

    def postings(self, leaf: int, fieldname: str, term: str):
        """A term's postings in the leaf-th segment (cached with the segment's columns)."""
        return self._segment_cached(leaf, (fieldname, term), lambda s, f, t: s.postings(f, t), lambda p: len(p.ids))

    def _segment_cached(self, leaf: int, key: tuple, read, size_of):
        """`read(segment, fieldname, term)` for the leaf-th segment, kept in its bounded cache."""
        _offset, seg, segment = self.segments[leaf]
        hit = seg.postings.get(key, False)
        if hit is not False:
            return hit
        value = read(segment, key[-2], key[-1])
        size = size_of(value) if value is not None else 1
        if seg.postings_size + size > POSTINGS_CACHE_IDS:
            seg.postings.clear()
            seg.postings_size = 0
        seg.postings[key] = value
        seg.postings_size += size
        return value

    def calendar(self, granularity: str) -> np.ndarray:
        """Per doc: months (or years) since 1970, or the day ordinal; undated docs NO_DAY. Cached."""
        key = ("calendar", granularity)
        out = self._masks.get(key)
        if out is None:
            if granularity == "day":
                out = self.day
            else:
                days = (self.day.astype(np.int64) - _EPOCH).astype("datetime64[D]")
                unit = "datetime64[M]" if granularity == "month" else "datetime64[Y]"
                out = np.where(self.day != NO_DAY, days.astype(unit).astype(np.int64), NO_DAY)
            self._masks[key] = out
        return out

    def position_keys(self, leaf: int, fieldname: str, term: str, local_candidates: np.ndarray):
        """A term's (docnum, position) keys in the leaf-th segment, at least those of the
        candidate documents (bool per local docnum); None when the segment lacks the term.

        When the candidates are a small part of the term's documents (a phrase's words rarely
        share many), only their positions are decoded, and kept per document for the next
        phrase; otherwise all of them, once. Cached like postings (the encoded positions
        counted at POSITIONS_WEIGHT per posting)."""
        entry = self._segment_cached(leaf, ("#positions", fieldname, term), _PositionsEntry.read,
                                     lambda e: POSITIONS_WEIGHT * len(e.postings.ids))
        if entry is None:
            return None
        if entry.keys is None:
            wanted = int(np.count_nonzero(local_candidates[entry.postings.ids]))
            if wanted * SPARSE_FACTOR >= len(entry.postings.ids):
                entry.keys = all_position_keys(entry.postings)
                entry.memo = {}
            else:
                return position_keys(entry.postings, local_candidates, entry.memo)
        return entry.keys

    def term_docs(self, fieldname: str, term: str) -> np.ndarray:
        """Global docnums containing a term (deleted ones included; mask with `live`)."""
        parts = []
        for i, (offset, _seg, _segment) in enumerate(self.segments):
            p = self.postings(i, fieldname, term)
            if p is not None and len(p.ids):
                parts.append(p.ids + offset)
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def lengths(self, fieldname: str) -> np.ndarray:
        """Token count of `fieldname` per doc (BM25 length normalisation), built once per segment."""
        out = self._lengths.get(fieldname)
        if out is None:
            parts = []
            for _offset, seg, segment in self.segments:
                arr = seg.lengths.get(fieldname)
                if arr is None:
                    arr = seg.lengths[fieldname] = segment.field_lengths(fieldname)
                parts.append(arr)
            out = np.concatenate(parts) if parts else np.zeros(0, np.float32)
            self._lengths[fieldname] = out
        return out

    def avg_length(self, fieldname: str) -> float:
        """Mean token count of `fieldname` over the docs that have it (cached). BM25 compares a
        doc with the docs of its field: a Belarusian title among 10,000 English stories is as long
        as other Belarusian titles, not 1,400 times the mean over docs without one."""
        key = ("avg_length", fieldname)
        out = self._masks.get(key)
        if out is None:
            lengths = self.lengths(fieldname)
            present = lengths[lengths > 0]
            out = self._masks[key] = float(present.mean()) if len(present) else 1.0
        return out

    def value_mask(self, facet: str, values) -> np.ndarray:
        """Docs having ANY of `values` in `facet` (cached: the allow-set of a filter)."""
        key = (facet, frozenset(values))
        mask = self._masks.get(key)
        if mask is None:
            ids = [self.value_ids[facet].ids[v] for v in values if v in self.value_ids[facet].ids]
            docs, vals = self.pairs[facet]
            mask = np.zeros(self.n, dtype=bool)
            if ids:
                mask[docs[np.isin(vals, ids)]] = True
            with self._lock:
                if len(self._masks) > 256:
                    self._masks.clear()
                self._masks[key] = mask
        return mask

    def day_range_mask(self, first: int | None, last: int | None) -> np.ndarray:
        key = ("day", first, last)
        mask = self._masks.get(key)
        if mask is None:
            mask = self.day != NO_DAY
            if first is not None:
                mask &= self.day >= first
            if last is not None:
                mask &= self.day <= last
            with self._lock:
                self._masks[key] = mask
        return mask

    def count_values(self, facet: str, mask: np.ndarray) -> dict[str, int]:
        """Exact {value: count} over the docs in `mask`. Few matches: their own values (a
        doc -> values index, built once); many: one pass over the facet's (doc, value) pairs."""
        docs, vals = self.pairs[facet]
        if not len(vals):
            return {}
        matches = self.match_count(mask)
        if not matches:
            return {}
        if matches * SPARSE_FACTOR < len(docs):
            chosen = self._values_of(facet, self.match_docs(mask))
        else:
            chosen = vals[mask[docs]]
        counts = np.bincount(chosen, minlength=len(self.value_ids[facet].values))
        nz = np.flatnonzero(counts)
        values = self.value_ids[facet].values
        return dict(zip([values[i] for i in nz.tolist()], counts[nz].tolist()))

    def _values_of(self, facet: str, idx: np.ndarray) -> np.ndarray:
        """The value ids of the docs `idx` (CSR: the facet's pairs sorted by doc, built lazily)."""
        key = ("csr", facet)
        csr = self._masks.get(key)
        if csr is None:
            docs, vals = self.pairs[facet]
            order = np.argsort(docs, kind="stable")
            indptr = np.zeros(self.n + 1, dtype=np.int64)
            np.cumsum(np.bincount(docs, minlength=self.n), out=indptr[1:])
            csr = (indptr, vals[order])
            with self._lock:
                self._masks[key] = csr
        indptr, by_doc = csr
        starts = indptr[idx]
        lens = indptr[idx + 1] - starts
        total = int(lens.sum())
        if not total:
            return np.zeros(0, dtype=by_doc.dtype)
        # positions starts[i] .. starts[i] + lens[i] - 1 for every i, without a Python loop: each
        # output slot's doc start less where that doc's run begins in the output, plus its slot
        return by_doc[np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(total)]

    def count_calendar(self, granularity: str, mask: np.ndarray) -> dict[int, int]:
        """Exact {calendar key: count} of the dated docs in `mask` (Columns.calendar keys)."""
        keys = self.calendar(granularity)
        matches = self.match_count(mask)
        if not matches:
            return {}
        if matches * SPARSE_FACTOR < self.n:
            idx = self.match_docs(mask)
            keys = keys[idx[self.day[idx] != NO_DAY]]
        else:
            keys = keys[mask & (self.day != NO_DAY)]
        if not len(keys):
            return {}
        lo = int(keys.min())
        counts = np.bincount(keys - lo)
        nz = np.flatnonzero(counts)
        return dict(zip((nz + lo).tolist(), counts[nz].tolist()))


class ColumnCache:
    """Segment columns shared by every thread's reader; one per SearchService.
    `fields`: facet name -> its keyword field (FacetRegistry.column_fields(); default_facets()'s)."""

    def __init__(self, fields: Mapping[str, str] | None = None, max_segments: int = 256):
        self.fields = dict(fields if fields is not None else default_facets().column_fields())
        self._segments: dict[tuple, SegmentColumns] = {}
        self._value_ids = {facet: ValueIds() for facet in self.fields}
        self._lock = threading.Lock()
        self.max_segments = max_segments

    def for_reader(self, generation: str, reader) -> Columns:
        parts = []
        for segment in reader.segments():
            offset = segment.offset
            key = (generation, *segment.key)
            seg = self._segments.get(key)
            if seg is None:
                with self._lock:
                    seg = self._segments.get(key)
                    if seg is None:
                        # Forget other generations and older versions of this segment (an in-place
                        # commit changes its deletions): a reader still using them holds its own
                        # references, so only memory the current index does not need is let go.
                        for old in [k for k in self._segments
                                    if k[0] != generation or (k[1] == key[1] and k != key)]:
                            del self._segments[old]
                        if len(self._segments) >= self.max_segments:
                            self._segments.clear()
                        fields = {f for f in (*self.fields.values(), DAY_FIELD) if reader.has_field(f)}
                        seg = self._segments[key] = _build_segment(segment, self._value_ids, self.fields, fields)
            parts.append((offset, seg, segment))
        n = reader.doc_count_all()
        pairs = {}
        for facet in self.fields:
            d = [seg.pairs[facet][0] + offset for offset, seg, _ in parts]
            v = [seg.pairs[facet][1] for _, seg, _ in parts]
            pairs[facet] = (np.concatenate(d) if d else np.zeros(0, np.int32),
                            np.concatenate(v) if v else np.zeros(0, np.int32))
        cat = lambda name, dtype: (np.concatenate([getattr(s, name) for _, s, _ in parts])  # noqa: E731
                                   if parts else np.zeros(0, dtype))
        return Columns(n, self._value_ids, pairs, cat("day", np.int32), cat("stamp", np.int64), cat("live", bool),
                       segments=parts)
