"""Find persons and organizations in an article's title and body (never site chrome).

Rules over a gazetteer (the registry) and capitalization, in two passes over one article:

1. left to right, longest match first: registry names and aliases (any Latin spelling of a
   person via name keys), post titles that name a ministry ("Minister of Education"), generic
   organization shapes ("... District Executive Committee", "Ministry of ...", "OJSC ..."),
   and unknown persons (two or three capitalized words after a post title or starting with a
   known first name); an acronym in parentheses after an organization becomes its local alias;
2. surname-only mentions resolve to the full name used in the same article (or to the registry),
   acronyms used alone resolve to what they were introduced for, and short names of sub-bodies
   ("Collective Security Council") resolve only when their parent body is named.

>>> extractor = EntityExtractor(services.registry)    # or services.extractor
>>> [m.text for m in extractor.mentions("Chairman of the Mogilev Oblast Executive Committee Anatoly Isachenko said.")]
['Mogilev Oblast Executive Committee', 'Anatoly Isachenko']
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import partial

from ..article import Article
from ..lang.translit import ascii_fold
from ..languages import LanguageRegistry, resolve
from . import lexicon as lx
from .companies import PORTFOLIO_WORDS, CompanyNames, department_forms, executive_department
from .cyrillic import CyrillicNames
from .shapes import double_given_name, newspaper_at, spelled_name_at
from .labels import inflect, org_labels, person_labels
from .regions import regions
from .names import CYRILLIC, name_key
from .person_names import CHINESE_SURNAMES as _CHINESE_SURNAMES, foreign_first_names, foreign_surnames, korean_latin_name, name_spellings, \
    pinyin_name, vietnamese_latin_name
from .shapes import (ACRONYM, CLERGY, PAST_VERBS, acts, NAME_TAILS, model_number_at, SOUTH_ASIAN_MIDDLES, TURKIC_PATRONYMIC, person_follows, INITIALS, COMPANY_SAFE_SURNAME, SURNAME_ENDING, NAME_PARTICLES, SURNAME_PARTICLES, NAME_WORD, OPEN_QUOTES, SENTENCE_END, SPEECH, Candidate,
                     Mention, Token, adjective_of_noun, all_caps_line, company_tail_at, company_word_at, described_name_at, model_number_after, is_patronymic,
                     family_name_first, lowercase_committee_at, maker_named_at, name_before_kind_at, named_body_from, of_tail, org_shape_label, own_name_word, results_lines, same_person, surnames_agree,
                     strip_management_tail, team_at, tokenize)
from .registry import Entity, EntityRegistry
from .sites import SiteRegistry
from .span_model import SpanTagger, english
from .places import HOME_COUNTRY

log = logging.getLogger("searchsvc.entities")
_PLACE_KINDS = frozenset("district oblast region raion rayon province".split())
# which sport a story is about, for clubs with a football and a hockey side of one name
_FOOTBALL = re.compile(r"\b(?:football(?:ers?)?|midfielders?|strikers?|Premier League|Football Federation)\b")
_HOCKEY = re.compile(r"\b(?:hockey|KHL|Extraleague|puck)\b", re.I)
# bodies inside an organization, named after it: "the BRSM Central Committee" (not "the MTZ Holding")
_SUB_BODY_HEADS = frozenset("""committee council secretariat presidium board bureau directorate department
commission inspectorate administration staff""".split())


# lower-case departments of executive committees ("the main department of education of the ...")
_DEPARTMENT_START = frozenset("main department directorate division administration committee inspectorate office".split())
_DEPARTMENT_HEADS = frozenset("department directorate division administration committee inspectorate office".split())
_NOT_IN_DEPARTMENT = frozenset("""the a an in at to with by from as is was were are be been has have had who which
that this these those it its he she they we his her their said says will would also while when where""".split())
_REGION_KINDS = frozenset("province oblast region krai territory prefecture".split())
# the kind word after an unknown name that makes it an event's ("the Innoprom. Central Asia exhibition")
# (within its sentence: "... made by OJSC Bobruiskagromash. The forum was attended" names a company)
_EVENT_AFTER = re.compile(r"[ .–-]*(?:(?!(?:The|A|An|This|That|These|Its|It|He|She|They|We)\b)[A-Z][\w-]*[ .–-]*){0,3}"
                          r"(?:exhibition|fair|festival|forum|contest|tournament|"
                          r"championship|expo|show|marathon)\b")
_HONORARY_TITLE = re.compile(r"\b(?:Hero(?:es)?|Honou?red \w+(?: of \w+)?|People's \w+) of (?:the )?(?:Republic of )?"
                             r"(?:Soviet Union|USSR|Belarus|"
                             r"Russia|the Russian Federation|Kazakhstan|Socialist Labou?r|Labou?r)\b|"
                             r"\bГеро\w* (?:Беларуси|Беларусі|Советского Союза|Савецкага Саюза|России)")
_TROPHY = re.compile(r"\b(?:[Кк]уб\w*|[Чч]емпионат\w*|[Пп]ервенств\w*|[Чч]эмпіянат\w*|[Пп]ершынств\w*)\s+(\w+)")
_MOTTO = re.compile(r"\b(?:motto|slogan|theme|девиз\w*|лозунг\w*|дэвіз\w*)\s+(?:of\s+)?[\"“«]([^\"”»\n]{1,120})[\"”»]", re.I)
_COUNTRY_NAMES = frozenset({*lx.DEMONYM_COUNTRY.values(), "Belarus", "Vietnam", "the Republic of Belarus"})
_COUNTRIES = frozenset(c for c in lx.DEMONYM_COUNTRY.values() if not c.startswith("the "))
# words that describe what kind of company a name is ("State Atomic Energy Corporation")
_DESCRIPTIVE = frozenset("""atomic energy nuclear oil gas chemical petrochemical potash steel metallurgical machine-building
automobile aviation space railway transport trading investment industrial holding management managing
production scientific research innovation financial insurance pharmaceutical telecommunications""".split())
# the trade that ends a group company's name after its parent's ("Weichai Lovol Heavy Industry")
_TRADE_TAILS = frozenset("industry machinery engineering equipment technology electronics logistics pharma pharmaceuticals "
                         "automotive trading".split())
_NOT_SURNAMES = (lx.TITLE_WORDS | lx.ORG_HEADS | lx.NON_NAME | lx.LOCATIONS | lx.DEMONYMS | lx.GENERIC_ORG_WORDS
                 | lx.FIRST_NAMES
                 # the people a post or a trade names, in the plural ("the Day of Justice Workers", "Judges")
                 | lx.GROUP_NOUNS | frozenset(w + "s" for w in lx.TITLE_WORDS if not w.endswith("s"))
                 | frozenset(w[:-1] + "ies" for w in lx.TITLE_WORDS if w.endswith("y")))
_CALENDAR = lx.CALENDAR
# lower-case words between a town and a kind of company that are not what it makes ("the Orsha largest plant")
_NOT_TRADES = lx.NON_NAME | lx.GENERIC_ORG_WORDS | lx.LOWERCASE_ORG_HEADS | frozenset("""largest biggest oldest
former local leading private only major small big large modern famous giant""".split())
# kinds of enterprise that name one after its town and trade ("the Glusha peat enterprise"), not those that
# describe one ("the Borisov drug maker", "the Orsha company")
_NAMING_KINDS = frozenset("""plant factory mill enterprise works glassworks steelworks ironworks dairy brewery cannery
refinery foundry""".split())
# a town's governing bodies abroad, written in lower case after "city" or "district"
_TOWN_BODIES = frozenset("administration council duma municipality hall".split())
# the heads of units named only under their parent body ("Aviation Unit of the Ministry of Emergency Situations")
# local offices of a body, named with it ("the Vitebsk Branch of the ..."): the story is about the office
_OFFICE_HEADS = frozenset("branch deanery".split())
# the schools and forces of a ministry, named with it ("Mogilev Institute of the Ministry of Internal Affairs")
_MINISTRY_BODIES = frozenset("institute university academy college troops".split())
# heads that make a body only as a parent's ("... Troops of the Ministry of Internal Affairs")
_PARENTED_HEADS = frozenset(("troops",))
_UNIT_HEADS = frozenset("unit units detachment squadron".split())
# a house that is a company, not a building ("Belarusian Trade House in Astana", not "House of Culture")
_HOUSE_KINDS = frozenset("trade trading publishing fashion".split())
_LOCAL_LEVELS = {"oblast": "Oblast", "regional": "Oblast", "district": "District", "city": "City"}
# a Russian or Belarusian short name of an executive committee transliterated (райисполком, облисполком,
# горисполком, райвыканкам ...: "Rayispolkom", "Raiispolkom", "Oblispolkom", "Harvykankam") and the
# territories a committee is "of" ("the Executive Committee of the Stolin District")
_COMMITTEE_SHORT = re.compile(r"^(?:ra[iyj]{1,2}|obl|gor|gar|har|abl)(?:i?spolkom|vykankam)$")
_COMMITTEE_TERRITORIES = frozenset("district raion rayon oblast region city town".split())


@dataclass
class _Alias:
    entity_id: str
    type: str
    tokens: tuple  # alias tokens as written (case checks)
    context: bool = False
    parent: str | None = None
    implied: bool = False
    learned: bool = False  # a machine-learned name: matched only as a whole capitalized name


# an executive committee named by its level alone, as a story names the one it is about
_BARE_COMMITTEE = {"oblast": r"\b(?:облисполком\w*|аблвыканкам\w*|oblast executive committee|regional executive committee)\b",
                   "district": r"\b(?:райисполком\w*|райвыканкам\w*|district executive committee)\b",
                   "city": r"\b(?:горисполком\w*|гарвыканкам\w*|city executive committee)\b"}


class EntityExtractor:
    """Gazetteer + capitalization rules; learns unknown entities into the registry's overlay."""

    def __init__(self, registry: EntityRegistry, learn: bool = True, languages: LanguageRegistry | None = None,
                 span_tagger: SpanTagger | None = None):
        self.registry = registry
        self.learn = learn
        # the learned span model (settings.entity_span_model): adds persons and organizations no rule found
        self.span_tagger = span_tagger
        self.languages = resolve(languages)
        self._cyrillic = CyrillicNames(registry, self.languages)
        self._build()

    @property
    def sites(self) -> SiteRegistry:
        """The known sites this extractor names bodies with; ingestion reads pages' site names with it too
        (one registry per run)."""
        return self._cyrillic.sites

    # -- gazetteer -----------------------------------------------------------------------------

    def _build(self) -> None:
        """Index every registry entity (registry order = prominence: a bare surname means the first)."""
        self._aliases: dict[str, list[_Alias]] = {}
        self._persons: dict[tuple, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        self._surname_forms: dict[str, list[str]] = {}
        self._indexed: dict[str, Entity] = {}
        self._identity_surnames: dict[str, list[str]] = {}  # every person, for _entity_for
        self._version = self.registry.version
        for e in self.registry:
            self._index(e)

    def _index(self, e: Entity) -> None:
        """Add one entity to the gazetteer (entities learned later go after the known ones).

        A learned entity without enough evidence stays out: it is a facet value where it was found,
        never a name this extractor looks for elsewhere (registry.trusted)."""
        def put(table: dict, key, eid: str) -> None:
            ids = table.setdefault(key, [])
            if eid not in ids:
                ids.append(eid)

        if e.type == "person":  # identity of a spelling variant found on a page, trusted or not
            for name in e.names():
                toks = [t.text for t in tokenize(name) if t.word]
                if len(toks) >= 2 and toks[0][:1].isascii():
                    put(self._identity_surnames, name_key(toks[-1]), e.id)
        if not self.registry.trusted(e) or (e.origin == "machine" and self._country(e.label("en"))):
            return  # (a country learned as a body by an older version reads nothing either)
        self._indexed[e.id] = e

        if e.type == "person":
            for name in e.names():
                toks = [t.text for t in tokenize(name) if t.word]
                if len(toks) < 2 or not toks[0][:1].isascii():
                    continue
                if any(t[:1].islower() for t in toks):
                    # "Euphrosyne of Polotsk", "Simeon of Polotsk": matched as a phrase, not by name keys
                    entries = self._aliases.setdefault(toks[0].lower(), [])
                    entries.append(_Alias(e.id, e.type, tuple(toks)))
                    entries.sort(key=lambda a: -len(a.tokens))
                    continue
                put(self._persons, tuple(name_key(t) for t in toks), e.id)
                if e.origin != "machine":
                    # a bare surname or initials ("I.V. Zhuk") mean a curated person across articles;
                    # a learned one only within its own article (the surname is common, the wire is big)
                    put(self._surnames, name_key(toks[-1]), e.id)
                    put(self._surname_forms, toks[-1], e.id)
            return
        forms = [(a, False) for a in e.names()] + [(a, True) for a in e.context_aliases]
        forms += [(other, context) for a, context in forms if (other := lx.other_spelling(a))]  # Defense/Defence
        for alias, context in forms:
            variants = [(alias, False)]
            if "Ministry" in alias.split():
                # the post names its ministry: "Minister of Education", "Foreign Minister"
                variants.append((re.sub(r"\bMinistry\b", "Minister", alias), True))
            post = re.match(r"^(.+ General)['’]s Office$", alias)
            if post:  # "Prosecutor General Andrei Shved" names the Prosecutor General's Office
                variants.append((post.group(1), True))
            for form, implied in variants:
                toks = tuple(t.text for t in tokenize(form))
                if not toks or not any(c.isascii() and c.isalpha() for c in form):
                    continue
                entries = self._aliases.setdefault(toks[0].lower(), [])
                entries.append(_Alias(e.id, e.type, toks, context, e.parent, implied, e.origin == "machine"))
                entries.sort(key=lambda a: -len(a.tokens))

    def _refresh(self) -> None:
        """Follow the registry: learned entities are added in place; a corrected one rebuilds."""
        changed = self.registry.refresh()
        if not changed and self._version == self.registry.version:
            return
        self._version = self.registry.version
        current = list(self.registry)
        if any(self._indexed.get(e.id, e) is not e for e in current) or len(current) < len(self._indexed):
            self._build()  # a corrected or forgotten entity
            return
        for e in current:
            if e.id not in self._indexed:
                self._index(e)

    def _alias_at(self, toks: list[Token], i: int) -> tuple[int, _Alias] | None:
        t = toks[i]
        if not (t.cap or t.text[:1].isdigit()):
            return None
        inside: set[str] = set()  # learned entities whose longer name here runs on into a longer one
        for alias in self._aliases.get(t.low, ()):
            n = len(alias.tokens)
            if alias.entity_id in inside:
                continue  # its shorter name is no better: "Embassy of China" of "the Embassy of China in Belarus Zhao Ming"
            if i + n > len(toks):
                continue
            ok = True
            for a, tok in zip(alias.tokens, toks[i:i + n]):
                if tok.low != a.lower():
                    ok = False
                    break
                if len(a) > 1 and a.isupper() and tok.text != a:
                    ok = False  # acronyms match in capitals only: WHO, not "who"
                    break
                if a[:1].isupper() and not tok.text[:1].isupper():
                    ok = False
                    break
            if ok and alias.learned and _inside_a_longer_name(toks, i, n):
                inside.add(alias.entity_id)
                continue  # a learned "Chamber of Commerce" is no part of "Leningrad Oblast Chamber of Commerce and Industry"
            if ok and not (n < len(toks) - i and toks[i + n].text in ("-",) and alias.tokens[-1][:1].isupper()):
                return n, alias
        return None

    def _person_at(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        for n in (4, 3, 2):
            window = toks[i:i + n]
            if len(window) < n or not all(t.cap for t in window):
                continue
            ids = self._persons.get(tuple(name_key(t.text) for t in window))
            words = [t.text for t in window]
            if ids and family_name_first(words):  # a key merges Jianhua and Jianguo: the spelling decides
                ids = [i for i in ids if any(same_person(name, " ".join(words)) for name in self.registry.get(i).names())]
            if ids:
                return n, ids[0]
        return None

    # -- pass 1 --------------------------------------------------------------------------------

    def mentions(self, text: str) -> list[Mention]:
        """Every person and organization mention in `text`, resolved within the text."""
        self._refresh()
        toks = tokenize(text)
        found: list[Mention] = []
        starts = self._known_starts(toks)
        lines = results_lines(text, toks)
        cue = False  # a post title is waiting for its holder's name
        listed_at = -2  # the "," or "and" right after the last person: a list of names goes on
        after_of = False
        skip: set[int] = set()  # tokens of a name inside another name ("named after ...")
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if t.text.isdigit() and i + 2 < n and toks[i + 1].text in ("st", "nd", "rd", "th") and toks[i + 2].cap \
                    and i + 2 not in starts:
                numbered = self._org_shape_at(toks, i + 2, starts)  # "the 1134th Military Clinical Medical Center"
                if numbered is not None and numbered.entity_id is None and numbered.candidate is not None:
                    label = f"{t.text}{toks[i + 1].text} {numbered.candidate.label}"
                    numbered.candidate = Candidate("organization", label)
                    numbered.start, numbered.tok_start = t.start, i
                    found.append(numbered)
                    i = numbered.tok_end
                    continue
            if not t.word:
                # (a post's list of fields goes on over its commas: "Minister of Lands, Agriculture and ...")
                fields_go_on = t.text == "," and after_of and i + 1 < n and toks[i + 1].low in PORTFOLIO_WORDS
                close = next((k for k in range(i + 2, min(i + 6, n)) if toks[k].text == ")"), None) \
                    if t.text == "(" and cue else None
                if close is not None and all(toks[k].word and not acts(toks, k) for k in range(i + 1, close)) \
                        and close + 1 < n and toks[close + 1].cap:
                    i = close + 1  # "Director (Marketing) Rajesh Kumar Srivastava": the post's field in brackets
                    continue
                if (t.text not in ("-", "'", "’") or t.text in SENTENCE_END) and not fields_go_on:
                    cue = False
                i += 1
                continue
            if t.text == "Radio" and i not in starts and i + 1 < n and toks[i + 1].cap and toks[i + 1].word \
                    and i + 1 not in starts and not toks[i + 1].sentence_start:
                end = i + 2  # "Radio Mogilev 105.3 FM": the station, whatever its frequency
                while end < n and (toks[end].text[:1].isdigit() or toks[end].text in (".", "FM", "AM")) \
                        and not (toks[end].text == "." and (end + 1 >= n or not toks[end + 1].text[:1].isdigit())):
                    end += 1
                found.append(Mention(t.start, toks[i + 1].end, "", "organization",
                                     candidate=Candidate("organization", f"Radio {toks[i + 1].text}"),
                                     tok_start=i, tok_end=end))
                i = end
                continue
            if t.text == "Air" and i not in starts and i + 1 < n and toks[i + 1].cap and not toks[i + 1].sentence_start \
                    and self.registry.places.is_place_phrase(toks[i + 1].text):
                # "Air Serbia", "Air Astana": a carrier named after its country or city
                found.append(Mention(t.start, toks[i + 1].end, "", "organization",
                                     candidate=Candidate("organization", f"Air {toks[i + 1].text}"),
                                     tok_start=i, tok_end=i + 2))
                i += 2
                continue
            if t.cap and "-" in t.text and i not in starts and (branch := self._company_branch_at(t, text[max(0, t.start - 1):t.start])) is not None:
                found.append(Mention(t.start, t.end, "", "organization", candidate=Candidate("organization", branch),
                                     tok_start=i, tok_end=i + 1))
                i += 1
                continue
            if t.cap and i + 1 < n and toks[i + 1].cap and not toks[i + 1].sentence_start \
                    and (owner := re.fullmatch(r"(.+)['’]s", t.text)) and (eid := self._known_organization(owner.group(1))):
                # "Belorusneft's Svetlogorsk Drilling Operations Department": the parent, then the body it owns
                found.append(Mention(t.start, t.start + len(owner.group(1)), "", "organization", eid, tok_start=i, tok_end=i + 1))
                i += 1
                continue
            if t.cap and t.low.endswith("-based"):
                i += 1  # "Hanoi-based Vinamotor Corporation": where the company is, not its name
                continue
            spelled = spelled_name_at(toks, i) if t.cap else None
            if spelled is not None and not (i in starts and starts[i][1].type == "organization"
                                            and i + starts[i][0] >= spelled.tok_end) \
                    and not self.registry.places.is_place_phrase(spelled.candidate.label):
                found.append(spelled)  # "Rashtriya Chemicals and Fertilizers (RCF)": named once, by its acronym too
                spelled.candidate.aliases.append(toks[spelled.tok_end + 1].text)
                i = self._acronym_after(toks, spelled.tok_end, spelled, found)
                cue = after_of = False
                continue
            hit = starts.get(i)
            initialled = self._initials_person_at(toks, i, starts) if hit is None or hit[1].type == "person" else None
            if initialled is not None:
                if i >= 2 and toks[i - 1].low == "after" and toks[i - 2].low == "named":
                    skip.update(range(initialled.tok_start, initialled.tok_end))
                else:
                    found.append(initialled)  # "S.A. Lobach", "Kovalchuk A.V.": resolved in pass 2
                    listed_at = initialled.tok_end
                cue = after_of = False
                i = initialled.tok_end
                continue
            if hit is not None and hit[1].type == "organization" and model_number_at(toks, i + hit[0]):
                i += hit[0] + 1  # "Amkodor 352", "MAZ-303": a product model, not the company
                continue
            if hit is not None and self._longer_name_follows(toks, hit, starts):
                hit = None  # "Mogilev State University of Food Technologies" is not Mogilev State University
            if hit is not None and hit[1].context and t.low == "executive" and self._committee_form_at(toks, i, starts):
                hit = None  # "the Executive Committee of the Stolin District" is the district's, not the CIS's
            if hit is not None:
                foreign = self._foreign_ministry(toks, hit, starts) or self._namesake_abroad(text, toks, hit, found)
                if foreign is not None:
                    hit = (foreign.tok_end - foreign.tok_start, foreign)
            if hit is not None and i >= 2 and toks[i - 1].low == "after" and toks[i - 2].low == "named":
                # "University named after Francisk Skorina": part of the name before it, not a mention
                skip.update(range(i, i + hit[0]))
                i += hit[0]
                continue
            if hit is not None and hit[1].implied and hit[1].entity_id and not hit[1].entity_id.startswith("ministry-") \
                    and i and toks[i - 1].low in lx.DEMONYM_COUNTRY:
                hit = None  # "Russian Prosecutor General ...": another country's office, only a post here
            if hit is not None and hit[1].type == "person":
                named = self._org_shape_at(toks, i, starts)
                if named is not None and named.tok_end > hit[1].tok_end:
                    hit = None  # "Yakub Kolas State Literary Memorial Museum": the person names the body
                elif (body := starts.get(i + hit[0])) is not None and body[1].type == "organization" \
                        and toks[i + hit[0] + body[0] - 1].low in lx.NAMESAKE_NOUNS | lx.NAMED_BODIES:
                    # "the Francysk Skaryna Gomel State University": the namesake of a known body
                    skip.update(range(i, i + hit[0]))
                    i += hit[0]
                    continue
            if hit is not None and (named := self._company_name_goes_on(toks, hit, starts)) is not None:
                found.append(named)  # "Rosatom Technical Academy", "Zoomlion Belarus LLC": another body
                i = self._acronym_after(toks, named.tok_end, named, found)
                continue
            if hit is not None:
                length, mention = hit
                found.append(mention)
                if mention.type == "organization":
                    cue = cue or mention.implied
                    i += length
                    i = self._description_after(toks, i, mention, starts)
                    sub = self._sub_body_after(toks, i, mention) or self._partner_after(toks, i, mention, starts)
                    if sub is not None:
                        found.append(sub)
                        i = sub.tok_end
                    i = self._acronym_after(toks, i, mention, found)
                else:
                    cue = False
                    i += length
                    listed_at = i
                after_of = False
                continue
            low = t.low
            if low in ("channel", "channels") and not t.cap:
                channels, end = self._numbered_channels_after(toks, i + 1, starts)
                if channels:  # "the TV channels Belarus 24 and Uzbekistan 24"
                    found.extend(channels)
                    i = end
                    continue
            if (not t.cap and (low in lx.QUOTED_ORG_CUES or (low == "of" and i and toks[i - 1].low in lx.QUOTED_ORG_CUES))) \
                    or (t.cap and low in _INSTITUTION_FORMS and i + 1 < n and toks[i + 1].text in OPEN_QUOTES):
                quoted = self._quoted_name_after(toks, i, starts)  # 'the district newspaper "Nashe Zhittsyo"'
                if quoted is not None:
                    quoted.start = toks[i + 1].start
                    quoted.tok_start = i + 1
                    found.append(quoted)
                    i = quoted.tok_end
                    continue
            if low == "government" and not t.cap:
                region = self._regional_government_at(toks, i)
                if region is not None:  # "a delegation of the government of Shandong Province"
                    found.append(region)
                    i = region.tok_end
                    continue
            if not t.cap and i and toks[i - 1].low == "the" and low not in lx.NON_NAME:
                dept = self._lowercase_department_at(toks, i, starts, found)
                if dept is not None:  # "the main department of education of the Gomel Oblast Executive Committee"
                    found.append(dept)
                    i = dept.tok_end
                    cue = False
                    continue
            if not t.cap:
                if (low in lx.CONNECTORS or low == "to") and (cue or after_of):  # "Ambassador of X to Y"
                    after_of = low in ("of", "the") or after_of
                    i += 1
                    continue
                if cue and after_of and (low in _POST_BODY_WORDS or (
                        low.isalpha() and not acts(toks, i) and not low.endswith("ing") and low not in _CLAUSE_WORDS)):
                    # "Deputy head of the district administration Surovtsev said", "inspector of the district
                    # inspectorate of natural resources Kostyukevich promised": the post goes on
                    i += 1
                    continue
                cue = lx.post_word(low)
                after_of = False
                i += 1
                continue
            if _parent_of(toks, i):
                cue, after_of = True, False  # "Mother of nine children Bondarchuk": a parent of a large family
                i += 1
                continue
            if lx.post_word(low.rstrip(".")) and low not in lx.ORG_HEADS \
                    and not (low == "executive" and i + 1 < n and toks[i + 1].cap and toks[i + 1].low in lx.ORG_HEADS) \
                    and not self._general_body_at(toks, i, starts):
                # ("Executive Body of State Power of ...": a body's name, not a post)  "Mr.", "Dr." too
                cue = True
                after_of = False
                i += 1
                continue
            # (not "Kim Min-jun of Seoul National University": a Korean name before a body's name)
            # (nor "Rashad Ilgar oglu Huseynov": a given name, the father's and a Turkic "son of" before the family's)
            shaped = self._organization_shape_at(text, toks, i, starts) \
                if not (i + 1 < n and korean_latin_name(t.text, toks[i + 1].text)) \
                and not (i + 3 < n and toks[i + 1].cap and toks[i + 2].low in TURKIC_PATRONYMIC and toks[i + 3].cap) \
                and not _given_and_two_surnames(toks, i, self.registry.places) else None
            if shaped is _PLACE_WORD:
                i += 1
                continue
            if shaped is not None and (cut := self._holder_after_body(toks, shaped, cue)) is not None:
                shaped, holder = cut
                found += [shaped, holder]
                i, cue, after_of = holder.tok_end, False, False
                continue
            if shaped is not None:
                shaped = self._fields_before(text, toks, shaped, found)
                found.append(shaped)
                named = next((k + 2 for k in range(shaped.tok_start, shaped.tok_end - 2)
                              if toks[k].low == "named" and toks[k + 1].low == "after"), None)
                if named is not None:
                    skip.update(range(named, shaped.tok_end))  # the namesake is no person of the story
                i = self._acronym_after(toks, shaped.tok_end, shaped, found)
                after_of = False
                continue
            person = self._person_shape_at(toks, i, starts, cue, listed_at)
            if person is not None and i >= 2 and toks[i - 1].low == "after" and toks[i - 2].low == "named":
                skip.update(range(person.tok_start, person.tok_end))
                i = person.tok_end
                continue
            if person is not None and person.entity_id is None and person.candidate is not None \
                    and self.registry.places.is_place_phrase(person.candidate.label):
                i = person.tok_end  # "Ambassador of the United Arab Emirates ...": a country's words, the post goes on
                continue
            if person is not None:
                found.append(person)
                if not person.weak:
                    listed_at = person.tok_end
                i = person.tok_end
                cue = False
                after_of = False
                continue
            team = team_at(toks, i, lines)
            if team is not None:
                found.append(team)
                i = team.tok_end
                continue
            cue = cue and after_of  # "President of Zimbabwe ..." keeps waiting for the name
            i += 1
        return self._resolve(text, toks, found, skip)

    def _general_body_at(self, toks: list[Token], i: int, starts) -> bool:
        """"General" opens a body's name, not a general's post: "the General Civil Aviation Authority of the
        UAE", "the General Directorate of Customs" (not "General Director Ivanov", "Major General Petrov")."""
        if toks[i].low != "general" or i + 1 >= len(toks) or not toks[i + 1].cap or toks[i + 1].sentence_start \
                or toks[i + 1].low in lx.TITLE_WORDS or (i and toks[i - 1].cap and toks[i - 1].low in lx.TITLE_WORDS):
            return False
        body = self._org_shape_at(toks, i, starts)
        return body is not None and body.tok_start == i and body.candidate is not None \
            and body.candidate.label.startswith("General ")

    @staticmethod
    def _holder_after_body(toks: list[Token], m: Mention, cue: bool) -> tuple[Mention, Mention] | None:
        """A new body's name that a post's holder's surname ran into, a verb after it: "Director of the Grodno
        Museum of Local Lore Petrashkevich presented ..." is the museum and Petrashkevich; so are a Vietnamese
        name and another country's first name and surname, no verb needed ("Chairman of the Confederation of Labour of Da Nang City Tran Van Hung").
        Without a post before (`cue`) only a Chinese name, family name first, is cut off: no body's name ends in
        one ("a jury member from the Harbin Institute of Technology Sun Jianping offered")."""
        if m.candidate is None or m.entity_id is not None:
            return None
        last = m.tok_end - 1
        if not cue and not (last - m.tok_start >= 3 and pinyin_name(toks[last - 1].text, toks[last].text)):
            return None
        for k in range(m.tok_start + 2, m.tok_end):  # "... of Da Nang City Tran Van Long": a Vietnamese name
            for n in (4, 3):
                words = [t.text for t in toks[k:k + n]]
                at = m.candidate.label.rfind(" " + toks[k].text)
                if k + n >= m.tok_end and k + n <= len(toks) and toks[k - 1].low not in lx.CONNECTORS and at > 0 \
                        and not any(t.sentence_start for t in toks[k:k + n]) and vietnamese_latin_name(words) \
                        and (k + n == len(toks) or not toks[k + n].cap):
                    body = Mention(m.start, toks[k - 1].end, "", "organization",
                                   candidate=Candidate("organization", m.candidate.label[:at]),
                                   tok_start=m.tok_start, tok_end=k)
                    label = " ".join(words)
                    return body, Mention(toks[k].start, toks[k + n - 1].end, label, "person",
                                         candidate=Candidate("person", label), tok_start=k, tok_end=k + n)
        last = m.tok_end - 1
        first = toks[last - 1]
        if last - m.tok_start >= 3 and toks[last - 2].low not in lx.CONNECTORS \
                and (first.text in foreign_first_names() or pinyin_name(first.text, toks[last].text)) \
                and first.low not in lx.LOCATIONS and NAME_WORD.match(toks[last].text) and not toks[last].sentence_start \
                and toks[last].low not in _NOT_SURNAMES and (m.tok_end == len(toks) or not toks[m.tok_end].cap) \
                and not COMPANY_SAFE_SURNAME.search(toks[last].text) \
                and m.candidate.label.endswith(f" {first.text} {toks[last].text}"):
            # "board member of the Bursa Chamber of Commerce and Industry Hakan Öztürk": another country's first
            # name and a surname end the run, no comma before them ("... Harbin Institute of Technology Sun
            # Jianping": a Chinese family name and its given name) (not "... Museum of Local Lore Gorbatsevich": a
            # Slavic surname after a word that is a first name elsewhere)
            label = f"{first.text} {toks[last].text}"
            body = Mention(m.start, toks[last - 2].end, "", "organization",
                           candidate=Candidate("organization", m.candidate.label[:-len(label) - 1]),
                           tok_start=m.tok_start, tok_end=last - 1)
            return body, Mention(first.start, toks[last].end, label, "person", candidate=Candidate("person", label),
                                 tok_start=last - 1, tok_end=last + 1)
        if last - m.tok_start < 2 \
                or not SURNAME_ENDING.search(toks[last].text) or toks[last - 1].low in lx.CONNECTORS \
                or toks[last].low in lx.ORG_HEADS or not acts(toks, m.tok_end) \
                or not m.candidate.label.endswith(" " + toks[last].text):
            return None
        body = Mention(m.start, toks[last - 1].end, "", "organization",
                       candidate=Candidate("organization", m.candidate.label[:-len(toks[last].text) - 1]),
                       tok_start=m.tok_start, tok_end=last)
        surname = toks[last].text
        return body, Mention(toks[last].start, toks[last].end, surname, "person", candidate=Candidate("person", surname),
                             tok_start=last, tok_end=last + 1)

    def _fields_before(self, text: str, toks: list[Token], m: Mention, found: list[Mention]) -> Mention:
        """A new body's name whose first fields come before an inner "and" or comma: "the Seed and Plant
        Improvement Institute", "the Agricultural Research, Education and Extension Organization of Iran"
        (the shapes start at the last field, next to the head). Fields are capitalized words no other
        name, place, person or head claims, after "the", "a" or a sentence's start (not an "of" tail)."""
        if m.entity_id or m.candidate is None or m.implied:
            return m
        k, start = m.tok_start, m.tok_start
        claimed = found[-1].tok_end if found else 0
        while k - 2 >= claimed and toks[k - 1].text in (",", "and") and toks[k - 2].cap:
            j = k - 2
            while j - 1 >= claimed and toks[j - 1].cap and not toks[j].sentence_start:
                j -= 1
            run = toks[j:k - 1]
            if any(t.low in lx.ORG_HEADS or t.low in lx.CONNECTORS or t.low in lx.DEMONYMS or t.allcaps
                   or self.registry.places.is_place_phrase(t.text) or self._alias_at(toks, toks.index(t)) for t in run):
                break
            k = j
            before = toks[k - 1].low if k else ""
            if toks[k].sentence_start or before in ("the", "a", "an"):
                start = k
                break
            if toks[k - 1].text != ",":
                break
        if start == m.tok_start:
            return m
        head = text[toks[start].start:m.start].rstrip()
        label = f"{head} {m.candidate.label}"
        return Mention(toks[start].start, m.end, text[toks[start].start:m.end], "organization",
                       candidate=Candidate("organization", label), tok_start=start, tok_end=m.tok_end)

    def _organization_shapes(self, text: str) -> tuple:
        """The organization shapes tried, in this order, on a capitalized word that no registry name starts:
        the first that matches wins. Each is `(toks, i, starts) -> Mention | None`; `_PLACE_WORD` is where a
        demonym, a place word or a sentence-opening word ends the search (the shapes after it would take
        "Polish" or "Minsk" for a company)."""
        return (
            self._committee_form_at,  # "the Pinsk Rayispolkom", "the Executive Committee of the Stolin District"
            self._org_shape_at,  # "... District Executive Committee", "Ministry of ...", "OJSC ..."
            newspaper_at,  # "told Kobrinsky Vestnik that": a district newspaper
            self._lowercase_local_body_at,  # "the Miory district emergency department"
            self._community_at,  # "the Armenian community of Vitebsk", "the Armenian Apostolic Church"
            self._city_of_at,  # "a delegation of the City of Niš": the town's government
            self._ensemble_at,  # "dancers of the Bakhor ensemble"
            self._town_kind_at,  # "the Zhabinka feed mill": the Zhabinka Feed Mill
            _association_at,  # "Associazione Aiutiamoli a Vivere"
            partial(self._legal_form_after, text),  # "Arçelik A.Ş.", "Astana Grain LLP" (before place words)
            described_name_at,  # "the pharmaceutical company Gedeon Richter", "the foundation Qatar Charity"
            self._company_by_cue_at,  # "Representatives of COFCO", "weaving machines from Picanol"
            self._body_of_post_at,  # "Rajesh Sharma, managing director of Sonalika Tractors, and ..."
            company_tail_at,  # "Coromandel International", "China Railway Express"
            _acronym_trade_at,  # "made by COFCO Engineering"
            maker_named_at,  # "made by Medtronic", "the retail chain of Magnit"
            self._supplier_at,  # "The Svetlogorsk Khimvolokno could supply polymer threads"
            _place_word_at,
            self._town_word_at,  # "near Beloozersk", "the Bezhetsk plant": a town alone is where a body is
            _latin_company_at,  # "китайская компания Anhui Conch Cement"
            self._owned_company_at,  # "Finland's Olvi group"
            name_before_kind_at,  # "the Thermal Power Plants company"
            company_word_at,
        )

    def _committee_form_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A Belarusian town's, district's or oblast's executive committee in a form the shapes below do not read:
        its Russian short name transliterated after the town ("the Pinsk Rayispolkom", "Gomel Oblispolkom",
        "Lida Raivykankam") or the committee before its territory ("the Executive Committee of the Stolin
        District"). The site registry names it (one committee, one name, whatever the form); a town it does
        not know stays for the other shapes."""
        if not toks[i].cap:
            return None
        if toks[i].low == "executive" and i + 3 < len(toks) and toks[i + 1].low == "committee" and toks[i + 2].low == "of":
            k = i + 3 + (toks[i + 3].low == "the")
            span = self._place_words(toks, k) if k < len(toks) and toks[k].cap else 0
            if span and toks[k + span - 1].low in _COMMITTEE_TERRITORIES:  # ("Stolin District": one place)
                return self._committee_site_mention(toks, i, k + span)
            if span and k + span < len(toks) and toks[k + span].low in _COMMITTEE_TERRITORIES:
                return self._committee_site_mention(toks, i, k + span + 1)
            return None
        for end in (i + 1, i + 2):  # a town of one or two words, then the short name
            if i not in starts and end < len(toks) and toks[end].cap and _COMMITTEE_SHORT.search(toks[end].low) \
                    and all(t.cap and NAME_WORD.match(t.text) for t in toks[i:end]):
                return self._committee_site_mention(toks, i, end + 1)
        return None

    def _committee_site_mention(self, toks: list[Token], i: int, end: int) -> Mention | None:
        """The executive committee the site registry knows by the words i..end, as a mention, else None."""
        site = self.sites.get(" ".join(t.text for t in toks[i:end]))
        if site is None or not site.name.endswith(" Executive Committee"):
            return None
        return Mention(toks[i].start, toks[end - 1].end, "", "organization",
                       candidate=Candidate("organization", site.name), tok_start=i, tok_end=end)

    def _company_by_cue_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A company named once, in one word, by what the sentence says of it: the people it has, its name an
        acronym or a brand ("Representatives of COFCO", "engineers of PhosAgro"), or the goods that come from
        it ("the new weaving machines from Picanol", "parcels from AliExpress and Wildberries": each name of a
        list). Not a place ("tractors from Minsk"), a person, a date or people ("tourists from Vinnytsia")."""
        k = i - 1
        while k >= 2 and toks[k].low == "and" and toks[k - 1].cap and not toks[k - 2].cap:
            k -= 2  # "... from AliExpress and Wildberries": the cue before the first name of the list
        if k < 1 or i in starts or not self._lone_company_word(toks, i):
            return None
        cue, before = toks[k], toks[k - 1]
        if cue.low == "of" and (not before.cap or before.sentence_start) and _people_word(before.low):
            if not (toks[i].allcaps or _BRAND.match(toks[i].text)):
                return None  # ("residents of Pogranichny": a village, as likely as a company)
        elif not (cue.low == "from" and before.word and (not before.cap or before.sentence_start) and _goods_word(before.low)) \
                and not (cue.low == "by" and before.word and not before.cap and _machines(before.low)) \
                and not (cue.low == "from" and before.low in _COME and _goods_subject(toks, k - 1)):
            # ("the beet harvesters by Ropa": the goods, then their maker; "the motors will come from Cummins")
            return None
        return Mention(toks[i].start, toks[i].end, "", "organization", candidate=Candidate("organization", toks[i].text),
                       tok_start=i, tok_end=i + 1)

    def _body_of_post_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """The body a manager's post in lower case is of, named once: "Rajesh Sharma, managing director of
        Sonalika Tractors, and ...", "vice-president of COFCO Wines & Spirits", "commercial director of the
        Meloman chain" -- one to four capitalized words ("&" between them) that end the post's phrase (a comma,
        a full stop, "and", a kind word). Not a place ("mayor of Minsk"), a person ("director of Ivan Petrov's
        farm" is no English), a country's word (a name with a kind of body the shapes before this one read)."""
        k = i - 1 - (i >= 1 and toks[i - 1].low == "the")
        if k < 1 or toks[k].low != "of" or i in starts or toks[i].sentence_start or toks[k - 1].cap \
                or toks[k - 1].low not in _MANAGING_POSTS:
            return None
        def initial(k: int) -> bool:  # "V" of "V.I. Lapko": the holder's name after the body's
            return bool(INITIALS.fullmatch(toks[k].text)) or (
                len(toks[k].text) == 1 and toks[k].text.isupper() and k + 1 < len(toks) and toks[k + 1].text == ".")

        j = i
        while j < len(toks) and j - i < 4 and (j == i or j not in starts) and not (j > i and toks[j].sentence_start) \
                and not initial(j) and (toks[j].cap and NAME_WORD.match(toks[j].text) or toks[j].allcaps
                                        or (toks[j].text == "&" and j > i and j + 1 < len(toks) and toks[j + 1].cap)):
            j += 1
        if j == i or toks[j - 1].text == "&" or (j < len(toks) and not (
                toks[j].text in (",", ".", ";", "(", ")") or toks[j].low in ("and", "in", "from", "which", "who")
                or toks[j].low in _POST_BODY_KINDS or initial(j))):
            return None
        words = [t for t in toks[i:j] if t.text != "&"]
        if any(t.low in lx.TITLE_WORDS | lx.FIRST_NAMES | lx.NON_NAME | _CALENDAR | _PLACE_KINDS
               | _REGION_KINDS or t.low in lx.LOCATIONS for t in words) \
                or words[0].low in lx.DEMONYMS or words[0].low in lx.DEMONYM_COUNTRY \
                or self.registry.places.is_place_phrase(" ".join(t.text for t in words)) \
                or self.registry.places.is_place_phrase(words[0].text) \
                or (len(words) == 2 and foreign_first_names().commonness(words[0].text) >= 4):
            return None
        return Mention(toks[i].start, toks[j - 1].end, "", "organization",
                       candidate=Candidate("organization", " ".join(t.text for t in toks[i:j])), tok_start=i, tok_end=j)

    def _supplier_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A name of one to three capitalized words, the subject of a verb only a company does with goods ("The
        Svetlogorsk Khimvolokno could supply polymer threads", "Lemken produces ploughs"): not a place alone ("China
        supplies"), a region, a person ("Petrov supplies milk", "Anna Petrova produces") or a people's word."""
        j = i
        while j < len(toks) and j - i < 3 and toks[j].cap and toks[j].word and NAME_WORD.match(toks[j].text) \
                and (j == i or (j not in starts and not toks[j].sentence_start)):
            j += 1
        k = j
        while k < len(toks) and k - j < 3 and toks[k].low in _MODALS:
            k += 1
        if j == i or k >= len(toks) or toks[k].low not in (_SUPPLY_VERBS if k > j else _SUPPLIES) or i in starts \
                or toks[k].cap or toks[k].sentence_start:  # a verb in mid-sentence: "Exports grew" opens the next one
            return None
        words = toks[i:j]
        if (i and toks[i - 1].cap and toks[i - 1].word and toks[i - 1].low != "the" and not toks[i].sentence_start) \
                or (toks[i].sentence_start and toks[i].low in lx.SENTENCE_STARTERS) \
                or self.registry.places.is_place_phrase(" ".join(w.text for w in words)) \
                or any(w.low in lx.TITLE_WORDS | lx.DEMONYMS | lx.NON_NAME | _PLACE_KINDS | _REGION_KINDS or w.low in lx.FIRST_NAMES
                       or foreign_first_names().commonness(w.text) >= 4 for w in words) \
                or SURNAME_ENDING.search(words[-1].text) or (len(words) == 1 and _people_word(words[0].low)):
            return None
        return Mention(words[0].start, words[-1].end, "", "organization",
                       candidate=Candidate("organization", " ".join(w.text for w in words)), tok_start=i, tok_end=j)

    def _lone_company_word(self, toks: list[Token], i: int) -> bool:
        """Whether the capitalized word at i, alone (the next word no part of its name), may be an unknown
        company's name: not a place, a person's name, a date or a word of the lexicon."""
        t = toks[i]
        if not t.cap or t.sentence_start or (i + 1 < len(toks) and toks[i + 1].cap) or model_number_after(toks, i) or not (
                NAME_WORD.match(t.text) or _BRAND.match(t.text) or (t.allcaps and 3 <= len(t.text) <= 6)):
            return False
        low = t.low
        if low in lx.LOCATIONS | lx.DEMONYMS | lx.NON_NAME | lx.TITLE_WORDS | lx.FIRST_NAMES | lx.GENERIC_ORG_WORDS \
                | lx.ORG_HEADS | _CALENDAR or low in lx.DEMONYM_COUNTRY:
            return False
        return not (self.registry.places.is_place_phrase(t.text) or self.registry.places.named(t.text)
                    or foreign_first_names().commonness(t.text) >= 4 or SURNAME_ENDING.search(t.text))

    @staticmethod
    def _numbered_channels_after(toks: list[Token], k: int, starts) -> tuple[list[Mention], int]:
        """TV channels listed after "channel(s)", each a name and its number: "Belarus 24 and Uzbekistan 24",
        "Mir 24, Kazakhstan 1" (a known one as the registry names it)."""
        out: list[Mention] = []
        while k < len(toks):
            hit = starts.get(k)
            if hit is not None and hit[1].type == "organization":
                out.append(hit[1])
                k += hit[0]
            else:
                j = k
                while j < len(toks) and j - k < 3 and toks[j].cap and j not in starts:
                    j += 1
                if j == k or j >= len(toks) or not toks[j].text.isdigit() or len(toks[j].text) > 3:
                    break
                label = f"{' '.join(t.text for t in toks[k:j])} {toks[j].text}"
                out.append(Mention(toks[k].start, toks[j].end, "", "organization",
                                   candidate=Candidate("organization", label), tok_start=k, tok_end=j + 1))
                k = j + 1
            if k + 1 < len(toks) and toks[k].text in (",", "and") and (toks[k + 1].cap or k + 1 in starts):
                k += 1
                continue
            break
        return out, k

    def _community_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A people's community or church as a body, named by its demonym: "the Armenian community of Vitebsk
        oblast", "the Polish diaspora in Grodno", "the Armenian Apostolic Church", "the Romanian Orthodox
        Church" (not a church building: "St. Nicholas Church", "the church in Lyaskovichi"); a town's community of
        one faith: "the Ivye Muslim community"."""
        if i + 2 < len(toks) and toks[i + 1].cap and toks[i + 1].low in _FAITHS and toks[i + 2].low == "community" \
                and not toks[i + 2].cap and i not in starts and self.registry.places.is_place_phrase(toks[i].text):
            label = f"{toks[i].text} {toks[i + 1].text} community"
            return Mention(toks[i].start, toks[i + 2].end, "", "organization", candidate=Candidate("organization", label),
                           tok_start=i, tok_end=i + 3)
        if toks[i].low not in lx.DEMONYMS or i in starts:
            return None
        j = i + 1
        while j < len(toks) and toks[j].cap and toks[j].low in _DENOMINATIONS:
            j += 1
        if j > i + 1 and j < len(toks) and toks[j].text == "Church":
            label = " ".join(t.text for t in toks[i:j + 1])
            return Mention(toks[i].start, toks[j].end, "", "organization", candidate=Candidate("organization", label),
                           tok_start=i, tok_end=j + 1)
        if j != i + 1 or j + 2 >= len(toks) or toks[j].low not in ("community", "diaspora") \
                or toks[j + 1].low not in ("of", "in"):
            return None
        k = j + 2 + (toks[j + 2].low == "the")
        span = self._place_words(toks, k) if k < len(toks) else 0
        if not span:
            return None
        end = k + span
        place = " ".join(t.text for t in toks[k:end])
        kind = toks[end].text if end < len(toks) and toks[end].low in _PLACE_KINDS else ""
        written = f"{toks[i].text} {toks[j].low} {toks[j + 1].low} {place}"
        label = f"{written} {kind}" if kind else written  # as written: "... of Vitebsk oblast"
        aliases = [f"{written} {kind.capitalize()}", written] if kind else []
        return Mention(toks[i].start, toks[end - 1 + bool(kind)].end, "", "organization",
                       candidate=Candidate("organization", label, aliases=[a for a in aliases if a != label]),
                       tok_start=i, tok_end=end + bool(kind))

    def _city_of_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """"the City of Niš", "the City of Kaunas": a town abroad as the body that governs it (a Belarusian
        town's is its executive committee)."""
        if toks[i].text != "City" or i in starts or i + 2 >= len(toks) or toks[i + 1].low != "of" or i == 0 \
                or toks[i - 1].low != "the":
            return None
        span = self._place_words(toks, i + 2)
        name = " ".join(t.text for t in toks[i + 2:i + 2 + span])
        places = self.registry.places
        if not span or not any(p.kind in ("town", "city") and p.country != "BY" for p in places.named(name)):
            return None
        return Mention(toks[i].start, toks[i + 1 + span].end, "", "organization",
                       candidate=Candidate("organization", f"City of {name}"), tok_start=i, tok_end=i + 2 + span)

    def _lowercase_local_body_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A Belarusian district's department of the Ministry of Emergency Situations named in lower case after the
        district: "the Miory district emergency department" (a town abroad's "city administration" is a town body,
        `_TOWN_BODIES`)."""
        if i + 3 >= len(toks) or toks[i + 1].cap or toks[i].sentence_start or i == 0 or toks[i - 1].low != "the":
            return None
        if toks[i + 1].low != "district" or toks[i + 2].low not in ("emergency", "emergencies") \
                or toks[i + 3].low != "department":
            return None
        name = toks[i].text
        if not any(p.country == "BY" for p in self.registry.places.named(name)):
            return None
        return Mention(toks[i].start, toks[i + 3].end, "", "organization", candidate=Candidate(
            "organization", f"{name} District Department of Emergency Situations",
            aliases=[f"{name} district {toks[i + 2].low} department"]), tok_start=i, tok_end=i + 4)

    def _ensemble_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A company of performers named before its kind in lower case: "dancers of the Bakhor ensemble",
        "the Khoroshki choir" (not "the Minsk choir": a place is where it is from)."""
        if i in starts or i == 0 or toks[i - 1].low != "the" or toks[i].sentence_start:
            return None
        j = i
        while j < len(toks) and j - i < 3 and toks[j].cap and j not in starts and toks[j].low not in lx.DEMONYMS \
                and toks[j].low not in lx.ORG_HEADS:
            j += 1
        if j == i or j >= len(toks) or toks[j].text not in _PERFORMER_KINDS:
            return None
        name = " ".join(t.text for t in toks[i:j])
        if self.registry.places.is_place_phrase(name):
            return None
        return Mention(toks[i].start, toks[j].end, "", "organization",
                       candidate=Candidate("organization", f"{name} {toks[j].text}", aliases=[name]),
                       tok_start=i, tok_end=j + 1)

    def _organization_shape_at(self, text: str, toks: list[Token], i: int, starts) -> Mention | object | None:
        """The first organization shape that starts at `i`, `_PLACE_WORD` or None."""
        for shape in self._organization_shapes(text):
            found = shape(toks, i, starts)
            if found is not None:
                return found
        return None

    def _description_after(self, toks: list[Token], i: int, mention: Mention, starts) -> int:
        """'Rosatom State Atomic Energy Corporation', 'Gazprom PJSC': a known company followed by what
        kind of company it is names the same body; the description is skipped, not a second body."""
        if mention.implied or not mention.entity_id or i >= len(toks) or not toks[i].cap or toks[i].sentence_start:
            return i
        if toks[i].low in lx.LEGAL_FORMS:
            return i + 1  # "Gazprom PJSC", "Belaruskali OJSC"
        shaped = self._org_shape_at(toks, i, starts)
        if shaped is None or shaped.tok_start != i or shaped.entity_id or shaped.candidate is None:
            return i
        words = [toks[k].low for k in range(shaped.tok_start, shaped.tok_end) if toks[k].word]
        if words[-1] in ("corporation", "company", "concern", "holding") \
                and all(w in lx.GENERIC_ORG_WORDS or w in lx.ORG_HEADS or w in _DESCRIPTIVE for w in words):
            return shaped.tok_end
        return i

    @staticmethod
    def _initials_person_at(toks: list[Token], i: int, starts) -> Mention | None:
        """An official named by initials and surname, either order: "S.A. Lobach", "Kovalchuk A.V."
        (labelled "A.V. Kovalchuk"); pass 2 joins it to the full name the article or registry gives."""
        n = len(toks)

        def surname(k: int) -> bool:
            s = toks[k]
            return s.cap and not s.allcaps and NAME_WORD.match(s.text) is not None and len(s.text) >= 3 \
                and s.low not in _NOT_SURNAMES \
                and (k not in starts or starts[k][1].type == "person")

        def initials(k: int, before_surname: bool = False) -> bool:
            # (not a company's legal form after its name: "Lactalis S.A.S.", "Vion N.V."; before a
            # surname one is a person's initials: "S.L. Klimovich")
            return k < n and INITIALS.fullmatch(toks[k].text) is not None and toks[k].text not in lx.ABBREVIATIONS \
                and (before_surname or toks[k].text not in _FORM_ABBREVIATIONS)

        def name_goes_on(k: int) -> bool:
            return k < n and toks[k].cap and toks[k].word and not toks[k].sentence_start

        if initials(i, before_surname=True) and i + 1 < n and surname(i + 1) and not name_goes_on(i + 2):
            first, last = toks[i], toks[i + 1]
        elif initials(i + 1) and surname(i) and not name_goes_on(i + 2) \
                and not (i and toks[i - 1].cap and toks[i - 1].low in lx.FIRST_NAMES):
            first, last = toks[i + 1], toks[i]
        else:
            return None
        label = f"{first.text} {last.text}"
        return Mention(toks[i].start, toks[i + 1].end, label, "person", candidate=Candidate("person", label),
                       tok_start=i, tok_end=i + 2)

    def _company_name_goes_on(self, toks: list[Token], hit, starts) -> Mention | None:
        """A known company's name followed by more of a name and a head word or a legal form: "Rosatom
        Technical Academy", "Zoomlion Belarus LLC" are bodies of their own (not "Belaruskali OJSC",
        "Rosatom State Atomic Energy Corporation", "the BRSM Central Committee": the company itself,
        described, or its sub-body)."""
        _, m = hit
        if m.type != "organization" or not m.entity_id or m.implied or m.context:
            return None
        k = end = m.tok_end
        last_head = None
        while end < len(toks) and end - k < 4 and toks[end].cap and toks[end].word and not toks[end].sentence_start \
                and end not in starts and toks[end].low not in lx.FIRST_NAMES and toks[end].low not in lx.TITLE_WORDS:
            if toks[end].low in lx.ORG_HEADS:
                last_head = end
            end += 1
        if last_head is None and end > k and (end >= len(toks) or not toks[end].cap) \
                and (toks[end - 1].low in _TRADE_TAILS or (toks[end - 1].text in _COUNTRY_NAMES and end - 1 > k)) \
                and not any(toks[x].low in lx.LOCATIONS or toks[x].low in lx.DEMONYMS for x in range(k, end - 1)):
            # "Weichai Lovol Heavy Industry", "Mindray Medical Belarus": another company of the group (a trade, or the
            # country of a subsidiary, ends its name; the country stays a place of the story)
            last = end - 1 - (toks[end - 1].text in _COUNTRY_NAMES)
            return Mention(toks[m.tok_start].start, toks[last].end, "", "organization",
                           candidate=Candidate("organization", " ".join(toks[x].text for x in range(m.tok_start, end))),
                           tok_start=m.tok_start, tok_end=end)
        if last_head is None or last_head == k or toks[last_head].low in _SUB_BODY_HEADS:
            return None
        words = [toks[x].low for x in range(k, last_head)]
        head = toks[last_head].low
        if head in lx.LEGAL_FORMS or head in ("llc", "ltd", "gmbh", "inc"):
            end_tok, label_end = last_head + 1, last_head  # the legal form is no part of the name
        elif all(w in _DESCRIPTIVE or w in lx.GENERIC_ORG_WORDS or w in lx.ORG_HEADS for w in words):
            return None  # "Rosatom State Atomic Energy Corporation": what kind of company it is
        else:
            end_tok, label_end = last_head + 1, last_head + 1
        label = " ".join(toks[x].text for x in range(m.tok_start, label_end))
        return Mention(toks[m.tok_start].start, toks[end_tok - 1].end, "", "organization",
                       candidate=Candidate("organization", label), tok_start=m.tok_start, tok_end=end_tok)

    def _company_branch_at(self, t: Token, before: str = "") -> str | None:
        """'Amkodor-Smorgon', 'Gomselmash-Gomel': a known company and a place in one hyphenated word (in
        Cyrillic, "Амкодор-Сморгонь", by their English names; not in quotes, where cyrillic.py reads the kind
        of thing named before them: 'диван «Пинскдрев-Амстердам»' is a sofa)."""
        company, _, place = t.text.rpartition("-")
        if not company or not place[:1].isupper():
            return None
        places = self.registry.places.find(place)
        if not places and (CYRILLIC.search(t.text) or len(place) < 4 or not place[1:].islower()):
            return None
        # (or a subsidiary named after the parent: "Naftan-Spetstrans", "Belorusneft-Osobino", as written)
        known = self.registry.lookup(company)
        if len(known) == 1 and known[0][1] == company and (e := self.registry.get(known[0][0])) is not None \
                and e.type == "organization":
            if not CYRILLIC.search(t.text):
                return t.text
            return None if before == "«" or not places else f"{e.label('en')}-{self.registry.places.label(places[0])}"
        return None

    def _owned_company_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """"Finland's Olvi group", "the BELAVTOMAZ holding": a name between its owner country (or "the", a
        name in capitals) and the kind of company it is (in lower case)."""
        if i == 0 or i + 1 >= len(toks) or i in starts or toks[i + 1].cap or toks[i + 1].low not in lx.LOWERCASE_ORG_HEADS:
            return None
        owner = re.fullmatch(r"(.+)['’]s", toks[i - 1].text)
        capitals = toks[i].allcaps and len(toks[i].text) >= 4 and toks[i - 1].low == "the" and toks[i].text.isalpha()
        if not capitals and (owner is None or not NAME_WORD.match(toks[i].text)
                             or not self.registry.places.is_place_phrase(owner.group(1))):
            return None  # ("the BELAVTOMAZ holding": a name in capitals before the kind of company)
        return Mention(toks[i].start, toks[i].end, "", "organization",
                       candidate=Candidate("organization", toks[i].text), tok_start=i, tok_end=i + 1)

    @staticmethod
    def _regional_government_at(toks: list[Token], i: int) -> Mention | None:
        """'the government of Shandong Province': a region's government written in lower case."""
        if i + 3 >= len(toks) or toks[i + 1].low != "of":
            return None
        k = i + 2
        while k < len(toks) and k - i < 7 and toks[k].cap and not toks[k].sentence_start:
            k += 1
        if k - (i + 2) < 2 or toks[k - 1].low not in _REGION_KINDS:
            return None
        label = "Government of " + " ".join(toks[x].text for x in range(i + 2, k))
        return Mention(toks[i].start, toks[k - 1].end, "", "organization", candidate=Candidate("organization", label),
                       tok_start=i, tok_end=k)

    def _executive_committee_label(self, m: Mention) -> str | None:
        label = (self.registry.get(m.entity_id).label("en") if m.entity_id and self.registry.get(m.entity_id)
                 else m.candidate.label if m.candidate else None)
        return label if label and label.endswith("Executive Committee") else None

    def _lowercase_department_at(self, toks: list[Token], i: int, starts, found: list[Mention]) -> Mention | None:
        """A department of an executive committee written in lower case, as sites write posts:
        'head of the main department of agriculture and food of the Gomel Oblast Executive Committee',
        '... of the oblast executive committee' (the one named before in the article)."""
        k = i
        words: list[str] = []
        while k < len(toks) and k - i < 16:
            tk = toks[k]
            region = self._place_words(toks, k + 1) if tk.low == "of" and k + 1 < len(toks) and toks[k + 1].cap else 0
            place = " ".join(t.text for t in toks[k + 1:k + 1 + region])
            if region and words and words[-1] in _DEPARTMENT_HEADS and len(words) <= 4 and any(
                    p.kind == "region" and p.country != "BY" for p in self.registry.places.named(place)):
                # "the tourism department of Samarkand Region": a region abroad's own department
                name = " ".join(w.capitalize() if w not in ("and", ",") else w for w in words).replace(" ,", ",")
                written = " ".join(words).replace(" ,", ",")
                return Mention(toks[i].start, toks[k + region].end, "", "organization", candidate=Candidate(
                    "organization", f"{name} of {place}", aliases=[f"{written} of {place}", f"{place} {name}",
                                                                   f"{place} {written}"]),
                    tok_start=i, tok_end=k + 1 + region)
            if tk.low == "of" and k + 2 < len(toks) and toks[k + 1].low == "the":
                p = k + 2
                parent_label, end = None, k
                hit = starts.get(p)
                if toks[p].cap and hit is not None and hit[1].type == "organization" and not hit[1].implied:
                    parent_label = self._executive_committee_label(hit[1])
                elif toks[p].cap:
                    shaped = self._org_shape_at(toks, p, starts)
                    parent_label = self._executive_committee_label(shaped) if shaped is not None else None
                elif p + 2 < len(toks) and toks[p].low in _LOCAL_LEVELS and toks[p + 1].low == "executive" \
                        and toks[p + 2].low == "committee":
                    level = _LOCAL_LEVELS[toks[p].low]
                    for m in reversed(found):
                        label = self._executive_committee_label(m) if m.type == "organization" else None
                        if label and label.endswith(f" {level} Executive Committee"):
                            parent_label, end = label, p + 3
                            break
                if parent_label is not None:
                    kinds = [w for w in words if w in _DEPARTMENT_HEADS]
                    described = [w for w in words if w not in _DEPARTMENT_HEADS and w not in ("main", "of", "and", ",")]
                    if not kinds or not described:
                        return None
                    if words[-1] in _DEPARTMENT_HEADS and (words[0] not in _DEPARTMENT_START or len(words) == 1):
                        if not ("," in words or "and" in words):
                            if words[0] not in _DEPARTMENT_START:
                                return None  # "the housing department of ...": too loose to name a body
                        else:  # "the ideological work, culture and youth affairs department" is the
                            words = [words[-1], "of"] + words[:-1]  # Department of Ideological Work, ...
                    name = " ".join(w if w in ("of", "and", "for", "on", "the", ",") else w.capitalize() for w in words)
                    label = f"{name.replace(' ,', ',')} of the {parent_label}"
                    return Mention(toks[i].start, toks[max(end, k) - 1].end, "", "organization",
                                   candidate=Candidate("organization", label), tok_start=i, tok_end=max(end, k))
            if tk.word and (tk.low in lx.TITLE_WORDS or tk.low in _NOT_IN_DEPARTMENT):
                return None  # "... of schoolchildren in agricultural companies, and head of the ...": not one name
            if tk.text == "," or (tk.word and not tk.cap and tk.text.isalpha()):
                words.append(tk.low)
                k += 1
                continue
            return None
        return None

    def _sub_body_after(self, toks: list[Token], i: int, mention: Mention) -> Mention | None:
        """'the BRSM Central Committee', 'the CIS Executive Committee': a body of a named organization."""
        if mention.implied or not mention.entity_id:
            return None
        j = i
        while j < len(toks) and j - i < 3 and toks[j].cap and not toks[j].sentence_start \
                and (toks[j].low in lx.GENERIC_ORG_WORDS or toks[j].low in _SUB_BODY_HEADS or toks[j].low == "office"):
            j += 1
        if j == i or toks[j - 1].low not in _SUB_BODY_HEADS and not (toks[j - 1].low == "office" and j - i >= 2):
            return None  # ("the WHO Regional Office": an office with its rank is a body; "the UNICEF Office" is UNICEF)
        entity = self.registry.get(mention.entity_id)
        if entity is None or entity.type != "organization":
            return None
        sub = " ".join(t.text for t in toks[i:j])
        span = self._place_words(toks, j + 1) if j + 1 < len(toks) and toks[j].low == "for" else 0
        if span:  # "the WHO Regional Office for Europe"
            sub, j = f"{sub} for {' '.join(t.text for t in toks[j + 1:j + 1 + span])}", j + 1 + span
        label = f"{sub} of the {entity.label('en')}"
        known = self.registry.lookup(label)
        eid = known[0][0] if len(known) == 1 and known[0][1] == label else None
        return Mention(toks[i].start, toks[j - 1].end, "", "organization", eid,
                       None if eid else Candidate("organization", label), tok_start=i, tok_end=j)

    def _partner_after(self, toks: list[Token], i: int, mention: Mention, starts) -> Mention | None:
        """"the fuel technologies of Naftan and Polymir": one word after a known one-word company and "and" is a
        company too (no place, person or common word)."""
        if mention.tok_end - mention.tok_start != 1 or not mention.entity_id or i + 1 >= len(toks) \
                or toks[i].low != "and" or i + 1 in starts:
            return None
        t = toks[i + 1]
        low = t.low
        if not t.cap or t.sentence_start or not NAME_WORD.match(t.text) or SURNAME_ENDING.search(t.text) \
                or (i + 2 < len(toks) and toks[i + 2].cap) or low in _NOT_SURNAMES or low in lx.NON_ENTITY_HEADS \
                or self.registry.places.find(t.text) or t.text in foreign_first_names():
            return None
        return Mention(t.start, t.end, "", "organization", candidate=Candidate("organization", t.text),
                       tok_start=i + 1, tok_end=i + 2)

    def _known_starts(self, toks: list[Token]) -> dict[int, tuple[int, Mention]]:
        """Registry matches by start token (longest at each start; overlaps settled left to right)."""
        out: dict[int, tuple[int, Mention]] = {}
        for i, t in enumerate(toks):
            if not t.cap:
                continue
            best: tuple[int, Mention] | None = None
            alias = self._alias_at(toks, i)
            if alias is not None:
                length, a = alias
                m = Mention(t.start, toks[i + length - 1].end, "", a.type, None if a.context else a.entity_id,
                            implied=a.implied, tok_start=i, tok_end=i + length,
                            context=[(a.entity_id, a.parent)] if a.context else [])
                if a.context:  # every sub-body sharing this short name is a candidate
                    for other in self._aliases.get(t.low, ()):
                        if other.context and other.tokens == a.tokens and other.entity_id != a.entity_id:
                            m.context.append((other.entity_id, other.parent))
                best = (length, m)
            person = self._person_at(toks, i)
            if person is not None and (best is None or person[0] > best[0]):
                length, eid = person
                best = (length, Mention(t.start, toks[i + length - 1].end, "", "person", eid, tok_start=i,
                                        tok_end=i + length))
            if best is not None:
                out[i] = best
        return out

    def _quoted_name_after(self, toks: list[Token], i: int, starts) -> Mention | None:
        """'OJSC "Savushkin Product"', 'SPK «Rassvet»': the company's name is in the quotes."""
        if i + 2 >= len(toks) or toks[i + 1].text not in OPEN_QUOTES:
            return None
        close = OPEN_QUOTES[toks[i + 1].text]
        k = i + 2
        while k < len(toks) and k - i < 10 and toks[k].text not in close and not toks[k].sentence_start:
            k += 1
        if k >= len(toks) or toks[k].text not in close or k == i + 2 or not toks[i + 2].cap:
            return None
        hit = starts.get(i + 2)
        if hit is not None and hit[1].tok_end == k and hit[1].type == "organization":
            eid, cand = hit[1].entity_id, None  # 'JSC "Belaruskali"'
        else:
            words = [toks[x].text for x in range(i + 2, k)]
            name = strip_management_tail(" ".join(words).replace(" - ", "-").replace(" .", "."))
            if toks[i].low in lx.NAME_PREFIXES:
                name = f"{toks[i].text} {name}"  # "Agrokombinat Snov", "HC Dinamo" keep their prefix
            known = self.registry.lookup(name)
            if len(known) == 1 and known[0][1] == name and self.registry.get(known[0][0]).type == "organization":
                eid, cand = known[0][0], None
            else:
                eid, cand = None, Candidate("organization", name)
                if toks[i].low in _COOPERATIVE_FORMS:
                    cand.aliases.append(f"{toks[i].text.upper()} {name}")
        return Mention(toks[i].start, toks[k].end, "", "organization", eid, cand, tok_start=i, tok_end=k + 1)

    def _foreign_ministry(self, toks: list[Token], hit, starts) -> Mention | None:
        """'Hungarian Minister of Foreign Affairs and Trade': not the Belarusian ministry the words match.

        A ministry named after a foreign demonym, or whose name goes on past the registry's
        ("... and Trade", "... of Hungary"), becomes its own organization "Ministry of X of Country".
        """
        _, m = hit
        if m.type != "organization" or not (m.entity_id or "").endswith("-of-belarus"):
            return None
        words = [toks[k] for k in range(m.tok_start, m.tok_end)]
        if not m.entity_id.startswith("ministry-of-") or words[0].low not in ("minister", "ministry") or len(words) < 3 \
                or words[1].low != "of":
            # (any national body: "the Kazakh Security Council", "Council of Ministers of the Republic of Uzbekistan")
            # "Kazakh Foreign Ministry", "the Russian Defence Minister": the registry's ministry, of that country
            country, end = _country_before(toks, m.tok_start - 1), m.tok_end
            if country is None and m.tok_start and toks[m.tok_start - 1].cap:
                owner = re.fullmatch(r"(.+)['’]s", toks[m.tok_start - 1].text)  # "Kyrgyzstan's Foreign Ministry"
                country = self._country_word(owner.group(1) if owner else toks[m.tok_start - 1].text)  # "the UAE Ministry of Economy"
            if country is None and end + 1 < len(toks) and toks[end].low == "of" \
                    and toks[end + 1].text in _COUNTRIES:  # "the Foreign Ministry of Kazakhstan"
                country, end = toks[end + 1].text, end + 2
            if country is None:
                country, end = self._qualifier_after(toks, end)
            if country is None or country == "Belarus" or m.entity_id is None:
                return None
            label = re.sub(r" of Belarus$", f" of {country}", self.registry.label(m.entity_id, "en"))
            return Mention(toks[m.tok_start].start, toks[end - 1].end, "", "organization",
                           candidate=Candidate("organization", label), implied=words[-1].low == "minister",
                           tok_start=m.tok_start, tok_end=end)
        k = m.tok_start - 1
        while k >= 0 and toks[k].low in ("first", "deputy", "vice", "acting", "the"):
            k -= 1
        country = _country_before(toks, k)
        if country is None and k >= 0 and toks[k].cap:
            country = self._country_word(toks[k].text)  # "the UAE Ministry of Economy"
        start = m.tok_start
        if country is None and k >= 0 and toks[k].cap and not toks[k].sentence_start:
            # a region abroad before the ministry is its own: "the Tatarstan Ministry of Education", "the Smolensk
            # Oblast Ministry of Health" (no ministry of Belarus)
            region = k - 1 if toks[k].low in ("oblast", "region") and k >= 1 and toks[k - 1].cap else k
            if self._only_abroad(toks[region].text):
                country, start = " ".join(t.text for t in toks[region:k + 1]), region
        end = m.tok_end
        while end + 1 < len(toks) and (toks[end].low in ("and", "of") or (
                toks[end].text == "," and any(x.low == "and" for x in toks[end + 1:end + 5]))) and toks[end + 1].cap \
                and toks[end + 1].low not in lx.FIRST_NAMES and not (end + 1 in starts and starts[end + 1][1].type == "person") \
                and not (toks[end].low == "and" and end + 1 in starts) \
                and not re.fullmatch(r".+['’]s", toks[end + 1].text):  # "Ministry of Culture and Belarusbank": two bodies
            # (and "... and Belarus's State Border Committee": the owner opens the next name)
            end += 2
            if toks[end - 2].low == "of" and (toks[end - 1].low in lx.LOCATIONS  # (or the gazetteer's: "Türkiye")
                                              or self.registry.places.is_place_phrase(toks[end - 1].text)):
                if end < len(toks) and toks[end].cap and toks[end].low in _REGION_KINDS:
                    end += 1  # "Ministry of Health of Smolensk Oblast": the region's ministry, named with it
                continue  # "... of Kazakhstan Alibek Bakayev": the country ends the name, its minister follows
            while end < len(toks) and toks[end].cap and toks[end].low not in lx.FIRST_NAMES \
                    and not (end in starts and starts[end][1].type == "person") and not toks[end].sentence_start \
                    and not self._holder_after_portfolio(toks, end):
                end += 1
        if end == m.tok_end:
            # "Ministry of Agriculture Jihad of Iran": one or two more words of the name, then the country
            more = end
            while more < len(toks) and more - end < 2 and toks[more].cap and not toks[more].sentence_start \
                    and more not in starts and toks[more].low not in lx.FIRST_NAMES and toks[more].low not in lx.TITLE_WORDS:
                more += 1
            if more > end and self._qualifier_after(toks, more)[0] not in (None, "Belarus"):
                end = more
        tail = [t.low for t in toks[end:end + 5]]
        name_end = end
        if tail[:2] == ["of", "the"] and len(tail) > 3 and tail[2] in lx.DEMONYM_COUNTRY and tail[3] in ("republic", "federation"):
            country, end = lx.DEMONYM_COUNTRY[tail[2]], end + 4  # "... of the Kyrgyz Republic": of Kyrgyzstan
        for pattern in (["of", "the", "republic", "of"], ["of", "the"], ["of"]):
            n = len(pattern)
            if end == name_end and tail[:n] == pattern and len(tail) > n and toks[end + n].cap \
                    and (tail[n] in lx.LOCATIONS or (n == 4 and self._only_abroad(toks[end + n].text))) \
                    and tail[n] not in ("oblast", "region", "district", "city", "town", "village", "raion"):
                # (a republic inside a country too: "of the Republic of Tatarstan" is "of Tatarstan")
                # "... of the Republic of Kazakhstan"; "... of the Netherlands" keeps its article
                word = toks[end + n].text  # ("of the Republic of Korea": South Korea's own name)
                if end + n + 1 < len(toks) and toks[end + n + 1].cap and toks[end + n + 1].low in _REGION_KINDS:
                    # "Ministry of Agriculture of the Pskov Region": a region's own ministry, the region as written
                    country = " ".join(["the"] * (tail[1] == "the") + [word, toks[end + n + 1].text])
                    end = end + n + 2
                    break
                country = (self._country_word(f"Republic of {word}") if "republic" in pattern else None) \
                    or self._country_word(word) or word
                end = end + n + 1
                break
        if end == name_end and country is None:
            country, end = self._qualifier_after(toks, end)  # "... of the United Arab Emirates"
        name = [t.text for t in toks[m.tok_start + 2:name_end]]  # (the qualifier is no part of the name)
        if len(name) >= 2 and name[-2] == "of" and (name[-1].lower() in lx.LOCATIONS
                                                    or self.registry.places.is_place_phrase(name[-1])):
            country = country or name[-1]
            name = name[:-2]
        while name and (name[-1].lower() in ("of", "the", "republic") or name[-1] == country):
            name = name[:-1]  # the country's words are the qualifier, not the ministry's name
        if (country is None or country == "Belarus") and end == m.tok_end:
            return None
        label = f"Ministry of {' '.join(name).replace(' ,', ',')}" + (f" of {country}" if country and country != "Belarus" else
                                                   " of Belarus" if country == "Belarus" else "")
        return Mention(toks[start].start, toks[end - 1].end, "", "organization",
                       candidate=Candidate("organization", label), implied=words[0].low == "minister",
                       tok_start=start, tok_end=end)

    @staticmethod
    def _holder_after_portfolio(toks: list[Token], k: int) -> bool:
        """The capitalized words from `k` name the holder of the post whose portfolio ends right before:
        "... of Agriculture and Rural Development Nguyen Van Long", "... of Energy and Mineral Resources Sigit
        Pramono" -- two or more words, none of a portfolio, after a portfolio's word (not "... of Agriculture
        Jihad", one more word of the ministry's own name)."""
        if k < 1 or toks[k - 1].low not in PORTFOLIO_WORDS or toks[k].low in PORTFOLIO_WORDS:
            return False
        j = k
        while j < len(toks) and toks[j].cap and toks[j].word and not toks[j].sentence_start \
                and toks[j].low not in PORTFOLIO_WORDS | lx.ORG_HEADS:
            j += 1
        return j - k >= 2 and (j >= len(toks) or not toks[j].cap)

    def _committee_department(self, toks: list[Token], i: int, head: int, end: int, starts) -> Mention | None:
        """'Department of Education of the Glubokoye District Executive Committee': a department of an
        executive committee the registry does not know yet; the committee itself stays for the main loop."""
        if toks[head].low not in _DEPARTMENT_HEADS or end + 2 >= len(toks) or toks[end].low != "of" \
                or toks[end + 1].low != "the" or not toks[end + 2].cap or toks[end + 2].sentence_start:
            return None
        shaped = self._org_shape_at(toks, end + 2, starts)
        parent_label = self._executive_committee_label(shaped) if shaped is not None else None
        head_label = org_shape_label(toks, i, end)
        if not parent_label or not head_label or head_label.lower() in lx.NON_NAME:
            return None
        return Mention(toks[i].start, toks[end - 1].end, "", "organization",
                       candidate=Candidate("organization", f"{head_label} of the {parent_label}"),
                       tok_start=i, tok_end=end)

    @staticmethod
    def _parent_at(toks: list[Token], end: int, starts) -> Mention | None:
        """The known organization in '... of (the) <known organization>' right after `end`, if any."""
        if end + 1 >= len(toks) or toks[end].low != "of":
            return None
        k = end + 1 + (toks[end + 1].low == "the")
        hit = starts.get(k)
        if hit is not None and hit[1].type == "organization" and hit[1].entity_id and not hit[1].implied:
            return hit[1]
        return None

    @staticmethod
    def _longer_name_follows(toks: list[Token], hit, starts) -> bool:
        length, m = hit
        end = m.tok_end
        if m.type != "organization" or m.implied or m.context or toks[end - 1].low not in lx.ORG_HEADS:
            return False
        if end + 1 >= len(toks) or toks[end].low not in ("of", "for") or toks[end + 1].sentence_start:
            return False
        k = end + 1 + (toks[end + 1].low == "the")
        return k < len(toks) and toks[k].cap and k not in starts and toks[k].low not in lx.LOCATIONS \
            and toks[k].low not in lx.FIRST_NAMES and toks[k].low not in lx.TITLE_WORDS and not adjective_of_noun(toks, k)

    def _acronym_after(self, toks: list[Token], i: int, mention: Mention, found: list[Mention]) -> int:
        """'... Organization (CSTO)': the acronym becomes a local alias of the organization."""
        if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and ACRONYM.match(toks[i + 1].text):
            acr = toks[i + 1]
            found.append(Mention(acr.start, acr.end, acr.text, "organization", mention.entity_id, mention.candidate,
                                 tok_start=i + 1, tok_end=i + 2, context=list(mention.context)))
            return i + 3
        return i

    def _org_shape_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """Unknown organizations by shape: '<Name> District Executive Committee', 'Ministry of X', 'OJSC X'."""
        t = toks[i]
        if t.sentence_start and t.low in lx.SENTENCE_STARTERS:
            return None
        if t.low.endswith("-based") and i + 1 < len(toks) and toks[i + 1].cap:
            return self._org_shape_at(toks, i + 1, starts)  # "Almaty-based KazAgroProduct JSC": where it is, then its name
        owner = re.fullmatch(r"(.+)['’]s", t.text)
        if owner and i + 1 < len(toks) and toks[i + 1].cap and self.registry.places.is_place_phrase(owner.group(1)) \
                and i + 1 not in starts \
                and toks[i + 1].low not in ("ministry", "embassy", "government"):
            return self._org_shape_at(toks, i + 1, starts)  # "China's Shandong ... Co., Ltd.": the owner is a place
        if owner and i + 1 < len(toks) and toks[i + 1].cap and not toks[i + 1].sentence_start \
                and self._known_organization(owner.group(1)):
            return self._org_shape_at(toks, i + 1, starts)  # "Belshina's Bobruisk ... Plant": the body the parent owns
        country = _country_before(toks, i)
        if country is not None and i + 1 < len(toks) and toks[i + 1].low in ("ministry", "embassy", "government") \
                and i + 1 not in starts:  # (a registry ministry gets its country in _foreign_ministry)
            # "Uzbekistan's Ministry of Investment, ...": that country's body; the country stays a place
            inner = self._org_shape_at(toks, i + 1, starts)
            if inner is None and toks[i + 1].low == "embassy":  # "the Turkmen Embassy in Minsk"
                k = i + 2
                span = self._place_words(toks, k + 1 + (toks[k + 1].low == "the")) \
                    if k + 1 < len(toks) and toks[k].low == "in" else 0
                where = " ".join(t.text for t in toks[k + 1 + (toks[k + 1].low == "the"):][:span]) if span else ""
                end = k + 1 + (toks[k + 1].low == "the") + span if span else k
                label = f"Embassy of {country}" + (f" in {where}" if where else "")
                return Mention(t.start, toks[end - 1].end, "", "organization",
                               candidate=Candidate("organization", self._country_named_once(_embassy_in_capital(label))),
                               tok_start=i, tok_end=end)
            if inner is not None and inner.candidate is not None and inner.entity_id is None \
                    and not inner.candidate.label.endswith(f" of {country}"):
                inner.candidate = Candidate("organization", f"{inner.candidate.label} of {country}")
            return inner
        if i + 4 < len(toks) and toks[i + 1].low == "and" and t.low not in lx.ORG_HEADS \
                and self.registry.places.is_place_phrase(t.text) and named_body_from(toks, i + 2):
            # "Polessky State University in Pinsk and Henan Agricultural University": the town, then
            # another body with a name of its own (not "Turov and Mozyr Diocese": one body of two towns)
            return self._org_shape_at(toks, i + 2, starts)
        quoted = self._quoted_name_after(toks, i, starts) if t.low in lx.ORG_PREFIXES else None
        if quoted is not None:
            return quoted
        if i + 2 < len(toks) and toks[i + 2].low in ("of", "from") and person_follows(toks, i, opens=True) \
                and not self.registry.places.find(t.text):
            return None  # "researcher Kenji Sato of Tohoku University": a person, then the body she is of
        m = lowercase_committee_at(toks, i)
        if m is not None:
            return m
        run = [i]
        j = i + 1
        while j < len(toks):
            tj = toks[j]
            if tj.sentence_start or (j in starts and not starts[j][1].context):
                break  # a known name starts here: the shape ends before it
            if tj.cap and (not (tj.low in lx.TITLE_START and tj.low not in lx.ORG_HEADS)
                           or (tj.low == "general" and toks[j - 1].low == "consulate")  # "Consulate General of ..."
                           # "Vietnam General Confederation of Labour": no post before a body's head
                           or (tj.low == "general" and j + 1 < len(toks) and toks[j + 1].cap
                               and toks[j + 1].low in lx.ORG_HEADS and toks[j + 1].low not in lx.TITLE_WORDS)):
                run.append(j)
                j += 1
                continue
            if t.low in lx.ORG_HEADS and tj.low == "of" and j + 2 < len(toks) and toks[j + 1].low == "the" and toks[j + 2].cap \
                    and not toks[j + 2].sentence_start and (span := self._place_words(toks, j + 2)) \
                    and not (j + 2 + span < len(toks) and toks[j + 2 + span].cap):  # (not "... of the Glubokoye District Executive Committee")
                run.extend(range(j, j + 2 + span))  # "Embassy of the United Arab Emirates", "... of the Leningrad Oblast"
                j += 2 + span
                continue
            if tj.low == "and" and self._second_name_after_and(toks, j):
                break  # "Lidskoe Pivo and Lida Dairy and Canning Plant": a town opens the second company's name
            if tj.low == "the" and toks[j - 1].low in lx.OCCASION_HEADS:
                break  # "On the eve of Women's Day the Mozyr Raion Women's Union honoured ...": a holiday, then the body
            if tj.low in ("and", ",") and person_follows(toks, j + 1):
                break  # "... Association of Turkey and Zeynep Arslan from ...": a person after the body's name
            if tj.word and tj.low in lx.CONNECTORS and j + 1 < len(toks) and toks[j + 1].cap \
                    and toks[j + 1].low not in lx.ORG_PREFIXES and toks[j + 1].low not in _CALENDAR:
                # "... Poultry Farm and OJSC Vityaz": two names; "... Plant on Monday": a date
                run.append(j)
                j += 1
                continue
            if tj.text in ("-",) and j + 1 < len(toks) and toks[j + 1].cap:
                run.append(j)
                j += 1
                continue
            if tj.text in ("'", "’") and j + 2 < len(toks) and toks[j + 1].text == "s" and toks[j - 1].low in lx.GROUP_NOUNS \
                    and toks[j + 2].word and (toks[j + 2].cap or toks[j + 2].low == "and"):
                run.extend((j, j + 1))  # "Specialised Children's and Youth School", "Women's Union"
                j += 2
                continue
            if tj.text in ("'", "’") and tj.start == toks[j - 1].end and toks[j - 1].low in lx.GROUP_NOUNS \
                    and j + 1 < len(toks) and toks[j + 1].cap and not toks[j + 1].sentence_start:
                run.append(j)  # "Lithuanian Writers' Union", "Farmers' Association": a plural's possessive
                j += 1
                continue
            if tj.text == "," and j + 1 < len(toks) and toks[j + 1].cap and not toks[j + 1].sentence_start:
                # "Ideological Work, Culture and Youth Affairs Department of ...": a list of fields
                # inside one department's name (a department head word must follow the "and")
                ahead = toks[j + 1:j + 9]
                and_at = next((x for x, a in enumerate(ahead) if a.low == "and"), None)
                if and_at and all(a.cap for a in ahead[:and_at]) \
                        and any(a.cap and a.low in _DEPARTMENT_HEADS for a in ahead[and_at:]):
                    run.append(j)
                    j += 1
                    continue
            break
        head = None
        if t.low in lx.ORG_PREFIXES and len(run) >= 2:
            heads = [k for k in run[1:] if toks[k].low in lx.ORG_HEADS]
            if heads:
                head = heads[-1]
                while head + 1 in run and toks[head + 1].cap and toks[head + 1].low not in lx.FIRST_NAMES \
                        and toks[head + 1].low not in lx.TITLE_WORDS and toks[head + 1].low not in lx.LOCATIONS \
                        and not (toks[head + 1].text == "No" and head + 2 < len(toks) and toks[head + 2].text == "."):
                    head += 1  # "OJSC Gomel Plant Gidroprivod": the plant's own name after its kind
                    # (not "OJSC ... Construction Trust No. 4": the number is added below)
            else:  # "OJSC Naftan": the name runs until a person's first name or a post
                for k in run[1:]:
                    # (a first name right after the prefix, no surname after it, is the name: "HC Barys", "FC Vitaliya")
                    first = k == run[1] and not (k + 1 in run and toks[k + 1].cap)
                    if (toks[k].low in lx.FIRST_NAMES and not first) or toks[k].low in lx.TITLE_WORDS or toks[k].low in lx.CONNECTORS \
                            or (toks[k].text == "No" and k + 1 < len(toks) and toks[k + 1].text == "."):
                        break  # ("OJSC Stroytrest No. 17": the number is added below)
                    head = k
                if head is not None and toks[head].allcaps and head + 2 < len(toks) and toks[head + 1].text == "-" \
                        and toks[head + 2].text.isdigit() and toks[head + 1].start == toks[head].end:
                    run.extend((head + 1, head + 2))  # "OJSC Kirovsk PMK-256": a unit and its number
                    head += 2
        else:
            for k in reversed(run):
                low = toks[k].low
                if (toks[k - 1].low in ("for", "of") or (toks[k - 1].low == "and" and toks[k - 2].low not in lx.ORG_HEADS
                                                          and any(toks[x].low in ("for", "of") for x in run if i < x < k - 1))) \
                        and k + 1 in run and toks[k + 1].cap and k - 1 > i:
                    continue  # a field, not the head: "Agency for Plant Quarantine", "Institute of Plant Protection",
                    # "Inspection for Protection of Animal and Plant Life"
                if low in _PARENTED_HEADS and not (k + 1 < len(toks) and toks[k + 1].low == "of"):
                    continue  # "Soviet Troops" are no body ("Internal Troops of the Ministry of ..." are one)
                if (low in lx.ORG_HEADS or (low.rsplit("-", 1)[-1] in lx.ORG_HEADS and "-" in low)
                        or (low == "house" and k > i and toks[k - 1].low in _HOUSE_KINDS)) and toks[k].cap:
                    # (a hyphenated head too: "Adam Mickiewicz House-Museum", "... Museum-Estate")
                    words_before = sum(1 for x in run if x < k and toks[x].cap)
                    # "Svetlogorsk Centre of Culture and Leisure": a weak head with one word before
                    # is a name when "of <Capitalized>" follows it
                    # (or "for <Capitalized>": "Republican Centre for Olympic Training")
                    described = k + 2 < len(toks) and toks[k + 1].low in ("of", "for") and toks[k + 2].cap \
                        and not toks[k + 2].sentence_start and toks[k + 2].low not in lx.TITLE_WORDS
                    # ("Brest Customs": a customs house is named by its town)
                    placed = low == "customs" and k - 1 == i and self.registry.places.is_place_phrase(toks[i].text)
                    if words_before >= (2 if low in lx.WEAK_ORG_HEADS and not described and not placed else 1):
                        head = k
                        break
            if head is None and t.low in lx.ORG_HEADS and (
                    (len(run) >= 3 and (toks[run[1]].low in ("of", "for") or (t.low == "committee" and toks[run[1]].low == "on")))
                    or (i + 3 < len(toks) and toks[i + 1].low in ("of", "for") and toks[i + 2].low == "the"
                        and toks[i + 3].cap and not toks[i + 3].sentence_start and toks[i + 3].low not in lx.TITLE_WORDS)):
                head = i  # "Ministry of ...", "Union of Writers", "Academy of Sciences", "Department for ...",
                # "Agency for the Development of ..."
            if head is None and len(run) >= 2 and toks[run[-1]].low in _UNIT_HEADS \
                    and self._parent_at(toks, run[-1] + 1, starts) is not None:
                head = run[-1]  # "Aviation Unit of the Ministry of Emergency Situations": a unit of a known body
            if head is None and t.low == "consulate" and len(run) >= 3 and toks[run[1]].low == "general" \
                    and toks[run[2]].low == "of":
                head = run[1]  # "Consulate General of Poland in Grodno"
            if head is None and t.low in lx.ORG_HEADS and i + 3 < len(toks) and toks[i + 1].text == "No" \
                    and toks[i + 2].text == "." and toks[i + 3].text.isdigit():
                head = i  # "Gymnasium No. 1 of Slutsk"
        if head is None:
            return self._local_administration_at(toks, i, run)
        if head > i + 2 and _person_of_body(toks, i):
            return None  # "researcher Kenji Sato of Tohoku University": a person and where they work, two names
        if toks[head].low == "tv" and ((head + 1 < len(toks) and toks[head + 1].low in ("channel", "company", "station"))
                                       or all_caps_line(toks, head)):
            return None  # "the Minsk Oblast TV channel Minsk Region TV": what the channel is, then its name
            # ("TO SELL CABLE TV UNIT": a headline in capitals)
        if head + 1 < len(toks) and toks[head + 1].cap and toks[head + 1].low in lx.NON_ENTITY_HEADS:
            return None  # "... on International Museum Day": an event named after a kind of body
        if head > i + 2 and _people_word(t.low) and toks[i + 1].low == "of":
            # "Staff of Pripyatsky National Park": the people of a body, the body is named after "of"
            return self._org_shape_at(toks, i + 2 + (toks[i + 2].low == "the"), starts)
        if i + 3 < len(toks) and t.low == "press" and toks[i + 1].low in ("service", "office", "centre", "center") \
                and toks[i + 2].low == "of":
            # "Press Service of the Minsk City Council of Deputies": the body speaks through its press service
            k = i + 3 + (toks[i + 3].low == "the")
            return (starts[k][1] if k in starts and starts[k][1].type == "organization" else None) \
                or self._org_shape_at(toks, k, starts)
        board = 4 if [x.low for x in toks[i:i + 4]] == ["board", "of", "directors", "of"] else \
            3 if [x.low for x in toks[i:i + 3]] == ["supervisory", "board", "of"] else 0
        if board and i + board < len(toks) and toks[i + board + (toks[i + board].low == "the")].cap:
            # "Chairman of the Board of Directors of Belarusian Cement Company": the company
            k = i + board + (toks[i + board].low == "the")
            return starts[k][1] if k in starts and starts[k][1].type == "organization" else self._org_shape_at(toks, k, starts)
        for k in run:
            # "Minsk Regional Center for Olympic Reserve in Biathlon and Raubichi Olympic Sports Center": two
            # names, each with its own head word, joined by "and" (not "Institute of Genetics and Cytology")
            if i < k < head and toks[k].low == "and" and toks[k + 1].cap and toks[k + 1].low not in lx.ORG_HEADS \
                    and any(toks[x].low in lx.ORG_HEADS and toks[x].cap and toks[x].low not in lx.WEAK_ORG_HEADS
                            or toks[x].low in ("center", "centre") for x in run if i < x < k) \
                    and sum(1 for x in run if k < x < head and toks[x].cap) >= 2:
                if any(toks[x].low in lx.ORG_HEADS and toks[x].cap and toks[x + 1].low in ("for", "of") for x in run if i < x < k):
                    label = org_shape_label(toks, i, k)
                    if label:
                        return Mention(t.start, toks[k - 1].end, "", "organization",
                                       candidate=Candidate("organization", label), tok_start=i, tok_end=k)
        for k in run:
            # "Borisov ... Equipment Plant and Slutsk Sugar Refinery": a head word right before "and"
            # followed by another capitalized name ends the first body
            before = sum(1 for x in run if x < k - 1 and toks[x].cap)
            # (a weak head with two words before it ends a name too when a place opens the next one: "Tanzania Tea
            # Board and Grodno Customs", not "Mogilev Regional TV and Radio Company")
            if i < k < head and toks[k].low == "and" and toks[k - 1].low in lx.ORG_HEADS and toks[k - 1].cap \
                    and (toks[k - 1].low not in lx.WEAK_ORG_HEADS
                         or (before >= 2 and self.registry.places.is_place_phrase(toks[k + 1].text))) \
                    and k + 2 <= head and before >= 1:
                head = k - 1
                break
        if head > i + 1 and t.low in lx.ORG_HEADS and toks[i + 1].low == "of":
            # "Government of Bryansk Oblast and Bryansk State University": a region ends the first body
            # when another body with a name of its own follows the "and"
            k = next((k for k in run if i + 2 < k < head and toks[k].low == "and" and toks[k - 1].low in _PLACE_KINDS
                      and named_body_from(toks, k + 1)), None)
            if k is not None:
                head = i
        end = head + 1
        if end + 2 < len(toks) and toks[end].text == "No" and toks[end + 1].text == "." and toks[end + 2].text.isdigit():
            end += 3  # "Secondary School No. 2", "City Polyclinic No. 1"
        if end + 1 < len(toks) and toks[end].cap and not toks[end].sentence_start and toks[end].low not in lx.FIRST_NAMES \
                and (not toks[end + 1].cap or toks[end + 1].low in lx.FIRST_NAMES or INITIALS.fullmatch(toks[end + 1].text)) \
                and end not in starts \
                and self.registry.places.find(toks[end].text):
            end += 1  # "State Museum-Reserve Polotsk": a place name after the head is the name's own tail
        elif (toks[head].low in _NAMING_KINDS or (toks[head].low in ("centre", "center") and toks[head - 1].low == "practical")) \
                and head + 1 in run and end == head + 1:
            # (or a republican centre's field: "Republican Scientific and Practical Centre Cardiology")
            # "Vitebsk Knitwear Factory Znamya Industrializatsii": a plant's own name after its kind (one or
            # two words that end the capitalized run; not a person, a post, a place or an English verb)
            tail = end
            while tail in run and tail - end < 2 and toks[tail].cap and toks[tail].word and own_name_word(toks[tail]) \
                    and tail not in starts and tail + 1 < len(toks) and not self.registry.places.find(toks[tail].text):
                tail += 1
            if tail > end and tail not in run and not all_caps_line(toks, head):
                end = tail
        executive = head > i and toks[head - 1].low == "executive" and toks[head].low != "body"  # "... Executive Committee on Press Day"
        if toks[head].low in ("council", "cabinet", "assembly", "kengash") and end + 1 < len(toks) and toks[end].low == "of":
            people = 1 if toks[end + 1].low in ("people's", "people’s") else 0
            if end + 1 + people < len(toks) and toks[end + 1 + people].low in ("deputies", "ministers"):
                # "Shchuchin District Council of Deputies", "Cabinet of Ministers", "Pskov Regional Assembly of
                # Deputies", "Samarkand Regional Council of People's Deputies" ("Deputies" is otherwise a post)
                end += 2 + people
        department = self._committee_department(toks, i, head, end, starts)
        if department is not None:
            return department  # "Agriculture and Food Department of the Kostyukovichi District Executive Committee"
        if end + 1 < len(toks) and toks[end].low in ("of", "for", "on") and not executive \
                and toks[end + 1].low not in _CALENDAR and self._parent_at(toks, end, starts) is None:
            tail = of_tail(toks, end, starts, is_place=self.registry.places.is_place_phrase)
            # ("Union of Beekeepers", "Ministry of Science ... of Kazakhstan", "Centre of ... in Equestrian Sport")
            if not (toks[end].low == "on" and toks[tail - 1].low in lx.NON_ENTITY_HEADS):
                end = tail  # (not "... Hospital on World Health Day": the day it acted)
            if end - 2 > head and toks[end - 2].low == "and" and re.fullmatch(r".+['’]s", toks[end - 1].text):
                end -= 2  # "... for Fundamental Research and Belarus's State Committee": the owner opens the next name
            while head == i and toks[i + 1].low == "for" and end + 2 < len(toks) and toks[end].low == "of" \
                    and toks[end + 1].low == "the" and toks[end + 2].cap and not toks[end + 2].sentence_start \
                    and self._parent_at(toks, end, starts) is None and of_tail(toks, end, starts) > end:
                end = of_tail(toks, end, starts)  # "Department for Mitigation of the Consequences of the ..."
        if end + 2 < len(toks) and toks[end].low == "of" and toks[end + 1].low == "the" and not executive:
            country, after = self._qualifier_after(toks, end)
            if country is not None and country != "Belarus":
                end = after  # "Ministry of Infrastructure of the Netherlands": the country ends the name
        if end + 2 < len(toks) and toks[end].low == "of" and not executive and toks[head].low not in _PLACE_KINDS:
            # "Centre of Culture and Leisure of the Kobrin District": the district a local body serves ends its
            # name (without it the name is any district's)
            k = end + 1 + (toks[end + 1].low == "the")
            span = self._place_words(toks, k) if k < len(toks) and toks[k].cap and not toks[k].sentence_start else 0
            if span >= 2 and toks[k + span - 1].low in _PLACE_KINDS and not (k + span < len(toks) and toks[k + span].cap):
                end = k + span
        if toks[head].low in ("embassy", "consulate", "consulate-general", "representation", "mission", "parish", "general",
                              "house") \
                and end + 1 < len(toks) and toks[end].low == "in":
            k = end + 1 + (toks[end + 1].low == "the")
            span = self._place_words(toks, k) if k < len(toks) and toks[k].cap else 0
            if span or toks[end + 1].low in lx.LOCATIONS:
                end = k + span if span else end + 2  # "Embassy of Kazakhstan in Belarus", "... in the UAE"
        if end == head + 1 and head == i:
            return None
        if end in starts and starts[end][1].type == "organization" and not starts[end][1].context:
            return None  # "the Belarusian Chemical Industry Concern Belneftekhim": a description, then the name
        under = self._under_foreign_body(toks, end)
        if under is not None and (head_label := org_shape_label(toks, i, end)) is not None:
            # "Department of Cultural Heritage under the Ministry of Culture of Lithuania": one body abroad
            # (the ministry it is under is named too: the main loop goes on from "under")
            return Mention(t.start, toks[end - 1].end, "", "organization",
                           candidate=Candidate("organization", f"{head_label} under the {under[1]}"), tok_start=i,
                           tok_end=end)
        parent = self._parent_at(toks, end, starts)
        if parent is None:
            department = self._committee_department(toks, i, head, end, starts)
            if department is not None:
                return department
        if parent is not None:
            # "Central Committee of the BRSM": a body of a known organization; the parent is
            # left in the text for the main loop to find as well
            head_label = org_shape_label(toks, i, end)
            if head_label is None or head_label.lower() in lx.NON_NAME:
                return None
            if toks[head].low in ("diocese", "eparchy"):  # "Pinsk Diocese of the Belarusian Orthodox Church"
                return Mention(t.start, toks[end - 1].end, "", "organization",
                               candidate=Candidate("organization", head_label), tok_start=i, tok_end=end)
            entity = self.registry.get(parent.entity_id)
            parent_label = entity.label("en") if entity else parent.text
            if re.match(r"^[\w-]+ (?:Oblast|District|City|Regional) ", head_label) and parent_label.endswith(" of Belarus"):
                # "Brest Oblast Directorate of the Investigative Committee": the country goes without saying
                parent_label = parent_label[:-len(" of Belarus")]
            # the article as the page writes it: "Confucius Institute of Mogilev State University" (a name that
            # opens with its town takes none), "Central Committee of the BRSM"
            article = "" if toks[end].low == "of" and end + 1 < len(toks) and toks[end + 1].low != "the" \
                and self.registry.places.is_place_phrase(parent_label.split()[0]) else "the "
            label = f"{head_label} of {article}{parent_label}"
            after = parent.tok_end
            if after + 1 < len(toks) and toks[after].low == "for" and toks[after + 1].cap \
                    and not toks[after + 1].sentence_start:
                # "Scientific and Practical Center of the National Academy of Sciences of Belarus for
                # Bioresources": what the body is for ends its name, after the parent's
                tail = after + 1
                while tail < len(toks) and toks[tail].cap and not toks[tail].sentence_start and tail - after <= 4:
                    tail += 1
                label += " for " + " ".join(toks[k].text for k in range(after + 1, tail))
                return Mention(t.start, toks[tail - 1].end, "", "organization", candidate=Candidate("organization", label),
                               tok_start=i, tok_end=tail)
            candidate = Candidate("organization", label)
            if not article:
                candidate.aliases.append(f"{head_label} of the {parent_label}")
            if parent_label.endswith(" of Belarus") and (parent.entity_id or "").startswith("ministry-"):
                candidate.aliases.append(label[:-len(" of Belarus")])  # "... of the Ministry of Emergency Situations"
            # the parent by its acronym too: "Collective Rapid Reaction Forces of the CSTO"; by its other English
            # names, with "the" or without ("Baranovichi Department of Belarusian Railway")
            candidate.aliases += [f"{head_label} of the {a}" for a in (entity.names() if entity else ())
                                  if a.isascii() and a.isalpha() and a.isupper()]
            candidate.aliases += [alias for a in (entity.names() if entity else ()) if a.isascii() and " " in a
                                  and a != parent_label for alias in (f"{head_label} of the {a}", f"{head_label} of {a}")
                                  if alias not in candidate.aliases]
            return Mention(t.start, toks[end - 1].end, "", "organization", candidate=candidate, tok_start=i, tok_end=end)
        # a registry name inside the shape wins when it covers the whole shape
        label = org_shape_label(toks, i, end)
        if label is None:
            return None
        town = self._town_after(toks, end) if head == i and toks[head].low in _TOWN_INSTITUTIONS else 0
        if town and any(w.lower() in lx.DEMONYMS or self.registry.places.is_place_phrase(w) for w in label.split()[1:]):
            town = 0  # "the Museum of Belarusian Polesie in Pinsk": a name of its own, not a town's museum
        if town:  # "the Museum of Local Lore in Mosty" is the Mosty Museum of Local Lore of a Russian page
            label, end = f"{' '.join(t.text for t in toks[end + 1:end + 1 + town])} {label}", end + 1 + town
        named = _namesake_after(toks, end)
        fuller = []  # the body's names with its namesake, as written and without the namesake's honorary title
        if named > end:
            # "Vitebsk Regional Drama Theatre named after Yakub Kolas": one body, under its name without the
            # namesake (no person of the story, nor part of a facet value); the full name is another of its names
            person = _spaced(toks, end + 2, named)
            untitled = " ".join(_HONORARY_TITLE.sub("", person).split())  # "Hero of the Soviet Union K.P. Orlovsky"
            fuller = list(dict.fromkeys(f"{label} named after {p}" for p in (person, untitled) if p))
            end = named
        written = _embassy_in_capital(label)
        named_once = self._country_named_once(written)
        label = self._without_own_country(named_once)
        if written != named_once == label:
            fuller.append(written)  # "... Authority of the UAE": the country as the page wrote it names the body too
        words = [toks[k] for k in range(i, end) if toks[k].word]
        numbered = any(toks[k].text == "No" for k in range(head + 1, end))  # "Secondary School No. 2"
        if not numbered and all(w.low in lx.ORG_HEADS or w.low in lx.CONNECTORS or w.low in lx.NON_NAME
                                or w.low in lx.GENERIC_ORG_WORDS for w in words):
            return None  # "National Council", "State Committee": too generic to be one body
        known = self.registry.lookup(label)
        if len(known) == 1 and known[0][1] == label and self.registry.get(known[0][0]).type == "organization":
            return Mention(t.start, toks[end - 1].end, "", "organization", known[0][0], tok_start=i, tok_end=end)
        candidate = Candidate("organization", label, aliases=fuller)
        if t.low in _COOPERATIVE_FORMS:  # "SPK Kalatichi" is the Kalatichi of "SPK «Калатичи»" on a Russian page
            candidate.aliases.append(f"{t.text.upper()} {label}")
        place = re.search(r" of the ((?:[A-Z][\w’'-]* ?){1,4})", label)
        if place and self.registry.places.is_place_phrase(place.group(1).strip()):
            candidate.aliases.append(label.replace(" of the ", " of ", 1))  # Government of (the) Leningrad Oblast
        return Mention(t.start, toks[end - 1].end, "", "organization", candidate=candidate, tok_start=i, tok_end=end)

    def _second_name_after_and(self, toks: list[Token], j: int) -> bool:
        """Whether the "and" at `j` joins two bodies rather than two fields of one name: a name of two or more
        words without a head or an "of" before it, and a town with a name that has its own head after it
        ("Lidskoe Pivo and Lida Dairy and Canning Plant"; not "Ministry of Agriculture and Food", "Mozyr and
        Kalinkovichi Diocese")."""
        k = j
        while k > 0 and toks[k - 1].cap and toks[k - 1].word and not toks[k].sentence_start:
            k -= 1  # (the whole name, wherever this shape began: "Lidskoe Pivo", not its "Pivo")
        before = toks[k:j]
        if len(before) < 2 or any(
                t.low in lx.ORG_HEADS or t.low in lx.CONNECTORS or t.low in _PLACE_KINDS for t in before):
            return False
        if j + 1 >= len(toks) or not toks[j + 1].cap or not self.registry.places.is_place_phrase(toks[j + 1].text):
            return False
        k = j + 2
        while k < len(toks) and k - j <= 6 and (toks[k].cap or toks[k].low == "and"):
            if toks[k].cap and toks[k].low in lx.ORG_HEADS:
                return True
            k += 1
        return False

    def _known_organization(self, name: str) -> str | None:
        """The id of the organization the registry knows by exactly `name`, else None."""
        return next((eid for eid, form in self.registry.lookup(name)
                     if form == name and (e := self.registry.get(eid)) is not None and e.type == "organization"), None)

    def _town_kind_at(self, toks: list[Token], i: int, starts) -> Mention | None:
        """A town and a kind of enterprise in lower case: "the Orsha meat canning plant" is the Orsha Meat Canning
        Plant of Russian pages (Оршанский мясоконсервный комбинат); "the Glusha peat enterprise", "the Bezhetsk
        agricultural machinery plant" (a town anywhere): what it makes, then a kind of company (not "the Orsha
        plant", too vague to name one). Labelled as the press capitalizes it, found by the page's own spelling too."""
        if i in starts or i + 1 >= len(toks) or toks[i + 1].cap or not NAME_WORD.match(toks[i].text):
            return None
        places = self.registry.places
        towns = [p for p in places.named(toks[i].text) if p.kind in ("town", "district", "city")]
        if not towns:
            return None
        n = next((len(kind) for kind in self._cyrillic.companies.english_kinds
                  if tuple(t.text for t in toks[i + 1:i + 1 + len(kind)]) == kind), 0) \
            if any(p.country == "BY" for p in towns) else 0
        if not n:
            n = next((k - i for k in range(i + 2, min(i + 5, len(toks)))
                      if toks[k].low in _NAMING_KINDS and not toks[k].cap
                      and all(x.word and not x.cap and x.text.isalpha() and x.low not in _NOT_TRADES
                              for x in toks[i + 1:k])), 0)
        abroad = not any(p.country == "BY" for p in towns)
        if not n and i and toks[i - 1].low == "the" and i + 1 < len(toks) and toks[i + 1].low in _NAMING_KINDS and abroad:
            n = 1  # "the Bezhetsk plant" abroad (a Belarusian town's plant has a name the page gives: "the Orsha plant")
        if not n and abroad and i + 2 < len(toks) and toks[i + 1].low in ("city", "district", "municipal") \
                and toks[i + 2].low in _TOWN_BODIES and not toks[i + 2].cap:
            n = 2  # "the Klintsy city administration": a town's own body abroad (at home, its executive committee)
        end = i + 1 + n
        if not n or (end < len(toks) and toks[end].cap and toks[end].word and not toks[end].sentence_start
                     and toks[end].low not in lx.FIRST_NAMES):
            return None  # ("the Bobruisk peat company Bobruiskoye": what the named company is)
        words = [t.text for t in toks[i + 1:i + 1 + n]]
        label = f"{toks[i].text} {' '.join(w if w in ('of', 'and', 'for') else w.capitalize() for w in words)}"
        written = f"{toks[i].text} {' '.join(words)}"
        return Mention(toks[i].start, toks[i + n].end, "", "organization",
                       candidate=Candidate("organization", label, aliases=[written] if written != label else []),
                       tok_start=i, tok_end=i + 1 + n)

    def _town_word_at(self, toks: list[Token], i: int, starts) -> object | None:
        """`_PLACE_WORD` where a town's or region's name stands alone ("near Beloozersk", "the Shandong company"): however
        coined it looks (Bel-, -neft), it is where a body is, not its name ("the Glusha peat enterprise" is one,
        `_town_kind_at`). A village only before a plant's kind ("the Lukoml plant"): farms are named after theirs."""
        if i in starts or (i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].word):
            return None
        places = self.registry.places
        # (a village too before a plant's or mill's kind: "the Lukoml plant" is its power plant's short name)
        works = i + 1 < len(toks) and toks[i + 1].low in _NAMING_KINDS
        if any(works or p.kind not in ("village", "settlement") for p in places.named(toks[i].text)):
            return _PLACE_WORD
        return None

    def _under_foreign_body(self, toks: list[Token], end: int) -> tuple[int, str] | None:
        """(end, name) of "under the <Ministry of Culture | President> of <a foreign country>" at `end`, or of
        "under the <a region or town abroad> <Duma | Council ...>" ("under the Bryansk Regional Duma")."""
        if end + 3 >= len(toks) or toks[end].low != "under" or toks[end + 1].low != "the" or not toks[end + 2].cap:
            return None
        j = end + 2
        while j < len(toks) and j - end < 12 and not toks[j].sentence_start:
            if toks[j].low == "of":
                country, after = self._qualifier_after(toks, j)
                if country is not None and country != "Belarus":
                    body = " ".join(t.text for t in toks[end + 2:j]).replace(" ,", ",")
                    return after, f"{body} of {country}"
            if not (toks[j].cap or (toks[j].low in ("of", "and", "for", "the") and j + 1 < len(toks) and toks[j + 1].cap)):
                break
            j += 1
        run = toks[end + 2:j]
        if len(run) >= 2 and run[-1].low in lx.ORG_HEADS and self._only_abroad(run[0].text):
            return j, " ".join(t.text for t in run)  # a body of a region or town abroad, named by its place
        return None

    def _namesake_abroad(self, text: str, toks: list[Token], hit, found: list[Mention]) -> Mention | None:
        """'the State Council of the Republic of Tatarstan': a name the registry gives a Belarusian body
        ("Council of the Republic"), qualified by a place abroad, is that place's own body, named as written
        with its status words before it."""
        _, m = hit
        end = m.tok_end
        if m.type != "organization" or not m.entity_id or m.implied or m.context or end + 2 >= len(toks) \
                or toks[end].low != "of":
            return None
        country, after = self._qualifier_after(toks, end)
        if country is None:
            k = end + 1 + (toks[end + 1].low == "the")
            if k + 2 < len(toks) and toks[k].low == "republic" and toks[k + 1].low == "of":
                k += 2  # "of the Republic of Tatarstan"
            span = self._place_words(toks, k) if k < len(toks) and toks[k].cap else 0
            if not span or not self._only_abroad(" ".join(t.text for t in toks[k:k + span])):
                return None
            after = k + span
        start = m.tok_start
        claimed = found[-1].tok_end if found else 0
        while start - 1 >= claimed and toks[start - 1].low in _BODY_STATUS and not toks[start].sentence_start:
            start -= 1
        label = text[toks[start].start:toks[after - 1].end]
        return Mention(toks[start].start, toks[after - 1].end, "", "organization",
                       candidate=Candidate("organization", label), tok_start=start, tok_end=after)

    def _only_abroad(self, word: str) -> bool:
        """True when `word` names a place outside Belarus only (a region or town abroad: "Bryansk", "Tatarstan")."""
        places = self.registry.places
        found = places.named(word)
        return bool(found) and all(p.country not in ("BY", None) for p in found)

    def _local_administration_at(self, toks: list[Token], i: int, run: list[int]) -> Mention | None:
        """'the Hajnówka County administration': a region abroad and its administration in lower case,
        named as written."""
        k = run[-1] + 1
        if len(run) < 2 or k >= len(toks) or toks[k].low not in _LOCAL_GOVERNMENTS or toks[k].cap \
                or toks[run[-1]].low not in _REGION_KINDS | {"county", "district", "voivodeship", "municipality"} \
                or not any(self.registry.places.is_place_phrase(" ".join(toks[x].text for x in words))
                           for words in (run, run[:-1])):  # (Podlaskie Voivodeship, Hajnówka County)
            return None
        label = " ".join(toks[x].text for x in run) + f" {toks[k].text}"
        return Mention(toks[i].start, toks[k].end, "", "organization", candidate=Candidate("organization", label),
                       tok_start=i, tok_end=k + 1)

    def _town_after(self, toks: list[Token], end: int) -> int:
        """How many words after "in" at `end` name a town or village (not a country or region), 0 if none."""
        if end + 1 >= len(toks) or toks[end].low != "in" or not toks[end + 1].cap or toks[end + 1].sentence_start:
            return 0
        span = self._place_words(toks, end + 1)
        places = self.registry.places
        words = " ".join(t.text for t in toks[end + 1:end + 1 + span])
        if span and all(p.kind not in ("country", "region", "oblast", "district") for p in places.named(words)):
            return span
        return 0

    def _without_own_country(self, label: str) -> str:
        """"Pavlodar Petrochemical Plant of Kazakhstan" is the Pavlodar Petrochemical Plant: a body named after a
        town or region abroad needs no country qualifier (the country stays a place of the story)."""
        m = re.fullmatch(r"(([A-Z][\w'’-]+) .+) of (?:the )?([A-Z][\w'’ -]+)", label)
        if m is None or self._country_word(m.group(3)) is None:
            return label
        parent = re.search(r" of the ([A-Z].*)$", m.group(1))
        if parent and any(w.lower() in lx.ORG_HEADS for w in parent.group(1).split()):
            return label  # "Smolensk Branch of the Union of Artists of Russia": the country's union, named in full
        if m.group(1).split()[-1].lower() in _COMPANY_KINDS and m.group(2).lower() not in _STATUS_WORDS:
            return m.group(1)  # "Almalyk Mining and Metallurgical Complex of Uzbekistan": a company's own name and where
            # it is (not "National Oil Company of ...": a country's company is named by its country)
        owner = self._countries_named(m.group(3))
        seats = self.registry.places.named(m.group(2))
        if seats and all(p.kind != "country" and p.country in owner for p in seats):
            return m.group(1)
        return label

    def _country_named_once(self, label: str) -> str:
        """"Embassy of Belarus in the UAE" and "... in the United Arab Emirates" are one body: the country
        that ends a name under the one English name the gazetteer gives it."""
        m = re.search(r" (of|in) (?:the )?((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'-]*){0,3})$", label)
        country = self._country_word(m.group(2)) if m else None
        if country is None or country.removeprefix("the ") == m.group(2):
            return label
        return f"{label[:m.start()]} {m.group(1)} {country}"

    @staticmethod
    def _legal_form_after(text: str, toks: list[Token], i: int, starts) -> Mention | None:
        """A name of 1-4 capitalized words right before a foreign company's legal form: "Arçelik A.Ş.",
        "Claas KGaA mbH", "Volvo AB" (the form is no part of the name)."""
        if i in starts or (toks[i].sentence_start and toks[i].low in lx.SENTENCE_STARTERS):
            return None
        if re.fullmatch(r".+['’]s", toks[i].text):
            return None  # "Turkey's Arçelik A.Ş.": the owner's possessive, the name starts after it
        j = i
        while j < len(toks) and j - i < 6 and (toks[j].cap or (j > i and toks[j].low in _NAME_LINKS and j + 1 < len(toks)
                                                                and toks[j + 1].cap)) \
                and (j == i or (j not in starts and not toks[j].sentence_start)) and toks[j].low not in lx.TITLE_WORDS \
                and (toks[j].low not in lx.NON_NAME or (j > i and toks[j].low not in _CALENDAR)) \
                and not _FOREIGN_FORM.match(text, toks[j].start):
            j += 1  # ("Van der Meer B.V.": particles inside)
        form = _FOREIGN_FORM.match(text, toks[j - 1].end) if i < j < len(toks) else None
        if form is None or (form.group(0).strip(" ,") in ("AS", "ASA", "SAS") and toks[j - 1].allcaps):
            return None  # ("WHITE HOUSE WITHDRAWS GATES NOMINATION AS CIA CHIEF": a headline's word)
        label = " ".join(toks[k].text for k in range(i, j))
        if label.lower() in lx.LOCATIONS or label.lower() in lx.DEMONYMS:
            return None
        return Mention(toks[i].start, toks[j - 1].end, "", "organization", candidate=Candidate("organization", label),
                       tok_start=i, tok_end=j)

    def _qualifier_after(self, toks: list[Token], end: int) -> tuple[str | None, int]:
        """(country, end) of a foreign country qualifying the name that ends at `end`: "of Kazakhstan",
        "of the Republic of Uzbekistan", "of the Russian Federation", "of the Kyrgyz Republic"; (None, end)."""
        low = [t.low for t in toks[end:end + 5]]
        if low[:1] != ["of"] or len(low) < 2:
            return None, end
        if low[1:4] == ["the", "republic", "of"] and len(low) > 4 and toks[end + 4].cap:
            # ("the Republic of Korea" is South Korea's own name, not any Korea)
            country = self._country_word(f"Republic of {toks[end + 4].text}") or self._country_word(toks[end + 4].text)
            return (country, end + 5) if country else (None, end)
        if low[1] == "the" and len(low) > 3 and low[2] in lx.DEMONYM_COUNTRY and low[3] in ("republic", "federation"):
            country = lx.DEMONYM_COUNTRY[low[2]]
            return (country, end + 4) if country != "Belarus" else (None, end)
        k = end + 1 + (low[1] == "the")
        span = self._place_words(toks, k) if k < len(toks) and toks[k].cap else 0
        country = self._country_word(" ".join(t.text for t in toks[k:k + span])) if span else None
        return (country, k + span) if country else (None, end)

    def _country_word(self, word: str) -> str | None:
        """The English name of the foreign country one word names ("UAE", "Türkiye"), else None."""
        places = self.registry.places
        found = places.named(word)
        for place in found:
            if place.kind == "country" and place.country != "BY" and len(found) == 1:
                name = place.label("en")  # "of the United Arab Emirates", "of the Netherlands"
                return f"the {name}" if re.match(r"(?:United |Netherlands|Philippines|Czech Republic|Maldives)", name) else name
        return None

    def _place_words(self, toks: list[Token], k: int) -> int:
        """How many capitalized words at token k name a place ("United Arab Emirates", "Leningrad Oblast"), 0 if none."""
        for n in (4, 3, 2, 1):
            words = toks[k:k + n]
            if len(words) == n and all(w.cap or (0 < x < n - 1 and w.low == "of") for x, w in enumerate(words)) \
                    and self.registry.places.is_place_phrase(" ".join(w.text for w in words)):
                return n
        return 0

    def _person_shape_at(self, toks: list[Token], i: int, starts, cue: bool, listed_at: int = -2) -> Mention | None:
        opened_at = i  # (where the run began, before any leading words were cut)
        if toks[i].low in lx.VENUE_OPENERS:
            return None  # "Hotel Pripyatsky": a venue's name
        run = []
        j = i
        known_surname = False  # "Malgorzata Zajac": a registry surname after another first name
        while j < len(toks) and len(run) < 8:
            tj = toks[j]
            if j != i and len(run) == 1 and j in starts and starts[j][0] == 1 and starts[j][1].type == "person" \
                    and not tj.sentence_start and toks[i].low not in lx.SENTENCE_STARTERS:
                run.append(j)  # (the registry's Leonid Zayats is not this person: his first name differs)
                known_surname = True
                j += 1
                break
            if j != i and (j in starts or tj.sentence_start):
                break
            low = tj.low
            if run and low in NAME_PARTICLES and j + 1 < len(toks) and (toks[j + 1].cap or (
                    toks[j + 1].low in NAME_PARTICLES and j + 2 < len(toks) and toks[j + 2].cap)):
                run.append(j)  # "Haitham bin Tarik", "Ursula von der Leyen", "Pieter van der Berg"
                j += 1
                continue
            if len(run) >= 2 and low in TURKIC_PATRONYMIC and j + 1 < len(toks) and toks[j + 1].cap \
                    and NAME_WORD.match(toks[j + 1].text) and not toks[j + 1].sentence_start:
                run.append(j)  # "Elnur Ramiz oglu Mammadov", "Aibek Temir uulu Osmonov": the family name follows
                j += 1
                continue
            if run and toks[run[-1]].low in NAME_PARTICLES and tj.cap and NAME_WORD.match(tj.text):
                run.append(j)  # after a particle any capitalized word is a name: "Shihab bin Tarik Al Said"
                j += 1
                continue
            if not run and j + 1 < len(toks) and korean_latin_name(tj.text, toks[j + 1].text):
                run.append(j)  # "Park So-yeon": a Korean family name that is a word too
                j += 1
                continue
            if run and low in lx.OCCUPATIONS["en"] and tj.cap and tj.text in foreign_surnames() \
                    and (toks[run[-1]].low in lx.FIRST_NAMES or toks[run[-1]].text in foreign_first_names()):
                run.append(j)  # "Anna Baker", "Tom Weaver": a trade's word after a given name is a surname
                j += 1
                continue
            if not (tj.cap and NAME_WORD.match(tj.text)) or low in lx.TITLE_WORDS or low in lx.ORG_HEADS \
                    or low.rsplit("-", 1)[-1] in lx.ORG_HEADS or low in lx.NON_NAME or low in lx.LOCATIONS \
                    or low in lx.DEMONYMS or low in lx.GENERIC_ORG_WORDS:  # ("House-Museum": a body's head)
                break
            run.append(j)
            j += 1
        while run and toks[run[-1]].low in NAME_PARTICLES:
            run.pop()
        if len(run) >= 3 and pinyin_name(toks[run[-2]].text, toks[run[-1]].text) \
                and not pinyin_name(toks[run[-3]].text, toks[run[-2]].text) and toks[run[-3]].low not in _CHINESE_SURNAMES:
            # "engineer of United Imaging Healthcare Li Jianguo": a Chinese name after a company's name
            run = run[-2:]
            i = run[0]
        # "Ambassador of the United Arab Emirates Abdulla Ahmed Al Suwaidi": the country's words go
        places = self.registry.places
        lead = next((k for k in range(len(run) - 2, 1, -1)
                     if places.is_place_phrase(" ".join(toks[x].text for x in run[:k]))), 0)
        if not lead and len(run) == 2 and i > 0 and toks[i - 1].low in ("in", "from", "near") \
                and places.is_place_phrase(toks[run[0]].text) and toks[run[0]].low not in lx.FIRST_NAMES \
                and toks[run[0]].text not in foreign_first_names() and not places.find(toks[run[1]].text):
            lead = 1  # "Head of the dairy farm in Mosty Gavrilovich said": where the post is, then its holder
        run = run[lead:]
        if lead:
            i = run[0]
        if not run:
            return None
        # "Minister of Water and Environmental Protection Abdou Diallo", "... of Mining and Heavy Industry of
        # Mongolia": the words of a portfolio end a post, never name its holder; the name is the run after them
        field = 0
        while field < len(run) and toks[run[field]].low in PORTFOLIO_WORDS:
            field += 1
        if not any(toks[k].low in lx.FIRST_NAMES for k in run) and (field == len(run) or (
                cue and len(run) <= 3 and _portfolio_noun(toks[run[-1]].low))):
            # (and after a post, a run its portfolio's noun ends: "... for Provincial Affairs", "... Local Government")
            return None
        if run[-1] + 1 < len(toks) and toks[run[-1] + 1].cap and _portfolio_noun(toks[run[-1] + 1].low) \
                and not any(toks[k].low in lx.FIRST_NAMES for k in run):
            return None  # ("Provincial" of "... for Provincial Affairs": the run stopped at the portfolio's noun)
        if field and (cue or len(run) - field >= 2):
            run = run[field:]
            i = opened_at = run[0]
        patronymic_at = next((x for x, k in enumerate(run) if toks[k].low in ("bin", "ibn", "bint")), None)
        if patronymic_at is not None and patronymic_at >= 2:
            run = run[patronymic_at - 1:]  # "Foreign Trade Thani bin Ahmed Al Zeyoudi": the name starts at Thani
            i = run[0]
        while cue and len(run) >= 2 and i > 0 and toks[i - 1].low in ("for", "on") and toks[run[0]].low in _POST_BODY_WORDS:
            run = run[1:]  # "Deputy Chairman ... for Agriculture Ignatovich": the post's field, then the holder
            i = opened_at = run[0]
        arabic_tail = len(run) >= 3 and toks[run[-2]].low in ("al", "el") and toks[run[-1]].cap
        if arabic_tail:
            # "... company Al Dahra Rashid Hamad Al Shamsi", "Ambassador ... Fatima Saeed Al Mazrouei": a given
            # name and the father's before the family's "Al ...", whatever first name a list knows
            at, given = len(run) - 2, 0
            while at > 0 and given < 2 and toks[run[at - 1]].low not in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS \
                    and toks[run[at - 1]].low not in ("al", "el"):
                at -= 1
                given += toks[run[at]].low not in NAME_PARTICLES
                if at > 0 and toks[run[at - 1]].low in ("bin", "ibn", "bint"):
                    at -= 1  # "Mohammed bin Rashid Al Maktoum"
            if all(toks[k].low in lx.FIRST_NAMES or toks[k].text in foreign_first_names() for k in run[:at]):
                at = 0  # "Mohammed Ali Hassan Al Mansoori": a third given name (a grandfather's), no company's word
            run = run[at:]
            i = run[0]
        if len(run) >= 3 and _occupation(toks[run[0]]) and (toks[run[1]].low in lx.FIRST_NAMES
                                                             or toks[run[1]].text in foreign_first_names()):
            # "Entrepreneur Ruslan Akhmedov", "Beekeeper Anna Zhuk": an occupation no list has, then the name
            run = run[1:]
            i = opened_at = run[0]
            cue = True
        double_surname = len(run) == 3 and _given_and_two_surnames(toks, run[0], places)
        if cue and len(run) >= 3 and patronymic_at is None and not arabic_tail and not double_surname:
            # "Chairman of the State Authority for Military Industry Dmitry Pantus": the name starts
            # at the first known first name
            inner = [k for k in run[1:-1] if toks[k].low in lx.FIRST_NAMES]
            # (or of another country's, where the run opens with none: "Kalyon Enerji Mehmet Yıldırım")
            # (a company's two words before it; not "Nguyen Khac Than", a family name first)
            inner = inner or [k for k in run[2:-1] if toks[k].text in foreign_first_names()
                              and toks[run[0]].text not in foreign_first_names()]
            # (not right after the post: "founder Rajesh Kumar Sharma" is one name)
            # (nor a first name of another country: "... Embassy of India in Minsk Rajesh Kumar Iyer")
            if inner and toks[run[0]].low not in lx.FIRST_NAMES and not (i > 0 and toks[i - 1].low in lx.TITLE_WORDS) \
                    and not (toks[run[0]].text in foreign_first_names() and i > 0
                             and (not toks[i - 1].cap or toks[i - 1].low in lx.LOCATIONS)):
                at = run.index(inner[0])
                while at > 1 and toks[run[at - 1]].text in foreign_first_names():
                    at -= 1  # a double given name: "Kalyon Enerji Mehmet Ali Yıldırım" starts at Mehmet
                run = run[at:]
                i = run[0]
        kept, words_in = [], 0
        for k in run:  # at most 4 name words; particles ride along ("Thani bin Ahmed Al Zeyoudi")
            if toks[k].low not in NAME_PARTICLES:
                if words_in == 4:
                    break
                words_in += 1
            kept.append(k)
        run = kept
        first = toks[run[0]]
        nxt = toks[run[-1] + 1].low if run[-1] + 1 < len(toks) else ""
        prev = toks[i - 1].low if i > 0 else ""
        said = nxt in SPEECH or prev in ("said", "says")
        known_first = first.low in lx.FIRST_NAMES or (len(first.text) == 2 and first.text.endswith(".")) or double_surname \
            or double_given_name(first.text)
        # "Pieter van der Linde", "Ana dos Santos": a given name of the lists, a surname's particle, the surname
        particled = len(run) >= 3 and (first.low in lx.FIRST_NAMES or first.text in foreign_first_names()) \
            and any(toks[k].low in SURNAME_PARTICLES for k in run[1:-1])
        # a first name of another country set off as a person is ("included Kateřina Horáková, a trade
        # adviser", "accompanied by Ayesha Siddiqui,"; not "a film about Marc Chagall's childhood")
        if not known_first and len(run) == 2 and first.text in foreign_first_names() and not first.sentence_start \
                and not places.find(toks[run[-1]].text) and run[-1] + 1 < len(toks) and toks[run[-1] + 1].text == "," \
                and not toks[run[-1]].text.endswith(("'s", "’s")):
            known_first = True
        # ... and with a South Asian middle name, followed by a comma or by "and" and the next name ("surgeons
        # from India, Rakesh Kumar Verma and Priya Nair", "Sunil Prasad Yadav, a trader"): one name of three words
        if not known_first and len(run) == 3 and first.text in foreign_first_names() \
                and toks[run[1]].low in SOUTH_ASIAN_MIDDLES and not places.find(toks[run[-1]].text) \
                and run[-1] + 1 < len(toks) and (toks[run[-1] + 1].text == "," or (
                    toks[run[-1] + 1].low == "and" and run[-1] + 2 < len(toks) and toks[run[-1] + 2].cap)):
            known_first = True
        after = run[-1] + 1
        # "Rohan Robinson ( Australia )": a name with a country in brackets (results, line-ups)
        nation = (after + 2 < len(toks) and toks[after].text == "(" and toks[after + 2].text == ")"
                  and toks[after + 1].cap and not toks[after + 1].allcaps)
        # "Sergei Syrankov, Oleg Gaidukevich and ...": a name listed next to a person is a person
        listed = prev in (",", "and") and listed_at == i - 1
        # "Aryna Sabalenka, who won ...": a relative clause about a person
        who = after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].low in ("who", "whose")
        # "Phan Thi Thang, Deputy Minister at ...": a post after a name (of any origin) that opens a
        # sentence or a clause (not "the Day of ... Processing Industry Workers, Chairman ...")
        # (a post in lower case too, when it says of what: "Aizada Mamytova, head of the ...",
        # "Đorđe Stanković, assistant minister at ...")
        # (and "Jan de Vries, a senior adviser at ...": a post with an article, after "and" too)
        with_article = after + 1 < len(toks) and toks[after].text == "," and _post_with_article(toks, after + 1)
        post_after = after + 1 < len(toks) and toks[after].text == "," and (
            toks[after + 1].low in lx.TITLE_START and (toks[after + 1].cap or _post_goes_on(toks, after + 1))
            or with_article or _lowercase_post(toks, after + 1)) \
            and (first.sentence_start or prev in (",", "by", "with", "included", "includes", "including")
                 or (with_article and prev == "and")) \
            and not any(toks[k].low in lx.LOCATIONS for k in run)
        # "represented by Łukasz Wróblewski", "a delegation led by ...": an agent who acts for a body
        by_agent = prev == "by" and i >= 2 and toks[i - 2].low in _AGENT_VERBS and len(run) <= 3
        # "the owner of the company, Łukasz Wróblewski, and ...": the appositive of a role noun
        appositive = prev == "," and len(run) <= 3 and _role_before(toks, i - 1) \
            and (after >= len(toks) or toks[after].text in (",", ".", ";") or toks[after].low in SPEECH)
        # "Kairat Umarov": two name-like words, the last with a CIS surname ending
        surname_shaped = len(run) == 2 and SURNAME_ENDING.search(toks[run[-1]].text) is not None \
            and toks[run[0]].low not in lx.LOCATIONS and not toks[run[0]].sentence_start
        # "Thani bin Ahmed Al Zeyoudi": a patronymic particle inside makes a name
        arabic = any(toks[k].low in ("bin", "ibn", "bint") for k in run[1:-1])
        # "Kim Min-jun": a Korean family name and a hyphenated given name of two syllables
        korean = len(run) == 2 and korean_latin_name(toks[run[0]].text, toks[run[1]].text)
        if any(toks[k].text.endswith(("'s", "’s")) for k in run[:-1]):
            return None  # "Father Frost's Estate", "Children's Hospital": a thing of someone, not a name
        if after < len(toks) and toks[after].text == "(" and any(
                toks[k].low in lx.ORG_HEADS for k in range(after + 1, min(after + 9, len(toks)))
                if ")" not in (t.text for t in toks[after + 1:k])):
            return None  # "Volksbund Deutsche Kriegsgräberfürsorge (German War Graves Commission)": a body's own name
        if after < len(toks) and not toks[after].cap and toks[after].low in _ATTRIBUTIVE_HEADS:
            return None  # "the Issyk-Kul Biosphere Territory directorate": a name before a body's noun
        if any(toks[k].low in NAME_TAILS for k in run[1:]) or (after < len(toks) and toks[after].cap
                                                              and toks[after].low in NAME_TAILS):
            return None  # "the distributor Al Rawabi Trading", "Gulf Star Foods": a company's name, never a person's
        # "Snežana Marković of the National Tourism Organisation of Serbia added that ...": a speaker
        # named with the body she speaks for
        # (not "Epidemiologist Pavel Drozd of ...": the name starts at the known first name)
        speaker_of = len(run) <= 3 and (first.sentence_start or prev in (",", "and")) \
            and not any(toks[k].low in lx.FIRST_NAMES for k in run[1:]) \
            and after < len(toks) and toks[after].low == "of" and _speech_ahead(toks, after)
        # "Maryam Karimi of the Seed and Plant Improvement Institute", "Samvel Avetisyan from Gyumri": a
        # name of any origin (no list has every given name) that opens a sentence or a clause and says
        # whom it works for or where it comes from; no word of it a place ("Hai Phong of ...")
        given = any(toks[k].low in lx.FIRST_NAMES or toks[k].text in foreign_first_names() for k in run)
        # (a colon opens a list of names too: "Guests took part: Ayşe Kaya of the ...")
        of_whom = 2 <= len(run) <= 5 and (first.sentence_start and given or prev in (",", "and", "by", "with", ":") or cue) \
            and not any(toks[k].low in lx.LOCATIONS or places.is_place_phrase(toks[k].text) for k in run) \
            and after + 1 < len(toks) and not toks[run[-1]].text.endswith(("'s", "’s")) and (
                (toks[after].low == "of" and self._body_follows(toks, after + 1, starts))
                # "Kenji Morimoto of Japan": a given name of the lists, then the country the person comes from
                or (toks[after].low == "of" and given and len(run) <= 3 and toks[after + 1].cap
                    and toks[after + 1].text in _COUNTRY_NAMES)
                or (toks[after].low == "from" and toks[after + 1].cap and (
                    places.is_place_phrase(toks[after + 1].text) or toks[after + 1].low in lx.LOCATIONS)
                    # (a product or a company comes from a place too: a post before it, or a given name)
                    and (cue or given))
                # "Zeynep Arslan from the municipality of Izmir": a given name, then the body she comes from
                or (toks[after].low == "from" and given and after + 3 < len(toks) and toks[after + 1].low == "the"
                    and not toks[after + 2].cap and toks[after + 2].low in _BODIES_FROM and toks[after + 3].low == "of"))
        if of_whom and not cue and _PROFESSION.search(first.low) and first.text not in foreign_first_names() \
                and (inner := [k for k in run[1:-1] if toks[k].low in lx.FIRST_NAMES]):
            run = run[run.index(inner[0]):]  # "Epidemiologist Pavel Drozd of the ...": a profession no list has
            i, first = run[0], toks[run[0]]
        one = toks[run[-1]]
        if not one.text.endswith(".") and one.low not in lx.TITLE_WORDS and not places.is_place_phrase(one.text) \
                and _see_before(toks, run[-1], places) and not (after < len(toks) and toks[after].cap):
            # "Bishop of Slutsk and Soligorsk Savvaty": a bishop by his see, then his one name
            return Mention(one.start, one.end, one.text, "person", candidate=Candidate("person", one.text),
                           tok_start=run[-1], tok_end=run[-1] + 1)
        if known_surname and not (known_first or cue or said or listed or who or post_after or by_agent
                                  or appositive or (after < len(toks) and toks[after].text == ",")):
            return None  # a bare registry surname after an unrelated capitalized word
        if len(run) == 2 and not known_first and places.find(first.text) and not places.find(toks[run[1]].text) \
                and after < len(toks) and toks[after].low in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.NON_NAME \
                and toks[after].cap:
            return None  # "Shanghai Electric Power": a body named by its city, whatever the run stopped at
        if len(run) >= 2 and (known_first or cue or said or nation or listed or who or post_after or surname_shaped
                              or arabic or particled or korean or by_agent or appositive or speaker_of or of_whom):
            if cue and prev in ("of", "the") and len(run) >= 3 and not known_first:
                if not (places.find(toks[run[0]].text) or toks[run[0]].low in lx.LOCATIONS):
                    return None  # "director of Sabz Gostar Aria, Seyed Ali Mousavi": a company's name
                run = run[1:]  # "President of Zimbabwe Emmerson Mnangagwa": the place goes
            a, b = toks[run[0]], toks[run[-1]]
            words = [toks[k].text for k in run]
            turkic = next((x for x, w in enumerate(words) if w.lower() in TURKIC_PATRONYMIC), None)
            if turkic is not None and 2 <= turkic < len(words) - 1:
                words = [*words[:turkic - 1], *words[turkic + 1:]]  # "Elnur Ramiz oglu Mammadov" is Elnur Mammadov
            if len(words) == 3 and (is_patronymic(words[1]) or (
                    known_first and re.search(r"(?:ovich|evich|ovna|evna|ichna)$", words[1].lower()))):
                # (a known first name, then a patronymic of a rarer name: "Nikolai Anisimovich Barkovsky")
                words = [words[0], words[2]]  # "Nikolai Vasilyevich Shuba" is Nikolai Shuba
            label = " ".join(words)
            return Mention(a.start, b.end, label, "person", candidate=Candidate("person", label),
                           tok_start=run[0], tok_end=run[-1] + 1)
        if len(run) == 1 and prev == "father" and i > 0 and toks[i - 1].cap and not first.text.endswith(".") \
                and (first.low in lx.FIRST_NAMES or first.text in foreign_first_names()) \
                and not (after < len(toks) and toks[after].cap):
            # a priest by his given name: "Father Andrzej" (not "Father Frost", no given name)
            label = f"Father {first.text}"
            return Mention(toks[i - 1].start, first.end, label, "person", candidate=Candidate("person", label),
                           tok_start=i - 1, tok_end=i + 1)
        if len(run) == 1 and prev in CLERGY and not first.text.endswith("."):
            # clergy go by one name: "Metropolitan Veniamin", "Patriarch Kirill"; a monk's secular surname in
            # brackets is part of it: "Metropolitan Ioann (Gvaramia)"
            if after + 2 < len(toks) and toks[after].text == "(" and toks[after + 2].text == ")" \
                    and toks[after + 1].cap and NAME_WORD.match(toks[after + 1].text) and not toks[after + 1].allcaps \
                    and not places.is_place_phrase(toks[after + 1].text):
                label = f"{first.text} ({toks[after + 1].text})"
                return Mention(first.start, toks[after + 2].end, label, "person", candidate=Candidate("person", label),
                               tok_start=i, tok_end=after + 3)
            return Mention(first.start, first.end, first.text, "person", candidate=Candidate("person", first.text),
                           tok_start=i, tok_end=i + 1)
        if len(run) == 1 and cue and not first.allcaps and first.low not in lx.FIRST_NAMES \
                and not places.is_place_phrase(first.text) \
                and ((prev in _POST_BODY_WORDS and nxt in SPEECH)
                     or (i == opened_at and toks[i - 1].word and prev not in ("the", "a", "an")
                         and prev.rstrip(".") not in lx.TITLE_WORDS
                         and (acts(toks, run[-1] + 1) or (nxt == "," and COMPANY_SAFE_SURNAME.search(first.text)))
                         and not (toks[i - 1].cap and places.is_place_phrase(toks[i - 1].text)))):
            # "Deputy head of the district administration Surovtsev said": a post, then its holder's surname;
            # "Chairwoman of the ... Union of Women Mikhalkova asked": a body's name between them, a verb after
            return Mention(first.start, first.end, first.text, "person", candidate=Candidate("person", first.text),
                           tok_start=i, tok_end=i + 1)
        if len(run) == 1 and prev == "," and nxt == "," and _role_before(toks, i - 1) \
                and COMPANY_SAFE_SURNAME.search(first.text) and first.low not in lx.FIRST_NAMES:
            # "the director of the Lida museum, Petrashkevich, showed ...": a surname set off after the post
            return Mention(first.start, first.end, first.text, "person", candidate=Candidate("person", first.text),
                           tok_start=i, tok_end=i + 1)
        if len(run) == 1 and (cue or (said and nxt in SPEECH)) and not first.text.endswith(".") \
                and not (after < len(toks) and toks[after].cap
                         and places.is_place_phrase(f"{first.text} {toks[after].text}")):
            # (not "... for Mashonaland East Tendai Moyo": a place of two words the post is for)
            return Mention(first.start, first.end, first.text, "person", weak=True, tok_start=i, tok_end=i + 1)
        return None

    def _body_follows(self, toks: list[Token], k: int, starts) -> bool:
        """A body's name starts at token k ("the Ministry of Industry", "the Seed and Plant Improvement
        Institute"): a known organization, or capitalized words up to an organization's head word."""
        k += k < len(toks) and toks[k].low == "the"
        if k in starts and starts[k][1].type == "organization":
            return True
        for j in range(k, min(k + 8, len(toks))):
            t = toks[j]
            if t.cap and (t.low in lx.ORG_HEADS or t.low.rsplit("-", 1)[-1] in lx.ORG_HEADS):
                return j > k or t.low in ("embassy", "ministry", "department", "government", "administration")
            if not (t.cap or (j > k and t.low in ("of", "and", "for", "the"))):
                return False
        return False

    # -- pass 2 --------------------------------------------------------------------------------

    def _resolve(self, text: str, toks: list[Token], found: list[Mention], skip: set[int] = frozenset()) -> list[Mention]:
        for m in found:
            m.text = text[m.start:m.end]
        covered = set(skip)
        for m in found:
            covered.update(range(m.tok_start, m.tok_end))
        # "Sergei Nikolayevich, what ...": first name and patronymic address a person named in full;
        # after a post ("Chairman of the ... Committee Yuri Bogdanovich") they are a name and a surname
        posts_end = {o.tok_end for o in found if o.type == "organization"}
        for m in found:
            words = m.text.split()
            introduced = m.tok_start > 0 and (toks[m.tok_start - 1].low in lx.TITLE_WORDS or m.tok_start in posts_end
                                              or _post_of_before(toks, m.tok_start))
            if m.type == "person" and len(words) == 2 and is_patronymic(words[1]) and not introduced \
                    and not INITIALS.fullmatch(words[0]):  # "A.N. Martinovich": initials, then a surname in -ovich
                same = {(p.entity_id, p.candidate.label if p.candidate else None) for p in found
                        if p is not m and p.type == "person" and not p.weak and len(p.text.split()) >= 2
                        and not is_patronymic(p.text.split()[1]) and name_key(p.text.split()[0]) == name_key(words[0])}
                match = next((p for p in found if p is not m and p.type == "person" and len(same) == 1
                              and (p.entity_id, p.candidate.label if p.candidate else None) in same), None)
                if match is not None:
                    m.entity_id, m.candidate = match.entity_id, match.candidate
                else:
                    m.entity_id, m.candidate, m.weak = None, None, True
        # surnames of the full names used in this article
        local: dict[str, Mention] = {}
        for m in found:
            if m.type == "person" and not m.weak and len(m.text.split()) >= 2 and not _initialled(m):
                local.setdefault(name_key(m.text.split()[-1]), m)
        for m in found:  # "A.P. Kovalenko" ... "Anna Kovalenko": one person; else the registry's, else as written
            if _initialled(m):
                initials, surname = m.candidate.label.split()
                full = local.get(name_key(surname))
                if full is not None and _initial_fits(full.text.split()[0], initials) \
                        and surnames_agree(full.text.split()[-1], surname):
                    m.entity_id, m.candidate = full.entity_id, full.candidate
                elif (known := self._surname(surname, {}, initials)) is not None:
                    m.entity_id, m.candidate = known.entity_id, None
                else:
                    local.setdefault(name_key(surname), m)  # "C. Spearman" ... "c Spearman b Vaughan"
        acronyms = {m.text: m for m in found if m.type == "organization" and ACRONYM.match(m.text)
                    and len(m.text) <= 8 and not m.weak}
        # "the MUB (Minsk Union of Beekeepers)": an acronym first, its expansion in brackets
        by_start = {m.tok_start: m for m in found if m.type == "organization" and not m.weak}
        for i, t in enumerate(toks[:-2]):
            org = by_start.get(i + 2)
            if t.text not in acronyms and ACRONYM.match(t.text) and len(t.text) <= 8 and toks[i + 1].text == "(" \
                    and org is not None and org.tok_end < len(toks) and toks[org.tok_end].text == ")" \
                    and i not in covered:
                acronyms[t.text] = org
            k = i + 2 + (toks[i + 2].low == "the")
            named = by_start.get(k)
            if t.text not in acronyms and t.cap and NAME_WORD.match(t.text) and i not in covered \
                    and toks[i + 1].text == "(" and named is not None and named.candidate is not None \
                    and named.tok_end < len(toks) and toks[named.tok_end].text == ")" \
                    and t.low not in _NOT_SURNAMES and not self.registry.places.find(t.text):
                acronyms[t.text] = named
        # a name introduced in brackets is that body wherever a shape reads it again: "the Vietnam Oil and Gas
        # Group (PetroVietnam)" ... "PetroVietnam and Belorusneft"
        bracketed = {m.text: m for m in found if m.type == "organization" and m.candidate is not None and m.tok_start
                     and toks[m.tok_start - 1].text == "(" and m.candidate.label != m.text}
        for m in found:
            src = bracketed.get(m.text)
            if src is not None and m is not src and m.type == "organization" and m.entity_id is None \
                    and m.candidate is not None and m.candidate.label == m.text:
                m.entity_id, m.candidate = src.entity_id, src.candidate
        extra: list[Mention] = []
        for i, t in enumerate(toks):
            if i in covered or not t.cap:
                continue
            low = t.low
            if t.text in acronyms:
                src = acronyms[t.text]
                extra.append(Mention(t.start, t.end, t.text, "organization", src.entity_id, src.candidate,
                                     tok_start=i, tok_end=i + 1, context=list(src.context)))
                continue
            if low in lx.NON_NAME or low in lx.TITLE_WORDS or low in lx.LOCATIONS or low in lx.ORG_HEADS \
                    or low in lx.DEMONYMS or (t.sentence_start and low in lx.SENTENCE_STARTERS):
                continue
            if i + 1 < len(toks) and toks[i + 1].low in _PLACE_KINDS:
                continue  # "in Kopyl District": a place, whatever surname it sounds like
            if 0 < i < len(toks) - 1 and toks[i - 1].text in OPEN_QUOTES and toks[i + 1].text in ('"', "”", "»") \
                    and not toks[i - 1].sentence_start:
                continue  # 'the holiday «Купалье»': a quoted word names a thing, whatever surname it sounds like
            initials = i > 0 and INITIALS.fullmatch(toks[i - 1].text) is not None
            person = self._surname(t.text, local, toks[i - 1].text if initials else None,
                                   registry=_registry_namesake_may_be_meant(toks, i))
            if person is not None:
                extra.append(Mention(t.start, t.end, t.text, "person", person.entity_id, person.candidate,
                                     tok_start=i, tok_end=i + 1))
            elif not initials and not t.allcaps and SURNAME_ENDING.search(t.text) and low not in lx.FIRST_NAMES \
                    and toks[i - 1].low not in ("the", "a", "an") and i + 1 < len(toks) and (acts(toks, i + 1) or toks[i + 1].text == ",") \
                    and _local_post_before(toks, i) and not self.registry.places.find(t.text):
                # "Cardiologist Sidorenko presented ...", "Head of the Department of ... of the Ministry of
                # Agriculture and Food of Belarus Kovalchuk said ...": a post's holder the article names no more of
                extra.append(Mention(t.start, t.end, t.text, "person", candidate=Candidate("person", t.text),
                                     tok_start=i, tok_end=i + 1))
            elif initials and not t.allcaps and len(t.text) >= 3 and SURNAME_ENDING.search(t.text) \
                    and (i + 1 >= len(toks) or not toks[i + 1].cap):
                # "I.V. Zhuk", named in full nowhere: the official is a facet value as written
                label = f"{toks[i - 1].text} {t.text}"
                extra.append(Mention(toks[i - 1].start, t.end, label, "person", candidate=Candidate("person", label),
                                     tok_start=i - 1, tok_end=i + 1))
            elif t.allcaps and 2 <= len(t.text) <= 6 and not t.sentence_start and not all_caps_line(toks, i):
                extra.append(Mention(t.start, t.end, t.text, "organization", weak=True, tok_start=i, tok_end=i + 1))
        found = sorted(found + extra, key=lambda m: m.start)
        for m in found:  # "Al Yousef", "von der Leyen": a particle and the surname of a full name used here
            words = m.text.split()
            if m.type == "person" and not m.entity_id and 2 <= len(words) <= 3 and words[0].lower() in NAME_PARTICLES:
                full = local.get(name_key(words[-1]))
                if full is not None and full is not m and len(full.text.split()) > len(words):
                    m.entity_id, m.candidate, m.weak = full.entity_id, full.candidate, False
        for m in found:
            if m.type == "person" and not m.weak and m.entity_id is None and m.candidate is not None \
                    and m.candidate.label == m.text and " " not in m.text and _local_post_before(toks, m.tok_start) is False:
                # "Minister of Sports and Tourism Kovalchuk watched": a post a curated person holds, the registry's
                if (person := self._surname(m.text, local)) is not None and person.entity_id:
                    m.entity_id, m.candidate = person.entity_id, None
            if m.type == "person" and m.weak:
                person = self._surname(m.text, local, registry=_registry_namesake_may_be_meant(toks, m.tok_start))
                if person is not None:
                    m.entity_id, m.candidate, m.weak = person.entity_id, person.candidate, False
                elif _titled_surname(toks, m) or (_local_post_before(toks, m.tok_start) and SURNAME_ENDING.search(m.text)
                                                  and toks[m.tok_start - 1].low not in ("the", "a", "an")):
                    # "Director Shkurat says": the article gives no more of the name; the surname is the value
                    m.candidate, m.weak = Candidate("person", m.text), False
        # "Metropolitan Ioann (Gvaramia) ... Metropolitan Ioann": the monk named once with his secular surname
        monastic = {name_key(m.candidate.label.split()[0]): m for m in found if m.type == "person"
                    and m.candidate is not None and _MONASTIC_NAME.fullmatch(m.candidate.label)}
        for m in found:
            full = monastic.get(name_key(m.text)) if m.type == "person" and " " not in m.text else None
            if full is not None and full is not m and m.entity_id is None:
                m.entity_id, m.candidate, m.weak = full.entity_id, full.candidate, False
        self._resolve_context(found)
        # the namesake of a museum or a medal is no person of the story where it is named in full
        # too ("the museum named after P.I. Bagration ... the headquarters of General Pyotr Bagration")
        namesakes = [toks[k].text for k in skip if k + 1 not in skip and toks[k].cap and NAME_WORD.match(toks[k].text)]
        found = [m for m in found if not (m.type == "person" and any(
            name_key(m.text.split()[-1]) == name_key(n) and surnames_agree(m.text.split()[-1], n) for n in namesakes))]
        return [m for m in found if m.entity_id or m.candidate or m.weak]

    def _surname(self, word: str, local: dict[str, Mention], initials: str | None = None,
                 registry: bool = True) -> Mention | None:
        """The person a bare surname means: the article's full name, else (where `registry`) a registry person.

        With initials before it ("K.P. Orlovsky") a registry person must have a matching first name.
        """
        key = name_key(word)
        if key in local and surnames_agree(local[key].text.split()[-1], word):
            return local[key]  # (not "Petrova" for Ivan Petrov: his deputy is another person)
        if not registry:
            return None
        ids = self._surname_forms.get(word)
        if not ids and len(key) >= 5 and word[:1].isupper():
            # a spelling variant differs by a letter or so ("Lukashenka", "Matvienko"); the skeleton alone
            # also joins unrelated words ("Track" ~ "Trotsky", "Paton" and "Pocono" ~ Putin), so the
            # spellings must be one edit apart (two for long names)
            ids = [eid for eid in self._surnames.get(key, ())
                   if (e := self.registry.get(eid)) is not None
                   and any(_edits(n.split()[-1].lower(), word.lower(), 2 if len(word) >= 8 else 1)
                           for n in e.names() if n[:1].isascii() and n.split())]
        ids = [eid for eid in ids or () if (e := self.registry.get(eid)) is not None
               and surnames_agree(e.label("en").split()[-1], word)]
        if ids and initials:
            ids = [eid for eid in ids if (e := self.registry.get(eid)) is not None
                   and e.label("en")[:1].upper() == initials[:1]]
        if ids:
            return Mention(0, 0, word, "person", ids[0])
        return None

    def _resolve_context(self, found: list[Mention]) -> None:
        """Short sub-body names count when their parent is named: 'Collective Security Council'."""
        named: dict[str, int] = {}
        for m in found:
            if m.entity_id:
                named.setdefault(m.entity_id, m.start)
                parent = self.registry.get(m.entity_id)
                if parent is not None and parent.parent:
                    named.setdefault(parent.parent, m.start)
        for m in found:
            if not m.context or m.entity_id:
                continue
            options = [(eid, p) for eid, p in m.context if p in named]
            if options:
                # the parent named last before this mention, else the first named
                options.sort(key=lambda o: (named[o[1]] > m.start, -named[o[1]] if named[o[1]] < m.start else named[o[1]]))
                m.entity_id = options[0][0]

    # -- articles ------------------------------------------------------------------------------

    def find(self, text: str) -> list[str]:
        """Entity ids in order of first mention (learning unknown entities)."""
        return [eid for eid, _ in self._entities(text)]

    def _club_for_sport(self, eid: str, mention_text: str, sport: str | None) -> str:
        """'Dinamo Minsk' in a football story is FC Dinamo Minsk, in a hockey story HC Dinamo Minsk."""
        if sport is None:
            return eid
        entity = self.registry.get(eid)
        label = entity.label("en") if entity else ""
        prefix, _, club = label.partition(" ")
        if prefix not in ("FC", "HC") or prefix == sport or mention_text.startswith(prefix):
            return eid
        other = self.registry.lookup(f"{sport} {club}")
        if len(other) == 1 and other[0][1] == f"{sport} {club}":
            return other[0][0]
        return eid

    def _entities(self, text: str, mentions: list[Mention] | None = None,
                  source: str | None = None) -> list[tuple[str, str]]:
        ids: dict[str, str] = {}
        by_post: set[str] = set()  # ids a post names ("Minister of Culture"), and those named as themselves
        named: set[str] = set()
        keyed: dict[tuple, str] = {}
        people: list[tuple[str, str]] = []  # (label, id) of unknown persons met in this article
        football, hockey = bool(_FOOTBALL.search(text)), bool(_HOCKEY.search(text))
        sport = "FC" if football and not hockey else "HC" if hockey and not football else None
        mentions = self._found_in(text) if mentions is None else mentions
        full_names = [m.candidate for m in mentions if m.type == "organization" and not m.entity_id and m.candidate]
        for m in mentions:  # "Institute of Genetics and Cytology of the National Academy of Sciences" ... "the Institute of Genetics and Cytology"
            if m.type == "organization" and not m.entity_id and m.candidate and len(m.candidate.label.split()) >= 3:
                # (not when only a country follows: "People's Committee of Thanh Hoa Province" stays the
                # name a reader knows, whatever "... of Vietnam" a first mention adds)
                longer = {c.label: c for c in full_names if c.label.startswith(m.candidate.label + " of ")
                          and c.label[len(m.candidate.label) + 4:] not in _COUNTRY_NAMES}
                if len(longer) == 1:
                    m.candidate = next(iter(longer.values()))
        for m in mentions:  # "People's Committee of Thanh Hoa Province of Vietnam" ... "People's Committee of Thanh Hoa
            # Province": the country adds nothing to a name that a place abroad qualifies already (not "Ministry of
            # Agriculture of Uzbekistan", another body than a "Ministry of Agriculture" of the same page)
            if m.type == "organization" and not m.entity_id and m.candidate \
                    and (short := re.fullmatch(r"(.+) of (?:the )?([A-Z][\w'’ -]+)", m.candidate.label)) \
                    and short.group(2) in _COUNTRIES and self._abroad(short.group(1), short.group(2)):
                same = [c for c in full_names if c.label == short.group(1)]
                if same:
                    m.candidate = same[0]
        for m in mentions:  # "Museum Complex of Historical and Cultural Heritage Mir Castle Complex" = "Mir Castle Complex"
            if m.type == "organization" and not m.entity_id and m.candidate:
                label = m.candidate.label
                shorter = {c.label: c for c in full_names if len(c.label.split()) >= 2 and label.endswith(" " + c.label)
                           and label[:-len(c.label) - 1].split()[-1].lower() not in lx.CONNECTORS | lx.GENERIC_ORG_WORDS
                           and any(w.lower() in lx.ORG_HEADS for w in c.label.split())
                           and not all(w.lower() in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.CONNECTORS | lx.TITLE_WORDS
                                       for w in c.label.split())}
                if len(shorter) == 1:
                    m.candidate = next(iter(shorter.values()))
        for m in mentions:  # "Глыбоцкі аграрны каледж" in a headline is the "... дзяржаўны аграрны каледж" of the story
            if m.type == "organization" and not m.entity_id and m.candidate:
                key = _without_status(m.candidate.label)
                fuller = {c.label: c for c in full_names if c.label != m.candidate.label and _without_status(c.label) == key
                          and len(c.label) > len(m.candidate.label)}
                if len(fuller) == 1:
                    m.candidate = next(iter(fuller.values()))
        named_orgs = [self.registry.get(m.entity_id) for m in mentions
                      if m.type == "organization" and m.entity_id and not m.weak]
        for m in mentions:  # "Miory metal plant" in a headline is the "Miory Metalware Plant" the story names
            if m.type == "organization" and not m.entity_id and m.candidate \
                    and any(a.lower() == m.candidate.label.lower() for a in m.candidate.aliases):
                # (its words in the full name in their order, its own name after the kind too: "Slonim cardboard
                # mill" is the "Slonim Cardboard and Paper Mill Albertin")
                short = m.candidate.label.split()
                same = {c.label: c for c in full_names if c.label != m.candidate.label and len(c.label.split()) >= 3
                        and _words_within(short, c.label.split())}
                same_ids = {e.id for e in named_orgs if e is not None and any(
                    len(n.split()) >= 3 and _words_within(short, n.split()) for n in e.names())}
                if len(same) == 1 and not same_ids:
                    m.candidate = next(iter(same.values()))
                elif len(same_ids) == 1 and not same:
                    m.entity_id = same_ids.pop()
        for m in mentions:
            if m.weak:
                continue
            if m.entity_id is None and m.candidate is not None and m.candidate.type == "organization":
                # a headline's "Women's Union" is the "Belarusian Women's Union" the story names in full
                m.entity_id = self._shortened_name_of(m.candidate.label, named_orgs)
            eid = m.entity_id
            if eid is not None and m.type == "organization":
                eid = self._club_for_sport(eid, m.text, sport)
            if eid is None and m.candidate is not None:
                key = _candidate_key(m.candidate)
                eid = keyed.get(key)
                if eid is None and m.candidate.type == "person":
                    # "Ivan Petrovsky" ... "I. Petrovsky": one person within an article
                    eid = next((pid for label, pid in people if same_person(label, m.candidate.label)), None)
                eid = eid or self._entity_for(m.candidate)
                keyed[key] = eid
                if m.candidate.type == "person":
                    people.append((m.candidate.label, eid))
            if eid is not None:
                entity = self.registry.get(eid)
                ids.setdefault(eid, entity.type if entity else m.type)
                (by_post if m.implied else named).add(eid)
                if source is not None and entity is not None and entity.origin == "machine":
                    self.registry.note_seen(eid, source, persist=self.learn)  # evidence (registry.trusted)
        # a Belarusian ministry only a post names ("Deputy Minister of Culture Ivanov said") is the minister's, no
        # body of the story (blind6-17 annotate 9 pages so, 2 the other way; a ministry abroad that a visiting
        # minister's post names stays: 5 pages against 3)
        return [(eid, kind) for eid, kind in ids.items()
                if not (eid in by_post and eid not in named and _HOME_MINISTRY.fullmatch(self.registry.label(eid, "en") or "")
                        and not self._named_in(text, eid))]

    def _named_in(self, text: str, eid: str) -> bool:
        """Whether the text names a body by one of its full names anywhere, a longer name's words included
        ("the Gomel Oblast Department of the Ministry of Emergency Situations")."""
        entity = self.registry.get(eid)
        # (not inside another country's: "the Ministry of Defence of Kazakhstan")
        return entity is not None and any(
            re.search(rf"(?<!\w){re.escape(n)}(?!\w)(?! of (?!Belarus\b|the Republic of Belarus\b)(?:the )?[A-Z])", text)
            for n in entity.names() if len(n) > 10)

    @staticmethod
    def _shortened_name_of(label: str, named: list) -> str | None:
        """The one organization named in the article whose English name ends with `label` (2+ words)."""
        if len(label.split()) < 2:
            return None
        tail = " " + label.lower()
        ids = {e.id for e in named if e is not None
               and any(n.lower().endswith(tail) for n in e.names() if n[:1].isascii())}
        return ids.pop() if len(ids) == 1 else None

    def _entity_for(self, cand: Candidate) -> str:
        if cand.type == "organization":  # "Minskoblavtotrans OJSC" is Minskoblavtotrans (not "Belarus LLC" is Belarus)
            bare = _TRAILING_FORM.sub("", cand.label)
            if bare != cand.label and bare[:1].isupper() and not self.registry.places.is_place_phrase(bare):
                cand = Candidate("organization", bare, dict(cand.labels), list(cand.aliases))
            named = executive_department(cand.label)  # one body, one name: "Gomel Oblast Health Department"
            if named is not None and named != cand.label:
                cand = Candidate("organization", named, dict(cand.labels), [cand.label, *cand.aliases])
        """The registry id for an unknown entity: an existing spelling variant, else a new entity."""
        if cand.type == "person":
            words = cand.label.split()
            if len(words) >= 2:
                # a spelling variant of a known person: same surname key, compatible first name
                initials = words[0].endswith(".")  # "I.V. Zhuk" joins a curated person only, never a learned one
                for eid in self._identity_surnames.get(name_key(words[-1]), ()):
                    e = self.registry.get(eid)
                    if e is None or (e.origin == "machine" and (initials or all(
                            INITIALS.match(n) for n in e.names() if n[:1].isascii()))):
                        continue  # initials join a learned name nowhere else: "I. Petrov" here is no "Ivan Petrov" there
                    if any(same_person(n, cand.label) for n in e.names() if n[:1].isascii()):
                        return eid
        else:
            # (a kind word's synonym joins a body learned from another page, never a curated one: the registry's
            # "Zhabinka Sugar Refinery" keeps its own names, a page's "Zhabinka Sugar Factory" is learned beside it)
            synonyms = set(self._cyrillic.companies.kind_synonyms(cand.label))
            for name in (cand.label, *_identity_forms(cand, self._cyrillic.companies)):
                # (any other name of it: "Embassy of X" = "... in Belarus", "Centre" = "Center")
                for eid, form in self.registry.lookup(name):
                    e = self.registry.get(eid)
                    if e is not None and e.type == "organization" and len(form) == len(name) and name in e.names() \
                            and (name not in synonyms or e.origin == "machine"):
                        return eid
        entity = machine_entity(cand, self._cyrillic.companies)
        existing = self.registry.get(entity.id)
        if existing is not None:
            return existing.id
        if self.learn:
            self.registry.learn(entity)
            log.info("entity_learned id=%s type=%s machine_labels=true", entity.id, entity.type)
        else:
            self.registry.add(entity)
        return entity.id

    def _found_in(self, text: str, seen: list[Mention] | None = None) -> list[Mention]:
        """Mentions by the English rules, plus Russian/Belarusian names where those found nothing; `seen`, when
        given, gets every name the rules read before the filters of things and places dropped some (the span
        model adds nothing where a rule has decided)."""
        mentions = [_with_written_form(_without_legal_suffix(m, text), text) for m in self.mentions(text)]
        cyrillic = self._cyrillic.mentions(text)
        # a weak English guess, or a bare surname the English rules resolved, inside a longer Russian or
        # Belarusian name yields to it ("Наталья Ивановна Ковальчук" is not the registry's Sergei Kovalchuk)
        mentions = [m for m in mentions if not any(
            (m.start < c.end and c.start < m.end and m.weak)
            or (c.start <= m.start and m.end <= c.end and c.end - c.start > m.end - m.start) for c in cyrillic)]
        kept: list[Mention] = []
        for m in sorted(cyrillic, key=lambda m: (m.start, m.start - m.end)):
            if not any(m.start < o.end and o.start < m.end for o in (*mentions, *kept)):
                kept.append(m)
        mentions = sorted(mentions + kept, key=lambda m: m.start)
        if seen is not None:
            seen.extend(mentions)
        return self._not_places(self._for_a_body(text, self._branches(text, mentions)), text)

    def _for_a_body(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A commission or committee named for another body ends with that body: "the National Commission of
        the Republic of Belarus for UNESCO", "the Committee for UNICEF" -- one body, not two."""
        out: list[Mention] = []
        for m in mentions:
            last = out[-1] if out else None
            if last is not None and m.type == "organization" and last.type == "organization" and last.candidate \
                    and not last.entity_id and re.fullmatch(r" for (?:the )?", text[last.end:m.start]) \
                    and re.search(r"\b(?:Commission|Committee|Council)\b", last.candidate.label):
                label = f"{last.candidate.label} for {text[m.start:m.end]}"
                out[-1] = Mention(last.start, m.end, text[last.start:m.end], "organization",
                                  candidate=Candidate("organization", label), tok_start=last.tok_start, tok_end=m.tok_end)
                continue
            out.append(m)
        return out

    def _branches(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A body's branch in a town is a body of its own, named in full: "the Mogilev branch of the
        Belarusian Chamber of Commerce and Industry", "Гомельским отделением Белорусской железной
        дороги" -- not the parent (nor the parent as well)."""
        out: list[Mention] = []
        for m in mentions:
            if m.type != "organization" or m.implied or (m.entity_id is None and m.candidate is None):
                out.append(m)
                continue
            town = kind = None
            owner = _POSSESSIVE_TOWN.match(m.candidate.label) if m.candidate and not m.entity_id else None
            if owner is not None and self.registry.places.is_place_phrase(owner.group(2)):
                # "the Belarusian Chamber of Commerce and Industry's Vitebsk branch": the owner, then its
                # branch -- not one name running on into the town
                known = [eid for eid, form in self.registry.lookup(owner.group(1)) if form == owner.group(1)]
                cut = m.start + len(owner.group(1))
                m = Mention(m.start, cut, text[m.start:cut], "organization", known[0] if known else None,
                            None if known else Candidate("organization", owner.group(1)), tok_start=m.tok_start,
                            tok_end=m.tok_end)
                after = _BRANCH_AFTER.match(text, cut)
                if after is not None:
                    town, kind, start, end = owner.group(2), after.group(1).lower(), m.start, after.end()
            lo = max(0, m.start - 80, out[-1].end if out else 0)
            before = _BRANCH_BEFORE.search(text, lo, m.start) if town is None else None
            before_cyr = _BRANCH_BEFORE_CYR.search(text, lo, m.start) if town is None else None
            if before is not None and self.registry.places.is_place_phrase(before.group(1)) \
                    and not self._country(before.group(1)):
                town = text[before.start(1):before.start(2) - 1]  # "Brest Oblast"
                kind, start, end = before.group(2).lower(), before.start(1), m.end
            elif before_cyr is not None and (town := self._cyrillic.companies.place(before_cyr.group(1))):
                stem = before_cyr.group(2).lower()
                kind = "office" if stem.startswith(("представ", "прадстаў")) else "branch"
                start, end = before_cyr.start(1), m.end
            if town is None:
                out.append(m)
                continue
            parent = self.registry.get(m.entity_id) if m.entity_id else None
            label = parent.label("en") if parent else m.candidate.label
            names = [n for n in (parent.names() if parent else [label, *m.candidate.aliases]) if n[:1].isascii()]
            the = "the " if len(label.split()) > 1 and label.split()[0].lower() not in lx.LEGAL_FORMS else ""
            aliases = [f"{town} {kind} of {article}{n}" for n in names for article in ("the ", "")]
            labels = {}
            companies = self._cyrillic.companies  # a Belarusian town's adjective (not "Brest Oblast")
            for lang, word in (("ru", "филиал" if kind == "branch" else "представительство"),
                               ("be", "філіял" if kind == "branch" else "прадстаўніцтва")):
                own = parent.labels.get(lang) if parent else m.candidate.labels.get(lang)
                adjective = companies.adjective(town, lang)
                if own and adjective:  # "Белорусская торгово-промышленная палата, Могилевский филиал"
                    labels[lang] = f"{own}, {inflect(adjective, 'm' if kind == 'branch' else 'n', lang)} {word}"
            full = f"{town} {kind} of {the}{label}"
            out.append(Mention(start, end, text[start:end], "organization", candidate=Candidate(
                "organization", full, labels, [a for a in dict.fromkeys(aliases) if a != full]),
                tok_start=m.tok_start, tok_end=m.tok_end))
        return out

    def _not_places(self, mentions: list[Mention], text: str = "") -> list[Mention]:
        """Mentions that name persons and bodies, not things or places.

        A country or a run of its words is never a person ("Arab Emirates" of the UAE), nor is an
        unknown name that a body's name starts with ("Adam Mickiewicz House-Museum"), nor is a place
        word alone ("near Baran", whatever surname it sounds like), nor "S. Trade" of "U.S. Trade"; a person a
        medal, street, tournament or school is named after is not mentioned as a person ("Francisk
        Skorina Medal", "in memory of Hero of the Soviet Union Vasily Margelov"), nor is the surname
        that refers back to them; an unknown name headed by a venue, event or award word is no body.
        """
        places = self.registry.places
        dropped: set = set()
        out = []
        for m in mentions:
            if m.type in ("person", "organization") and not m.implied and m.entity_id is None and text:
                before, after = lx.thing_beside(text[max(0, m.start - 40):m.start], text[m.end:m.end + 40])
                quoted = text[m.start - 1:m.start] in ("«", '"', "“", "„")
                if after or (before and (m.type == "organization" or quoted)):
                    if m.type == "person":
                        dropped.add(m.target)
                    continue  # "the Kvass Lidsky drink", "the medal For Courage", "диван «Гомельдрев-Париж»"
            if m.type == "person" and not m.implied and self._place_named_at(m, text):
                continue  # (the word only: the same name elsewhere may be the person's)
            if m.type == "person" and not m.implied:
                after = re.match(r"\s*([\w-]+)", text[m.end:m.end + 40]) if text else None
                before = re.findall(r"[\w’'-]+", text[max(0, m.start - 120):m.start]) if text else []
                words = m.text.split()
                # (a village's name is as often a surname: a Cyrillic word the name rules read as one stays one)
                found = places.named(m.text)
                village = bool(found) and bool(CYRILLIC.search(m.text)) and all(p.kind == "village" for p in found)
                if (m.entity_id is None and m.candidate is not None and not village
                        and places.is_place_phrase(m.candidate.label)) \
                        or (after and after.group(1)[:1].isupper() and after.group(1).lower() in lx.NON_ENTITY_HEADS) \
                        or (after and after.group(1).lower() in lx.NAMESAKE_NOUNS) \
                        or (after and after.group(1)[:1].isupper() and m.entity_id is None
                            and after.group(1).lower().rsplit("-", 1)[-1] in lx.ORG_HEADS) \
                        or lx.named_after(before, self._genitive(m)) \
                        or _EVENT_NAMED_FOR.search(text, max(0, m.start - 40), m.start) \
                        or (_MONUMENT_BEFORE.search(text[max(0, m.start - 60):m.start]) and self._oblique(m)) \
                        or (any(w.lower() in lx.NON_ENTITY_HEADS for w in words)
                            and not (len(words) == 2 and korean_latin_name(*words))) \
                        or _dedicated_to_saint(text[max(0, m.start - 80):m.start], words) \
                        or (len(words) == 1 and found and not village) \
                        or _abbreviation_at(text, m.start):
                    dropped.add(m.target)
                    continue
            if m.type == "organization" and m.entity_id is None and m.candidate is not None \
                    and m.candidate.label.lower() in lx.LEGAL_FORMS:
                continue  # "the truck maker OJSC Minsk Automobile Plant": a legal form alone names no company
            if m.type == "organization" and m.entity_id and not m.implied and text and _occasion_after(text, m.end):
                continue  # "the CIS Food Week": an event named after the body, which the story is not about
            if m.type == "organization" and not m.implied and _venue_named(text, m):
                continue  # "performed at the Bolshoi Theatre", "visited the Marc Chagall Art Centre": the building
            if m.type == "organization" and m.entity_id is None and m.candidate is not None \
                    and not _LEGAL_FORM_END.search(text[m.start:m.end] if text else m.text) \
                    and not _CHURCH_BODY.fullmatch(m.candidate.label) \
                    and (lx.is_non_entity_name(m.candidate.label) or _EVENT_AFTER.match(text, m.end)
                         or self._country(m.candidate.label)):  # (a legal form says company: "Sinotruk Jinan Truck Co., Ltd.")
                continue  # "Zhlobin Open Cup"; "the Innoprom. Central Asia exhibition": an event's name;
                # "the much smaller producer Ecuador": a country, never a body (nor learned as one)
            out.append(m)
        return [m for m in out if not (m.type == "person" and m.target in dropped)]

    def _abroad(self, name: str, country: str) -> bool:
        """`name` has a place of `country` after its "of" ("People's Committee of Thanh Hoa Province": Vietnam's)."""
        owner = self._countries_named(country)
        return any(p.kind != "country" and p.country in owner
                   for q in re.findall(r" of (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})", name) for p in self.registry.places.named(q))

    def _countries_named(self, text: str) -> set[str]:
        """The country codes of the countries `text` names ("Kazakhstan" -> {"KZ"})."""
        return {p.country for p in self.registry.places.named(text) if p.kind == "country"}

    def _place_named_at(self, m: Mention, text: str) -> bool:
        """An unknown one-word "person" that is a place's name where the text reads it so: the first word of
        a longer place name ("with Hai Phong, the third largest port"), or a name that is a place only in a
        place context ("Luca Bianchi from Tuscany")."""
        if not text or m.entity_id is not None or len(m.text.split()) != 1:
            return False
        places = self.registry.places
        ahead = text[m.start:m.end + 30].split("\n")[0]
        if any(name.startswith(m.text + " ") and ahead.startswith(name)
               for p in places.named(ahead) for name in p.names()):
            return True
        before = re.search(r"\b(?:from|in|to|of|near)\s+$", text[max(0, m.start - 8):m.start])
        return before is not None and any(m.text in p.names()
                                          for p in places.named(text[m.start - len(before.group(0)):m.end]))

    def _country(self, label: str) -> bool:
        """`label` is the name of a country ("Ecuador", "the UAE")."""
        places = self.registry.places
        return any(p.kind == "country" for p in places.named(label)) \
            and places.is_place_phrase(re.sub(r"^the\s+", "", label, flags=re.I))

    def _country_qualifiers(self, name: str) -> list[str]:
        """Foreign countries and regions that qualify an organization's name ("... of Uzbekistan", "Посольства
        Вьетнама в Беларуси", "хокимият Ферганской области"), not those it is made of ("Union State of Belarus and
        Russia")."""
        places = self.registry.places
        out = []
        for m in _QUALIFIER.finditer(name):
            for place in places.named(m.group(1) or m.group(2) or m.group(3)):
                if place.country != "BY" and (place.kind == "country" or (place.kind == "region" and not m.group(2))):
                    out.append(place.id)  # "... of Uzbekistan", "the Government of Kaluga Oblast"
        return out

    @staticmethod
    def _oblique(m: Mention) -> bool:
        """A Cyrillic name found in another case than its nominative ("Петру Мстиславцу")."""
        words = m.text.split()
        return bool(CYRILLIC.search(m.text)) and m.candidate is not None and bool(m.candidate.labels) \
            and f"{words[0]} {words[-1]}" not in m.candidate.labels.values()

    def _genitive(self, m: Mention) -> bool:
        """A Cyrillic name in the genitive: not its nominative and with a genitive first name ("Адама
        Мицкевича", "Анны Петровой"; "Анна Петрова" is a nominative, "Ивану Петрову" a dative)."""
        if not CYRILLIC.search(m.text) or not re.search(r"[аяыиі]$", m.text.split()[0]):
            return False
        if m.candidate is not None:  # (the label has no patronymic: "Алена Уладзіміраўна Зайцава" is nominative)
            words = m.text.split()
            return bool(m.candidate.labels) and f"{words[0]} {words[-1]}" not in m.candidate.labels.values()
        e = self.registry.get(m.entity_id) if m.entity_id else None
        return e is not None and m.text not in e.names()

    @staticmethod
    def _own_committee(text: str, site: str | None, mentions: list[Mention]) -> list[Mention]:
        """"В райисполкоме сообщили", "райвыканкам выдзеліў" on a district committee's own site: that
        committee (a bare райисполком / гарвыканкам names the publisher's; one named by its town is found
        already). Not where only a post or a department is of it ("председатель райисполкома", "начальник
        управления ... райисполкома"): the story names a person or a department, not the committee."""
        m = re.match(r"^[\w-]+ (District|City) Executive Committee$", site or "")
        if m is None:
            return []
        bare = _BARE_DISTRICT_COMMITTEE if m.group(1) == "District" else _BARE_CITY_COMMITTEE
        out = []
        for pattern, label in ((bare, site), (_BARE_DISTRICT_COUNCIL if m.group(1) == "District" else None,
                                              site.replace("Executive Committee", "Council of Deputies"))):
            hit = next((h for h in pattern.finditer(text) if not any(o.start <= h.start() < o.end for o in mentions)
                        and not _of_a_noun(text, h)), None) if pattern else None
            if hit is not None:
                out.append(Mention(hit.start(), hit.end(), hit.group(0), "organization",
                                   candidate=Candidate("organization", label)))
        return out

    def _without_own_parent(self, text: str, site: str | None, mentions: list[Mention]) -> list[Mention]:
        """On a department's own site, its executive committee named only inside the department's name
        ("the Main Department of Education of the Brest Oblast Executive Committee reports", "комитет по
        труду ... Гомельского облисполкома") is no organization of the page: the site is the department."""
        m = re.fullmatch(r".+? of the (.+ Executive Committee)", site or "")
        if m is None or executive_department(site) != site:
            return mentions

        def label(x: Mention) -> str | None:
            if x.type != "organization":
                return None
            if x.entity_id:
                return self.registry.label(x.entity_id, "en")
            return x.candidate.label if x.candidate else None

        own = [x for x in mentions if (name := label(x)) and (executive_department(name) or name) == site]
        inside = [x for x in mentions if label(x) == m.group(1) and any(
            o.end <= x.start and re.fullmatch(r"\s*(?:of\s+(?:the\s+)?)?", text[o.end:x.start], re.I) for o in own)]
        rest = text
        for x in inside:
            rest = rest[:x.start] + " " * (x.end - x.start) + rest[x.end:]
        level = m.group(1).split()[-3].lower()  # "... премии облисполкома": the committee named on its own too
        if re.search(_BARE_COMMITTEE[level], rest, re.I):
            return mentions
        return [x for x in mentions if x not in inside]

    def _without_bodies_named_only_inside(self, text: str, site: str | None, mentions: list[Mention]) -> list[Mention]:
        """A body named only inside another name is no organization of the story: the academy of "the
        Institute of Zoology of the National Academy of Sciences", the Union State of "the Cup of the Union
        State" (the institute, a cup are what the story is about). Named on its own anywhere in the text (by
        any of its names) it stays; so does an executive committee or a ministry named as a department's parent
        (the regression sets name both)."""
        def key(x: Mention) -> str | None:
            if x.type != "organization" or x.implied:
                return None
            return x.entity_id or (x.candidate.label if x.candidate else None)

        def inside(x: Mention) -> bool:
            of = re.search(r"\b([A-Z][\w-]*)\s+of\s+(?:the\s+)?$", text[max(0, x.start - 60):x.start])
            if of is not None and of.group(1).lower() in lx.EVENT_HEADS:
                return True  # "Cup of the Union State", "Open Olympiad of the Union State in Chemistry"
            name = self.registry.label(x.entity_id, "en") if x.entity_id else x.candidate.label
            if name == site:
                return False
            # (a department's committee, a battalion's armed forces, a union's central committee: named as its
            # parent; a branch's or deanery's parent is not, "the Vitebsk Branch of the BelCCI", as a lower-case
            # "branch of" is read -- the regression sets name them so)
            academy = re.search(r"\b(?:Academy|University)\b", name) is not None  # (and its institutes, centres)
            # (a ministry's school or troops: "Mogilev Institute of the Ministry of Internal Affairs", "the Internal
            # Troops of the Ministry of ...", on the regression sets the story's body, not the ministry)
            ministry = name.startswith("Ministry of ")
            # (English only: a parent in the Russian or Belarusian genitive is annotated as a body of the story
            # on the regression sets, "специалисты Департамента ... Министерства сельского хозяйства")
            gap = re.compile(r"\s+of\s+(?:the\s+)?")
            # a sub-body whose name goes on with this one: "Institute of Radiobiology" + "of the" + the academy
            return any(o is not x and key(o) is not None and o.end <= x.start and gap.fullmatch(text[o.end:x.start])
                       and o.candidate is not None and not o.entity_id
                       and (o.candidate.label.endswith(f" {name}") or o.candidate.label.endswith(f" {text[x.start:x.end]}"))
                       and (academy or text[o.start:o.end].split()[-1].lower() in _OFFICE_HEADS
                            or (ministry and text[o.start:o.end].split()[-1].lower() in _MINISTRY_BODIES))
                       for o in mentions)

        hidden = [x for x in mentions if key(x) is not None and inside(x)]
        shown = {key(x) for x in mentions if key(x) is not None and x not in hidden}
        return [x for x in mentions if not (x in hidden and key(x) not in shown)]

    def _bare_departments(self, mentions: list[Mention], site: str | None) -> list[Mention]:
        """A department or committee named by its fields alone ("the chairwoman of the Health Committee") is
        the one the article (or its site) names in full, and no organization where none is: a generic
        head names no one."""
        full: list[tuple[str, str]] = []  # (name, its executive committee)
        for name in [site or "", *(m.candidate.label for m in mentions if m.type == "organization" and m.candidate)]:
            named = executive_department(name)
            if named is not None:
                full.append((named, named.split(" of the ")[-1]))
        out = []
        for m in mentions:
            label = m.candidate.label if m.type == "organization" and m.candidate and not m.entity_id else None
            if label is None or " of " in label or executive_department(f"{label} of the Minsk City Executive Committee") is None:
                out.append(m)
                continue
            same = next((named for named, parent in full if executive_department(f"{label} of the {parent}") == named), None)
            if same is not None:
                m.candidate = Candidate("organization", same)
                out.append(m)
        return out

    def _model_mentions(self, text: str, rule_mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
        """Persons and organizations the span model tags where no rule mention lies (`rule_mentions`: all the
        rules read; `kept`: those they kept), above its confidence threshold, through the same filters of things,
        places and events as the rules' unknown names (_not_places) and the same canonical forms; English pages
        only. It never removes or relabels what a rule found. A person needs two words or more (a lone surname
        is the rules' to resolve); an organization a capitalized word that is no kind, post or connector ("the
        Company" names none), and a kind before its "of" ("Interregional Cooperation of ..." is no body)."""
        if not english(text):
            return []  # (trained on the sets' English pages only: a Cyrillic name is the Cyrillic rules')
        taken = [(m.start, m.end) for m in rule_mentions]
        # persons the rules read and then dropped as namesakes ("the museum named after P.I. Bagration"): the
        # same surname elsewhere on the page is the namesake's too
        namesakes = {m.text.split()[-1] for m in rule_mentions if m.type == "person" and m.text.split()
                     and not any(k is m for k in kept)}
        # and the person a body is named after ("the Museum named after P.I. Bagration" ... "General Pyotr Bagration")
        namesakes |= {m.text.split()[-1] for m in rule_mentions
                      if m.type == "organization" and " named after " in m.text}
        out: list[Mention] = []
        for span in self.span_tagger.spans(text):
            if span.label not in _MODEL_TYPES or span.probability < self.span_tagger.threshold:
                continue
            start, label = span.start, span.text
            if (lead := re.match(r"(?:[Tt]he|[Aa]n?)\s+", label)) is not None:
                start, label = start + lead.end(), label[lead.end():]
            if any(start < e and s < span.end for s, e in taken) or "\n" in label:
                continue
            words = label.split()
            heads = {w.lower().rsplit("-", 1)[-1] for w in words}
            if heads & lx.NON_ENTITY_HEADS or text[start - 1:start] in OPEN_QUOTES or any(c.isdigit() for c in label) \
                    or (_THING_NAME_GOES_ON.match(text, span.end) and not heads & lx.ORG_HEADS):
                continue  # "Minsk-Arena", "Harbin International Ice and Snow Festival": a venue's, an event's
                # name; a quoted name is a product's or a campaign's unless a rule read a kind before it; "E433 ...",
                # "Kali-Bot 3": a model's
            if _MODEL_TYPES[span.label] == "person":
                if len(words) < 2 or heads & lx.ORG_HEADS \
                        or not all(NAME_WORD.match(w) or INITIALS.fullmatch(w) for w in words):
                    continue
            elif not any(w[:1].isupper() and w.lower() not in _NOT_A_NAME for w in words) \
                    or (" of " in label and not set(label.split(" of ")[0].lower().split()) & lx.ORG_HEADS) \
                    or ("," in label and not {w.lower().strip(",") for w in words} & lx.ORG_HEADS) \
                    or _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Interregional Cooperation of ...", "Oil, Gas", "Minister of [Internal Trade of ...]": no body
            if self.registry.places.is_place_phrase(label) or self._country(label) or words[-1] in namesakes \
                    or lx.named_after(re.findall(r"[\w’'-]+", text[max(0, start - 120):start])):
                continue  # a place; "the stadium named after Yakub Kolas": a namesake, whatever the model read
            kind = _MODEL_TYPES[span.label]
            out.append(Mention(start, span.end, label, kind, candidate=Candidate(kind, label)))
        return [_with_written_form(_without_legal_suffix(m, text), text) for m in self._not_places(out, text)]

    def annotate(self, article: Article) -> Article:
        """Set article.persons / organizations / places / regions (canonical ids, first mention first).

        Places are read outside the names of persons and organizations: "Minsk Tractor Works"
        names no place, "the delegation of Uzbekistan" does.
        """
        text = f"{article.title}\n\n{article.body}"
        seen: list[Mention] = []
        mentions = self._found_in(text, seen)
        mentions += self._own_committee(text, article.site, mentions)
        seen += mentions
        mentions = self._without_own_parent(text, article.site, mentions)
        shown = self._without_bodies_named_only_inside(text, article.site, mentions)
        inside = [(m.start, m.end) for m in mentions if m not in shown]  # (their words name no place either)
        mentions = self._bare_departments(shown, article.site)
        if self.span_tagger is not None:
            mentions = sorted(mentions + self._model_mentions(text, seen, mentions), key=lambda m: m.start)
        found = self._entities(text, mentions, source=f"{article.id}@{article.site}")
        article.persons = [eid for eid, etype in found if etype == "person"]
        article.organizations = [eid for eid, etype in found if etype == "organization"]
        named = [(m.start, m.end) for m in mentions if not m.implied] + inside
        named += [q.span(1) for q in _MOTTO.finditer(text)]  # 'under the motto "Made in Belarus"'
        named += [h.span() for h in _HONORARY_TITLE.finditer(text)]  # "Hero of Belarus": a title, not a place
        named += [t.span(1) for t in _TROPHY.finditer(text)]  # "Кубок Беларуси": a trophy, not a place
        # "Министерство культуры Республики Беларусь", "Minister of Defence of Belarus": the home country in a
        # body's or a post's name (a country abroad in it stays a place: the qualifiers below)
        named += self.registry.places.home_country_in_names(
            text, [(m.start, m.end) for m in mentions if m.type == "organization"])
        article.places = self.registry.places.of_the_story(text, skip=named, title_end=len(article.title))
        article.places += [p for p in self.registry.places.farm_villages(text) if p not in article.places]
        for m in mentions:  # "Ministry of Culture and Tourism of Uzbekistan": the qualifier is a place too
            if m.type == "organization" and not m.implied:
                for pid in self._country_qualifiers(text[m.start:m.end]):
                    if pid not in article.places:
                        article.places.append(pid)
                seat = _BODY_SEAT.search(text[m.start:m.end])  # "Embassy of Laos in Moscow", "школа агрогородка Вейно"
                seats = self.registry.places.find(seat.group(1)) if seat else []
                seats += self.registry.places.settlements_named(text[m.start:m.end])
                # "the Embassy of India in Belarus": the home country as a body's seat is its name, as in Russian
                # ("Посольства Индии в Беларуси"), no place of the story
                article.places += [p for p in dict.fromkeys(seats) if p not in article.places and p != HOME_COUNTRY]
        article.regions = regions(article.site, article.places, self.registry.places, self._cyrillic.sites)
        return article


# the span model's labels the extractor takes (its places are the place registry's to find)
_MODEL_TYPES = {"PER": "person", "ORG": "organization"}
# a post's portfolio before a name ("Minister of Internal Trade of Egypt"): the words after are the post's
_PORTFOLIO_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, lx.TITLE_WORDS), key=len, reverse=True))
                               + r")\s+(?:of|for)\s+(?:the\s+)?$", re.I)
# a name that goes on, capitalized or after "and", into the head word of a thing: an event, a venue
_THING_NAME_GOES_ON = re.compile(r"(?:[ -]+(?:and|&|[A-Z][\w'’-]*)){0,3}[ -]+(?i:(" + "|".join(
    sorted(map(re.escape, lx.NON_ENTITY_HEADS), key=len, reverse=True)) + r"))\b(?![ -]+[A-Z])")
# words that make no organization's name alone, capitalized or not
_NOT_A_NAME = lx.ORG_HEADS | lx.LOWERCASE_ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.CONNECTORS | lx.TITLE_WORDS \
    | lx.LEGAL_FORMS | lx.NON_NAME | lx.DEMONYMS | lx.SENTENCE_STARTERS
_HOME_MINISTRY = re.compile(r"Ministry of .+ of Belarus")
# a body and the city or country it sits in ("the Embassy of Laos in Moscow", "the Research Centre of the
# Academy in Ljubljana"): the seat is a place the article names
_BODY_SEAT = re.compile(r"\sin\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)$")
_TRAILING_FORM = re.compile(r"\s+(?:OJSC|JSC|CJSC|PJSC|LLC|RUE|UE)$")
# the legal form after a foreign company's name, as written ("Co., Ltd.", "Sp. z o.o.", "GmbH"), and
# the word of it a name rule may have taken ("... Materials Co", "Agromet-Wróblewski Sp"): the company
# is one body with or without it
_FORMS_AFTER = (r"S\.A\.S\.|S\.A\.U\.|S\.L\.|SAS|ASA|AS|a\.s\.|\(?Pvt\.?\)?\s*(?:Ltd\.?|Limited)|Private Limited|Limited|"
                r"Pte\.?\s*Ltd\.?|Co\.?,?\s*Ltd\.?|Co\.|Ltd\.?|Sp\.\s*z\s*o\.\s*o\.|Sp\.\s*j\.|S\.p\.A\.|S\.?A\.|GmbH|"
                r"KGaA(?:\s+mbH)?|AG|LLC|LLP|Inc\.?|Corp\.|PLC|plc|d\.o\.o\.|A\.Ş\.|s\.r\.o\.|B\.V\.|N\.V\.|UAB|SIA|A/S|"
                r"Oy|Oyj|AB|Kft\.|Zrt\.|Nyrt\.|S\.r\.l\.|SRL|SE|d\.d\.|Tbk\.?|Ltda\.?|Pty\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|K\.K\.|OÜ")
_LEGAL_SUFFIX = re.compile(rf"\A(?:\s*,)?\s*(?:{_FORMS_AFTER})(?![\w])")
_LEGAL_FORM_END = re.compile(rf"\s(?:{_FORMS_AFTER})$")
# a foreign company's legal form, written after its name
_FOREIGN_FORM = re.compile(rf",?\s*(?:{_FORMS_AFTER})(?![\w])")
# (not "and Co": "Pyatkov and Co" is a firm's name, not Pyatkov's legal form)
_LEGAL_TAIL = re.compile(r"(?<! and)(?<! &)\s+(?:(?:Pvt\.?|Private)\s+(?:Ltd|Limited)|Co|Ltd|Limited|Pvt|Sp|Inc|Corp|LLC|GmbH|PLC|Tbk)\.?$")
# what a body is, written before its quoted name: 'State Institution "Republican Center for ..."'
_INSTITUTION_FORMS = frozenset("institution establishment enterprise organization organisation".split())
# legal forms written like initials (S.A. is also a person's, "Kovalchuk S.A.")
_FORM_ABBREVIATIONS = frozenset({"B.V.", "N.V.", "S.L.", "S.A.S.", "S.A.U.", "S.p.A."})
# agricultural cooperatives' forms: the English name goes without ("Rassvet"), Russian pages' with (SPK Golshany)
_COOPERATIVE_FORMS = frozenset(("spk", "ksup"))
# lower-case words inside a foreign company's name: "Van der Meer B.V.", "Szabó és Társa Kft."
_NAME_LINKS = NAME_PARTICLES | frozenset("és und et e y i och og & zu".split())
# bodies of one town named by their kind alone, the town after "in": "the Museum of Local Lore in Mosty"
_TOWN_INSTITUTIONS = frozenset("""museum library house centre center palace school gymnasium lyceum college
hospital polyclinic theatre theater gallery""".split())
# words for the people of a body, not the body: "Staff of the ... National Park"
_PEOPLE_OF = frozenset("""staff employees personnel workers members pupils students teachers graduates
athletes specialists experts representatives delegates doctors residents veterans officers officials
scientists researchers volunteers deputies rescuers""".split())

_BRAND = re.compile(r"^(?!Ma?c[A-Z])[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+$")  # "PhosAgro", "AliExpress" (not "MacArthur")
# words before "from" that are no goods: movements, people's groups, what a story quotes
_NOT_GOODS = frozenset("""away far apart delegation delegations guests guest tourists tourist visitors visitor team
teams group groups people come comes came arrive arrives return returns letter letters greetings news scenes
excerpts songs song poems poem words message messages road roads route routes train trains flight flights way
distance kilometres kilometers miles km straight directly cows cattle bulls heifers calves sheep horses pigs goats
breed breeds""".split())


def _goods_word(low: str) -> bool:
    """Whether a lower-case word before "from" may be goods a company sells ("machines", "fertiliser",
    "parcels"), not a verb, a people word or a movement ("came from", "guests from", "the road from")."""
    return low.isalpha() and len(low) >= 4 and not low.endswith(("ed", "ing", "ly")) and low not in _NOT_GOODS \
        and low not in PAST_VERBS and low not in _NOT_IN_DEPARTMENT and low not in lx.CONNECTORS and not _people_word(low)


_COME = frozenset("come comes came coming".split())
# what only a company does with goods, after its name ("X supplies ...") or a modal ("X could supply ...")
_SUPPLIES = frozenset("supplies produces manufactures exports imports".split())
_SUPPLY_VERBS = _SUPPLIES | frozenset("supply produce manufacture export import".split())
_MODALS = frozenset("could can will would may also already now is are ready to plans intends".split())  # "is ready to supply"
_AUXILIARIES = frozenset("will would shall should may must are is were was be to also all mostly now".split())
_WORKS = frozenset("""works books novels paintings pictures photos photographs films movies plays poems songs letters
lectures words speeches""".split())  # "paintings by Chagall": a person's, no company's


def _machines(low: str) -> bool:
    """Whether a lower-case word is plural things a company makes, machines of an "-er" or "-or" too ("harvesters
    by Ropa", "the motors will come from ..."): not a person's works ("paintings by"), people of a group or a post
    ("guests", "deputies"), a movement or a verb."""
    single = low[:-1]
    return low.isalpha() and len(low) >= 5 and low.endswith("s") and not low.endswith("ss") and low not in _WORKS \
        and low not in _NOT_GOODS and low not in PAST_VERBS and low not in _PEOPLE_OF and low not in lx.GROUP_NOUNS \
        and single not in lx.TITLE_WORDS and low not in lx.TITLE_WORDS and not low.endswith(("ians", "ists"))


def _goods_subject(toks: list[Token], k: int) -> bool:
    """Whether the verb at `k` has goods as its subject, auxiliaries between: "the motors will come from ..."."""
    k -= 1
    while k >= 0 and toks[k].low in _AUXILIARIES:
        k -= 1
    return k >= 1 and toks[k].word and not toks[k].cap and _machines(toks[k].low) \
        and toks[k - 1].low in ("the", "all", "its", "their", "these", "new")


def _words_within(short: list[str], full: list[str]) -> bool:
    """Whether a body's short name (its first word, its kind last) is its full name: the same first and last
    words ("Miory Metal Plant", "Miory Metalware Plant"), or its words in their order and only its own name after
    its kind ("Slonim Cardboard Mill", "Slonim Cardboard and Paper Mill Albertin")."""
    if not short or not full or short[0] != full[0]:
        return False
    if short[-1] == full[-1]:
        return True
    end = next((n for n in range(len(full) - 2, 0, -1) if full[n] == short[-1]), None)
    if end is None or len(full) - end > 3 or not all(w[:1].isupper() and w.lower() not in lx.ORG_HEADS for w in full[end + 1:]):
        return False
    inner = iter(full[1:end])
    return all(word in inner for word in short[1:-1])


def _people_word(low: str) -> bool:
    """Whether a lower-case word names people a body has, not the body ("engineers", "children", "lawyers"):
    _PEOPLE_OF, the groups of lx.GROUP_NOUNS, and any plural of an occupation or a title."""
    if low in _PEOPLE_OF or low in lx.GROUP_NOUNS:
        return True
    single = low[:-1] if low.endswith("s") else ""
    return bool(single) and (single in lx.TITLE_WORDS or bool(_OCCUPATION.search(single))) \
        and single not in lx.ORG_HEADS and low not in lx.ORG_HEADS


# the government of a region abroad written after its name in lower case: "the Hajnówka County administration"
_LOCAL_GOVERNMENTS = frozenset("administration government council starosty municipality khokimiyat hokimiyat akimat".split())
# a Russian or Belarusian word for a company right before a name in Latin letters
_CYRILLIC_COMPANY_CUE = lx.CYRILLIC_COMPANY_CUE


_STATUS_WORDS = frozenset("state national republican central".split())
# the last words of a company's name, after which "of <country>" says where it is, not who it is
_COMPANY_KINDS = frozenset("company complex combinat combine kombinat plant factory works mill mills corporation "
                           "holding holdings mine mines refinery".split())
# words of rank before a body's name abroad ("State Council of ...", "Supreme Council of ...")
_BODY_STATUS = frozenset("state supreme federal national legislative people's".split())


def _namesake_after(toks: list[Token], end: int) -> int:
    """The end of "named after <a person>" right after a body's name that ends at `end` ("named after G.I. Tsitovich",
    "named after Hero of the Soviet Union P.M. Masherov", "named after Euphrosyne of Polotsk"); `end` when none."""
    if end + 2 >= len(toks) or toks[end].low != "named" or toks[end + 1].low != "after":
        return end
    k, last = end + 2, end
    initial = False
    while k < len(toks) and k - end < 12 and (initial or not toks[k].sentence_start):
        tk = toks[k]
        initial = tk.text == "." and toks[k - 1].end == tk.start and len(toks[k - 1].text) <= 2 and toks[k - 1].cap
        if tk.cap and tk.word:
            last = k + 1
        elif initial:
            pass  # "Ya. Kupala": an initial's dot
        elif tk.low in ("of", "the") and last > end and k + 2 < len(toks) \
                and (toks[k + 1].cap or (toks[k + 1].low == "the" and toks[k + 2].cap)):
            pass  # "Hero of the Soviet Union ...", "Yaroslav the Wise"
        else:
            break
        k += 1
    return last


def _given_and_two_surnames(toks: list[Token], i: int, places) -> bool:
    """A given name and two family names of the surname lists at token i, and no more capitalized words: the
    Spanish and Portuguese father's and mother's surnames ("Yanelys Rodríguez Fonseca", "Guadalupe Hernández
    Castillo"), a person even where a company's cue comes before ("vice president of the group ...")."""
    if i + 2 >= len(toks) or (i + 3 < len(toks) and toks[i + 3].cap and toks[i + 3].word):
        return False
    words = toks[i:i + 3]
    if not all(t.cap and NAME_WORD.match(t.text) and not t.allcaps for t in words) \
            or any(t.sentence_start for t in words[1:]) or any(places.find(t.text) for t in words[1:]):
        return False
    given = words[0]
    if places.find(given.text) and given.text not in foreign_first_names():
        return False  # (a town's name before them: a company's, "Monterrey Garza Sada")
    return given.low not in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.LOCATIONS | lx.NON_NAME \
        and (given.text in foreign_first_names() or given.text not in foreign_surnames()) \
        and all(t.text in foreign_surnames() for t in words[1:])


def _person_of_body(toks: list[Token], i: int) -> bool:
    """A person's first name and one or two more names open the capitalized run at `i` and "of" follows them:
    "Kenji Sato of Tohoku University" is a researcher of the university, not one body's name (not "Yanka
    Kupala State University of Grodno": a body's head comes before its "of")."""
    t = toks[i]
    if not (t.low in lx.FIRST_NAMES or t.text in foreign_first_names()) or t.low in lx.ORG_HEADS | lx.LOCATIONS:
        return False
    for k in (i + 2, i + 3):
        if k < len(toks) and toks[k].low == "of" and all(
                toks[x].cap and toks[x].word and toks[x].low not in lx.ORG_HEADS | lx.LOCATIONS | lx.GENERIC_ORG_WORDS
                | lx.TITLE_WORDS | lx.NON_NAME for x in range(i + 1, k)):
            return True
    return False


def _spaced(toks: list[Token], start: int, end: int) -> str:
    """Tokens start..end-1 as the text wrote them (one space where the text had any)."""
    return "".join((" " if k > start and toks[k].start > toks[k - 1].end else "") + toks[k].text for k in range(start, end))


def _without_status(label: str) -> tuple[str, ...]:
    """An organization's name words without the words of its status ("State", "Central"): a short form
    and the full name of one body have the same."""
    return tuple(w for w in label.lower().split() if w not in _STATUS_WORDS)


_PLACE_WORD = object()  # an organization shape's answer: this word ends the search for one


def _place_word_at(toks: list[Token], i: int, starts) -> object | None:
    """A demonym, a place word or a word that opens sentences ("Polish", "Minsk", "The"): no company starts here."""
    t = toks[i]
    if t.low in lx.DEMONYMS or t.low in lx.LOCATIONS or (t.sentence_start and t.low in lx.SENTENCE_STARTERS):
        return _PLACE_WORD
    return None


def _acronym_trade_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A company named by its initials and its trade: "COFCO Engineering", "SINOMACH Heavy Machinery" (an
    unknown acronym of three letters or more, one or two words, a trade that ends the capitalized run);
    or by a name and "Agro", as farms of the CIS are ("Raimbek Agro", before its director's name or none)."""
    t = toks[i]
    if i + 1 < len(toks) and toks[i + 1].text == "Agro" and t.cap and t.word and i not in starts and i + 1 not in starts \
            and t.low not in lx.NON_NAME and t.low not in lx.TITLE_WORDS \
            and t.low not in lx.ORG_HEADS and toks[i + 1].start == t.end + 1 \
            and not (i + 2 < len(toks) and toks[i + 2].cap and toks[i + 2].word and toks[i + 2].low not in lx.FIRST_NAMES
                     and toks[i + 2].text not in foreign_first_names()):
        return Mention(t.start, toks[i + 1].end, "", "organization", candidate=Candidate("organization", f"{t.text} Agro"),
                       tok_start=i, tok_end=i + 2)
    if not (t.allcaps and t.word and t.text.isalpha() and len(t.text) >= 3) or i in starts or t.low in lx.LOCATIONS:
        return None
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].cap and toks[j].word and not toks[j].allcaps and j not in starts:
        j += 1
    if j == i + 1 or toks[j - 1].low not in _TRADE_TAILS or (j < len(toks) and toks[j].cap and toks[j].word):
        return None
    return Mention(t.start, toks[j - 1].end, "", "organization",
                   candidate=Candidate("organization", " ".join(toks[k].text for k in range(i, j))), tok_start=i, tok_end=j)


def _latin_company_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A company named in Latin letters on a Russian or Belarusian page, after the word for a company:
    "китайская компания Anhui Conch Cement", "турэцкая кампанія Doğru Gıda"."""
    if i == 0 or not toks[i].cap or not toks[i].text[:1].isascii() or i in starts:
        return None
    if not _CYRILLIC_COMPANY_CUE.match(toks[i - 1].text) and not (  # (or one word after it: "производителю шин")
            i >= 2 and _CYRILLIC_COMPANY_CUE.match(toks[i - 2].text) and CYRILLIC.match(toks[i - 1].text)
            and toks[i - 1].text.islower()):
        return _latin_body_in_cyrillic(toks, i)
    j = i
    # (a name's later words may be in lower case: "литовская компания Vilniaus duona")
    while j < len(toks) and j - i < 5 and toks[j].word and (toks[j].cap or toks[j].text[:1].isdigit() or j > i) \
            and not CYRILLIC.search(toks[j].text) and not toks[j].sentence_start:
        j += 1
    label = " ".join(toks[k].text for k in range(i, j))
    return Mention(toks[i].start, toks[j - 1].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=j)


def _latin_body_in_cyrillic(toks: list[Token], i: int) -> Mention | None:
    """A foreign body written in Latin letters inside Russian or Belarusian words, its English head word
    ending the name: "соглашение с Hunan TV из провинции Хунань", "в Leipzig Zoo" (no cue word needed)."""
    if not CYRILLIC.search(toks[i - 1].text):
        return None
    j = i
    while j < len(toks) and j - i < 4 and toks[j].word and toks[j].cap and toks[j].text.isascii() and not toks[j].sentence_start:
        j += 1
    if j - i < 2 or toks[j - 1].low not in lx.ORG_HEADS or (j < len(toks) and toks[j].text[:1].isascii() and toks[j].word):
        return None
    return Mention(toks[i].start, toks[j - 1].end, "", "organization",
                   candidate=Candidate("organization", " ".join(t.text for t in toks[i:j])), tok_start=i, tok_end=j)


# a body's kind in the language of its country, first in its name: "Associazione Aiutiamoli a Vivere",
# "Fundacja Dzieci Czarnobyla", "Stiftung Kinder von Tschernobyl"
_FOREIGN_BODY_KINDS = frozenset("""associazione fondazione asociación asociacion fundación fundacion associação associacao
fundação fundacao stowarzyszenie fundacja verein stiftung fondation asociația asociatia fundația fundatia
sdružení nadace istituto instituto institut instytut institutul universidad università universita universität
universitat universidade uniwersytet univerzita universitatea ayuntamiento comune municipio câmara camara
urząd urzad ministerio ministero ministerium ministère ministere consejo consiglio sociedad società societa
gesellschaft verband agencia agenzia agentur agence agência agencia banco banca fundacja fondazione
biblioteca bibliothèque museo musée muzeum teatro théâtre orquesta coro""".split())
_FOREIGN_PARTICLES = frozenset("a di per del della dei delle la le de des du e y für fur und von der na dla i pentru și si "
                               "il lo el los las do da dos das al alla allo ai".split())


# a body's branch in a town, named before the body ("the Mogilev branch of the ...", "Гомельским отделением ...")
_BRANCH_BEFORE = re.compile(r"(?<![\w'’-])(?!The )([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)??)(?: (?:Oblast|Regional|Region|District|City))? (branch|office|"
                            r"representative office|subsidiary|affiliate|chapter) of (?:the )?\Z")
_POSSESSIVE_TOWN = re.compile(r"(.+?)['’]s ([A-Z][\w'’-]+)$")  # "... Industry's Vitebsk" (a name run on)
_BRANCH_AFTER = re.compile(r"['’]s [A-Z][\w'’-]+ (branch|office|representative office|subsidiary)\b")
_BRANCH_BEFORE_CYR = re.compile(r"([А-ЯЁІЎ][а-яёіў]+(?:ск|цк)\w*) (филиал|отделени|представительств|філіял|філі|"
                                r"аддзяленн|аддзялен|прадстаўніцтв)\w* \Z")


# A theatre, art centre, palace or arena is a body where it acts, owns or employs ("actors of the Gomel
# Drama Theatre", "paintings go to the Art Centre") and a building where the page puts someone in it or
# takes someone to see it ("performed at the Bolshoi Theatre", "visited the Marc Chagall Art Centre",
# "в Большом театре"): then it is a venue, no facet value.
_VENUE_HEAD = re.compile(r"(?:\b(?:Theatre|Theater|Palace|Arena|Hall|Stadium|Circus|Cinema|Arts? Cent(?:re|er)|Opera House|Airport)"
                         r"|(?:театр|тэатр|дворц|палац|арен|арэн|арт-цэнтр|арт-центр|цирк|цырк)\w*)$", re.I)
_VENUE_BEFORE = re.compile(r"(?:\b(?:at|in|inside|outside|near|visited|visit|visiting|toured|tour of|tours of|stage of|"
                           r"foyer of|walls of|building of)(?: the)?|(?<![\w-])(?:в|у|ў|на сцене|на сцэне|возле|около|каля|ля))\s+\Z",
                           re.I)
_LOCATIVE_END = re.compile(r"(?:е|і|ы)$")
# ... and an airport one goes through, flies from or to ("brought through Hamad International Airport"), as
# against one that acts ("Brest Airport agreed the route")
_AIRPORT_BEFORE = re.compile(r"\b(?:through|via|from|to|into|out of)(?: the)?\s+\Z", re.I)
# ... or the next item of a list of sights after such a word ("visited the Old Castle, the Grodno Drama
# Theatre and the market"), the list going on or ending after it (not "..., the Theatre staged")
_VENUE_LIST_BEFORE = re.compile(r"\b(?:at|visited|visit|visiting|toured|tour of|tours of)\s+(?:the\s+)?[A-Z][^.;:!?()\n]*?"
                                r"(?:,|\band)\s+(?:the\s+)?\Z")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|[.;]|\Z)")


_OCCASION_AFTER = re.compile(r"(?:[ -]+[A-Z][\w-]*){0,2}[ -]+([A-Z][a-z]+)(?![\w-])(?![ -]+[A-Z])")


def _occasion_after(text: str, end: int) -> bool:
    """Whether an event's or a holiday's name goes on after a body's name that ends at `end` ("CIS Food
    Week", "MTZ Cup"; not "the BelCCI Exhibition Centre")."""
    m = _OCCASION_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in lx.OCCASION_HEADS


def _venue_named(text: str, m: Mention) -> bool:
    """The organization mention `m` names a building the page takes someone to or puts an event in."""
    if not text:
        return False
    name = re.sub(r"\s+(?:кукол|лялек)$", "", text[m.start:m.end])  # "в театре кукол": the theatre's case
    if not _VENUE_HEAD.search(name):
        return False
    if name.endswith("Airport") and _AIRPORT_BEFORE.search(text, max(0, m.start - 20), m.start):
        return True
    if not _VENUE_BEFORE.search(text, max(0, m.start - 20), m.start):
        return bool(_VENUE_LIST_BEFORE.search(text, max(0, m.start - 160), m.start)) \
            and bool(_LIST_GOES_ON.match(text, m.end))
    last = name.split()[-1]
    # a Cyrillic name after в/у only in its locative ("в Большом театре", not "в Большой театр": a direction)
    return not CYRILLIC.search(last) or bool(_LOCATIVE_END.search(last))


# the words of a church's name as a body between its people and "Church"
_DENOMINATIONS = frozenset("apostolic orthodox catholic greek-catholic evangelical lutheran reformed protestant "
                           "baptist methodist anglican coptic autocephalous".split())
_CHURCH_BODY = re.compile(r"[A-Z][\w-]+ (?:(?:" + "|".join(sorted(_DENOMINATIONS)) + r") )+Church", re.I)
# the faiths a town's religious community is named after ("the Ivye Muslim community")
_FAITHS = frozenset("muslim jewish orthodox catholic roman-catholic protestant lutheran evangelical baptist".split())
_PERFORMER_KINDS = frozenset("ensemble choir band orchestra troupe quartet trio".split())


def _embassy_in_capital(label: str) -> str:
    """"Embassy of Turkmenistan in Minsk" is its embassy in Belarus (one body, one facet value)."""
    return re.sub(r"^(Embassy of .+) in Minsk$", r"\1 in Belarus", label)


def _association_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A charity or association abroad named in its own language, its kind first."""
    if toks[i].low not in _FOREIGN_BODY_KINDS or i in starts:
        return None
    j, last = i + 1, None
    while j < len(toks) and j - i < 8 and toks[j].word and not toks[j].sentence_start \
            and (toks[j].cap or (toks[j].low in _FOREIGN_PARTICLES and j + 1 < len(toks) and toks[j + 1].word)):
        if toks[j].cap:
            last = j
        j += 1
    if last is None:
        return None
    label = " ".join(t.text for t in toks[i:last + 1])
    return Mention(toks[i].start, toks[last].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=last + 1)


def _without_legal_suffix(m: Mention, text: str) -> Mention:
    """An organization mention over the legal form written after it, labelled without it:
    "Shandong Jinjing Composite Materials Co., Ltd." is Shandong Jinjing Composite Materials."""
    if m.type != "organization" or m.entity_id or m.candidate is None:
        return m
    label = _LEGAL_TAIL.sub("", m.candidate.label)
    tail = re.match(r"\A\.?(?:\s*,)?\s*(?:Ltd\.?|z\s*o\.\s*o\.)", text[m.end:]) if label != m.candidate.label else None
    suffix = tail or _LEGAL_SUFFIX.match(text[m.end:])
    if label == m.candidate.label and suffix is None:
        return m
    if suffix is not None:
        m.end += suffix.end()
    if label and label[:1].isupper():
        m.candidate = Candidate("organization", label, dict(m.candidate.labels), list(m.candidate.aliases))
    return m
def _with_written_form(m: Mention, text: str) -> Mention:
    """A company labelled without the legal form written with it keeps the written name among its own:
    "OJSC Zhitkovichsky Agroservis" and "Yildiz Kimya A.Ş." name the Zhitkovichsky Agroservis and Yildiz
    Kimya a reader filters by, and a search or another page may spell them either way."""
    if m.type != "organization" or m.entity_id or m.candidate is None:
        return m
    label, written = m.candidate.label, " ".join(text[m.start:m.end].split())
    written = written[4:] if written.startswith(("the ", "The ")) else written
    before, after = written[:-len(label)].strip(), written[len(label):]
    if written != label and written not in m.candidate.aliases and (
            (written.endswith(" " + label) and before.lower() in lx.LEGAL_FORMS)
            or (written.startswith(label) and _LEGAL_SUFFIX.fullmatch(after))):
        m.candidate.aliases.append(written)
    return m


# the publisher's own council named without its town ("Старшыня раённага Савета дэпутатаў")
_BARE_DISTRICT_COUNCIL = re.compile(r"(?<![\w-])(?:[Рр]айонн|[Рр]аённ)\w*\s+(?:Совет|Савет)\w*\s+(?:депутатов|дэпутатаў)")
# the publisher's own committee named without its town ("Председатель райисполкома")
_BARE_DISTRICT_COMMITTEE = re.compile(r"(?<![А-Яа-яЁёІіЎў-])(?:[Рр]айисполком|[Рр]айвыканкам)\w*")
_BARE_CITY_COMMITTEE = re.compile(r"(?<![А-Яа-яЁёІіЎў-])(?:[Гг]орисполком|[Гг]арвыканкам)\w*")
# the word before a bare committee or council in the genitive, and the prepositions that govern one
# there (a noun there makes it "of the committee": a post's, a department's)
_WORD_BEFORE = re.compile(r"([А-Яа-яЁёІіЎў]+)[\s«»\"„“]*\Z")
_GENITIVE_PREPOSITIONS = frozenset("""из от у до для без возле около после кроме со с при
    з ад ля каля да без пасля акрамя са""".split())


def _of_a_noun(text: str, hit: re.Match) -> bool:
    """A bare committee or council in the genitive after a noun: "председатель райисполкома",
    "управления образования райвыканкама", "Старшыня раённага Савета дэпутатаў"."""
    if not re.match(r"(?:\w+[ао]ма\b|\w+(?:ого|ага)\s)", hit.group(0) + " "):
        return False
    before = _WORD_BEFORE.search(text, max(0, hit.start() - 40), hit.start())
    return before is not None and before.group(1).lower() not in _GENITIVE_PREPOSITIONS


_QUALIFIER = re.compile(r"\bof (?:the )?(?:Republic of )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)|"
                        r"(?<![иі] )\b([А-ЯЁІЎ][а-яёіў’'-]+)(?: (?:в|у) [А-ЯЁІЎ]\w+)?$|"
                        # "хокимият Ферганской области", "адміністрацыя Смаленскай вобласці": a region's body
                        r"\b([А-ЯЁІЎ][а-яёіў’'-]+(?:ой|ей|ай|ого|ага) (?:области|вобласці|края|краю|провинции|правінцыі|"
                        r"штата|округа|акругі))$")
# titles of fairy-tale figures and royalty, not posts: "Father Frost", "King Arthur"
_NOT_POSTS = frozenset("father mother lady lord sir dame king queen prince princess".split())
# title words that qualify a post or anything else: "the first Kalyon modules", "the general Minsk plan"
_POST_ADJECTIVES = frozenset("first deputy general chief major principal executive acting senior junior leading".split())


_AGENT_VERBS = frozenset("led headed represented chaired signed presented hosted opened welcomed".split())
_ROLE_NOUNS = lx.TITLE_WORDS | frozenset("owner owners founder co-founder partner proprietor".split())
_POST_LINKS = frozenset("of at for in".split())


# the endings of a profession's name ("Epidemiologist", "Dietician", "Inspector"), for one no list has
_PROFESSION = re.compile(r"(?:ist|ian|er|or|ant|ent)$")
# ... and of an occupation's ("Entrepreneur", "Sportsman", "Milkmaid", "Trainee", "Hostess")
_OCCUPATION = re.compile(r"(?:ist|ian|er|or|ant|ent|eur|man|woman|maid|ee|ess)$")


def _occupation(t: Token) -> bool:
    """Whether a capitalized word before a first name is what its holder does, not a first or second name
    ("Entrepreneur Ruslan Akhmedov"; not "Christian Anna ...", "Walter Frank ...": first names themselves)."""
    return (t.low in lx.TITLE_WORDS or _OCCUPATION.search(t.low) is not None) and t.low not in lx.FIRST_NAMES \
        and t.text not in foreign_first_names() and t.text.isalpha()


def _see_before(toks: list[Token], k: int, places) -> bool:
    """A clergyman's title and his see end right before `k`: "Bishop of Slutsk and Soligorsk", "Metropolitan of
    Minsk and Zaslavl"."""
    j = k - 1
    while j >= 2 and (toks[j].cap and places.is_place_phrase(toks[j].text)) and toks[j - 1].low in ("and", "of"):
        if toks[j - 1].low == "of":
            return toks[j - 2].low in CLERGY
        j -= 2
    return False


def _post_of_before(toks: list[Token], k: int) -> bool:
    """A post "of" something opens the clause the name at `k` ends, no verb between: "Imam of the Lida Muslim
    community Rustam Ilyasovich", "Winner of the kuresh tournament Timur Bogdanovich" (name the holder)."""
    for j in range(k - 1, max(0, k - 12), -1):
        t = toks[j]
        if not t.word or acts(toks, j) or t.low in _CLAUSE_WORDS:
            return False
        if t.low == "of" and toks[j - 1].low in lx.TITLE_WORDS:
            return True
    return False




# the posts of a company's or body's management whose "of" names the body ("managing director of ...")
_MANAGING_POSTS = frozenset("""director president vice-president chairman chairwoman ceo founder co-founder owner
manager head executive partner""".split())
# kind words in lower case after the body's name that end it ("the Meloman chain", "the Sonalika group")
_POST_BODY_KINDS = frozenset("chain company group holding corporation concern brand network firm".split())
# words that end a post's phrase: a clause or another subject begins ("head of the farm who ...")
_CLAUSE_WORDS = frozenset("""who whom whose which that this these those he she it they his her its their him them
is are was were be been has have had will would can could may might must shall should not also as with by from
at after before when while where then there than said""".split())
# lower-case words of the body a post belongs to ("head of the district administration", "director of
# the regional tourism department"): the post goes on over them to its holder's name
_POST_BODY_WORDS = lx.ORG_HEADS | lx.LOWERCASE_ORG_HEADS | frozenset("""district city town village regional oblast
region rural municipal local executive main tourism education health agriculture culture sports ideology economy
""".split())
_ATTRIBUTIVE_HEADS = frozenset("""directorate department administration office board staff management
committee council service team community diaspora parish""".split())


def _speech_ahead(toks: list[Token], k: int, limit: int = 15) -> bool:
    """A speech verb ("said", "added") follows within the sentence: the words before it name a speaker."""
    for j in range(k, min(k + limit, len(toks))):
        if toks[j].text in SENTENCE_END or toks[j].text in ('"', "“", "”", "«"):
            return False
        if toks[j].low in SPEECH:
            return True
    return False


def _post_goes_on(toks: list[Token], k: int) -> bool:
    """A lower-case post that says of what: "head of", "assistant minister at", "deputy director of"."""
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].low in _POST_LINKS:
            return j > k
        if toks[j].cap or toks[j].low not in lx.TITLE_WORDS:
            return False
    return False


# roles a body fills too ("Golden Harvest, a member of the association")
_BODY_ROLES = frozenset("member members partner participant owner founder co-founder winner resident supplier".split())


def _post_with_article(toks: list[Token], k: int) -> bool:
    """"a senior adviser at ...", "an official of ...": a post with an article and at most two words
    before it, that says where (a person's apposition; not "a village of", "a company from")."""
    if k >= len(toks) or toks[k].low not in ("a", "an"):
        return False
    for j in range(k + 1, min(k + 4, len(toks))):
        if toks[j].cap or not toks[j].text.isalpha():
            return False
        if (toks[j].low in lx.TITLE_WORDS or toks[j].low == "official") and toks[j].low not in _BODY_ROLES:
            # ("a chef from Kragujevac": where a person comes from)
            return j + 1 < len(toks) and (toks[j + 1].low in _POST_LINKS or toks[j + 1].low == "from")
    return False


def _lowercase_post(toks: list[Token], k: int) -> bool:
    """"production director of ...", "chief agronomist at ...": a post in lower case, at most three
    words, that says where (a person's apposition after a comma)."""
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].cap or not toks[j].text.isalpha() or toks[j].low in ("a", "an", "the"):
            return False
        if toks[j].low in lx.TITLE_WORDS and toks[j].low not in _BODY_ROLES and j + 1 < len(toks) \
                and toks[j + 1].low in _POST_LINKS:
            return True
    return False


