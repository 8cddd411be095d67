"""Profile overrides (uit, ernst, woordenlijst, sociale kaart) and a table-style .docx draft."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wmo_docs.check import check_file, check_paths
from wmo_docs.errors import InputError
from wmo_docs.resources import default_profile_dir
from tests.check.conftest import GOOD_LETTER, save_docx, write

GENERAL = "Algemene voorzieningen\nDe boodschappendienst kan uw boodschappen doen, maar lost het schoonmaken niet op.\n"


def make_profile(tmp_path: Path, **checks) -> Path:
    folder = tmp_path / "profiel"
    shutil.copytree(default_profile_dir(), folder)
    data = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
    data["checks"].update(checks)
    (folder / "profile.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def test_profile_switches_rule_off_and_changes_severity(tmp_path):
    draft = write(tmp_path, GOOD_LETTER.replace("binnen zes weken", "binnen vier weken") + "\n[NAAM]\n")
    default = {f.rule: f.severity.value for f in check_file(draft).findings}
    assert default == {"BEZWAAR-CLAUSULE": "error", "PLACEHOLDER": "error"}
    profile = make_profile(tmp_path, uit=["PLACEHOLDER"], ernst={"BEZWAAR-CLAUSULE": "warning"})
    changed = {f.rule: f.severity.value for f in check_file(draft, profile=profile).findings}
    assert changed == {"BEZWAAR-CLAUSULE": "warning"}


def test_profile_woordenlijst_adds_local_service(tmp_path):
    text = GOOD_LETTER.replace(GENERAL, "Voorzieningen in de wijk\nHet Praathuis aan de Kerkstraat is elke dag open, maar daar wordt uw huis niet schoongemaakt.\n")
    draft = write(tmp_path, text)
    assert "AFWEGING-ALGEMENE-VOORZIENING" in {f.rule for f in check_file(draft).findings}
    profile = make_profile(tmp_path, woordenlijst={"algemene voorziening": ["Het Praathuis"]})
    assert "AFWEGING-ALGEMENE-VOORZIENING" not in {f.rule for f in check_file(draft, profile=profile).findings}


def test_sociale_kaart_names_are_known(tmp_path):
    # "Buurtkamer De Linde" is on the Voorbeeldstad sociale kaart; "Linde" alone is no vocabulary word
    text = GOOD_LETTER.replace(GENERAL, "Voorzieningen in de wijk\nIn De Linde kunt u drie ochtenden per week terecht, maar voor schoonmaken is daar geen hulp.\n")
    assert "AFWEGING-ALGEMENE-VOORZIENING" in {f.rule for f in check_file(write(tmp_path, text)).findings}
    text = text.replace("In De Linde", "In Buurtkamer De Linde")
    assert "AFWEGING-ALGEMENE-VOORZIENING" not in {f.rule for f in check_file(write(tmp_path, text, "b.txt")).findings}


def test_bad_profile_severity_is_an_input_error(tmp_path):
    profile = make_profile(tmp_path, ernst={"PLACEHOLDER": "hoog"})
    with pytest.raises(InputError, match="hoog"):
        check_file(write(tmp_path, GOOD_LETTER), profile=profile)


def test_profile_woordenlijst_plural_key(tmp_path):
    text = GOOD_LETTER.replace(GENERAL, "Voorzieningen in de wijk\nHet Praathuis is elke dag open, maar daar wordt uw huis niet schoongemaakt.\n")
    profile = make_profile(tmp_path, woordenlijst={"algemene_voorzieningen": ["Het Praathuis"]})
    assert "AFWEGING-ALGEMENE-VOORZIENING" not in {f.rule for f in check_file(write(tmp_path, text), profile=profile).findings}


def test_profile_adds_its_own_simple_rule(tmp_path):
    own = {
        "id": "EIGEN-GEEN-THUISZORG", "title": "Schrijf 'huishoudelijke ondersteuning', niet 'thuiszorg'",
        "severity": "info", "kind": "must_not_occur", "legal_basis": "beleidsregels Voorbeeldstad",
        "rationale": "De verordening spreekt van huishoudelijke ondersteuning.", "fix": "Vervang het woord.",
        "params": {"patterns": [{"pattern": "\\bthuiszorg\\b", "message": "'{quote}': schrijf 'huishoudelijke ondersteuning'."}]},
    }
    profile = make_profile(tmp_path, regels=[own])
    report = check_file(write(tmp_path, GOOD_LETTER + "\nDe thuiszorg komt op maandag.\n"), profile=profile)
    assert [(f.rule, f.severity.value, f.location.quote) for f in report.findings] == [("EIGEN-GEEN-THUISZORG", "info", "thuiszorg")]
    bad = make_profile(tmp_path / "b", regels=[dict(own, kind="function")])
    with pytest.raises(InputError, match="kind"):
        check_file(write(tmp_path, GOOD_LETTER), profile=bad)


def test_foreign_verordening_is_not_held_against_the_profile(tmp_path):
    text = "Beschikking\n\nDit besluit berust op artikel 2.4 van de Verordening maatschappelijke ondersteuning Lindenhoven 2022.\n"
    assert check_file(write(tmp_path, text), select=["GRONDSLAG-ONBEKEND"]).findings == []
    text = "Beschikking\n\nDit besluit berust op artikel 24 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025.\n"
    assert len(check_file(write(tmp_path, text, "b.txt"), select=["GRONDSLAG-ONBEKEND"]).findings) == 1


def test_unreadable_file_does_not_stop_the_batch(tmp_path):
    good = write(tmp_path, GOOD_LETTER)
    fake = tmp_path / "nep.docx"
    fake.write_text("geen zip", encoding="utf-8")
    reports = list(check_paths([fake, good]))
    assert reports[0].error and "Word" in reports[0].error
    assert reports[1].error is None and reports[1].findings == []


def _table_letter(document, network_cell: str):
    document.add_paragraph("Beschikking Wmo")
    document.add_paragraph("Geachte heer Peters,")
    document.add_heading("Afweging", level=2)
    rows = [
        ("Eigen kracht", "U kunt zelf nog koken; zwaar schoonmaken lukt door uw COPD niet meer."),
        ("Gebruikelijke hulp", "U woont alleen."),
        ("Mantelzorg", "Uw zoon woont in Canada en kan niet helpen."),
        ("Sociaal netwerk", network_cell),
        ("Algemene voorzieningen", "De maaltijdservice lost het schoonmaken niet op."),
        ("Voorliggende voorzieningen", "Er is geen Wlz-indicatie; de Zvw vergoedt geen huishoudelijke hulp."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for r, (label, text) in enumerate(rows):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = text
    document.add_heading("Besluit", level=2)
    document.add_paragraph("Omdat u door uw COPD niet meer kunt schoonmaken, kennen wij u 2 uur huishoudelijke ondersteuning per week toe.")
    document.add_paragraph("Dit besluit berust op artikel 2.3.5 Wmo 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025.")
    document.add_heading("Bezwaar", level=2)
    document.add_paragraph("U kunt binnen zes weken schriftelijk bezwaar maken bij het college van burgemeester en wethouders.")


@pytest.mark.parametrize("cell, fires", [("Uw vrienden bezoeken u wekelijks, maar helpen niet in het huishouden.", False), ("n.v.t.", True), ("", True)])
def test_table_style_docx_layers(tmp_path, cell, fires):
    path = save_docx(tmp_path, lambda d: _table_letter(d, cell))
    # the short letter has no date, gesprek or grant details: those rules are tested in test_rules_grant_letter.py
    report = check_file(path, ignore=["ONDERZOEK-VERMELD", "ONDERTEKENING", "VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE"])
    fired = {f.rule for f in report.findings}
    assert ("AFWEGING-SOCIAAL-NETWERK" in fired) is fires
    assert fired <= {"AFWEGING-SOCIAAL-NETWERK"}
    for f in report.findings:
        block = report.draft.blocks[f.location.block]
        assert block.text[f.location.start : f.location.end] == f.location.quote
