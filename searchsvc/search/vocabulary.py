"""Near terms (Levenshtein) from a field's vocabulary, held in memory per segment.

The engine's own terms_within (Whoosh: a Levenshtein automaton built in Python and walked per
segment) cost ~55 ms per word alone and ~900 ms under concurrency on a 50k index, and did-you-mean
asks it for every zero-hit word. Here each segment's terms of a field are read once into buckets by
(first letter, length); a look-up touches only the buckets a match can be in (same leading
`prefix` letters, length within maxdist), keeps the words that hold one of maxdist+1 pieces of the
query verbatim (at most maxdist edits leave at least one piece untouched: a C-speed `in` test),
and checks only those with the edit distance. Exact: the same terms the automaton finds.

A segment never changes (engines/base.py), so its buckets stay valid for as long as the segment
is in the reader; one VocabularyCache per SearchService, shared by every thread, forgets the
segments of other generations when it meets a new one. Memory: one str per distinct term.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import defaultdict


def edits_within(a: str, b: str, maxdist: int) -> bool:
    """Levenshtein distance <= maxdist. Myers' bit-parallel algorithm (Hyyro's formulation for
    the whole-string distance): a column of the edit table is one int's bits, so a character of
    `b` costs ~a dozen int operations whatever len(a), ~4.5x less than the table row by row
    (the near-term look-ups of a misspelt word check ~35 candidates: ~0.3 ms a zero-hit search).
    Stops once the distance can no longer come back within maxdist."""
    m, n = len(a), len(b)
    if abs(m - n) > maxdist:
        return False
    if not m:
        return n <= maxdist
    peq: dict[str, int] = {}  # per letter of a: the bits of the positions holding it
    bit = 1
    for c in a:
        peq[c] = peq.get(c, 0) | bit
        bit <<= 1
    full, last = bit - 1, bit >> 1
    pv, mv, score, left = full, 0, m, n  # vertical +1 / -1 deltas, the distance at the last row
    for c in b:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (full & ~(xh | pv))
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        left -= 1
        if score - left > maxdist:  # each remaining letter lowers the distance by 1 at most
            return False
        ph = ((ph << 1) | 1) & full  # the top row's horizontal deltas are all +1
        mh = (mh << 1) & full
        pv = mh | (full & ~(xv | ph))
        mv = ph & xv
    return score <= maxdist


def _pieces(text: str, n: int) -> list[str]:
    size, extra = divmod(len(text), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (i < extra)
        out.append(text[start:end])
        start = end
    return out


class _Bucket:
    """Terms of one (first letter, length), also as one newline-joined string: str.find walks it
    in C for a piece of the query, so a look-up does Python work per candidate, not per term."""

    __slots__ = ("terms", "blob", "starts")

    def __init__(self, terms: list[str]):
        self.terms = terms
        self.blob = "\n".join(terms)
        starts, at = [], 0
        for term in terms:
            starts.append(at)
            at += len(term) + 1
        self.starts = starts

    def holding(self, pieces: list[str]) -> list[str]:
        """The terms that contain one of `pieces` (none holds a newline), in bucket order."""
        found: set[int] = set()
        blob, starts = self.blob, self.starts
        for piece in pieces:
            at = blob.find(piece)
            while at != -1:
                i = bisect_right(starts, at) - 1
                found.add(i)
                if i + 1 >= len(starts):
                    break
                at = blob.find(piece, starts[i + 1])
        return [self.terms[i] for i in sorted(found)]


class SegmentVocabulary:
    """One segment's terms of one field, bucketed by (first letter, length)."""

    __slots__ = ("buckets", "size")

    def __init__(self, terms):
        grouped: dict[tuple[str, int], list[str]] = defaultdict(list)
        size = 0
        for term in terms:
            grouped[(term[:1], len(term))].append(term)
            size += 1
        self.buckets = {key: _Bucket(group) for key, group in grouped.items()}
        self.size = size

    def near(self, text: str, maxdist: int, prefix: int = 1) -> list[str]:
        lead = text[:prefix]
        pieces = _pieces(text, maxdist + 1)
        if min(map(len, pieces)) == 0:
            pieces = []  # too short to split: every word of the right lengths is checked
        firsts = [text[:1]] if prefix >= 1 and text else sorted({k[0] for k in self.buckets})
        out = []
        for first in firsts:
            for length in range(max(1, len(text) - maxdist), len(text) + maxdist + 1):
                bucket = self.buckets.get((first, length))
                if bucket is None:
                    continue
                for term in (bucket.holding(pieces) if pieces else bucket.terms):
                    # the bucket fixes the first letter: only a longer prefix needs checking
                    if (prefix <= 1 or term.startswith(lead)) and edits_within(text, term, maxdist):
                        out.append(term)
        return out


class VocabularyCache:
    """Per-segment vocabularies shared by every thread's reader; one per SearchService.

    A vocabulary is built once per (generation, segment, field): by `prepare` right after the
    service opens a generation (a background thread: reading a lexicon through the engine costs
    ~2.5 us a term, ~0.5-0.9 s at 50k for the fields a misspelt word reads, which the first
    zero-hit search after every switch paid and concurrent ones waited on), else by the first
    look-up that needs it. Threads needing one that is being built wait for that build only."""

    def __init__(self):
        self._segments: dict[tuple, SegmentVocabulary] = {}
        self._building: dict[tuple, threading.Event] = {}
        self._lock = threading.Lock()

    def _vocabulary(self, generation: str, segment, field: str, live_ids: set) -> SegmentVocabulary:
        # the segment's id (key[0]): deletions change its key but not its terms
        key = (generation, segment.key[0], field)
        while True:
            vocab = self._segments.get(key)
            if vocab is not None:
                return vocab
            with self._lock:
                vocab = self._segments.get(key)
                if vocab is not None:
                    return vocab
                building = self._building.get(key)
                if building is None:
                    # forget other generations and segments merged away (a reader still on them
                    # rebuilds what it asks for)
                    for old in [k for k in self._segments if k[0] != generation or k[1] not in live_ids]:
                        del self._segments[old]
                    building = self._building[key] = threading.Event()
                    break
            building.wait()  # another thread builds it; if that build failed, try again here
        try:
            vocab = SegmentVocabulary(segment.lexicon(field))
            with self._lock:
                self._segments[key] = vocab
            return vocab
        finally:
            with self._lock:
                del self._building[key]
            building.set()

    def prepare(self, generation: str, reader, fields) -> int:
        """Build the vocabularies of `fields` (those the reader has) for every segment of
        `reader` now; returns how many were built here."""
        segments = reader.segments()
        live_ids = {segment.key[0] for segment in segments}
        built = 0
        for field in fields:
            if not reader.has_field(field):
                continue
            for segment in segments:
                if (generation, segment.key[0], field) not in self._segments:
                    self._vocabulary(generation, segment, field, live_ids)
                    built += 1
        return built

    def terms_within(self, generation: str, reader, field: str, text: str, maxdist: int,
                     prefix: int = 1, limit: int = 512) -> list[str]:
        """Index terms within `maxdist` edits of `text` sharing its first `prefix` letters, in
        sorted order, at most `limit`; deleted documents' terms included, like the engine's."""
        if not reader.has_field(field):
            return []
        found: set[str] = set()
        segments = reader.segments()
        live_ids = {segment.key[0] for segment in segments}
        for segment in segments:
            found.update(self._vocabulary(generation, segment, field, live_ids).near(text, maxdist, prefix))
        return sorted(found)[:limit]
