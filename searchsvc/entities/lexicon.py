"""Word lists the extractor reasons with: titles, first names, organisation head words, places.

Generic English and CIS vocabulary written for this project (no corpus is copied here). Lists are
lower-case sets; the extractor compares lower-cased tokens.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import tables
from .legal_forms import legal_forms


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


# Words of a post or honorific that come right before a name: "Minister ... Ivan Petrov".
TITLE_WORDS = _words("""
president presidents vice-president prime minister ministers premier directors chairmen governors heads mayors rectors deputy first chairman chairwoman chairperson chair
governor head secretary state-secretary general director director-general ambassador mayor speaker
rector commander colonel major lieutenant captain sergeant admiral marshal mr mrs ms miss dr doctor professor
prof academician patriarch metropolitan archbishop bishop father pope cardinal judge justice prosecutor
prosecutor-general spokesman spokeswoman spokesperson aide adviser advisor assistant coach manager
ceo chief senator congressman congresswoman representative mp deputy-chairman vice-chairman vice-premier
chancellor king queen prince princess sheikh emir sultan ayatollah imam rabbi lord lady sir dame
leader envoy consul attache counsellor councillor commissioner inspector superintendent officer
economist analyst striker midfielder defender goalkeeper forward winger batsman bowler champion seed
skipper trainer chef editor correspondent author writer artist singer actor actress composer director
conductor designer architect engineer scientist researcher deputies member members ombudsman auditor
treasurer administrator executive founder owner co-founder president-elect premier-elect heads
headmistress headmaster headteacher principal teacher milkmaid milker operator mechanic driver nurse
surgeon librarian curator veteran pensioner student pupil farmer akim khokim hokim physician therapist paediatrician
pediatrician agronomist technologist accountant specialist expert
colleague classmate graduate interpreter translator compatriot
archpriest priest hieromonk archimandrite abbot hegumen igumen abbess hierodeacon deacon protodeacon protopresbyter
guide foreman forewoman forester ranger beekeeper methodologist instructor lecturer tutor craftsman craftswoman
weaver veterinarian paramedic midwife dentist rescuer firefighter investigator welder electrician machinist
bricklayer seamstress historian ethnographer poet musician choreographer photographer journalist pharmacist
zootechnician minister-counsellor minister-counselor attaché winner laureate
""")

# Occupations a page names a worker by before a lone surname: `occupations.tsv` (en, ru, be columns).
OCCUPATIONS_FILE = Path(__file__).parent / "occupations.tsv"


def _occupations() -> dict[str, frozenset[str]]:
    """{"en": words, "ru": words, "be": words} of `occupations.tsv`, with the woman's form of a Russian or
    Belarusian trade in a consonant that the table gives in the man's only (аператар: аператарка, оператор:
    операторка, аппаратчик: аппаратчица) -- a page names a woman by her trade as often as a man."""
    langs, *rows = tables.rows(OCCUPATIONS_FILE)
    out = {lang: frozenset(w for row in rows for w in row[col].split("|") if w != "-")
           for col, lang in enumerate(langs)}
    for lang in ("ru", "be"):
        out[lang] = out[lang] | frozenset(_womans_trade(w) for w in out[lang] if _womans_trade(w))
    return out


def _womans_trade(word: str) -> str | None:
    """The feminine of a man's trade noun by the suffix rules both languages share: -чик/-щик -> -чица/-щица,
    -чык/-шчык -> -чыца/-шчыца, -ник/-нік -> -ница/-ніца, -ор/-ёр/-ар/-ер/-ист/-іст -> +ка (None: no rule)."""
    for man, woman in (("чик", "чица"), ("щик", "щица"), ("чык", "чыца"), ("ник", "ница"), ("нік", "ніца")):
        if word.endswith(man):
            return word[:-len(man)] + woman
    if re.search(r"(?:ор|ёр|ар|ер|эр|ист|іст|ыст)$", word) and "-" not in word:
        return word + "ка"
    return None


OCCUPATIONS = _occupations()
TITLE_WORDS = TITLE_WORDS | OCCUPATIONS["en"]
# A worker's noun no list has, by its shape: "orthodontist", "neonatologist", "paediatrician", "choreographer"
# (not a verb that ends so: "insist", "resist")
# and a compound of a craft's noun and its agent: "watchmaker", "goldsmith", "wheelwright", "beekeeper", "flax grower"
_TRADE_SHAPE = re.compile(r"^[a-z]{3,}(?:ist|ician|ographer|maker|smith|wright|keeper|grower|breeder|herder)$")
_NOT_TRADES = frozenset("assist insist persist resist exist consist desist subsist".split())


def post_word(low: str) -> bool:
    """Whether the lower-case word names a post or an occupation, one that a lone surname after it is the holder
    of ("Orthodontist Sadovskaya presented ...", "Chief engineer Krivko"): the titles and occupations listed,
    or a word shaped like an occupation."""
    return low in TITLE_WORDS or (_TRADE_SHAPE.match(low) is not None and low not in _NOT_TRADES)

# Posts the curated persons of the registry hold (ministers, governors, ambassadors, heads of state and church):
# a bare surname after one of these may be the registry's namesake ("Governor Parkhomchik"), after any other post
# it is a worker of the story's own body ("chief engineer Kovalchuk", "Head of the Department ... Kovalchuk").
STATE_POSTS = _words("""
president vice-president prime minister premier vice-premier governor ambassador speaker chairman chairwoman
chairperson prosecutor prosecutor-general state-secretary patriarch metropolitan chancellor king queen
""")
# Parts of a body a post is of that no curated person heads ("Head of the Department of ...", "head of the shop").
SUB_BODIES = _words("""
department departments division sector centre center workshop shop branch unit laboratory lab ward farm section
service services station clinic polyclinic hospital school museum library warehouse depot mine site team brigade
""")

# Post titles that may start a capitalized run ("State Secretary of the Security Council ...").
TITLE_START = _words("""
president minister prime deputy first chairman chairwoman chairperson chair governor head secretary
director ambassador mayor speaker rector commander general colonel major lieutenant captain mr mrs ms
dr professor patriarch metropolitan archbishop bishop judge prosecutor chief senator chancellor king queen
prince princess sheikh emir sultan ayatollah lord sir vice assistant aide adviser advisor envoy
commissioner spokesman spokeswoman coach manager leader former acting then interim hero
""")

# Single words that head an organization name: "... Executive Committee", "... Azot OJSC".
ORG_HEADS = _words("""
committee committees council union ministry agency association federation confederation organisation organization
bank university academy institute company corporation plant works factory refinery commission service
services party assembly society foundation fund group inc inc. corp corp. ltd ltd. llc plc co co. ojsc jsc
cjsc holding holdings court office administration department inspectorate inspection college lyceum hospital
diocese archdiocese eparchy deanery dispensary conservatory conservatoire hospice hospitals municipality
museum theatre theater library gallery club concern enterprise authority chamber parliament government police
army navy trust bureau directorate secretariat staff exchange newsroom newsdesk desk league airways vodokanal
branch
airlines motors industries securities systems technologies telecom communications corporation network
front movement congress cabinet senate duma rada sejm knesset presidium guard forces fleet brigade
kengash khokimiyat hokimiyat akimat maslikhat mazhilis khural kurultai
commissariat center centre consortium cooperative co-operative alliance coalition ag sa nv bv gmbh
bhd berhad kombinat combine station laboratory observatory reserve sanatorium polyclinic gymnasium
mill mills mine mines complex park brewery distillery creamery bakery shipyard cannery foundry
clinic customs choir orchestra ensemble philharmonic museum-reserve battalion school kindergarten farm
embassy consulate consulate-general akimat hokimiyat khokimiyat depot agroservice raiagroservice
zavod body metro tv limited board parish system railways cluster troops
circus zoo airport philharmonia seminary combinat avtopark autopark technopark garden
""")

# people a body serves or unites, written with a possessive inside its name ("Children's and Youth School",
# "Women's Union"); a country or company before 's is an owner, not part of a name ("Germany's Bundesbank")
GROUP_NOUNS = _words("""children women men people workers veterans farmers teachers writers journalists
pensioners consumers students mothers soldiers girls boys youth""")
# Kinds of company or body in English, Russian and Belarusian: `company_kinds.tsv` (one row a kind).
COMPANY_KINDS_FILE = Path(__file__).parent / "company_kinds.tsv"
COMPANY_KINDS = tuple(tables.rows(COMPANY_KINDS_FILE, width=4))
# Lower-case nouns that make the capitalized word before them a company: "the Bellesbumprom concern".
LOWERCASE_ORG_HEADS = frozenset(en for en, _ru, _be, where in COMPANY_KINDS if where == "either" and en != "-")
# Lower-case kinds of body that a name follows ("the sanatorium Krynitsa", "the ensemble Pesnyary"); before
# them a capitalized word is where it is ("the Naroch sanatorium"), not its name.
KINDS_BEFORE_NAMES = LOWERCASE_ORG_HEADS | frozenset(en for en, _ru, _be, where in COMPANY_KINDS
                                                     if where == "before" and en != "-")
# The last words of a company's own English name: "Wetlands International", "Al Othaim Markets".
NAME_TAILS = frozenset(en for en, _ru, _be, where in COMPANY_KINDS if where == "tail")
# The Russian and Belarusian starts of those kinds, before a Latin name: "китайская компания Anhui Conch Cement".
CYRILLIC_COMPANY_CUE = re.compile("^(?:" + "|".join(sorted(
    {stem for _en, ru, be, where in COMPANY_KINDS if where != "tail" for stem in f"{ru}|{be}".split("|") if stem != "-"},
    key=len, reverse=True)) + r")\w*$", re.I)
# A Russian or Belarusian state body's coined one-word name: Gos-/Ros-/Bel-, maybe more roots, then a root of
# `state_body_roots.tsv` ("Gosatomnadzor", "Rosselkhoznadzor", "Belgosstrakh"; "Госатомнадзор", "Росгидромет").
STATE_BODY_ROOTS_FILE = Path(__file__).parent / "state_body_roots.tsv"
_STATE_BODY_ROOTS = tuple(tables.rows(STATE_BODY_ROOTS_FILE, width=2))
STATE_BODY_WORD = re.compile(r"^(?:Gos|Ros|Bel)[a-z]*?(?:"
                             + "|".join(r for latin, _ in _STATE_BODY_ROOTS for r in latin.split("|")) + ")$")
STATE_BODY_WORD_CYRILLIC = re.compile(r"^(?P<stem>(?:Гос|Рос|Бел)[а-яё]*?)(?P<root>"
                                      + "|".join(r for _, cyr in _STATE_BODY_ROOTS for r in cyr.split("|"))
                                      + r")(?:а|у|ом|е)?$")
# the Cyrillic root -> its Latin spelling in the press ("гидромет" -> "hydromet": Roshydromet)
STATE_BODY_LATIN = {c: latin.split("|")[0] for latin, cyr in _STATE_BODY_ROOTS for c in cyr.split("|")}
# The same kinds in the plural, before a list of names: "the agricultural companies Zhukovo and Baran Agro".
PLURAL_KINDS_BEFORE_NAMES = frozenset(w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else
                                      w if w.endswith("works") else w + "es" if w.endswith(("sh", "ch", "s")) else w + "s"
                                      for w in KINDS_BEFORE_NAMES)
# Lower-case words after which a name in quotes is an organization: 'the district newspaper
# "Nashe Zhittsyo"', 'the company "Techmol"', 'the road maintenance unit of "Brestavtodor"'.
QUOTED_ORG_CUES = LOWERCASE_ORG_HEADS | _words("""newspaper magazine channel broadcaster unit branch farm
subsidiary association union team club agroholding""")

# Corporate forms written before the name, one or stacked: "OJSC Grodno Azot", 'SPK "Rassvet"' (an agricultural
# production cooperative: the form, like OJSC, is not part of the name), "JV OJSC Spartak" (a joint venture
# that is an OJSC), "FLLC Belwest", "Gazprom PJSC": the one-word Latin forms of legal_forms.tsv, the one table of forms.
LEGAL_FORMS = legal_forms().before_names
# Words that open an organization's name and stay in it: "Agrokombinat Dzerzhinsky", "HC Dinamo" (a club's form).
NAME_PREFIXES = legal_forms().name_prefixes | _words("agrokombinat kombinat sovkhoz kolkhoz sanatorium")
ORG_PREFIXES = LEGAL_FORMS | NAME_PREFIXES

# Heads that are organizations only with at least two words before them (avoid "Minsk Centre").
WEAK_ORG_HEADS = _words("center centre station reserve network front staff desk star guard forces fleet complex park "
                        "customs farm tv board system cluster garden")

# The calendar's English words: capitalized, they name no one and nothing ("May", "Friday").
CALENDAR = _words("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""")

