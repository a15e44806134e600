"""Companies' legal forms: the one reader of legal_forms.tsv, which every other reader asks.

A form stands before or after a name and is mostly no part of it ("OJSC Grodno Azot", «ОАО «Гродно Азот»): the site
registry names a site with the press's form first, the Russian and Belarusian namer gives a company the press's
form (ОАО = OJSC), the English rules drop the form from the name; a farm's and a club's form stays in the name
('SPK "Rassvet"', "HC Dinamo"). One table says which form is which, so that a form added there is known to all of
them (before it was three lists in lexicon.py, companies.py and the table).

>>> forms = legal_forms()
>>> forms.press("ЗАТ"), forms.kept["ХК"], "pjsc" in forms.before_names, "hc" in forms.name_prefixes
('CJSC', 'HC', True, True)
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path

from . import tables

# the legal forms of companies, in Latin and in Cyrillic, in initials and in full
LEGAL_FORMS_FILE = Path(__file__).parent / "legal_forms.tsv"
# the scopes of a Belarusian company's forms: the press's and those read on English pages only
_COMPANY_SCOPES = ("press", "")


class LegalForms:
    """The legal forms of legal_forms.tsv, as each reader needs them: the press's form for one written in Russian or
    Belarusian (`press`), the initials the press keeps (`press_initials`), the Latin forms a page prints (`latin`),
    the alternations the site registry's patterns are made of (these read a Belarusian company's rows only); the
    forms a farm's or a club's name keeps (`kept`), and the Latin forms the English rules drop from a name
    (`before_names`) or keep in it (`name_prefixes`).

    >>> forms = LegalForms()
    >>> forms.press("ААТ"), forms.press("закрытое акционерное общество"), forms.latin["fllc"]
    ('OJSC', 'CJSC', 'FLLC')
    """

    def __init__(self, path: Path = LEGAL_FORMS_FILE):
        table = [(english, _cells(latin), _cells(initials), _cells(spelled), scope)
                 for english, latin, initials, spelled, scope in tables.rows(path, 5)]
        # a Belarusian company's forms (English, Latin forms, Cyrillic initials, Cyrillic forms in full, the press's)
        self.rows = [(english, latin, initials, spelled, scope == "press")
                     for english, latin, initials, spelled, scope in table if scope in _COMPANY_SCOPES]
        self._table = table

    def press(self, written: str) -> str:
        """The English press's form for a Russian or Belarusian legal form, in initials or in full: ОАО, ААТ, АО =
        OJSC (the press writes every ОАО "OJSC"), ЗАО = CJSC, РУП = RUE, КУП, УП = UE, ИООО = FLLC; OJSC for a form
        the table lacks."""
        low = " ".join(written.lower().replace("ё", "е").split())
        found = next((english for english, _latin, initials, spelled, _press in self.rows
                      if low in {i.lower() for i in initials} or any(_same_form(low, form) for form in spelled)), None)
        if found is None and " " in low and all(w.upper() in self.initials for w in low.split()):
            return " ".join(self.press(w) for w in low.split())  # a joint venture's "СП ОАО": JV OJSC
        return found or "OJSC"

    @cached_property
    def initials(self) -> frozenset[str]:
        """The Cyrillic initials of every form (ОАО, ЗАТ, ИООО, СП ...)."""
        return frozenset(i for _en, _latin, initials, _spelled, _press in self.rows for i in initials)

    @cached_property
    def press_initials(self) -> frozenset[str]:
        """The Cyrillic initials of the forms the press names a company with (ОАО, ЗАО, РУП, УП ...)."""
        return frozenset(i for _en, _latin, initials, _spelled, press in self.rows if press for i in initials)

    @cached_property
    def latin(self) -> dict[str, str]:
        """A Latin form as a page prints it, lower case ("jsc", "open joint stock company", "fllc") -> the press's."""
        return {form: english for english, latin, *_ in self.rows for form in latin}

    @cached_property
    def latin_initials(self) -> list[str]:
        """The Latin forms in initials as a story prints them before a name, escaped, the longest first (FLLC, OJSC,
        JSC, CJSC, RUE, UE, JV ...)."""
        return sorted({re.escape(form.upper()) for form in self.latin if " " not in form and "." not in form},
                      key=len, reverse=True)

    @cached_property
    def kept(self) -> dict[str, str]:
        """The Cyrillic initials of the forms an English name keeps -> their English ("СПК": SPK, "ХК": HC): a
        farm's and a club's form opens its name ('SPK "Rassvet"', "HC Dinamo"), unlike a company's."""
        return {i: english for english, _latin, initials, _spelled, scope in self._table if scope in ("farm", "club")
                for i in initials}

    @cached_property
    def farm_initials(self) -> frozenset[str]:
        """The Cyrillic initials of an agricultural company's forms (СПК, СВК, КСУП, КСВУП): such a company is named
        after its village ("СПК «Гольшаны»" is the farm of the village Golshany, no place of its own)."""
        return frozenset(i for _en, _latin, initials, _spelled, scope in self._table if scope == "farm" for i in initials)

    @cached_property
    def before_names(self) -> frozenset[str]:
        """The one-word Latin forms, lower case, that a story prints before or after a name and that are no part of
        it ("OJSC Grodno Azot" is Grodno Azot, "Gazprom PJSC" is Gazprom): every row's but a club's."""
        return frozenset(form for _en, latin, _initials, _spelled, scope in self._table if scope != "club"
                         for form in latin if " " not in form and "." not in form)

    @cached_property
    def name_prefixes(self) -> frozenset[str]:
        """The Latin forms, lower case, that open a name and stay in it: a club's ("HC Dinamo", "FC Isloch")."""
        return frozenset(form for _en, latin, _initials, _spelled, scope in self._table if scope == "club"
                         for form in latin)

    def cyrillic(self) -> str:
        """A regex alternation of the Cyrillic forms, initials and in full, the longest first; initials may stand
        before a form ("СП ОАО": a joint venture's form before its company form)."""
        forms = {f for _en, _latin, initials, spelled, _press in self.rows
                 for f in (*initials, *(r"\s+".join(spelled_form.split()) for spelled_form in spelled))}
        initials = "|".join(sorted(self.initials, key=len, reverse=True))
        return rf"(?:(?:{initials})\s+)*(?:{'|'.join(sorted(forms, key=len, reverse=True))})"

    @cached_property
    def spelled_stems(self) -> list[str]:
        """The stems of the words of the forms in full (акционерн, обществ, унитарн, предприяти ...): what a body's
        legal form spelled out before its quoted name is made of."""
        return sorted({word[:-2] for *_x, spelled, _press in self.rows for form in spelled for word in form.split()
                       if len(word) > 4}, key=len, reverse=True)


def _same_form(written: str, form: str) -> bool:
    """Whether lower-case words are a case form of a legal form in full, word by word ("закрытого акционерного
    общества": закрытое акционерное общество)."""
    words, forms = written.split(), form.split()
    return len(words) == len(forms) and all(w.startswith(f[:-2] if len(f) > 4 else f) for w, f in zip(words, forms))


def _cells(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.split(",") if c.strip())


@lru_cache(maxsize=1)
def legal_forms() -> LegalForms:
    """The legal forms table, read once (every reader shares it)."""
    return LegalForms()


def press_legal_form(written: str) -> str:
    """The English press's form for a Russian or Belarusian legal form (LegalForms.press).

    >>> press_legal_form("ААТ"), press_legal_form("закрытое акционерное общество")
    ('OJSC', 'CJSC')
    """
    return legal_forms().press(written)
