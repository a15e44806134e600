"""A learned span tagger beside the rules: a linear-chain CRF (python-crfsuite) over the extractor's own
tokens that tags persons (PER), organizations (ORG) and places (LOC) with BIO tags.

Why a model at all: the rules know the shapes someone wrote a rule for; a statistical tagger trained on the
annotated sets (tests/fixtures/entities/blind*/) weighs the same cues (capitals, kind words, a post before a
name, a first name from the tables) together and may find a name no rule's shape covers. Its features
are the word and its shape and, for generalising beyond the names it saw, membership in the project's own
tables ("wide data"): first names, surnames, places and countries, kinds of body, posts and occupations, and
the words of things that are no entity (non_entities.tsv). The extractor adds the spans it finds only where
no rule found anything, behind a setting (config.Settings.entity_span_model); see EntityExtractor.annotate.

>>> tagger = SpanTagger.load()                     # the shipped model (span_model.crfsuite)
>>> [(s.label, s.text) for s in tagger.spans("He signed a contract with Qorvex Lighting Group.")]
[('ORG', 'Qorvex Lighting Group')]

The shipped model is rebuilt by `scripts/train_span_model.py` (deterministic: the sets in sorted order,
fixed parameters); bench/span_model_cv.py measures it set by set (docs/benchmarks.md).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx
from . import tables
from .companies import body_kinds, institution_words
from .names import CYRILLIC
from .person_names import FOREIGN_FILE, SPELLINGS_FILE, SURNAME_FILE
from .shapes import SENTENCE_END, Token, tokenize

MODEL_FILE = Path(__file__).parent / "span_model.crfsuite"
LABELS = {"persons": "PER", "organizations": "ORG", "places": "LOC"}
# training parameters of the shipped model (L1 keeps the file small; L2 keeps weights apart that L1 would
# pick one of): scripts/train_span_model.py and bench/span_model_cv.py use these
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# the least marginal probability of a span's tags for the extractor to add it: picked by leave-one-set-out
# cross-validation (bench/span_model_cv.py, docs/benchmarks.md "Span model")
THRESHOLD = 0.9
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Span:
    """A tagged run of tokens: its label (PER, ORG, LOC), character offsets in the text, and the lowest
    marginal probability of its tokens' tags (the model's confidence in the whole span)."""

    label: str
    start: int
    end: int
    text: str
    probability: float


class Gazetteer:
    """Lower-case words by the table that lists them: the features that carry the model beyond its names.

    Each class reads its table through the module that owns it (person_names, places, companies, lexicon)."""

    def __init__(self, classes: dict[str, frozenset[str]]):
        self.classes = classes

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        from .places import PlaceRegistry

        first = {row[0].lower() for row in tables.rows(FOREIGN_FILE)} | set(lx.FIRST_NAMES)
        first |= {w.lower() for row in tables.rows(SPELLINGS_FILE) for cell in row for w in cell.split()}
        surname = {row[0].lower() for row in tables.rows(SURNAME_FILE)}
        place, place_part, country = set(), set(), set()
        for p in PlaceRegistry.load():
            for name in p.names():
                if CYRILLIC.search(name):
                    continue
                words = [w.lower() for w in _WORD.findall(name)]
                if len(words) == 1:
                    (country if p.kind == "country" else place).add(words[0])
                else:
                    place_part.update(w for w in words if w not in lx.CONNECTORS)
        kind = set(lx.ORG_HEADS | lx.LOWERCASE_ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.KINDS_BEFORE_NAMES)
        kind |= {w.lower() for k in body_kinds() for w in _WORD.findall(k.english)}
        kind |= {w.lower() for _start, english, _role in institution_words() for w in _WORD.findall(english)}
        kind -= lx.CONNECTORS
        return cls({
            "first": frozenset(first), "surname": frozenset(surname), "place": frozenset(place),
            "place_part": frozenset(place_part), "country": frozenset(country), "demonym": frozenset(lx.DEMONYMS),
            "kind": frozenset(kind), "legal": frozenset(lx.LEGAL_FORMS), "post": frozenset(lx.TITLE_WORDS),
            "thing": frozenset(lx.NON_ENTITY_HEADS), "non_name": frozenset(lx.NON_NAME),
            "connector": frozenset(lx.CONNECTORS),
        })

    def of(self, low: str) -> list[str]:
        return [name for name, words in self.classes.items() if low in words]


def _shape(text: str) -> str:
    """'Qorvex' -> 'Xx', 'OJSC' -> 'X', 'BelAZ' -> 'XxX', '2024' -> 'd', "People's" -> "Xx'x"."""
    out = re.sub(r"[A-ZА-ЯЁІЎ]+", "X", text)
    out = re.sub(r"[a-zа-яёіў]+", "x", out)
    out = re.sub(r"[^\W\d_]+", "x", out)  # other letters (diacritics)
    return re.sub(r"\d+", "d", out)


def token_features(toks: list[Token], gazetteer: Gazetteer) -> list[list[str]]:
    """One feature list per token: the word, its shape and affixes, its place in the sentence, the tables
    that list it, and the same (fewer) for two tokens either side."""
    own: list[list[str]] = []
    position = 0
    for t in toks:
        if t.sentence_start:
            position = 0
        low = t.low
        f = [f"w={low}", f"shape={_shape(t.text)}", f"p3={low[:3]}", f"s2={low[-2:]}", f"s3={low[-3:]}",
             f"pos={min(position, 3)}"]
        if t.cap:
            f.append("cap")
        if t.allcaps:
            f.append("allcaps")
        if not t.word:
            f.append("punct" if not t.text[:1].isdigit() else "digit")
        f += [f"in={name}" for name in gazetteer.of(low)]
        own.append(f)
        position = 0 if t.text in SENTENCE_END else position + 1
    out = []
    for i, t in enumerate(toks):
        f = ["bias", *own[i]]
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < len(toks):
                f.append(f"{d}:edge")
                continue
            f += [f"{d}:{x}" for x in own[j] if x.startswith(("w=", "shape=", "in=", "cap"))]
        if 0 < i < len(toks) - 1:
            f.append(f"-1|+1={toks[i - 1].low}|{toks[i + 1].low}")
        # a post or an occupation a little before ("Minister of Foreign Affairs of Lestavia Orun Pallemar"),
        # a kind of body a little after ("Qorvex Lighting and Optics Group"): beyond the two neighbours
        if any("in=post" in own[j] for j in range(max(0, i - 6), i)):
            f.append("post_before")
        if any("in=kind" in own[j] or "in=legal" in own[j] for j in range(i + 1, min(len(toks), i + 5))):
            f.append("kind_after")
        out.append(f)
    return out


def _alternatives(entity) -> list[str]:
    return [entity] if isinstance(entity, str) else list(entity)


def _forms(key: str, entity) -> list[str]:
    """The Latin-script forms an annotated entity may stand in the text under: its labels, and for a person
    also first name + surname (of a label with a patronymic) and the surname alone."""
    forms = [a for a in _alternatives(entity) if a and not CYRILLIC.search(a)]
    if key == "persons":
        for a in list(forms):
            words = a.split()
            if len(words) >= 2:
                forms += [f"{words[0]} {words[-1]}", words[-1]]
    return list(dict.fromkeys(forms))


@dataclass
class Alignment:
    """A page's tokens with BIO tags, and how many of its annotated entities were found in the text."""

    tokens: list[Token]
    tags: list[str]
    entities: int
    aligned: int
    mentions: int  # tagged spans