# Verbs of speech, past tense, next to a speaker's name: its bearer is a person ("Stankevich said", "— сказал Иван
# Петров", "Бобрик рассказала"); in English, and in Russian and Belarusian in both genders.
SPEECH_VERBS = _words("said says told added noted stressed explained recalled admitted")
SPEECH_VERBS_CYRILLIC = _words("""
сообщил сообщила сказал сказала отметил отметила напомнил напомнила рассказал рассказала добавил добавила
подчеркнул подчеркнула пояснил пояснила заявил заявила
паведаміў паведаміла сказаў адзначыў адзначыла нагадаў нагадала расказаў расказала дадаў дадала падкрэсліў
падкрэсліла растлумачыў растлумачыла заявіў заявіла
""")

# Capitalized words that are not names: calendar, sentence starters, common capitalized nouns.
NON_NAME = CALENDAR | _words("""
the a an this that these those there here
it its he she they we i you his her their our my your in on at by for with from to of and or but
if when while after before during since until as also however meanwhile according today yesterday
tomorrow new old all some many most more other another each every such no not mr mrs ms
god christmas easter ramadan independence victory day days week year years month months
constitution law code decree programme program concept strategy doctrine forum festival games
championship cup olympics olympic world european international national state republic
north south east west northern southern eastern western central great
news press center centre said says told added noted stressed emphasized
cathedral church monastery chapel temple catholic orthodox protestant lutheran evangelical
markets affairs relations resources body bodies power
kupalle kupalye kupala-night dazhynki radunitsa maslenitsa kolyady epiphany
holy virgin theotokos saviour savior christ trinity intercession nativity annunciation dormition
transfiguration resurrection
""")

