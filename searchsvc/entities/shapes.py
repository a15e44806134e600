"""Names by their shape in English text: tokens, mentions, and the rules that recognise an
organization or a person from its form alone (no registry).

    >>> [t.text for t in tokenize("Minister of Education Andrei Ivanets")]
    ['Minister', 'of', 'Education', 'Andrei', 'Ivanets']

The extractor (`extract.py`) combines these with the registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .names import name_key, spelling_key
from .person_names import CHINESE_SURNAMES, KOREAN_LATIN_SURNAMES, VIET_LATIN_SURNAMES, foreign_first_names, pinyin_name

_TOKEN_RE = re.compile(
    r"(?:(?:[A-Z]|Yu|Ye|Ya|Yo|Zh|Kh|Sh|Ch|Ts)\.){2,}"  # U.S., U.N.; Yu.P., Ye.I. (Ю., Е. in English)
    r"|(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Prof|Messrs)\.(?=\s)"
    r"|[A-Z]\.(?=\s+[A-Z][a-z])"  # an initial: M. Smith
    # a possessive before a lower-case word is not part of the name ("the Plant's workers"),
    # one before a capital is ("People's Assembly", "Prosecutor General's Office")
    r"|[^\W\d_]+(?:(?:-|['’](?![sS]\s+[a-z]))[^\W\d_]+)*"
    r"|\d+(?:[.,:]\d+)*"
    r"|\S"
)
# Latin letters with diacritics count as letters of a name: Glamočić, Çelik, Milosavljević, Müller,
# and the Azerbaijani schwa of "Elşən" (IPA block)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x2B0)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x2B0)) if c.islower())
NAME_WORD = re.compile(rf"^(?:[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*|(?:Mc|Mac|O['’]|De|Di|Le|La)[{_UPPER}][{_LOWER}]+"
                       rf"|[{_UPPER}]\.)$")
# a person's initials as one token, one to three before or after a surname: "M.I.", "S.", "Yu.P.", "Ye.I." (the two
# letters English gives Ю, Е, Ж...)
INITIALS = re.compile(r"(?:(?:[A-Z]|Yu|Ye|Ya|Yo|Zh|Kh|Sh|Ch|Ts)\.){1,3}")
ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
SENTENCE_END = {".", "!", "?", ";", ":", "\n", "—", "–", "|"}
_OBLAST_CENTRES = {"brest", "vitebsk", "gomel", "grodno", "minsk", "mogilev"}


@dataclass
class Token:
    text: str
    start: int
    end: int
    word: bool
    sentence_start: bool = False

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.word and self.text[:1].isupper()

    @property
    def allcaps(self) -> bool:
        return self.word and len(self.text) > 1 and self.text.isupper()


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    boundary = True
    last_end = 0
    for m in _TOKEN_RE.finditer(text):
        s = m.group(0)
        if "\n" in text[last_end:m.start()]:
            boundary = True
        word = s[:1].isalpha()
        out.append(Token(s, m.start(), m.end(), word, boundary and word))
        if word:
            boundary = False
        elif s in SENTENCE_END:
            boundary = True
        last_end = m.end()
    return out


@dataclass
class Candidate:
    """An entity not in the registry, as found in one article (joins the registry when kept)."""

    type: str
    label: str  # English, as normalised from the text
    labels: dict[str, str] = field(default_factory=dict)  # other languages', as the page gives them
    aliases: list[str] = field(default_factory=list)  # other spellings a search should find it by


@dataclass
class Mention:
    start: int  # character offsets in the text
    end: int
    text: str
    type: str  # person | organization
    entity_id: str | None = None
    candidate: Candidate | None = None
    weak: bool = False  # a bare surname or acronym nothing resolved: a mention, not a facet value
    implied: bool = False  # an organization named by a post title ("Minister of Education")
    tok_start: int = 0
    tok_end: int = 0
    context: list = field(default_factory=list)  # [(entity id, parent id)] for short sub-body names

    @property
    def target(self):
        return self.entity_id or (self.candidate.label if self.candidate else None)


NAME_PARTICLES = frozenset("bin ibn bint al el van von der den de da di du la le dos".split())
# those of them that join a European surname ("Pieter van der Linde", "Ana dos Santos"), not the Arabic ones
SURNAME_PARTICLES = NAME_PARTICLES - frozenset("bin ibn bint al el".split())
# the Turkic word for "son of" / "daughter of" between the father's name and the family name (Azerbaijani
# oglu/qizi, Kyrgyz uulu/kyzy, Uzbek o'g'li/qizi, Kazakh uly/kyzy): "Elnur Ramiz oglu Mammadov" is Elnur
# Mammadov, as "Ivan Petrovich Sidorov" is Ivan Sidorov. Latin spellings, then the Cyrillic ones.
TURKIC_PATRONYMIC = frozenset("""oglu ogly oğlu oghlu ogli ugli o'g'li uulu uly ulu kyzy kizi qizi gizi qyzy
    kyzyn оглы оглу огли угли уулу улы кызы кизи гызы""".split())
# clergy who go by one name, a bishop's or a monk's: "Metropolitan Veniamin", "Archimandrite Sergiy (Labutsky)"
CLERGY = frozenset("metropolitan patriarch archbishop bishop pope archimandrite hegumen igumen abbot abbess hieromonk "
                   "hierodeacon schema-monk".split())
# the middle names of South Asian names, part of the name: "Rajesh Kumar Sharma", "Vikram Singh Rathore"
SOUTH_ASIAN_MIDDLES = frozenset("kumar singh prasad lal chandra nath kaur devi rani bhai mohan das ram pal raj dev".split())
OPEN_QUOTES = {'"': '"', "“": "”\"", "«": "»", "'": "'", "„": "“\""}
# The endings of CIS surnames in English spelling: the company-safe ones no company's word has ("Tursunov",
# "Karapetyan", not "Richter" or "Kolos"), and the others that company words end in too ("Belshina", "Zapad-Bug").
_COMPANY_SAFE_SURNAME_ENDINGS = "ov ova ev eva yev yeva enko vich sky skaya yan dze shvili".split()
_OTHER_SURNAME_ENDINGS = "in ina chuk uk skiy ets bayev bayeva uly kyzy".split()


def _ending(endings: list[str]) -> re.Pattern:
    return re.compile(r"[a-z](?:" + "|".join(endings) + r")$")


SURNAME_ENDING = _ending(_COMPANY_SAFE_SURNAME_ENDINGS + _OTHER_SURNAME_ENDINGS)
COMPANY_SAFE_SURNAME = _ending(_COMPANY_SAFE_SURNAME_ENDINGS)
SPEECH = lx.SPEECH_VERBS
# what a person does, right after the name: "... Kovalevich promised", "... Petrova presented the book"
PAST_VERBS = frozenset("""said says told spoke gave took met brought sent made held led showed shown began
wrote won went came saw paid""".split())
_NUMBER = re.compile(r"^\d+(?:[.,:-]\d+)*$")


def results_lines(text: str, toks: list[Token]) -> set[int]:
    """Token indexes on sports-results lines ("Norwich 1 Wolverhampton 0", "Walsall v Wrexham").

    On such lines a capitalized name followed by a score is a team (an organization).
    """
    out: set[int] = set()
    line: list[int] = []

    def close():
        words = [toks[k] for k in line if toks[k].word]
        numbers = sum(1 for k in line if _NUMBER.match(toks[k].text))
        lower = sum(1 for w in words if not w.text[:1].isupper() and w.low not in ("v", "vs", "at", "and"))
        versus = any(toks[k].low in ("v", "vs") for k in line)
        if words and lower <= 3 and (numbers >= 2 or (versus and len(words) <= 8)):
            out.update(line)

    for k, t in enumerate(toks):
        if k and "\n" in text[toks[k - 1].end:t.start]:
            close()
            line = []
        line.append(k)
    close()
    return out


def team_at(toks: list[Token], i: int, lines: set[int]) -> Mention | None:
    if i not in lines:
        return None
    j = i
    while j < len(toks) and j - i < 4 and toks[j].word and toks[j].text[:1].isupper() and toks[j].low not in ("v", "vs", "at"):
        j += 1
    if j == i or j >= len(toks):
        return None
    nxt = toks[j]
    prev = toks[i - 1] if i else None
    if not (_NUMBER.match(nxt.text) or nxt.low in ("v", "vs") or (prev is not None and prev.low in ("v", "vs"))):
        return None
    if any(toks[k].low in lx.LOCATIONS or toks[k].low in lx.DEMONYMS or toks[k].low in lx.NON_NAME for k in range(i, j)):
        return None
    return Mention(toks[i].start, toks[j - 1].end, "", "organization", weak=True, tok_start=i, tok_end=j)


def all_caps_line(toks: list[Token], i: int) -> bool:
    """Headlines in capitals ('LEICESTERSHIRE TAKE OVER AT TOP'): capitals there mean nothing."""
    lo, hi = i, i
    while lo > 0 and toks[lo - 1].text != "\n" and i - lo < 6:
        lo -= 1
    while hi < len(toks) - 1 and hi - i < 6:
        hi += 1
    words = [t for t in toks[lo:hi + 1] if t.word and len(t.text) > 1]
    return sum(t.text.isupper() for t in words) > len(words) / 2


# names shaped like a body's that are not one: a church service ("the Divine Service", "a Memorial Service"),
# the exhibition of a battle ("the Museum of the Battle of Loev" on a page about the battle's anniversary)
_NOT_BODIES = re.compile(r"^(?:(?:Divine|Memorial|Funeral|Festive|Festal|Solemn|Prayer|Thanksgiving|Church|Easter|Christmas|"
                         r"Evening|Morning|Sunday|Requiem|Holy|Pontifical|Hierarchal|Patriarchal|Episcopal|Night|Midnight) "
                         r"Services?|(?:Museum|Memorial|Exhibition|Diorama|Panorama) of the (?:Battle|Siege|Storming) of .+)$")


_SPACED_DASH = "\x00"


def org_shape_label(toks: list[Token], i: int, end: int) -> str | None:
    # (a dash written with spaces joins two names and stays so: "United Transport and Logistics Company -
    # Eurasian Rail Alliance"; a hyphen inside a word does not: "Gomel-Agro")
    words = [_SPACED_DASH if toks[k].text == "-" and i < k < end - 1 and toks[k - 1].end < toks[k].start
             and toks[k].end < toks[k + 1].start else toks[k].text for k in range(i, end)]
    while words and (words[0].lower() in ("the", "a", "an") or words[0].lower() in lx.LEGAL_FORMS):
        words = words[1:]  # "OJSC Grodno Azot" is Grodno Azot
    if len(words) < 2 and not (len(words) == 1 and end - i > 1):
        return None
    label = strip_management_tail(" ".join(words).replace(" - ", "-").replace(" .", ".").replace(" ,", ",")
                                  .replace(" ' s ", "'s ").replace(" ’ s ", "’s ").replace(_SPACED_DASH, "-")
                                  .replace("s ' ", "s' ").replace("s ’ ", "s’ "))
    if label.lower() in lx.NOT_ORGANIZATIONS or _NOT_BODIES.search(label):
        return None
    first, _, rest = label.partition(" ")
    country = lx.DEMONYM_COUNTRY.get(first.lower()) or ("Belarus" if first.lower() in ("belarusian", "belarus'") else None)
    if country and rest.startswith("Ministry of ") and " of " not in rest[len("Ministry of "):]:
        label = f"{rest} of {country}"  # "Chinese Ministry of Commerce" is the Ministry of Commerce of China
    m = re.match(r"^(\w[\w-]*) (?:Regional|Region|Raion|Rayon) Executive Committee$", label)
    if m:  # "Regional" on Belarusian sites is a raion unless the town is an oblast centre
        kind = "Oblast" if m.group(1).lower() in _OBLAST_CENTRES else "District"
        label = f"{m.group(1)} {kind} Executive Committee"
    return label


_MANAGEMENT_TAIL = re.compile(r"\s*-\s*(?:the\s+)?manag(?:ement|ing) company of (?:the )?holding\b.*$", re.I)


def strip_management_tail(name: str) -> str:
    """'Belarusian Steel Works - Management Company of the Holding BMC' is Belarusian Steel Works."""
    return _MANAGEMENT_TAIL.sub("", name) or name


# towns whose names Soviet-style company names are made of: run in ("Gomelsteklo") or before ("Grodno Khleboprodukt")
_COINING_TOWNS = frozenset("""Brest Vitebsk Gomel Grodno Mogilev Minsk Smorgon Mozyr Bobruisk Pinsk Orsha Polotsk Lida Borisov
Slutsk Soligorsk Zhlobin Rechitsa Baranovichi Molodechno Svetlogorsk Novopolotsk Kobrin Zhodino Osipovichi Krichev Volkovysk
Slonim Rogachev Glubokoye""".split())
_TRADES = (r"(?:bank|holding|invest|prom|promstroi|promstroy|stroi|stroy|mash|khim|neft|energo|gaz|trans|torg|agro|pharm|preparaty|soyuz|"
           r"sojuz|kali|azot|steklovolokno|shina|steklo|beton|apparat|lit|tex|textil|mebel|drev|khleb|obuv|vodokanal|teploset|"
           r"avtodor|produkt|proekt)")
_COMPANY_WORD = re.compile(rf"^Bel[a-z]{{3,}}$|^[A-Z][a-z]{{3,}}{_TRADES}$"
                           # an institute's initials run into its trade: "BelNIPIneft", "GomelNIIproekt"
                           rf"|^[A-Z][a-z]+[A-Z]{{2,}}{_TRADES}$"
                           # a Soviet-style coined name: a town's name run into a trade ("Gomelsteklo",
                           # "Smorgonsilikatobeton", "Brestgazoapparat"), never an adjective ("Minskaya")
                           rf"|^(?:{'|'.join(sorted(_COINING_TOWNS))})"
                           r"(?!(?:sk|sky|skiy|skaya|skoye|skogo|shchina|chane|ites?|ers?|ans?)$)[a-z]{5,}$"
                           # a farm company named after its village: "Osipovichi-Agro", "Smolyany-Agro"
                           r"|^[A-Z][a-z]{3,}-(?:Agro|Agroservis|Agroservice|Agroprodukt|Invest|Les|Mash|Prom|Stroy)$")
# a brand in camel case ("AliExpress", "PhosAgro", "BirdLife"), not a Scottish or Irish surname ("MacArthur") nor a
# hashtag of a place ("MinskOblast": a kind of place ends it)
_CAMEL_BRAND = re.compile(r"^(?!Ma?c[A-Z])[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+(?<!Oblast)(?<!Region)(?<!District)(?<!City)$")
# words before a platform one is on, not a company that acts ("видео на YouTube", "videos on TikTok")
_ON_A_PLATFORM = frozenset("on via на в у ў".split())
_BRAND_WORD = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+$")  # "QazTrade", "KazMunayGas": a brand in camel case


_NOT_COMPANY_WORD = re.compile(r"^(?:belarus|belgi|belgrade|belfast|belize|belgorod|belovezh|belomor|belarusians?$)|.*ians?$"
                               r"|.*(?:ese|ish)$"  # a nationality: "the Nigerian firm", "the Congolese company"
                               # an adjective of a region or an era: "the Soviet steel plant", "the Baltic ports"
                               r"|^(?:soviet|european|western|eastern|northern|southern|baltic|slavic|arctic|international)$"
                               # English words, not coined Bel- names: "the Old Believers' museum"
                               r"|^bel(?:ievers?|ieved?|ieves|iefs?|ow|ongs?|onging|ongings|oved|ls?|ly|low|ts?|ated|ittle|"
                               r"fry|mont|la|inda"
                               # Russian for "white" ("Lake Beloye", "Belaya"): a lake's or village's name
                               r"|oye|oe|aya|yy|yi|y|yye|ye|oozerye)$")


# words that end a company's name though they are common words elsewhere ("Wetlands International"); no
# person's name has one ("the distributor Al Rawabi Trading" is a company)
NAME_TAILS = lx.NAME_TAILS  # (company_kinds.tsv, "tail")


def _goods_pair_after(toks: list[Token], run: list[int], j: int, starts) -> bool:
    """Whether "and" at `j` joins two plural goods inside one company's name, the name's last word ("Rashtriya
    Chemicals and Fertilizers", "Anadolu Pipes and Fittings"; not "the company Zhukovo and Baran Agro": two names of
    one word or more, not "... Foods and Belarus": a place)."""
    if len(run) < 2 or j + 1 >= len(toks) or toks[j].text != "and" or j + 1 in starts:
        return False
    last, other = toks[run[-1]], toks[j + 1]
    return all(NAME_WORD.match(w.text) and w.low.endswith("s") and not w.low.endswith("ss") and len(w.text) > 4
               and w.low not in lx.LOCATIONS and w.low not in lx.DEMONYMS for w in (last, other)) \
        and not other.sentence_start and (j + 2 >= len(toks) or not toks[j + 2].cap)


def described_name_at(toks: list[Token], i: int, starts) -> Mention | None:
    """'the pharmaceutical company Gedeon Richter', 'the cooperative Rassvet': a name after its kind; each name of
    a list after the kind in the plural ('the agricultural companies Zhukovo and Baran Agro')."""
    if i == 0 or toks[i - 1].cap or (toks[i - 1].low not in lx.KINDS_BEFORE_NAMES
                                     and toks[i - 1].low not in lx.PLURAL_KINDS_BEFORE_NAMES and not _listed_after_kinds(toks, i)):
        return None
    if i + 2 < len(toks) and re.fullmatch(r"[A-Z]{1,3}", toks[i].text) and toks[i + 1].text.isdigit() \
            and toks[i + 1].start == toks[i].end and toks[i + 2].cap and toks[i + 2].low in NAME_TAILS | lx.ORG_HEADS:
        # a code of letters and digits, then a company's word: "the retail company X5 Group"
        return Mention(toks[i].start, toks[i + 2].end, "", "organization",
                       candidate=Candidate("organization", f"{toks[i].text}{toks[i + 1].text} {toks[i + 2].text}"),
                       tok_start=i, tok_end=i + 3)
    k = i  # a name of up to six words that ends in a company's word is all the company's ("the retail chain
    # Mohammed Saleh Al Rashid Markets": the founder's name inside the company's)
    while k < len(toks) and k - i < 6 and toks[k].cap and NAME_WORD.match(toks[k].text) and not toks[k].sentence_start \
            and (k == i or k not in starts):
        k += 1
    tailed = k - i >= 2 and toks[k - 1].low in NAME_TAILS
    run = []
    j = i
    # (three words of a name, and its tails after them: "Xi'an Continental Bridge International Logistics")
    while j < len(toks) and (len(run) < 3 or (len(run) < 6 and (toks[j].low in NAME_TAILS or (tailed and j < k)))) \
            and toks[j].cap \
            and (NAME_WORD.match(toks[j].text) or (j == i and (_BRAND_WORD.match(toks[j].text) or (  # "the company BTLC"
                ACRONYM.match(toks[j].text) and len(toks[j].text) <= 6 and toks[j].low not in lx.LOCATIONS)))) \
            and (j == i or j not in starts) and not toks[j].sentence_start:
        low = toks[j].low
        if j == i + 1 and toks[j].text == "City" and (j + 1 >= len(toks) or not toks[j + 1].cap):
            run.append(j)  # "the supermarket chain Yerevan City": a brand named after its town
            j += 1
            break
        city = j == i and j + 1 < len(toks) and toks[j + 1].text == "City" and (j + 2 >= len(toks) or not toks[j + 2].cap)
        # a place opens a name when more of the name follows: "the agricultural enterprise Pinsk Agro-Land",
        # "the foundation Qatar Charity" (alone it is where the body is: "the company in Minsk")
        opens = j == i and (low in lx.LOCATIONS or low in lx.DEMONYMS) and j + 1 < len(toks) and toks[j + 1].cap \
            and not toks[j + 1].sentence_start and toks[j + 1].low not in lx.LOCATIONS | lx.NON_NAME | lx.TITLE_WORDS
        tail = j > i and low in NAME_TAILS  # "the international organisation Wetlands International"
        # a country after the name ends it: "the company Mindray Medical Belarus" is the group's subsidiary there
        subsidiary = j > i and toks[j].text in _SUBSIDIARY_COUNTRIES and (j + 1 >= len(toks) or not toks[j + 1].cap)
        if subsidiary:
            run.append(j)
            j += 1
            break
        if not opens and not tail and not city and (low in lx.TITLE_WORDS or low in lx.NON_NAME or low in lx.LOCATIONS
                                       or low in lx.DEMONYMS or low in lx.GENERIC_ORG_WORDS
                                       or (j > i and not tailed and ((low in lx.FIRST_NAMES and low not in NAME_PARTICLES)
                                                                     or person_follows(toks, j)))):
            break  # (a first name after the name: "the cooperative Rodina-Shklov Mikhail Voronko", "the German
            # operator DB Cargo Matthias Kellner"; an Arabic name's article is none: "... Al Othaim Markets")
        run.append(j)
        j += 1
        if j + 2 < len(toks) and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                and toks[j + 1].low in _COMPOUND_LINKS and toks[j + 2].cap and not toks[j + 2].sentence_start:
            run += [j, j + 1, j + 2]  # "Polytechnik Luft- und Feuerungstechnik": two compounds of one last word
            j += 3
    # (an Arabic name's article is no first name: "the UAE company Al Dahra Agriculture"; nor is the founder's
    # name of a company whose own name ends in a company's word: "the retail chain Abdullah Al Othaim Markets")
    if not run or (toks[run[0]].low in lx.FIRST_NAMES and not (toks[run[0]].text in ("Al", "El") and len(run) > 1)
                   and not (len(run) > 1 and toks[run[-1]].low in NAME_TAILS)) \
            or i in starts \
            or (2 <= len(run) <= 3 and SURNAME_ENDING.search(toks[run[-1]].text) and _post_of_kind(toks, i - 1)) \
            or (len(run) == 3 and toks[run[1]].low in SOUTH_ASIAN_MIDDLES):  # "the Indian group Vikram Singh Rathore"
        return None
    if not tailed and (toks[i].text in foreign_first_names() or (
            run[-1] + 1 < len(toks) and toks[run[-1] + 1].text in ("bin", "ibn", "bint"))) \
            and _post_of_kind(toks, i - 1, unnamed=True):
        # "Procurement director of the chain Abdulrahman bin Khalid ...": the post's holder, by a given name or
        # an Arabic father's name after it
        return None
    if _post_of_kind(toks, i - 1) and _described_before(toks, i):
        # "Managing Director of the Zimbabwean company Tendai Chiweshe": the company the page named before ("the
        # Zimbabwean company Mecrosse Agriculture signed ..."), then its director
        return None
    if len(run) == 1 and _post_of_kind(toks, i - 1, unnamed=True) and not (i + 1 < len(toks) and toks[i + 1].cap) \
            and (COMPANY_SAFE_SURNAME.search(toks[i].text) or (acts(toks, i + 1) and _post_of_kind(toks, i - 1, True, True)
                                                                and not (_COMPANY_WORD.match(toks[i].text) or
                                                                         _CAMEL_BRAND.match(toks[i].text) or toks[i].allcaps))):
        # "chief agronomist of the mill Goncharenko": the post's body by its kind alone, then its holder (not
        # "operator of the cooperative Rodina-Shklov Mikhail Voronko": the holder's name follows the body's);
        # of any surname when the holder acts after a post written as a title ("Chief engineer of the plant Krivko
        # showed ...", not "The head of the cooperative Rassvet came", nor a coined company word: "... of the plant
        # Grodnozhilstroy said")
        return None
    if len(run) == 2 and _holder_of_unnamed_company(toks, i, run[-1] + 1):
        return None
    if len(run) == 1 and toks[i - 1].low in lx.TITLE_WORDS and COMPANY_SAFE_SURNAME.search(toks[run[0]].text):
        return None  # "combine operator Kovalevich": a kind that is a post too, and a surname after it
    if len(run) == 2 and COMPANY_SAFE_SURNAME.search(toks[run[1]].text) and toks[run[0]].low not in lx.LOCATIONS:
        return None  # "head of the ... power plant Bakhodir Tursunov": a first name no list knows and a surname
    if len(run) == 1 and COMPANY_SAFE_SURNAME.search(toks[i].text) and re.search(r"(?:er|or)$", toks[i - 1].low):
        return None  # "combine operator Lesnikov": a trade that is a person's too, and a surname
    if len(run) == 1 and toks[i - 1].low in lx.TITLE_WORDS and (
            (j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("who", "whose"))
            or (acts(toks, j) and _opens_sentence(toks, i - 1))):
        # "Machine operator Kopach, who clears canals", "Operator Dubina said": a kind that is a trade too, no
        # article before it, and a relative clause of a person or a verb after the word: a worker, any surname
        return None
    if j + 1 < len(toks) and toks[j].text in ("and", "&") and toks[j + 1].text in ("Co", "Sons"):
        run += [j, j + 1]  # "the Pyatkov and Co foundry"
    elif _goods_pair_after(toks, run, j, starts):
        run += [j, j + 1]  # "the Indian company Rashtriya Chemicals and Fertilizers": two goods of one trade name
    label = "".join((" " if x and toks[k].start > toks[run[x - 1]].end else "") + toks[k].text for x, k in enumerate(run))
    # (the country of a subsidiary stays a place of the story: its span is left to the places)
    end = toks[run[-2]].end if len(run) > 1 and toks[run[-1]].text in _SUBSIDIARY_COUNTRIES else toks[run[-1]].end
    return Mention(toks[i].start, end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=run[-1] + 1)


# the word between two compounds that share their last part: "Luft- und Feuerungstechnik", "Hoch- and Tiefbau"
_COMPOUND_LINKS = frozenset("und and et e y i och og".split())
_SUBSIDIARY_COUNTRIES = frozenset({"Belarus", *(c for c in lx.DEMONYM_COUNTRY.values() if not c.startswith("the "))})


def person_follows(toks: list[Token], j: int, opens: bool = False) -> bool:
    """A person's name starts at `j` and ends the run of capitalized words: a given name of any country and one
    more word, no body's or place's ("... DB Cargo Matthias Kellner visited", "... of Turkey and Zeynep Arslan
    from"): the name is no part of a body's name before it; `opens`, a sentence may start with it too. A Chinese
    name puts the family name first ("... Harbin Institute of Technology Sun Jianping offered")."""
    if j + 1 >= len(toks) or (toks[j].sentence_start and not opens) or (
            toks[j].text not in foreign_first_names() and not pinyin_name(toks[j].text, toks[j + 1].text)):
        return False
    last = toks[j + 1]
    return last.cap and NAME_WORD.match(last.text) is not None and not last.sentence_start \
        and last.low not in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS | lx.LOCATIONS | lx.NON_NAME | lx.TITLE_WORDS \
        and last.low not in NAME_TAILS and not last.allcaps \
        and (j + 2 >= len(toks) or not toks[j + 2].cap)


def _described_before(toks: list[Token], i: int) -> bool:
    """Whether the words that describe the name at `i` ("the Zimbabwean company") described another name earlier on
    the page: the same company again, by its description alone."""
    k = i - 1
    while k > 0 and toks[k - 1].word and toks[k - 1].low not in ("the", "a", "an", "of") and i - k < 3:
        k -= 1
    words = [t.low for t in toks[k:i]]
    n = len(words)
    return n >= 2 and any([t.low for t in toks[p:p + n]] == words and toks[p + n].cap and toks[p + n].word
                          and toks[p + n].text != toks[i].text for p in range(k - n) if p + n < len(toks))


def _post_of_kind(toks: list[Token], k: int, unnamed: bool = False, bare: bool = False) -> bool:
    """The kind word at `k` ends a body named before it, whose post comes first: "head of the Syrdarya thermal
    power plant Bakhodir Tursunov" names the holder after the kind (not "the company Gedeon Richter"; a
    surname-shaped last word decides: "director of the Yerevan company Grand Candy"); `unnamed`, the body
    by its kind alone too: "chief agronomist of the mill Goncharenko"; `bare`, the post written as a title,
    no article before it ("Chief engineer of the plant ...", not "The head of the cooperative ...")."""
    j = k - 1
    while j >= 0 and k - j <= 4 and toks[j].word and not toks[j].cap and toks[j].low not in ("the", "of", "a", "an"):
        j -= 1  # what it makes: "thermal power"
    named = j
    while j >= 0 and named - j < 3 and toks[j].cap and toks[j].word and not toks[j].sentence_start:
        j -= 1  # its name: "Syrdarya"
    if not ((named > j or unnamed) and j >= 2 and toks[j].low == "the" and toks[j - 1].low == "of"
            and toks[j - 2].low in lx.TITLE_WORDS):
        return False
    j -= 2
    while bare and j > 0 and toks[j - 1].word and toks[j - 1].low in lx.TITLE_WORDS:
        j -= 1  # "Chief engineer", "deputy director"
    return not bare or j == 0 or toks[j - 1].low not in ("the", "a", "an")


def _holder_of_unnamed_company(toks: list[Token], i: int, end: int) -> bool:
    """Two capitalized words from `i` to `end` name the holder of a post at a company the sentence names only by
    its country: "Managing Director of the Zimbabwean company Tendai Chiweshe.", "... of the Mongolian company
    Batbayar Tsogtbaatar said" -- the words end the clause or a speaker's verb follows, none of them a company's (a trade, a coined word,
    an acronym: "the Turkish company Karsan Otomotiv", "the Kazakh company KazMunayGas")."""
    if i < 5 or toks[i - 2].low not in lx.DEMONYMS or not toks[i - 2].cap or not _post_of_kind(toks, i - 1) \
            or toks[i - 1].low not in lx.LOWERCASE_ORG_HEADS:
        return False
    words = toks[i:end]
    if any(w.low in NAME_TAILS | lx.ORG_HEADS | lx.LOCATIONS | lx.NON_NAME or w.allcaps or not NAME_WORD.match(w.text)
           or _COMPANY_WORD.match(w.text) or _CAMEL_BRAND.match(w.text) or "-" in w.text for w in words):
        return False
    # (not any verb after them: "... company Karsan Otomotiv visited the plant" may be the company's visit)
    return end >= len(toks) or toks[end].text in (".", ",", ";") or toks[end].low in SPEECH


def _listed_after_kinds(toks: list[Token], i: int) -> bool:
    """The name at `i` follows "and" or a comma in a list of names after a kind in the plural ("the companies
    Zhukovo, Rassvet and Baran Agro")."""
    k = i - 1
    while k >= 1 and toks[k].text in (",", "and"):
        j = k - 1
        while j >= 0 and k - j <= 4 and toks[j].cap and toks[j].word and not toks[j].sentence_start:
            j -= 1
        if j == k - 1 or j < 0:
            return False
        if toks[j].low in lx.PLURAL_KINDS_BEFORE_NAMES and not toks[j].cap:
            return True
        k = j
    return False


# the kinds of company a name of several words is written before ("the Thermal Power Plants company")
_KINDS_AFTER_NAMES = frozenset("company concern holding corporation group".split())


# what a company does to a thing, before the company's name: "made by Medtronic", "built by Datong Electric Locomotive"
_MAKER_VERBS = frozenset("made manufactured produced built supplied developed designed assembled delivered".split())
# a business of many shops or outlets, before "of" and its name: "the retail chain of Magnit"
_PARTNERING = frozenset("together jointly".split())  # "together with X": a partner's name
_CHAINS = frozenset("chain chains network franchise".split())


def maker_named_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A company no registry knows, by what the sentence says of it: what it makes ("made by Medtronic",
    "the reactors were built by Datong Electric Locomotive"), the shops it runs ("the retail chain of
    Magnit") or its country alone ("the reactors were made by the Italian Tecnimont.": a demonym before one
    name that ends the clause). A person's name is none of these ("made by Ivanov", "made by Anna Petrova")."""
    if i < 2 or i in starts or toks[i].sentence_start or not toks[i].cap or not toks[i].word:
        return None
    before, cue = toks[i - 2], toks[i - 1]
    demonym = cue.cap and cue.low in lx.DEMONYMS and before.low == "the"
    if demonym:
        before, cue = (toks[i - 4], toks[i - 3]) if i >= 4 else (before, before)
        if not (cue.low == "by" and before.low in _MAKER_VERBS):
            return None  # ("the Belarusian Railway", "the Italian Renaissance": a demonym alone is no cue)
    elif not ((cue.low == "by" and before.low in _MAKER_VERBS) or (cue.low == "of" and before.low in _CHAINS)
              or (cue.low == "with" and before.low in _MAKER_VERBS | _PARTNERING)):
        # ("the line built with China National Chemical Engineering", "a centre will open together with Mongolyn Alt")
        return None
    # (a place opens a longer name: "China National Chemical Engineering"; alone it is where: "made in Minsk")
    opens = toks[i].low in lx.LOCATIONS and i + 2 < len(toks) and all(
        t.cap and t.word and not t.sentence_start and t.low not in lx.LOCATIONS | lx.TITLE_WORDS for t in toks[i + 1:i + 3])
    j = i
    while j < len(toks) and j - i < 4 and toks[j].cap and toks[j].word and NAME_WORD.match(toks[j].text) \
            and (j == i or j not in starts) and not toks[j].sentence_start \
            and (toks[j].low not in lx.NON_NAME | lx.TITLE_WORDS | lx.DEMONYMS or (j > i and toks[j].low in lx.GENERIC_ORG_WORDS)) \
            and (j > i or opens or toks[j].low not in lx.LOCATIONS | lx.GENERIC_ORG_WORDS):
        j += 1  # ("... National Chemical Engineering": a status word inside the name)
    if j == i or (j < len(toks) and toks[j].cap and toks[j].word):
        return None  # (the name goes on in words no shape here knows: left to the others)
    first = toks[i]
    if first.low in lx.FIRST_NAMES or foreign_first_names().commonness(first.text) >= 4 \
            or double_given_name(first.text) or SURNAME_ENDING.search(toks[j - 1].text) \
            or (j - i == 1 and first.low in lx.LOCATIONS) or (opens and j - i < 3):
        return None  # a person, or the place where it is made ("made in Minsk" is no company either)
    label = " ".join(t.text for t in toks[i:j])
    return Mention(toks[i].start, toks[j - 1].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=j)


def name_before_kind_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A company's name of two to four capitalized words between "the" and its kind in lower case: "the Thermal
    Power Plants company", "the Santa Bremor group" (one word is `company_word_at`'s)."""
    if i == 0 or toks[i - 1].low != "the" or toks[i].sentence_start or i in starts:
        return None
    j = i
    while j < len(toks) and j - i < 4 and toks[j].cap and toks[j].word and NAME_WORD.match(toks[j].text) \
            and (j == i or j not in starts) and (j > i or toks[j].low not in lx.NON_NAME | lx.FIRST_NAMES) \
            and toks[j].low not in lx.TITLE_WORDS \
            and toks[j].low not in lx.LOCATIONS and toks[j].low not in lx.DEMONYMS and toks[j].low not in lx.GENERIC_ORG_WORDS \
            and toks[j].low not in lx.ORG_HEADS:
        j += 1
    if j - i < 2 or j >= len(toks) or toks[j].cap or toks[j].low not in _KINDS_AFTER_NAMES:
        return None
    label = " ".join(t.text for t in toks[i:j])
    return Mention(toks[i].start, toks[j - 1].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=j)


# nouns a kind of enterprise qualifies ("dairy farming", "a dairy complex", "mill products"): no company's kind then
_ATTRIBUTIVE_AFTER = frozenset("""complex complexes farm farms products product produce industry sector herd herds cattle cows
equipment exports imports production""".split())


def _attributive(t: Token) -> bool:
    """True when the lower-case word `t` after a kind of enterprise makes the kind an adjective: "the Rachkovichi dairy
    complex", "studies dairy farming" name no dairy."""
    return t.word and not t.cap and (t.low in _ATTRIBUTIVE_AFTER or (t.low.endswith("ing") and len(t.low) > 5))


def own_name_word(t: Token) -> bool:
    """Whether a capitalized word after a company's kind or coined name may be its own name ("Znamya",
    "Gidroprivod", "Druzhba"), not a person, a post, a body's word, a date or an English word of a headline."""
    low = t.low
    return len(low) >= 3 and "." not in low and not t.sentence_start and not (
        low in lx.FIRST_NAMES or t.text in foreign_first_names() or low in lx.TITLE_WORDS or low in lx.ORG_HEADS
        or low in lx.LOCATIONS or low in lx.GENERIC_ORG_WORDS or low in lx.NON_NAME or low in lx.CONNECTORS
        or low in lx.DEMONYMS or re.search(r"(?:s|ed|ing|ly)$", low))


def model_number_at(toks: list[Token], k: int) -> bool:
    """A model number right after a name ("Amkodor 352", "MAZ-303"), not a year ("Belshina 2025") nor
    a score ("Slavia Mozyr 2:1")."""
    if k + 1 < len(toks) and toks[k].text == "-":
        k += 1
    return k < len(toks) and re.fullmatch(r"\d[\w.]{2,}", toks[k].text) is not None \
        and re.fullmatch(r"(?:19|20)\d\d", toks[k].text) is None


_COUNTRY_CODE = re.compile(r"KZ|UZ|RU|BY|KG|TJ|AZ|AM|GE|TM|MD|UA|CN|VN")


def model_number_after(toks: list[Token], i: int) -> bool:
    """Whether a hyphen and a number run on from the word at i: a product's model or an event's year
    ("Steklokholst-200", "DezoBarrier-3", "BelTech-2026"), not the company that makes or holds it."""
    return i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end \
        and toks[i + 2].start == toks[i + 1].end and toks[i + 2].text[:1].isdigit()


# the last word of a capitalized name with an acronym that names a thing, not a body: "Gross Domestic Product (GDP)",
# "Free Economic Zone (FEZ)", "Global Positioning System (GPS)"
_THING_TAILS = frozenset("""product products tax zone zones index indicator system programme program agreement treaty
strategy initiative technology intelligence rate area standard standards disease syndrome virus certificate code
protocol method""".split())
_NAME_LINKS = frozenset("and of for & the".split())


def _spells(acronym: str, words: list[Token]) -> bool:
    """Whether the capitals of `acronym` are the initials of the capitalized `words` (the links' too, or one more
    letter for a legal form left unwritten: "China National Chemical Engineering (CNCEC)", "Mongolyn Alt (MAK)")."""
    letters = "".join(c for c in acronym if c.isupper())
    initials = "".join(w.text[0] for w in words if w.cap)
    linked = "".join(w.text[0].upper() for w in words if w.low not in ("the", "&"))
    return len(initials) >= 2 and (letters in (initials, linked) or (letters[:-1] == initials and len(initials) >= 2))


def spelled_name_at(toks: list[Token], i: int) -> Mention | None:
    """'Rashtriya Chemicals and Fertilizers (RCF)': a capitalized name followed by an acronym in brackets that spells
    its initials is a body named once, whatever the sentence says of it (the acronym is its alias,
    `EntityExtractor._acronym_after`). Not a thing's name ("Gross Domestic Product (GDP)")."""
    if not toks[i].cap or (i and toks[i - 1].cap and toks[i - 1].word and not toks[i].sentence_start):
        return None  # (the name's first word only)
    j = i
    while j < len(toks) and j - i < 10 and toks[j].word and (toks[j].cap or (j > i and toks[j].low in _NAME_LINKS)) \
            and (j == i or not toks[j].sentence_start):
        j += 1
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and ACRONYM.match(toks[j + 1].text)):
        return None
    start = i + (toks[i].low == "the")
    words = toks[start:j]
    if len(words) < 2 or words[-1].low in _NAME_LINKS or words[-1].low in _THING_TAILS \
            or words[-1].low in lx.NON_ENTITY_HEADS or not _spells(toks[j + 1].text, words):
        return None
    label = " ".join(w.text for w in words)
    return Mention(words[0].start, words[-1].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=start, tok_end=j)


