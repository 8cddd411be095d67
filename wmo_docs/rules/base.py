"""Helpers shared by the rule kinds: building a Finding that points at exact words."""

from __future__ import annotations

from wmo_docs.findings import Finding, Location
from wmo_docs.rules.analysis import Analysis, Sentence
from wmo_docs.rules.catalogue import RuleSpec

QUOTE_MAX = 160


def shorten(text: str, limit: int = 90) -> str:
    """A quote for a message: one line, at most ``limit`` characters, cut between words (never in one)."""
    from wmo_docs.report.templating import shorten_at_word

    return shorten_at_word(text, limit)


def finding(rule: RuleSpec, analysis: Analysis, block: int, start: int, end: int, message: str, **extra) -> Finding:
    """A Finding whose location quote is exactly ``block.text[start:end]``."""
    b = analysis.block(block)
    end = min(end, len(b.text), start + QUOTE_MAX) if end - start > QUOTE_MAX else min(end, len(b.text))
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=message,
        legal_basis=rule.legal_basis,
        hint=rule.fix,
        location=Location(block=block, start=start, end=end, quote=b.text[start:end], where=b.where),
        extra={k: v for k, v in extra.items() if v is not None},
    )


def sentence_finding(rule: RuleSpec, analysis: Analysis, sentence: Sentence, message: str, **extra) -> Finding:
    return finding(rule, analysis, sentence.block, sentence.start, sentence.end, message, **extra)


def anchor(analysis: Analysis, *sections: str) -> tuple[int, str]:
    """Where a missing piece should go: the first heading of the first section found
    (block index, Dutch description), or the first body block."""
    for name in sections:
        idx = analysis.structure.first_heading_of(name)
        if idx is not None:
            return idx, f"onder het kopje '{shorten(analysis.block(idx).text, 50)}'"
    for name in sections:
        for b in analysis.document.blocks:
            if analysis.structure.sections[b.index] == name and b.text.strip():
                return b.index, f"bij '{shorten(b.text, 50)}'"
    for s in analysis.sentences:  # no sections: the reasons belong with the decision
        if not s.heading and s.section not in ("briefhoofd", "kop", "voet") and s.has("DEC_GRANT", "DEC_REFUSE", "DEC_CHANGE", "DEC_END"):
            return s.block, f"bij het besluit ('{shorten(s.text, 50)}')"
    body = [b for b in analysis.document.blocks if b.part == "body" and b.text.strip()]
    first = body[0] if body else analysis.document.blocks[0]
    return first.index, "in de brief"


def anchor_finding(rule: RuleSpec, analysis: Analysis, sections: tuple[str, ...], message: str, **extra) -> Finding:
    """A finding about something missing, placed at the heading where it belongs."""
    idx, _ = anchor(analysis, *sections)
    text = analysis.block(idx).text
    stripped = len(text) - len(text.lstrip())
    return finding(rule, analysis, idx, stripped, min(len(text.rstrip()), stripped + 80), message, **extra)


def where_phrase(analysis: Analysis, *sections: str) -> str:
    return anchor(analysis, *sections)[1]