# Countries, capitals, regions and places that a capitalized run must not become a name from.
LOCATIONS = _words("""
belarus russia kazakhstan ukraine uzbekistan kyrgyzstan tajikistan turkmenistan armenia azerbaijan
georgia moldova lithuania latvia estonia poland germany france italy spain portugal britain england
scotland wales ireland china india pakistan iran iraq syria turkey israel egypt japan korea vietnam
cuba venezuela brazil argentina mexico canada usa america u.s. u.k. uk us serbia hungary austria
switzerland sweden norway finland denmark netherlands holland belgium greece bulgaria romania croatia
slovakia slovenia czech africa asia europe mongolia indonesia malaysia thailand zimbabwe nigeria
minsk moscow astana almaty tashkent bishkek dushanbe yerevan baku tbilisi kiev kyiv vilnius riga warsaw
berlin paris london beijing washington brussels geneva vienna rome tehran ankara cairo delhi
brest vitebsk gomel grodno mogilev mahilyow hrodna homel vitsebsk bobruisk baranovichi pinsk orsha
mozyr lida soligorsk molodechno novopolotsk polotsk zhodino borisov slutsk svetlogorsk rechitsa zhlobin
kobrin osipovichi dzerzhinsk lepel nesvizh gorki krupki tolochin zhabinka volkovysk smorgon postavy
oblast region district raion city town village st petersburg sochi kazan smolensk bryansk pskov
samarkand ashgabat chisinau
""")

