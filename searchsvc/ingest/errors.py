"""The one exception ingestion raises for a page it cannot use."""


class IngestError(ValueError):
    """A page that cannot become an article; the message is the reason a user reads."""
