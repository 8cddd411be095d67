"""PRIVACY-GEZONDHEID: health data beyond what the decision needs, and a BSN in the letter.

Fires on: medication names and dosages ("oxazepam", "10 mg", "2x daags"); a BSN in the
body text (nine digits passing the elfproef, also "123 456 782" or after "BSN:"); a
sensitive diagnosis (psychiatric, addiction, HIV/soa) in a letter about support it does not
explain (a traplift, a scootmobiel); details of treatment or course (uitzaaiingen,
chemotherapie, gedwongen opname); the same diagnosis repeated in many sentences; and a
list of many diagnoses. A condition named once as the reason for the limitation passes.
The message never repeats the health data: the quote shows where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from wmo_docs.findings import Finding
from wmo_docs.rules.analysis import Analysis, Sentence
from wmo_docs.rules.base import finding
from wmo_docs.rules.catalogue import RuleSpec

SKIP_SECTIONS = frozenset({"kop", "voet", "bezwaar", "grondslag"})
DOSAGE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|microgram|milligram|ml|ie|e)\b(?!\s*(?:per\s+)?(?:uur|week))|\b\d\s?dd\b",
    re.IGNORECASE,
)
# "2x daags", "drie keer per dag" is a dosage only beside a medicine: "Gaat 1x per dag de trap op" is not
FREQUENCY = re.compile(r"\b(?:\d|een|twee|drie|vier)\s?(?:x|maal|keer)\s+(?:per\s+dag|daags)\b", re.IGNORECASE)
MEDICINE = re.compile(
    r"\b(?:medicijn\w*|medicatie|medicament\w*|tablet\w*|pil|pillen|capsule\w*|druppels|zetpil\w*|pleister\w*|"
    r"dosis|doseri\w*|innemen|inneemt|neemt\s+in|slikt|slikken|spuit|spuiten|injectie\w*|mg)\b",
    re.IGNORECASE,
)
BSN_DIGITS = re.compile(r"(?<![\d/.-])(\d{3})[ .]?(\d{3})[ .]?(\d{3})(?![\d/-])|(?<![\d/.-])(\d{4})[ .]?(\d{2})[ .]?(\d{3})(?![\d/-])")
BSN_LABEL = re.compile(r"\b(?:bsn|burgerservicenummer|sofinummer)\b\s*(?:nummer|nr\.?)?\s*[:=]?\s*(?P<num>[\d .]{9,13})", re.I)


def elfproef(digits: str) -> bool:
    from wmo_docs.case.formats import elfproef as check

    return check(digits)


@dataclass(frozen=True)
class HealthTerm:
    category: str
    sensitive: bool
    relevant_for: tuple[str, ...]


@cache
def _vocab() -> tuple[tuple[HealthTerm, re.Pattern], ...]:
    from wmo_docs.nlp.vocab import toml_file

    out = []
    for cat, v in toml_file("vocab/health.toml").items():
        term = HealthTerm(cat, bool(v.get("sensitive")), tuple(v.get("relevant_for") or ()))
        lower, upper = [], []
        for f in v["forms"]:
            if len(f) <= 4 and not f.endswith("*"):
                upper.append(re.escape(f.upper()))  # short forms (MS, ALS, HIV) only as the abbreviation
            else:
                lower.append(re.escape(f.rstrip("*")).replace(r"\ ", r"\s+") + (r"[\wà-ÿ-]*" if f.endswith("*") else ""))
        parts = []
        if lower:
            parts.append(r"(?i:(?<![\w-])(?:" + "|".join(lower) + r")(?![\w-]))")
        if upper:
            parts.append(r"(?<![\w-])(?:" + "|".join(upper) + r")(?![\w-])")
        out.append((term, re.compile("|".join(parts))))
    return tuple(out)


def _topic(a: Analysis) -> str:
    """Words naming what the decision is about (case voorzieningen, or the decision sentences)."""
    if a.case is not None and a.case.voorzieningen:
        return " ".join(f"{v.soort} {v.omschrijving}" for v in a.case.voorzieningen).lower()
    from wmo_docs.rules.analysis import is_decision

    words = [sp.text for s in a.sentences if is_decision(s) or s.section == "besluit" for sp in s.labels.get("VOORZIENING", [])]
    if not words:  # a rapportage has no dictum: what its advice and the text are about
        words = [sp.text for s in a.sentences for sp in s.labels.get("VOORZIENING", [])]
    heads = [a.block(i).text for i, h in enumerate(a.structure.headings) if h][:12]
    return " ".join(words + heads).lower()


def privacy_gezondheid(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    p = rule.params
    sents = [s for s in a.sentences if s.section not in SKIP_SECTIONS and a.block(s.block).part == "body"]
    seen: set[tuple[int, int]] = set()

    def emit(s: Sentence, start: int, end: int, key: str, **extra) -> Finding | None:
        if (s.block, start) in seen:
            return None
        seen.add((s.block, start))
        return finding(rule, a, s.block, s.start + start, s.start + end, p[key].format(**extra), **extra)

    topic = _topic(a)
    mentions: dict[str, list[tuple[Sentence, int, int]]] = {}
    out: list[Finding] = []
    for s in sents:
        text = s.text
        # BSN
        if s.section != "briefhoofd":
            for m in BSN_LABEL.finditer(text):
                digits = re.sub(r"\D", "", m.group("num"))
                if len(digits) == 9:
                    f = emit(s, m.start(), m.start("num") + len(m.group("num").rstrip()), "message_bsn", kind="bsn")
                    out += [f] if f else []
            for m in BSN_DIGITS.finditer(text):
                digits = re.sub(r"\D", "", m.group(0))
                if len(digits) == 9 and elfproef(digits) and not re.search(r"(?:tel|telefoon|iban|nl\d\d)\W*$", text[:m.start()].lower()[-15:]):
                    f = emit(s, m.start(), m.end(), "message_bsn", kind="bsn")
                    out += [f] if f else []
        terms = [(term, m) for term, rx in _vocab() for m in rx.finditer(text)]
        # medication and dosage
        doses = list(DOSAGE.finditer(text))
        if MEDICINE.search(text) or any(term.category == "medicatie" for term, _ in terms):
            doses += FREQUENCY.finditer(text)
        for m in doses:
            f = emit(s, m.start(), m.end(), "message_medicatie", kind="medicatie")
            out += [f] if f else []
        for term, m in terms:
            if term.category == "medicatie":
                f = emit(s, m.start(), m.end(), "message_medicatie", kind="medicatie")
            elif term.category == "detail":
                f = emit(s, m.start(), m.end(), "message_detail", kind="detail")
            elif term.sensitive and not any(w in topic for w in term.relevant_for):
                f = emit(s, m.start(), m.end(), "message_gevoelig", kind=term.category)
            else:
                f = None
                mentions.setdefault(m.group(0).lower(), []).append((s, m.start(), m.end()))
            out += [f] if f else []
    # repeated diagnosis detail, or a list of diagnoses
    for word, hits in mentions.items():
        sentences = {(s.block, s.start) for s, _, _ in hits}
        if len(sentences) >= p.get("max_sentences_per_diagnosis", 4):
            s, b, e = hits[-1]
            f = emit(s, b, e, "message_herhaald", kind="herhaald", keer=len(sentences))
            out += [f] if f else []
    if len(mentions) >= p.get("max_distinct_diagnoses", 4):
        s, b, e = sorted((h for hits in mentions.values() for h in hits), key=lambda h: (h[0].block, h[0].start + h[1]))[-1]
        f = emit(s, b, e, "message_lijst", kind="lijst", aantal=len(mentions))
        out += [f] if f else []
    yield from out[: p.get("max_findings", 10)]


FUNCTIONS = {"privacy_gezondheid": privacy_gezondheid}
