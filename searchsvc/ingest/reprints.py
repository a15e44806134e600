"""Recognise one story reprinted by many sites: same body give or take an edited first sentence.

>>> detector = ReprintDetector()
>>> detector.match(original) is None and detector.match(reprint) == original.id
True

Regional sites copy a BelTA story, rewrite its first sentence for the local reader and wrap it
in their own chrome. So a story is fingerprinted by the word 5-shingles of its body without the
first sentence, summarised as a MinHash signature; signatures are bucketed by bands (LSH), so a
new page is compared only with the few earlier stories that share a band, not with all of them.
A candidate is a reprint when the estimated containment of the shorter text in the longer one is
at least `threshold` and the two dates are at most `max_days` apart (or one is unknown).

`Stories` is the one place copies are merged into their story (`searchsvc ingest` and the batch
job both use it); the batch job also hands it the stories an earlier run indexed.
"""

from __future__ import annotations

import re
import zlib
from datetime import date
from typing import Iterable, Protocol

import numpy as np

from ..article import SITE_EDITION, Article, Source, Translation
from ..languages import LanguageRegistry, resolve
from ..entities.sites import SiteRegistry
from .editions import EditionLinker

_WORD = re.compile(r"\w+", re.U)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”’)]*\s+(?=[^a-zа-яёіў\s])")
SHINGLE_WORDS = 5
PERMUTATIONS = 64
ROWS_PER_BAND = 2  # 32 bands: a pair with Jaccard 0.3 shares a band with probability 0.95
_MIX = np.uint64(0x9E3779B97F4A7C15)
_rng = np.random.default_rng(20230111)  # fixed: signatures must not change between runs
_A = (_rng.integers(1, 2**63 - 1, PERMUTATIONS, dtype=np.int64).astype(np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.integers(0, 2**63 - 1, PERMUTATIONS, dtype=np.int64).astype(np.uint64)


def fingerprint_text(body: str) -> str:
    """The body without its first sentence, the part reprints edit (unless little would remain)."""
    parts = _SENTENCE_END.split(body.strip(), maxsplit=1)
    if len(parts) == 2 and len(_WORD.findall(parts[1])) >= 25:
        return parts[1]
    return body


class _WordHashes:
    """crc32 of each word, memoised: a corpus has far fewer distinct words than tokens."""

    def __init__(self, limit: int = 500_000):
        self.cache: dict[str, int] = {}
        self.limit = limit

    def __call__(self, words: list[str]) -> np.ndarray:
        cache = self.cache
        out = []
        for w in words:
            h = cache.get(w)
            if h is None:
                h = zlib.crc32(w.encode()) | (zlib.crc32(w[::-1].encode()) << 32)
                if len(cache) < self.limit:
                    cache[w] = h
            out.append(h)
        return np.array(out, dtype=np.uint64)


def shingle_hashes(words: np.ndarray, k: int = SHINGLE_WORDS) -> np.ndarray:
    """64-bit hashes of the distinct k-word shingles (a short text is one shingle)."""
    if len(words) == 0:
        return words
    k = min(k, len(words))
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _MIX + words[j : j + n]
    return np.unique(h)


def minhash(shingles: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (np.multiply.outer(_A, shingles) + _B[:, None]).min(axis=1)


class ReprintDetector:
    """Keeps the signatures of the stories seen so far; `match` finds an earlier copy."""

    def __init__(self, threshold: float = 0.7, same_title_threshold: float = 0.4, max_days: int = 3):
        self.threshold = threshold
        # A short story whose first sentence was rewritten keeps less of its text, but a reprint
        # under the same headline (5+ words) on the same days needs less text in common.
        self.same_title_threshold = same_title_threshold
        self.max_days = max_days
        self._words = _WordHashes()
        self._ids: list[str] = []
        self._dates: list[date | None] = []
        self._sizes: list[int] = []
        self._titles: list[int | None] = []
        self._signatures: list[np.ndarray] = []
        self._buckets: dict[int, int | list[int]] = {}
        self._by_title: dict[int, list[int]] = {}

    def match(self, article: Article) -> str | None:
        """The id of an earlier story this article reprints; else remember it and return None."""
        words = self._words(_WORD.findall(fingerprint_text(article.body).lower()))
        shingles = shingle_hashes(words)
        if len(shingles) == 0:
            return None
        signature = minhash(shingles)
        keys = self._band_keys(signature)
        published = _day(article.published)
        title = _title_key(article.title)
        candidates = self._candidates(keys)
        if title is not None:
            candidates.update(self._by_title.get(title, ()))
        best, best_score = None, 0.0
        for i in candidates:
            if published and self._dates[i] and abs((published - self._dates[i]).days) > self.max_days:
                continue
            score = self._containment(signature, len(shingles), i)
            needed = self.same_title_threshold if title is not None and self._titles[i] == title else self.threshold
            if score >= needed and score > best_score:
                best, best_score = i, score
        if best is not None:
            return self._ids[best]
        index = len(self._ids)
        self._titles.append(title)
        if title is not None:
            self._by_title.setdefault(title, []).append(index)
        self._ids.append(article.id)
        self._dates.append(published)
        self._sizes.append(len(shingles))
        self._signatures.append(signature)
        for key in keys:
            held = self._buckets.get(key)
            if held is None:
                self._buckets[key] = index  # most buckets hold one story: store the int, not a list
            elif isinstance(held, list):
                held.append(index)
            else:
                self._buckets[key] = [held, index]
        return None

    def _band_keys(self, signature: np.ndarray) -> list[int]:
        bands = signature.reshape(-1, ROWS_PER_BAND)
        with np.errstate(over="ignore"):
            keys = bands[:, 0] * _MIX ^ bands[:, 1]
            keys = keys + np.arange(len(bands), dtype=np.uint64) * np.uint64(0x100000001B3)
        return keys.tolist()

    def _candidates(self, keys: list[int]) -> set[int]:
        found: set[int] = set()
        for key in keys:
            held = self._buckets.get(key)
            if held is None:
                continue
            if isinstance(held, list):
                found.update(held)
            else:
                found.add(held)
        return found

    def _containment(self, signature: np.ndarray, size: int, i: int) -> float:
        """Share of the shorter text's shingles found in the other, from the Jaccard estimate."""
        jaccard = float(np.mean(signature == self._signatures[i]))
        other = self._sizes[i]
        intersection = jaccard / (1 + jaccard) * (size + other)
        return min(1.0, intersection / min(size, other))


def _title_key(title: str) -> int | None:
    """A headline of five words or more, case and punctuation aside; shorter ones are too generic."""
    words = _WORD.findall(title.lower())
    return zlib.crc32(" ".join(words).encode()) if len(words) >= 5 else None


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def merge_copy(story: Article, copy: Article) -> None:
    """Add a copy's sources to its story (each once); an undated story takes the copy's date.
    A copy in another language than the story's (a reprint of one of its editions) keeps its
    language on its sources."""
    seen = {(s.site, s.url, s.source_path) for s in story.sources}
    for s in copy.sources:
        if (s.site, s.url, s.source_path) not in seen:
            lang = s.lang or (copy.lang if copy.lang != story.lang else None)
            story.sources.append(Source(s.site, s.url, s.source_path, lang))
            seen.add((s.site, s.url, s.source_path))
    if story.published is None and copy.published:
        story.published, story.published_time = copy.published, copy.published_time


def merge_edition(story: Article, edition: Article) -> None:
    """`edition` is the site's own text of `story` in another language: it becomes that
    language's text (in preference to any machine translation), its sources join the story's
    with their language, and its entities the story's."""
    story.translations[edition.lang] = Translation(edition.title, edition.body, SITE_EDITION)
    merge_copy(story, edition)
    _merge_entities(story, edition)


def lead_with(edition: Article, story: Article) -> None:
    """`edition` becomes the story's lead text (an English edition joined a Russian story): the
    story's own text turns into that language's site edition, its other texts and its sources
    (each with its language) follow."""
    for lang, tr in story.translations.items():
        if lang != edition.lang and (lang not in edition.translations or tr.route == SITE_EDITION):
            edition.translations[lang] = tr
    edition.translations[story.lang] = Translation(story.title, story.body, SITE_EDITION)
    seen = {(s.site, s.url, s.source_path) for s in edition.sources}
    for s in story.sources:
        if (s.site, s.url, s.source_path) not in seen:
            edition.sources.append(Source(s.site, s.url, s.source_path, s.lang or story.lang))
    if edition.published is None and story.published:
        edition.published, edition.published_time = story.published, story.published_time
    _merge_entities(edition, story)


def _merge_entities(story: Article, other: Article) -> None:
    for name in ("persons", "organizations", "places", "regions"):
        values = getattr(story, name)
        values.extend(v for v in getattr(other, name) if v not in values)


class EarlierStories(Protocol):
    """Stories an earlier run indexed, which a page of this run may be a copy of."""

    def get(self, article_id: str) -> Article | None:
        """The indexed story with this id, or None (also for one already handed out)."""

    def around(self, published: str | None, days: int) -> Iterable[Article]:
        """Indexed stories dated up to `days` from `published`, each handed out once."""


class Stories:
    """The stories of one run, in the order they came, with every copy merged into its story.

    >>> stories = Stories()
    >>> stories.add(original) is None and stories.add(reprint) is original
    True

    A copy is recognised by its id (the same URL, or the same text without one), else by the
    ReprintDetector; a page in another language than a story's may be the site's own edition of
    it (ingest.editions.EditionLinker: `editions` maps such a page's id to its story). With `earlier`, a page can also be a copy of an indexed story; those are fed to
    the detector the days around each page's date at a time (the detector never matches copies more
    than `max_days` apart), so a run reads only the stories of the days its pages are about.
    Undated pages match indexed stories by id only.
    """

    def __init__(self, earlier: EarlierStories | None = None, detector: ReprintDetector | None = None,
                 linker: EditionLinker | None = None, languages: LanguageRegistry | None = None,
                 translator=None, sites: SiteRegistry | None = None):
        """`translator` (services.translator): editions are also compared through the machine
        translations of their leads, when a model is installed (EditionLinker.prepare). `sites`: the run's known
        sites (EditionLinker.sites)."""
        self.detector = detector or ReprintDetector()
        self.languages = resolve(languages)
        self.linker = linker or EditionLinker(self.languages, translator=translator, sites=sites)
        self.earlier = earlier
        self.new: dict[str, Article] = {}  # this run's stories by id
        self.indexed: dict[str, Article] = {}  # stories from `earlier` met so far
        self.reopened: dict[str, Article] = {}  # indexed stories that gained a copy in this run
        self.editions: dict[str, Article] = {}  # page id of an edition -> the story it joined
        # indexed stories an edition in a language before theirs joined: the batch job rebuilds
        # them from all their pages (the story's id and lead text change, as in a full run)
        self.relead: set[str] = set()
        # stories merged into another as its retelling on another site (EditionLinker.joining)
        self.absorbed: dict[str, Article] = {}
        self._placed: dict[int, tuple[Article, Article]] = {}  # id(page) -> (page, its story)
        self._pages: dict[str, Article] = {}  # page id -> this run's page
        self._led_by: dict[int, tuple[Article, Article]] = {}  # id(old story) -> (it, the story it became)

    def prepare(self, pages: list[Article]) -> None:
        """Pages about to be added, in one batch (EditionLinker.prepare): they count in the
        features' rarity before any is matched, so the stories do not depend on their order
        within the batch, and their leads are machine-translated at once when a model is
        installed."""
        self.linker.prepare(pages)

    def add(self, article: Article) -> Article | None:
        """None when `article` is a new story (remembered); else the story it was merged into.

        The story of a page may change later in the run: an edition in a language that comes
        before the story's (the registry's order: English first) takes the lead. `story_for`
        and `role` answer for the end of the run."""
        self._pages[article.id] = article
        story = self._story_of(article)
        if story is not None:
            merge_copy(story, article)
        else:
            story = self._edition_of(article)
            if story is None:
                self.new[article.id] = article
                self.linker.add(article)
                self._placed[id(article)] = (article, article)
                return None
            langs = len(story.edition_langs)
            if article.lang in story.edition_langs:
                merge_copy(story, article)  # another site's retelling of an edition the story holds
                self._prefer_own_site(story, article)
            elif self._ranks_before(article, story):
                story = self._lead(story, article)
            else:
                merge_edition(story, article)
                self.linker.link(story, article)
                self.editions[article.id] = story
            if len(story.edition_langs) > langs:
                story = self._take_in_joining(story)
        self._placed[id(article)] = (article, story)
        if self.indexed.get(story.id) is story:
            self.reopened[story.id] = story
        return story

    def _ranks_before(self, a: Article, b: Article) -> bool:
        codes = self.languages.codes
        return a.lang in codes and b.lang in codes and codes.index(a.lang) < codes.index(b.lang)

    def _lead(self, story: Article, page: Article, linked: bool = False) -> Article:
        """`page` (a page, or another story: `linked`) becomes the lead of `story` (see
        lead_with); every reference moves to it."""
        lead_with(page, story)
        self._led_by[id(story)] = (story, page)
        if self.new.get(story.id) is story:
            del self.new[story.id]
            if self.indexed.get(page.id) is not page:
                self.new.setdefault(page.id, page)
        else:
            self.relead.add(story.id)
            if self.new.get(page.id) is not page:
                self.indexed[page.id] = page
        for pid, held in list(self.editions.items()):
            if held is story:
                self.editions[pid] = page
        self.editions[story.id] = page  # the former lead page is an edition now
        self.linker.rename(story.id, page.id)
        if not linked:
            self.linker.link(page, page)
        return page

    def _join(self, story: Article, other: Article) -> Article:
        """Two stories are one (EditionLinker.match found a page of both). In different languages:
        the one in the earlier language leads, the other becomes its editions; with a language in
        common, one retells the other on another site (see _absorb)."""
        if set(story.edition_langs) & set(other.edition_langs):
            return self._absorb(story, other)
        if self._ranks_before(other, story):
            story, other = other, story
        if self.indexed.get(other.id) is other:
            self.relead.add(other.id)  # the batch job rebuilds it from its pages
        return self._lead(other, story, linked=True)

    def _prefer_own_site(self, story: Article, page: Article) -> None:
        """`page` repeats a language `story` has an edition in; when it is the story's own site's
        text in that language and the edition came from another site (that site's retelling came
        first), `page` becomes the edition and the retelling stays a source."""
        if page.lang == story.lang or page.site != story.site:
            return
        held = next((pid for pid, s in self.editions.items() if s is story
                     and pid in self._pages and self._pages[pid].lang == page.lang), None)
        if held is None or self._pages[held].site == story.site:
            return
        del self.editions[held]
        story.translations[page.lang] = Translation(page.title, page.body, SITE_EDITION)
        _merge_entities(story, page)
        self.editions[page.id] = story

    def _take_in_joining(self, story: Article) -> Article:
        """`story` just gained a language: the stories that join it now (EditionLinker.joining:
        editions in languages it lacks, retellings of its editions on other sites) join it, as
        they would have had they come after; each join may bring more."""
        for _ in range(len(self.languages.codes) + 2):  # each round adds a language or a retelling
            joined = False
            for sid in self.linker.joining(story.id):
                other = self._by_id(sid)
                if other is not None and other is not story:
                    story = self._join(story, other)
                    joined = True
            if not joined:
                break
        return story

    def _absorb(self, story: Article, other: Article) -> Article:
        """`other`, another site's retelling of an edition `story` holds (or the reverse: the story
        with fewer languages is the retelling), becomes a copy of it: its sources join the story's
        with their language, and any language only it has becomes the story's edition."""
        if len(other.edition_langs) > len(story.edition_langs):
            story, other = other, story
        langs = set(story.edition_langs)
        merge_copy(story, other)
        gained = False
        for lang, tr in [(other.lang, Translation(other.title, other.body, SITE_EDITION)), *other.translations.items()]:
            if tr.route == SITE_EDITION and lang not in langs:
                story.translations[lang] = tr
                langs.add(lang)
                gained = True
        if gained:
            _merge_entities(story, other)
        self._led_by[id(other)] = (other, story)
        self.absorbed[other.id] = story
        if self.new.get(other.id) is other:
            del self.new[other.id]
        elif self.indexed.get(other.id) is other:
            self.relead.add(other.id)  # the batch job rebuilds it from its pages
        for pid, held in list(self.editions.items()):
            if held is other:
                self.editions[pid] = story
        self.linker.rename(other.id, story.id)
        if self.indexed.get(story.id) is story:
            self.reopened[story.id] = story
        return story

    def _by_id(self, sid: str) -> Article | None:
        """This run's or an indexed story by id (a story merged into another: the one it joined)."""
        found = self.new.get(sid) or self.indexed.get(sid) or self.editions.get(sid) or self.absorbed.get(sid)
        return self.current(found) if found is not None else None

    def current(self, story: Article) -> Article:
        """The story `story` became (itself, unless an edition took the lead)."""
        while id(story) in self._led_by:
            story = self._led_by[id(story)][1]
        return story

    def story_for(self, page: Article) -> Article:
        """The story `page` (an article given to `add`) belongs to at the end of the run."""
        return self.current(self._placed[id(page)][1])

    def role(self, page: Article) -> str:
        """"story" (the page leads its story), "edition" (another language's text of it) or "reprint"."""
        story = self.story_for(page)
        if story is page:
            return "story"
        return "edition" if self.editions.get(page.id) is story and page.lang != story.lang else "reprint"

    def is_edition(self, article: Article, story: Article) -> bool:
        """True when `article` joined `story` as an edition in another language (not a reprint)."""
        return self.editions.get(article.id) is story

    def _story_of(self, article: Article) -> Article | None:
        if article.id in self.new:
            return self.new[article.id]
        if article.id in self.editions:
            return self.editions[article.id]
        if self.earlier is not None:
            found = self.indexed.get(article.id) or self.earlier.get(article.id)
            if found is not None:
                self.indexed[found.id] = found
                return found
            days = max(self.detector.max_days, self.linker.max_days)
            for old in self.earlier.around(article.published, days):
                self.indexed[old.id] = old
                self.detector.match(old)
                self.linker.add(old)
        hit = self.detector.match(article)  # remembers `article` when it is no copy
        if hit is None:
            return None
        return self._by_id(hit)

    def _edition_of(self, article: Article) -> Article | None:
        found = [s for sid in self.linker.match(article) if (s := self._by_id(sid)) is not None]
        story = found[0] if found else None
        for other in found[1:]:
            if other is not story:
                story = self._join(story, other)
        return story
