"""Recognise the structure of a draft: headings, sections and the document kind.

Headings come from Word styles, Markdown, bold short lines, numbering ("2. Onderzoek"),
short questions ("Bent u het niet eens met dit besluit?") and short label lines
("Mantelzorg:"). The wording of each heading decides its section, by the patterns in
``checks/structure.toml``; blocks inherit the section of the heading above them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wmo_docs.nlp.vocab import toml_file
from wmo_docs.reading.model import Block, Document

SECTIONS = ("aanvraag", "onderzoek", "afweging", "besluit", "motivering", "grondslag", "bezwaar", "ondertekening")
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+\S")


@dataclass(frozen=True)
class Structure:
    """Per block: is it a heading, and which section it belongs to ("intro", "overig", "kop", "voet", …)."""

    headings: tuple[bool, ...]
    sections: tuple[str, ...]

    def first_heading_of(self, name: str) -> int | None:
        for i, (h, s) in enumerate(zip(self.headings, self.sections)):
            if h and s == name:
                return i
        return None


@cache
def _patterns() -> tuple[tuple[tuple[str, re.Pattern], ...], re.Pattern, dict[str, list[tuple[re.Pattern, int]]]]:
    cfg = toml_file("structure.toml")
    sections = tuple((name, re.compile(p, re.IGNORECASE)) for name, p in cfg["sections"].items())
    closing = re.compile(cfg["closing"], re.IGNORECASE)
    kinds = {k: [(re.compile(p, re.IGNORECASE), int(w)) for p, w in cues] for k, cues in cfg["kind"].items()}
    return sections, closing, kinds


def looks_like_heading(block: Block) -> bool:
    """Whether a block reads as a heading, whatever the house style."""
    text = block.text.strip()
    if not text:
        return False
    if block.is_heading:
        return True
    if block.origin and block.origin[0] == "cell":
        return False  # table label cells are handled as labels, not headings
    words = len(text.split())
    if len(text) > 100 or words > 12:
        return False
    if block.bold and not text.endswith((".", ";", ",")):
        return True
    if text.endswith(":") and words <= 6:
        return True
    if text.endswith("?") and words <= 12:
        return section_of(text) not in (None, "overig")
    if _NUMBERED.match(text) and words <= 8 and not text.endswith((".", ";", ",")) and not re.search(r":\s*\S", text):
        return True  # "3. Afweging"; not "2. Begeleiding: afgewezen", a numbered line with its value
    return text.isupper() and words <= 8 and any(c.isalpha() for c in text)


def section_of(text: str) -> str | None:
    """The section a heading's wording names, or None."""
    sections, _, _ = _patterns()
    for name, pattern in sections:
        if pattern.search(text):
            return name
    return None


# "Geachte mevrouw Jansen," / "Dag Piet" — a short line; not "Dag invullen: meneer kan …" in a report
_SALUTATION = re.compile(r"^\s*(geachte|beste|hallo|dag|lieve)\b[^.:;\n]{0,60}(?:,|\n|$)", re.IGNORECASE)


def analyse_structure(doc: Document) -> Structure:
    """Headings and the section of every block.

    Blocks above the salutation ("Geachte mevrouw …") are the letterhead ("briefhoofd"):
    addresses and department names, never the weighing of the case.
    """
    _, closing, _ = _patterns()
    headings: list[bool] = []
    sections: list[str] = []
    body = [b for b in doc.blocks if b.part == "body"]
    salutation = next((i for i, b in enumerate(body[:40]) if _SALUTATION.match(b.text)), None)
    letterhead = {b.index for b in body[: salutation + 1]} if salutation is not None else set()
    current = "intro"
    for block in doc.blocks:
        if block.index in letterhead:
            headings.append(False)
            sections.append("briefhoofd")
            continue
        if block.part != "body":
            headings.append(False)
            sections.append("kop" if block.part == "header" else "voet")
            continue
        is_heading = looks_like_heading(block)
        if is_heading:
            current = section_of(block.text) or "overig"
        elif closing.search(block.text):
            current = "ondertekening"
        headings.append(is_heading)
        sections.append(current)
    return Structure(tuple(headings), tuple(sections))


def detect_kind(doc: Document) -> str:
    """"beschikking" or "rapportage", by weighted wording cues (beschikking on a tie)."""
    _, _, kinds = _patterns()
    text = "\n".join(b.text for b in doc.blocks if b.part == "body")
    scores = {kind: sum(w * min(len(p.findall(text)), 3) for p, w in cues) for kind, cues in kinds.items()}
    head = "\n".join(b.text for b in doc.blocks[:8]).lower()
    # a title ("Verslag van ons gesprek"), not a sentence that mentions the verslag ("… het verslag heeft u gekregen")
    titles = "\n".join(b.text for b in doc.blocks[:8] if len(b.text.split()) <= 12).lower()
    if re.search(r"verslag|rapportage", titles) and not re.search(r"beschikking|besluit", head):
        scores["rapportage"] = scores.get("rapportage", 0) + 5
    if re.search(r"beschikking|besluit op uw aanvraag", head):
        scores["beschikking"] = scores.get("beschikking", 0) + 5
    return "rapportage" if scores.get("rapportage", 0) > scores.get("beschikking", 0) else "beschikking"