# Adjectives of place and nationality that precede titles ("Belarusian President ...").
DEMONYMS = _words("""
belarusian belarus' russian kazakh kazakhstani ukrainian uzbek kyrgyz tajik turkmen armenian azerbaijani
georgian moldovan lithuanian latvian estonian polish german french italian spanish british english
chinese indian pakistani iranian iraqi syrian turkish israeli egyptian japanese korean cuban
venezuelan brazilian american canadian serbian hungarian austrian swiss swedish norwegian finnish
danish dutch belgian greek bulgarian romanian czech slovak african asian european mongolian
vietnamese indonesian omani emirati saudi zimbabwean
""")

# Words that link the parts of one name ("Ministry of Agriculture and Food").
CONNECTORS = _words("of the and for on in & de la du der von van na po pri")

FIRST_NAMES = _words("""
iosif tikhon yaroslava taisiya viktoriya valeriya karina ilona stanislava anastasiya arkadiy yelizaveta
yevfrosiniya darina milana miroslava snezhana yeva varvara vasilisa zlata sofiya uliana ruslana inessa inga
nonna vladlena matvei makar savva platon yegor demid arseniy prokhor afanasy trofim bronislav vatslav
genrikh vasiliy yevgeniy nazar ostap kondrat foma yemelyan luka
aleksandr alexander alexandr aliaksandr alyaksandr aleksander alex sasha aleksei alexei alexey aliaksei
andrei andrey andrew andrii andriy anatoly anatoli anatoliy anatol anton arkady artem artyom artur arthur
boris barys bogdan daniil danila denis dzianis dmitry dmitri dmitriy dzmitry evgeny evgeni yevgeny yevgeni
yauhen eugene fedor fyodor gennady gennadiy henadz georgy georgi grigory hryhory igor ihar ilya illia
ivan ivanovich kirill konstantin kanstantsin leonid leanid maksim maxim maksym mikhail mikhail mikalai
nikolai nikolay mykola oleg aleh oleh pavel paval petr pyotr piotr pyatro petro roman raman ruslan
semyon sergei sergey siarhei serhiy stanislav stanislau stepan taras timofei tsimafei vadim vadzim
valentin valiantsin valery valeri valeriy vasily vasili vasil viktar viktor victor vitaly vitali vitaliy
vladimir uladzimir volodymyr vladislav uladzislau vyacheslav viachaslau yaroslav yury yuri yuriy yurii
zakhar gleb glev nikita matvey miroslav rostislav lev yakov yakau efim yefim emil eduard edvard
veniamin vsevolod svyatoslav arseny arsenii mark marat rustam ramil rinat timur
anna hanna alla alena alyona olena elena yelena helena alina alisa anastasia nastassia angelina
daria darya dasha ekaterina yekaterina katsiaryna kateryna galina halina inna irina iryna ina
larisa lyudmila ludmila liudmila lyubov liubou marina maryna maria mariya marya nadezhda nadzeya
natalya natalia natallia natalie nina oksana olga volha olha polina raisa svetlana sviatlana sofia
tatiana tatyana tatsiana tetiana valentina valiantsina vera viera victoria viktoria yulia yuliya julia
zoya zinaida lidia lidiya lydia tamara yana yanina margarita kristina kseniya ksenia veronika
aryna arina alesia alesya volha yuliya yulia hanna iryna katsiaryna darya daria nadzeya maryia
uladzimir aliaksei siarhei dzmitry yauheni pavel andrei mikita kiryl ihar valer yury zmitser
elvira diana ella eleonora evgenia yevgenia ulyana lilia liliya regina rimma
kassym kassym-jomart nursultan imangali olzhas alikhan bakytzhan askar daniyar yerlan serik marat
karim nurlan saule gulnara aigul dinara shavkat emomali sadyr ilham nikol serdar gurbanguly
almazbek sooronbay islam mirziyoyev
john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony donald steven steve paul andrew joshua kenneth kevin brian george edward ronald timothy
jason jeffrey ryan jacob gary nicholas eric stephen jonathan larry justin scott brandon frank
benjamin gregory samuel raymond patrick jack dennis jerry tyler aaron jose henry adam douglas nathan
peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mark tony tim tom
jim bill bob mike dave chris nick rick ken ian neil colin graham nigel simon martin malcolm alistair
hugh gordon stuart duncan craig derek trevor barry geoff geoffrey clive keith howard lee dean
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
laura sharon cynthia kathleen amy shirley angela helen brenda pamela nicole emma samantha katherine
christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline
ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise
beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla
charlotte jane anne hillary madeleine condoleezza monica sue kate lucy claire sally jill jo
hans klaus jurgen juergen helmut gerhard wolfgang dieter horst manfred werner heinz rolf uwe
stefan thomas andreas frank joachim bernd rainer karl-heinz lothar rudi franz fritz otto kurt
angela ursula gisela monika sabine petra
jean pierre jacques michel alain philippe francois françois nicolas laurent christophe olivier
patrick eric didier thierry lionel dominique bernard gilles yves marcel henri claude emmanuel
marine segolene simone
jose juan carlos luis miguel antonio manuel francisco javier pedro jorge alberto fernando ricardo
rafael sergio diego pablo andres eduardo roberto alejandro mario felipe jesus ramon enrique
giovanni giuseppe marco luca paolo andrea francesco alessandro massimo stefano roberto silvio
romano lamberto gianfranco fabio matteo
jan piet kees willem hendrik johan dirk wim ruud marco edwin frank patrick
lars sven erik anders per nils bjorn olof magnus henrik
wasim waqar mushtaq aamir saeed inzamam salim ijaz moin saqlain rameez javed imran shoaib
mohammed muhammad mohammad ahmed ahmad ali hassan hussein hosni yasser saddam bashar abdullah omar
khalid mahmoud mustafa ibrahim yusuf youssef nawaz benazir ashraf rafik rafiq hamid karzai
sachin rahul sourav anil javagal venkatesh nayan mohammad rajiv sonia narendra manmohan atal
deve gowda inder kumar
boris nelson kofi yitzhak benjamin shimon ehud ariel yasser hafez
bill hillary al newt bob ross jesse jack pat
li wang zhang liu chen yang zhao huang zhou wu jiang deng xi hu wen zhu
xie xu guo luo liang zheng feng xiao cheng cao yuan shen zeng peng cai jia xue qian qin qiu zhong tian yao hou cui
kim park lee
murat bakhtiyor bakhtiyar sardor kairat yerbol akhan alibek farhod farkhod jamshid ulugbek aziz dilshod zhanna
aliya ainur mehriban elnur anar rashid mohamed qais yerzhan yerkin berik bolat dauren galym kanat kuanysh
maksat nurbek talgat azamat adilet almaz bakyt chingiz temirlan sherzod otabek jasur bekzod botir laziz akmal
anvar bobur doniyor eldor ibrohim javlon nodir sanjar shukhrat zafar dildora nigora malika madina kamila
zarina aizhan akmaral gaukhar saltanat elchin elmar ramil rovshan vugar samir armen ashot gagik hovhannes
levon tigran vahe giorgi irakli levan zurab abdulla abdullah ahmad faisal hamad hamdan hussein ibrahim
khaled khalid mahmoud mansour mustafa nasser saeed tariq youssef yusuf waleed zayed
""")

