"""Reading a Whoosh index for search/: postings a block at a time into numpy arrays.

Whoosh's matchers hand out one posting per Python call; here a term's posting blocks are
decoded whole (W3LeafMatcher's private block buffers) and one-byte length columns are read as
one buffer. The term table, posting blocks and stored fields are read with os.pread on the
segment file's descriptor (_File), not through Whoosh's layered file objects, and each
segment remembers the terms it looked up (TERM_INFO_MEMO). compat.check() and the engine's
probe confirm these internals before first use.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
from bisect import bisect_right
from itertools import accumulate, chain
from typing import Iterator

import numpy as np
from whoosh import qparser
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, WHOOSH3_HEADER_MAGIC, W3TermInfo, _lenfield
from whoosh.columns import CompressedBytesColumn
from whoosh.fields import DATETIME, NUMERIC
from whoosh.filedb.compound import SubFile
from whoosh.filedb.filetables import FileFormatError, HashReader
from whoosh.reading import TermNotFound
from whoosh.util.numeric import _length_byte_cache

from .. import query as Q
from ..base import EngineMismatch, Postings, Reader, Segment
from . import postings_arrays

# ISA-L's inflate (the `isal` dependency): the same bytes from the same zlib streams, ~3x faster than
# zlib's on a stored document (~2.4 kB compressed: 65 -> 22 us on the shared box) and on Whoosh's
# posting blocks. No fallback: an environment without it is an incomplete install, said at import.
from isal.isal_zlib import decompress as _inflate

_BYTE_TO_LENGTH = np.asarray(_length_byte_cache, dtype=np.float32)
_BLOCK_LENGTH = struct.Struct("!i")  # StructFile.write_int, before each posting block
# (field, term) document frequencies a reader remembers: a look-up through Whoosh's term table is
# ~15-25 us of Python per segment, and plans ask for the same words query after query. ~190 bytes
# an entry, per reader (a search service pools 4): 20,000 is ~4 MB each, 200,000 was ~38 MB each
# under a varied query stream (bench/service_memory.py's 440 queries fill ~2,000 per reader)
DOC_FREQUENCY_MEMO = 20_000
# (field, term) look-ups a segment remembers (its document frequency and where its postings are,
# or that it lacks the term): a plan asks each word's document frequency and the evaluator then
# reads the same words' postings, each a probe of the term table; ~100 bytes an entry
TERM_INFO_MEMO = 20_000


class _File:
    """A part of a segment's files read with os.pread, past Whoosh's file objects: a StructFile
    over a compound file's SubFile (or over a plain file) does a Python-level seek and read, ~3
    frames deep, for every get, and a term look-up is ~6 gets. pread leaves the file position,
    which Whoosh's own reads set before each read, alone. None (`open`) for any other file
    object (Whoosh's mmap'd BufferFile): those are read through Whoosh."""

    __slots__ = ("_file", "_fd", "_base")

    def __init__(self, file, base: int):
        self._file, self._fd, self._base = file, file.fileno(), base

    @classmethod
    def open(cls, structfile) -> "_File | None":
        f = structfile.file
        if isinstance(f, SubFile):
            f, base = f._file, f._offset
        else:
            base = 0
        if not isinstance(f, (io.BufferedReader, io.FileIO)):
            return None
        return cls(f, base)

    def get(self, position: int, length: int) -> bytes:
        if self._file.closed:  # the descriptor may be another file's by now
            raise ValueError("read of closed file")
        return os.pread(self._fd, length, self._base + position)


_SLOT = struct.Struct("!Iq")  # filetables._pointer: a hash table slot (key hash, item position)
_ITEM = struct.Struct("!ii")  # filetables._lengths: before an item, its key and value lengths
_FIELD_NUMBER = struct.Struct("!H")  # W3TermsReader._keycoder: the field's number before the term
_TERM_INFO = W3TermInfo._struct  # W3TermInfo.to_bytes: flags, weight, doc frequency, ...
_EXTENT = struct.Struct("!qi")  # ... then where the posting blocks are (offset, length)
_SLOTS_READ = 4  # slots read at once (a key is in its first slot or the next, mostly)


class _HashFile:
    """A filetables.HashReader file (Whoosh's on-disk hash: 256 tables of (key hash, item
    position) slots, items as key and value lengths, key, value) probed as
    HashReader.ranges_for_key does, with one read for a few slots and one for the item: 2-3
    reads a look-up instead of ~6 gets. `tables` and `hashfn`: the HashReader's."""

    def __init__(self, file: _File, tables, hashfn):
        self._file, self._tables, self._hash = file, tables, hashfn

    def find(self, key: bytes, want: int) -> tuple[int, int, bytes] | None:
        """(the value's position, its length, its first `want` bytes or more) of the first item
        under `key`, None when there is none."""
        keyhash = self._hash(key)
        start, slots = self._tables[keyhash & 255]
        if not slots:
            return None
        get, size = self._file.get, _SLOT.size
        end = start + slots * size
        pos = start + ((keyhash >> 8) % slots) * size
        seen = 0
        while seen < slots:
            n = min(_SLOTS_READ, slots - seen, (end - pos) // size)
            block = get(pos, n * size)
            for i in range(n):
                slothash, itempos = _SLOT.unpack_from(block, i * size)
                if not itempos:
                    return None
                if slothash == keyhash:
                    found = self._item(itempos, key, want)
                    if found is not None:
                        return found
            seen += n
            pos += n * size
            if pos == end:  # the table wraps around
                pos = start
        return None

    def _item(self, itempos: int, key: bytes, want: int) -> tuple[int, int, bytes] | None:
        head = _ITEM.size + len(key)
        data = self._file.get(itempos, head + want)
        keylen, datalen = _ITEM.unpack_from(data)
        if keylen != len(key) or data[_ITEM.size:head] != key:
            return None
        return itempos + head, datalen, data[head:head + datalen]

    def read(self, position: int, length: int) -> bytes:
        return self._file.get(position, length)


class _TermTable:
    """A segment's term table (W3TermsReader: filetables.OrderedHashReader's hash of field
    number + term -> W3TermInfo bytes) read through _HashFile."""

    def __init__(self, terms, file: _File):
        tindex = terms._tindex
        self._hash = _HashFile(file, tindex.tables, tindex.hashfn)
        self._fields = terms._fieldmap

    def info(self, field: str, btext: bytes) -> tuple | None:
        """(document frequency, posting blocks' offset, their length) or, for inlined postings,
        (document frequency, None, the postings); None when the term is not there."""
        key = _FIELD_NUMBER.pack(self._fields.get(field, 65535)) + btext
        found = self._hash.find(key, _TERM_INFO.size + _EXTENT.size)
        if found is None:
            return None
        pos, length, data = found
        if len(data) < length:
            data += self._hash.read(pos + len(data), length - len(data))
        flags, _weight, df = _TERM_INFO.unpack_from(data)[:3]
        if flags:  # inlined postings (W3TermInfo.from_bytes)
            return df, None, pickle.loads(data[_TERM_INFO.size:length])
        offset, extent = _EXTENT.unpack_from(data, _TERM_INFO.size)
        return df, offset, extent


class _PostingsArrays:
    """A segment's postings_arrays file (its .pta part) read through _HashFile."""

    WANT = 256  # a record's bytes read with its key: the whole of most records (rare terms)

    KEEP = 64  # a record this short is remembered with its look-up (no second read)

    def __init__(self, structfile, length: int, file: _File):
        table = HashReader(structfile, length, magic=postings_arrays.MAGIC)
        self._structfile = structfile  # closed with the reader
        self._hash = _HashFile(file, table.tables, table.hashfn)

    @classmethod
    def open(cls, storage, segment) -> "_PostingsArrays | None":
        """None when the segment has no such part (written by Whoosh's own writer) or one in
        another format (its postings are then read from Whoosh's blocks)."""
        name = segment.make_filename(postings_arrays.EXT)
        if not storage.file_exists(name):
            return None
        structfile = storage.open_file(name)
        file = _File.open(structfile)
        try:
            if file is None:
                raise FileFormatError("not a plain file")
            return cls(structfile, storage.file_length(name), file)
        except FileFormatError:
            structfile.close()
            return None

    def find(self, field: str, btext: bytes) -> tuple | None:
        """(document frequency, the record's position, length, and bytes when short)."""
        found = self._hash.find(postings_arrays.key(field, btext), self.WANT)
        if found is None:
            return None
        pos, length, data = found
        return postings_arrays.count(data), pos, length, data if len(data) == length else None

    def postings(self, found: tuple) -> Postings:
        _df, pos, length, data = found
        if data is None:
            data = self._hash.read(pos, length)
        ids, weights = postings_arrays.decode(data)
        return Postings(ids, weights)

    def close(self) -> None:
        self._structfile.close()


class WhooshSegment(Segment):
    """One Whoosh SegmentReader placed at `offset`."""

    def __init__(self, reader, offset: int):
        self._reader = reader
        self.offset = offset
        self.doc_count_all = reader.doc_count_all()
        seg = reader.segment()
        self.key = (seg.segment_id(), self.doc_count_all, seg.deleted_count())
        self._term_infos: dict[tuple[str, bytes], tuple | None] = {}
        terms = reader._terms
        term_file = _File.open(terms._tindex.dbfile)
        self._terms = _TermTable(terms, term_file) if term_file is not None else None
        self._postings_file = _File.open(terms._postfile)
        self._stored = None  # (its file, the stored column's reader): on first use
        self._arrays = _PostingsArrays.open(reader._storage, seg)  # None: Whoosh's blocks only
        self._array_infos: dict[tuple[str, bytes], tuple | None] = {}

    def array_info(self, field: str, btext: bytes) -> tuple | None:
        """The postings_arrays look-up of a term (_PostingsArrays.find), remembered as term_info."""
        key = (field, btext)
        memo = self._array_infos
        found = memo.get(key, False)
        if found is False:
            found = self._arrays.find(field, btext)
            if len(memo) >= TERM_INFO_MEMO:
                memo.clear()
            # a long record's bytes are not kept (read again when its postings are asked for again)
            memo[key] = found if found is None or found[3] is None or found[2] <= self._arrays.KEEP \
                else (*found[:3], None)
        return found

    def doc_frequency(self, field: str, btext: bytes) -> int:
        found = self.term_info(field, btext)
        return 0 if found is None else found[0]

    def close(self) -> None:
        if self._arrays is not None:
            self._arrays.close()

    def term_info(self, field: str, btext: bytes) -> tuple | None:
        """(document frequency, posting blocks' offset and length, or the inlined postings) of a
        term, None when the segment lacks it; remembered (TERM_INFO_MEMO)."""
        key = (field, btext)
        memo = self._term_infos
        found = memo.get(key, False)
        if found is False:
            if self._terms is not None:
                found = self._terms.info(field, btext)
            else:
                found = self._whoosh_term_info(field, btext)
            if len(memo) >= TERM_INFO_MEMO:
                memo.clear()
            memo[key] = found
        return found

    def _whoosh_term_info(self, field: str, btext: bytes) -> tuple | None:
        """term_info through Whoosh's own term table reader (files _File cannot read)."""
        try:
            info = self._reader._terms.term_info(field, btext)
        except TermNotFound:
            return None
        if info.is_inlined():  # W3Codec's inlinelimit of 1 inlines none; another codec might
            return info.doc_frequency(), None, info.inlined_postings()
        offset, length = info.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps struct.unpack's 1-tuple
            (length,) = length
        return info.doc_frequency(), offset, length

    def stored_fields(self, docnum: int) -> dict:
        """SegmentReader.stored_fields (the stored column: a pickled dict per document, zlib'd)
        with the value read by one pread: ~10 us less a document than through Whoosh's column
        readers and file objects."""
        stored = self._stored
        if stored is None:
            column = self._reader._perdoc._cached_reader("_stored", STORED_COLUMN)  # PickleColumn.Reader
            values = getattr(column, "_child", None)
            f = _File.open(values._dbfile) if isinstance(values, CompressedBytesColumn.Reader) else None
            schema = self._reader.schema
            stored = self._stored = (f, values, schema, frozenset(schema.names()))
        f, values, schema, names = stored
        if f is None:
            return self._reader.stored_fields(docnum)
        length = values._lengths[docnum]
        if not length:
            return {}
        fields = pickle.loads(_inflate(f.get(values._basepos + values._offsets[docnum], length)))
        if fields is None:
            return {}
        if fields.keys() <= names:
            return fields
        return {name: value for name, value in fields.items() if name in schema}  # as Whoosh: removed fields out

    def lexicon(self, field: str) -> Iterator[str]:
        for btext in self._reader.lexicon(field):
            yield btext.decode("utf-8")

    def postings(self, field: str, term: str, positions: bool = False) -> Postings | None:
        """Deleted documents included (Segment.live masks them)."""
        reader = self._reader
        fieldobj = reader.schema[field]
        btext = fieldobj.to_bytes(term)
        found = self.term_info(field, btext)
        if found is None:
            return None
        if not positions and self._arrays is not None and found[0] >= postings_arrays.MIN_POSTINGS:
            arrays = self.array_info(field, btext)
            if arrays is not None:
                return self._arrays.postings(arrays)
        _df, offset, length = found
        inlined = offset is None
        if inlined:
            blocks = [length]  # the inlined postings: absolute ids
        else:
            postfile = self._postings_file or reader._terms._postfile
            blocks = _blocks(postfile.get(offset, length))
        ids, tfs, values = [], [], [] if positions else None
        for raw_ids, raw_w, raw_values in blocks:
            block_ids = np.asarray(raw_ids, dtype=np.int64)
            ids.append(block_ids if inlined else np.cumsum(block_ids))
            if raw_w is None:
                tfs.append(np.ones(len(block_ids), dtype=np.float32))
            elif isinstance(raw_w, float):
                tfs.append(np.full(len(block_ids), raw_w, dtype=np.float32))
            else:
                tfs.append(np.asarray(raw_w, dtype=np.float32))
            if positions:
                values.extend(raw_values)
        if not ids:
            ids, tfs = np.zeros(0, np.int64), np.zeros(0, np.float32)
        else:
            ids, tfs = np.concatenate(ids), np.concatenate(tfs)
        if positions:
            # kept encoded: a phrase decodes only its candidate documents' positions
            return EncodedPositions(ids, tfs, values, fieldobj.format.decode_positions)
        return Postings(ids, tfs)

    def field_lengths(self, field: str) -> np.ndarray:
        n = self.doc_count_all
        col = self._reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        out = np.zeros(n, dtype=np.float32)
        if col is None:
            return out
        codes = np.frombuffer(col._dbfile.get(col._basepos, col._count), dtype=np.uint8)
        out[: len(codes)] = _BYTE_TO_LENGTH[codes[:n]]
        return out

    def column(self, field: str) -> np.ndarray | None:
        if not self._reader.has_column(field):
            return None
        raw = self._reader.column_reader(field, translate=False)
        # an undated doc holds the column default (may be 2**64 - 1): 0, so newest-first puts it last
        return np.fromiter((v if v and v < 2**63 else 0 for v in raw), dtype=np.int64, count=self.doc_count_all)

    def live(self) -> np.ndarray:
        live = np.ones(self.doc_count_all, dtype=bool)
        if self._reader.has_deletions():
            is_deleted = self._reader.is_deleted
            for docnum in range(self.doc_count_all):
                if is_deleted(docnum):
                    live[docnum] = False
        return live


def _blocks(data: bytes) -> Iterator[tuple]:
    """The (delta-coded ids, weights, values) tuples of a term's posting blocks, from the bytes of
    its whole extent read at once: W3LeafMatcher reads each block's header and info through
    Python-level file reads (~25 a block, more time than decoding them); the layout is the one
    W3PostingsWriter._write_block writes and W3LeafMatcher._goto / _read_data read: the magic, then
    per block its signed length (negative: the last block), its pickled info tuple (count, max id,
    max weight, compression, min and max length bytes) and its data, pickled, zlib'd when the info
    says so."""
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise EngineMismatch(f"a posting list starts with {data[:4]!r}, not Whoosh 3's block magic")
    stream = io.BytesIO(data)
    pos, end = len(WHOOSH3_HEADER_MAGIC), len(data)
    while pos < end:
        (length,) = _BLOCK_LENGTH.unpack_from(data, pos)
        stop = pos + _BLOCK_LENGTH.size + abs(length)
        stream.seek(pos + _BLOCK_LENGTH.size)
        info = pickle.load(stream)  # stops at the pickle's end: the data follows
        raw = data[stream.tell():stop]
        yield pickle.loads(_inflate(raw) if info[3] else raw)
        if length < 0:
            return
        pos = stop


class EncodedPositions(Postings):
    """Postings whose positions stay in Whoosh's encoding (one value per posting, as the blocks
    hold them) until asked for."""

    __slots__ = ("_encoded", "_decode")

    def __init__(self, ids, tf, encoded: list, decode):
        super().__init__(ids, tf, None)
        self._encoded, self._decode = encoded, decode

    @property
    def positions(self) -> list:
        if self._positions is None:
            self._positions = _decode_positions(self._encoded, self._decode)
        return self._positions

    def positions_at(self, indices) -> list[list[int]]:
        if self._positions is not None:
            return [self._positions[i] for i in indices]
        encoded = self._encoded
        return _decode_positions([encoded[i] for i in indices], self._decode)

    def all_positions(self) -> tuple[np.ndarray, np.ndarray]:
        if self._positions is not None:
            return super().all_positions()
        small = _small_deltas(self._encoded)
        if small is not None:
            counts, flat = small
        else:
            deltas = _decode_deltas(self._encoded)
            if deltas is None:
                return super().all_positions()
            counts = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
            flat = np.fromiter(chain.from_iterable(deltas), dtype=np.int64, count=int(counts.sum()))
        # positions are the running sums of each posting's deltas: one cumsum over all of them,
        # less the sum reached before each posting's first delta
        sums = np.zeros(len(flat) + 1, dtype=np.int64)
        np.cumsum(flat, out=sums[1:])
        firsts = np.cumsum(counts) - counts  # where each posting's deltas start
        return counts, sums[1:] - np.repeat(sums[firsts], counts)


_PICKLE_2 = b"\x80\x02"  # the protocol header of Positions.encode's pickle


def _decode_positions(values: list[bytes], decode) -> list[list[int]]:
    """Positions.decode_positions of many values with one pickle.loads: each value is the count
    (4 bytes) and a protocol-2 pickle of a flat list of position deltas, whose opcodes between
    the header and the final STOP leave that list on the stack (the list is only put in memo
    slot 0, never read back); their bodies, between a MARK and LIST, unpickle to the list of
    lists. ~2 us of pickle.loads and a Python loop per posting before; a phrase over common words
    decodes 10,000s. Values in another shape are decoded one by one by Whoosh's own code."""
    lists = _decode_deltas(values)
    if lists is None:
        return [decode(v) for v in values]
    return [list(accumulate(codes)) for codes in lists]


_DELTAS_HEAD = np.frombuffer(b"\x80\x02]q\x00", dtype=np.uint8)  # after the count: protocol 2, EMPTY_LIST, BINPUT 0
_K, _A, _MARK, _APPENDS, _STOP = b"Ka(e."  # BININT1 (one unsigned byte), APPEND, MARK, APPENDS, STOP


def _small_deltas(values: list[bytes]) -> tuple[np.ndarray, np.ndarray] | None:
    """(count per value, every delta in order) read straight from the bytes when every value is
    Positions.encode's pickle of deltas below 256 (the count, then EMPTY_LIST, BINPUT 0, and
    either 'K' byte APPEND or MARK ('K' byte)... APPENDS, then STOP), as nearly every value is
    (all 215,749 values of the 50k mix's phrase words: 89% one occurrence within the first 256
    words, the rest 2-7 occurrences close together): numpy checks each opcode where that
    shape puts it and gathers the bytes after the 'K's, ~5x faster than pickle.loads making a
    list and ints per posting (a cold phrase's all_position_keys at 50k: 0.85 -> 0.57 ms); None
    for any other shape (a delta of 256 or more, another protocol): _decode_deltas reads those."""
    n = len(values)
    if not n:
        return None
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
    if lengths.min() < 13:  # the shortest of the shape: one delta
        return None
    buf = np.frombuffer(b"".join(values), dtype=np.uint8)
    starts = np.cumsum(lengths) - lengths
    counts = ((buf[starts].astype(np.int64) << 24) | (buf[starts + 1].astype(np.int64) << 16)
              | (buf[starts + 2].astype(np.int64) << 8) | buf[starts + 3])
    single = counts == 1
    if not (counts >= 1).all() or not (lengths == np.where(single, 13, 12 + 2 * counts)).all():
        return None
    if not (buf[starts[:, None] + np.arange(4, 9)] == _DELTAS_HEAD).all() or not (buf[starts + lengths - 1] == _STOP).all():
        return None
    # one delta: 'K' at 9, 'a' at 11; several: MARK at 9, 'K's at 10, 12, ..., APPENDS before STOP
    if not ((buf[starts + 9] == np.where(single, _K, _MARK)).all()
            and (buf[starts + lengths - 2] == np.where(single, _A, _APPENDS)).all()):
        return None
    total = int(counts.sum())
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)  # each delta's place in its value
    k = np.repeat(starts + np.where(single, 9, 10), counts) + 2 * within
    if not (buf[k] == _K).all():
        return None
    return counts, buf[k + 1].astype(np.int64)


def _decode_deltas(values: list[bytes]) -> list[list[int]] | None:
    """Each value's list of position deltas (_decode_positions), None unless every value has
    Positions.encode's shape."""
    if values and all(v[4:6] == _PICKLE_2 and v[-1:] == b"." for v in values):
        return pickle.loads(b"".join([_PICKLE_2 + b"(", *[v[6:-1] for v in values], b"l."]))
    return None


class WhooshReader(Reader):
    """A Whoosh searcher (one point in time) behind the Reader interface."""

    def __init__(self, searcher):
        self.searcher = searcher
        self._schema = searcher.schema
        # an empty index has one empty reader and no segment
        self._segments = [WhooshSegment(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()
                          if sub.reader().doc_count_all()]
        self._doc_frequency: dict[tuple[str, str], int] = {}  # this point in time's, bounded
        self._offsets = [segment.offset for segment in self._segments]

    def segments(self) -> list[Segment]:
        return self._segments

    def doc_count(self) -> int:
        return self.searcher.doc_count()

    def doc_count_all(self) -> int:
        return self.searcher.doc_count_all()

    def has_field(self, name: str) -> bool:
        return name in self._schema

    def scorable(self, field: str) -> bool:
        return bool(self._schema[field].scorable)

    def analyze(self, field: str, text: str) -> list[str]:
        return list(self._schema[field].process_text(text, mode="query"))

    def doc_frequency(self, field: str, term: str) -> int:
        key = (field, term)
        df = self._doc_frequency.get(key)
        if df is None:
            fieldobj = self._schema[field] if field in self._schema else None
            if fieldobj is None or fieldobj.format is None:
                df = self.searcher.reader().doc_frequency(field, term)  # Whoosh's answer (TermNotFound)
            else:
                btext = fieldobj.to_bytes(term)
                df = sum(segment.doc_frequency(field, btext) for segment in self._segments)
            if len(self._doc_frequency) >= DOC_FREQUENCY_MEMO:
                self._doc_frequency.clear()
            self._doc_frequency[key] = df
        return df

    def avg_field_length(self, field: str) -> float:
        return self.searcher.avg_field_length(field)

    def expand_prefix(self, field: str, prefix: str) -> Iterator[str]:
        for btext in self.searcher.reader().expand_prefix(field, prefix):
            yield btext.decode("utf-8") if isinstance(btext, bytes) else btext

    def prefix_frequencies(self, field: str, prefix: str, limit: int) -> list[tuple[str, int]]:
        # each segment's (term, term info) in order, not a doc_frequency look-up per term: a term
        # among the first `limit` of all segments is among the first `limit` of each that has it
        if field not in self._schema or limit <= 0:
            return []
        df: dict[str, int] = {}
        for segment in self._segments:
            for i, (btext, info) in enumerate(segment._reader.iter_prefix(field, prefix)):
                if i >= limit:
                    break
                term = btext.decode("utf-8") if isinstance(btext, bytes) else btext
                df[term] = df.get(term, 0) + info.doc_frequency()
        return [(t, df[t]) for t in sorted(df)[:limit]]

    def terms_within(self, field: str, text: str, maxdist: int, prefix: int = 1) -> Iterator[str]:
        # asked per segment: each answers with an automaton over its own term list, while Whoosh's
        # multi-segment reader scans the field's whole vocabulary
        seen = set()
        for segment in self._segments:
            for term in segment._reader.terms_within(field, text, maxdist, prefix=prefix):
                term = term.decode("utf-8") if isinstance(term, bytes) else term
                if term not in seen:
                    seen.add(term)
                    yield term

    def document_number(self, key: str) -> int | None:
        return self.searcher.document_number(**{_key_field(self._schema): key})

    def stored_fields(self, docnum: int) -> dict:
        i = bisect_right(self._offsets, docnum) - 1
        if i < 0 or docnum >= self._offsets[i] + self._segments[i].doc_count_all:
            return self.searcher.stored_fields(docnum)  # Whoosh's answer to a docnum out of range
        return self._segments[i].stored_fields(docnum - self._offsets[i])

    def all_stored_fields(self) -> Iterator[dict]:
        return self.searcher.all_stored_fields()

    def _exact(self, field: str, value):
        fieldobj = self._schema[field]
        if isinstance(fieldobj, DATETIME):
            return wq.DateRange(field, value, value)
        if isinstance(fieldobj, NUMERIC):
            return wq.NumericRange(field, value, value)
        return wq.Term(field, value)

    def docs_with(self, field: str, value) -> list[int]:
        if field not in self._schema:
            return []
        return list(self.searcher.docs_for_query(self._exact(field, value)))

    def docs_in_range(self, field: str, start, end) -> list[int]:
        if field not in self._schema:
            return []
        if isinstance(self._schema[field], DATETIME):
            q = wq.DateRange(field, start, end)
        else:
            q = wq.NumericRange(field, start, end)
        return list(self.searcher.docs_for_query(q))

    def best_matches(self, field: str, text: str, limit: int) -> list[int]:
        parser = qparser.QueryParser(field, self._schema, group=qparser.OrGroup)
        parser.remove_plugin_class(qparser.OperatorsPlugin)  # "AND" in a title is a word here
        return [hit.docnum for hit in self.searcher.search(parser.parse(text), limit=limit)]

    def reference_docs(self, query) -> set[int]:
        return set(self.searcher.docs_for_query(to_whoosh(query)))

    def up_to_date(self) -> bool:
        return self.searcher.up_to_date()

    def close(self) -> None:
        for segment in self._segments:
            segment.close()
        self.searcher.close()


def _key_field(schema) -> str:
    return next(name for name, f in schema.items() if getattr(f, "unique", False))


def to_whoosh(q):
    """A plain query tree (engines/query.py) as Whoosh query objects."""
    if isinstance(q, Q.Term):
        return wq.Term(q.fieldname, q.text, boost=q.boost)
    if isinstance(q, Q.Phrase):
        return wq.Phrase(q.fieldname, q.words, slop=q.slop, boost=q.boost)
    if isinstance(q, Q.Or):
        return wq.Or([to_whoosh(c) for c in q.subqueries], boost=q.boost, scale=q.scale)
    if isinstance(q, Q.And):
        return wq.And([to_whoosh(c) for c in q.subqueries], boost=q.boost)
    if isinstance(q, Q.DisjunctionMax):
        return wq.DisjunctionMax([to_whoosh(c) for c in q.subqueries], boost=q.boost, tiebreak=q.tiebreak)
    if isinstance(q, Q.AndNot):
        return wq.AndNot(to_whoosh(q.a), to_whoosh(q.b))
    if isinstance(q, Q.ConstantScore):
        return wq.ConstantScoreQuery(to_whoosh(q.child), q.score)
    if isinstance(q, Q.Every):
        return wq.Every()
    if isinstance(q, Q.Nothing):
        return wq.NullQuery
    raise TypeError(f"no Whoosh query for {type(q).__name__}")