def _role_before(toks: list[Token], comma: int) -> bool:
    """'the owner of the company, <name>': a role noun opens the phrase before the comma."""
    if comma < 0 or toks[comma].text != ",":
        return False
    for j in range(comma - 1, max(comma - 8, -1), -1):
        t = toks[j]
        if t.text in SENTENCE_END or t.text == ",":
            return False
        if not t.cap and t.low in _ROLE_NOUNS and j and toks[j - 1].low in ("the", "its", "his", "her", "their"):
            return True
    return False


def _inside_a_longer_name(toks: list[Token], i: int, n: int) -> bool:
    """Tokens i..i+n are part of a longer capitalized name: a capitalized word right before them (not
    a sentence's first), right after them, after an "of"/"and" that follows them, or -- one word alone -- after
    an "of"/"and"/"for" that follows a capitalized word (a learned "Development" is no part of "the European Bank for
    Reconstruction and Development"; a longer learned name after "X and" is a second body: "Belshina and Lakeland
    Development Group")."""
    before = i > 0 and toks[i - 1].cap and not toks[i].sentence_start
    after = i + n < len(toks) and toks[i + n].cap
    linked = i + n + 1 < len(toks) and toks[i + n].low in ("of", "and", "for") and toks[i + n + 1].cap
    linked_before = n == 1 and i >= 2 and toks[i - 1].low in ("of", "and", "for") and toks[i - 2].cap \
        and not toks[i - 2].sentence_start
    return before or after or linked or linked_before


