"""Domain rules beyond the schema, each shown to fire and to stay quiet."""

from __future__ import annotations

import copy
import json

import pytest

from wmo_docs.case import catalogue, profile_for, validate_case
from wmo_docs.findings import Severity
from wmo_docs.profile import load_profile

from case_helpers import REPO, example

V = "/besluit/voorzieningen/0"


def pairs(findings) -> set[tuple[str, str]]:
    return {(f.rule, f.pointer) for f in findings}


def test_catalogue_is_data_with_dutch_title_severity_basis_hint() -> None:
    rules = catalogue()
    for rule_id in ("CASUS-BSN", "CASUS-CHRONOLOGIE", "CASUS-TERMIJN-ONDERZOEK", "CASUS-TERMIJN-BESLUIT", "CASUS-AFWEGING",
                    "CASUS-SPECIFICATIE", "CASUS-PGB", "CASUS-OVERGANG", "CASUS-GRONDSLAG", "SCHEMA"):
        entry = rules[rule_id]
        assert entry.title and entry.hint and entry.legal_basis
    assert rules["CASUS-TERMIJN-BESLUIT"].severity is Severity.WARNING
    assert rules["CASUS-BSN"].severity is Severity.ERROR


def test_every_finding_has_pointer_hint_and_legal_basis() -> None:
    case = example("01")
    case["client"]["bsn"] = "123456780"
    case["besluit"]["datum"] = "2026-09-01"
    for f in validate_case(case):
        assert f.pointer is not None and f.pointer.startswith("/")
        assert f.hint and f.legal_basis


def test_onderzoek_term_and_verdaging() -> None:
    case = example("01")
    case["melding"]["datum"] = "2026-08-01"  # verslag 2026-09-18: 48 days
    case["melding"]["clientondersteuning"]["datum"] = "2026-08-01"
    assert ("CASUS-TERMIJN-ONDERZOEK", "/verslag/verzonden_op") in pairs(validate_case(case))
    case["onderzoek"]["verdaging"] = {"datum": "2026-09-05", "reden": "Ziekenhuisopname van mevrouw.", "nieuwe_einddatum": "2026-09-30"}
    assert not any(f.rule == "CASUS-TERMIJN-ONDERZOEK" for f in validate_case(case))
    case["onderzoek"]["verdaging"]["nieuwe_einddatum"] = "2026-09-15"
    assert ("CASUS-TERMIJN-ONDERZOEK", "/verslag/verzonden_op") in pairs(validate_case(case))


def test_six_weeks_exactly_is_in_time() -> None:
    case = example("01")
    case["melding"]["datum"] = "2026-08-07"  # verslag 2026-09-18 = exactly 42 days
    case["melding"]["clientondersteuning"]["datum"] = "2026-08-07"
    assert not any(f.rule == "CASUS-TERMIJN-ONDERZOEK" for f in validate_case(case))


def test_besluit_term_verdaging_sent_too_late() -> None:
    case = example("04")  # aanvraag 2026-06-05 with verdaging: no warning
    assert validate_case(case) == []
    case["aanvraag"]["verdaging"]["datum"] = "2026-06-25"  # after the two weeks ended (06-19)
    assert ("CASUS-TERMIJN-BESLUIT", "/aanvraag/verdaging/datum") in pairs(validate_case(case))
    del case["aanvraag"]["verdaging"]
    f = [f for f in validate_case(case) if f.rule == "CASUS-TERMIJN-BESLUIT"][0]
    assert f.severity is Severity.WARNING and f.pointer == "/besluit/datum" and "35 dagen" in f.message


def test_chronology_melding_gesprek_verslag_besluit() -> None:
    case = example("01")
    case["onderzoek"]["gespreksdatum"] = "2026-08-20"  # before the melding (09-01)
    assert pairs(validate_case(case)) == {("CASUS-CHRONOLOGIE", "/onderzoek/gespreksdatum")}
    case = example("01")
    case["verslag"]["verzonden_op"] = "2026-10-10"  # after the besluit (10-02)
    assert ("CASUS-CHRONOLOGIE", "/besluit/datum") in pairs(validate_case(case))


