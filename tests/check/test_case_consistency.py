"""--case: CASUS-CONSISTENTIE and TERMIJN-OVERSCHREDEN on letters generated from examples/cases/,
the case facts that sharpen other rules, and the CLI option (incl. a bad case file: exit 2)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from tests.check.conftest import GOOD_LETTER, write
from wmo_docs.check import check_file, check_paths
from wmo_docs.findings import Severity
from wmo_docs.render import render_document

REPO = Path(__file__).resolve().parents[2]
CASES = sorted((REPO / "examples" / "cases").glob("*.json"))
CASE01 = REPO / "examples" / "cases" / "01-huishoudelijke-ondersteuning-natura.json"


def _case(path: Path = CASE01) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _generate(tmp_path: Path, case: Path | dict, document: str = "beschikking", name: str = "brief.docx") -> Path:
    out = tmp_path / name
    out.write_bytes(render_document(case, document))
    return out


def _paragraphs(d: docx.document.Document):
    yield from d.paragraphs
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _edit(path: Path, old: str, new: str, *, count: int = 1) -> Path:
    """Replace ``old`` by ``new`` in the first ``count`` paragraphs (body or table) that contain it."""
    d = docx.Document(str(path))
    done = 0
    for p in _paragraphs(d):
        if done >= count or old not in p.text:
            continue
        runs = [r for r in p.runs if old in r.text]
        if runs:
            runs[0].text = runs[0].text.replace(old, new, 1)
        else:
            text = p.text.replace(old, new, 1)
            for r in p.runs[1:]:
                r.text = ""
            p.runs[0].text = text
        done += 1
    assert done == count, f"'{old}' found {done} times"
    out = path.with_name(path.stem + "-edited.docx")
    d.save(str(out))
    return out


def _rules(report) -> list[str]:
    return [f.rule for f in report.findings]


# --- proof of the issue: generated letters agree with their own case --------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_generated_letter_has_no_errors_with_its_own_case(tmp_path, case):
    for document in ("beschikking", "rapportage"):
        path = _generate(tmp_path, case, document, f"{document}.docx")
        report = check_file(path, case=case)
        errors = [(f.rule, f.message) for f in report.findings if f.severity == Severity.ERROR]
        assert errors == [], f"{case.name} {document}: {errors}"
        assert "CASUS-CONSISTENTIE" not in _rules(report)


def test_one_changed_omvang_gives_exactly_that_finding(tmp_path):
    path = _generate(tmp_path, CASE01)
    edited = _edit(path, "huishoudelijke ondersteuning toe: 3 uur per week", "huishoudelijke ondersteuning toe: 2 uur per week")
    report = check_file(edited, case=CASE01)
    hits = [f for f in report.findings if f.rule == "CASUS-CONSISTENTIE"]
    assert len(hits) == 1 and [f for f in report.findings if f.severity == Severity.ERROR] == hits
    assert hits[0].location.quote == "2 uur per week"
    assert "in de brief: '2 uur per week'; in de casus: 3 uur per week" in hits[0].message


def test_changed_omvang_in_the_decision_table(tmp_path):
    path = _generate(tmp_path, CASE01)
    d = docx.Document(str(path))
    cells = [c for t in d.tables for r in t.rows for c in r.cells if c.text == "3 uur per week"]
    assert len(cells) == 1
    edited = _edit(path, "3 uur per week", "drie uur per week", count=1)  # same value in words: fine
    assert "CASUS-CONSISTENTIE" not in _rules(check_file(edited, case=CASE01))


@pytest.mark.parametrize("old,new,quote", [
    ("Op 15 september 2026 hebben wij bij u thuis", "Op 16-09-2026 hebben wij bij u thuis", "16-09-2026"),
    ("Op 1 september 2026 kregen wij een melding", "Op 2 sep. 2026 kregen wij een melding", "2 sep. 2026"),
])
def test_one_changed_date_gives_exactly_that_finding(tmp_path, old, new, quote):
    edited = _edit(_generate(tmp_path, CASE01), old, new)
    report = check_file(edited, case=CASE01)
    hits = [f for f in report.findings if f.rule == "CASUS-CONSISTENTIE"]
    assert [f.location.quote for f in hits] == [quote]
    assert [f for f in report.findings if f.severity == Severity.ERROR] == hits


def test_changed_ingangsdatum_in_table(tmp_path):
    path = _generate(tmp_path, CASE01)
    edited = _edit(path, "5 oktober 2026", "12 oktober 2026")
    hits = [f for f in check_file(edited, case=CASE01).findings if f.rule == "CASUS-CONSISTENTIE"]
    assert len(hits) == 1 and "5 oktober 2026" in hits[0].message and hits[0].location.quote == "12 oktober 2026"


def test_changed_name_leveringsvorm_and_aanbieder(tmp_path):
    path = _generate(tmp_path, CASE01)
    edited = _edit(path, "Geachte mevrouw De Vries", "Geachte mevrouw Jansen")
    edited = _edit(edited, "Thuiszorg Hulp & Huis B.V.", "Zorggroep Noord")
    hits = [f for f in check_file(edited, case=CASE01).findings if f.rule == "CASUS-CONSISTENTIE"]
    assert sorted(f.location.quote for f in hits) == ["Jansen", "Zorggroep Noord"]


def test_wijziging_old_omvang_and_work_hours_are_not_compared(tmp_path):
    # case 07: 4 → 2,5 uur per week; the letter also names the old 4 hours and 12 working hours
    case = REPO / "examples" / "cases" / "07-herindicatie-minder-uren-overgangstermijn.json"
    path = _generate(tmp_path, case)
    assert "CASUS-CONSISTENTIE" not in _rules(check_file(path, case=case))
    edited = _edit(path, "U krijgt voortaan 2,5 uur per week", "U krijgt voortaan drieënhalf uur per week")
    hits = [f for f in check_file(edited, case=case).findings if f.rule == "CASUS-CONSISTENTIE"]
    assert [f.location.quote for f in hits] == ["drieënhalf uur per week"]
    assert "2,5 uur per week" in hits[0].message


def test_text_draft_with_case_dict(tmp_path):
    case = _case()
    text = GOOD_LETTER.replace("mevrouw Jansen", "mevrouw De Vries").replace("Datum: 20 maart 2025", "Datum: 2 oktober 2026")
    text = text.replace("Wij kennen u 3 uur huishoudelijke ondersteuning per week toe",
                        "Wij kennen u vier uur huishoudelijke ondersteuning per week toe")
    text = text.replace("Op 10 maart 2025 hebben wij met u een gesprek gehad", "Op 15 september 2026 hebben wij met u een gesprek gehad")
    text = text.replace("Op 3 maart 2025 heeft u een aanvraag gedaan", "Op 22 september 2026 heeft u een aanvraag gedaan")
    report = check_file(write(tmp_path, text), case=case)
    hits = [f for f in report.findings if f.rule == "CASUS-CONSISTENTIE"]
    assert [f.location.quote for f in hits] == ["vier uur huishoudelijke ondersteuning per week"]
    assert report.soort == "toekenning"


# --- TERMIJN-OVERSCHREDEN ------------------------------------------------------------------------

def test_termijn_overschreden_without_verdaging(tmp_path):
    case = _case()
    case["besluit"]["datum"] = "2026-10-30"  # aanvraag 22 september: more than two weeks
    path = _generate(tmp_path, CASE01)
    report = check_file(path, case=case)
    hits = [f for f in report.findings if f.rule == "TERMIJN-OVERSCHREDEN"]
    assert len(hits) == 1 and hits[0].severity == Severity.WARNING and "twee weken" in hits[0].message
    assert not any(f.rule == "TERMIJN-OVERSCHREDEN" for f in check_file(path, case=CASE01).findings)


def test_termijn_with_recorded_verdaging_is_fine(tmp_path):
    case = REPO / "examples" / "cases" / "04-traplift-twee-offertes-verdaging.json"
    assert _case(case).get("aanvraag", {}).get("verdaging")
    report = check_file(_generate(tmp_path, case), case=case)
    assert "TERMIJN-OVERSCHREDEN" not in _rules(report)


def test_onderzoek_too_late(tmp_path):
    case = _case()
    case["onderzoek"]["gespreksdatum"] = "2026-10-20"
    case["verslag"]["verzonden_op"] = "2026-10-21"
    case["verslag"]["reactie"]["datum"] = "2026-10-22"
    case["aanvraag"]["datum_ontvangst"] = "2026-10-22"
    case["besluit"]["datum"] = "2026-10-30"
    for v in case["besluit"]["voorzieningen"]:
        v["ingangsdatum"] = "2026-11-02"
    report = check_file(_generate(tmp_path, case), case=case)
    hits = [f for f in report.findings if f.rule == "TERMIJN-OVERSCHREDEN"]
    assert len(hits) == 1 and "zes weken" in hits[0].message
    assert "CASUS-CONSISTENTIE" not in _rules(report)


def test_case_rules_silent_without_case(tmp_path):
    path = _generate(tmp_path, CASE01)
    assert not {"CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN"} & set(_rules(check_file(path)))


# --- the case sharpens other rules ---------------------------------------------------------------

def test_case_gives_kind_and_soort(tmp_path):
    case = _case()
    text = GOOD_LETTER.replace("Wij kennen u 3 uur huishoudelijke ondersteuning per week toe, omdat",
                               "Uw huishouden wordt ondersteund, omdat")
    report = check_file(write(tmp_path, text), case=case)
    assert report.document == "beschikking" and report.soort == "toekenning"
    rapportage_case = copy.deepcopy(case)
    del rapportage_case["besluit"]
    report = check_file(write(tmp_path, "Verslag van het gesprek\n\nHulpvraag: hulp in huis.\n", "v.txt"), case=rapportage_case)
    assert report.document == "rapportage"


def test_layer_finding_gets_the_case_conclusion(tmp_path):
    text = GOOD_LETTER.replace("Huisgenoten\nU woont alleen sinds uw man is overleden.\n", "Gebruikelijke hulp: n.v.t.\n")
    report = check_file(write(tmp_path, text), case=_case())
    hit = next(f for f in report.findings if f.rule == "AFWEGING-GEBRUIKELIJKE-HULP")
    assert "niet van toepassing" in hit.hint and "geen huisgenoten" in hit.hint


def test_check_paths_threads_the_case(tmp_path):
    path = _edit(_generate(tmp_path, CASE01), "toe: 3 uur per week", "toe: 2 uur per week")
    reports = list(check_paths([path], case=CASE01))
    assert "CASUS-CONSISTENTIE" in _rules(reports[0])


def test_batch_worker_threads_the_case(tmp_path):
    from wmo_docs.batch.session import AuditSettings, run_audit

    folder = tmp_path / "map"
    folder.mkdir()
    _edit(_generate(tmp_path, CASE01), "toe: 3 uur per week", "toe: 2 uur per week").rename(folder / "a.docx")
    _generate(folder, CASE01, name="b.docx")
    result = run_audit([folder], AuditSettings(fmt="json", jobs=1, case=CASE01, write_collected=False))
    fired = {Path(r.path).name: _rules(r) for r in result.reports}
    assert "CASUS-CONSISTENTIE" in fired["a.docx"] and "CASUS-CONSISTENTIE" not in fired["b.docx"]


# --- CLI -----------------------------------------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wmo_docs", "check", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_cli_case_option(tmp_path):
    path = _edit(_generate(tmp_path, CASE01), "toe: 3 uur per week", "toe: 2 uur per week")
    res = _cli(str(path), "--case", str(CASE01), "--format", "json")
    assert res.returncode == 1, res.stderr
    data = json.loads(res.stdout)
    rules = [f["rule"] for f in data["files"][0]["findings"]] if "files" in data else [
        f["rule"] for f in data[0]["findings"]]
    assert "CASUS-CONSISTENTIE" in rules
    ok = _cli(str(_generate(tmp_path, CASE01, name="schoon.docx")), "--case", str(CASE01))
    assert ok.returncode == 0, ok.stdout + ok.stderr


@pytest.mark.parametrize("content", ['{"zaak": 3}', "{niet json", None])
def test_cli_bad_case_file_exits_2(tmp_path, content):
    draft = write(tmp_path, GOOD_LETTER)
    case = tmp_path / "zaak.json"
    if content is not None:
        case.write_text(content, encoding="utf-8")
    res = _cli(str(draft), "--case", str(case))
    assert res.returncode == 2
    assert res.stderr.startswith("Fout:") and "casus" in res.stderr.lower()
    assert "Traceback" not in res.stderr
