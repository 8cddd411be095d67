"""Rule documentation, written once from the ``checks/`` entries.

``wmo-docs rules ID`` and the generated page ``docs/regels.md`` both come from here,
the way ruff explains every rule from one source: never write an explanation twice.
"""

from __future__ import annotations

from wmo_docs.rules.catalogue import RuleSpec, load_rules

DOCUMENT_LABELS = {"beschikking": "beschikking", "rapportage": "rapportage", "batch": "een map met concepten (batch)"}
SECTION_LABELS = {"briefhoofd": "briefhoofd"}


def applies_to_text(rule: RuleSpec) -> str:
    """'beschikking en rapportage', '… (alleen bij wijziging, beëindiging)'."""
    docs = [DOCUMENT_LABELS.get(d, d) for d in rule.documents]
    text = " en ".join(docs)
    if rule.soorten:
        text += f" (alleen bij {', '.join(rule.soorten)})"
    return text


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def rule_markdown(rule: RuleSpec, heading: str = "##") -> str:
    """One rule explained: what it checks, why, an example that fires and one that passes, how to fix."""
    sub = heading + "#"
    parts = [
        f"{heading} {rule.id}: {rule.title}",
        f"**Ernst:** {rule.severity.label} · **Geldt voor:** {applies_to_text(rule)}"
        + (f" · **Kijkt in:** {', '.join(rule.sections)}" if rule.sections else "")
        + f" · **Grondslag:** {rule.legal_basis}",
        f"{sub} Waarom\n\n{rule.rationale}",
    ]
    if rule.definition:
        parts.append(f"{sub} Wat telt\n\n{rule.definition}")
    if rule.example_fires:
        parts.append(f"{sub} Voorbeeld dat afgaat\n\n{_quote(rule.example_fires)}")
    if rule.example_passes:
        parts.append(f"{sub} Voorbeeld dat goed is\n\n{_quote(rule.example_passes)}")
    if rule.cases:
        lines = [f"{sub} Meer voorbeelden"]
        for fires, passes, what in rule.cases:
            lines.append(f"**{what}**\n\nGaat af:\n\n{_quote(fires)}\n\nGoed:\n\n{_quote(passes)}")
        parts.append("\n\n".join(lines))
    parts.append(f"{sub} Hoe op te lossen\n\n{rule.fix}")
    if rule.limitations:
        parts.append(f"{sub} Bekende beperkingen\n\n{rule.limitations}")
    parts.append(
        f"{sub} Aanpassen\n\n"
        f'Zet de regel uit in het gemeenteprofiel met `"checks": {{"uit": ["{rule.id}"]}}`, geef hem een '
        f'andere ernst met `"checks": {{"ernst": {{"{rule.id}": "warning"}}}}`, of sla hem één keer over '
        f"met `wmo-docs check --ignore {rule.id}`."
    )
    return "\n\n".join(parts) + "\n"


def rules_page(rules: tuple[RuleSpec, ...] | None = None) -> str:
    """The whole catalogue as one Markdown page (docs/regels.md)."""
    rules = rules if rules is not None else load_rules()
    lines = [
        "# Controleregels van wmo-docs",
        "",
        "Deze pagina is gemaakt uit de regelbestanden in `checks/rules/` met "
        "`python scripts/build_rules_page.py`; pas de regels daar aan, niet hier. "
        "In de terminal: `wmo-docs rules` en `wmo-docs rules REGEL-ID`.",
        "",
        "Ernst: **fout** = het besluit is juridisch gebrekkig of onvolledig; **waarschuwing** = zwakke plek "
        "in bezwaar of beleid; **advies** = suggestie.",
        "",
        "| Regel | Ernst | Geldt voor | Controleert |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{r.id}](#{r.id.lower()}) | {r.severity.label} | {applies_to_text(r)} | {r.title} |" for r in rules
    ]
    body = "\n".join(rule_markdown(r) for r in rules)
    return "\n".join(lines) + "\n\n" + body
