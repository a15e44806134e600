"""`searchsvc` subcommands of the entities package."""


def register(sub) -> None:
    """Add this package's subcommands to the CLI's subparsers."""
