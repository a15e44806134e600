"""Search: query -> ranked hits, exact facet counts, safe snippets, suggestions."""

from .errors import QueryError
from .service import SearchService

__all__ = ["QueryError", "SearchService"]