def company_tail_at(toks: list[Token], i: int, starts) -> Mention | None:
    """A company's name of two to four capitalized words that a trade's word ends, nothing capitalized after
    it: "Coromandel International", "Baltic Railway Express", "Al Nakheel Trading" -- not a place alone before
    it ("Harbin International" of the Harbin International Ice and Snow Festival, which goes on)."""
    if i in starts or toks[i].sentence_start or toks[i].low in lx.TITLE_WORDS | lx.FIRST_NAMES | lx.NON_NAME:
        return None
    j = i
    while j < len(toks) and j - i < 4 and toks[j].cap and NAME_WORD.match(toks[j].text) and (j == i or j not in starts) \
            and (j == i or not toks[j].sentence_start):
        j += 1
    if j - i < 2 or toks[j - 1].low not in _COMPANY_TAILS or (j < len(toks) and toks[j].cap) \
            or (j - i == 2 and (toks[i].low in lx.LOCATIONS or toks[i].low in lx.DEMONYMS)):
        return None
    return Mention(toks[i].start, toks[j - 1].end, "", "organization",
                   candidate=Candidate("organization", " ".join(t.text for t in toks[i:j])), tok_start=i, tok_end=j)


# the trades of NAME_TAILS (and "express") that end a company's name alone, a place before them or not ("China Railway
# Express"); not "power", "energy", "group" ... that end a sentence's other capitalized words too
_COMPANY_TAILS = frozenset("international trading express logistics".split())


