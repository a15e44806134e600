"""Persons and organizations in Russian and Belarusian text, with English labels.

The capitalization rules in `extract.py` read English. On pages in Russian or Belarusian this module
finds, in any case form:

- executive committees and dioceses named by a town's adjective ("Кричевского райисполкома",
  "Лідскага раённага выканаўчага камітэта", "Лидскую епархию"), from the region's names in
  `belarus_places.tsv` (via `sites.SiteRegistry`);
- organizations the registry knows by a Russian or Belarusian name ("Банк развития Республики
  Беларусь"), and companies in quotes after a legal form ("ОАО «Кричевцементношифер»");
- persons: a known first name and a surname ("Андрей Мулярчик"), and clergy by one name after their
  title ("епископ Лидский и Сморгонский Порфирий"), labelled in the common English transliteration.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import latin_forms
from .places import StemIndex, rows, BELARUS_FILE, tokens
from .shapes import Candidate, Mention
from .sites import SiteRegistry

_CYR = re.compile(r"[А-Яа-яЁёІіЎў]")
_NAME = r"[А-ЯЁІЎ][а-яёіў’'-]+"
_PERSON = re.compile(rf"(?<![\w-])({_NAME})\s+({_NAME})(?![\w-])")
_CLERGY = re.compile(rf"(?:епископ|архиепископ|митрополит|патриарх|біскуп|мітрапаліт)\s+"
                     rf"(?:{_NAME}(?:\s+(?:и|і)\s+{_NAME})?\s+)?({_NAME})", re.I)
_QUOTED = re.compile(r"(?:ОАО|ЗАО|ООО|ОДО|СООО|ИООО|УП|РУП|КУП|ЧУП|ЧТУП|ААТ|ЗАТ|ТАА|холдинг\w*|компани\w*|"
                     r"предприяти\w*|завод\w*|прадпрыемств\w*|кампані\w*)\s+"
                     r"(?:[^«»\n]{0,40}«)?«?([А-ЯЁІЎA-Z][^«»\n]{1,40})»")


def _latin(word: str, lang: str, first_name: bool = False) -> str | None:
    """The common English spelling of a Russian/Belarusian name word (Andrei, Dmitry, Mulyarchik)."""
    forms = sorted(latin_forms(word, lang))
    plain = [f for f in forms if f.isascii() and "j" not in f.lower()] or forms
    if first_name:
        known = [f for f in plain if f.lower() in lx.FIRST_NAMES]
        if not known:
            return None
        return min(known, key=lambda f: (len(f), f.lower().endswith("ey"), f))
    return min(plain, key=lambda f: (-f.lower().count("y"), len(f), f)) if plain else None


class CyrillicNames:
    def __init__(self, registry):
        self.registry = registry
        self._bodies = StemIndex()
        self.sites = SiteRegistry.load()
        for site in self.sites:
            for name in (site.labels.get("ru"), site.labels.get("be"), *site.aliases):
                if name and "ого " not in name and "ага " not in name:  # genitives come from the stems
                    self._bodies.add(name, site.name)
        self._known = StemIndex()  # registry organizations by their Russian/Belarusian names (2+ words)
        self._acronyms: dict[str, str] = {}  # "БРСМ" -> id, matched in capitals only
        for e in registry:
            if e.type != "organization":
                continue
            for name in e.names():
                if not _CYR.search(name):
                    continue
                if len(name.split()) >= 2:
                    self._known.add(name, e.id)
                elif name.isupper() and len(name) >= 2:
                    self._acronyms.setdefault(name, e.id)
        for kind, _oblast, en, _ru, _be, ru_adj, be_adj in rows(BELARUS_FILE):
            if kind in ("district", "town") and ru_adj:
                self._bodies.add(f"{ru_adj[:-2]}ая епархия", f"{en} Diocese")
                self._bodies.add(f"{be_adj[:-1]}ая епархія", f"{en} Diocese")

    def mentions(self, text: str) -> list[Mention]:
        """Mentions in the Cyrillic parts of `text` (nothing for English text)."""
        if not _CYR.search(text):
            return []
        lang = "be" if re.search(r"[іўІЎ]", text) else "ru"
        out: list[Mention] = []
        toks = tokens(text)
        i = 0
        while i < len(toks):
            word = toks[i][0]
            if not _CYR.match(word):
                i += 1
                continue
            known = self._known.match(toks, i)
            body = self._bodies.match(toks, i)
            if known and (not body or known[0] >= body[0]):
                n, eid = known
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization", eid))
            elif body:
                n, label = body
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label)))
            elif word in self._acronyms:
                n = 1
                out.append(Mention(toks[i][1], toks[i][2], "", "organization", self._acronyms[word]))
            else:
                n = 1
            i += n
        for m in _QUOTED.finditer(text):
            name = m.group(1).strip()
            known = [eid for eid, form in self.registry.lookup(name)
                     if form == name and (e := self.registry.get(eid)) is not None and e.type == "organization"]
            if known:
                out.append(Mention(m.start(1), m.end(1), "", "organization", known[0]))
            elif _CYR.search(name) and len(name.split()) <= 3:
                label = " ".join(filter(None, (_latin(w, lang) for w in name.split())))
                if label:
                    out.append(Mention(m.start(1), m.end(1), "", "organization", candidate=Candidate("organization", label)))
        for m in _PERSON.finditer(text):
            first = _latin(m.group(1), lang, first_name=True)
            surname = _latin(m.group(2), lang)
            if first and surname and not self.registry.places.find(m.group(2)):
                label = f"{first} {surname}"
                out.append(Mention(m.start(), m.end(), "", "person", candidate=Candidate("person", label)))
        for m in _CLERGY.finditer(text):
            name = _latin(m.group(1), lang)
            if name:
                out.append(Mention(m.start(1), m.end(1), "", "person", candidate=Candidate("person", name)))
        for m in out:
            m.text = text[m.start:m.end]
        return out
