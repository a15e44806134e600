"""A language searchsvc knows, as one value: everything the code needs per language.

>>> from searchsvc.languages import default_languages   # English, Russian, Belarusian
>>> languages = default_languages()
>>> languages["be"].stem("ураджаю") == languages["be"].stem("ураджай"), languages.source.code
(True, 'en')

A `Language` holds the linguistic facts (alphabet and script, stopwords, stemmer, month and date
words, keyboard layout, transliteration systems, glossary column, detection hints, the search
page's strings); a `LanguageRegistry` holds the languages of one deployment, the source language
(the language articles arrive in) first. Both are immutable: a fourth language is a new registry,

    with_ukrainian = default_languages().with_language(Language(code="uk", ...))

and every component that needs languages (schema, documents, query planning, detection,
snippets, dates, keyboard repair, the search service) takes a registry, defaulting to
`default_languages()`. Nothing here knows a search engine: the engine builds its analyzers
from `stopwords`, `stem` and `token_pattern`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from types import MappingProxyType
from typing import Callable, Iterable, Iterator, Mapping

# Words with apostrophes (Belarusian "аб'ява", "сям’я") stay one token.
TOKEN_PATTERN = r"\w+(?:['’ʼ]\w+)*"
APOSTROPHES = "'’ʼ`´‘"

# Letter tests per script; a Language names its script, a text's script is counted with these.
SCRIPTS: Mapping[str, Callable[[str], bool]] = MappingProxyType({
    "Latn": lambda ch: ch.isascii() and ch.isalpha(),
    "Cyrl": lambda ch: "\u0400" <= ch <= "\u04ff",
})


@dataclass(frozen=True)
class GlossaryRules:
    """How a language reads its column of lang/glossary.tsv (topic words -> English terms).

    `case_endings`: endings tried on each listed word so its inflected forms' stems are keys too;
    `softenings`: stem-final consonant -> its locative form (візіт -> візіце), each tried as well;
    `generic_words`: words of a phrase too vague to stand for the phrase alone ("день знаний");
    `fallback`: (language code, str.translate table) tried for a word this column lacks, spelled
    the other language's way (прэзідэнт -> президент).
    """

    column: int
    case_endings: tuple[str, ...] = ("",)
    softenings: tuple[tuple[str, str], ...] = ()
    generic_words: frozenset[str] = frozenset()
    fallback: tuple[str, Mapping[int, str]] | None = None


@dataclass(frozen=True, eq=False)
class Language:
    """One language: see the module docstring. `stem` must pickle (a module-level function, or an
    instance of a module-level class such as lang.stemmers.SuffixStemmer): indexes store it."""

    code: str
    name: str  # in the language itself: the search page's language switch
    english_name: str  # translation package metadata, documentation
    script: str  # a key of SCRIPTS
    alphabet: str  # lowercase letters a word of the language is spelled with
    stopwords: frozenset[str]
    stem: Callable[[str], str]
    token_pattern: str = TOKEN_PATTERN
    vowels: str = ""
    # dates: every month word a page may write (cases, abbreviations) -> month number; the
    # nominative names for labels; words after a year ("2023 г."); words before a clock ("в 14:35")
    months: Mapping[str, int] = field(default_factory=dict)
    month_names: tuple[str, ...] = ()
    year_words: tuple[str, ...] = ()
    clock_words: tuple[str, ...] = ()
    # every weekday word a page may write before a date (full, abbreviated) -> 0 (Monday) .. 6 (Sunday): it
    # tells 03/04/2026 (day-first or month-first?) and labels a date line ("Wednesday, 11 January 2023")
    weekdays: Mapping[str, int] = field(default_factory=dict)
    # query dates (search/dates.py): a phrase -> a relative period (search/dates.py RELATIVE: today,
    # yesterday, ..., last_year, year_before_last), or a preposition that joins a date:
    # "in" ("в 2025 году"), "from" / "to" (a range: "с 2022 по 2024")
    date_words: Mapping[str, str] = field(default_factory=dict)
    # the keyboard layout: the characters of the keys of lang.keyboard.QWERTY, in the same order
    keyboard: str | None = None
    # layout repair: how much more word-like this language's reading must be to win (a layout
    # typed less often than a sibling's loses ties)
    keyboard_margin: float = 0.0
    # transliteration systems (names in lang.translit) that romanize this language's names
    translit_systems: tuple[str, ...] = ()
    # English-press spellings (Dmitry, Sergei, Alexander) are added to the romanized forms
    press_spellings: bool = False
    # the rule set (lang.translit.CYRILLIC_RULES) that spells a Latin name this language's way
    cyrillic_rules: str | None = None
    # names in a query's case forms (lang.declension): a case ending of a surname or first name ->
    # the nominative endings it may stand for ("ского" -> "ский", "ская"; "" = the bare stem)
    name_cases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # how English-language news respells this language's names: (the language whose
    # transliteration reads the respelled name, ((regex, replacement), ...)); Belarusian
    # "Пуцін", "Дзмітрый" are written from their Russian forms "Путин", "Дмитрий"
    press_respelling: tuple[str, tuple[tuple[str, str], ...]] | None = None
    # what press_respelling's letter rules cannot know: first names whose counterpart in that
    # language the press spells (Ігар is Igor from Игорь, not Ihar; nominatives; their stems also
    # start surnames made from them: Раманенка is Romanenko), and surname endings taken over
    # before the letter rules (-оў -> -ов: Іваноў is Ivanov)
    press_first_names: Mapping[str, str] = field(default_factory=dict)
    press_surname_endings: tuple[tuple[str, str], ...] = ()
    # query-language detection among languages of one script: letters only this language has,
    # common words only it has, spelling patterns typical of it (a regex)
    marker_letters: frozenset[str] = frozenset()
    marker_words: frozenset[str] = frozenset()
    marker_patterns: str = ""
    glossary: GlossaryRules | None = None
    # another orthography of the language folded to the official one, for matching texts (a
    # module-level function: Belarusian classical orthography, lang.belarusian.official_spelling)
    official_spelling: Callable[[str], str] | None = None
    # the search page's strings: key -> text; {n}, {p} in a text are filled in by the page
    ui: Mapping[str, object] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.english_name!r})"

    def is_letter(self, ch: str) -> bool:
        """A letter of this language's script."""
        return SCRIPTS[self.script](ch)


