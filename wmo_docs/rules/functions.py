"""Rules that need real logic, named from their ``checks/rules/*.toml`` by ``params.function``."""

from __future__ import annotations

from collections.abc import Iterator

from wmo_docs.findings import Finding
from wmo_docs.rules import motivation
from wmo_docs.rules.analysis import Analysis
from wmo_docs.rules.base import anchor_finding, where_phrase
from wmo_docs.rules.catalogue import RuleSpec


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
    "besluit_motivering": motivation.besluit_motivering,
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
