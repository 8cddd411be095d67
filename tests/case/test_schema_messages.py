"""Schema errors: all of them, each in Dutch, with its JSON pointer, never echoing personal data."""

from __future__ import annotations

from wmo_docs.case import validate_case
from wmo_docs.findings import Severity


def schema(findings):
    return {f.pointer: f for f in findings if f.rule == "SCHEMA"}


def test_valid_example_has_no_findings(case01: dict) -> None:
    assert validate_case(case01) == []


def test_all_errors_are_reported_not_just_the_first(case01: dict) -> None:
    case01["melding"]["wijze"] = "fax"
    case01["onderzoek"]["plaats"] = "kroeg"
    del case01["zaak"]["zaaknummer"]
    found = schema(validate_case(case01))
    assert {"/melding/wijze", "/onderzoek/plaats", "/zaak/zaaknummer"} <= set(found)
    assert all(f.severity is Severity.ERROR for f in found.values())


def test_required_names_the_missing_field_and_its_description(case01: dict) -> None:
    del case01["onderzoek"]["hulpvraag"]
    f = schema(validate_case(case01))["/onderzoek/hulpvraag"]
    assert f.message == "Het veld 'hulpvraag' ontbreekt."
    assert "De hulpvraag in de woorden van de inwoner" in f.hint


def test_enum_lists_the_allowed_values(case01: dict) -> None:
    case01["besluit"]["soort"] = "toegewezen"
    f = schema(validate_case(case01))["/besluit/soort"]
    assert "'toegewezen' is geen toegestane waarde" in f.message
    for allowed in ("toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging"):
        assert f"'{allowed}'" in f.hint


def test_pattern_says_the_expected_shape_from_the_description(case01: dict) -> None:
    case01["client"]["adres"]["postcode"] = "99999"
    f = schema(validate_case(case01))["/client/adres/postcode"]
    assert "heeft niet de goede vorm" in f.message
    assert "1234 AB" in f.hint
    assert "99999" not in f.message  # an address is personal: no echo


def test_type_error_in_dutch(case01: dict) -> None:
    case01["besluit"]["voorzieningen"][0]["omvang"]["volume"] = "drie"
    f = schema(validate_case(case01))["/besluit/voorzieningen/0/omvang/volume"]
    assert f.message == "'drie' is tekst, maar hier hoort een getal."


def test_impossible_date_is_reported_once(case01: dict) -> None:
    case01["onderzoek"]["gespreksdatum"] = "2026-02-30"
    case01["besluit"]["voorzieningen"][0]["ingangsdatum"] = "30-02-2026"
    findings = [f for f in validate_case(case01) if f.rule == "SCHEMA"]
    by_pointer = schema(findings)
    assert by_pointer["/onderzoek/gespreksdatum"].message == "'2026-02-30' is geen bestaande datum."
    assert "JJJJ-MM-DD" in by_pointer["/besluit/voorzieningen/0/ingangsdatum"].hint
    assert len([f for f in findings if f.pointer == "/besluit/voorzieningen/0/ingangsdatum"]) == 1


def test_empty_string(case01: dict) -> None:
    case01["besluit"]["kenmerk"] = ""
    assert schema(validate_case(case01))["/besluit/kenmerk"].message == "Het veld 'kenmerk' is leeg."


def test_unknown_field_gets_closest_known_suggestion(case01: dict) -> None:
    case01["onderzoek"]["hulpvrag"] = "x"
    f = schema(validate_case(case01))["/onderzoek/hulpvrag"]
    assert f.message == "Onbekend veld 'hulpvrag'."
    assert f.hint.startswith("Bedoelt u 'hulpvraag'?")


def test_if_then_explains_the_condition(case01: dict) -> None:
    del case01["afweging"]["gebruikelijke_hulp"]["reden"]
    f = schema(validate_case(case01))["/afweging/gebruikelijke_hulp/reden"]
    assert "verplicht omdat 'conclusie' de waarde 'niet van toepassing' heeft" in f.message


def test_personal_values_are_never_echoed(case01: dict) -> None:
    case01["client"]["bsn"] = "12345678X"
    case01["client"]["geboortedatum"] = "1941-02-30"
    case01["client"]["naam"]["voorletters"] = "johanna"
    case01["onderzoek"]["hulpvraag"] = ""
    findings = validate_case(case01)
    text = " ".join(f"{f.message} {f.hint}" for f in findings)
    for secret in ("12345678X", "1941-02-30", "johanna"):
        assert secret not in text
    assert schema(findings)["/client/bsn"].message.startswith("De waarde heeft niet de goede vorm")


def test_a_case_that_is_not_an_object() -> None:
    findings = validate_case([1, 2])
    assert [(f.rule, f.pointer) for f in findings] == [("SCHEMA", "")]
    assert "een object" in findings[0].message


def test_pointer_escapes_special_characters(case01: dict) -> None:
    case01["zaak"]["a/b~c"] = 1
    assert "/zaak/a~1b~0c" in schema(validate_case(case01))
