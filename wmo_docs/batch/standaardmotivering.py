"""BATCH-STANDAARDMOTIVERING: the same (or nearly the same) motivation in many letters.

Maatwerk needs reasons about this resident (Awb 3:46); a paragraph that returns in
letter after letter with only the name changed is a weak spot in bezwaar. Passages
come from the motivering, afweging and besluit sections the structure reader finds
(in the besluit only where a reason is given), else from paragraphs with a reason
connective. Sentences of the profile's standard texts (``checks.standaardteksten``)
are removed first: agreed template text is not a weak spot.

Near-duplicates are found with MinHash + LSH (datasketch) over word 3-shingles in
which names, numbers and dates are masked, so "mevrouw Jansen" and "meneer De Vries"
look the same. Workers compute the (small, picklable) signatures; the main process
only groups them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wmo_docs.findings import Finding, Location, Severity
from wmo_docs.reading.model import Document
from wmo_docs.report.templating import shorten_at_word

if TYPE_CHECKING:  # datasketch pulls in scipy (~0.3 s): loaded where it is used
    from datasketch import LeanMinHash

RULE = "BATCH-STANDAARDMOTIVERING"
LEGAL_BASIS = "Awb 3:46"
NUM_PERM = 128
SHINGLE = 3
MIN_WORDS = 12  # shorter passages ("Wij wijzen uw aanvraag af.") are decisions, not motivation
THRESHOLD = 0.6  # estimated Jaccard similarity of the masked shingles
MIN_LETTERS = 3  # "many letters": a pair can be coincidence, three is a habit
STANDARD_CONTAINMENT = 0.8  # share of a sentence's shingles found in the standard texts

MOTIVATION_SECTIONS = frozenset({"motivering", "afweging"})
REASONED_SECTIONS = frozenset({"besluit"})  # only paragraphs that give a reason
PROCEDURE_SECTIONS = frozenset({"bezwaar", "grondslag", "ondertekening", "kop", "voet"})
REASON = re.compile(
    r"\b(omdat|want|daarom|daardoor|hierdoor|doordat|aangezien|vanwege|gelet op|gezien|"
    r"om die reden|om deze reden|dit betekent|dat betekent|zodat|immers|namelijk|"
    r"onvoldoende|niet noodzakelijk|wel noodzakelijk|in staat)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZÀ-Ý0-9])")


@dataclass(frozen=True)
class Passage:
    """A piece of motivation in one draft: where it is, its words and its signature."""

    block: int
    start: int
    end: int
    text: str
    signature: LeanMinHash = field(repr=False, compare=False)


@dataclass
class Group:
    """Passages of at least ``MIN_LETTERS`` different files that say (nearly) the same."""

    number: int
    members: list[tuple[int, Passage]]  # (file index in the batch, passage)
    similarity: float  # lowest estimated similarity of a member to the group's first passage
    zaken: int = 0  # how many different zaken the members belong to (a zaak's letters count once)

    @property
    def files(self) -> list[int]:
        return sorted({i for i, _ in self.members})


# -- text to shingles ----------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Lower-cased words with names and numbers masked.

    A capitalised word that does not open a sentence is most likely a name (of the
    resident, a street, a relative); digits are dates, hours and amounts. Both differ
    from letter to letter while the reasoning stays the same.
    """
    out: list[str] = []
    sentence_start = True
    for m in _WORD.finditer(text):
        word = m.group(0)
        if any(c.isdigit() for c in word):
            out.append("#0")
        elif word[0].isupper() and not sentence_start:
            out.append("#n")
        else:
            out.append(word.lower())
        tail = text[m.end() : m.end() + 2]
        sentence_start = bool(tail) and tail[0] in ".!?:"
    return out


def shingles(text: str) -> set[str]:
    """Word 3-shingles of the masked text (whole text as one shingle when shorter)."""
    toks = _tokens(text)
    if len(toks) < SHINGLE:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}


def signature(shingle_set: Iterable[str]) -> LeanMinHash:
    from datasketch import LeanMinHash, MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return LeanMinHash(m)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