def _local_post_before(toks: list[Token], i: int) -> bool | None:
    """Whether the post whose holder is named at `i` is one no curated person of the registry holds: True after
    "chief engineer", "Cardiologist", "Head of the Department of Veterinary Supervision of the Ministry ...";
    False after "Governor", "Minister of Education", "Head of the Presidential Administration"; None where no
    post opens the clause."""
    sub_body = False
    for j in range(i - 1, max(-1, i - 25), -1):
        t = toks[j]
        if t.text in SENTENCE_END or t.text in (",", ";", ":") or t.text in OPEN_QUOTES or t.text in ('"', "”", "»") \
                or (not t.cap and (t.low in _CLAUSE_WORDS or acts(toks, j))):
            return None
        low = t.low.rstrip(".")
        if low in lx.SUB_BODIES:
            sub_body = True
        if low in lx.TITLE_WORDS or _SPECIALIST.search(low):
            if low in lx.STATE_POSTS or (low == "general" and j and toks[j - 1].low in lx.STATE_POSTS):
                # (a deputy minister is no minister; a deputy prime minister is a curated person too)
                return j > 0 and toks[j - 1].low in ("deputy", "vice", "assistant")
            # an office's generic head ("Head of the Presidential Administration") may be a curated person
            return sub_body or low not in _GENERIC_HEADS
    return None