def test_birth_date_after_melding() -> None:
    case = example("01")
    case["client"]["geboortedatum"] = "2027-01-01"
    found = validate_case(case)
    assert pairs(found) == {("CASUS-DATUM", "/client/geboortedatum")}
    assert "2027" not in found[0].message


def test_layers_betreft_limits_a_conclusion_to_one_voorziening() -> None:
    case = example("01")
    second = copy.deepcopy(case["besluit"]["voorzieningen"][0])
    second.update({"soort": "begeleiding individueel", "beslissing": "afgewezen", "productcategorie": "02", "productcode": "02A01"})
    for key in ("omvang", "ingangsdatum", "einddatum", "leveringsvorm", "aanbieder", "resultaat"):
        second.pop(key)
    case["besluit"]["voorzieningen"].append(second)
    case["besluit"]["soort"] = "gedeeltelijke toekenning"
    case["afweging"]["sociaal_netwerk"]["conclusie"] = "toereikend"
    # Without betreft the toereikend layer contradicts the grant of huishoudelijke ondersteuning.
    assert ("CASUS-AFWEGING", "/afweging/sociaal_netwerk/conclusie") in pairs(validate_case(case))
    case["afweging"]["sociaal_netwerk"]["betreft"] = ["begeleiding individueel"]
    assert validate_case(case) == []
    case["afweging"]["sociaal_netwerk"]["betreft"] = ["opvang"]
    assert ("CASUS-AFWEGING", "/afweging/sociaal_netwerk/betreft/0") in pairs(validate_case(case))


def test_refusal_on_another_ground() -> None:
    case = example("02")
    for layer in case["afweging"].values():
        if layer["conclusie"] in {"toereikend", "gedeeltelijk toereikend"}:
            layer["conclusie"] = "niet toereikend"
    assert pairs(validate_case(case)) == {("CASUS-AFWEGING", f"{V}/beslissing")}
    case["besluit"]["voorzieningen"][0]["andere_grond"] = {
        "grond": "algemeen gebruikelijke voorziening",
        "toelichting": "Een robotstofzuiger is algemeen gebruikelijk en lost het stofzuigen op."}
    assert validate_case(case) == []


def test_grant_needs_specification_and_pgb_amount() -> None:
    case = example("05")
    case["besluit"]["voorzieningen"][0]["pgb"]["bedrag"] = 0
    assert pairs(validate_case(case)) == {("CASUS-PGB", f"{V}/pgb/bedrag")}
    case = example("01")
    case["besluit"]["voorzieningen"][0]["pgb"] = {"bedrag": 100, "tariefgrondslag": "x"}
    assert pairs(validate_case(case)) == {("CASUS-PGB", f"{V}/pgb")}
    case = example("01")
    del case["besluit"]["voorzieningen"][0]["omvang"]
    assert validate_case(case) == []  # a resultaat alone is enough
    del case["besluit"]["voorzieningen"][0]["resultaat"]
    assert pairs(validate_case(case)) == {("CASUS-SPECIFICATIE", f"{V}/omvang")}


def test_increase_needs_no_transition_period() -> None:
    case = example("07")
    v = case["besluit"]["voorzieningen"][0]
    del v["overgangstermijn"]
    assert ("CASUS-OVERGANG", f"{V}/overgangstermijn") in pairs(validate_case(case))
    v["omvang"]["volume"] = 5  # more hours than the current 4
    assert not any(f.rule == "CASUS-OVERGANG" for f in validate_case(case))


