"""Recognise the editions of one story across languages: the English, Russian and Belarusian pages
a site (or BelTA) publishes of the same news.

>>> linker = EditionLinker()
>>> linker.add(english_story)          # a story of this run, or one an earlier run indexed
>>> linker.match(russian_page)         # -> [the English story's id], or []

Editions are translations, so they share no words; what they share is language-independent:

    name keys    script-independent skeletons of the proper names (lang.translit.name_key:
                 Volfovich, Вольфовичем and Вальфовіч give one key)
    entities     the canonical persons, organizations and places the extractor resolved
    numbers      figures in the text, in any language's writing (1,000 / 1 000 / 1000 / 1 тыс. are
                 one number; 1,5 млн / 1.5 million / 1 500 000 another)
    dates        a day and month named in the text, in any language's month names
    glossary     the English terms of the Russian/Belarusian topic words of the headline and
                 lead (lang/glossary.tsv), against the English headline and lead's stems
    cognates     between Russian and Belarusian only: the name keys of every long word (the two
                 languages share most roots: парламент / парламент, выбары / выборы)
    machine      when a translation model is installed (EditionLinker.translator, `prepare`): the
                 headline and lead machine-translated, Russian and Belarusian into English and
                 English into Russian and Belarusian, read as a page of that language; a page and
                 an edition are also scored in one language (one side's translation against the
                 other's own text), and the mean of the comparisons counts

Each feature weighs its rarity among the pages seen so far (an inverse document frequency, so
"Belarus", "2023" and the site's own town count little). The score of a page against a story's
edition is a cosine over the feature kinds both languages produce. Precision comes first: a page
joins a story only when several independent signals agree (same site or no site, dates at most
MAX_DAYS apart, enough features in common of at least two kinds, similar length) and the best
story clearly beats the second; otherwise it stays a story of its own. Two stories of one site on
one day share their town, region and the year, not their names and figures: they stay apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..article import HUMAN_ROUTES, SITE_EDITION, Article
from ..lang.translit import name_key
from ..entities.sites import SiteRegistry
from ..languages import LanguageRegistry, resolve

MAX_DAYS = 3  # an edition is published within a few days of the story's first page
SCORE_SAME_SITE = 0.22  # cosine needed when both pages name the same site (or one names none)
SCORE_OTHER_SITE = 0.45  # ... when they name different sites (an agency story on a regional site)
MIN_SHARED = 4  # features in common
MIN_KINDS = 2  # of at least this many kinds (names and numbers, say), so one signal never decides
MARGIN = 0.06  # the best story must beat the second by this much
# without a figure or a date in common, names and topic words must agree more: a site's stories
# of one day share its town, its officials and its topics
NO_FIGURES_EXTRA = 0.1
# Two stories one page matches are one story split across languages when they also match each
# other at PAIR_FACTOR of the threshold (three editions agreeing two by two), and the page matches
# the second at least TRIANGLE_RATIO as well as the first (a related story matches far less well)
PAIR_FACTOR = 0.5
TRIANGLE_RATIO = 0.6
MAX_LENGTH_RATIO = 3.5  # an edition's text is at most this many times longer than another's
LEAD_CHARS = 400  # the glossary signal reads the headline and the lead only
MAX_POSTINGS = 400  # a feature held by more stories than this finds no candidates (but still scores)

_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f,.](?=\d{3}(?!\d))")
# the word for a figure's thousands after it, in each language: 12 тыс. / 12 thousand / 12 тысяч,
# 1,5 млн / 1.5 million / 1,5 мільёна, $2bn
_SCALES = {"thousand": 3, "тысяч": 3, "тыс": 3, "million": 6, "миллион": 6, "мільён": 6, "млн": 6, "mln": 6,
           "billion": 9, "миллиард": 9, "мільярд": 9, "млрд": 9, "trillion": 12, "триллион": 12, "трыльён": 12,
           "трлн": 12, "bn": 9, "m": 6, "k": 3}
_SCALE_WORDS = "|".join(w for w in _SCALES if len(w) > 4)  # inflected: тысячи, миллионов, мільёнаў, millions
_SCALE_ABBREVIATIONS = "|".join(w for w in _SCALES if 2 < len(w) <= 4)  # тыс., млн, млрд, mln
_NUMBER = re.compile(rf"(\d+(?:[.,]\d+)?)(?:\s?({_SCALE_WORDS})[а-яёіўa-z]*|\s?({_SCALE_ABBREVIATIONS})\b\.?"
                     r"|(bn|m|k)\b)?", re.I)  # $1.5m, $2bn: only right after the digits
_YEAR = re.compile(r"n:(?:19|20)\d\d$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)[«\"“„(]?(\w+)")
KIND_WEIGHT = {"k": 1.0, "e": 1.0, "n": 1.0, "d": 1.0, "g": 0.6, "c": 0.5}
# which feature kinds a pair of scripts can share ("c" only within one script)
_CROSS_SCRIPT_KINDS = frozenset("kendg")


@dataclass
class _Edition:
    story: str  # the id of the story this edition belongs to
    lang: str
    site: str
    day: date | None
    size: int  # characters of text
    features: frozenset[str]
    # language -> the features of its lead machine-translated into that language (EditionLinker.prepare)
    machine: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class Candidate:
    score: float
    story: str
    passes: bool  # clears the threshold on its own (a figure shared, or a higher score)
    reprint: bool = False  # the page matched an edition in its own language on another site
    agreeing: int = 1  # the story's editions the page matches at PAIR_FACTOR of the threshold


def _needed(site_a: str, site_b: str) -> float:
    known = "unknown" not in (site_a, site_b)
    return SCORE_OTHER_SITE if known and site_a != site_b else SCORE_SAME_SITE


def _comparable(day, size: int, ed: _Edition, max_days: int) -> bool:
    if day and ed.day and abs((day - ed.day).days) > max_days:
        return False
    return max(size, ed.size) <= MAX_LENGTH_RATIO * max(1, min(size, ed.size))


@dataclass
class EditionLinker:
    """Keeps the editions of the stories seen so far; `match` finds the story a page is an edition of."""

    languages: LanguageRegistry | None = None
    max_days: int = MAX_DAYS
    # translation.ArticleTranslator: with an installed model, `prepare` machine-translates the pages'
    # headlines and leads (through translation/models.py and the sentence cache)
    translator: object | None = None
    # entities.sites.SiteRegistry: the run's known sites, whose place names in every language tell editions
    # of one story nothing (site_keys); default: loaded when first needed
    sites: SiteRegistry | None = None
    _site_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # site -> site_keys(site)
    _editions: list[_Edition] = field(default_factory=list)
    # language -> feature -> editions in that language holding it (a page looks only at the other
    # languages' lists: an English-only corpus costs nothing here)
    _by_feature: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    _df: Counter = field(default_factory=Counter)
    _counted: set[tuple[str, str]] = field(default_factory=set)  # (article id, language): texts in _df
    _langs_of: dict[str, set[str]] = field(default_factory=dict)  # story id -> languages it holds
    _of_story: dict[str, list[int]] = field(default_factory=dict)  # story id -> its editions
    _seen: set[tuple[str, str]] = field(default_factory=set)
    _last: tuple = ((), frozenset())  # the last page's features: `match` then `add` read them once
    _prepared: dict[tuple, frozenset[str]] = field(default_factory=dict)  # features `prepare` read
    # page id -> language -> its headline and lead machine-translated into that language
    _machine: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def __post_init__(self):
        self.languages = resolve(self.languages)

    # --- remembering -----------------------------------------------------------------------

    def prepare(self, pages: list[Article]) -> None:
        """Pages about to be matched and added, in one batch: their features count in every
        feature's rarity now (so a page's scores do not depend on where in the batch it comes),
        and, with a translator and an installed model, the headline and lead of each is
        machine-translated (Russian and Belarusian into English, English into the other
        languages), which `match`, `add` and `link` then read too."""
        self._translate_leads(pages)
        self._prepared = {}  # what the last batch left unread: its pages merged as reprints
        for page in pages:
            key = (page.id, page.lang, page.title, len(page.body), hash(page.body))
            feats = self._prepared[key] = features(page, page.lang, page.title, page.body, self.languages,
                                                          self._local(page.site))
            self._count((page.id, page.lang), feats.union(*self._machine_features(page, page.lang).values()))

    def _translate_leads(self, pages: list[Article]) -> None:
        if self.translator is None or not pages:
            return
        from ..translation.models import ModelCatalog

        catalog = ModelCatalog.load(self.translator.settings.models_dir, self.languages)
        if not catalog.models:
            return
        source = self.languages.source.code
        batches: dict[tuple[str, ...], list[Article]] = {}
        for page in pages:
            if page.id in self._machine or page.lang not in self.languages:
                continue
            targets = (source,) if page.lang != source else self.languages.target_codes
            targets = tuple(t for t in targets if catalog.route(t, page.lang).available)
            if targets:
                batches.setdefault(targets, []).append(
                    Article(id=page.id, title=page.title, body=lead(page.body), site=page.site,
                            published=page.published, lang=page.lang))
        for targets, leads in batches.items():
            self.translator.translate(leads, langs=targets)  # a failed model leaves a gap: no machine words
            for page in leads:
                self._machine[page.id] = {lang: (tr.title, tr.body) for lang, tr in page.translations.items()
                                          if lang in targets and tr.route not in HUMAN_ROUTES}

    def add(self, story: Article) -> None:
        """Remember a story with every edition it holds (its own text and each site edition); a
        story an earlier run indexed brings its machine translations, read as `prepare`'s."""
        machine = {lang: (tr.title, lead(tr.body)) for lang, tr in story.translations.items()
                   if tr.route not in HUMAN_ROUTES and lang in self.languages}
        if machine:
            self._machine.setdefault(story.id, machine)
        self._remember(story.id, story, story.lang, story.title, story.body)
        for lang, tr in story.translations.items():
            if tr.route == SITE_EDITION:
                self._remember(story.id, story, lang, tr.title, tr.body)

    def link(self, story: Article, page: Article) -> None:
        """`page` joined `story` as its edition in page.lang: remember it under the story."""
        self._remember(story.id, page, page.lang, page.title, page.body)

    def rename(self, old: str, new: str) -> None:
        """Story `old` is called `new` now (an edition took its lead)."""
        if old == new:
            return
        for i in self._of_story.get(old, ()):
            self._editions[i].story = new
        self._seen |= {(new, lang) for lang in self._langs_of.get(old, ())}
        self._langs_of[new] = self._langs_of.pop(old, set()) | self._langs_of.get(new, set())
        self._of_story[new] = self._of_story.get(new, []) + self._of_story.pop(old, [])

    def _remember(self, story_id: str, article: Article, lang: str, title: str, body: str) -> None:
        if (story_id, lang) in self._seen:
            return
        self._seen.add((story_id, lang))
        feats = self._features(article, lang, title, body)
        machine = self._machine_features(article, lang)
        i = len(self._editions)
        self._editions.append(_Edition(story_id, lang, article.site, _day(article.published), len(title) + len(body),
                                       feats, machine))
        self._langs_of.setdefault(story_id, set()).add(lang)
        self._of_story.setdefault(story_id, []).append(i)
        postings = self._by_feature.setdefault(lang, {})
        held = feats.union(*machine.values())
        self._count((article.id, lang), held)
        for f in held:
            postings.setdefault(f, []).append(i)

    def _count(self, text: tuple[str, str], feats: frozenset[str]) -> None:
        """One text (an article id, a language) in the document frequencies, once."""
        if text in self._counted:
            return
        self._counted.add(text)
        self._df.update(feats)

    # --- matching --------------------------------------------------------------------------

    def match(self, page: Article) -> list[str]:
        """The ids of the story `page` is an edition of (in a language that story has no edition
        in yet): [] for none; one id; or, when the page is an edition of two stories in other
        languages that are themselves editions of one story (a Russian page matching an English
        story and a Belarusian one that did not find each other), both: the caller merges them.
        Two stories in one language are both named when one retells the other on another site
        (see `retold`): the caller merges those too. Does not remember `page`: call `add` or
        `link` after."""
        return self._decide(page.lang, self.candidates(page))

    def _decide(self, lang: str, scored: list[Candidate]) -> list[str]:
        if not scored:
            return []
        best = scored[0]
        group = [best]
        held = set(self._langs_of.get(best.story, ()))
        for other in scored[1:]:
            close = other.score > best.score - MARGIN
            langs = self._langs_of.get(other.story, set())
            if not langs & held and other.score >= TRIANGLE_RATIO * best.score \
                    and self.related(best.story, other.story):
                group.append(other)  # one story split across languages: the page joins them
                held |= langs
            elif close and any(self.retold(c.story, other.story) for c in group):
                group.append(other)  # another site's retelling of one of its editions: one story
            elif close:
                return []  # two different stories fit about as well: do not guess
        if not best.passes and len(group) < 2 and best.agreeing < 2:
            # a weak link (no figure in common) needs a third edition that agrees: another
            # story's (the page joins both) or another of this story's
            return []
        # a page in a story's own language joins it as a reprint only when that story has editions
        # in other languages, or the page also links it to one that has (the page's own edition of
        # a story on its site, retold by another site): one-language stories stay the
        # ReprintDetector's to merge
        if all(c.reprint and self._langs_of.get(c.story, set()) == {lang} for c in group) \
                or (len(group) == 1 and best.reprint and self._langs_of.get(best.story, set()) == {lang}):
            return []
        return [c.story for c in group]

    def candidates(self, page: Article) -> list["Candidate"]:
        """The stories `page` may be an edition of, best first: a score at least the site's
        threshold; `passes` when it also clears the extra a link without a shared figure needs."""
        feats = self._features(page, page.lang, page.title, page.body)
        return self._candidates(feats, page.lang, page.site, _day(page.published),
                                len(page.title) + len(page.body), machine=self._machine_features(page, page.lang))

    def _candidates(self, feats: frozenset[str], lang: str, site: str, day, size: int,
                    own: str | None = None, reprints: bool = False,
                    machine: dict[str, frozenset[str]] | None = None) -> list["Candidate"]:
        """`own`: the story these features belong to (an edition of it, judged again: its own
        editions are no candidates). `reprints`: score one-language stories of `lang` on other
        sites even without another language's edition in reach (see `joining`)."""
        if not feats:
            return []
        # editions sharing at least two of the page's less common features, counted from the
        # postings; only those are scored (a page of a big run meets thousands of editions)
        # the page's own language too: a rewritten reprint on another site of one of a story's
        # editions (an oblast site retelling a city site's Russian text) joins that story
        shared = self._sharing(feats.union(*(machine or {}).values()), Counter())
        best: dict[str, Candidate] = {}
        agreeing: Counter = Counter()
        # a one-language story in the page's language counts only beside another language's (see
        # match): without one, an English-only corpus scores no English page against another
        other_lang = reprints or any(n >= 2 and self._editions[i].lang != lang for i, n in shared.items())
        for i, n in shared.items():
            if n < 2:
                continue
            ed = self._editions[i]
            if own is not None and ed.story == own:
                continue
            reprint = ed.lang == lang
            if reprint and ("unknown" in (site, ed.site) or site == ed.site or not site
                            or not other_lang and len(self._langs_of.get(ed.story, ())) < 2):
                continue  # one site's stories of one language are apart (the ReprintDetector's copies)
            if not reprint and lang in self._langs_of.get(ed.story, ()):
                continue  # a story has one edition per language (a same-language copy is a reprint)
            if not _comparable(day, size, ed, self.max_days):
                continue
            score = self._score(feats, lang, ed, machine)
            if score is None:
                continue
            score, figures = score
            needed = _needed(site, ed.site)
            if reprint and not figures:
                continue  # a reprint repeats the story's figures
            if score >= needed * PAIR_FACTOR and not reprint:
                agreeing[ed.story] += 1
            if score >= needed and score > getattr(best.get(ed.story), "score", 0.0):
                best[ed.story] = Candidate(score, ed.story, figures or score >= needed + NO_FIGURES_EXTRA, reprint)
        for story, candidate in best.items():
            candidate.agreeing = max(1, agreeing[story])
        return sorted(best.values(), key=lambda c: c.score, reverse=True)

    def _sharing(self, feats, counts: Counter) -> Counter:
        """Add to `counts`, per edition, how many of `feats` it holds, read from every language's
        postings (a feature over MAX_POSTINGS editions hold is too common to count)."""
        lists = self._by_feature.values()
        for f in feats:
            for by in lists:
                posting = by.get(f)
                if posting and len(posting) <= MAX_POSTINGS:
                    counts.update(posting)
        return counts

    def _edition_pairs(self, a: str, b: str):
        """Each edition of story `a` with each edition of story `b` whose dates and lengths are comparable."""
        for x in (self._editions[i] for i in self._of_story.get(a, ())):
            for y in (self._editions[i] for i in self._of_story.get(b, ())):
                if _comparable(x.day, x.size, y, self.max_days):
                    yield x, y

    def retold(self, a: str, b: str) -> bool:
        """True when an edition of story `a` and one of story `b` in one language, on two known
        sites, match as a reprint does (a figure in common, the other-site threshold): one site
        retold the other's text."""
        for x, y in self._edition_pairs(a, b):
            if x.lang != y.lang or "unknown" in (x.site, y.site) or x.site == y.site:
                continue
            score = self._score(x.features, x.lang, y, x.machine)
            if score is not None and score[1] and score[0] >= _needed(x.site, y.site):
                return True
        return False

    def joining(self, story_id: str) -> list[str]:
        """The stories that join `story_id` now that it gained an edition: each story near it (a
        feature in common) whose editions `match` would have joined to it had they come after that
        edition, judged by the same rule as a page. A story in the languages `story_id` lacks joins
        as its editions; a one-language story in a language it holds, as another site's retelling
        of that edition (a one-language story is left to the ReprintDetector: this is how the
        retelling that came before the story's second language joins too). So the stories a run
        ends with do not depend on the order its pages came in."""
        held = self._langs_of.get(story_id, set())
        near: Counter = Counter()
        for x in (self._editions[i] for i in self._of_story.get(story_id, ())):
            self._sharing(x.features, near)
        found: list[str] = []
        judged = {story_id}
        for j, n in near.most_common():
            other = self._editions[j].story
            if n < 2 or other in judged:
                continue
            judged.add(other)
            langs = self._langs_of.get(other, set())
            retelling = bool(langs & held)
            if retelling and (len(langs) > 1 or len(held) < 2):
                continue  # two stories with a language in common are one only as a retelling
            for y in (self._editions[i] for i in self._of_story.get(other, ())):
                scored = self._candidates(y.features, y.lang, y.site, y.day, y.size, own=other,
                                          reprints=retelling, machine=y.machine)
                if story_id in self._decide(y.lang, scored):
                    found.append(other)
                    break
        return found

    def related(self, a: str, b: str) -> bool:
        """True when an edition of story `a` and one of story `b` match at PAIR_FACTOR of the
        threshold (dates and lengths comparable, enough in common)."""
        for x, y in self._edition_pairs(a, b):
            if x.lang == y.lang:
                continue
            score = self._score(x.features, x.lang, y, x.machine)
            if score is not None and score[0] >= _needed(x.site, y.site) * PAIR_FACTOR:
                return True
        return False

    def _features(self, article: Article, lang: str, title: str, body: str) -> frozenset[str]:
        key = (article.id, lang, title, len(body), hash(body))
        if key in self._prepared:  # `prepare` read it
            self._last = (key, self._prepared.pop(key))
        if self._last[0] != key:
            self._last = (key, features(article, lang, title, body, self.languages, self._local(article.site)))
        return self._last[1]

    def _local(self, site: str) -> frozenset[str]:
        """site_keys(site), read once per site of the run."""
        if site not in self._site_keys:
            if self.sites is None:
                self.sites = SiteRegistry.load()
            self._site_keys[site] = site_keys(site, self.sites)
        return self._site_keys[site]

    def _machine_features(self, article: Article, lang: str) -> dict[str, frozenset[str]]:
        """Language -> the features of `article`'s own text machine-translated into it, read as a
        page of that language (its site and entities are the article's)."""
        if lang != article.lang or article.id not in self._machine:
            return {}
        return {to: features(article, to, title, body, self.languages, self._local(article.site))
                for to, (title, body) in self._machine[article.id].items()}

    def _weight(self, feature: str) -> float:
        n = len(self._counted) + 1
        return KIND_WEIGHT[feature[0]] * math.log(1 + n / (1 + self._df.get(feature, 0)))

    def _score(self, feats: frozenset[str], lang: str, ed: _Edition,
               machine: dict[str, frozenset[str]] | None = None) -> tuple[float, bool] | None:
        """(cosine over the feature kinds both editions' languages produce, whether a figure or a
        date is shared); None when too few features, or features of too few kinds, are shared.
        With a machine translation of either side into the other's language, the two are also
        compared in that language, word for word, and the score is the mean of the comparisons:
        two stories of one site and day that share their people and figures part on their words
        (a comparison that finds too little in common counts 0; the own features alone decide
        only when there is no translation, or when they find too little themselves)."""
        own = self._cosine(feats, lang, ed.features, ed.lang)
        translated = []
        if machine and ed.lang in machine:  # the page translated into the edition's language
            translated.append(self._cosine(machine[ed.lang], ed.lang, ed.features, ed.lang))
        if lang in ed.machine:  # the edition translated into the page's language
            translated.append(self._cosine(feats, lang, ed.machine[lang], lang))
        if not translated:
            return own
        if own is None:
            return max((t for t in translated if t is not None), default=None)
        scores = [own[0]] + [t[0] if t is not None else 0.0 for t in translated]
        return sum(scores) / len(scores), own[1] or any(t[1] for t in translated if t is not None)

    def _cosine(self, feats: frozenset[str], lang: str, other: frozenset[str], other_lang: str) -> tuple[float, bool] | None:
        same_script = self.languages[lang].script == self.languages[other_lang].script \
            if lang in self.languages and other_lang in self.languages else False
        kinds = set(KIND_WEIGHT) if same_script else _CROSS_SCRIPT_KINDS
        shared = [f for f in feats & other if f[0] in kinds]
        if len(shared) < MIN_SHARED or len({f[0] for f in shared if f[0] in "kend"}) < MIN_KINDS:
            return None
        a = sum(self._weight(f) ** 2 for f in feats if f[0] in kinds)
        b = sum(self._weight(f) ** 2 for f in other if f[0] in kinds)
        if not a or not b:
            return None
        # a figure in common: a day and month, a number of three characters or more ("240", "1.7"),
        # or two smaller ones; a year is no figure (every story of the year has it)
        numbers = [f for f in shared if f[0] == "n" and not _YEAR.match(f)]
        figures = any(f[0] == "d" for f in shared) or len(numbers) >= 2 or any(len(f) >= 5 for f in numbers)
        return sum(self._weight(f) ** 2 for f in shared) / math.sqrt(a * b), figures