def _registry_namesake_may_be_meant(toks: list[Token], i: int) -> bool:
    """Whether a bare surname at `i` may mean the registry's curated person of that surname: not after a post
    no curated person holds (`_local_post_before`: the story's own worker), nor -- no post before it -- as the
    last word of a longer capitalized name ("the Kalievaya Gora viewpoint": a hill, not Minister Gora).
    "Governor Parkhomchik", "Minister of Education Ivanets", "Lukashenko said" still mean the registry's."""
    local = _local_post_before(toks, i)
    if local is not None:
        return not local
    return not (i > 0 and toks[i - 1].cap and not toks[i].sentence_start and toks[i - 1].text.isalpha()
                and toks[i - 1].low not in lx.TITLE_WORDS)


# the generic heads of an office, who may be a curated person when the office is no sub-body ("Head of the
# Presidential Administration", "Director of the Foreign Intelligence Service")
# the nouns a portfolio ends with ("Affairs", "Industry", "Agriculture"), and abstract nouns of any field by their
# ending, no surname's ("Devolution", "Procurement", "Sustainability")
_PORTFOLIO_HEAD = re.compile(r"(?:s|ment|tion|sion|ity|ry|ure|ism)$")
_ABSTRACT_NOUN = re.compile(r"^[a-z]{4,}(?:ment|tion|sion|ity|ism)$")


