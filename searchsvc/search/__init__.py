"""Search: query -> ranked hits, exact facet counts, safe snippets, suggestions."""

from .errors import QueryError
from .results import EntityLabel, Hit, SearchResult
from .service import SearchService

__all__ = ["EntityLabel", "Hit", "QueryError", "SearchResult", "SearchService"]
