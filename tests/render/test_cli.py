"""The generate command end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import CASE_01, EXAMPLES, load_case


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_generate_refuses_overwrite_without_force(tmp_path):
    first = run("generate", str(CASE_01), "--document", "beschikking", "-o", str(tmp_path))
    assert first.returncode == 0, first.stderr
    target = tmp_path / "Z-2026-004512-beschikking.docx"
    before = target.read_bytes()
    again = run("generate", str(CASE_01), "--document", "beschikking", "-o", str(tmp_path))
    assert again.returncode == 2
    assert "bestaat al" in again.stderr and "--force" in again.stderr
    assert "Traceback" not in again.stderr
    assert target.read_bytes() == before
    forced = run("generate", str(CASE_01), "--document", "beschikking", "-o", str(tmp_path), "--force")
    assert forced.returncode == 0, forced.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_generate_single_file_name(tmp_path):
    out = tmp_path / "brief.docx"
    result = run("generate", str(CASE_01), "-d", "rapportage", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file()


def test_generate_folder_batch(tmp_path):
    result = run("generate", str(CASE_01.parent), "-d", "rapportage", "-o", str(tmp_path / "uit"))
    assert result.returncode in (0, 1), result.stderr
    assert len(list((tmp_path / "uit").glob("*-rapportage.docx"))) >= 1
    assert "Traceback" not in result.stderr


def test_invalid_case_exit_1_with_report_and_no_personal_data(tmp_path):
    case = load_case(CASE_01)
    case["client"]["bsn"] = "987654321x"
    del case["afweging"]["mantelzorg"]
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(case), encoding="utf-8")
    result = run("generate", str(bad), "-d", "beschikking", "-o", str(tmp_path / "uit"))
    assert result.returncode == 1
    assert "kapot.json" in result.stderr and "niet geldig" in result.stderr
    assert "987654321x" not in result.stderr + result.stdout
    assert not (tmp_path / "uit").exists() or not list((tmp_path / "uit").iterdir())


def test_unreadable_input_exit_2(tmp_path):
    bad = tmp_path / "geen.json"
    bad.write_text("{niet json", encoding="utf-8")
    result = run("generate", str(bad), "-d", "beschikking", "-o", str(tmp_path))
    assert result.returncode == 2
    assert "geen geldige JSON" in result.stderr and "Traceback" not in result.stderr


def test_examples_glob_is_nonempty():
    assert EXAMPLES