def _portfolio_noun(low: str) -> bool:
    """Whether the lower-case word is the noun a post's portfolio ends with: "... for Provincial Affairs", "... and
    Devolution", "... of Heavy Industry" (never the holder's surname)."""
    return (low in PORTFOLIO_WORDS and _PORTFOLIO_HEAD.search(low) is not None) or _ABSTRACT_NOUN.match(low) is not None


_MONASTIC_NAME = re.compile(r"\S+ \(\S+\)")  # "Ioann (Gvaramia)": a monk's name and his secular surname
_GENERIC_HEADS = frozenset("head chief director director-general deputy first acting secretary leader".split())
# the ending of a medical or learned specialist's name no list has: "cardiologist", "psychiatrist", "radiographer"
_SPECIALIST = re.compile(r"[a-z]{3,}(?:ologist|iatrist|ographer|ician)$")


def _titled_surname(toks: list[Token], m: Mention) -> bool:
    """A lone capitalized word right after a post title ("Director Shkurat", "Governor Subbotin"), also
    one in lower case with its field ("the chief engineer Kovalchuk", "deputy director for personnel
    Grishkevich"), or with the body it heads ("chief agronomist of the district Tkachuk"), that reads as a
    surname: not a first name, place word, initial or acronym."""
    word = toks[m.tok_start] if m.tok_end == m.tok_start + 1 else None
    k = m.tok_start - 1
    if k >= 2 and not toks[k].cap and toks[k].text.isalpha() and toks[k - 1].low == "for":
        k -= 2  # "director for personnel"
    body = k
    while body > k - 5 and body >= 0 and not toks[body].cap and toks[body].text.isalpha() \
            and toks[body].low not in lx.TITLE_WORDS and toks[body].low != "the" \
            and (toks[body].low != "of" or body < k):
        body -= 1  # "of the district", "of the district hospital", "of the sector of ideological work"
    if body < k and body >= 2 and toks[body].low == "the" and toks[body - 1].low == "of" \
            and toks[body - 2].low.rstrip(".") in lx.TITLE_WORDS and toks[body - 2].low not in _POST_ADJECTIVES:
        k = body - 2
    if body < k and body >= 0 and _parent_of(toks, body):
        return word is not None and not word.allcaps and len(word.text) >= 3 and NAME_WORD.match(word.text) \
            and word.low not in _NOT_SURNAMES and SURNAME_ENDING.search(word.text) is not None
    post = toks[k].low.rstrip(".") if k >= 0 else ""
    # (in lower case a post noun, not an adjective of anything: "the first Kalyon PV modules")
    lowercase = k >= 0 and not toks[k].cap and toks[k].text.isalpha() and post not in _POST_ADJECTIVES \
        and not (m.tok_end < len(toks) and toks[m.tok_end].cap)
    return word is not None and lx.post_word(post) and post not in _NOT_POSTS \
        and (toks[k].cap or lowercase) and not word.allcaps and len(word.text) >= 3 \
        and NAME_WORD.match(word.text) and word.low not in _NOT_SURNAMES


