"""Snippets: short fragments around the matched words, HTML-safe by construction.

The text is escaped piece by piece and the only markup is our own <mark>; the same snippet is
also returned as plain text with [start, end) spans, so a client never has to parse HTML.

>>> snip = Snippet.build("Aleksandr <b>Volfovich</b> said", Marker({"volfovich"}, "en"))
>>> snip.html
'Aleksandr &lt;b&gt;<mark>Volfovich</mark>&lt;/b&gt; said'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..languages import LanguageRegistry, resolve
from . import routing

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
# a capital letter first, the word start checked behind it: a pattern that starts with a character
# class lets the regex engine skip to the next capital in C (~3x faster than "(?<!\w)[A-Z...]")
_CAPITALISED = re.compile(r"[A-ZА-ЯЁІЎ](?<!\w.)\w{3,}")
_WORD_REST = re.compile(r"\w*(?:['’ʼ]\w+)*")  # the rest of a word after its first letters
SNIPPET_CHARS = 200  # one fragment, or two of about half
MAX_MATCHES = 60  # fragment choice looks at the first matches only (bounded cost)
SCAN_CHARS = 10_000  # a very long body is searched for matches only this far (bounded cost)


class Marker:
    """Decides which words of a text in `lang` are matches: same stem, or same name key."""

    def __init__(self, stems: set[str], lang: str, name_keys: set[str] = frozenset(),
                 languages: LanguageRegistry | None = None):
        self.stems, self.lang, self.name_keys = stems, lang, name_keys
        language = resolve(languages)[lang]
        self.stem = language.stem
        self.stop = language.stopwords
        # Candidate words are found by the C regex engine: a stem's first letters rarely change
        # ("happi" <- "happy"), so a word is stemmed only when it starts like a query stem.
        # Only the heads are compiled per query (the word's rest is matched by _WORD_REST): the
        # whole word pattern took ~0.2-0.4 ms to compile, the heads alone a third of it.
        # The heads are looked for in the lower-cased text, each followed by a look behind it for the
        # word start: a case-insensitive pattern, or one that starts with that look, makes the regex
        # engine try every position in Python-visible steps (~5x slower). A word is stemmed from its
        # own lower case, so the candidates are the words whose lower case starts like a stem.
        # One look per head length (the longest first, as the heads are tried): a look per head
        # doubled the pattern's compile time (~80-150 us a new query's marker, ~40-80 us so).
        self._heads = sorted({s[:3].lower() for s in stems if s}, key=len, reverse=True)
        by_length: dict[int, list[str]] = {}
        for head in self._heads:
            by_length.setdefault(len(head), []).append(re.escape(head))
        self._stem_rx = re.compile("|".join(r"(?:%s)(?<!\w.{%d})" % ("|".join(heads), length)
                                            for length, heads in by_length.items())) if self._heads else None
        self._stem_rx_any_case = None  # for a text whose lower case is longer (İ): compiled when met

    def _stem_candidates(self, text: str):
        """The stem heads' matches, as a search function over a text of len(text) and that text."""
        low = text.lower()
        if len(low) == len(text):
            return self._stem_rx.search, low
        if self._stem_rx_any_case is None:
            self._stem_rx_any_case = re.compile(r"(?<!\w)(?:%s)" % "|".join(map(re.escape, self._heads)), re.IGNORECASE)
        return self._stem_rx_any_case.search, text

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """[(start, end, key)] of the matching words, in text order."""
        out = {}
        end = min(len(text), SCAN_CHARS)
        if self._stem_rx is not None:
            search, scanned = self._stem_candidates(text)
            rest, pos = _WORD_REST.match, 0
            while (m := search(scanned, pos, end)) is not None:
                start = m.start()
                pos = rest(text, m.end(), end).end()  # the next word starts after this one
                low = text[start:pos].lower()
                if low in self.stop:
                    continue
                stem = self.stem(low)
                if stem in self.stems:
                    out[start] = (start, pos, stem)
        if self.name_keys:
            name_keys, key_of = self.name_keys, routing.name_key
            for m in _CAPITALISED.finditer(text, 0, end):
                start = m.start()
                if start not in out and (key := key_of(m.group())) in name_keys:
                    out[start] = (start, m.end(), "#" + key)
        return [out[k] for k in sorted(out)]


@dataclass
class Snippet:
    text: str
    spans: list[list[int]]

    @property
    def html(self) -> str:
        return render_html(self.text, self.spans)

    @classmethod
    def build(cls, text: str, marker: Marker, limit: int = SNIPPET_CHARS) -> "Snippet":
        """The best one or two fragments (distinct matched words first), about `limit` chars."""
        text = " ".join(text.split())
        matches = marker.matches(text)[:MAX_MATCHES]
        if not matches:
            return cls(lead(text, limit), [])
        best = _best_window(matches, limit)
        windows = [best]
        covered = {k for s, e, k in matches if best[0] <= s and e <= best[1]}
        rest = [m for m in matches if m[2] not in covered]
        if rest:  # a second, shorter fragment for the words the first one missed
            windows = [_best_window([m for m in matches if best[0] <= m[0] and m[1] <= best[1]], limit // 2)]
            second = _best_window(rest, limit // 2)
            if second[0] >= windows[0][1] or second[1] <= windows[0][0]:
                windows.append(second)
            windows.sort()
        pieces, spans = [], []
        length = 0
        for start, end in windows:
            start, end = _word_bounds(text, start, end)
            prefix = "…" if start > 0 else ""
            suffix = "…" if end < len(text) else ""
            if pieces:
                prefix = " " + (prefix or "…")
                if pieces[-1].endswith("…"):
                    prefix = " "
            frag = text[start:end]
            base = length + len(prefix)
            for s, e, _k in matches:
                if start <= s and e <= end:
                    spans.append([base + s - start, base + e - start])
            piece = prefix + frag + suffix
            pieces.append(piece)
            length += len(piece)
        return cls("".join(pieces), spans)


def _best_window(matches, limit: int) -> tuple[int, int]:
    """Window of `limit` chars covering the most distinct matched words (earliest wins ties)."""
    best, best_score = None, -1
    n = len(matches)
    for i, (s, _e, _k) in enumerate(matches):
        start = max(0, s - limit // 4)
        end = start + limit
        # the matches from i on that end inside the window; the starts ascend, so none from the
        # first that starts at or past `end` on can (a match ends after it starts)
        keys, inside = set(), 0
        for j in range(i, n):
            s2, e2, k = matches[j]
            if s2 >= end:
                break
            if e2 <= end:
                keys.add(k)
                inside += 1
        score = len(keys) * 10 + inside
        if score > best_score:
            best, best_score = (start, end), score
    return best


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    end = min(end, len(text))
    if start > 0:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 30 else start
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + 20 else end
    return start, end


def render_html(text: str, spans: list[list[int]]) -> str:
    """Escape everything; only our <mark> tags are markup. Safe by construction."""
    out, cursor = [], 0
    for start, end in spans:
        out.append(escape(text[cursor:start]))
        out.append(MARK_OPEN + escape(text[start:end]) + MARK_CLOSE)
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def highlight_all(text: str, marker: Marker) -> Snippet:
    """Every match in a short text (a title)."""
    return Snippet(text, [[s, e] for s, e, _ in marker.matches(text)])


def lead(text: str, limit: int = SNIPPET_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"
