"""The library API: render_document returns bytes or a path, refuses invalid cases, writes atomically."""

from __future__ import annotations

import copy

import pytest

from wmo_docs.errors import InputError, OutputExistsError
from wmo_docs.render import CaseInvalidError, render, render_document

from .conftest import CASE_01, docx_text, load_case


def test_returns_bytes_from_dict_and_path():
    from_path = render_document(CASE_01, "beschikking")
    from_dict = render_document(load_case(CASE_01), "beschikking")
    assert from_path[:2] == b"PK" and from_dict[:2] == b"PK"


def test_writes_into_folder_and_refuses_overwrite(tmp_path):
    path = render_document(CASE_01, "rapportage", output=tmp_path)
    assert path == tmp_path / "Z-2026-004512-rapportage.docx" and path.is_file()
    with pytest.raises(OutputExistsError):
        render_document(CASE_01, "rapportage", output=tmp_path)
    assert render_document(CASE_01, "rapportage", output=tmp_path, force=True) == path
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp files left


def test_invalid_case_is_refused_with_findings():
    case = load_case(CASE_01)
    del case["afweging"]
    case["client"]["bsn"] = "123"
    with pytest.raises(CaseInvalidError) as info:
        render_document(case, "beschikking")
    assert info.value.findings
    assert "123" not in str(info.value)


def test_unknown_document():
    with pytest.raises(InputError):
        render_document(CASE_01, "brief")


def test_wrong_gemeente_is_refused(profile):
    case = load_case(CASE_01)
    case["zaak"]["gemeente"] = "andere-gemeente"
    with pytest.raises(InputError):
        render_document(case, "beschikking", profile=profile)


def test_letter_goes_to_vertegenwoordiger(profile):
    case = copy.deepcopy(load_case(CASE_01))
    case["client"]["vertegenwoordiger"] = {
        "soort": "curator",
        "naam": {"voorletters": "P.", "tussenvoegsel": "van der", "achternaam": "Berg"},
        "aanhef": "heer",
        "organisatie": "Bewind & Zo",
        "adres": {"straat": "Kerkstraat", "huisnummer": 5, "toevoeging": "II", "postcode": "1234AB", "woonplaats": "Utrecht"},
    }
    text = docx_text(render(case, "beschikking", profile))
    assert "Bewind & Zo\nT.a.v. de heer P. van der Berg\nKerkstraat 5-II\n1234 AB  UTRECHT" in text
    assert "Geachte heer Van der Berg," in text
    assert "als curator van mevrouw J. de Vries" in text
    assert "Lindelaan" not in text.split("Geachte")[0]


def test_every_besluit_soort_and_several_voorzieningen(profile):
    case = copy.deepcopy(load_case(CASE_01))
    base = case["besluit"]["voorzieningen"][0]
    afgewezen = {**base, "soort": "begeleiding groep", "omschrijving": "dagbesteding bij De Brink",
                 "beslissing": "afgewezen", "motivering": "De buurtkamer past bij uw vraag. Daarom is dagbesteding niet nodig.",
                 "grondslagen": [{"regeling": "Wmo 2015", "artikel": "2.3.5", "lid": 3}]}
    for key in ("omvang", "ingangsdatum", "einddatum", "leveringsvorm", "aanbieder", "resultaat", "productcode", "productcategorie"):
        afgewezen.pop(key, None)
    pgb = {**base, "soort": "woningaanpassing", "omschrijving": "traplift", "leveringsvorm": "pgb",
           "omvang": {"volume": 1, "eenheid": "stuk", "frequentie": "totaal"},
           "pgb": {"bedrag": 6543.21, "per": "eenmalig", "tariefgrondslag": "de goedkoopste offerte"},
           "offertes": [{"leverancier": "Trap & Lift", "bedrag": 6543.21, "gekozen": True}]}
    pgb.pop("aanbieder")
    gewijzigd = {**base, "beslissing": "gewijzigd", "omvang": {"volume": 2, "eenheid": "uur", "frequentie": "per week"},
                 "huidige_voorziening": {"omschrijving": "huishoudelijke ondersteuning", "omvang": {"volume": 4, "eenheid": "uur", "frequentie": "per week"}},
                 "overgangstermijn": {"tot": "2026-12-31", "toelichting": "Zo kunt u de hulp anders regelen."}}
    beeindigd = {**base, "beslissing": "beëindigd", "einddatum": "2026-12-31",
                 "overgangstermijn": {"tot": "2026-12-31", "toelichting": "U heeft drie maanden de tijd."}}
    deels = {**base, "beslissing": "gedeeltelijk toegekend"}
    case["besluit"]["voorzieningen"] = [base, afgewezen, pgb, gewijzigd, beeindigd, deels]
    text = docx_text(render(case, "beschikking", profile))
    assert "Wij kennen u huishoudelijke ondersteuning toe: 3 uur per week." in text
    assert "Wij wijzen uw aanvraag voor dagbesteding bij De Brink af." in text
    assert "Wij kennen u een traplift toe." in text
    assert "traplift toe: 1 stuk" not in text
    assert "U krijgt een pgb van € 6.543,21 eenmalig" in text
    assert "Trap & Lift" in text
    assert "Wij wijzigen uw huishoudelijke ondersteuning. U krijgt voortaan 2 uur per week" in text
    assert "U houdt uw huidige ondersteuning (huishoudelijke ondersteuning, 4 uur per week) tot en met 31 december 2026." in text
    assert "Wij beëindigen uw huishoudelijke ondersteuning. De laatste dag is 31 december 2026." in text
    assert "voor een deel toe" in text
    assert "artikel 10 van de Verordening" in text  # from the profile's artikel_per_voorziening
    assert text.count("Regels waarop dit besluit rust") == 6
