"""The Article: what one news story is, after ingestion, wherever it was scraped from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field


@dataclass
class Source:
    """One place the story was published (the original or a reprint)."""

    site: str
    url: str | None = None
    source_path: str | None = None  # where the indexer read it: the server's business, never in a response
    lang: str | None = None  # the language of this copy's text (an edition); None: the story's own language


# Translation.route of a text the site itself published in that language (its own edition of the
# story, linked by ingest.editions), and of a translation shipped with a JSON Lines record.
SITE_EDITION = "site"
PREMADE = "premade"
HUMAN_ROUTES = (SITE_EDITION, PREMADE)


@dataclass
class Translation:
    title: str
    body: str
    route: str  # "direct", "pivot:ru" (machine), "premade" (shipped with the record), "site" (the site's edition)

    @property
    def source(self) -> str:
        """"site" when people wrote this text (the site's own edition or a shipped translation), else "machine"."""
        return "site" if self.route in HUMAN_ROUTES else "machine"


@dataclass
class Article:
    id: str
    title: str
    body: str  # paragraphs separated by blank lines
    site: str
    published: str | None  # ISO date "2023-01-11"
    published_time: str | None = None  # "14:35" when known (Europe/Minsk)
    url: str | None = None
    lang: str = "en"
    sources: list[Source] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)  # canonical entity ids
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # place ids ("place:by-town:orsha")
    regions: list[str] = field(default_factory=list)  # oblasts (or Minsk) it is about: entities.regions
    translations: dict[str, Translation] = field(default_factory=dict)
    source_path: str | None = None

    def text_in(self, lang: str) -> tuple[str, str] | None:
        """(title, body) in `lang`: the story's own text, a site edition or a translation; else None."""
        if lang == self.lang:
            return self.title, self.body
        tr = self.translations.get(lang)
        return (tr.title, tr.body) if tr is not None else None

    def translation_source(self) -> dict[str, str]:
        """Per language with text: "site" (written by people: the page itself, a site edition, a
        shipped translation) or "machine"."""
        out = {self.lang: "site"}
        for lang, tr in self.translations.items():
            out[lang] = tr.source
        return out

    @property
    def edition_langs(self) -> list[str]:
        """The languages the site itself published this story in (its own text first)."""
        return [self.lang] + sorted(lang for lang, tr in self.translations.items() if tr.route == SITE_EDITION)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    @property
    def content_hash(self) -> str:
        """Changes when the text an index depends on changes."""
        return hashlib.sha256(f"{self.title}\n{self.body}\n{self.published}".encode()).hexdigest()[:16]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        data = dict(data)
        data["sources"] = [Source(**s) for s in data.get("sources", [])]
        data["translations"] = {k: Translation(**v) for k, v in (data.get("translations") or {}).items()}
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


_WS = re.compile(r"\s+")


# Fields the index stores for the indexer (reprint merging, incremental reindex) that no response
# shows: an absolute path on the server tells a visitor nothing and a probe too much.
INTERNAL_FIELDS = ("source_path",)


def public_source(source: dict) -> dict:
    """One copy of the story as a response shows it: {site, url}, and `lang` for a site's edition
    in another language."""
    return {k: v for k, v in source.items() if k not in INTERNAL_FIELDS and not (k == "lang" and v is None)}


def public_view(article: dict) -> dict:
    """A stored article (Article.to_dict form) as a response shows it: internal fields left out."""
    out = {k: v for k, v in article.items() if k not in INTERNAL_FIELDS}
    out["sources"] = [public_source(s) for s in article.get("sources") or []]
    # who wrote each language's text: "site" (the page, the site's own edition) or "machine"
    story = Article.from_dict(article)
    out["translation_source"] = story.translation_source()
    out["editions"] = story.edition_langs
    return out


def normalise_text(text: str) -> str:
    return _WS.sub(" ", text).strip()


def content_id(title: str, body: str) -> str:
    """Stable id for a page with no canonical URL: a hash of its normalised text."""
    digest = hashlib.sha256(normalise_text(f"{title}\n{body}").lower().encode()).hexdigest()
    return digest[:16]
