"""What a grant must spell out: VOORZIENING-SPECIFICATIE, PGB-KEUZE, EIGEN-BIJDRAGE, and for a
reduction or ending OVERGANGSTERMIJN.

The resident must be able to read from the letter itself what he is entitled to, from when,
for how long and in which form; the wording cues are in ``checks/vocab/grant.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from wmo_docs.findings import Finding
from wmo_docs.rules.analysis import NON_CASE_SECTIONS, Analysis, Sentence, decision_kinds, is_decision
from wmo_docs.rules.base import anchor_finding, finding, sentence_finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec
from wmo_docs.rules.cues import Unit, case_units, find, heading_above, parse_date, rx, units, vocab

GRANT_SOORTEN = ("toekenning", "gedeeltelijke toekenning")
CHANGE_SOORTEN = ("wijziging", "beëindiging")
# the weighing and the request are no place for the specification ("U vroeg om 5 uur per week")
_NOT_DICTUM = NON_CASE_SECTIONS | {"aanvraag", "onderzoek", "afweging"}
_DICTUM_SECTIONS = ("besluit", "motivering", "overig")


def grant_decisions(a: Analysis) -> list[Sentence]:
    """Sentences that grant something (not negated), outside the weighing."""
    long_grant = rx(vocab("grant")["decision"]["grant"])
    return [s for s in a.sentences if not s.heading and s.section not in NON_CASE_SECTIONS
            and s.section not in ("aanvraag", "onderzoek", "afweging")
            and ((is_decision(s) and "grant" in decision_kinds(s)) or long_grant.search(s.text))]


def dictum_units(a: Analysis) -> list[Unit]:
    """Where a grant is specified: the dictum sections, tables outside the weighing, and the
    decision sentences with the paragraphs that follow them (cached)."""
    if "grant_scope" in a.memo:
        return a.memo["grant_scope"]
    blocks: set[int] = set()
    for s in a.sentences:
        if not s.heading and is_decision(s) and decision_kinds(s) & {"grant", "change", "end"}:
            for b in range(s.block, min(s.block + 4, len(a.document.blocks))):
                if b > s.block and a.structure.headings[b]:
                    break
                blocks.add(b)
    out = [u for u in units(a) if u.section not in NON_CASE_SECTIONS and not u.heading
           and (u.section not in _NOT_DICTUM or u.block in blocks)]
    a.memo["grant_scope"] = out
    return out


def _kind_of(text: str) -> str | None:
    g = vocab("grant")["kinds"]
    if rx(g["service"]).search(text):
        named_product = rx(g["product"]).search(text)
        if named_product and g.get("category") and not rx(g["service"]).search(rx(g["category"]).sub(" ", text)):
            return "product"  # "een scootmobiel als vervoersvoorziening"
        return "service"
    if rx(g["product"]).search(text):
        return "product"
    return None


def _granted_kinds(a: Analysis, decisions: list[Sentence]) -> set[str]:
    kinds = {k for s in decisions if (k := _kind_of(s.text))}
    if not kinds:  # a dictum table: "Voorziening: traplift"
        for u in dictum_units(a):
            if u.table or u.section == "besluit":
                if k := _kind_of(u.text):
                    kinds.add(k)
    return kinds


def voorziening_specificatie(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Per grant: kind, omvang (volume, unit, frequency; or result with a fixed omvang), start, duration, leveringsvorm."""
    if a.soort not in GRANT_SOORTEN:
        return
    p = rule.params
    g = vocab("grant")
    decisions = grant_decisions(a)
    scope = dictum_units(a)
    kinds = _granted_kinds(a, decisions)
    if not decisions and not kinds:
        return
    missing: list[str] = []
    if not kinds:
        missing.append(p["part_kind"])
    omvang = find(g["omvang"]["pattern"], scope)
    if "service" in kinds and omvang is None:
        deferred = find(g["omvang"]["deferred"], scope) or find(g["omvang"]["deferred"], case_units(a))
        if deferred:
            u, m = deferred
            yield finding(rule, a, u.block, u.start, u.end, p["message_deferred"].format(quote=shorten(u.text)))
        else:
            partial = find(g["omvang"]["partial"], scope)
            missing.append(p["part_frequency"].format(quote=partial[1].group(0)) if partial else p["part_omvang"])
    if find(g["start"]["pattern"], scope) is None:
        missing.append(p["part_start"])
    if kinds != {"product"} and find(g["end"]["pattern"], scope) is None:
        missing.append(p["part_end"])
    if find(g["leveringsvorm"]["pattern"], scope) is None:
        missing.append(p["part_leveringsvorm"])
    if missing:
        parts = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " en " + missing[-1]
        where = where_phrase(a, "besluit")
        if decisions:
            d = decisions[0]
            yield sentence_finding(rule, a, d, p["message_missing"].format(quote=shorten(d.text), parts=parts, where=where))
        else:
            yield anchor_finding(rule, a, ("besluit",), p["message_missing_table"].format(parts=parts, where=where))
    yield from _per_service(rule, a, decisions, omvang is not None)


