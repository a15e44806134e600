"""Search: query -> ranked hits, exact facet counts, safe snippets, suggestions."""

from .service import SearchService

__all__ = ["SearchService"]
