"""Every rule explains itself from its checks/ entry, and its own examples are true.

Like ruff's rule docs: `wmo-docs rules ID` and docs/regels.md come from one source, and
the example that "fires" must really fire while the example that "passes" must not.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wmo_docs.check import check_file
from wmo_docs.rules.catalogue import load_rules

REPO = Path(__file__).resolve().parents[2]
RULES = load_rules()
# Rules whose examples need a case file next to the draft are proven by the --case tests instead.
NEEDS_CASE = {"CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN"}
PER_FILE_RULES = [r for r in RULES if "batch" not in r.documents and r.id not in NEEDS_CASE]

# The public contract of docs/check-catalogue.md: these IDs never change meaning.
CATALOGUE_IDS = {
    "BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND", "AFWEGING-EIGEN-KRACHT",
    "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG", "AFWEGING-SOCIAAL-NETWERK",
    "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING", "ONDERZOEK-VERMELD",
    "BEZWAAR-CLAUSULE", "VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE", "OVERGANGSTERMIJN",
    "TERMIJN-OVERSCHREDEN", "ONDERTEKENING", "PLACEHOLDER", "VAAG-TAALGEBRUIK", "LEESBAARHEID-B1",
    "PRIVACY-GEZONDHEID", "CASUS-CONSISTENTIE", "VERSLAG-GESPREK", "VERSLAG-HULPVRAAG",
    "VERSLAG-BEPERKINGEN", "VERSLAG-ONDERSTEUNINGSBEHOEFTE", "VERSLAG-CONCLUSIE", "VERSLAG-REACTIE",
    "BATCH-STANDAARDMOTIVERING",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wmo_docs", *args], capture_output=True, text=True,
                          timeout=120, encoding="utf-8")


def test_every_rule_id_is_a_catalogue_id() -> None:
    assert {r.id for r in RULES} <= CATALOGUE_IDS


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.returncode == 0, result.stderr
    for rule in RULES:
        assert rule.id in result.stdout


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_explains_itself(rule) -> None:
    result = run("rules", rule.id.lower(), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(f"# {rule.id}: {rule.title}")
    for section in ("Waarom", "Voorbeeld dat afgaat", "Voorbeeld dat goed is", "Hoe op te lossen"):
        assert f"\n## {section}\n" in text, f"{rule.id} mist '{section}'"
    assert rule.legal_basis in text


def test_unknown_rule_suggests_the_closest() -> None:
    result = run("rules", "BEZWAAR")
    assert result.returncode == 2
    assert "Bedoelde u BEZWAAR-CLAUSULE?" in result.stderr
    assert "Traceback" not in result.stderr


def test_rules_page_is_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_rules_page.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def _fires(rule, text: str, tmp_path: Path, name: str) -> bool:
    draft = tmp_path / f"{name}.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    soort = rule.soorten[0] if rule.soorten else None
    report = check_file(draft, document=rule.documents[0], soort=soort, select=[rule.id])
    assert report.error is None, report.error
    return any(f.rule == rule.id for f in report.findings)


@pytest.mark.parametrize("rule", PER_FILE_RULES, ids=lambda r: r.id)
def test_documented_examples_are_true(rule, tmp_path: Path) -> None:
    assert rule.example_fires and rule.example_passes, f"{rule.id}: both examples are required"
    assert _fires(rule, rule.example_fires, tmp_path, "afgaat"), f"{rule.id}: the example that fires does not fire"
    assert not _fires(rule, rule.example_passes, tmp_path, "goed"), f"{rule.id}: the example that passes fires"


CASES = [(r, n, c) for r in PER_FILE_RULES for n, c in enumerate(r.cases)]


@pytest.mark.parametrize("rule,n,case", CASES, ids=lambda x: x.id if hasattr(x, "id") else str(x) if isinstance(x, int) else "")
def test_every_documented_failure_class_is_true(rule, n, case, tmp_path: Path) -> None:
    """Each "Meer voorbeelden" pair of the rule page: the one that fires fires, the sound one stays clean."""
    fires, passes, what = case
    assert _fires(rule, fires, tmp_path, f"afgaat{n}"), f"{rule.id} ({what}): the example that fires does not fire"
    assert not _fires(rule, passes, tmp_path, f"goed{n}"), f"{rule.id} ({what}): the sound example fires"


def test_motivation_and_layer_rules_document_what_counts() -> None:
    for rule in RULES:
        if rule.id == "BESLUIT-MOTIVERING" or rule.id.startswith("AFWEGING-"):
            assert rule.definition and rule.cases, f"{rule.id}: 'Wat telt' and examples per failure class are required"
            assert "## Wat telt" in rule_markdown_text(rule) and "Meer voorbeelden" in rule_markdown_text(rule)


def rule_markdown_text(rule) -> str:
    from wmo_docs.rules.docs import rule_markdown

    return rule_markdown(rule)
