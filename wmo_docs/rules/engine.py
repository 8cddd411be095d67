"""Run the rule catalogue over an Analysis, honouring profile overrides and --select/--ignore."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from wmo_docs.findings import Finding, Severity
from wmo_docs.rules.analysis import Analysis
from wmo_docs.rules.case_facts import sharpen
from wmo_docs.rules.catalogue import RuleSpec, load_rules
from wmo_docs.rules.functions import FUNCTIONS
from wmo_docs.rules.kinds import KIND_FUNCTIONS


def _matches(rule_id: str, codes: Iterable[str]) -> bool:
    """'AFWEGING' selects every AFWEGING-* rule, like ruff's prefixes."""
    return any(rule_id == c or rule_id.startswith(c.rstrip("-") + "-") for c in codes)


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                 off: Iterable[str] = (), extra: Iterable[RuleSpec] = ()) -> list[RuleSpec]:
    """The catalogue plus a profile's own rules, filtered by --select, --ignore and the profile's 'uit'."""
    rules = list(load_rules()) + list(extra)
    sel = [s.strip().upper() for s in select or [] if s.strip()]
    ign = [s.strip().upper() for s in ignore or [] if s.strip()] + [o.upper() for o in off]
    if sel:
        rules = [r for r in rules if _matches(r.id, sel)]
    return [r for r in rules if not _matches(r.id, ign)]


def unknown_codes(codes: Iterable[str]) -> list[str]:
    """Codes that select no rule at all (a typo in --select/--ignore)."""
    ids = [r.id for r in load_rules()]
    return [c for c in codes if c.strip() and not any(_matches(i, [c.strip().upper()]) for i in ids)]


def run_rules(analysis: Analysis, rules: list[RuleSpec]) -> list[Finding]:
    """Findings of all applicable rules, with the profile's severities, in document order."""
    ernst = analysis.profile.ernst
    out: list[Finding] = []
    for rule in rules:
        if not rule.applies(analysis.kind, analysis.soort):
            continue
        # a function rule evaluated elsewhere (e.g. across a batch) has no per-draft function here
        fn = FUNCTIONS.get(rule.params.get("function", "")) if rule.kind == "function" else KIND_FUNCTIONS[rule.kind]
        if fn is None:
            continue
        for f in fn(rule, analysis):
            if rule.id in ernst:
                f = replace(f, severity=Severity(ernst[rule.id]))
            if analysis.case is not None:
                f = sharpen(f, analysis.case)
            out.append(f)
    out.sort(key=lambda f: (f.location.block if f.location else -1, f.location.start if f.location else 0, f.rule))
    return out