def coined_company_word(word: str) -> bool:
    """Whether a romanized word is a company's coined name ("Rostselmash", "Brestgazoapparat", "Belneftekhim")."""
    return bool(_COMPANY_WORD.match(word)) and not _NOT_COMPANY_WORD.match(word.lower()) and word.lower() not in lx.LOCATIONS


def company_word_at(toks: list[Token], i: int, starts) -> Mention | None:
    """One-word company names: 'Belagroprombank', 'OJSC Mogilevpromstroi', 'the Bellesbumprom concern'; a state
    body's coined name too: 'Gosatomnadzor', 'Rosselkhoznadzor'."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i else None
    shaped = (bool(_COMPANY_WORD.match(t.text) or lx.STATE_BODY_WORD.match(t.text)) or (bool(_CAMEL_BRAND.match(t.text)) and (prev is None or (
        prev.low not in _ON_A_PLATFORM and prev.text not in ("#", "("))))) and t.low not in lx.DEMONYMS \
        and t.low not in lx.LOCATIONS and not _NOT_COMPANY_WORD.match(t.low) and not model_number_after(toks, i)
    # (or one word of what it does between: "the Dinamo sports society")
    kind = i + 2 if nxt is not None and i + 2 < len(toks) and nxt.word and not nxt.cap and nxt.text.isalpha() \
        and nxt.low not in lx.NON_NAME and nxt.low not in lx.LOWERCASE_ORG_HEADS and nxt.low not in lx.GENERIC_ORG_WORDS \
        else i + 1
    headed = kind < len(toks) and toks[kind].word and not toks[kind].cap and toks[kind].low in lx.LOWERCASE_ORG_HEADS and \
        not (kind + 1 < len(toks) and _attributive(toks[kind + 1])) and \
        prev is not None and prev.low == "the" and NAME_WORD.match(t.text) is not None and t.low not in lx.NON_NAME \
        and not _NOT_COMPANY_WORD.match(t.low)
    if not (shaped or headed) or (i + 1 in starts) or model_number_at(toks, i + 1):
        return None  # ("the rig Uralmash 5000": a maker's model, a product named in passing)
    if nxt is not None and nxt.text == "(" and lx.STATE_BODY_WORD.match(t.text) and not _COMPANY_WORD.match(t.text):
        return None  # "Gosatomnadzor (the Department for Nuclear ...)": the name in brackets is the body's, this its alias
    if nxt is not None and nxt.cap and nxt.word and nxt.low not in lx.FIRST_NAMES \
            and not (shaped and INITIALS.fullmatch(nxt.text)):  # ("of Brestoblselkhozkhimiya T.M. Yanchuk": its deputy director)
        if shaped and (own_name_word(nxt) or _COUNTRY_CODE.fullmatch(nxt.text)) \
                and not (i + 2 < len(toks) and toks[i + 2].cap and toks[i + 2].word):
            # "Gomeltransneft Druzhba": a coined company word and the proper name that ends its name
            # ("Agromashholding KZ": or the code of the country its subsidiary works in)
            return Mention(t.start, nxt.end, "", "organization", candidate=Candidate("organization", f"{t.text} {nxt.text}"),
                           tok_start=i, tok_end=i + 2)
        return None  # part of a longer capitalized name, left to the other rules ("Director of Brestenergo Vladimir ...")
    if shaped and prev is not None and prev.text in _COINING_TOWNS and not t.text.startswith("Bel") and i - 1 not in starts:
        # "Grodno Khleboprodukt": the town is the first word of the name
        return Mention(prev.start, t.end, "", "organization", candidate=Candidate("organization", f"{prev.text} {t.text}"),
                       tok_start=i - 1, tok_end=i + 1)
    return Mention(t.start, t.end, "", "organization", candidate=Candidate("organization", t.text),
                   tok_start=i, tok_end=i + 1)


# a district newspaper's name in English, its Russian name romanized ("Kobrinsky Vestnik", "Gomelskaya Pravda",
# "Svetlogorskiye Novosti"): a place adjective and a newspaper's noun (sites.py names their sites so)
_PRESS_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:sky|skiy|skaya|skoye|skoe|skiye|skie|ski|tsky|tskaya|tskoye|tskiye)$")
# not "krai"/"kray": "Primorsky Krai", "Altaisky Krai" are Russia's regions (places), not newspapers
_PRESS_NOUNS = frozenset("vestnik novosti pravda gazeta zarya zvezda zhizn slovo golos kurier kuryer vesti "
                         "tribuna".split())


def newspaper_at(toks: list[Token], i: int, starts) -> Mention | None:
    """'told Kobrinsky Vestnik that ...', 'published by Gomelskaya Pravda': a district newspaper by its name."""
    if i + 1 >= len(toks) or not _PRESS_ADJECTIVE.match(toks[i].text) or toks[i + 1].low not in _PRESS_NOUNS \
            or not toks[i + 1].cap or toks[i + 1].start - toks[i].end != 1:
        return None
    label = f"{toks[i].text} {toks[i + 1].text}"
    return Mention(toks[i].start, toks[i + 1].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=i + 2)


_LOCAL_KINDS = {"district": "District", "raion": "District", "rayon": "District", "city": "City", "town": "City",
                "oblast": "Oblast", "village": "Village", "regional": None}


def lowercase_committee_at(toks: list[Token], i: int) -> Mention | None:
    """'the Kopyl district executive committee': a local authority written in lower case."""
    if i + 3 >= len(toks) or toks[i].low in lx.NON_NAME or not toks[i].text.isalpha():
        return None
    kind, ex, com = toks[i + 1].low, toks[i + 2].low, toks[i + 3].low
    if kind not in _LOCAL_KINDS or ex != "executive" or com != "committee" or toks[i + 1].cap:
        return None
    name = toks[i].text
    level = _LOCAL_KINDS[kind] or ("Oblast" if name.lower() in _OBLAST_CENTRES else "District")
    label = f"{name} {level} Executive Committee"
    return Mention(toks[i].start, toks[i + 3].end, "", "organization", candidate=Candidate("organization", label),
                   tok_start=i, tok_end=i + 4)


def adjective_of_noun(toks: list[Token], k: int) -> bool:
    """The demonym at `k` describes the lower-case noun after it ("the Eurasian Economic Union for Turkish
    business"): no field of a body's name."""
    return toks[k].low in lx.DEMONYMS and k + 1 < len(toks) and toks[k + 1].word and not toks[k + 1].cap


def of_tail(toks: list[Token], j: int, starts, limit: int = 6, is_place=None) -> int:
    """The end of '<head> of <Capitalized words>' (j is the index of 'of'); j itself when none follow. With
    `is_place` (a word or phrase -> whether it names a place), "in" and a field go on with the name
    ("Centre of Olympic Training in Equestrian Sport and Horse Breeding"), "in" and a place end it ("...
    in Minsk District": where the body is)."""
    k = j + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    end, count = j, 0
    while k < len(toks) and count < limit:
        tk = toks[k]
        if tk.sentence_start or (k in starts and not starts[k][1].context):
            break
        if adjective_of_noun(toks, k):
            break  # "... Union for Turkish business"
        if count and toks[k - 1].cap and INITIALS.fullmatch(tk.text) and k + 1 < len(toks) and toks[k + 1].cap:
            break  # "Museum of Local Lore M.I. Gavrilchik": its head's name follows (not "Museum of A.V. Suvorov")
        # (a post's word right after "in" is the field's, checked by _field_after_in: "in Equestrian Sport")
        if tk.cap and (tk.low not in lx.TITLE_WORDS or toks[k - 1].low == "in") and not (
                (tk.low in lx.FIRST_NAMES or (count >= 2 and tk.text in foreign_first_names()
                                              and not (k + 2 < len(toks) and toks[k + 2].cap)))
                and k + 1 < len(toks) and toks[k + 1].cap):
            # ("... of Commerce and Industry Hakan Yilmaz": its head's name after a field list; not "of Local Lore")
            end, k, count = k + 1, k + 1, count + 1
            if k < len(toks) and toks[k].cap and (tk.low in _PLACE_KINDS or (
                    tk.low == "city" and count > 1 and toks[k].low not in lx.ORG_HEADS | lx.GENERIC_ORG_WORDS)):
                break  # "People's Committee of Thanh Hoa Province Do Minh Tuan": the holder's name follows
            if tk.low in lx.LOCATIONS and toks[k - 2].low in ("of", "the") and k < len(toks) and toks[k].cap \
                    and toks[k].word and not toks[k].low in lx.CONNECTORS and toks[k].low not in _PLACE_KINDS \
                    and toks[k].low != "republic" and toks[k].low not in lx.ORG_HEADS:
                # (not "of the Czech Republic", "of Bryansk Oblast", "of the Gomel Diocese": a body of the place)
                break  # "Ministry of Agriculture of Kazakhstan Yerbol Taszhurekov": the country ends the name
            continue
        if tk.text in ("'", "’") and count and toks[k - 1].low in lx.GROUP_NOUNS and k + 2 < len(toks) \
                and toks[k + 1].text == "s" and (toks[k + 2].cap or toks[k + 2].low == "and"):
            k += 2  # "Centre of Children's and Youth Creativity": the people it serves, inside its name
            continue
        if tk.text == "," and count and k + 2 < len(toks) and toks[k + 1].cap and toks[k + 1].low not in lx.FIRST_NAMES \
                and toks[k + 1].low not in lx.LOCATIONS and toks[k + 1].low not in lx.TITLE_WORDS \
                and _fields_listed(toks, k + 1):
            # "Trade Union of Workers of Chemical, Mining and Oil Industries", "Ministry of Lands,
            # Agriculture, Fisheries, Water and Rural Development": one name lists its fields
            k += 1
            limit = max(limit, 12)
            continue
        if tk.low == "in" and count and is_place is not None and _field_after_in(toks, k + 1, starts, is_place):
            k += 1
            limit = max(limit, 12)
            continue
        if tk.word and tk.low in ("and", "of", "for", "the", "&") and k + 1 < len(toks) and toks[k + 1].cap \
                and toks[k + 1].low not in lx.TITLE_WORDS \
                and not (tk.low == "and" and k + 1 in starts and not starts[k + 1][1].context) \
                and not (tk.low == "and" and person_follows(toks, k + 1)) \
                and not (tk.low == "and" and toks[k - 1].low in _PLACE_KINDS and named_body_from(toks, k + 1)) \
                and not (tk.low == "and" and _person_from(toks, k + 1)) \
                and not (k + 2 < len(toks) and toks[k + 1].low in lx.ORG_HEADS and toks[k + 2].text == "No"):
            # (not "Gymnasium No. 1 of Slutsk and Kindergarten No. 5": a second numbered body)
            k += 1
            continue
        break
    return end


_PLACE_KINDS = frozenset("province region oblast district krai prefecture county".split())

# the endings of the nouns a field is named with ("Horse Breeding", "Animal Husbandry", "Genetics", "Plant
# Protection"); a place unknown to the gazetteers ("in Punjab") has none as often as not
_FIELD_NOUN = re.compile(r"(?:ing|ion|ics|ry|ure|ism|ment|logy|ty|nce|sports?|care|work|sciences?|arts|medicine)$")


def _field_after_in(toks: list[Token], k: int, starts, is_place) -> bool:
    """Whether the capitalized words from k, after "in", are a field a body's name goes on with ("in Equestrian
    Sport and Horse Breeding", "in Plant Protection"), not where or when it is: no word of them a place, a
    country's or region's word, a month or a day, a known name, a person's first name; one of them a field's
    noun by its ending (_FIELD_NOUN)."""
    run = []
    while k < len(toks) and (toks[k].cap or (toks[k].low == "and" and run and k + 1 < len(toks) and toks[k + 1].cap)):
        if toks[k].sentence_start or (k in starts and not starts[k][1].context):
            return False
        run.append(toks[k])
        k += 1
    words = [t for t in run if t.low != "and"]
    # (a post's word before another word of the field is the field's: "in Equestrian Sport"; last, a post)
    return bool(words) and not any(
        t.low in lx.LOCATIONS or t.low in _PLACE_KINDS or t.low in lx.CALENDAR or t.low in lx.FIRST_NAMES
        or (t.low in lx.TITLE_WORDS and t is words[-1]) or not t.word or is_place(t.text) for t in words) \
        and not is_place(" ".join(t.text for t in words[:2])) and any(_FIELD_NOUN.search(t.low) for t in words)




def _person_from(toks: list[Token], k: int) -> bool:
    """A first name and a surname from token k, the capitalized run ending there: "... Association of Turkey
    and Zeynep Arslan from Izmir" lists a person after the body, not one more word of its name."""
    t = toks[k]
    return (t.low in lx.FIRST_NAMES or foreign_first_names().commonness(t.text) >= 4) and t.low not in lx.ORG_HEADS \
        and k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].word \
        and toks[k + 1].low not in lx.ORG_HEADS | lx.LOCATIONS | lx.GENERIC_ORG_WORDS | lx.NON_NAME \
        and (k + 2 >= len(toks) or not toks[k + 2].cap)