# lower-case bodies a person comes "from the ... of" ("from the municipality of Izmir")
_BODIES_FROM = lx.ORG_HEADS | lx.LOWERCASE_ORG_HEADS | frozenset("municipality city town region province mayoralty".split())
# a parent named by the family ("Mother of nine children Bondarchuk", "the father of five Kovalenko")
_PARENTS = frozenset("mother father grandmother grandfather".split())


def _parent_of(toks: list[Token], k: int) -> bool:
    """The word at `k` is a parent "of" so many children: a role, its holder's surname follows."""
    return k + 2 < len(toks) and toks[k].low in _PARENTS and toks[k + 1].low == "of" \
        and (toks[k + 2].low in _NUMBER_WORDS or toks[k + 2].text.isdigit() or toks[k + 2].low == "many")


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen".split())


def _edits(a: str, b: str, limit: int) -> bool:
    """True when `a` and `b` are at most `limit` insertions, deletions or substitutions apart."""
    if abs(len(a) - len(b)) > limit:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return False
    return row[-1] <= limit


def _country_before(toks: list[Token], k: int) -> str | None:
    """The country a demonym or possessive at token k names ("Kazakh", "Azerbaijan's"), else None."""
    if k < 0:
        return None
    if toks[k].low in lx.DEMONYM_COUNTRY:
        return lx.DEMONYM_COUNTRY[toks[k].low]
    m = re.fullmatch(r"(.+)['’]s", toks[k].text)
    if m and m.group(1) in _COUNTRIES:
        return m.group(1)
    return None


