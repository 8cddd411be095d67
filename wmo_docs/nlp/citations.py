"""Find and parse legal citations: "artikel 2.3.5, derde lid, van de Wmo 2015",
"art. 3:46 Awb", "artikelen 3:46 en 3:47 van de Algemene wet bestuursrecht",
"artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025".

The grammar's pieces are regular expressions in ``checks/vocab/citations.toml``; this
module only assembles them. A citation without a named law is attributed by the
shape of its number (2.3.5 → Wmo 2015, 3:46 → Awb) or left unattributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wmo_docs.nlp.vocab import toml_file


@dataclass(frozen=True)
class Citation:
    """One cited article (a list "3:46 en 3:47" gives two), with its character span."""

    law: str | None  # "wmo2015", "awb", "verordening", "beleidsregels", "other" or None
    article: str
    lid: int | None
    onderdeel: str | None
    start: int
    end: int
    law_text: str = ""


@dataclass(frozen=True)
class _Grammar:
    keyword: re.Pattern
    number: re.Pattern
    separator: re.Pattern
    lid: re.Pattern
    onderdeel: re.Pattern
    law: re.Pattern
    law_keys: tuple[str, ...]
    law_before: re.Pattern
    bare: re.Pattern
    ordinals: dict[str, int]


@cache
def _grammar() -> _Grammar:
    cfg = toml_file("vocab/citations.toml")
    flags = re.IGNORECASE
    laws = cfg["laws"]
    names = "(?:" + "|".join(f"(?P<law{i}>{item['pattern']})" for i, item in enumerate(laws)) + ")"
    return _Grammar(
        keyword=re.compile(cfg["keyword"], flags),
        number=re.compile(cfg["number"], flags),
        separator=re.compile(cfg["separator"], flags),
        lid=re.compile(cfg["lid"], flags),
        onderdeel=re.compile(cfg["onderdeel"], flags),
        law=re.compile(cfg["law_joint"] + names, flags),
        law_keys=tuple(item["key"] for item in laws),
        law_before=re.compile(names + cfg["law_before_joint"], flags),
        bare=re.compile(cfg["bare"], flags),
        ordinals={w: i for i, w in enumerate(cfg["ordinals"], start=1)},
    )


def _lid_value(m: re.Match, g: _Grammar) -> int | None:
    if m.group("lidn"):
        return int(m.group("lidn"))
    word = m.group("lido").lower()
    if word in g.ordinals:
        return g.ordinals[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def _infer_law(article: str) -> str | None:
    if ":" in article:
        return "awb"
    if re.fullmatch(r"\d+\.\d+\.\d+[a-z]?", article):
        return "wmo2015"
    return None


LOOK_BACK = 160  # characters before "artikel" in which a law named title-first may end


def _law_of(m: re.Match, g: _Grammar) -> tuple[str | None, str]:
    for n, key in enumerate(g.law_keys):
        if m.group(f"law{n}"):
            return key, m.group(f"law{n}")
    return None, ""


def find_citations(text: str) -> list[Citation]:
    """All citations in a text, in order."""
    g = _grammar()
    found: list[Citation] = []
    pos = 0
    for kw in g.keyword.finditer(text):
        if kw.start() < pos:
            continue
        items: list[tuple[str, int | None, str | None, int, int]] = []
        i = kw.end()
        while True:
            num = g.number.match(text, i)
            if not num:
                break
            start, article, lid, ond = num.start(), num.group(), None, None
            j = num.end()
            m = g.lid.match(text, j)
            if m and (lid := _lid_value(m, g)) is not None:
                j = m.end()
            m = g.onderdeel.match(text, j)
            if m:
                ond, j = m.group("ond").lower(), m.end()
            items.append((article, lid, ond, start, j))
            sep = g.separator.match(text, j)
            if not sep or not g.number.match(text, sep.end()):
                i = j
                break
            i = sep.end()
        if not items:
            continue
        law_key, law_text, end = None, "", i
        m = g.law.match(text, i)
        if m:
            law_key, law_text = _law_of(m, g)
            end = m.end()
        elif (before := g.law_before.search(text, max(0, kw.start() - LOOK_BACK), kw.start())) is not None:
            law_key, law_text = _law_of(before, g)  # title first: "Verordening … 2023, artikel 8"
        for article, lid, ond, s, e in items:
            law = law_key or _infer_law(article)
            found.append(Citation(law, article, lid, ond, kw.start() if s == items[0][3] else s, end if m else e, law_text))
        pos = end
    for m in g.bare.finditer(text):
        if not any(c.start <= m.start() < c.end for c in found):
            found.append(Citation("awb", m.group("num"), None, None, m.start(), m.end("num"), "Awb"))
    return sorted(found, key=lambda c: c.start)
