"""A segment's postings as arrays: docnums and term frequencies readable without unpickling.

    <segment id>.pta    inside the segment's compound file (.seg), beside Whoosh's own parts;
                        written by bulkwrite.BulkSegmentWriter, one per segment it writes

Whoosh keeps a term's postings in blocks of 128, each a zlib'd pickle of the docnum gaps, the
weights and every posting's encoded positions: ~290 ns a posting to decode in Python, the
largest part of a query that reads a word for the first time (docs/benchmarks.md, "Fourth
pass"). A query's terms need only docnums and weights, and numpy reads those from flat arrays
in microseconds. So the bulk writer also writes the docnums and weights of each term with
MIN_POSTINGS postings or more here, and the reader (reader.py) takes such a term's postings from
this file when the segment has one, and the others' from Whoosh's blocks (also in segments
without the file (segments written by Whoosh's own writer: Index.apply's, or a merge of
them). Positions (phrases) are read from Whoosh's blocks either way.

The file is a filetables.HashWriter file (Whoosh's on-disk hash, its own magic, MAGIC), key:
field name, NUL, term bytes; value: a Record. Whoosh ignores the part (a compound file's
directory names it; no Whoosh code opens it), the segment's files and its checksum cover it
(index/integrity.py), and it goes with the segment when a merge or a new generation drops it. A
crash while it is written leaves an unfinished segment that no table of contents names, as
before. tests/test_index_bulkwrite.py checks every term of every field against Whoosh's blocks.

Record: header RECORD (id width, weight kind, count, first docnum), then count - 1 docnum gaps
as little-endian unsigned ints of the id width (1, 2 or 4 bytes), then the weights: none when
all are 1.0, else count values as u1 or u2 (whole numbers) or f4 (float32, as Whoosh's blocks
keep them).
"""

from __future__ import annotations

import struct

import numpy as np

EXT = ".pta"
MAGIC = b"SPA1"  # searchsvc postings arrays, format 1
RECORD = struct.Struct("<BBII")  # id width, weight kind, count, first docnum
_ROW = struct.Struct("!ii")  # filetables._lengths: an item's key and value lengths
_WRITE_BYTES = 4 << 20  # rows gathered before a write
# Only terms with this many postings or more are written: most of a segment's terms are in a
# few documents (names, numbers, typos), whose one small uncompressed block Whoosh's pickle
# reads in microseconds, and each row costs its key, header and hash slots (~45 bytes)
MIN_POSTINGS = 16
_IDS = {1: np.dtype("<u1"), 2: np.dtype("<u2"), 4: np.dtype("<u4")}
WEIGHTS_ONE, WEIGHTS_U1, WEIGHTS_U2, WEIGHTS_F4 = 0, 1, 2, 4
_WEIGHTS = {WEIGHTS_U1: np.dtype("<u1"), WEIGHTS_U2: np.dtype("<u2"), WEIGHTS_F4: np.dtype("<f4")}


def key(field: str, btext: bytes) -> bytes:
    return field.encode("utf-8") + b"\x00" + btext


def encode(docs: np.ndarray, weights: np.ndarray) -> bytes:
    """A term's Record: `docs` ascending local docnums, `weights` per posting (float32 as
    W3PostingsWriter keeps them)."""
    n = len(docs)
    if n == 1:  # most terms of a segment (names, numbers, typos): no arrays
        w = float(weights[0])
        if w == 1.0:
            return RECORD.pack(1, WEIGHTS_ONE, 1, int(docs[0]))
        if w.is_integer() and 0 <= w < 1 << 8:
            return RECORD.pack(1, WEIGHTS_U1, 1, int(docs[0])) + bytes((int(w),))
        return RECORD.pack(1, WEIGHTS_F4, 1, int(docs[0])) + np.float32(w).astype("<f4").tobytes()
    gaps = np.diff(docs)
    top = int(gaps.max()) if n > 1 else 0
    width = 1 if top < 1 << 8 else 2 if top < 1 << 16 else 4
    w32 = np.asarray(weights, dtype=np.float32)
    if (w32 == 1.0).all():
        kind, wbytes = WEIGHTS_ONE, b""
    elif (w32 == np.floor(w32)).all() and w32.min() >= 0 and w32.max() < 1 << 16:
        kind = WEIGHTS_U1 if w32.max() < 1 << 8 else WEIGHTS_U2
        wbytes = w32.astype(_WEIGHTS[kind]).tobytes()
    else:
        kind, wbytes = WEIGHTS_F4, w32.astype(_WEIGHTS[WEIGHTS_F4]).tobytes()
    return RECORD.pack(width, kind, n, int(docs[0])) + gaps.astype(_IDS[width]).tobytes() + wbytes