# a monument to someone, any case: "к памятнику Петру Мстиславцу", "ля помніка Францыску Скарыну"
# an event's capitalized head right before a name, the person it is named for: "the Grand Prix Ivan Poddubny",
# "the Memorial Alexander Medved" (a name of its own, no "of"/"named after" between)
_EVENT_NAMED_FOR = re.compile(r"\b(?:Prix|Cup|Memorial|Tournament|Trophy)\s+\Z")
_MONUMENT_BEFORE = re.compile(r"(?:памятник|помнік|бюст|мемориальн\w*\s+доск|мемарыяльн\w*\s+дошк)\w*\s+$", re.I)


# what is dedicated to a saint or depicts one: "an image of St. Euphrosyne of Polotsk", "the church of
# Saint Cyril of Turov" (not "the cross of Saint Euphrosyne", hers)
_DEDICATED_TO = re.compile(r"\b(?:image|icon|fresco|mosaic|statue|sculpture|monument|bust|church|cathedral|chapel|"
                           r"monastery|convent|parish|temple|order|medal|feast|day|relics|brotherhood|sisterhood)s?"
                           r"\s+of\s+(?:the\s+)?(?:(St|Saint|Holy|Blessed|Venerable)\.?\s+)?$", re.I)


def _dedicated_to_saint(before: str, words: list[str]) -> bool:
    """A saint named after a noun of a thing dedicated to one or depicting one."""
    m = _DEDICATED_TO.search(before)
    return bool(m) and (m.group(1) is not None or (len(words) > 1 and lx.SAINTS.match(words[0].lower().rstrip("."))))


