"""Everything the rules read about one draft, computed once: the spaCy Doc of every
block, its sentences with their vocabulary labels, the sections, the document kind
and the besluit soort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from wmo_docs.nlp import CITATIONS_KEY, SPANS_KEY, get_nlp
from wmo_docs.nlp.citations import Citation
from wmo_docs.reading.model import Block, Document
from wmo_docs.reading.structure import Structure, analyse_structure, detect_kind
from wmo_docs.rules.profile import CheckProfile

if TYPE_CHECKING:
    from wmo_docs.rules.case_facts import CaseFacts

SOORTEN = ("toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging")
# Sections whose text is procedure, not the weighing of this case.
NON_CASE_SECTIONS = frozenset({"briefhoofd", "bezwaar", "grondslag", "ondertekening", "kop", "voet"})
_WIJ = frozenset({"wij", "we", "college"})


@dataclass
class Sentence:
    """One sentence of one block, with the vocabulary labels found in it."""

    block: int
    span: Span
    section: str
    heading: bool
    labels: dict[str, list[Span]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict, repr=False)  # derived facts, computed once per sentence

    @property
    def text(self) -> str:
        text = self.memo.get("text")
        if text is None:  # Span.text joins the tokens anew on every call; the rules ask for it often
            text = self.memo["text"] = self.span.text
        return text

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    def has(self, *labels: str) -> bool:
        return any(label in self.labels for label in labels)


@dataclass
class Analysis:
    document: Document
    structure: Structure
    docs: list[Doc]
    sentences: list[Sentence]
    kind: str
    soort: str | None
    profile: CheckProfile
    memo: dict = field(default_factory=dict, repr=False)  # derived views shared by rules (scopes, evidence)
    case: "CaseFacts | None" = None  # facts from the case JSON (--case); see wmo_docs.rules.case_facts

    def block(self, index: int) -> Block:
        return self.document.blocks[index]

    def citations(self) -> list[tuple[int, Citation]]:
        return [(i, span._.citation) for i, d in enumerate(self.docs) for span in d.spans[CITATIONS_KEY]]

    def case_sentences(self) -> list[Sentence]:
        """Sentences that may carry the weighing of this case (no headings, no procedure sections)."""
        return [s for s in self.sentences if not s.heading and s.section not in NON_CASE_SECTIONS]


def _label_key(raw: str) -> str:
    """A woordenlijst key ("algemene_voorzieningen", "AFWEGING-MANTELZORG", "NEG") as a vocabulary label."""
    from wmo_docs.rules.weighing import layers

    key = re.sub(r"[^A-Za-z]+", "_", raw).strip("_").upper().removeprefix("AFWEGING_")
    for layer in layers():  # singular or plural, with or without the AFWEGING- prefix
        if key.startswith(layer) or (len(key) >= 6 and layer.startswith(key)):
            return f"L_{layer}"
    return key  # another list (e.g. "jargon"): its own label, read by rules that name it


@lru_cache(maxsize=8)
def _profile_matcher(profile: CheckProfile) -> PhraseMatcher | None:
    """Extra phrases from the profile: its sociale kaart and ``checks.woordenlijst``."""
    nlp = get_nlp()
    phrases: dict[str, list[str]] = {}
    for name in profile.sociale_kaart:
        phrases.setdefault("L_ALGEMENE_VOORZIENING", []).append(name)
    for key, words in profile.woordenlijst.items():
        phrases.setdefault(_label_key(key), []).extend(words)
    if not phrases:
        return None
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, words in phrases.items():
        matcher.add(label, [nlp.make_doc(w) for w in words if w.strip()])
    return matcher


def analyse(document: Document, profile: CheckProfile, *, kind: str | None = None, soort: str | None = None,
            case: "CaseFacts | None" = None) -> Analysis:
    """Run the pipeline over all blocks (one ``nlp.pipe`` pass) and derive structure, kind, soort.

    With ``case`` the kind and soort come from the case where the caller gave none."""
    if case is not None:
        kind = kind or case.kind
        soort = soort or (case.soort if (kind or detect_kind(document)) == "beschikking" else None)
    nlp = get_nlp()
    structure = analyse_structure(document)
    docs = list(nlp.pipe((b.text for b in document.blocks), batch_size=64))
    matcher = _profile_matcher(profile)
    sentences: list[Sentence] = []
    for block, doc in zip(document.blocks, docs):
        spans = list(doc.spans[SPANS_KEY])
        if matcher is not None:
            for match_id, s, e in matcher(doc):
                spans.append(Span(doc, s, e, label=match_id))
        # fixed terms ("eigen bijdrage") and citations mask the vocabulary inside them
        masked = {i for sp in spans if sp.label_.startswith("X_") for i in range(sp.start, sp.end)}
        if masked:
            spans = [sp for sp in spans if sp.label_.startswith("X_") or not masked.intersection(range(sp.start, sp.end))]
        cited = {i for c in doc.spans[CITATIONS_KEY] for i in range(c.start, c.end)}
        if cited:  # words inside "artikel 8 van de Verordening maatschappelijke ondersteuning" are no vocabulary
            spans = [sp for sp in spans if not cited.intersection(range(sp.start, sp.end))]
        spans.sort(key=lambda sp: sp.start)
        heading = structure.headings[block.index]
        section = structure.sections[block.index]
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            labels: dict[str, list[Span]] = {}
            for sp in spans:
                if sp.start >= sent.start and sp.end <= sent.end:
                    labels.setdefault(sp.label_, []).append(sp)
            sentences.append(Sentence(block.index, sent, section, heading, labels))
    analysis = Analysis(document, structure, docs, sentences, kind or detect_kind(document), None, profile, case=case)
    if analysis.kind == "beschikking":
        analysis.soort = soort or detect_soort(analysis)
    else:
        analysis.soort = soort
    return analysis


_CLAUSE_BREAK = frozenset({"en", "maar", "omdat", "daarom", "want", "zodat", "dus", "doordat", "als", "wanneer",
                           "nu", "terwijl", "waardoor", "hierdoor", "daardoor"})


def negated(span: Span) -> bool:
    """A decision span with 'niet'/'geen' inside it, right after it, or earlier in its own clause
    ("niet toekennen", "kennen wij u geen … toe", "wordt niet door uw zorgverzekeraar … verstrekt")."""
    doc = span.doc
    hi = min(span.end + 2, span.sent.end)
    if any(t.lower_ in ("niet", "geen") for t in doc[span.start : hi]):
        return True
    for t in reversed(doc[max(span.start - 10, span.sent.start) : span.start]):
        if t.is_punct or t.lower_ in _CLAUSE_BREAK:
            return False
        if t.lower_ in ("niet", "geen"):
            return True
    return False


# "Wijzigingen in uw situatie moet u doorgeven": the duty to inform (art. 2.3.8 Wmo), not a change decided
_DUTY_TO_REPORT = re.compile(
    r"\b(?:wijziging(?:en)?|veranderingen?)\s+(?:in|van)\s+(?:uw|je|jouw|zijn|haar|de)\s+(?:situatie|omstandigheden|gezondheid)"
    r"|\b(?:doorgeven|door\s+te\s+geven|te\s+melden|inlichtingenplicht)\b",
    re.IGNORECASE,
)


def decision_kinds(sentence: Sentence) -> set[str]:
    """Which decisions a sentence states: grant, refuse, change, end, partial."""
    out: set[str] = set()
    for sp in sentence.labels.get("DEC_GRANT", []):
        out.add("refuse" if negated(sp) else "grant")
    if sentence.has("DEC_REFUSE"):
        out.add("refuse")
    if sentence.has("DEC_CHANGE") and not _DUTY_TO_REPORT.search(sentence.text):
        out.add("change")
    if sentence.has("DEC_END"):
        out.add("end")
    if sentence.has("DEC_PARTIAL") and out:
        out.add("partial")
    return out


# "Mocht uw situatie wijzigen, dan …", "Indien u verhuist, …": a condition, never the decision itself
_HYPOTHETICAL = re.compile(r"^\W*(mocht|mochten|indien|wanneer|zodra)\b", re.IGNORECASE)
# "Ons besluit: u krijgt geen vervoerspas." — a lead-in label makes the sentence the dictum wherever it stands
_DECISION_LEAD_IN = re.compile(r"^\W*(?:ons\s+|het\s+|mijn\s+)?(?:besluit|beslissing|dictum|uitkomst)\s*:", re.IGNORECASE)
# "5.3 Wijzigingen." is a run-in heading (not "2. Begeleiding individueel: afgewezen", a numbered dictum line)
_RUN_IN_HEADING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?:[^\s:]+\s+){0,3}[^\s:]+?\.?\s*$")


def states_norm(sentence: Sentence) -> bool:
    """The law paraphrased ("Volgens artikel 2.3.5 verstrekt het college een maatwerkvoorziening
    voor zover …"): it cites an article and is not addressed to the resident."""
    memo = sentence.memo.get("norm")
    if memo is None:
        span = sentence.span
        cites = any(c.start < span.end and c.end > span.start for c in span.doc.spans[CITATIONS_KEY])
        memo = sentence.memo["norm"] = cites and not sentence.has("ADDRESSEE")
    return memo


def is_decision(sentence: Sentence) -> bool:
    """A sentence in which the college decides (not a mention of 'dit besluit', a condition or the norm)."""
    found = sentence.memo.get("decision")
    if found is None:
        found = sentence.memo["decision"] = _is_decision(sentence)
    return found


def _is_decision(sentence: Sentence) -> bool:
    if sentence.section in NON_CASE_SECTIONS:
        return False
    if _HYPOTHETICAL.match(sentence.text) or _RUN_IN_HEADING.match(sentence.text) or states_norm(sentence):
        return False
    if not (sentence.has("DEC_GRANT", "DEC_REFUSE", "DEC_CHANGE", "DEC_END") or sentence.has("DEC_GENERIC")):
        return False
    words = {t.lower_ for t in sentence.span}
    if sentence.section == "besluit" or _DECISION_LEAD_IN.match(sentence.text):
        return True
    return bool(words & _WIJ) or sentence.has("DEC_REFUSE") and bool(words & {"aanvraag", "verzoek"})


_PARTIAL_END = re.compile(r"(?i)\b(voor zover|gedeeltelijk|vervangen|vervangt)\b")


def _soort_kinds(sentence: Sentence) -> set[str]:
    """decision_kinds, where ending the old beschikking only in part, or to replace it, is a change."""
    kinds = decision_kinds(sentence)
    if "end" in kinds and _PARTIAL_END.search(sentence.text):
        kinds = (kinds - {"end"}) | {"change"}
    return kinds


def detect_soort(analysis: Analysis) -> str | None:
    """toekenning, afwijzing, gedeeltelijke toekenning, wijziging or beëindiging, from the
    decision sentences (dictum and summary, not the weighing) and the subject line."""
    candidates = [s for s in analysis.sentences if not s.heading and is_decision(s)
                  and s.section not in ("afweging", "onderzoek")]
    title = [s for s in analysis.sentences if s.block < 12 and re.search(r"(?i)\b(onderwerp|betreft|beschikking)\b", s.text)]
    counts: dict[str, int] = {}
    for s in candidates + title:
        for k in _soort_kinds(s):
            counts[k] = counts.get(k, 0) + 1
    if counts.get("end") and counts.get("change"):
        # "de oude beschikking wordt ingetrokken" often only frames a new omvang: the subject line decides
        in_title = set().union(*(_soort_kinds(s) for s in title)) if title else set()
        if "change" in in_title and "end" not in in_title:
            return "wijziging"
    if counts.get("end"):
        return "beëindiging"
    if counts.get("change"):
        return "wijziging"
    if counts.get("partial") or (counts.get("grant") and counts.get("refuse")):
        return "gedeeltelijke toekenning"
    if counts.get("refuse"):
        return "afwijzing"
    if counts.get("grant"):
        return "toekenning"
    dictum = [s for s in analysis.sentences if s.section == "besluit" and not s.heading]
    if (candidates or dictum) and any(s.has("VOORZIENING") for s in dictum) and not any(s.has("NEG") for s in dictum):
        return "toekenning"  # a dictum written as a table: "Voorziening: … Omvang: …"
    return None