# Capitalized words that start a sentence or a heading but are never part of a name.
SENTENCE_STARTERS = _words("""
the a an this that these those there here it he she they we i you his her their our in on at by
for with from to of and or but if when while after before during since as also however meanwhile
according more most some many all each every both during under over between among about against
what who which why how where yes no not only even still yet so then thus therefore besides
""")

# Capitalized phrases shaped like organizations that are places or eras.
NOT_ORGANIZATIONS = frozenset({
    "soviet union", "united states", "united kingdom", "united arab emirates", "united states of america",
    "european economic area", "russian federation", "republic of belarus", "house of culture",
    # ranks, not bodies: "Lieutenant Colonel of Internal Service", "Major General of Justice"
    "internal service", "justice", "medical service",
})

# Words that say what kind of body, not which one: "the Regional Executive Committee" alone names
# no particular body.
GENERIC_ORG_WORDS = _words("""
regional district city oblast executive state national republican main central local village town
public municipal federal joint standing permanent supreme higher general special interdepartmental
secondary primary
""")

# Demonym -> country, for foreign ministries named by a post ("Hungarian Minister of Foreign Affairs").
DEMONYM_COUNTRY = {
    "russian": "Russia", "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "ukrainian": "Ukraine",
    "uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "georgian": "Georgia", "moldovan": "Moldova",
    "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "polish": "Poland", "german": "Germany",
    "french": "France", "italian": "Italy", "spanish": "Spain", "british": "Britain", "chinese": "China",
    "indian": "India", "pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria",
    "turkish": "Turkey", "israeli": "Israel", "egyptian": "Egypt", "japanese": "Japan", "korean": "South Korea",
    "cuban": "Cuba", "venezuelan": "Venezuela", "brazilian": "Brazil", "american": "the United States",
    "canadian": "Canada", "serbian": "Serbia", "hungarian": "Hungary", "austrian": "Austria", "swiss": "Switzerland",
    "swedish": "Sweden", "norwegian": "Norway", "finnish": "Finland", "danish": "Denmark", "dutch": "the Netherlands",
    "belgian": "Belgium", "greek": "Greece", "bulgarian": "Bulgaria", "romanian": "Romania", "czech": "the Czech Republic",
    "slovak": "Slovakia", "mongolian": "Mongolia", "vietnamese": "Vietnam", "indonesian": "Indonesia",
    "omani": "Oman", "emirati": "the United Arab Emirates", "saudi": "Saudi Arabia", "zimbabwean": "Zimbabwe",
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "angolan": "Angola", "argentine": "Argentina",
    "argentinian": "Argentina", "australian": "Australia", "azeri": "Azerbaijan", "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh", "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina", "cambodian": "Cambodia",
    "chilean": "Chile", "colombian": "Colombia", "croatian": "Croatia", "cypriot": "Cyprus", "ecuadorian": "Ecuador",
    "ethiopian": "Ethiopia", "filipino": "the Philippines", "ghanaian": "Ghana", "icelandic": "Iceland", "irish": "Ireland",
    "jordanian": "Jordan", "kenyan": "Kenya", "kuwaiti": "Kuwait", "laotian": "Laos", "lebanese": "Lebanon",
    "libyan": "Libya", "malaysian": "Malaysia", "maltese": "Malta", "mexican": "Mexico", "montenegrin": "Montenegro",
    "moroccan": "Morocco", "namibian": "Namibia", "nepalese": "Nepal", "nicaraguan": "Nicaragua", "nigerian": "Nigeria",
    "palestinian": "Palestine", "peruvian": "Peru", "portuguese": "Portugal", "qatari": "Qatar", "singaporean": "Singapore",
    "slovenian": "Slovenia", "slovene": "Slovenia", "sudanese": "Sudan", "tanzanian": "Tanzania", "thai": "Thailand",
    "tunisian": "Tunisia", "ugandan": "Uganda", "uruguayan": "Uruguay", "yemeni": "Yemen", "zambian": "Zambia",
    "macedonian": "North Macedonia", "paraguayan": "Paraguay", "senegalese": "Senegal", "rwandan": "Rwanda",
}
# every demonym the country table knows is a demonym ("the Bangladeshi company ...": where it is from, not its name)
DEMONYMS = DEMONYMS | frozenset(DEMONYM_COUNTRY)
# country -> the one adjective the press names its bodies with ("Indian Embassy", "Canadian Red Cross")
COUNTRY_DEMONYM: dict[str, str] = {}
for _demonym, _country in DEMONYM_COUNTRY.items():
    COUNTRY_DEMONYM.setdefault(_country, _demonym.title())


