"""Language tools: analyzers, stemmers, transliteration, query-language detection, layout repair, glossary."""


def warm_up() -> None:
    """Load the glossary and the layout-repair vocabulary now (about 0.5-1 s once) rather than
    on the first query that needs them; a search service calls this when it starts."""
    from . import glossary, keyboard

    glossary.default_glossary()
    keyboard.repair_layout("cnjk")  # builds the known-word sets
