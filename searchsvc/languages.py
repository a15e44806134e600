"""The one list of languages searchsvc knows.

Source articles are English; every article is translated into the TARGETS.
"""

SOURCE = "en"
TARGETS = ("ru", "be")
LANGUAGES = (SOURCE, *TARGETS)

NAMES = {"en": "English", "ru": "Русский", "be": "Беларуская"}


def check(lang: str) -> str:
    """Return `lang` if it is a known language code, else raise ValueError."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang
