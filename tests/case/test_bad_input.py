"""Bad input: a clear Dutch message and exit 2, never a traceback, memory bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from case_helpers import example, run_cli, run_cli_measured


def unreadable(path: Path, expected: str) -> None:
    result = run_cli("validate", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "onleesbaar" in result.stdout and expected in result.stdout


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text("Geachte mevrouw,\n", encoding="utf-8")
    unreadable(path, "geen geldige JSON: waarde verwacht op regel 1, kolom 1")


def test_truncated_json(tmp_path: Path) -> None:
    text = json.dumps(example("01"), ensure_ascii=False, indent=2)
    path = tmp_path / "afgebroken.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    unreadable(path, "Het bestand lijkt afgebroken")


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(example("04"), ensure_ascii=False).encode("cp1252"))
    unreadable(path, "geen UTF-8")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.json"
    path.write_bytes(b"")
    unreadable(path, "geen geldige JSON")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(example("01"), ensure_ascii=False).encode("utf-8"))
    assert run_cli("validate", str(path)).returncode == 0


@pytest.mark.slow
def test_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.json"
    with path.open("wb") as fh:
        fh.write(b'{"zaak": "' + b"x" * (50 * 1024 * 1024) + b'"}')
    result, peak_kib = run_cli_measured("validate", str(path))
    assert result.returncode == 2 and "het maximum is 5 MB" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert peak_kib < 200 * 1024, f"child used {peak_kib} KiB"


def test_10000_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "diep.json"
    path.write_text('{"zaak": ' + "[" * 10_000 + "]" * 10_000 + "}", encoding="utf-8")
    unreadable(path, "dieper genest dan 64 niveaus")


def test_deep_but_unbalanced_nesting(tmp_path: Path) -> None:
    path = tmp_path / "diep-open.json"
    path.write_text("[" * 10_000, encoding="utf-8")
    unreadable(path, "dieper genest")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    case = example("01")
    case["onderzoek"]["situatie"] = "[" * 500 + " en {" * 100
    path = tmp_path / "haken.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert run_cli("validate", str(path)).returncode == 0


def test_json_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "lijst.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "maar hier hoort een object" in result.stdout


def test_a_folder_instead_of_nothing(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path))
    assert result.returncode == 2 and "geen .json-bestanden" in result.stdout


@pytest.mark.slow
def test_directory_of_1000_cases(tmp_path: Path) -> None:
    base = [example(n) for n in ("01", "03", "05", "07")]
    for i in range(1000):
        case = base[i % 4]
        case["zaak"]["zaaknummer"] = f"Z-{i:04d}"
        if i == 500:
            case = json.loads(json.dumps(case))
            case["client"]["bsn"] = "123456780"
        (tmp_path / f"zaak-{i:04d}.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    result = run_cli("validate", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 1000 and report["summary"]["invalid"] == 1
    (bad,) = [f for f in report["files"] if not f["valid"]]
    assert bad["path"].endswith("zaak-0500.json")
    quiet, peak_kib = run_cli_measured("validate", str(tmp_path), "--quiet")
    assert quiet.returncode == 1 and quiet.stdout.count("\n") < 10
    assert peak_kib < 300 * 1024, f"validating 1,000 cases used {peak_kib} KiB"
