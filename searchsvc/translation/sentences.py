"""Sentence splitting for translation: rules only, nothing to download.

Models translate sentence by sentence, and the cache stores sentences, so the split must be
stable and must not break "Mr. Smith", "A. Lukashenko", "3.5%" or "U.S. officials".

>>> [s for s, _ in split_text("Mr. A. Ivanov met Dr. Lee. Prices rose 3.5%.")]
['Mr. A. Ivanov met Dr. Lee.', 'Prices rose 3.5%.']
"""

from __future__ import annotations

import re
import unicodedata

# Abbreviations before a name or number: a full stop after them never ends a sentence.
TITLES = frozenset("""
mr mrs ms messrs dr prof st mt gen col lt sgt capt cpt maj cmdr adm gov sen sens rep reps rev hon pres
det insp supt cpl pte no nos vs v approx ca cf e.g i.e fig figs vol vols art arts ch sec para pp p ed eds
""".split())
# Abbreviations that may also end a sentence ("in the U.S. The talks ..."): a full stop after
# them ends one only when a typical sentence opener follows. Initials ("A. Lukashenko") too.
# "etc." is in neither: before a capital it nearly always ends a sentence.
ABBREVIATIONS = frozenset("""
jr sr inc ltd co corp bros dept univ assn est
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n u.s.a e.u a.m p.m
""".split())
SENTENCE_OPENERS = frozenset("""
the a an as at but and or so yet for in on by it its he she they we i you this that these those there
then however meanwhile after before when while if although though since according earlier later also
his her their our my what who why how where
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
    after = text[match.end():]
    if not after or not _NEXT_STARTS.match(after):
        return False
    next_word = re.match(r"\w+", after.lstrip("\"'«“‘(["))
    next_word = next_word.group(0) if next_word else ""
    if next_word[:1].islower():
        return False  # "approx. five", "... they aren't": the sentence goes on
    if match.group(1) != ".":
        return True  # ! ? … and "..." before a capital
    start = match.start()
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'«“":
        word_start -= 1
    word = text[word_start:start].lower()  # the word before the full stop
    if not word:
        return True
    if word in TITLES:
        return False
    if (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)):
        return next_word.lower() in SENTENCE_OPENERS
    return True


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
