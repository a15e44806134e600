"""Entities: persons and organizations as canonical, multilingual facet values."""

from .extract import EntityExtractor
from .registry import Entity, EntityRegistry

__all__ = ["Entity", "EntityExtractor", "EntityRegistry"]
