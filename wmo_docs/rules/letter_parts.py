"""The parts of a beschikking around the decision: ONDERZOEK-VERMELD (gesprek and verslag),
ONDERTEKENING (dagtekening and mandate) and VAAG-TAALGEBRUIK (hedges in the dictum).

Wording cues are in ``checks/vocab/letter.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from wmo_docs.findings import Finding
from wmo_docs.rules.analysis import NON_CASE_SECTIONS, Analysis, decision_kinds, is_decision
from wmo_docs.rules.base import anchor_finding, finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec
from wmo_docs.rules.cues import Unit, find, heading_above, parse_date, rx, units, vocab
from wmo_docs.rules.weighing import attached_verslag

_PROCEDURE = frozenset({"briefhoofd", "kop", "voet", "bezwaar", "grondslag", "ondertekening"})


def onderzoek_vermeld(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The letter names the gesprek with its date and the verslag that the resident received."""
    p = rule.params
    o = vocab("letter")["onderzoek"]
    scope = [u for u in units(a) if u.section not in _PROCEDURE and not u.heading]
    # under "Hoe hebben wij dit onderzocht?" a dated sentence is the onderzoek
    talks = [u for u in scope if rx(o["conversation"]).search(u.text) or u.section == "onderzoek" and _under_onderzoek_heading(a, u)]
    dated = [u for u in talks if rx(o["when"]).search(u.text)]
    missing = []
    if not dated:
        undated = next((u for u in talks if rx(r"gesprek|huisbezoek|keukentafel|bezocht|gesproken").search(u.text)), None)
        missing.append(p["part_date_of"].format(quote=shorten(undated.text, 70)) if undated else p["part_conversation"])
    reports = [u for u in scope if rx(o["report"]).search(u.text)]
    given = any(rx(o["given"]).search(u.text) for u in reports) or attached_verslag(a)[0]
    if not given:
        missing.append(p["part_report_given"] if reports else p["part_report"])
    if not missing:
        return
    parts = " en ".join(missing)
    sections = ("onderzoek", "aanvraag", "intro")
    yield anchor_finding(rule, a, sections, p["message"].format(parts=parts, where=where_phrase(a, *sections)))


def _under_onderzoek_heading(a: Analysis, u: Unit) -> bool:
    h = heading_above(a, u.block)
    return h is not None and bool(rx(r"onderzo|gesprek|bezoek").search(a.block(h).text))


def letter_date(a: Analysis) -> date | None:
    """The dagtekening, when the letter has one (see ``_date_unit``)."""
    found = _date_unit(a)
    return parse_date(found[1].group(0)) if found else None


def _date_unit(a: Analysis):
    d = vocab("letter")["dagtekening"]
    all_units = units(a)
    top = [u for u in all_units if u.section in ("briefhoofd", "kop") or u.block < 12]
    closing = [u for u in all_units if u.section == "ondertekening"]
    for pattern, where in ((d["labelled"], all_units), (d["place_date"], top + closing), (d["bare"], top)):
        hit = find(pattern, [u for u in where if u.section != "bezwaar"])
        if hit:
            return hit
    # a block (not a sentence) that is a date line on its own, e.g. in a .docx letterhead
    for b in a.document.blocks[:12]:
        if rx(d["bare"]).search(b.text) or rx(d["place_date"]).search(b.text):
            return Unit(b.index, 0, len(b.text), b.text, a.structure.sections[b.index]), rx(d["bare"] + "|" + d["place_date"]).search(b.text)
    return None


def _closing_blocks(a: Analysis) -> list[int]:
    """The signature area: the ondertekening section, else the last lines of the body."""
    body = [b for b in a.document.blocks if b.part == "body" and b.text.strip()]
    marked = [b.index for b in body if a.structure.sections[b.index] == "ondertekening"]
    tail = [b.index for b in body[-6:] if a.structure.sections[b.index] != "bezwaar"]
    return sorted(set(marked) | set(tail))


