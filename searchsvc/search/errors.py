"""Errors a caller can show to the user."""


class QueryError(ValueError):
    """A malformed advanced query or a bad search parameter; the message says what and where."""
