"""Learning that cannot poison the facets (issue 14): `ingest` changes nothing unless asked, a learned
name is used on other pages only after evidence, an operator can review and undo what was learned,
and many unrelated articles learned first barely move the blind pages' scores."""

from __future__ import annotations

import json
import random

from conftest import run_cli
from entity_sets import ENTITY_KEYS, extract_pages, gold, score_pages

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry

STORY = ("Director General of the Kovrovo Glass Works Stanislav Verbitsky showed the new furnace to "
         "the delegation. Verbitsky said the plant would double its output.")


def article(n: int, body: str, site: str = "Lida District Executive Committee") -> Article:
    return Article(id=f"a{n}", title="News", body=body, site=site, published="2025-01-01")


def page(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(f"Lida District Executive Committee\nMain / News\n14 March 2025\n\nNews of the day\n\n\n{body}\n",
                    encoding="utf-8")
    return path


def test_ingest_without_learn_writes_no_learned_entities(tmp_path):
    overlay = tmp_path / "entities-learned.jsonl"
    env = {"SEARCHSVC_ENTITIES_FILE": str(overlay)}
    run_cli("ingest", "--json", str(page(tmp_path, "p.txt", STORY)), env=env)
    assert not overlay.exists() or overlay.read_text() == ""
    out = run_cli("ingest", "--json", "--learn", str(page(tmp_path, "p.txt", STORY)), env=env)
    assert "Stanislav Verbitsky" in json.loads(out.stdout.splitlines()[0])["persons"]
    assert "stanislav-verbitsky" in overlay.read_text()


def test_a_learned_name_reads_other_pages_only_after_several_articles(tmp_path):
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    quoted = 'The road maintenance company "Lunokhod" repaired the bridge near the village.'
    bare = "Lunokhod also repaired two kilometres of the road to the farm."
    (learned,) = extractor.annotate(article(1, quoted)).organizations
    # the bare name on another page: one article is no evidence, so it reads nothing elsewhere
    assert learned not in extractor.annotate(article(2, bare)).organizations
    extractor.annotate(article(3, quoted, site="Slonim District Executive Committee"))
    assert registry.trusted(registry.get(learned))  # seen on two sites
    assert learned in extractor.annotate(article(4, bare)).organizations
    # the evidence survives a restart: it is in the overlay journal
    again = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    assert again.trusted(again.get(learned))


def test_a_learned_surname_never_names_a_person_on_another_page(tmp_path):
    """Surnames are common and the wire is big: "I.V. Zhuk" is not the "Ivan Zhuk" of other stories."""
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    for n in range(4):
        extractor.annotate(article(n, "Director Ivan Zhuk of the Lida bakery opened a shop.", site=f"Site {n}"))
    assert registry.trusted(registry.get("ivan-zhuk"))
    assert extractor.annotate(article(9, "The head of the enterprise, I.V. Zhuk, answered questions.")).persons \
        != ["ivan-zhuk"]


def test_trap_shapes_are_never_learned_however_often_they_are_seen(tmp_path):
    """A tournament, a medal, a street, a service, a saint or an organ's common noun in many articles
    and on many sites is still no entity: nothing of it reaches the overlay."""
    overlay = tmp_path / "entities-learned.jsonl"
    registry = EntityRegistry.load(overlay=overlay)
    extractor = EntityExtractor(registry)
    traps = ("The Ivan Petrov Memorial Tournament opened at the Olympic Sports Arena on Sovetskaya Street. "
             "The Francisk Skorina Medal went to the Chief Physician. A liturgy was served at the cathedral. "
             "У Полацку адзначылі дзень святой Ефрасінні Полацкай. Праздник 8 Марта\n\nНакануне прошел концерт.")
    for n in range(6):
        found = extractor.annotate(article(n, traps, site=f"Site {n}"))
        assert found.persons == []
    learned = overlay.read_text(encoding="utf-8") if overlay.exists() else ""
    for word in ("petrov", "skorina", "physician", "sovetskaya", "efrasinn", "yefrosin", "marta", "nakanune"):
        assert word not in learned.lower()


def test_a_learned_name_is_no_part_of_a_longer_name_and_a_country_no_body(tmp_path):
    """Wire stories teach "the Chamber of Commerce" and "the producer Ecuador"; on a regional page the
    longer name stays whole and the country stays a place."""
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    wire = "OPEC named the much smaller producer Ecuador. The Chamber of Commerce said prices rose."
    for n in range(4):
        extractor.annotate(article(n, wire, site=f"Wire {n}"))
    assert [e.label("en") for e in registry.learned()] == ["Chamber of Commerce"]
    page = extractor.annotate(article(9, "A delegation of the Pskov Oblast Chamber of Commerce and Industry and "
                                         "traders from Ecuador visited Lida."))
    assert [registry.label(i, "en") for i in page.organizations] == ["Pskov Oblast Chamber of Commerce and Industry"]
    assert "place:country:ec" in page.places


def test_a_learned_word_is_no_tail_of_a_coordinated_name(tmp_path):
    """Wire stories teach "the Development company" (a one-word body); on a regional page "the European Bank
    for Reconstruction and Development" stays one body, not a cut bank and a "Development"."""
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    for n in range(4):
        extractor.annotate(article(n, "The Development company said prices rose.", site=f"Wire {n}"))
    assert [e.label("en") for e in registry.learned()] == ["Development"]
    page = extractor.annotate(article(9, "The boiler house was financed by the European Bank for Reconstruction and "
                                         "Development and the Ministry of Housing and Utilities."))
    orgs = sorted(registry.label(i, "en") for i in page.organizations)
    assert orgs == ["European Bank for Reconstruction and Development", "Ministry of Housing and Utilities of Belarus"]


def test_a_learned_east_asian_name_joins_only_its_own_spelling(tmp_path):
    """Regional pages teach "Wang Jianguo" and "Nguyen Van Thanh" (a consonant key cannot tell Jianguo from
    Jianhua, nor Thanh from Thang); a later page's Wang Jianhua and Nguyen Duc Thang stay themselves."""
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    for n in range(4):
        extractor.annotate(article(n, "Chairman of the board Wang Jianguo and director Nguyen Van Thanh signed "
                                      "the contract.", site=f"Site {n}"))
    assert registry.trusted(registry.get("wang-jianguo"))
    page = extractor.annotate(article(9, "Wang Jianhua of the Chinese company and Nguyen Duc Thang from Hanoi "
                                         "visited the dairy. Kim Jae-young came too."))
    assert sorted(registry.label(i, "en") for i in page.persons) == ["Kim Jae-young", "Nguyen Duc Thang",
                                                                      "Wang Jianhua"]
    again = extractor.annotate(article(10, "Wang Jianguo visited the dairy with Kim Jae Young."))
    assert [registry.label(i, "en") for i in again.persons][:1] == ["Wang Jianguo"]


def test_a_learned_name_cut_short_by_the_next_name_is_no_shorter_body(tmp_path):
    """A learned "Embassy of China in Belarus" (also called "Embassy of China") followed straight by a person's
    name stays the whole embassy, and the home country in it is no place of the story."""
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry)
    for n in range(4):
        extractor.annotate(article(n, "The Embassy of China in Belarus donated computers to the school.",
                                   site=f"Site {n}"))
    page = extractor.annotate(article(9, "The ceremony was attended by Counsellor of the Embassy of China in "
                                         "Belarus Zhao Ming and the district chairman."))
    assert [registry.label(i, "en") for i in page.organizations] == ["Embassy of China in Belarus"]
    assert "Belarus" not in [registry.label(i, "en") for i in page.places]