def _initial_fits(first_name: str, initials: str) -> bool:
    """Whether initials stand for the first name: "E.L." and "Ye.L." for Yevgeny (Е is E or Ye in
    English), "Yu.P." for Yuri, "A." for Anna or Анна."""
    def head(word: str) -> str:
        low = word.lower()
        return low[1:2] if re.match(r"y[aeiouо]", low) else low[:1]
    return head(first_name) == head(initials) or first_name[:1].upper() == initials[:1].upper()


def _initialled(m: Mention) -> bool:
    """A person mention made by `_initials_person_at` and not yet joined to a full name."""
    return m.type == "person" and m.entity_id is None and m.candidate is not None \
        and INITIALS.fullmatch(m.candidate.label.split()[0]) is not None and len(m.candidate.label.split()) == 2


def _abbreviation_at(text: str, start: int) -> bool:
    """'S. Trade' in 'U.S. Trade': the "initial" is the end of a dotted abbreviation."""
    m = re.search(r"(?:[A-Z]\.)+$", text[max(0, start - 8):start + 2])
    return bool(m) and m.group(0) in lx.ABBREVIATIONS


def _candidate_key(cand: Candidate) -> tuple:
    if cand.type == "person":
        return ("person", *(name_key(w) for w in cand.label.split()))
    return ("organization", cand.label.lower())


def slug(text: str) -> str:
    """'Dragan Glamočić' -> 'dragan-glamocic'."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-") or "entity"


# -- machine labels ----------------------------------------------------------------------------


# the Arabic article of a family name, joined by a hyphen or written apart ("Al-Balushi", "El Sayed", "Abdel-Aziz")
_ARABIC_ARTICLE_HYPHEN = re.compile(r"(?<![\w-])(Al|El|Abdel|Abdul|Ad|Ar|As|Ash|At|Az|An)-(?=[A-Z])")
_ARABIC_ARTICLE_APART = re.compile(r"(?<![\w-])(Al|El)\s+(?=[A-Z][a-z]{2,}$)")


def machine_entity(cand: Candidate, companies: CompanyNames | None = None) -> Entity:
    """A new registry entity with machine-made Russian and Belarusian labels (a company of a
    Belarusian town under the names it has in Russian and Belarusian: Ошмянский мясокомбинат)."""
    labels = {"en": cand.label}
    if cand.type == "person":
        labels.update(person_labels(cand.label))
    else:
        labels.update((companies.labels(cand.label) if companies else None) or org_labels(cand.label) or {})
    labels.update(cand.labels)  # the page's own language (and what it was respelled from) beat transliteration
    aliases = list(cand.aliases)
    if cand.type == "person":  # Maksim Dronov is the Maxim Dronov of another page
        aliases += [a for a in name_spellings(cand.label) if a not in aliases]
        # an Arabic family name's article written with a hyphen or apart: Al-Balushi is Al Balushi
        for article in (_ARABIC_ARTICLE_HYPHEN.sub(r"\1 ", cand.label), _ARABIC_ARTICLE_APART.sub(r"\1-", cand.label)):
            if article != cand.label and article not in aliases:
                aliases.append(article)
    if cand.type == "organization":
        variant = re.sub(r"(?<=[aeiou])ye\b|(?<=i)ye\b", "e", cand.label)  # Glubokoye / Glubokoe, Vitebskiye / Vitebskie
        variant = re.sub(r"\bYe(?=[a-z])", "E", variant)  # Yezerishche / Ezerishche
        if variant != cand.label:
            aliases.append(variant)
        variant = re.sub(r"(?<=[aeiou])ye(?=[a-z])", "e", variant)  # and inside a word: Novoyelnya / Novoelnya
        if variant != cand.label and variant not in aliases:
            aliases.append(variant)
        variant = re.sub(r"(?<=[aeou])y(?=[bcdfgklmnprstvz])", "i", cand.label)  # й: Veremeyki / Veremeiki, Buynichi / Buinichi
        if variant != cand.label:
            aliases.append(variant)
    m = re.match(r"^([\w-]+) District Executive Committee$", cand.label)
    if m:
        aliases.append(f"{m.group(1)} Regional Executive Committee")
    if cand.type == "organization":
        aliases += [a for a in _identity_forms(cand, companies) if a not in aliases]
    return Entity(id=slug(cand.label), type=cand.type, labels=labels, aliases=aliases, machine_labels=True,
                  origin="machine")


def _identity_forms(cand: Candidate, companies: CompanyNames | None) -> list[str]:
    """Other names of one organization that identify it as surely as its label (not "Regional" for
    "District", which names a committee of another level in the registry)."""
    forms = list(cand.aliases) + _other_forms(cand.label) + (companies.aliases(cand.label) if companies else [])
    folded = ascii_fold(cand.label)  # "Öztürk Tekstil" is the "Ozturk Tekstil" of a page typed without diacritics
    if folded != cand.label and folded.isascii():
        forms.append(folded)
    forms += _article_forms(cand.label)
    forms += [other for form in [cand.label, *forms] if (other := lx.other_spelling(form))]  # Centre/Center, Defence/Defense
    # a compound written with a hyphen or without: Cheese-Making Plant, Cheese Making Plant (its other names too:
    # "OJSC Slutsk Cheese-Making Plant")
    forms += [spaced for form in [cand.label, *forms] if (spaced := re.sub(r"(?<=[a-z])-(?=[A-Z][a-z])", " ", form)) != form]
    return [form for form in dict.fromkeys(forms) if form != cand.label]


# the nouns of a body another body belongs to, which English names with or without "the" after "of"
_PARENT_BODIES = r"(?:University|Academy|Society|Committee|Ministry|Union|Association|Federation|Institute|Council)"


def _article_forms(label: str) -> list[str]:
    """One body's name as the press writes it with or without an article before the body it belongs to
    ("Biological Station of the Belarusian State University" = "... of Belarusian State University"),
    without the person it is named after ("Museum of Old Belief named after F.R. Shklyarov"), with a
    plural possessive's apostrophe or without ("Beekeepers' Association" = "Beekeepers Association"), and a
    society's people before it or after it ("Society of Hunters and Fishermen" = "Hunters and Fishermen Society")."""
    out = []
    if " of the " in label:
        out.append(label.replace(" of the ", " of "))
    elif m := re.fullmatch(rf"(.+? of )((?:[A-Z][\w'’-]* )+{_PARENT_BODIES}\b.*)", label):
        out.append(f"{m.group(1)}the {m.group(2)}")
    named = re.fullmatch(r"(.+?),? named after (?:[A-Z][\w.'’ -]+)", label)
    if named and len(named.group(1).split()) >= 3 and not named.group(1)[-1:].isdigit():  # not "Gymnasium No. 1"
        out.append(named.group(1))
    if re.search(r"(?<=[a-z]s)['’] ", label):
        out.append(re.sub(r"(?<=[a-z]s)['’] ", " ", label))
    # the people a society is of, after it or before it: "Belarusian Society of Beekeepers" = "Belarusian
    # Beekeepers Society" = "Belarusian Beekeepers' Society"
    of_people = re.fullmatch(r"(.*?)\b(Society|Union|Association) of ([A-Z][a-z]+s(?: and [A-Z][a-z]+)?)", label)
    people_of = re.fullmatch(r"(.*?)\b([A-Z][a-z]+s(?: and [A-Z][a-z]+)?)['’]? (Society|Union|Association)", label)
    if of_people:
        out.append(f"{of_people.group(1)}{of_people.group(3)} {of_people.group(2)}")
        if of_people.group(3).endswith("s"):
            out.append(f"{of_people.group(1)}{of_people.group(3)}' {of_people.group(2)}")
    elif people_of:
        out.append(f"{people_of.group(1)}{people_of.group(3)} of {people_of.group(2)}")
    return out


_TOWN_SCHOOLS = "University|Academy|Conservatory|Conservatoire"  # a town's own: University of Belgrade
_ADJECTIVE_END = re.compile(r"(?:sky|skiy|ski|ska|skaya|ian|ese|ish|al|ic|ny|ary|ive)$")

_MINISTRY_SYNONYMS = (("Healthcare", "Health"), ("Health", "Healthcare"), ("Interior", "Internal Affairs"),
                      ("Internal Affairs", "Interior"), ("Emergencies", "Emergency Situations"),
                      ("Emergency Situations", "Emergencies"), ("Water Resources", "Water"),
                      ("Food Safety", "Food Security"), ("Food Security", "Food Safety"),  # продовольственная безопасность
                      ("Sport", "Sports"), ("Sports", "Sport"))  # (Ministry of Youth Affairs and Sport[s] of Tatarstan)
_OBLAST_CENTRES = ("Brest", "Vitebsk", "Gomel", "Grodno", "Minsk", "Mogilev")


_STATE_FORM = re.compile(r"^(?:the )?(?:(?:Islamic |Federal |Socialist |Democratic |Arab |People's )*Republic|Sultanate|"
                         r"(?:United )?Kingdom|State|Principality|Grand Duchy|Commonwealth) of (?:the )?")


def _embassy_forms(label: str) -> list[str]:
    """Every name the press gives one embassy or consulate: a foreign embassy on a Belarusian site is
    its embassy in Belarus, which the press names by the capital as often ("Embassy of India in Minsk",
    "... in Belarus", "Indian Embassy in Minsk"), its country by its long or short name ("the Republic
    of Turkey", "the Kyrgyz Republic" = Kyrgyzstan); one in another capital is another body ("Embassy
    of Sri Lanka in Moscow")."""
    m = re.fullmatch(r"(Embassy|Consulate General|Consulate) of (.+?)(?: in ((?:the )?[A-Z][\w'’ -]+))?", label)
    if m is None or " in " in m.group(2) or m.group(2) == "Belarus":
        return []
    kind, sender, seat = m.group(1), m.group(2), m.group(3)
    short = _STATE_FORM.sub("", sender)
    republic = re.fullmatch(r"(\w+) Republic", short)
    if republic and lx.DEMONYM_COUNTRY.get(republic.group(1).lower()):
        short = lx.DEMONYM_COUNTRY[republic.group(1).lower()]  # the Kyrgyz Republic: Kyrgyzstan
    senders = dict.fromkeys([sender, short.removeprefix("the "), short])
    demonym = lx.COUNTRY_DEMONYM.get(short.removeprefix("the ")) if kind == "Embassy" else None
    seats = ["", " in Belarus", " in Minsk"] if seat in (None, "Belarus", "Minsk") else [f" in {seat}"]
    if seat is None and kind != "Embassy":
        return []  # a consulate is named by its town
    forms = [f"{kind} of {name}{where}" for name in senders for where in seats]
    forms += [f"{demonym} {kind}{where}" for where in seats if demonym and where]
    return [form for form in dict.fromkeys(forms) if form != label]


def _other_forms(label: str) -> list[str]:
    """Other English names of one local body: a numbered school with its town before or after
    ("Narovlya Secondary School No. 1" = "Secondary School No. 1 of Narovlya"), an oblast's body as
    "Regional" or "Oblast" ("Mogilev Regional Museum of Local Lore" = "Mogilev Oblast Museum ...")."""
    out = department_forms(label)
    m = re.fullmatch(r"((?:[A-Z][\w'’-]* )+No\. \d+) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", label)
    if m:
        out.append(f"{m.group(2)} {m.group(1)}")
    m = re.fullmatch(r"Secondary School (No\. \d+) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", label)
    if m:  # a secondary school abroad as the English of China names one: "Qingdao No. 39 Middle School"
        out += [f"{m.group(2)} {m.group(1)} Middle School", f"{m.group(2)} Middle School {m.group(1)}"]
    m = re.fullmatch(r"([A-Z][\w'’-]+) ((?:[A-Z][\w'’-]* )+No\. \d+)", label)
    if m and m.group(1).lower() not in lx.GENERIC_ORG_WORDS | lx.ORG_HEADS | lx.CONNECTORS:
        out.append(f"{m.group(2)} of {m.group(1)}")
    m = re.fullmatch(r"(Khokimiyat|Hokimiyat|Akimat|Administration|Government) of ([A-Z][\w'’-]+) (Region|Oblast|Province)", label) \
        or re.fullmatch(r"([A-Z][\w'’-]+) (Region|Oblast|Province|Regional) (Khokimiyat|Hokimiyat|Akimat|Administration|Government)",
                        label)
    if m:  # "Khokimiyat of Fergana Region" = "Fergana Region Khokimiyat" = "Fergana Regional Khokimiyat"
        body, place, kind = (m.group(1), m.group(2), m.group(3)) if " of " in label else (m.group(3), m.group(1), m.group(2))
        kind = "Region" if kind == "Regional" else kind
        bodies = {body, {"Khokimiyat": "Hokimiyat", "Hokimiyat": "Khokimiyat"}.get(body, body)}
        out += [form for b in sorted(bodies) for form in (f"{b} of {place} {kind}", f"{place} {kind} {b}", f"{place} Regional {b}")
                if form != label]
    m = re.fullmatch(r"[A-Z][\w'’-]+ (?:Plant|Factory|Works) ([A-Z][\w'’-]+)", label)
    if m:  # "Gomel Plant Gidroprivod" is the Gidroprivod of ОАО «Гомельский завод «Гидропривод»»
        out.append(m.group(1))
    out += _embassy_forms(label)
    # a medical body by its field's adjective or noun: "Oncological Dispensary" = "Oncology Dispensary"
    field = re.sub(r"\b([A-Z][a-z]+log)ical\b", r"\1y", label)
    field = field if field != label else re.sub(r"\b([A-Z][a-z]+log)y (?=Dispensary|Cent(?:re|er)|Hospital|Clinic|Department|Institute)",
                                                r"\1ical ", label)
    if field != label:
        out.append(field)
    m = re.fullmatch(r"((?:Federal |State |National )?(?:Ministry|Department|Agency|Committee|Service) of .+) of (?:the )?([A-Z][\w ]+)",
                     label)
    if m and lx.COUNTRY_DEMONYM.get(m.group(2)) and m.group(2) != "Belarus":
        out.append(f"{lx.COUNTRY_DEMONYM[m.group(2)]} {m.group(1)}")  # "Ministry of Economy of Armenia" = "Armenian Ministry of Economy"
    m = re.fullmatch(r"((?:Ministry|Department|Agency|Committee) of [A-Z][\w ,]+?) of (?:the )?(?:Republic of )?([A-Z][\w'’-]+)"
                     r"(?: (Oblast|Region))?", label)
    if m and m.group(2) != "Belarus":
        # a body of a republic or region abroad by every name the press gives it: "Ministry of Education of the
        # Republic of Tatarstan" = "... of Tatarstan" = "Tatarstan Ministry of Education"; "Ministry of
        # Agriculture of Kaluga Oblast" = "... of Kaluga Region" = "Kaluga Region Ministry of Agriculture"
        body, place, kind = m.groups()
        seats = [f"{place} {k}" for k in ("Oblast", "Region")] if kind else [place, f"the Republic of {place}"]
        out += [f"{body} of {seat}" for seat in seats] + [f"{seat} {body}" for seat in seats if not seat.startswith("the ")]
    for word, other in _MINISTRY_SYNONYMS:  # "Ministry of Healthcare of Uzbekistan" = "Ministry of Health of ..."
        for form in [label, *out]:  # (and its other forms: "Tatarstan Ministry of Healthcare")
            if ("Ministry of " in form or " Department" in form) and re.search(rf"\b{word}\b", form):
                out.append(re.sub(rf"\b{word}\b", other, form))
    m = re.fullmatch(r"([A-Z][a-z]+) (Oblast|Regional) (.+)", label)
    if m and m.group(1) in _OBLAST_CENTRES and not m.group(3).startswith("Executive Committee"):
        out.append(f"{m.group(1)} {'Regional' if m.group(2) == 'Oblast' else 'Oblast'} {m.group(3)}")
    # a Russian (any foreign) oblast's body: the press writes "Region" where Belarus keeps "Oblast"
    # ("Ministry of Agriculture of Kaluga Oblast" = "... of Kaluga Region" = "Kaluga Region Ministry of Agriculture",
    # "Bryansk Oblast Duma" = "Bryansk Regional Duma")
    m = re.fullmatch(r"(.+) of (?:the )?([A-Z][\w'’-]+) Oblast", label)
    if m and m.group(2) not in _OBLAST_CENTRES and " of " not in m.group(1)[-4:]:
        out += [f"{m.group(1)} of {m.group(2)} Region", f"{m.group(1)} of the {m.group(2)} Region", f"{m.group(2)} Region {m.group(1)}"]
    m = re.fullmatch(r"([A-Z][\w'’-]+) Oblast ([A-Z].+)", label)
    if m and m.group(1) not in _OBLAST_CENTRES:
        out += [f"{m.group(1)} Regional {m.group(2)}", f"{m.group(1)} Region {m.group(2)}"]
    # a local department named by its field before or after: "Slavgorod District Department of Emergency
    # Situations" = "Slavgorod District Emergency Situations Department"
    m = re.fullmatch(r"(.+ (?:District|Oblast|Regional|City)) (Department|Directorate|Division) of ([A-Z][\w ,]+)", label)
    if m and " of " not in m.group(3):
        out.append(f"{m.group(1)} {m.group(3)} {m.group(2)}")
    m = re.fullmatch(r"(.+ (?:District|Oblast|Regional|City)) ([A-Z][\w ,]+) (Department|Directorate|Division)", label)
    if m and " of " not in m.group(2) and m.group(2) not in ("Executive Committee",):
        out.append(f"{m.group(1)} {m.group(3)} of {m.group(2)}")
    m = re.fullmatch(r"((?:Main )?)([A-Z][\w ,]+?) Department of the (.+)", label)
    if m and " of " not in m.group(2):  # "Education Department of the X" = "Department of Education of the X"
        out.append(f"{m.group(1)}Department of {m.group(2)} of the {m.group(3)}")
    m = re.fullmatch(r"((?:Main )?)Department of ([A-Z][\w ,]+?) of the (.+)", label)
    if m:
        out.append(f"{m.group(1)}{m.group(2)} Department of the {m.group(3)}")
    m = re.fullmatch(r"([A-Z][\w'’-]+ (?:District|Oblast|Regional|City)) (Prosecutor's Office|Court)", label)
    if m:  # "Lida District Prosecutor's Office" = "Prosecutor's Office of the Lida District"
        out += [f"{m.group(2)} of the {m.group(1)}", f"{m.group(2)} of {m.group(1)}"]
    m = re.fullmatch(r"(Prosecutor's Office|Court) of (?:the )?([A-Z][\w'’-]+ (?:District|Oblast|Regional|City))", label)
    if m:
        out.append(f"{m.group(2)} {m.group(1)}")
    m = re.fullmatch(r"Administration of the ([A-Z][\w'’-]+) District of ([A-Z][\w'’-]+)", label) \
        or re.fullmatch(r"([A-Z][\w'’-]+) District Administration of ([A-Z][\w'’-]+)", label)
    if m:  # "Administration of the Frunzensky District of Minsk" = "Frunzensky District Administration of Minsk";
        # the district's adjective ends in -sky or -skoy as its stress falls (Заводской: Zavodskoy, Zavodsky)
        district = m.group(1)
        for name in {district, re.sub(r"skoy$", "sky", district), re.sub(r"sky$", "skoy", district)}:
            out += [f"Administration of the {name} District of {m.group(2)}", f"{name} District Administration of {m.group(2)}"]
        out = [form for form in dict.fromkeys(out) if form != label]
    m = re.fullmatch(r"(.+?) of (?:the )?([A-Z][\w'’-]+ District)", label)
    if m and not re.match(r"(?:Administration|Court|Prosecutor's Office)$", m.group(1)):
        # "Centre of Culture and Leisure of the Kobrin District" = "Kobrin District Centre of Culture and Leisure"
        out += [f"{m.group(2)} {m.group(1)}", f"{m.group(1)} of {m.group(2)}", f"{m.group(1)} of the {m.group(2)}"]
    m = re.fullmatch(r"(.* Cent(?:er|re)) (for|of) (.+)", label)  # "Center for Hygiene and Epidemiology" = "Center of ..."
    if m:
        out.append(f"{m.group(1)} {'of' if m.group(2) == 'for' else 'for'} {m.group(3)}")
    # a department of a Belarusian ministry by its own name alone, as the home press writes it: "Department of
    # Veterinary and Food Supervision (of the Ministry of Agriculture and Food of Belarus)"
    m = re.fullmatch(r"((?:Main )?(Department|Directorate|Inspectorate) (?:of|for) (.+?)) of the Ministry of .+ of Belarus", label)
    if m:
        out.append(m.group(1))
        if " of " not in m.group(3) and label.startswith("Department of "):
            out.append(f"{m.group(3)} {m.group(2)}")  # Veterinary and Food Supervision Department
    # a university or academy by its town before or after: "Belgrade University" = "University of Belgrade"
    # (a town's name, not an adjective: not "Technical University", "Polessky University")
    m = re.fullmatch(rf"(?P<town>[A-Z][\w'’-]+) (?P<kind>{_TOWN_SCHOOLS})", label) \
        or re.fullmatch(rf"(?P<kind>{_TOWN_SCHOOLS}) of (?P<town>[A-Z][\w'’-]+)", label)
    if m and not _ADJECTIVE_END.search(m["town"]) and m["town"].lower() not in lx.DEMONYMS | lx.GENERIC_ORG_WORDS | lx.ORG_HEADS:
        out += [form for form in (f"{m['kind']} of {m['town']}", f"{m['town']} {m['kind']}") if form != label]
    # an acronym and a word of its trade is the company the acronym names alone: "EPAM Systems" = "EPAM", "GEA Group"
    m = re.fullmatch(r"([A-Z][A-Z0-9&]{1,5}) ([A-Z][a-z]+)", label)
    if m and m.group(2).lower() in NAME_TAILS:
        out.append(m.group(1))
    return out
