"""Find registry entities in an article's title and body (never site chrome)."""

from __future__ import annotations

import re

from ..article import Article
from .registry import EntityRegistry


class EntityExtractor:
    """Gazetteer matching over every name and alias in the registry, longest first."""

    _default: "EntityExtractor | None" = None

    def __init__(self, registry: EntityRegistry):
        self.registry = registry
        names = []
        for entity in registry:
            for name in entity.names():
                names.append((name, entity.id))
        names.sort(key=lambda n: -len(n[0]))
        self._ids = {name.lower(): eid for name, eid in names}
        alternation = "|".join(re.escape(n) for n, _ in names)
        self._pattern = re.compile(rf"(?<!\w)({alternation})(?!\w)", re.IGNORECASE)

    @classmethod
    def default(cls) -> "EntityExtractor":
        if cls._default is None:
            cls._default = cls(EntityRegistry.load())
        return cls._default

    def find(self, text: str) -> list[str]:
        """Entity ids in order of first mention."""
        found: dict[str, None] = {}
        for m in self._pattern.finditer(text):
            name = m.group(1)
            if name.isupper() is False and name.lower() == name:
                continue  # all-lowercase is a common word, not a name
            found.setdefault(self._ids[name.lower()], None)
        return list(found)

    def annotate(self, article: Article) -> Article:
        ids = self.find(f"{article.title}\n{article.body}")
        article.persons = [i for i in ids if self.registry.get(i).type == "person"]
        article.organizations = [i for i in ids if self.registry.get(i).type == "organization"]
        return article
