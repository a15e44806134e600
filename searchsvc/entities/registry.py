"""The entity registry: one canonical id per person or organization, with en/ru/be labels.

>>> registry = EntityRegistry.load()
>>> registry.get("aleksandr-volfovich").label("be")
'Аляксандр Вальфовіч'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..languages import LANGUAGES, SOURCE

REGISTRY_FILE = Path(__file__).with_name("registry.json")
ENTITY_TYPES = ("person", "organization")


@dataclass
class Entity:
    id: str
    type: str
    labels: dict[str, str]
    aliases: list[str] = field(default_factory=list)
    machine_labels: bool = False  # True when ru/be labels were made by transliteration/MT

    def label(self, lang: str = SOURCE) -> str:
        return self.labels.get(lang) or self.labels[SOURCE]

    def names(self) -> list[str]:
        """Every surface form: labels in all languages plus aliases."""
        seen = dict.fromkeys([*(self.labels.get(l) for l in LANGUAGES if self.labels.get(l)), *self.aliases])
        return list(seen)

    def to_dict(self) -> dict:
        d = {"id": self.id, "type": self.type, "labels": self.labels, "aliases": self.aliases}
        if self.machine_labels:
            d["machine_labels"] = True
        return d


class EntityRegistry:
    def __init__(self, entities: list[Entity]):
        self._by_id = {e.id: e for e in entities}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "EntityRegistry":
        data = json.loads(Path(path or REGISTRY_FILE).read_text(encoding="utf-8"))
        return cls([Entity(**e) for e in data])

    def __iter__(self):
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def add(self, entity: Entity) -> None:
        self._by_id.setdefault(entity.id, entity)

    def of_type(self, etype: str) -> list[Entity]:
        return [e for e in self._by_id.values() if e.type == etype]

    def label(self, entity_id: str, lang: str = SOURCE) -> str:
        e = self._by_id.get(entity_id)
        return e.label(lang) if e else entity_id