def test_operator_lists_and_forgets_learned_entities(tmp_path):
    overlay = tmp_path / "entities-learned.jsonl"
    extractor = EntityExtractor(EntityRegistry.load(overlay=overlay))
    extractor.annotate(article(1, STORY))
    listed = run_cli("entities", "learned", "--json", "--file", str(overlay)).stdout.splitlines()
    row = next(json.loads(line) for line in listed if json.loads(line)["id"] == "stanislav-verbitsky")
    assert (row["articles"], row["trusted"]) == (1, False)
    out = json.loads(run_cli("entities", "forget", "stanislav-verbitsky", "--file", str(overlay)).stdout)
    assert out["forgotten"] == ["stanislav-verbitsky"]
    registry = EntityRegistry.load(overlay=overlay)
    assert registry.get("stanislav-verbitsky") is None
    assert run_cli("entities", "forget", "aleksandr-lukashenko", "--file", str(overlay), check=False).returncode == 1


# surnames common in the region and in the wire (and "Boren", which sounds like the town of Baran)
COMMON_SURNAMES = ["Ivanov", "Kovalenko", "Novikov", "Morozov", "Zhuk", "Sokol", "Markov", "Kovalchuk",
                   "Boren", "Petrov", "Smith", "Brown", "Gursky", "Matusevich", "Ivanets", "Kozel"]


def _unrelated_articles(n: int, seed: int = 14):
    """Wire-like stories full of capitalized names that are nobody in the region."""
    rnd = random.Random(seed)
    first = ["Ahmed", "John", "Maria", "Ivan", "Olga", "Peter", "Sergei", "Anna", "Li", "Kim"]
    syllables = ["ka", "ro", "mi", "ten", "vor", "sel", "dan", "bru", "lik", "mor", "pan", "zet"]
    heads = ["Bank", "Corporation", "Holding", "Agency", "Union", "Institute", "Council", "Ministry of Trade"]

    def word():
        return "".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 3))).capitalize()

    for k in range(n):
        person, org = f"{rnd.choice(first)} {word()}ov", f"{word()} {word()} {rnd.choice(heads)}"
        surname = rnd.choice(COMMON_SURNAMES)
        body = (f"Chairman of {org} {person} said on Monday that {word()} would cut prices. "
                f"{person.split()[1]} met Minister {word()}. {word()} Street and {word()} Cup were mentioned. "
                f"The U.S. Trade Representative and Senator {rnd.choice(first)} {surname} met on Wall Street. "
                f"{surname} said the {word()} {word()} Corporation was right.")
        yield article(1000 + k, body, site=f"{word()} Wire")


def test_many_unrelated_articles_learned_first_barely_move_the_blind_pages(tmp_path):
    clean = score_pages(extract_pages("blind6", EntityRegistry.load(overlay=tmp_path / "clean.jsonl")), gold("blind6"))
    poisoned = EntityRegistry.load(overlay=tmp_path / "poisoned.jsonl")
    extractor = EntityExtractor(poisoned)
    for a in _unrelated_articles(400):
        extractor.annotate(a)
    assert len(poisoned.learned()) > 300
    after = score_pages(extract_pages("blind6", poisoned), gold("blind6"))
    for key in ENTITY_KEYS:
        assert abs(after[key]["f1"] - clean[key]["f1"]) < 0.01, key