def named_body_from(toks: list[Token], k: int) -> bool:
    """Whether capitalized words from token k name a body of their own, two or more words and its head:
    "Bryansk State University" after "Government of Bryansk Oblast and", not "Mozyr Diocese" after
    "Turov and" (one body of two towns)."""
    j = k
    while j < len(toks) and j - k <= 5 and toks[j].cap and not toks[j].sentence_start:
        if toks[j].low in lx.ORG_HEADS and toks[j].low not in lx.WEAK_ORG_HEADS and j >= k + 2:
            return True
        j += 1
    return False


def _fields_listed(toks: list[Token], k: int) -> bool:
    """From token k, capitalized words separated by commas up to an "and" and one more capitalized
    word ("Agriculture, Fisheries, Water and Rural Development"): the rest of a list of fields."""
    for j in range(k, min(k + 14, len(toks) - 1)):
        tj = toks[j]
        if tj.low == "and":
            return j > k and toks[j - 1].cap and toks[j + 1].cap and not toks[j + 1].sentence_start
        if tj.sentence_start or not (tj.text == "," or (tj.cap and tj.low not in lx.FIRST_NAMES and tj.low not in lx.TITLE_WORDS)):
            return False
    return False


def is_patronymic(word: str) -> bool:
    """'Nikolayevich', 'Ivanovna' (made from a first name), not 'Volkovich' or 'Markevich' (surnames)."""
    low = word.lower()
    if re.match(r"^.{3,}(?:uly|kyzy|ogly|ugli|kizi)$", low):
        return True  # Kazakh, Azerbaijani, Uzbek: Bakhytzhanuly, Nurlankyzy, Aliyev Heydar ogly
    m = re.match(r"^(.+?)(ovich|ovna)$", low)
    if m and m.group(1) in lx.FIRST_NAMES:
        return True  # Ivan-ovich, Boris-ovna
    m = re.match(r"^(.+?)(?:y|i)?(evich|evna)$", low)
    if m and (m.group(1) + "i" in lx.FIRST_NAMES or m.group(1) + "y" in lx.FIRST_NAMES or m.group(1) == "igor"):
        return True  # Nikola-yevich, Serge-yevich, Vasil-yevna, Igor-evich
    m = re.match(r"^(.+?)ich(?:na)?$", low)
    return bool(m and m.group(1) + "a" in lx.FIRST_NAMES)  # Ily-ich, Fom-ich


