"""--case with the wrong case file: one clear message (exit 2), not a dozen findings about names and dates."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wmo_docs.check import check_file
from wmo_docs.errors import InputError
from wmo_docs.render import render_document

REPO = Path(__file__).resolve().parents[2]
CASES = sorted((REPO / "examples" / "cases").glob("*.json"))


def _case(index: int) -> dict:
    return json.loads(CASES[index].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("brieven")
    out = []
    for i in range(3):
        path = folder / f"brief-{i}.docx"
        path.write_bytes(render_document(_case(i), "beschikking"))
        out.append(path)
    return out


@pytest.mark.parametrize("draft,case", [(0, 1), (1, 2), (2, 0)])
def test_another_zaaks_case_file_is_one_clear_error(letters, draft, case):
    with pytest.raises(InputError) as info:
        check_file(letters[draft], case=_case(case))
    message = str(info.value)
    assert _case(case)["zaak"]["zaaknummer"] in message and "hoort bij" in message
    assert _case(draft)["client"]["naam"]["achternaam"] not in message  # no more personal data than needed


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_right_case_file_is_accepted(letters, index):
    report = check_file(letters[index], case=_case(index))
    assert report.error is None and not [f for f in report.findings if f.rule == "CASUS-CONSISTENTIE"]


def test_own_kenmerk_with_the_right_client_is_not_a_mismatch(tmp_path):
    case = _case(0)
    surname = case["client"]["naam"]["achternaam"]
    draft = tmp_path / "concept.txt"
    draft.write_text(f"Ons kenmerk: WMO-88/2026-0001\n\nGeachte mevrouw {surname},\n\nWij kennen u huishoudelijke "
                     "ondersteuning toe.\n", encoding="utf-8")
    check_file(draft, case=case)  # no InputError


def test_cli_says_which_zaak_the_case_file_belongs_to(letters):
    res = subprocess.run([sys.executable, "-m", "wmo_docs", "check", str(letters[0]), "--case", str(CASES[1])],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr + res.stdout
    assert "hoort bij zaak " + _case(1)["zaak"]["zaaknummer"] in " ".join((res.stdout + res.stderr).split())
    assert "CASUS-CONSISTENTIE" not in res.stdout


def test_soort_in_the_case_that_the_letter_does_not_decide_is_reported(letters):
    case = copy.deepcopy(_case(1))  # an afwijzing
    assert case["besluit"]["soort"] == "afwijzing"
    case["besluit"]["soort"] = "toekenning"
    report = check_file(letters[1], case=case)
    soort = [f for f in report.findings if f.rule == "CASUS-CONSISTENTIE" and f.extra.get("casus") == "toekenning"]
    assert soort and "afwijzing" in soort[0].message
