"""BESLUIT-MOTIVERING: every decided voorziening needs reasons with facts of this case (Awb 3:46).

The letter's argument, as a jurist reads it:

- **decisions** are the dictum sentences, one per voorziening, each with its outcome
  (grant, refuse, change, end);
- a **reason** is a sentence in a part of the letter that gives reasons (not the dictum line,
  the bezwaar clause, the address or the signature) that states a fact of this resident —
  what he can or cannot do, his health, the people around him, a number — and is not a
  procedure sentence, talk about the letter, or a reason that only restates the norm
  ("omdat u niet voldoet aan de voorwaarden");
- a reason **supports** a refusal only when it says why the need is met or absent: "u woont
  alleen" or "uw partner kan niet helpen" are reasons for support, not against it;
- in a letter that decides more than one voorziening each needs a reason of its own: one that
  names it, or that stands in its part of the letter (under its heading, or after the sentence
  that introduces it). Reasons shared by all count for all only when the letter gives no
  reason to any voorziening in particular.
- A verslag counts as the reasons only when the letter says it is attached and part of the decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wmo_docs.findings import Finding
from wmo_docs.rules import argument, weighing
from wmo_docs.rules.analysis import Analysis, Sentence, decision_kinds, is_decision, negated, states_norm
from wmo_docs.rules.base import sentence_finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec

_GENERIC_VOORZIENING = ("maatwe", "pgb", "persoo", "aanpas", "hulpmi")
_CATEGORY_VOORZIENING = ("vervoe", "woonvo")  # "Scootmobiel (vervoersvoorziening)" is one voorziening
_INFO = ("X_FIXED_TERM",)  # "eigen bijdrage": information about the grant, not a reason for it


def _in_brackets(sp) -> bool:
    """'Uw dagbesteding (begeleiding groep) stopt': the bracketed words explain, they decide nothing."""
    before = sp.doc[sp.sent.start : sp.start].text if sp.sent is not None else sp.doc[: sp.start].text
    return before.count("(") > before.count(")")


def voorzieningen(s: Sentence) -> set[str]:
    """Kinds of voorziening named in a sentence (generic words like 'maatwerkvoorziening' left out,
    a category word beside the voorziening it classifies too, words in brackets too); cached per sentence."""
    found = s.memo.get("voorzieningen")
    if found is None:
        found = s.memo["voorzieningen"] = _voorzieningen(s)
    return set(found)


def _voorzieningen(s: Sentence) -> frozenset[str]:
    spans = s.labels.get("VOORZIENING", [])
    keys = {sp.root.lemma_.lower()[:6] for sp in spans if not _in_brackets(sp)} or \
        {sp.root.lemma_.lower()[:6] for sp in spans}
    specific = {k for k in keys if not k.startswith(_GENERIC_VOORZIENING)}
    return frozenset({k for k in specific if not k.startswith(_CATEGORY_VOORZIENING)} or specific)


@dataclass
class Decision:
    voorziening: str | None  # None: the letter decides without naming a kind of voorziening
    outcome: str  # grant, refuse, change, end
    sentence: Sentence


def _states_decision(s: Sentence) -> bool:
    """A dictum sentence, or a heading that is one ("U krijgt een rolstoel", "Wij wijzen af: vervoer")."""
    if not decision_kinds(s):
        return False
    if not s.heading:
        return is_decision(s)
    return s.has("CLIENT_SUBJECT") or any(t.lower_ in ("wij", "we") for t in s.span)


def decisions(a: Analysis) -> list[Decision]:
    """One decision per voorziening named in the dictum (its first statement), in letter order."""
    sentences = [s for s in a.sentences if s.section not in weighing.NON_CASE_SECTIONS and _states_decision(s)]
    out: dict[str | None, Decision] = {}
    for s in sentences:
        kinds = decision_kinds(s) - {"partial"}
        outcome = "refuse" if kinds == {"refuse"} else next(iter(sorted(kinds - {"refuse"})), "refuse")
        for v in voorzieningen(s) or {None}:
            out.setdefault(v, Decision(v, outcome, s))
    if not out:  # a bare dictum without a decision verb ("Besluit: huishoudelijke ondersteuning, 3 uur")
        bare = [s for s in a.sentences if not s.heading and is_decision(s)]
        outcome = {"afwijzing": "refuse", "wijziging": "change", "beëindiging": "end"}.get(a.soort or "", "grant")
        return [Decision(None, outcome, bare[0])] if bare else []
    if len(out) > 1:
        out.pop(None, None)
    return list(out.values())


def is_fact_reason(s: Sentence, before: Sentence | None) -> bool:
    """A sentence that links a fact of this resident to what it means: a reason, a judgement, or
    what he (or someone around him) can or cannot do. A diagnosis or a living situation told
    without what follows from it is a fact, not yet a reason."""
    if s.heading or states_norm(s) or s.has("BEZWAAR", *_INFO) or s.text.rstrip().endswith("?"):
        return False
    if _states_decision(s) and not s.has("REASON"):
        return False  # the dictum itself, wherever it stands
    if (argument.is_letter_meta(s) or argument.is_history(s) or argument.is_procedure(s, before)
            or weighing.is_boilerplate(s) or argument.is_norm_only(s)):
        return False
    # about the voorziening itself: "Een traplift voor een trap met twee kwarten is kostbaar en moet bij de
    # verhuizing weer worden verwijderd" gives its own reasons, with or without the resident in it
    evaluates = s.has("REASON", "JUDGEMENT", "ABILITY", "NEG", "P_ALONE")
    words = len(argument.content_words(s, names=False))
    about_voorziening = bool(voorzieningen(s)) and (words >= 6 or evaluates and words >= 4) and not _spec_line(s)
    if not (evaluates or about_voorziening):
        return False
    facts = bool(argument.case_facts(s))
    acts = argument.resident_acts(s) and len(argument.content_words(s)) >= 2
    return facts or acts or about_voorziening


def _spec_line(s: Sentence) -> bool:
    """A label/value line of the dictum: "Begeleiding: 3 uur per week, bij Stichting Kompas"."""
    head, colon, _ = s.text.partition(":")
    return bool(colon) and len(head.split()) <= 4


def supports(s: Sentence, outcome: str) -> bool:
    """Whether a fact reason can carry this outcome: a refusal needs why the need is met or absent,
    and "u woont alleen" or "uw partner kan niet helpen" say the opposite."""
    if outcome != "refuse" or not weighing.signalled_layers(s):
        return True
    if s.has("P_ALONE"):
        return False
    signals = [sp for label, spans in s.labels.items() if label.startswith(("L_", "P_")) or label == "ABILITY"
               for sp in spans]
    return not any(negated(sp) for sp in signals)


def _links(a: Analysis, decided: set[str]) -> dict[int, set[str]]:
    """Sentence position -> the decided voorzieningen its paragraph or heading is about.

    A reason belongs to a voorziening when it names it, when its paragraph names only that one
    ("Je hebt iemand nodig die met je je post doorneemt. Daarom krijg je begeleiding."), or when
    it stands under a heading that names it."""
    def named(s: Sentence) -> set[str]:  # by its label, or by a word that starts like it ("verhuizen")
        return (voorzieningen(s) & decided) | {v for v in decided if any(t.lower_.startswith(v) for t in s.span)}

    by_block: dict[int, set[str]] = {}
    for s in a.sentences:
        if not s.heading:
            by_block.setdefault(s.block, set()).update(named(s))
    out: dict[int, set[str]] = {}
    under: set[str] = set()
    for n, s in enumerate(a.sentences):
        if s.heading:
            heading = named(s)
            under = heading if len(heading) == 1 else set()
            continue
        own = named(s)
        block = by_block.get(s.block, set())
        out[n] = own or (block if len(block) == 1 else set()) or under
    return out


def _asked_for(a: Analysis) -> set[str]:
    """What the resident asked for, when the dictum does not name it ("Onderwerp: aanvraag dagbesteding")."""
    for s in a.sentences:
        words = {t.lower_.strip(":") for t in s.span}
        if words & {"onderwerp", "aanvraag", "gevraagd", "betreft", "vroeg"} and voorzieningen(s):
            return voorzieningen(s)
    return set()


def _all_voorzieningen(a: Analysis) -> set[str]:
    return {v for s in a.sentences for v in voorzieningen(s)}


def besluit_motivering(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Every decision (per voorziening) needs reasons that link facts of this case to the norm."""
    found = decisions(a)
    if not found:
        return
    attached, reference = weighing.attached_verslag(a)
    if attached:
        return  # the verslag is part of the decision: its reasons are the letter's
    reasons: list[tuple[int, Sentence]] = []
    before: Sentence | None = None
    for n, s in enumerate(a.sentences):
        if s.section not in weighing.NON_CASE_SECTIONS and is_fact_reason(s, before):
            reasons.append((n, s))
        before = s
    decided = {d.voorziening for d in found if d.voorziening} or _asked_for(a)
    if decided:  # "Een scootmobiel is daarom niet nodig" in a letter that refuses dagbesteding: another voorziening
        others = _all_voorzieningen(a) - decided
        elsewhere = _links(a, others)
        on_decided = {s.block for s in a.sentences if voorzieningen(s) & decided}
        reasons = [(n, s) for n, s in reasons if not elsewhere.get(n) or voorzieningen(s) & decided
                   or (s.block in on_decided and not voorzieningen(s) & others)]
    links = _links(a, decided) if len(decided) > 1 else {}
    linked = {n: links.get(n, set()) for n, _ in reasons}
    any_linked = any(linked.values())
    for d in found:
        own = [s for n, s in reasons if supports(s, d.outcome)
               and (d.voorziening is None or len(decided) < 2 or d.voorziening in linked[n]
                    or (not any_linked and not linked[n]))]
        if own:
            continue
        yield _finding(rule, a, d, found, reference)


def _finding(rule: RuleSpec, a: Analysis, d: Decision, found: list[Decision], reference: Sentence | None) -> Finding:
    quote = shorten(d.sentence.text)
    if len(found) > 1 and d.voorziening:
        name = next((sp.text for sp in d.sentence.labels.get("VOORZIENING", [])
                     if sp.root.lemma_.lower()[:6] == d.voorziening), d.voorziening)
        message = rule.params["message_voorziening"].format(voorziening=name, quote=quote)
    else:
        message = rule.params["message_bare"].format(quote=quote, where=where_phrase(a, "motivering", "afweging", "besluit"))
    if reference is not None:
        message += " " + rule.params["message_reference"]
    return sentence_finding(rule, a, d.sentence, message, voorziening=d.voorziening)