def _per_service(rule: RuleSpec, a: Analysis, decisions: list[Sentence], any_omvang: bool) -> Iterator[Finding]:
    """With two or more services granted, each needs its own omvang near its name."""
    g = vocab("grant")
    service = rx(g["kinds"]["service"])
    groups = {name: rx(p) for name, p in g["kinds"]["groups"].items()}
    named: dict[str, tuple[Sentence, str]] = {}
    for s in decisions:
        for m in service.finditer(s.text):
            group = next((n for n, p in groups.items() if p.search(m.group(0))), m.group(0).lower())
            named.setdefault(group, (s, m.group(0)))
    if len(named) < 2 or not any_omvang:
        return
    omvang = rx(g["omvang"]["pattern"])
    all_units = units(a)
    for group, (s, name) in named.items():
        pattern = groups.get(group)
        near = [u for u in all_units if s.block <= u.block <= s.block + 3
                and (u.block == s.block or (pattern.search(u.text) if pattern else name.lower() in u.text.lower()))]
        if not any(omvang.search(u.text) for u in near):
            yield sentence_finding(rule, a, s, rule.params["message_per_service"].format(
                voorziening=name, quote=shorten(s.text)))


def _pgb_units(a: Analysis) -> list[Unit]:
    """The letter outside bezwaar, grondslag and signature; the pgb explanation counts wherever it stands."""
    return [u for u in units(a) if u.section not in NON_CASE_SECTIONS and not u.heading]


def _under_pgb_heading(a: Analysis, u: Unit) -> bool:
    h = heading_above(a, u.block)
    return h is not None and bool(rx(r"pgb|persoonsgebonden|budget").search(a.block(h).text))