class LanguageRegistry:
    """The languages of one deployment, the source language first; immutable.

    >>> from searchsvc.languages import default_languages
    >>> languages = default_languages()
    >>> languages.codes, [l.code for l in languages.targets]
    (('en', 'ru', 'be'), ['ru', 'be'])
    """

    def __init__(self, languages: Iterable[Language], source: str | None = None):
        items = list(languages)
        if not items:
            raise ValueError("a language registry needs at least one language")
        codes = [lang.code for lang in items]
        if len(set(codes)) != len(codes):
            raise ValueError(f"language codes must be unique, got {codes}")
        source = source or codes[0]
        if source not in codes:
            raise ValueError(f"source language {source!r} is not one of {', '.join(codes)}")
        for lang in items:
            if lang.script not in SCRIPTS:
                raise ValueError(f"language {lang.code!r}: unknown script {lang.script!r}; expected one of "
                                 f"{', '.join(SCRIPTS)}")
            if lang.month_names and len(lang.month_names) != 12:
                raise ValueError(f"language {lang.code!r}: month_names needs 12 names")
        # the source first: field order, the bitmask of translations, lists shown to users
        self._languages = {lang.code: lang for lang in sorted(items, key=lambda lang: lang.code != source)}
        self.source: Language = self._languages[source]

    def with_language(self, language: Language) -> "LanguageRegistry":
        """A new registry: these languages and `language` (replacing one with the same code)."""
        others = [lang for lang in self if lang.code != language.code]
        return LanguageRegistry([*others, language], source=self.source.code)

    def without(self, code: str) -> "LanguageRegistry":
        return LanguageRegistry([lang for lang in self if lang.code != code], source=self.source.code)

    # -- look-up ------------------------------------------------------------------------------
    def __getitem__(self, code: str) -> Language:
        try:
            return self._languages[code]
        except (KeyError, TypeError):
            raise KeyError(self.unknown(code)) from None

    def get(self, code, default=None) -> Language | None:
        return self._languages.get(code, default) if isinstance(code, str) else default

    def __contains__(self, code) -> bool:
        return isinstance(code, str) and code in self._languages

    def __iter__(self) -> Iterator[Language]:
        return iter(self._languages.values())

    def __len__(self) -> int:
        return len(self._languages)

    def __repr__(self) -> str:
        return f"LanguageRegistry({', '.join(self.codes)})"

    def unknown(self, code) -> str:
        return f"unknown language {code!r}; expected one of {', '.join(self.codes)}"

    def check(self, code) -> str:
        """`code` if it is a known language code, else ValueError."""
        if code not in self:
            raise ValueError(self.unknown(code))
        return code

    # -- derived lists ------------------------------------------------------------------------
    @cached_property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._languages)

    @cached_property
    def targets(self) -> tuple[Language, ...]:
        """Every language but the source: what articles are translated into."""
        return tuple(lang for lang in self if lang is not self.source)

    @cached_property
    def target_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.targets)

    def bit(self, code: str) -> int:
        """The bit of `code` in a document's `translated` mask (registry order)."""
        return 1 << self.codes.index(code)

    def masks_missing(self, codes: Iterable[str]) -> list[int]:
        """The values of a document's `translated` mask that lack at least one of `codes`."""
        bits = [self.bit(code) for code in codes]
        return [m for m in range(1 << len(self)) if any(not m & b for b in bits)]

    def of_script(self, script: str) -> tuple[Language, ...]:
        return tuple(lang for lang in self if lang.script == script)

    @cached_property
    def month_numbers(self) -> Mapping[str, int]:
        """Every month word of every language (lowercase) -> month number."""
        return self._merged_words(lambda lang: lang.months)

    @cached_property
    def weekday_numbers(self) -> Mapping[str, int]:
        """Every weekday word of every language (lowercase) -> 0 (Monday) .. 6 (Sunday)."""
        return self._merged_words(lambda lang: lang.weekdays)

    def _merged_words(self, words_of: Callable[[Language], Mapping[str, int]]) -> Mapping[str, int]:
        """Lowercase word -> number over every language (the first language wins where two share a word)."""
        merged: dict[str, int] = {}
        for lang in self:
            for word, number in words_of(lang).items():
                merged.setdefault(word.lower(), number)
        return MappingProxyType(merged)

    def spelling_language(self, word: str) -> Language:
        """The language a single word or name is spelled in, by script and marker letters alone:
        Latin -> the Latin-script language (the source first); Cyrillic -> the first Cyrillic
        language whose marker letters it has, else the first Cyrillic language."""
        low = word.lower()
        scripts = [script for script, test in SCRIPTS.items() if any(test(ch) for ch in low)]
        script = next((s for s in scripts if s != self.source.script), self.source.script)
        candidates = self.of_script(script) or (self.source,)
        for lang in candidates[1:]:
            if lang.marker_letters & set(low):
                return lang
        return candidates[0]


def same_script_siblings(languages: LanguageRegistry, lang: Language) -> tuple[Language, ...]:
    """The other languages written in `lang`'s script."""
    return tuple(other for other in languages.of_script(lang.script) if other is not lang)


def foreign_letters(languages: LanguageRegistry, lang: Language) -> frozenset[str]:
    """Letters of `lang`'s script siblings that `lang` never writes (и in Belarusian, ў in
    Russian); an apostrophe counts in every form when the language has none."""
    own = set(lang.alphabet)
    out = set()
    for other in same_script_siblings(languages, lang):
        out |= set(other.alphabet) - own
    if "'" in out:
        out |= {"’"}
    return frozenset(out)


def with_changes(language: Language, **changes) -> Language:
    """A copy of `language` with some fields changed (e.g. another stemmer)."""
    return replace(language, **changes)

