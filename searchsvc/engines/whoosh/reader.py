"""Reading a Whoosh index for search/: postings a block at a time into numpy arrays.

Whoosh's matchers hand out one posting per Python call; here a term's posting blocks are
decoded whole (W3LeafMatcher's private block buffers) and one-byte length columns are read as
one buffer. compat.check() and the engine's probe confirm these internals before first use.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from itertools import accumulate, chain
from typing import Iterator

import numpy as np
from whoosh import qparser
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, _lenfield
from whoosh.fields import DATETIME, NUMERIC
from whoosh.reading import TermNotFound
from whoosh.util.numeric import _length_byte_cache

from .. import query as Q
from ..base import EngineMismatch, Postings, Reader, Segment

_BYTE_TO_LENGTH = np.asarray(_length_byte_cache, dtype=np.float32)
_BLOCK_LENGTH = struct.Struct("!i")  # StructFile.write_int, before each posting block
# (field, term) document frequencies a reader remembers: a look-up through Whoosh's term table is
# ~15-25 us of Python per segment, and plans ask for the same words query after query
DOC_FREQUENCY_MEMO = 200_000


class WhooshSegment(Segment):
    """One Whoosh SegmentReader placed at `offset`."""

    def __init__(self, reader, offset: int):
        self._reader = reader
        self.offset = offset
        self.doc_count_all = reader.doc_count_all()
        seg = reader.segment()
        self.key = (seg.segment_id(), self.doc_count_all, seg.deleted_count())

    def lexicon(self, field: str) -> Iterator[str]:
        for btext in self._reader.lexicon(field):
            yield btext.decode("utf-8")

    def postings(self, field: str, term: str, positions: bool = False) -> Postings | None:
        """Deleted documents included (Segment.live masks them)."""
        reader = self._reader
        fieldobj = reader.schema[field]
        btext = fieldobj.to_bytes(term)
        terms = reader._terms
        try:
            info = terms.term_info(field, btext)
        except TermNotFound:
            return None
        inlined = info.is_inlined()  # W3Codec's inlinelimit of 1 inlines none; another codec might
        if inlined:
            blocks = [info.inlined_postings()]  # absolute ids
        else:
            offset, length = info.extent()
            if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps struct.unpack's 1-tuple
                (length,) = length
            blocks = _blocks(terms._postfile.get(offset, length))
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
        yield pickle.loads(zlib.decompress(raw) if info[3] else raw)
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
        deltas = None if self._positions is not None else _decode_deltas(self._encoded)
        if deltas is None:
            return super().all_positions()
        # positions are the running sums of each posting's deltas: one cumsum over all of them,
        # less the sum reached before each posting's first delta
        counts = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
        sums = np.zeros(int(counts.sum()) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(chain.from_iterable(deltas), dtype=np.int64, count=len(sums) - 1), out=sums[1:])
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
            df = self.searcher.reader().doc_frequency(field, term)
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
        return self.searcher.stored_fields(docnum)

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