def ondertekening(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The letter has a date and is signed on behalf of the college (mandate wording)."""
    p = rule.params
    s = vocab("letter")["signature"]
    if _date_unit(a) is None:
        yield anchor_finding(rule, a, ("briefhoofd",), p["message_no_date"])
    closing = _closing_blocks(a)
    mandate = rx(s["mandate"])
    for idx in closing:
        for line in a.block(idx).text.splitlines():
            if mandate.search(line) and not rx(s["not_signature"]).search(line):
                return
    for b in a.document.blocks:  # a footer or header "namens het college" signs as well
        if b.part != "body" and mandate.search(b.text) and not rx(s["not_signature"]).search(b.text):
            return
    if not closing:
        return
    first = next((i for i in closing if a.structure.sections[i] == "ondertekening"), closing[0])
    names = [a.block(i).text.strip() for i in closing if i >= first]
    quote = shorten(" / ".join(n for n in names if n), 80)
    text = a.block(first).text
    yield finding(rule, a, first, 0, len(text.rstrip()), p["message_no_mandate"].format(quote=quote))


def _dictum_units(a: Analysis) -> list[Unit]:
    """The operative decision: decision sentences, and in the besluit section the lines that
    specify what is granted (not the reasons, not the pgb or bezwaar explanation)."""
    h = vocab("letter")["hedges"]
    spec = vocab("grant")
    specify = rx("|".join((spec["kinds"]["service"], spec["kinds"]["product"], spec["omvang"]["partial"],
                           spec["start"]["pattern"], spec["end"]["pattern"], spec["leveringsvorm"]["pattern"])))
    long_grant = rx(spec["decision"]["grant"])
    out = []
    for u in units(a):
        if u.heading or u.section in NON_CASE_SECTIONS or u.section in ("aanvraag", "onderzoek", "afweging"):
            continue
        s = u.sentence
        decides = s is not None and (is_decision(s) and bool(decision_kinds(s)) or bool(long_grant.search(u.text)))
        if not decides and rx(h["not_dictum"]).search(u.text):
            continue
        label_line = bool(rx(r"^\s*[-•*]?\s*[\w ]{2,30}[:|]\s*\S").match(u.text))  # "Start: 1 januari 2027"
        in_besluit = u.section == "besluit" and (u.table or label_line or (specify.search(u.text) and not (s and s.has("REASON"))))
        if decides or in_besluit:
            out.append(u)
    return out


_QUOTED = re.compile(r"[‘“\"„'][^’”\"']{3,}[’”\"']")


def vaag_taalgebruik(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Hedging words in the dictum: the resident must know exactly what he gets."""
    h = vocab("letter")["hedges"]
    allowed = rx("|".join(h["allowed"]))
    hedges = [rx(pat) for pat in h["patterns"]]
    seen: set[tuple[int, int]] = set()
    for u in _dictum_units(a):
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(u.text)]
        free = [(m.start(), m.end()) for m in allowed.finditer(u.text)]
        for pat in hedges:
            for m in pat.finditer(u.text):
                if any(s <= m.start() < e for s, e in quoted + free):
                    continue
                start = (u.start + m.start()) if not u.table else m.start() - (len(u.text) - len(a.block(u.block).text.strip()))
                key = (u.block, m.group(0).lower())
                if key in seen:
                    continue
                seen.add(key)
                if u.table:
                    bt = a.block(u.block).text
                    pos = bt.lower().find(m.group(0).lower())
                    if pos < 0:
                        continue
                    yield finding(rule, a, u.block, pos, pos + len(m.group(0)),
                                  rule.params["message"].format(quote=m.group(0), sentence=shorten(bt, 80)))
                else:
                    yield finding(rule, a, u.block, start, start + len(m.group(0)),
                                  rule.params["message"].format(quote=m.group(0), sentence=shorten(u.text, 80)))
