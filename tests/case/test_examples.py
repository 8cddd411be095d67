"""The example cases: valid ones are flawless and cover the issue's list; invalid ones give exactly their expected findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from case_helpers import CASES, INVALID, run_cli

from wmo_docs.case import load_and_validate

VALID = sorted(CASES.glob("*.json"))
BROKEN = sorted(p for p in INVALID.glob("*.json") if not p.name.endswith(".expected.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def expected(path: Path) -> dict:
    return load(path.with_name(path.stem + ".expected.json"))


def test_enough_examples() -> None:
    assert len(VALID) >= 8
    assert len(BROKEN) >= 12
    for path in BROKEN:
        assert path.with_name(path.stem + ".expected.json").is_file(), path.name


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_has_no_findings_at_all(path: Path) -> None:
    _, findings = load_and_validate(path)
    assert [(f.rule, f.pointer, f.message) for f in findings] == []


def test_examples_cover_the_issue() -> None:
    cases = [load(p) for p in VALID]
    soorten = {c["besluit"]["soort"] for c in cases}
    assert soorten == {"toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging"}
    voorzieningen = {v["soort"] for c in cases for v in c["besluit"]["voorzieningen"]}
    assert {"huishoudelijke ondersteuning", "begeleiding individueel", "begeleiding groep", "woningaanpassing",
            "vervoersvoorziening"} <= voorzieningen
    assert all(c["zaak"]["gemeente"] == "voorbeeldstad" for c in cases)
    assert any(c["aanvraag"].get("verdaging") for c in cases)
    assert any(c["client"]["aanhef"] == "neutraal" for c in cases)
    assert {"curator", "mentor"} <= {c["client"].get("vertegenwoordiger", {}).get("soort") for c in cases}
    assert any(v.get("leveringsvorm") == "pgb" for c in cases for v in c["besluit"]["voorzieningen"])
    assert any(len(v.get("offertes", [])) >= 2 for c in cases for v in c["besluit"]["voorzieningen"])
    assert any(v.get("overgangstermijn") and v["beslissing"] == "gewijzigd" for c in cases for v in c["besluit"]["voorzieningen"])
    refusal = next(c for c in cases if c["besluit"]["soort"] == "afwijzing" and c["afweging"]["gebruikelijke_hulp"]["conclusie"] == "toereikend")
    assert "partner" in refusal["besluit"]["voorzieningen"][0]["motivering"] or "vrouw" in refusal["besluit"]["voorzieningen"][0]["motivering"]
    text = json.dumps(cases, ensure_ascii=False)
    for needle in ("Çelik", "Zoë", "'t", "&", "O'Neill"):
        assert needle in text
    assert any(c["client"]["naam"].get("tussenvoegsel") for c in cases)


def test_texts_are_case_specific() -> None:
    """No two cases share a motivering or a layer's bevinding: maatwerk needs case-specific reasons."""
    cases = [load(p) for p in VALID]
    motiveringen = [v["motivering"] for c in cases for v in c["besluit"]["voorzieningen"]]
    assert len(set(motiveringen)) == len(motiveringen)
    bevindingen = [layer["bevinding"] for c in cases for layer in c["afweging"].values()]
    assert len(set(bevindingen)) == len(bevindingen)
    for m in motiveringen:
        assert len(m.split()) >= 40


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_invalid_example_gives_exactly_its_expected_findings(path: Path) -> None:
    _, findings = load_and_validate(path)
    got = sorted((f.rule, f.pointer) for f in findings)
    want = sorted((f["rule"], f["pointer"]) for f in expected(path)["findings"])
    assert got == want


def test_cli_over_invalid_folder_matches_sidecars() -> None:
    """One real CLI run over examples/invalid/: sidecars are skipped, every file's findings and validity match."""
    for strict, key in ((False, "exit_code"), (True, "exit_code_strict")):
        result = run_cli("validate", str(INVALID), "--format", "json", *(["--strict"] if strict else []))
        assert result.returncode == 1, result.stderr
        report = json.loads(result.stdout)
        by_path = {Path(f["path"]).name: f for f in report["files"]}
        assert set(by_path) == {p.name for p in BROKEN}
        for path in BROKEN:
            entry, exp = by_path[path.name], expected(path)
            assert sorted((f["rule"], f["pointer"]) for f in entry["findings"]) == sorted((f["rule"], f["pointer"]) for f in exp["findings"])
            assert entry["valid"] == (exp[key] == 0), path.name


def test_cli_over_valid_folder_strict() -> None:
    result = run_cli("validate", str(CASES), "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("✓") == len(VALID)
    assert f"{len(VALID)} bestanden: {len(VALID)} geldig, 0 ongeldig" in result.stdout