# Things that are not persons, organizations or places (events, holidays, awards, venues, streets, religious
# services, products, breeds, drinks, trains, shows), by the words that say so: `non_entities.tsv`, one home
# for every language (its header says what each column means).
NON_ENTITIES_FILE = Path(__file__).parent / "non_entities.tsv"


def _non_entity_rows() -> list[tuple[str, str, str, str]]:
    """(word, lang, where, kind) of `non_entities.tsv`."""
    return [(word, lang, where, kind) for word, lang, where, kind in tables.rows(NON_ENTITIES_FILE)]


_NON_ENTITY_ROWS = _non_entity_rows()
# The head word of a thing's name: "Francisk Skorina Medal", "Eternal Flame", "Zhlobin Open Cup", "Memory Train".
NON_ENTITY_HEADS = frozenset(w for w, _, where, _kind in _NON_ENTITY_ROWS if where == "head")
# The head word of an event's name, which may name a body after "of": "Cup of the Union State", "Olympiad of
# the ..." (the body is the event's namesake there; an award's body gives it: "Diploma of the ... Committee")
EVENT_HEADS = frozenset(w for w, _, where, kind in _NON_ENTITY_ROWS if where == "head" and kind == "event")
# ... and of an event or a holiday named after a body before it: "CIS Food Week", "BRSM Summer Games"
OCCASION_HEADS = frozenset(w for w, _, where, kind in _NON_ENTITY_ROWS if where == "head" and kind in ("event", "holiday"))
# Nouns that make the name before them, in lower case too, a namesake: "the Yakub Kolas museum",
# "the Ivan Petrov tournament" (not verbs: "Lukashenko awards", "Petrov orders" mention persons)
NAMESAKE_NOUNS = frozenset(w for w, _, where, _kind in _NON_ENTITY_ROWS if where == "namesake")
# Capitalized words that open a venue's name: "Hotel Pripyatsky", "Café Vesna" (no person's name follows them)
VENUE_OPENERS = frozenset(w for w, _, where, _kind in _NON_ENTITY_ROWS if where == "opens")
# Lower-case nouns beside a name that make it a thing's name: "the Holstein breed", "диван «Гомельдрев-Париж»"
_THING_BESIDE = re.compile("|".join(
    re.escape(w[:-1]) + r"\w{0,3}" if w.endswith("*") else re.escape(w).replace(r"\ ", r"\s+")
    for w, _, where, _kind in sorted(_NON_ENTITY_ROWS, key=lambda r: -len(r[0])) if where == "beside"))
