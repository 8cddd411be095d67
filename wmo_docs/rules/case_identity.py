"""Does the ``--case`` file belong to this draft at all?

Checking a draft against another zaak's JSON gives a dozen findings about names and dates
that all mean one thing: the wrong file was picked. This module compares what identifies a
zaak — the zaaknummer or kenmerk, and the client's surname — and reports one mismatch.
"""

from __future__ import annotations

import re

from wmo_docs.reading.model import Document
from wmo_docs.rules.case_facts import CaseFacts

# "Zaaknummer: Z-2026-004512", "Ons kenmerk Wmo/2026/0183", "Dossiernr.: 88213"
_LABEL = r"\b(?:zaak(?:nummer|nr\.?)?|(?:ons\s+|uw\s+)?kenmerk|dossier(?:nummer|nr\.?)|referentie)"
_VALUE = r"(?P<ref>[A-Z0-9][A-Z0-9./_-]{3,}[0-9])"
_REFERENCE = re.compile(_LABEL + r"\s*[:.]?\s*" + _VALUE, re.IGNORECASE)
# a label/value table: the label alone in one cell, the value in the next
_LABEL_ONLY = re.compile(r"^\s*" + _LABEL + r"\s*:?\s*$", re.IGNORECASE)
_VALUE_ONLY = re.compile(r"^\s*" + _VALUE + r"\s*$", re.IGNORECASE)
_HEAD_BLOCKS = 40  # a zaak's reference stands in the letterhead or the first lines


def _norm(ref: str) -> str:
    return re.sub(r"[^0-9a-z]", "", ref.lower())


def _raw_case_references(facts: CaseFacts) -> list[str]:
    zaak = facts.data.get("zaak") if isinstance(facts.data.get("zaak"), dict) else {}
    refs = [zaak.get(key) for key in ("zaaknummer", "kenmerk")] + [facts.data.get("kenmerk")]
    return [r for r in refs if isinstance(r, str) and _norm(r)]


def _case_references(facts: CaseFacts) -> set[str]:
    return {_norm(r) for r in _raw_case_references(facts)}


def _serials(refs: list[str]) -> set[int]:
    """The running number of each reference (its last group of three or more digits, without leading zeros)."""
    out = set()
    for ref in refs:
        groups = re.findall(r"\d{3,}", ref)
        if groups:
            out.add(int(groups[-1]))
    return out


def draft_references(document: Document) -> list[str]:
    """The zaak references the draft names near its top, as written."""
    found: list[str] = []
    head = document.blocks[:_HEAD_BLOCKS]
    for block, after in zip(head, head[1:] + [None]):
        found += [m.group("ref") for m in _REFERENCE.finditer(block.text)]
        value = _VALUE_ONLY.match(after.text) if after is not None and _LABEL_ONLY.match(block.text) else None
        if value:
            found.append(value.group("ref"))
    return found


def zaak_key(document: Document) -> str | None:
    """The zaak a draft belongs to (its first zaaknummer or kenmerk, normalised), if it names one:
    a beschikking and the rapportage of the same zaak share it."""
    refs = draft_references(document)
    return _norm(refs[0]) if refs else None


def identity_mismatch(document: Document, facts: CaseFacts) -> str | None:
    """A Dutch sentence saying why the case file is not this draft's, or None when it may be.

    The case's own zaaknummer anywhere in the draft settles it. A draft that names another
    zaaknummer or kenmerk and not the client belongs to another case. A different reference
    with the right name is left alone (many gemeenten write their own kenmerk next to the
    zaaknummer of the case system); a draft without any reference is left to the name check
    of CASUS-CONSISTENTIE."""
    text = document.text.lower()
    flat = _norm(text)
    if any(ref in flat for ref in _case_references(facts)):
        return None
    written = draft_references(document)
    if not written:
        return None  # nothing in the draft says which zaak it is; CASUS-CONSISTENTIE compares the names
    if _serials(written) & _serials(_raw_case_references(facts)):
        return None  # "VBS/WMO/2025/1540" and "Z-2025-001540": the same zaak in two numbering styles
    names = {n.lower() for n in facts.names} | {n.split()[-1].lower() for n in facts.names}
    # a typo in the name ("Dekker" for "Dekkers") is a CASUS-CONSISTENTIE finding, not another zaak
    variants = names | {n + "s" for n in names} | {n[:-1] for n in names if n.endswith("s") and len(n) > 4}
    if not names or any(re.search(rf"\b{re.escape(n)}\b", text) for n in variants):
        return None
    zaak = facts.data.get("zaak")
    number = zaak.get("zaaknummer") if isinstance(zaak, dict) else None
    mine = f"zaak {number}" if number else "een andere zaak"
    return (f"dit casusbestand hoort bij {mine}, het concept bij {written[0]}, en de naam van de cliënt uit de "
            "casus staat niet in het concept. Kies het casusbestand dat bij dit concept hoort.")