# --- features ------------------------------------------------------------------------------


def lead(body: str) -> str:
    """The first paragraphs of a body, about LEAD_CHARS long, cut at a sentence end (whole
    sentences: the translation cache holds them for the article's full translation too)."""
    out = ""
    for paragraph in body.split("\n\n"):
        if len(out) >= LEAD_CHARS:
            break
        out = f"{out}\n\n{paragraph}" if out else paragraph
    if len(out) > 2 * LEAD_CHARS:
        end = max(out.rfind(". ", 0, 2 * LEAD_CHARS), out.rfind(".\n", 0, 2 * LEAD_CHARS))
        out = out[: end + 1] if end >= LEAD_CHARS // 2 else out[: 2 * LEAD_CHARS]
    return out


def features(article: Article, lang: str, title: str, body: str,
             languages: LanguageRegistry | None = None, local: frozenset[str] | None = None) -> frozenset[str]:
    """The language-independent features of one edition's text (see the module docstring); `local`: the
    site's own place keys (site_keys; default: read from a registry loaded here)."""
    languages = resolve(languages)
    text = f"{title}\n{body}"
    out: set[str] = set()
    local = local if local is not None else site_keys(article.site, SiteRegistry.load())
    starts = {m.start(1) for m in _SENTENCE_START.finditer(text)}
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 4 or word.isdigit():
            continue
        capital = word[0].isupper() and not word.isupper() or (word.isupper() and len(word) <= 6)
        if capital and (m.start() not in starts or word.isupper()):
            key = coarse_key(word, english=lang == languages.source.code)
            if key and key not in local:
                out.add("k:" + key)
        if len(word) >= 6 and lang in languages and languages[lang].script != languages.source.script:
            key = name_key(word.lower())
            if key and len(key) >= 4:
                out.add("c:" + key)
    out.update("e:" + eid for eid in (*article.persons, *article.organizations, *article.places)
               if not local.intersection(coarse_key(w, english=True) for w in _ID_WORD.findall(eid)))
    out.update("n:" + number for number in figures(text))
    spelling = languages[lang].official_spelling if lang in languages else None
    if spelling is not None:  # another orthography's month names and topic words, read the official way
        title, body = spelling(title), spelling(body)
        text = f"{title}\n{body}"
    out.update(_dates(text, lang, languages))
    out.update(_glossary(title, body, lang, languages))
    return frozenset(out)