def pgb_keuze(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """A grant in natura says a pgb is possible; a pgb grant states amount, spending and accountability."""
    if a.soort not in GRANT_SOORTEN:
        return
    p = rule.params
    g = vocab("grant")["pgb"]
    scope = _pgb_units(a)
    dictum = dictum_units(a)
    granted = next((u for u in dictum if rx(g["granted"]).search(u.text) and not rx(g["not_granted"]).search(u.text)), None)
    if granted is None:
        if find(g["possible"], scope) is None:
            yield anchor_finding(rule, a, ("besluit",), p["message_no_choice"].format(where=where_phrase(a, "besluit")))
        return
    eb = rx(vocab("grant")["eigen_bijdrage"]["term"])
    about = [u for u in scope if (rx(r"pgb|persoonsgebonden|budget").search(u.text) or _under_pgb_heading(a, u)
                                  or u.block == granted.block or u.section == "besluit") and not eb.search(u.text)]
    missing = []
    if find(g["amount"], about) is None:
        missing.append(p["part_amount"])
    if find(g["spending"], about) is None:
        missing.append(p["part_spending"])
    if find(g["accountability"], about) is None:
        missing.append(p["part_accountability"])
    if missing:
        parts = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " en " + missing[-1]
        yield finding(rule, a, granted.block, granted.start, granted.end,
                      p["message_pgb_incomplete"].format(quote=shorten(granted.text), parts=parts))


def eigen_bijdrage(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """A grant says whether an eigen bijdrage is due and who collects it, or why none is due."""
    if a.soort not in GRANT_SOORTEN or not (grant_decisions(a) or _granted_kinds(a, [])):
        return
    p = rule.params
    e = vocab("grant")["eigen_bijdrage"]
    scope = [u for u in units(a) if u.section not in ("briefhoofd", "kop", "voet", "grondslag", "bezwaar") and not u.heading]
    mentions = [u for u in scope if rx(e["term"]).search(u.text)]
    if not mentions:
        yield anchor_finding(rule, a, ("besluit",), p["message_missing"].format(where=where_phrase(a, "besluit")))
        return
    # the mention and the two units after it (the collector is often the next sentence)
    around: list[Unit] = []
    for u in mentions:
        i = scope.index(u)
        around += scope[i : i + 3]
    if find(e["collector"], around):
        return
    none = find(e["none_due"], mentions)
    if none:
        u, _ = none
        if find(e["none_reason"], around):
            return
        yield finding(rule, a, u.block, u.start, u.end, p["message_no_reason"].format(quote=shorten(u.text)))
        return
    u = mentions[0]
    yield finding(rule, a, u.block, u.start, u.end, p["message_no_collector"].format(quote=shorten(u.text)))


def _is_increase(a: Analysis) -> bool:
    """A wijziging that gives more (hours, dagdelen) needs no transition period."""
    t = vocab("grant")["transition"]
    texts = [s.text for s in a.sentences if not s.heading and is_decision(s) and s.section not in ("aanvraag", "onderzoek", "afweging")]
    texts += [s.text for s in a.sentences if s.block < 14 and rx(r"\b(onderwerp|betreft)\b").search(s.text)]
    joined = " ".join(texts)
    return bool(rx(t["increase"]).search(joined)) and not rx(t["decrease"]).search(joined)


def overgangstermijn(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """A reduction or ending of an existing voorziening states a reasonable transition period."""
    if a.soort not in CHANGE_SOORTEN:
        return
    if a.soort == "wijziging" and _is_increase(a):
        return
    p = rule.params
    t = vocab("grant")["transition"]
    scope = [u for u in units(a) if u.section not in NON_CASE_SECTIONS and u.section != "aanvraag"]
    if find(t["term"], scope):
        return
    old, period = rx(t["old"]), rx(t["period"])
    if any(old.search(u.text) and period.search(u.text) for u in scope):
        return
    if _effective_later(a):
        return
    decisions = [s for s in a.sentences if not s.heading and is_decision(s) and decision_kinds(s) & {"change", "end"}]
    where = where_phrase(a, "besluit")
    if decisions:
        d = decisions[0]
        yield sentence_finding(rule, a, d, p["message_missing"].format(quote=shorten(d.text), where=where))
    else:
        yield anchor_finding(rule, a, ("besluit",), p["message_missing"].format(quote="het besluit", where=where))


def _effective_later(a: Analysis) -> bool:
    """The change takes effect at least four weeks after the dagtekening: that is a transition period too."""
    from wmo_docs.rules.letter_parts import letter_date

    sent = letter_date(a)
    if sent is None:
        return False
    g = vocab("grant")
    cues = [rx(g["start"]["pattern"]), rx(g["transition"]["effective"])]
    dates = [parse_date(m.group(0)) for u in dictum_units(a) for cue in cues for m in cue.finditer(u.text)]
    dates = [d for d in dates if d is not None]
    return bool(dates) and min(dates) - sent >= timedelta(days=28)
