"""`wmo-docs validate` as a user runs it: output, exit codes, JSON report, options."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from case_helpers import CASES, INVALID, REPO, example, run_cli, write_case
from jsonschema import Draft202012Validator

REPORT_SCHEMA = json.loads((REPO / "schemas" / "validation-report.schema.json").read_text(encoding="utf-8"))


def check_report(text: str) -> dict:
    report = json.loads(text)
    Draft202012Validator.check_schema(REPORT_SCHEMA)
    errors = list(Draft202012Validator(REPORT_SCHEMA).iter_errors(report))
    assert errors == [], errors
    return report


def test_help_is_dutch_with_examples() -> None:
    result = run_cli("validate", "--help")
    assert result.returncode == 0
    assert "Voorbeelden:" in result.stdout and "wmo-docs validate examples/cases/" in result.stdout
    assert "--strict" in result.stdout and "--profile" in result.stdout and "Exitcodes" in result.stdout


def test_valid_case_exit_0_and_text_output() -> None:
    path = next(CASES.glob("01-*.json"))
    result = run_cli("validate", str(path))
    assert result.returncode == 0
    assert f"✓ {path}  geldig" in result.stdout
    assert "1 bestand: 1 geldig, 0 ongeldig · 0 fouten, 0 waarschuwingen" in result.stdout


def test_invalid_case_exit_1_with_pointer_message_and_hint() -> None:
    result = run_cli("validate", str(INVALID / "01-bsn-elfproef.json"))
    assert result.returncode == 1
    out = result.stdout
    assert "✗" in out and "fout" in out and "/client/bsn" in out and "CASUS-BSN" in out
    assert "elfproef" in out and "→ Neem het BSN over" in out
    assert "123456780" not in out  # the BSN itself is never printed


def test_warnings_pass_unless_strict() -> None:
    path = str(INVALID / "07-termijnen-zonder-verdaging.json")
    relaxed = run_cli("validate", path)
    assert relaxed.returncode == 0 and "waarschuwing" in relaxed.stdout
    strict = run_cli("validate", path, "--strict")
    assert strict.returncode == 1 and "ongeldig" in strict.stdout


def test_json_report_matches_its_schema(tmp_path: Path) -> None:
    write_case(tmp_path / "goed.json", example("02"))
    shutil.copy(INVALID / "12-grondslag-bestaat-niet.json", tmp_path / "fout.json")
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    result = run_cli("validate", str(tmp_path), "--format", "json")
    assert result.returncode == 2  # one unreadable file
    report = check_report(result.stdout)
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert files["goed.json"]["valid"] is True and files["goed.json"]["findings"] == []
    assert files["fout.json"]["valid"] is False
    assert {f["rule"] for f in files["fout.json"]["findings"]} == {"CASUS-GRONDSLAG"}
    assert "geen geldige JSON" in files["kapot.json"]["error"]
    assert report["summary"] == {"files": 3, "valid": 1, "invalid": 1, "unreadable": 1, "errors": 4, "warnings": 0, "info": 0}
    assert report["exit_code"] == 2


def test_files_globs_and_folders(tmp_path: Path) -> None:
    sub = tmp_path / "zaken" / "2026"
    sub.mkdir(parents=True)
    for n in ("01", "03"):
        write_case(sub / f"zaak-{n}.json", example(n))
    (sub / "zaak-01.expected.json").write_text("{}", encoding="utf-8")  # skipped in a folder
    by_folder = run_cli("validate", str(tmp_path), "--format", "json")
    by_glob = run_cli("validate", "zaken/**/zaak-*.json", "--format", "json", cwd=tmp_path)
    for result in (by_folder, by_glob):
        assert result.returncode == 0, result.stdout
        assert check_report(result.stdout)["summary"]["files"] == 2
    no_match = run_cli("validate", "zaken/*.xml", cwd=tmp_path)
    assert no_match.returncode == 2 and "geen bestanden gevonden" in no_match.stdout


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    for args in (("validate",), ("validate", "--format", "xml", "x.json"), ("validate", "x.json", "--profile", str(tmp_path / "nee"))):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr + result.stdout
    assert "geen gemeenteprofiel" in run_cli("validate", "x.json", "--profile", str(tmp_path)).stderr


def test_profile_option_overrides(tmp_path: Path) -> None:
    profile = json.loads((REPO / "profiles" / "voorbeeldstad" / "profile.json").read_text(encoding="utf-8"))
    profile.pop("$schema")
    profile["id"] = "kleindorp"
    profile["beleidsregels"]["artikelen"].pop("3.1")
    folder = tmp_path / "kleindorp"
    folder.mkdir()
    (folder / "profile.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    case_path = next(CASES.glob("01-*.json"))
    result = run_cli("validate", str(case_path), "--profile", str(folder), "--format", "json")
    assert result.returncode == 1
    (entry,) = check_report(result.stdout)["files"]
    assert [(f["rule"], f["pointer"]) for f in entry["findings"]] == [("CASUS-GRONDSLAG", "/besluit/voorzieningen/0/grondslagen/2/artikel")]
    assert "kleindorp" in entry["findings"][0]["message"]


def test_unknown_profile_id_in_case(tmp_path: Path) -> None:
    case = example("01")
    case["zaak"]["gemeente"] = "atlantis"
    result = run_cli("validate", str(write_case(tmp_path / "z.json", case)))
    assert result.returncode == 1
    assert "Er is geen gemeenteprofiel 'atlantis'" in result.stdout and "--profile" in result.stdout


def test_no_personal_data_in_any_output(tmp_path: Path) -> None:
    case = example("03")
    case["client"]["bsn"] = "99999001"
    case["client"]["geboortedatum"] = "1991-13-23"
    case["client"]["naam"]["voorletters"] = "zoë"
    case["client"]["adres"]["postcode"] = "9999 SA"
    path = write_case(tmp_path / "z.json", case)
    for fmt in ("text", "json"):
        result = run_cli("validate", str(path), "--format", fmt)
        assert result.returncode == 1
        for secret in ("99999001", "1991-13-23", "zoë", "9999 SA", "van den Berg", "Populierenlaan"):
            assert secret not in result.stdout + result.stderr, (fmt, secret)
