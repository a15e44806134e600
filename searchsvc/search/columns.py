"""Per-segment numpy columns for facets, filters and date sorting, cached per index generation.

Built once per segment from the engine's postings (not from stored fields): a person id's
posting list is exactly the documents that mention that person. A reader's columns are the
concatenation of its segments' columns in docnum order, so an in-place commit only costs the new
segment. Term postings, positions and field lengths read for scoring are cached here too, per
segment (engines/base.py: a segment's data never changes while its key stays the same), and so
are the stored documents the hits are made from (Columns.document).

Memory (the service's largest part; docs/benchmarks.md "Service memory"): every reader of the
same segments shares one set of concatenated arrays, filter masks and field lengths (the pool's
readers used to hold a copy each: 4x the per-document columns), and a segment's own arrays are
views into that concatenation once it exists, so a per-document array is held once. What is
cached beyond the per-document columns is held to byte budgets shared by all threads: term
postings and positions (POSTINGS_CACHE_BYTES, least recently used first out), filter masks
(MASKS_CACHE_BYTES) and the hits' stored documents (DOCUMENTS_CACHE_BYTES).

>>> cols = ColumnCache(facets.column_fields()).for_reader("gen-1", reader)
>>> cols.count_values("person", mask)      # exact counts, one numpy.bincount
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..facets import default_facets
from ..index.schema import DAY_FIELD

NO_DAY = 0  # day ordinal of an undated article
_EPOCH = date(1970, 1, 1).toordinal()
# byte budgets of what is cached beyond the per-document columns, one for all segments and threads:
# decoded postings and positions (a common word's postings at 1M are ~5 MB), and filter masks (a
# bool per document: 1 MB each at 1M)
POSTINGS_CACHE_BYTES = 128 * 2**20
MASKS_CACHE_BYTES = 32 * 2**20
# stored documents of the hits shown, as the service reads them (a parsed Article: ~2.2x its JSON,
# ~6.4 kB at the synthetic corpus): a hit's document costs ~40-70 us to read, inflate, unpickle and
# parse, ~0.4-0.7 ms a page of 10; 32 MB holds ~5,000, the pages of ~500 recent queries
DOCUMENTS_CACHE_BYTES = 32 * 2**20
# a facet counts from the matches' own values when they are fewer than 1/SPARSE_FACTOR of the
# (doc, value) pairs: gathering per match costs a few more operations than one pass per pair
SPARSE_FACTOR = 8
POS_BITS = 24
# a position key is docnum << POS_BITS | token position; a position decoded into a Python list
# (a memo of a few candidates) holds ~40 bytes (its int and the list's pointer)
MEMO_POSITION_BYTES = 40
_MISSING = object()


class BoundedCache:
    """A map held to `budget` bytes (each value's size given when it is put), least recently used
    out first; safe to share between threads."""

    def __init__(self, budget: int):
        self.budget = budget
        self.size = 0
        self._items: OrderedDict = OrderedDict()  # key -> [value, bytes]
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key, default=None):
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return default
            self._items.move_to_end(key)
            return item[0]

    def put(self, key, value, nbytes: int) -> None:
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= old[1]
            if nbytes > self.budget:
                return  # larger than the whole budget: used once, not kept
            self._items[key] = [value, nbytes]
            self.size += nbytes
            self._evict()

    def grow(self, key, nbytes: int) -> None:
        """A cached value came to hold `nbytes` more (decoded on demand)."""
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                item[1] += nbytes
                self.size += nbytes
                self._evict()

    def forget(self, keep) -> None:
        """Drop every entry whose key `keep(key)` rejects (segments no reader uses any more)."""
        with self._lock:
            for key in [k for k in self._items if not keep(k)]:
                self.size -= self._items.pop(key)[1]

    def _evict(self) -> None:
        while self.size > self.budget and self._items:
            _key, (_value, nbytes) = self._items.popitem(last=False)
            self.size -= nbytes


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
    # facet -> (docnum, value id); docnums shifted by `pairs_offset` (0 when built: the segment's
    # own; once a reader's columns concatenate them, a view of that shifted by the segment's offset)
    pairs: dict[str, tuple[np.ndarray, np.ndarray]]
    day: np.ndarray  # int32 day ordinal per doc, NO_DAY if undated
    stamp: np.ndarray  # int64 published timestamp per doc (for newest-first), 0 if undated
    live: np.ndarray  # bool: not deleted
    lengths: dict = field(default_factory=dict)  # text field -> float32 token count per doc (lazy)
    key: tuple = ()  # ColumnCache's key: (generation, *engine segment key); postings are cached under it
    pairs_offset: int = 0


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


class _Shared:
    """What every reader of the same segments shares (ColumnCache.for_reader): the concatenated
    per-document arrays and what is derived from them."""

    def __init__(self, n, pairs, day, stamp, live, masks_budget: int):
        self.n, self.pairs, self.day, self.stamp, self.live = n, pairs, day, stamp, live
        self.masks = BoundedCache(masks_budget)  # filter masks (value_mask, day_range_mask)
        self.derived: dict = {}  # per facet / granularity / field: CSR indexes, calendars, mean lengths
        self.lengths: dict = {}  # text field -> float32 token count per doc
        self.lock = threading.Lock()


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

    def nbytes(self) -> int:
        """What the entry holds when read: the arrays and the encoded positions (bytes values)."""
        encoded = getattr(self.postings, "_encoded", None) or ()
        return (_postings_bytes(self.postings) + sum(map(len, encoded)) + 41 * len(encoded))


    @classmethod
    def read(cls, segment, fieldname: str, term: str) -> "_PositionsEntry | None":
        p = segment.postings(fieldname, term, positions=True)
        return None if p is None else cls(p)


def _postings_bytes(p) -> int:
    return p.ids.nbytes + p.tf.nbytes + 200


class Columns:
    """All columns of one reader, indexed by global docnum. The arrays and caches are shared with
    every reader of the same segments (ColumnCache); `segments` and the last mask counted are this
    reader's (used by one thread at a time)."""

    def __init__(self, shared: _Shared, value_ids: dict[str, ValueIds], segments: list, postings: BoundedCache,
                 documents: BoundedCache | None = None):
        self.n, self.pairs = shared.n, shared.pairs
        self.day, self.stamp, self.live = shared.day, shared.stamp, shared.live
        self.value_ids = value_ids
        self.segments = segments  # [(offset, SegmentColumns, engine Segment)]
        self._shared = shared
        self._masks, self._derived, self._lengths, self._lock = shared.masks, shared.derived, shared.lengths, shared.lock
        self._postings = postings
        self._documents = documents if documents is not None else BoundedCache(0)
        self._offsets = [offset for offset, _seg, _segment in segments]
        # the last mask counted: [mask, its count, its docnums or None]; a search's facets count over
        # the same matches
        self._last_matches: list | None = None

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
        return self._segment_cached(leaf, (fieldname, term), lambda s, f, t: s.postings(f, t), _postings_bytes)

    def document(self, docnum: int, read: Callable[[], tuple[object, int]]):
        """The stored document `docnum` as `read()` makes it (returning it and its size in bytes),
        kept per segment in the shared documents cache (DOCUMENTS_CACHE_BYTES): the value must not
        be changed by its users."""
        leaf = bisect_right(self._offsets, docnum) - 1
        offset, seg, _segment = self.segments[leaf]
        key = (seg.key, docnum - offset)
        hit = self._documents.get(key, _MISSING)
        if hit is not _MISSING:
            return hit
        value, nbytes = read()
        self._documents.put(key, value, nbytes)
        return value

    def _segment_cached(self, leaf: int, key: tuple, read, size_of):
        """`read(segment, fieldname, term)` for the leaf-th segment, kept in the shared postings
        cache (POSTINGS_CACHE_BYTES for all segments)."""
        _offset, seg, segment = self.segments[leaf]
        key = (seg.key, *key)
        hit = self._postings.get(key, _MISSING)
        if hit is not _MISSING:
            return hit
        value = read(segment, key[-2], key[-1])
        self._postings.put(key, value, size_of(value) if value is not None else 100)
        return value

    def calendar(self, granularity: str) -> np.ndarray:
        """Per doc: months (or years) since 1970, or the day ordinal; undated docs NO_DAY. Cached."""
        key = ("calendar", granularity)
        out = self._derived.get(key)
        if out is None:
            if granularity == "day":
                out = self.day
            else:
                days = (self.day.astype(np.int64) - _EPOCH).astype("datetime64[D]")
                unit = "datetime64[M]" if granularity == "month" else "datetime64[Y]"
                # months or years since 1970 fit an int32 (half an int64 column's memory)
                out = np.where(self.day != NO_DAY, days.astype(unit).astype(np.int32), NO_DAY).astype(np.int32)
            self._derived[key] = out
        return out

    def position_keys(self, leaf: int, fieldname: str, term: str, local_candidates: np.ndarray):
        """A term's (docnum, position) keys in the leaf-th segment, at least those of the
        candidate documents (bool per local docnum); None when the segment lacks the term.

        When the candidates are a small part of the term's documents (a phrase's words rarely
        share many), only their positions are decoded, and kept per document for the next
        phrase; otherwise all of them, once. Cached like postings, with what is decoded counted
        as it is added."""
        key = ("#positions", fieldname, term)
        entry = self._segment_cached(leaf, key, _PositionsEntry.read, _PositionsEntry.nbytes)
        if entry is None:
            return None
        cache_key = (self.segments[leaf][1].key, *key)
        if entry.keys is None:
            wanted = int(np.count_nonzero(local_candidates[entry.postings.ids]))
            if wanted * SPARSE_FACTOR >= len(entry.postings.ids):
                memo_bytes = sum(map(len, entry.memo.values())) * MEMO_POSITION_BYTES + 100 * len(entry.memo)
                entry.keys = all_position_keys(entry.postings)
                entry.memo = {}
                self._postings.grow(cache_key, entry.keys.nbytes - memo_bytes)
            else:
                before = len(entry.memo)
                keys = position_keys(entry.postings, local_candidates, entry.memo)
                if len(entry.memo) > before:
                    # the new memo entries: their positions (~ the keys not memoised before) and lists
                    self._postings.grow(cache_key, len(keys) * MEMO_POSITION_BYTES + 100 * (len(entry.memo) - before))
                return keys
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
            with self._lock:
                if fieldname in self._lengths:  # another thread of the same segments got there first
                    return self._lengths[fieldname]
                self._lengths[fieldname] = out
                for offset, seg, _segment in self.segments:  # held once: the segment's is a view
                    seg.lengths[fieldname] = out[offset: offset + seg.doc_count_all]
        return out

    def avg_length(self, fieldname: str) -> float:
        """Mean token count of `fieldname` over the docs that have it (cached). BM25 compares a
        doc with the docs of its field: a Belarusian title among 10,000 English stories is as long
        as other Belarusian titles, not 1,400 times the mean over docs without one."""
        key = ("avg_length", fieldname)
        out = self._derived.get(key)
        if out is None:
            lengths = self.lengths(fieldname)
            present = lengths[lengths > 0]
            out = self._derived[key] = float(present.mean()) if len(present) else 1.0
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
            self._masks.put(key, mask, mask.nbytes)
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
            self._masks.put(key, mask, mask.nbytes)
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
        csr = self._derived.get(key)
        if csr is None:
            docs, vals = self.pairs[facet]
            order = np.argsort(docs, kind="stable")
            # int32 offsets while the pairs fit (half the memory of int64 at a million documents)
            indptr = np.zeros(self.n + 1, dtype=np.int32 if len(docs) < 2**31 else np.int64)
            np.cumsum(np.bincount(docs, minlength=self.n), out=indptr[1:])
            csr = (indptr, vals[order])
            self._derived[key] = csr
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
    `fields`: facet name -> its keyword field (FacetRegistry.column_fields(); default_facets()'s).
    `postings_bytes`, `masks_bytes`: the byte budgets of the postings cache (all segments) and of
    each set of segments' filter masks."""

    def __init__(self, fields: Mapping[str, str] | None = None, max_segments: int = 256,
                 postings_bytes: int = POSTINGS_CACHE_BYTES, masks_bytes: int = MASKS_CACHE_BYTES,
                 documents_bytes: int = DOCUMENTS_CACHE_BYTES):
        self.fields = dict(fields if fields is not None else default_facets().column_fields())
        self._segments: dict[tuple, SegmentColumns] = {}
        self._shared: dict[tuple, _Shared] = {}  # the segments' keys in order -> their concatenation
        self._value_ids = {facet: ValueIds() for facet in self.fields}
        self._lock = threading.Lock()
        self.max_segments = max_segments
        self.postings = BoundedCache(postings_bytes)
        self.documents = BoundedCache(documents_bytes)
        self.masks_bytes = masks_bytes

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
                        seg.key = key
                        current = set(self._segments)
                        self.postings.forget(lambda k: k[0] in current)
                        self.documents.forget(lambda k: k[0] in current)
            parts.append((offset, seg, segment))
        with self._lock:
            shared_key = tuple((offset, seg.key) for offset, seg, _ in parts)
            shared = self._shared.get(shared_key)
            if shared is None:
                shared = self._concatenate(reader.doc_count_all(), parts)
                # readers of older segment sets keep theirs; new readers get this one
                self._shared = {k: v for k, v in self._shared.items()
                                if all(seg_key in self._segments for _, seg_key in k)}
                self._shared[shared_key] = shared
        return Columns(shared, self._value_ids, parts, self.postings, self.documents)

    def _concatenate(self, n: int, parts: list) -> _Shared:
        """The segments' columns end to end in docnum order; each segment's arrays become views of
        the result, so a per-document array is held once however many readers and segments."""
        pairs = {}
        for facet in self.fields:
            d = [seg.pairs[facet][0] + (offset - seg.pairs_offset) for offset, seg, _ in parts]
            v = [seg.pairs[facet][1] for _, seg, _ in parts]
            pairs[facet] = (np.concatenate(d) if d else np.zeros(0, np.int32),
                            np.concatenate(v) if v else np.zeros(0, np.int32))
        cat = lambda name, dtype: (np.concatenate([getattr(s, name) for _, s, _ in parts])  # noqa: E731
                                   if parts else np.zeros(0, dtype))
        shared = _Shared(n, pairs, cat("day", np.int32), cat("stamp", np.int64), cat("live", bool), self.masks_bytes)
        at = {facet: 0 for facet in self.fields}
        for offset, seg, _ in parts:
            end = offset + seg.doc_count_all
            seg.day, seg.stamp, seg.live = shared.day[offset:end], shared.stamp[offset:end], shared.live[offset:end]
            for facet in self.fields:
                count = len(seg.pairs[facet][0])
                docs, vals = pairs[facet]
                seg.pairs[facet] = (docs[at[facet]: at[facet] + count], vals[at[facet]: at[facet] + count])
                at[facet] += count
            seg.pairs_offset = offset
        return shared
