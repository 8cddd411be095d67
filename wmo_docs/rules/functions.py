"""Rules that need real logic, named from their ``checks/rules/*.toml`` by ``params.function``."""

from __future__ import annotations

from collections.abc import Iterator

from wmo_docs.findings import Finding
from wmo_docs.rules import weighing
from wmo_docs.rules.analysis import Analysis, Sentence, decision_kinds, is_decision
from wmo_docs.rules.base import anchor_finding, sentence_finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec

_GENERIC_VOORZIENING = ("maatwe", "pgb", "persoo", "aanpas", "hulpmi")
_CATEGORY_VOORZIENING = ("vervoe", "woonvo")  # "Scootmobiel (vervoersvoorziening)" is one voorziening


def _voorzieningen(s: Sentence) -> set[str]:
    """Kinds of voorziening named in a sentence (generic words like 'maatwerkvoorziening' left out,
    a category word beside the voorziening it classifies too)."""
    keys = {sp.root.lemma_.lower()[:6] for sp in s.labels.get("VOORZIENING", [])}
    specific = {k for k in keys if not k.startswith(_GENERIC_VOORZIENING)}
    return {k for k in specific if not k.startswith(_CATEGORY_VOORZIENING)} or specific


def has_case_fact(s: Sentence) -> bool:
    """Something concrete about this resident: people around them, their health or
    limitations, tasks, their home. "U komt niet in aanmerking" is a conclusion, not a fact."""
    return s.has(*weighing.PERSON_LABELS) or s.has("SITUATION", "TASK")


def is_reason(s: Sentence) -> bool:
    """A sentence that gives a case-specific reason: a connective, judgement or a
    motivation section, together with a concrete case fact; never procedure boilerplate."""
    if s.heading or weighing.is_boilerplate(s) or not has_case_fact(s):
        return False
    return s.has("REASON", "JUDGEMENT") or s.section in ("motivering", "afweging", "onderzoek")


def besluit_motivering(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Every decision (per voorziening) needs reasons that link facts of this case to the norm."""
    decisions = [s for s in a.sentences if not s.heading and is_decision(s) and decision_kinds(s)]
    if not decisions:
        decisions = [s for s in a.sentences if not s.heading and is_decision(s)]
    if not decisions:
        return
    reasons = [s for s in a.case_sentences() if is_reason(s)]
    reasons += [s for key in weighing.layers() for s in weighing.evidence(a, key).weighed if has_case_fact(s)]
    if not reasons:
        d = decisions[0]
        yield sentence_finding(rule, a, d, rule.params["message_bare"].format(
            quote=shorten(d.text), where=where_phrase(a, "motivering", "afweging", "besluit")))
        return
    decided: dict[str, Sentence] = {}
    for d in decisions:
        for v in _voorzieningen(d):
            decided.setdefault(v, d)
    if len(decided) < 2 or any(r.section == "motivering" for r in reasons):
        return  # one voorziening, or one motivation section that covers them all
    sections_with_reason = {(r.section, _heading_above(a, r.block)) for r in reasons}
    for v, d in decided.items():
        if any(v in _voorzieningen(r) or v in r.text.lower() for r in reasons):
            continue
        if (d.section, _heading_above(a, d.block)) in sections_with_reason:
            continue
        name = next(sp.text for sp in d.labels["VOORZIENING"] if sp.root.lemma_.lower()[:6] == v)
        yield sentence_finding(rule, a, d, rule.params["message_voorziening"].format(voorziening=name, quote=shorten(d.text)))


def _heading_above(a: Analysis, block: int) -> int:
    for i in range(block, -1, -1):
        if a.structure.headings[i]:
            return i
    return -1


def besluit_grondslag(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The Wmo 2015 article(s) and the verordening article(s) the decision rests on are named."""
    cites = [c for _, c in a.citations()]
    laws = {c.law for c in cites}
    sections = ("grondslag", "besluit", "motivering")
    where = where_phrase(a, *sections)
    if "wmo2015" not in laws:
        named = any("wmo" in s.text.lower() or "maatschappelijke ondersteuning" in s.text.lower() for s in a.sentences)
        key = "message_wmo_no_article" if named else "message_wmo_missing"
        yield anchor_finding(rule, a, sections, rule.params[key].format(where=where))
    if "verordening" not in laws:
        named = any("verordening" in s.text.lower() for s in a.sentences)
        key = "message_verordening_no_article" if named else "message_verordening_missing"
        titel = a.profile.verordening_titel or "de verordening maatschappelijke ondersteuning"
        yield anchor_finding(rule, a, sections, rule.params[key].format(where=where, titel=titel))


FUNCTIONS = {
    "besluit_motivering": besluit_motivering,
    "besluit_grondslag": besluit_grondslag,
}

# Rules of issue 6 in their own modules (registered here so the engine finds them by name).
from wmo_docs.rules.consistency import FUNCTIONS as _CONSISTENCY  # noqa: E402

FUNCTIONS.update(_CONSISTENCY)

# The grant, letter and verslag rules in their own modules.
from wmo_docs.rules import grant as _grant, letter_parts as _letter, report_steps as _report  # noqa: E402

FUNCTIONS.update({
    "voorziening_specificatie": _grant.voorziening_specificatie,
    "pgb_keuze": _grant.pgb_keuze,
    "eigen_bijdrage": _grant.eigen_bijdrage,
    "overgangstermijn": _grant.overgangstermijn,
    "onderzoek_vermeld": _letter.onderzoek_vermeld,
    "ondertekening": _letter.ondertekening,
    "vaag_taalgebruik": _letter.vaag_taalgebruik,
    "verslag_gesprek": _report.verslag_gesprek,
    "verslag_hulpvraag": _report.verslag_hulpvraag,
    "verslag_beperkingen": _report.verslag_beperkingen,
    "verslag_ondersteuningsbehoefte": _report.verslag_ondersteuningsbehoefte,
    "verslag_conclusie": _report.verslag_conclusie,
    "verslag_reactie": _report.verslag_reactie,
})
from wmo_docs.rules.readability import FUNCTIONS as _READABILITY  # noqa: E402

FUNCTIONS.update(_READABILITY)
from wmo_docs.rules.privacy import FUNCTIONS as _PRIVACY  # noqa: E402

FUNCTIONS.update(_PRIVACY)