_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|yna|skaya|tskaya|skaja|ckaja|aya|aja|ovna|evna)$", re.I)
_MALE_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|tsky|ski|iy|yi)$", re.I)


def surnames_agree(a: str, b: str) -> bool:
    """Two words of one name key that are one person's surname: spellings of one name (Lukashenko,
    Lukashenka, Лукашэнкам), not two names that share their consonants ("Novik" is not Aleksandr
    Novak, "Jing" not Jianguo); and not a woman's and a man's form of it ("Petrova" is not Ivan
    Petrov's surname; Kovalenko, Kovalchuk, Zhuk have one form for both)."""
    if spelling_key(a) != spelling_key(b):
        return False
    genders = ["f" if _FEMALE_SURNAME.search(w) else "m" if _MALE_SURNAME.search(w) else None for w in (a, b)]
    return None in genders or genders[0] == genders[1]


def family_name_first(words: list[str]) -> bool:
    """A Chinese, Korean or Vietnamese name as English news writes it: the family name first ("Wang Jianhua",
    "Kim Jae-young", "Nguyen Duc Thang"), every word of it a syllable of the name."""
    return len(words) >= 2 and (words[0].lower() in CHINESE_SURNAMES or words[0] in KOREAN_LATIN_SURNAMES
                                or words[0] in VIET_LATIN_SURNAMES)


