"""HTTP: the Starlette application (JSON API and search page)."""