def _encode_many(docs: np.ndarray, w32: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """encode(docs[a:b], w32[a:b]) for each (a, b) of `starts`, `ends` (ascending, disjoint,
    at least 2 postings each), the per-term maxima and checks done once for all of them."""
    if not len(starts):
        return
    gaps = np.diff(docs)  # a term's gaps: gaps[a : b - 1]
    bounds = np.empty(2 * len(starts), dtype=np.int64)
    bounds[0::2], bounds[1::2] = starts, ends - 1
    top_gap = np.maximum.reduceat(gaps, bounds[:-1] if bounds[-1] >= len(gaps) else bounds)[0::2]
    wbounds = np.empty(2 * len(starts), dtype=np.int64)
    wbounds[0::2], wbounds[1::2] = starts, ends
    wb = wbounds[:-1] if wbounds[-1] >= len(w32) else wbounds
    w_min = np.minimum.reduceat(w32, wb)[0::2]
    w_max = np.maximum.reduceat(w32, wb)[0::2]
    whole = np.minimum.reduceat((w32 == np.floor(w32)).view(np.uint8), wb)[0::2]
    gap_as = {}
    weights_as = {}
    for a, b, gap, lo, hi, integral in zip(starts.tolist(), ends.tolist(), top_gap.tolist(), w_min.tolist(),
                                           w_max.tolist(), whole.tolist()):
        width = 1 if gap < 1 << 8 else 2 if gap < 1 << 16 else 4
        if width not in gap_as:
            gap_as[width] = gaps.astype(_IDS[width])
        if lo == 1.0 and hi == 1.0:
            kind = WEIGHTS_ONE
        elif integral and lo >= 0 and hi < 1 << 16:
            kind = WEIGHTS_U1 if hi < 1 << 8 else WEIGHTS_U2
        else:
            kind = WEIGHTS_F4
        wbytes = b""
        if kind != WEIGHTS_ONE:
            if kind not in weights_as:
                weights_as[kind] = w32.astype(_WEIGHTS[kind])
            wbytes = weights_as[kind][a:b].tobytes()
        yield RECORD.pack(width, kind, b - a, int(docs[a])) + gap_as[width][a:b - 1].tobytes() + wbytes


def count(record: bytes) -> int:
    """The document frequency a Record holds (its header is enough)."""
    return RECORD.unpack_from(record)[2]


def decode(record: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(int64 docnums, float32 weights) of a Record."""
    width, kind, n, first = RECORD.unpack_from(record)
    pos = RECORD.size
    ids = np.empty(n, dtype=np.int64)
    ids[0] = first
    if n > 1:
        ids[1:] = np.frombuffer(record, dtype=_IDS[width], count=n - 1, offset=pos)
        np.cumsum(ids, out=ids)
    pos += (n - 1) * width
    if kind == WEIGHTS_ONE:
        weights = np.ones(n, dtype=np.float32)
    else:
        weights = np.frombuffer(record, dtype=_WEIGHTS[kind], count=n, offset=pos).astype(np.float32)
    return ids, weights


class Writer:
    """The .pta file of the segment being written, filled from the bulk writer's term-sorted
    runs (add_run: a field's runs in term order; a run's last term may go on in the next run).
    Rows are written as HashWriter.add writes them, gathered and written in pieces."""

    def __init__(self, hash_writer):
        self._table = hash_writer  # filetables.HashWriter(dbfile, magic=MAGIC)
        self._pos = hash_writer.dbfile.tell()
        self._rows: list[bytes] = []
        self._pending = 0
        self._term: tuple[str, bytes] | None = None  # a term that may go on in the next run
        self._docs: list[np.ndarray] = []
        self._weights: list[np.ndarray] = []

    def add_run(self, field: str, terms, counts: np.ndarray, docs: np.ndarray, weights: np.ndarray) -> None:
        """`terms` (bytes, ascending) with their `counts` of postings in `docs` / `weights`."""
        if not len(terms):
            return
        ends = np.cumsum(counts)
        starts = ends - counts
        docs = docs.astype(np.int64)
        w32 = weights.astype(np.float32)
        first = 0
        if self._term == (field, terms[0]):  # the last run's last term goes on
            self._docs.append(docs[: ends[0]])
            self._weights.append(w32[: ends[0]])
            first = 1
        if len(terms) > first:
            self._flush()
        last = len(terms) - 1
        chosen = first + np.flatnonzero(counts[first:last] >= MIN_POSTINGS)
        for i, record in zip(chosen.tolist(), _encode_many(docs, w32, starts[chosen], ends[chosen])):
            self._add(key(field, terms[i]), record)
        if last >= first:  # kept: it may go on in the next run
            self._term = (field, terms[last])
            self._docs, self._weights = [docs[int(starts[last]):]], [w32[int(starts[last]):]]

    def _flush(self) -> None:
        if self._term is not None and sum(map(len, self._docs)) >= MIN_POSTINGS:
            docs = np.concatenate(self._docs) if len(self._docs) > 1 else self._docs[0]
            weights = np.concatenate(self._weights) if len(self._weights) > 1 else self._weights[0]
            self._add(key(*self._term), encode(docs, weights))
        self._term, self._docs, self._weights = None, [], []

    def _add(self, k: bytes, value: bytes) -> None:
        table = self._table  # HashWriter.add's bytes and bucket entry
        h = table.hashfn(k)
        table.buckets[h & 255].append((h, self._pos))
        row = _ROW.pack(len(k), len(value)) + k + value
        self._rows.append(row)
        self._pos += len(row)
        self._pending += len(row)
        if self._pending > _WRITE_BYTES:
            self._write()

    def _write(self) -> None:
        self._table.dbfile.write(b"".join(self._rows))
        self._rows, self._pending = [], 0

    def close(self) -> None:
        self._flush()
        self._write()
        self._table.close()