_THING_AFTER = re.compile(rf"[»\"”]?\s+(?:{_THING_BESIDE.pattern})(?![\w-])")
_THING_BEFORE = re.compile(rf"(?<![\w-])(?:{_THING_BESIDE.pattern})\s+[«\"“„]?$")


def thing_beside(before: str, after: str) -> tuple[bool, bool]:
    """Whether the text right `before` a name ends with, and the text right `after` it starts with, a lower-case
    noun of a thing ("the medal ", " breed of"): the name is then the thing's, not a person's or a body's."""
    return bool(_THING_BEFORE.search(before)), bool(_THING_AFTER.match(after))


# Bodies often named after a person: "Francysk Skaryna Gomel State University", "Yanka Kupala Theatre"
NAMED_BODIES = _words("university college institute academy theatre theater conservatory philharmonic")
# Dotted abbreviations whose last letter reads like an initial ("U.S. Trade Representative").
ABBREVIATIONS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A.", "D.C."})

# What is named after a person, before the person's name: 'the stadium named after Yakub Kolas',
# 'the tournament in memory of Hero of the Soviet Union Vasily Margelov'.
MEMORIAL_CUES = (("named", "after"), ("order", "of"), ("medal", "of"),
                 # Russian and Belarusian: "университет имени Франциска Скорины", "у гонар", "памяти"
                 ("имени",), ("імя",), ("в", "честь"), ("у", "гонар"), ("памяти",), ("памяці",), ("in", "memory", "of"), ("in", "honour", "of"), ("in", "honor", "of"),
                 ("dedicated", "to"), ("monument", "to"), ("prizes", "of"), ("prize", "of"), ("memorial", "to"))
# Words of an honorary title between such a cue and the name.
HONORIFICS = _words("""
hero heroes of the soviet union belarus ussr socialist labour labor people's peoples national artist
poet writer composer painter marshal general academician twice partisan pilot cosmonaut saint st
enlightener educator olympic champion world european famous outstanding great prominent renowned legendary
honoured honored merited distinguished teacher scientist statesman commander
героя героя героев советского союза беларуси народного поэта писателя академика дважды
героя героя савецкага саюза беларусі народнага паэта пісьменніка акадэміка
социалистического труда сацыялістычнай працы олимпийского алімпійскага чемпиона чэмпіёна мира свету
""")

# A saint's title before the name, in any case form (святой, святога, преподобного, святителя)
# (and the Virgin's "Most Holy": "храм Рождества Пресвятой Девы Марии", "касцёл Найсвяцейшай Дзевы Марыі")
SAINTS = re.compile(r"^(?:свят(?:ой|ого|ому|ым|ая|ую|ых|ого|ога|ой|ую|ыя|ых)|св|святителя|святіцеля|святціцеля|"
                    r"пресвят\w+|прасвят\w+|найсвяцейш\w+|пресвятейш\w+|"
                    r"преподобн\w+|прападобн\w+|равноапостольн\w+|роўнаапостальн\w+|saint|st)$")

# Russian and Belarusian nouns of things named by a person's name in the genitive, in any case form:
# "Дни Адама Мицкевича", "медаль Франциска Скорины", "вуліца Янкі Купалы", "турнир Александра Медведя"
NAMESAKE_HEADS = re.compile(r"^(?:дн(?:и|ей|ям|ях)|дні|дзён|дням|медал\w*|орден\w*|ордэн\w*|преми\w*|прэмі\w*|приз\w*|прыз\w*|"
                            r"улиц\w*|вуліц\w*|проспект\w*|праспект\w*|площад\w*|плошч\w*|переул\w*|завулк\w*|"
                            r"бульвар\w*|сквер\w*|турнир\w*|турнір\w*|кубк\w*|кубак|мемориал\w*|мемарыял\w*|"
                            r"чтени\w*|чытанн\w*|стипенди\w*|стыпенды\w*|памятник\w*|помнік\w*|музе\w*|"
                            r"школ\w*|гимнази\w*|гімназі\w*|библиотек\w*|бібліятэк\w*|стадион\w*|стадыён\w*|сядзіб\w*|усадьб\w*)$")