def figures(text: str) -> set[str]:
    """The numbers a text names, each as one string whatever the language wrote it like: thousands
    separators dropped, a decimal comma a point, a scale word multiplied out.

    >>> sorted(figures("1,5 млн рублей, 12 тыс. книг, 12,000 books, 1.5 million, 2,5%"))
    ['12000', '1500000', '2.5']
    """
    out = set()
    for m in _NUMBER.finditer(_THOUSANDS.sub("", text)):
        number = m.group(1).replace(",", ".")
        scale = m.group(2) or m.group(3) or m.group(4)
        if scale:
            number = format(Decimal(number).scaleb(_SCALES[scale.lower()]).normalize(), "f")
        if len(number) >= 2 and number not in ("00", "000"):
            out.add(number)
    return out


# name_key's sound classes merged further: a name crosses scripts through a translator's ear, not a
# romanization table (Kavanaugh / Каванах, Congress / Конгресс, Virginia / Вирджиния, Hughes / Хьюз)
_COARSE = str.maketrans({"g": "K", "k": "K", "x": "K", "h": "K", "q": "K", "c": "K", "C": "K", "J": "K",
                         "d": "T", "t": "T", "b": "P", "p": "P", "s": "S", "z": "S", "Z": "S",
                         "f": "F", "v": "F", "w": "F", "*": None})