def _syllables(words: list[str]) -> str:
    return "".join(words).replace("-", "").lower()


def same_person(known: str, other: str) -> bool:
    """'Aleksandr Lukashenko' ~ 'Alexander Lukashenka' ~ 'A. Lukashenko' (same surname key, first name or initial).

    A family-name-first name is one person only spelt the same ("Kim Jae-young" = "Kim Jae Young"): its given
    names are syllables that a consonant key merges ("Wang Jianhua" is no Wang Jianguo, "Nguyen Duc Thang" no
    Nguyen Van Thanh), and the Cyrillic of such a name already becomes one Latin spelling."""
    a, b = known.split(), other.split()
    if family_name_first(a) or family_name_first(b):
        return _syllables(a) == _syllables(b)
    if len(a) < 2 or len(b) < 2 or name_key(a[-1]) != name_key(b[-1]) or not surnames_agree(a[-1], b[-1]):
        return False
    fa, fb = a[0], b[0]
    if fa.endswith(".") or fb.endswith("."):
        return fa[:1].upper() == fb[:1].upper()
    return name_key(fa) == name_key(fb)


def double_given_name(word: str) -> bool:
    """A hyphenated given name both halves of which are given names of the lists ("Hans-Jürgen", "Jean-Pierre",
    "Anna-Lena"): a first name, however rare the pair."""
    halves = word.split("-")
    return len(halves) == 2 and all(h[:1].isupper() and (h.lower() in lx.FIRST_NAMES or h in foreign_first_names())
                                    for h in halves)


def _opens_sentence(toks: list[Token], k: int) -> bool:
    """The token at `k` opens a sentence, or only capitalized words stand before it in one ("Machine operator")."""
    if toks[k].sentence_start or k == 0:
        return True
    j = k - 1
    while j >= 0 and toks[j].cap:
        if toks[j].sentence_start or j == 0:
            return True
        j -= 1
    return False


def acts(toks: list[Token], k: int) -> bool:
    """The token at `k` is a verb in the past (or "says"): what the person named before it did."""
    return k < len(toks) and not toks[k].cap and toks[k].word \
        and (toks[k].low in PAST_VERBS or toks[k].low in SPEECH or (len(toks[k].low) > 4 and toks[k].low.endswith("ed")))