def named_after(words_before: list[str], genitive: bool = False) -> bool:
    """True when the words before a name end with a memorial cue and honorary words only, or
    (Russian, Belarusian) with the noun of a thing and the name is in the `genitive` ("Дни Адама
    Мицкевича", "музей Якуба Коласа"; not "в эти дни Иван Петров", "вручил медаль Ивану Петрову")."""
    # initials between the cue and the surname ride along: "named after Ya. Kupala"
    low = [w.lower() for w in words_before if not (w[:1].isupper() and len(w) <= 2)]
    honoured = len(low)
    while honoured and low[honoured - 1] in HONORIFICS:
        honoured -= 1
    # (each half of a compound: "Музея-сядзібы Уладзіміра Караткевіча")
    if honoured and genitive and any(NAMESAKE_HEADS.match(part) for part in low[honoured - 1].split("-")):
        return True
    if low and SAINTS.match(low[-1]):
        return True  # "святога Кірылы Тураўскага", "St. Euphrosyne": a saint, not a person in the news
    for cue in MEMORIAL_CUES:
        n = len(cue)
        for end in range(len(low), max(n - 1, len(low) - 9), -1):
            if tuple(low[end - n:end]) == cue and all(w in HONORIFICS for w in low[end:]):
                return True
    return False


# a league played for, not a body: "the Belarusian Premier League", "the Extraleague"
_COMPETITION_LEAGUE = re.compile(r"\b(?:Premier|Super|Major|Higher|First|Second|Extra)[ -]?[Ll]eague$|\bExtraleague$")
# venues named as centres and halls: where an exhibition or a congress is held, not who holds it
# ("Dubai World Trade Centre", "the Oman Convention and Exhibition Centre", "BelExpo Exhibition Hall";
# a "Business Center" that promotes trade is a body)
_VENUE = re.compile(r"\b(?:Exhibition|Expo|Exposition|Convention|Congress|Conference|Shopping|Concert|"
                    r"Entertainment|Fair)(?: and \w+)?\s+(?:Cent(?:re|er)|Hall|Mall|Grounds?)$|\bExpo ?cent(?:re|er)$"
                    r"|\bWorld Trade Cent(?:re|er)\b"
                    # a sports venue the page puts people in ("the hotel of the Olympic Sports Complex")
                    r"|\b(?:Sports|Ice|Tennis|Swimming) (?:Complex|Palace|Arena)$|\bPalace of Sports?$"
                    # a palace-and-park or architectural ensemble is a place to visit, not a body
                    r"|\b(?:Palace|Park|Manor|Castle|Architectural|Estate)(?: and (?:Park|Palace|Manor|Castle))? Ensemble$"
                    # a station passengers wait at ("near the Orsha Railway Station"; a research station is a body)
                    r"|\b(?:Railway|Train|Bus|Coach|Metro|River|Filling|Petrol) Station$"
                    # an award's name says what it is for ("the For Excellent Service badge", "medal For Courage")
                    r"|^For [A-Z]")


def is_non_entity_name(label: str) -> bool:
    """An unknown organization-shaped name whose head says it is a thing, not a body."""
    if _COMPETITION_LEAGUE.search(label) or _VENUE.search(label):
        return True
    head = re.split(r"\s+(?:in|of|on|at|for)\s+", label, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in NON_ENTITY_HEADS and not any(w.lower() in ORG_HEADS for w in head)


# British and American spellings of the words in organization names: one body under either
# ("Ministry of Defense" = "Ministry of Defence", "Labor" = "Labour").
SPELLINGS = {"defence": "defense", "labour": "labor", "centre": "center", "organisation": "organization",
             "programme": "program", "theatre": "theater", "honour": "honor", "specialised": "specialized",
             "harbour": "harbor", "neighbourhood": "neighborhood", "co-operation": "cooperation",
             "television": "tv"}  # (not a spelling, one word short: "National State TV and Radio Company")
SPELLINGS.update({american: british for british, american in list(SPELLINGS.items())})


def other_spelling(name: str) -> str | None:
    """`name` with its British words in American spelling or the other way round; None if it has neither."""
    def swap(m: re.Match) -> str:
        word = m.group(0)
        other = SPELLINGS[word.lower()]
        if other == "tv":
            return "TV"
        return other.capitalize() if word[:1].isupper() else other
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in SPELLINGS) + r")\b"
    out = re.sub(pattern, swap, name, flags=re.I)
    return out if out != name else None