_ENGLISH_C = re.compile(r"c(?![eiyh])")


_ID_WORD = re.compile(r"[a-z]{4,}")


def site_keys(site: str, sites: SiteRegistry) -> frozenset[str]:
    """Coarse keys of the site's own place names in each language (Orsha, Оршанский, Аршанскі):
    every story of the site names its town, so the town tells editions of one story nothing."""
    found = sites.get(site) if site else None
    labels = list(found.labels.values()) if found else [site or ""]
    generic = {"district", "oblast", "city", "executive", "committee"}
    keys = set()
    for label in labels:
        for word in _WORD.findall(label):
            if word[0].isupper() and word.lower() not in generic and len(word) >= 4:
                keys.add(coarse_key(word, english=word.isascii()))
    # an adjective of the town (Оршанский) has the town's first consonants (Орша)
    return frozenset(k[:3] for k in keys if k) | frozenset(k for k in keys if k)


def coarse_key(word: str, english: bool = False) -> str | None:
    """The first four consonant classes of a name word's key (lang.translit.name_key), or None
    for a word with fewer than two. `english`: an English spelling, where c is k (Democrat,
    Congress), not the ц of Belarusian romanizations."""
    if english:
        word = _ENGLISH_C.sub("k", word.lower())
    key = name_key(word).translate(_COARSE)
    return key[:4] if len(key) >= 2 else None


