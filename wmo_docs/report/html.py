"""The HTML report: one self-contained page a kwaliteitsmedewerker opens in a browser.

Per file it shows the draft block by block with the flagged words highlighted and
linked to the findings. Drafts are untrusted input, so every text goes through
Jinja2's autoescaping and a Content-Security-Policy forbids scripts altogether.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wmo_docs.findings import Finding, Location, Severity
from wmo_docs.reading.model import Block
from wmo_docs.report.model import FileReport
from wmo_docs.report.templating import html_template

_TEMPLATES = Path(__file__).resolve().parent / "templates"

# Dutch singular/plural per severity for counts in the summary.
_PLURAL = {"error": "fouten", "warning": "waarschuwingen", "info": "adviezen"}
_PART_LABEL = {"header": "Koptekst", "footer": "Voettekst"}


def resolve_span(text: str, loc: Location) -> tuple[int, int] | None:
    """The [start, end) of a finding in a block's text, or None when it cannot be found.

    Trust the offsets when they select the quoted words; otherwise fall back to the
    occurrence of the quote nearest to ``loc.start``, so a slightly-off reader offset
    still highlights the right words instead of the wrong ones.
    """
    in_range = 0 <= loc.start < loc.end <= len(text)
    if in_range and (not loc.quote or text[loc.start : loc.end] == loc.quote):
        return loc.start, loc.end
    if not loc.quote:
        return None
    hits = []
    i = text.find(loc.quote)
    while i != -1:
        hits.append(i)
        i = text.find(loc.quote, i + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - loc.start))
    return best, best + len(loc.quote)


@dataclass
class _Item:
    """One finding as the template shows it."""

    number: int
    finding: Finding
    where: str = ""
    quote: str = ""
    in_text: bool = False  # highlighted in the text, so "toon in de tekst" can link to it


@dataclass
class _Piece:
    """A run of block text: plain, highlighted, or a marker (anchor / reference number)."""

    kind: str  # "text" | "mark" | "anchor" | "ref"
    text: str = ""
    severity: str = ""
    numbers: list[int] = field(default_factory=list)
    title: str = ""


@dataclass
class _BlockView:
    where: str
    part_label: str
    is_heading: bool
    pieces: list[_Piece]


@dataclass
class _FileView:
    number: int
    report: FileReport
    name: str
    counts: dict[str, int]
    general: list[_Item]  # no location: missing from the whole letter
    located: list[_Item]
    blocks: list[_BlockView]


def render_html(reports: list[FileReport]) -> str:
    """Render all file reports as one self-contained HTML page (Dutch, no external resources)."""
    files = [_file_view(i, r) for i, r in enumerate(reports, start=1)]
    totals = {s.value: sum(f.counts[s.value] for f in files) for s in Severity}
    return html_template(_TEMPLATES, "report.html.j2").render(
        files=files,
        totals=totals,
        severities=list(Severity),
        plural=_PLURAL,
        unread=sum(1 for r in reports if r.error),
    )




def _file_view(number: int, report: FileReport) -> _FileView:
    blocks: list[Block] = report.draft.blocks if report.draft is not None else []
    ordered = sorted(
        report.findings,
        key=lambda f: (
            f.location is not None,
            f.location.block if f.location else -1,
            f.location.start if f.location else 0,
            -f.severity.rank,
        ),
    )
    items = [_Item(n, f) for n, f in enumerate(ordered, start=1)]
    spans: dict[int, list[tuple[int, int, _Item]]] = {}
    for item in items:
        loc = item.finding.location
        if loc is None:
            continue
        block = blocks[loc.block] if 0 <= loc.block < len(blocks) else None
        item.where = loc.where or (block.where if block else "")
        item.quote = loc.quote
        span = resolve_span(block.text, loc) if block is not None else None
        if span is not None:
            item.in_text = True
            spans.setdefault(loc.block, []).append((span[0], span[1], item))
    views = [
        _BlockView(
            where=b.where,
            part_label=_PART_LABEL.get(b.part, ""),
            is_heading=b.is_heading,
            pieces=_pieces(b.text, spans.get(i, [])),
        )
        for i, b in enumerate(blocks)
    ]
    return _FileView(
        number=number,
        report=report,
        name=Path(report.path).name or report.path,
        counts=report.counts(),
        general=[it for it in items if it.finding.location is None],
        located=[it for it in items if it.finding.location is not None],
        blocks=views,
    )


def _pieces(text: str, spans: list[tuple[int, int, _Item]]) -> list[_Piece]:
    """Cut a block's text at every span boundary so overlapping spans never nest tags."""
    if not spans:
        return [_Piece("text", text)] if text else []
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[_Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        for s, _, item in spans:
            if s == a:
                out.append(_Piece("anchor", numbers=[item.number]))
        cover = sorted(
            (item for s, e, item in spans if s <= a and b <= e),
            key=lambda it: (-it.finding.severity.rank, it.number),
        )
        if cover:
            out.append(
                _Piece(
                    "mark",
                    text[a:b],
                    severity=cover[0].finding.severity.value,
                    numbers=[it.number for it in cover],
                    title="; ".join(
                        f"{it.finding.severity.label} {it.finding.rule}: {it.finding.message}"
                        for it in cover
                    ),
                )
            )
        else:
            out.append(_Piece("text", text[a:b]))
        for _, e, item in sorted(spans, key=lambda t: t[2].number):
            if e == b:
                sev = item.finding.severity.value
                out.append(_Piece("ref", severity=sev, numbers=[item.number]))
    return out
