"""Sentence splitting for translation: rules only, nothing to download.

Models translate sentence by sentence, and the cache stores sentences, so the split must be
stable and must not break "Mr. Smith", "A. Lukashenko", "3.5%" or "U.S. officials".

>>> [s for s, _ in split_text("Mr. A. Ivanov met Dr. Lee. Prices rose 3.5%.")]
['Mr. A. Ivanov met Dr. Lee.', 'Prices rose 3.5%.']
"""

from __future__ import annotations

import re
import unicodedata

# Words that end in a full stop without ending the sentence (compared case-insensitively,
# without the stop). "etc." is left out on purpose: before a capital it nearly always ends one.
ABBREVIATIONS = frozenset("""
mr mrs ms messrs dr prof st mt ft gen col lt sgt capt cpt maj cmdr adm gov sen rep rev hon pres
jr sr no nos vs v approx ca cf e.g i.e fig figs vol vols art arts ch sec para pp p ed eds
inc ltd co corp bros dept univ assn est
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n u.s.a e.u a.m p.m
""".split())

MAX_SENTENCE_CHARS = 400  # longer runs are cut at clause boundaries: models degrade, positions run out

_WS = re.compile(r"\s+")
# A candidate end: terminal punctuation (one or more), then closing quotes/brackets, then space.
_END = re.compile(r"""([.!?…]+)(["'»”’)\]]*)(\s+)""")
_NEXT_STARTS = re.compile(r"""["'«“‘(\[]*[\w]""")
_LETTER = re.compile(r"[^\W\d_]")


def normalise(sentence: str) -> str:
    """The form a sentence is translated and cached in: NFC, single spaces, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", sentence)).strip()


def needs_translation(sentence: str) -> bool:
    """Sentences without a letter ("2023", "***") are kept as they are."""
    return bool(_LETTER.search(sentence))


def _ends_sentence(text: str, match: re.Match) -> bool:
    punct = match.group(1)
    after = text[match.end():]
    if not after or not _NEXT_STARTS.match(after):
        return False
    first = after.lstrip("\"'«“‘([")[:1]
    if punct != ".":
        return True  # ! ? … and "..." end sentences
    # The word before the full stop.
    start = match.start()
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'«“":
        word_start -= 1
    word = text[word_start:start]
    if not word:
        return True
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "A. Lukashenko"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return False  # "U.S.", "a.m.": dotted abbreviations, usually followed by a name
    # A lower-case next word after a full stop is rarely a new sentence ("approx. five").
    return not first.islower()


def _split_long(sentence: str) -> list[str]:
    pieces, rest = [], sentence
    while len(rest) > MAX_SENTENCE_CHARS:
        window = rest[:MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(": "))
        if cut < MAX_SENTENCE_CHARS // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS - 1
        pieces.append(rest[:cut + 1].strip())
        rest = rest[cut + 1:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def split_sentences(line: str) -> list[str]:
    """Sentences of one line of text, normalised."""
    line = normalise(line)
    if not line:
        return []
    sentences, start = [], 0
    for match in _END.finditer(line):
        if _ends_sentence(line, match):
            sentences.append(line[start:match.end()].strip())
            start = match.end()
    if start < len(line):
        sentences.append(line[start:].strip())
    out = []
    for sentence in sentences:
        out.extend(_split_long(sentence) if len(sentence) > MAX_SENTENCE_CHARS else [sentence])
    return out


def split_text(text: str) -> list[tuple[str, str]]:
    """(sentence, separator after it) pairs: joining translated sentences with the same
    separators keeps paragraphs ("\\n\\n") and line breaks ("\\n")."""
    out: list[tuple[str, str]] = []
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    for p_index, paragraph in enumerate(paragraphs):
        lines = [ln for ln in paragraph.split("\n") if ln.strip()]
        for l_index, line in enumerate(lines):
            sentences = split_sentences(line)
            for s_index, sentence in enumerate(sentences):
                if s_index < len(sentences) - 1:
                    sep = " "
                elif l_index < len(lines) - 1:
                    sep = "\n"
                elif p_index < len(paragraphs) - 1:
                    sep = "\n\n"
                else:
                    sep = ""
                out.append((sentence, sep))
    return out


def join_text(parts: list[tuple[str, str]]) -> str:
    return "".join(sentence + sep for sentence, sep in parts)