def _dates(text: str, lang: str, languages: LanguageRegistry) -> set[str]:
    """"d:M-D" for each day of a month the text names ("10 January", "January 10", "10 января")."""
    if lang not in languages:
        return set()
    months = languages[lang].months
    words = _WORD.findall(text.lower())
    out = set()
    for i, word in enumerate(words):
        month = months.get(word)
        if not month:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and words[j].isdigit() and 1 <= int(words[j]) <= 31:
                out.add(f"d:{month}-{int(words[j])}")
                break
    return out


def _glossary(title: str, body: str, lang: str, languages: LanguageRegistry) -> set[str]:
    """"g:<English stem>": the lead's topic words, in English (Russian/Belarusian through the glossary)."""
    from ..lang.glossary import english_stems, english_terms

    lead = f"{title}\n{body[:LEAD_CHARS]}"
    words = [w.lower() for w in _WORD.findall(lead) if len(w) >= 4 and not w.isdigit()]
    source = languages.source
    if lang == source.code:
        return {"g:" + source.stem(w) for w in words if w not in source.stopwords}
    if lang not in languages:
        return set()
    terms: list[str] = []
    for word in dict.fromkeys(words):
        terms += english_terms(word, lang, languages)
    return {"g:" + s for s in english_stems(terms, languages)}


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None
