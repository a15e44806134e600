"""Recognise one story reprinted by many sites: same body give or take an edited first sentence."""

from __future__ import annotations

import re

from ..article import Article

_WORD = re.compile(r"\w+", re.U)


def shingles(text: str, k: int = 5) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + k])) for i in range(max(1, len(words) - k + 1))}


class ReprintDetector:
    """Keeps the shingle sets of the articles seen so far; `match` finds an earlier copy."""

    def __init__(self, threshold: float = 0.6):
        self.threshold = threshold
        self._seen: list[tuple[str, str | None, set[int]]] = []

    def match(self, article: Article) -> str | None:
        sh = shingles(article.title + " " + article.body)
        for art_id, published, other in self._seen:
            if published and article.published and published != article.published:
                continue
            inter = len(sh & other)
            if inter and inter / min(len(sh), len(other)) >= self.threshold:
                return art_id
        self._seen.append((article.id, article.published, sh))
        return None