def test_ending_needs_current_voorziening_and_transition() -> None:
    case = example("08")
    v = case["besluit"]["voorzieningen"][0]
    del v["overgangstermijn"], v["huidige_voorziening"]
    assert pairs(validate_case(case)) == {("CASUS-OVERGANG", f"{V}/overgangstermijn"), ("CASUS-OVERGANG", f"{V}/huidige_voorziening")}


def test_grant_without_eigen_bijdrage_is_a_warning() -> None:
    case = example("01")
    del case["eigen_bijdrage"]
    (f,) = validate_case(case)
    assert (f.rule, f.severity, f.pointer) == ("CASUS-EIGEN-BIJDRAGE", Severity.WARNING, "/eigen_bijdrage")


def test_grondslag_completeness_warning_and_valid_onderdeel() -> None:
    case = example("01")
    case["besluit"]["voorzieningen"][0]["grondslagen"] = [{"regeling": "Wmo 2015", "artikel": "2.3.2", "lid": 4, "onderdeel": "b"}]
    assert pairs(validate_case(case)) == {("CASUS-GRONDSLAG-VOLLEDIG", f"{V}/grondslagen")}
    case["besluit"]["voorzieningen"][0]["grondslagen"][0]["onderdeel"] = "z"
    assert ("CASUS-GRONDSLAG", f"{V}/grondslagen/0/onderdeel") in pairs(validate_case(case))


def test_verordening_onderdeel_from_profile() -> None:
    case = example("01")
    grondslagen = case["besluit"]["voorzieningen"][0]["grondslagen"]
    grondslagen.append({"regeling": "verordening", "artikel": "5", "lid": 1, "onderdeel": "d"})
    assert validate_case(case) == []
    grondslagen[-1]["onderdeel"] = "e"
    assert pairs(validate_case(case)) == {("CASUS-GRONDSLAG", f"{V}/grondslagen/3/onderdeel")}


def test_profile_argument_overrides_zaak_gemeente(tmp_path) -> None:
    profile_json = json.loads((REPO / "profiles" / "voorbeeldstad" / "profile.json").read_text(encoding="utf-8"))
    profile_json["id"] = "andere-gemeente"
    profile_json["verordening"]["artikelen"].pop("8")
    profile_json["$schema"] = str(REPO / "schemas" / "profile.schema.json")
    (tmp_path / "profile.json").write_text(json.dumps(profile_json, ensure_ascii=False), encoding="utf-8")
    other = load_profile(tmp_path)
    case = example("01")
    assert validate_case(case) == []
    assert pairs(validate_case(case, profile=other)) == {("CASUS-GRONDSLAG", f"{V}/grondslagen/1/artikel")}
    case["zaak"]["gemeente"] = "andere-gemeente"  # unknown as bundled profile, but the override wins
    assert pairs(validate_case(case, profile=other)) == {("CASUS-GRONDSLAG", f"{V}/grondslagen/1/artikel")}


def test_unknown_gemeente_is_a_clear_error() -> None:
    case = example("01")
    case["zaak"]["gemeente"] = "atlantis"
    (f,) = validate_case(case)
    assert f.rule == "CASUS-GEMEENTE" and f.pointer == "/zaak/gemeente"
    assert "'atlantis'" in f.message and "voorbeeldstad" in f.hint and "--profile" in f.hint
    assert profile_for("atlantis") is None and profile_for("../etc") is None


@pytest.mark.parametrize("mutate", [
    lambda c: c["besluit"].__setitem__("voorzieningen", "geen lijst"),
    lambda c: c.__setitem__("afweging", []),
    lambda c: c["besluit"]["voorzieningen"][0].__setitem__("grondslagen", [None, 5]),
    lambda c: c["client"].__setitem__("adres", None),
    lambda c: c["aanvraag"].__setitem__("verdaging", {"datum": 5}),
])
def test_broken_structure_gives_schema_findings_not_crashes(mutate) -> None:
    case = example("01")
    mutate(case)
    findings = validate_case(case)
    assert any(f.rule == "SCHEMA" for f in findings)
