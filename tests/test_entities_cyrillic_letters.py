"""Whether a word is written in Cyrillic is one test, `lang.translit.CYRILLIC` (`entities.names.CYRILLIC` for the
entity modules), which every module reads: a copy of the letter class in one module (places, extract, cyrillic and
search/query each had one) lets the modules disagree about a word (a Ukrainian "Євген" was Cyrillic to one and not
to another)."""

from __future__ import annotations

import re
from pathlib import Path

import searchsvc
from searchsvc.entities import names
from searchsvc.entities.names import CYRILLIC
from searchsvc.lang import translit

_PACKAGE = Path(searchsvc.__file__).parent
# a regex that is one bracketed class of the whole Cyrillic alphabet and nothing else: the letter test, copied
# (a class of some letters, Belarusian's [ІіЎў], is another test)
_LETTER_CLASS = re.compile(r"""re\.compile\(r?["']\[(?:(?=[^]]*А-Я)(?=[^]]*а-я)[А-Яа-яЁёІіЎў-]+|\\u0400-\\u04ff)\]["']\)""",
                           re.I)


def test_the_cyrillic_letter_test_has_one_home():
    copies = [f"{path.relative_to(_PACKAGE)}:{text[:m.start()].count(chr(10)) + 1}"
              for path in sorted(_PACKAGE.rglob("*.py")) for text in [path.read_text(encoding="utf-8")]
              for m in _LETTER_CLASS.finditer(text)]
    assert copies == ["lang/translit.py:38"]  # the home
    assert names.CYRILLIC is translit.CYRILLIC


def test_the_letter_test_knows_every_cyrillic_alphabet_the_pages_use():
    assert all(CYRILLIC.match(w) for w in ("Ўзда", "Іўе", "Ёлка", "Євген", "Їжак", "Ґудзь", "Ђорђе"))
    assert not any(CYRILLIC.search(w) for w in ("Uzda", "Yevhen", "Đorđe"))
