"""Text units and wording cues for the rules that look for *parts* of a letter or report
(the specification of a grant, the signature, the steps of a verslag).

A unit is one sentence, or one row of a table read as "label: value" in both
orientations (row label + cell, column header + cell), so a dictum written as a
table and one written as prose are searched the same way. Cue patterns live in
``checks/vocab/*.toml``; ``{date}`` and the omvang parts are substituted once here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from wmo_docs.nlp.vocab import toml_file
from wmo_docs.rules.analysis import NON_CASE_SECTIONS, Analysis, Sentence

_MONTHS = {"jan": 1, "feb": 2, "maa": 3, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}


@dataclass(frozen=True)
class Unit:
    """A searchable stretch of text that points back at one block."""

    block: int
    start: int
    end: int
    text: str
    section: str
    heading: bool = False
    table: bool = False
    sentence: Sentence | None = None


@lru_cache(maxsize=1024)
def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def _expand(value, subst: dict[str, str]):
    if isinstance(value, str):
        for key, sub in subst.items():
            value = value.replace("{" + key + "}", sub)
        return value
    if isinstance(value, list):
        return [_expand(v, subst) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, subst) for k, v in value.items()}
    return value


@cache
def date_pattern() -> str:
    return toml_file("vocab/grant.toml")["date"]


@cache
def vocab(name: str) -> dict:
    """A cue file from ``checks/vocab`` with {date} (and the omvang parts) filled in."""
    cfg = toml_file(f"vocab/{name}.toml")
    subst = {"date": "(?:" + date_pattern() + ")"}
    if name == "grant":
        om = cfg["omvang"]
        subst.update({k: "(?:" + om[k] + ")" for k in ("number", "unit", "frequency")})
    return _expand(cfg, subst)


def units(a: Analysis) -> list[Unit]:
    """Every sentence of the body and every table cell read with its row label and column header (cached)."""
    if "cue_units" in a.memo:
        return a.memo["cue_units"]
    out: list[Unit] = []
    for s in a.sentences:
        out.append(Unit(s.block, s.start, s.end, s.text, s.section, s.heading, False, s))
    cells: dict[int, dict[tuple[int, int], int]] = {}
    for b in a.document.blocks:
        if b.origin and b.origin[0] == "cell" and b.text.strip():
            _, t, r, c, _k = b.origin
            cells.setdefault(t, {}).setdefault((r, c), b.index)
    for t, grid in cells.items():
        for (r, c), idx in grid.items():
            value = a.block(idx).text.strip()
            section = a.structure.sections[idx]
            labels = []
            if c > 0 and (r, 0) in grid:
                labels.append(a.block(grid[(r, 0)]).text.strip())
            if r > 0 and (0, c) in grid:
                labels.append(a.block(grid[(0, c)]).text.strip())
            for label in labels:  # "Vanaf wanneer? | 17 maart 2025" reads as "Vanaf wanneer: 17 maart 2025"
                label = label.rstrip(":?").strip()
                out.append(Unit(idx, 0, len(a.block(idx).text), f"{label}: {value}", section, False, True))
        rows: dict[int, list[int]] = {}
        for (r, c), idx in sorted(grid.items()):
            rows.setdefault(r, []).append(idx)
        for r, idxs in rows.items():
            text = " | ".join(a.block(i).text.strip() for i in idxs)
            out.append(Unit(idxs[-1], 0, len(a.block(idxs[-1]).text), text, a.structure.sections[idxs[0]], False, True))
    a.memo["cue_units"] = out
    return out


def case_units(a: Analysis, exclude: frozenset[str] = NON_CASE_SECTIONS) -> list[Unit]:
    return [u for u in units(a) if u.section not in exclude]


def find(pattern: str, candidates: list[Unit]) -> tuple[Unit, re.Match] | None:
    """The first unit the pattern matches, with the match."""
    p = rx(pattern)
    for u in candidates:
        m = p.search(u.text)
        if m:
            return u, m
    return None


def parse_date(text: str) -> date | None:
    """A Dutch date ("3 maart 2025", "03-03-2025", "2025-03-03") as a date, or None."""
    m = re.search(r"(\d{1,2})(?:e|ste|de)?\s+([a-z]{3})[a-z]*\.?\s+(\d{4})", text, re.IGNORECASE)
    try:
        if m and m.group(2).lower() in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        m = re.search(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b", text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


def heading_above(a: Analysis, block: int) -> int | None:
    for i in range(block, -1, -1):
        if a.structure.headings[i]:
            return i
    return None
