"""Labelled corpus: does the checker fire exactly the rules a Wmo quality specialist expects?

Every draft in tests/corpus/drafts/ (.docx or .txt) has a sidecar NAME.expect.json:
    {"document": "beschikking"|"rapportage", "soort": ...|null, "style": ..., "profile": "voorbeeldstad"|null,
     "must_fire": [IDs], "must_not_fire": [IDs], "notes": "..."}
The drafts were written independently of the engine's vocabulary, so this is a test of
generalisation, not of the patterns.

* test_sidecar_wellformed[NAME]   the sidecar is valid and every ID is in the check catalogue
* test_draft[NAME]                the fired rules agree with the labels (pytest -k NAME)
* test_precision_recall           per labelled rule over the whole corpus: precision and recall
                                  must both be >= 0.9; prints a table and lists misclassified drafts
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "drafts"
REPO = HERE.parents[1]
PROFILE_DIR = REPO / "profiles" / "voorbeeldstad"
THRESHOLD = 0.9

# The public contract: every ID in docs/check-catalogue.md.
CATALOGUE = {
    "BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND",
    "AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
    "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING",
    "ONDERZOEK-VERMELD", "BEZWAAR-CLAUSULE", "VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE",
    "OVERGANGSTERMIJN", "TERMIJN-OVERSCHREDEN", "ONDERTEKENING", "PLACEHOLDER", "VAAG-TAALGEBRUIK",
    "LEESBAARHEID-B1", "PRIVACY-GEZONDHEID", "CASUS-CONSISTENTIE",
    "VERSLAG-GESPREK", "VERSLAG-HULPVRAAG", "VERSLAG-BEPERKINGEN", "VERSLAG-ONDERSTEUNINGSBEHOEFTE",
    "VERSLAG-CONCLUSIE", "VERSLAG-REACTIE", "BATCH-STANDAARDMOTIVERING",
}
LAYERS = [
    "AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
    "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING",
]
BESCHIKKING_ONLY = ["BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND", "BEZWAAR-CLAUSULE"]
REQUIRED = {
    "beschikking": BESCHIKKING_ONLY + ["PLACEHOLDER"] + LAYERS,
    "rapportage": ["PLACEHOLDER"] + LAYERS,
}
SOORTEN = {"toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging"}
STYLES = {"formeel", "b1", "kort", "wijdlopig"}
KEYS = {"document", "soort", "style", "profile", "must_fire", "must_not_fire", "notes"}


def _drafts() -> list[Path]:
    return sorted(p for p in DRAFTS.iterdir() if p.suffix in (".docx", ".txt"))


DRAFT_PATHS = _drafts()
IDS = [p.stem for p in DRAFT_PATHS]


def _sidecar_path(draft: Path) -> Path:
    return draft.with_name(draft.stem + ".expect.json")


def _load_sidecar(draft: Path) -> dict:
    return json.loads(_sidecar_path(draft).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _fired(draft_path: str) -> frozenset[str]:
    """The set of rule IDs the checker reports for one draft (computed once per run)."""
    from wmo_docs.check import check_file

    draft = Path(draft_path)
    side = _load_sidecar(draft)
    profile = PROFILE_DIR if side.get("profile") == "voorbeeldstad" else None
    report = check_file(draft, profile=profile, document=side["document"])
    if getattr(report, "error", None):
        raise AssertionError(f"{draft.name}: checker could not read the draft: {report.error}")
    return frozenset(f.rule for f in report.findings)


def _labelled(side: dict) -> dict[str, bool]:
    out = {rule: True for rule in side["must_fire"]}
    out.update({rule: False for rule in side["must_not_fire"]})
    return out


# --- sidecars -----------------------------------------------------------------------------

def test_every_draft_has_a_sidecar_and_vice_versa():
    sidecars = {p.name[: -len(".expect.json")] for p in DRAFTS.glob("*.expect.json")}
    assert sidecars == set(IDS), f"without sidecar: {set(IDS) - sidecars}; orphan sidecars: {sidecars - set(IDS)}"
    assert len(IDS) == len(set(IDS)), "two drafts share a name (.docx and .txt)"


@pytest.mark.parametrize("draft", DRAFT_PATHS, ids=IDS)
def test_sidecar_wellformed(draft: Path):
    side = _load_sidecar(draft)
    assert set(side) <= KEYS and KEYS - {"profile"} <= set(side), f"keys: {sorted(side)}"
    assert side["document"] in REQUIRED
    assert side["style"] in STYLES
    assert side["profile"] in ("voorbeeldstad", None)
    if side["document"] == "beschikking":
        assert side["soort"] in SOORTEN
    else:
        assert side["soort"] is None
    assert isinstance(side["notes"], str) and side["notes"].strip()
    fire, not_fire = side["must_fire"], side["must_not_fire"]
    assert len(fire) == len(set(fire)) and len(not_fire) == len(set(not_fire))
    both = set(fire) & set(not_fire)
    assert not both, f"in both lists: {both}"
    unknown = (set(fire) | set(not_fire)) - CATALOGUE
    assert not unknown, f"not in the catalogue: {unknown}"
    missing = set(REQUIRED[side["document"]]) - set(fire) - set(not_fire)
    assert not missing, f"required rules not labelled: {missing}"
    if side["document"] == "rapportage":
        wrong = set(BESCHIKKING_ONLY) & (set(fire) | set(not_fire))
        assert not wrong, f"beschikking-only rules labelled on a rapportage: {wrong}"


def test_corpus_balance():
    """Each required rule has at least 6 drafts where it must fire and 10 where it must not."""
    counts: dict[str, list[int]] = {}
    for draft in DRAFT_PATHS:
        for rule, expected in _labelled(_load_sidecar(draft)).items():
            counts.setdefault(rule, [0, 0])[0 if expected else 1] += 1
    weak = {r: c for r, c in counts.items() if r in REQUIRED["beschikking"] and (c[0] < 6 or c[1] < 10)}
    assert not weak, f"too few labelled examples (fire, not fire): {weak}"


# --- the checker against the labels -------------------------------------------------------

@pytest.mark.parametrize("draft", DRAFT_PATHS, ids=IDS)
def test_draft(draft: Path):
    side = _load_sidecar(draft)
    fired = _fired(str(draft))
    missed = [r for r in side["must_fire"] if r not in fired]
    false_alarms = [r for r in side["must_not_fire"] if r in fired]
    assert not missed and not false_alarms, (
        f"{draft.name}\n  should fire but did not: {missed}\n  fired but should not: {false_alarms}"
        f"\n  labeller's note: {side['notes']}"
    )


def _table(stats: dict[str, dict[str, list[str]]]) -> str:
    lines = [f"{'rule':36} {'TP':>3} {'FN':>3} {'FP':>3} {'TN':>3} {'precision':>9} {'recall':>7}"]
    for rule in sorted(stats):
        s = stats[rule]
        tp, fn, fp, tn = (len(s[k]) for k in ("tp", "fn", "fp", "tn"))
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        lines.append(f"{rule:36} {tp:3} {fn:3} {fp:3} {tn:3} {prec:9.2f} {rec:7.2f}")
    return "\n".join(lines)


def test_precision_recall(request):
    stats: dict[str, dict[str, list[str]]] = {}
    for draft in DRAFT_PATHS:
        fired = _fired(str(draft))
        for rule, expected in _labelled(_load_sidecar(draft)).items():
            s = stats.setdefault(rule, {"tp": [], "fn": [], "fp": [], "tn": []})
            key = ("tp" if rule in fired else "fn") if expected else ("fp" if rule in fired else "tn")
            s[key].append(draft.name)
    table = _table(stats)
    print("\n" + table)
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        cache.set("wmo_docs/corpus_table", table)

    failures = []
    for rule, s in sorted(stats.items()):
        tp, fn, fp = len(s["tp"]), len(s["fn"]), len(s["fp"])
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        if prec < THRESHOLD or rec < THRESHOLD:
            failures.append(
                f"{rule}: precision {prec:.2f}, recall {rec:.2f}\n"
                f"    missed (FN): {', '.join(s['fn']) or '-'}\n"
                f"    false alarms (FP): {', '.join(s['fp']) or '-'}"
            )
    assert not failures, f"rules below {THRESHOLD}:\n" + "\n".join(failures) + "\n\n" + table