class StandardTexts:
    """The profile's standard texts as shingles, to drop sentences that come from them."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.shingles: set[str] = set()
        for t in texts:
            for a, b in _sentences(t):
                self.shingles |= shingles(t[a:b])
        # Verbatim pieces (a template's "Gebruikelijke hulp (uitleg): {{ bevinding }}") are blanked
        # inside a sentence too; longest first, so a phrase never survives half-masked.
        self.exact = sorted({t.strip() for t in texts if len(t.split()) >= 4}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        """The text with every verbatim standard piece replaced by spaces (offsets unchanged)."""
        for phrase in self.exact:
            if phrase in text:
                text = text.replace(phrase, " " * len(phrase))
        return text

    def covers(self, sentence: str) -> bool:
        if not self.shingles:
            return False
        own = shingles(sentence)
        return bool(own) and len(own & self.shingles) / len(own) >= STANDARD_CONTAINMENT


# -- passages of one draft -----------------------------------------------------------


def _candidate_blocks(document: Document) -> list[int]:
    """Indices of the blocks that carry motivation, by the sections the structure reader found."""
    from wmo_docs.reading.structure import analyse_structure

    blocks = document.blocks
    try:
        structure = analyse_structure(document)
        headings, sections = structure.headings, structure.sections
    except Exception:  # structure patterns unusable: fall back to reason connectives only
        headings, sections = (False,) * len(blocks), ("overig",) * len(blocks)
    has_sections = any(s in MOTIVATION_SECTIONS | REASONED_SECTIONS for s in sections)
    out = []
    for b in blocks:
        if b.part != "body" or headings[b.index] or b.is_heading:
            continue
        section = sections[b.index]
        if has_sections:
            if section in MOTIVATION_SECTIONS or (section in REASONED_SECTIONS and REASON.search(b.text)):
                out.append(b.index)
        elif section not in PROCEDURE_SECTIONS and REASON.search(b.text):
            out.append(b.index)
    return out


def extract_passages(document: Document, standard: StandardTexts | None = None) -> list[Passage]:
    """The motivation passages of a draft with their signatures (computed in the worker).

    A passage is a run of consecutive sentences of one paragraph that are not standard
    text, and that is long enough to be reasoning rather than a bare decision.
    """
    out: list[Passage] = []
    for index in _candidate_blocks(document):
        text = document.blocks[index].text
        own = standard.mask(text) if standard else text  # only the consultant's own words compare
        run: list[tuple[int, int]] = []
        for a, b in [*_sentences(own), (-1, -1)]:
            if a >= 0 and not (standard and standard.covers(own[a:b])):
                run.append((a, b))
                continue
            if run:
                start, end = run[0][0], run[-1][1]
                while start < end and own[start].isspace():  # masked standard text at the edges
                    start += 1
                while end > start and own[end - 1].isspace():
                    end -= 1
                piece = own[start:end]
                if len(_WORD.findall(piece)) >= MIN_WORDS:
                    out.append(Passage(index, start, end, text[start:end], signature(shingles(piece))))
                run = []
    return out


# -- across the batch ----------------------------------------------------------------


def find_groups(
    passages: Iterable[tuple[int, Sequence[Passage]]],
    threshold: float = THRESHOLD,
    min_letters: int = MIN_LETTERS,
    zaken: Mapping[int, str | None] | None = None,
) -> list[Group]:
    """Groups of near-identical passages across at least ``min_letters`` zaken.

    LSH proposes candidate pairs; each is confirmed on the estimated similarity, and
    confirmed pairs between different zaken are joined (union-find). Files of one zaak
    (``zaken``: file index -> zaak key; a beschikking and its rapportage) may and should
    give the same reasons: they count once and are never paired with each other. Groups
    come out largest first.
    """
    zaken = zaken or {}

    def unit(file_index: int) -> object:
        return zaken.get(file_index) or ("bestand", file_index)

    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    items: list[tuple[int, Passage]] = []
    for file_index, file_passages in passages:
        for p in file_passages:
            key = len(items)
            items.append((file_index, p))
            lsh.insert(key, p.signature, check_duplication=False)
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, (file_index, p) in enumerate(items):
        for other in lsh.query(p.signature):
            if other <= key or unit(items[other][0]) == unit(file_index):
                continue
            if p.signature.jaccard(items[other][1].signature) >= threshold:
                parent[find(other)] = find(key)
    clusters: dict[int, list[int]] = {}
    for key in range(len(items)):
        clusters.setdefault(find(key), []).append(key)
    groups: list[Group] = []
    for keys in clusters.values():
        members: list[tuple[int, Passage]] = []
        seen: set[int] = set()
        for k in keys:  # one passage per file: the first one
            if items[k][0] not in seen:
                seen.add(items[k][0])
                members.append(items[k])
        units = len({unit(i) for i, _ in members})
        if units < min_letters:
            continue
        first = members[0][1].signature
        sim = min(first.jaccard(p.signature) for _, p in members[1:])
        groups.append(Group(0, sorted(members, key=lambda m: m[0]), sim, units))
    groups.sort(key=lambda g: (-len(g.members), g.members[0][0]))
    for n, g in enumerate(groups, start=1):
        g.number = n
    return groups


def group_findings(
    groups: Sequence[Group],
    names: Mapping[int, str] | Sequence[str],
    severity: Severity = Severity.WARNING,
    max_named: int = 5,
) -> dict[int, list[Finding]]:
    """One ordinary Finding per file of each group, keyed by file index.

    The message quotes the file's *own* passage, never another letter's: another
    letter's text may carry another resident's name.
    """
    out: dict[int, list[Finding]] = {}
    for g in groups:
        for file_index, p in g.members:
            others = [names[i] for i in g.files if i != file_index]
            named = ", ".join(others[:max_named])
            if len(others) > max_named:
                named += f" en {len(others) - max_named} andere"
            zaken = f" van {g.zaken} zaken" if g.zaken and g.zaken != len(g.members) else ""
            message = (
                f"Deze motivering staat (bijna) gelijk in {len(g.members)} brieven{zaken} van deze controle: "
                f"\u201c{shorten_at_word(p.text, 220)}\u201d Ook in: {named}."
            )
            out.setdefault(file_index, []).append(
                Finding(
                    rule=RULE,
                    severity=severity,
                    message=message,
                    legal_basis=LEGAL_BASIS,
                    hint=(
                        "Maatwerk vraagt een motivering over deze inwoner: beschrijf de feiten van deze "
                        "situatie en hoe die tot dit besluit leiden, in plaats van een vaste tekst."
                    ),
                    location=Location(block=p.block, start=p.start, end=p.end, quote=p.text),
                    extra={"groep": g.number, "brieven": len(g.members), "andere_bestanden": others,
                           "gelijkenis": round(g.similarity, 2)},
                )
            )
    return out