def align(text: str, annotation: dict) -> Alignment:
    """BIO tags for the text's tokens from a page's annotation (persons, organizations, places; any of an
    entity's labels, persons also by first name + surname and by surname alone): the longest form first, a
    token tagged once; a form matches whole tokens, written as the label writes it (case included)."""
    toks = tokenize(text)
    words = [t.text for t in toks]
    forms: list[tuple[tuple[str, ...], str, int]] = []
    entities = 0
    for key, label in LABELS.items():
        for k, entity in enumerate(annotation.get(key, ())):
            entities += 1
            for form in _forms(key, entity):
                seq = tuple(t.text for t in tokenize(form))
                if seq:
                    forms.append((seq, label, entities))
    forms.sort(key=lambda f: (-len(f[0]), f[1]))
    tags = ["O"] * len(toks)
    by_first: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for f in forms:
        by_first.setdefault(f[0][0], []).append(f)
    found: set[int] = set()
    mentions = 0
    i = 0
    while i < len(toks):
        for seq, label, entity in by_first.get(words[i], ()):
            n = len(seq)
            if tuple(words[i:i + n]) == seq and all(tag == "O" for tag in tags[i:i + n]):
                tags[i:i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
                found.add(entity)
                mentions += 1
                i += n - 1
                break
        i += 1
    return Alignment(toks, tags, entities, len(found), mentions)


def english(text: str) -> bool:
    """Whether a page's text is in Latin script (the sets' Russian and Belarusian pages carry English labels
    of Cyrillic names, which align with nothing)."""
    letters = re.findall(r"[^\W\d_]", text)
    return bool(letters) and sum(bool(CYRILLIC.match(c)) for c in letters) < len(letters) / 10


def train(pages: list[tuple[str, dict]], model_path: Path, params: dict | None = None,
          gazetteer: Gazetteer | None = None) -> dict:
    """Train a CRF on (text, annotation) pairs (English pages only) into `model_path`; returns alignment counts."""
    import pycrfsuite

    gazetteer = gazetteer or Gazetteer.load()
    trainer = pycrfsuite.Trainer(verbose=False)
    counts = {"pages": 0, "entities": 0, "aligned": 0, "mentions": 0, "skipped": 0}
    aligned: list[Alignment] = []
    for text, annotation in pages:
        if not english(text):
            counts["skipped"] += 1
            continue
        a = align(text, annotation)
        counts["pages"] += 1
        counts["entities"] += a.entities
        counts["aligned"] += a.aligned
        counts["mentions"] += a.mentions
        aligned.append(a)
    # a word of one page only (most names are) gives the model no word feature to learn: it learns such words
    # from their shape, affixes, tables and neighbours, as it must read the names of a page it has not seen
    pages_of = Counter(low for a in aligned for low in {t.low for t in a.tokens})
    rare = {f"w={low}" for low, n in pages_of.items() if n < 2}
    for a in aligned:
        features = [[x for x in f if x.partition(":")[2] not in rare and x not in rare]
                    for f in token_features(a.tokens, gazetteer)]
        trainer.append(features, a.tags)
    trainer.set_params({**TRAIN_PARAMS, **(params or {})})
    trainer.train(str(model_path))
    return counts


class SpanTagger:
    """A trained model: tags a text's tokens and returns the entity spans with their confidence."""

    def __init__(self, model_path: Path, threshold: float = THRESHOLD, gazetteer: Gazetteer | None = None):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._gazetteer = gazetteer or Gazetteer.load()
        self.threshold = threshold  # the least confidence of a span the extractor adds
        self._lock = threading.Lock()  # a crfsuite tagger holds one sequence at a time: threads take turns

    @classmethod
    def load(cls, model_path: Path = MODEL_FILE, threshold: float = THRESHOLD) -> "SpanTagger":
        return cls(model_path, threshold)

    def spans(self, text: str, toks: list[Token] | None = None) -> list[Span]:
        toks = tokenize(text) if toks is None else toks
        if not toks:
            return []
        features = token_features(toks, self._gazetteer)
        with self._lock:
            self._tagger.set(features)
            tags = self._tagger.tag()
            marginals = [self._tagger.marginal(tag, k) for k, tag in enumerate(tags)]
        out: list[Span] = []
        i = 0
        while i < len(tags):
            if tags[i] == "O":
                i += 1
                continue
            label = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{label}":
                j += 1
            probability = min(marginals[i:j])
            out.append(Span(label, toks[i].start, toks[j - 1].end, text[toks[i].start:toks[j - 1].end], probability))
            i = j
        return out
