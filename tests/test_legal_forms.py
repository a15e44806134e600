"""Companies' legal forms are one table (legal_forms.tsv, read by entities/legal_forms.py): the site registry, the
namer of Russian and Belarusian companies and the English rules all ask it, so a form added there is known to all
of them, and each reads only the rows of its scope."""

from __future__ import annotations

from searchsvc.entities import lexicon as lx
from searchsvc.entities.companies import CompanyNames
from searchsvc.entities.legal_forms import LegalForms, legal_forms


def test_a_farms_and_a_clubs_form_stays_in_its_english_name_a_companys_does_not():
    names = CompanyNames()
    assert names.english("Крутогорье", "СВК", "") == "SPK Krutogorye"  # the Belarusian initials of СПК
    assert names.english("Дружба-Агро", "КСВУП", "") == "KSUP Druzhba-Agro"
    assert names.english("Светляк", "ХК", "") == "HC Svetlyak"
    assert names.english("Ведрич", "ФК", "") == "FC Vedrich"
    assert names.english("Ведрич", "ОАО", "") == "Vedrich"  # the press adds OJSC where it names the company


def test_the_english_rules_read_the_same_table():
    forms = legal_forms()
    assert lx.LEGAL_FORMS == forms.before_names
    # a foreign form and a romanized Belarusian one are dropped from a name; a club's opens it and stays
    assert {"ojsc", "jv", "spk", "pjsc", "rup", "iooo"} <= lx.LEGAL_FORMS
    assert {"hc", "fc"} <= lx.NAME_PREFIXES and not {"hc", "fc"} & lx.LEGAL_FORMS
    # a farm's, a club's or a foreign form is no Belarusian company's form to the site registry
    assert not {"СПК", "ХК", "ФК"} & forms.initials and "pjsc" not in forms.latin and "rup" not in forms.latin


def test_a_row_added_to_the_table_reaches_its_readers(tmp_path):
    table = tmp_path / "legal_forms.tsv"
    table.write_text("# invented forms\n"
                     "OJSC\tojsc\tОАО\tоткрытое акционерное общество\tpress\n"
                     "AC\tac\tАК,СГК\t\tfarm\n"
                     "VC\tvc\tВК\t\tclub\n"
                     "SE\tse\t\t\tforeign\n", encoding="utf-8")
    forms = LegalForms(table)
    assert forms.kept == {"АК": "AC", "СГК": "AC", "ВК": "VC"} and forms.farm_initials == {"АК", "СГК"}
    assert forms.before_names == {"ojsc", "ac", "se"} and forms.name_prefixes == {"vc"}
    assert forms.initials == {"ОАО"} and forms.press("открытого акционерного общества") == "OJSC"


def test_the_modules_usage_examples_are_true():
    import doctest

    from searchsvc.entities import legal_forms as module
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
