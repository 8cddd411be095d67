"""Rebuild paragraphs, headings and table cells from the words on PDF pages.

Input is what pdfplumber gives per page: words with position, font name and size.
Output is a list of ``Para`` (text, page, bold, size, cell position, part) in reading
order. The steps, each a small function below:

1. words -> printed lines (same baseline);
2. running headers/footers (the same text at the same height on most pages) and page
   numbers ("Pagina 2 van 3", "2/3", a lone number in the margin) are taken out;
3. per page, a gutter between two text columns splits the lines into column flows;
4. in a flow, lines with cells at the same x positions form a table (one block per cell);
5. the other lines are joined into paragraphs by line spacing, indentation, font size,
   list markers and whether the next line's first word would have fitted on the line
   before (then the line before ended its paragraph); hyphenated line ends are joined.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

BULLETS = frozenset("•◦▪▫■□●○‣⁃–—-*·\uf0b7\uf0a7\uf0d8\uf076\ue00a\ue00b\ue00c\ue00d\ue00e\ue00f")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|blad|p\.)\s*\d+(?:\s*(?:van|/|of|uit)\s*\d+)?|\d+\s*(?:/|van)\s*\d+|[-–—]?\s*\d{1,3}\s*[-–—]?)$",
    re.IGNORECASE,
)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Dutch words that follow a hyphen that stays with a space: "zorg- en welzijnsinstellingen"
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "en/of"})
# prefixes that keep their hyphen in a compound ("Wmo-consulent", "e-mail", "niet-gebruikelijke")
_HYPHEN_PREFIXES = frozenset({"wmo", "wlz", "zvw", "pgb", "cak", "ggz", "awb", "aow", "bsn", "e", "ex", "oud", "niet",
                              "vice", "non", "anti", "co", "mede", "loco", "pseudo", "semi", "zelf"})
# vowel pairs that would be read as one sound when joined: Dutch spelling needs the hyphen ("zee-egel", "auto-ongeluk")
_VOWEL_CLASH = frozenset({"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu", "ij"})
_LABEL_VALUE = re.compile(r"^[^\W\d][^:]{0,30}:\s+\S")
_WORD = re.compile(r"[\w\-]+", re.UNICODE)


@dataclass
class Line:
    words: list[dict]
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bullet: bool = False  # starts with a list marker (dropped from the text)
    text_x0: float = 0.0  # x of the text after a list marker
    segments: list[list[dict]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(("" if i == 0 or w.get("glue") else " ") + w["text"] for i, w in enumerate(self.words))


@dataclass
class Para:
    text: str
    page: int
    bold: bool
    size: float
    cell: tuple[int, int, int, int] | None = None  # (table, row, col, paragraph in cell)
    part: str = "body"
    n_words: int = 0


def page_words(layout, top: float) -> list[dict]:
    """Words (text, x0, x1, top, bottom, fontname, size) from the characters of a pdfminer page, top-down."""
    from pdfminer.layout import LTChar, LTContainer

    chars: list = []

    def walk(obj) -> None:
        for child in obj:
            if isinstance(child, LTChar):
                if child.upright:
                    chars.append(child)
            elif isinstance(child, LTContainer):
                walk(child)

    walk(layout)
    words: list[dict] = []
    cur: dict | None = None
    for ch in chars:
        text = ch.get_text()
        if not text.strip():
            cur = None
            continue
        size = ch.size
        bottom = top - ch.y0
        glue = False
        if cur is not None and (abs(bottom - cur["bottom"]) > 0.3 * size
                                or not (-0.5 * size < ch.x0 - cur["x1"] < 0.2 * size)):
            cur = None
        elif cur is not None and (ch.fontname != cur["fontname"] or abs(size - cur["size"]) > 0.1):
            cur, glue = None, True  # the font changes inside a word: a word of its own, printed without a space
        if cur is None:
            cur = {"text": text, "x0": ch.x0, "x1": ch.x1, "top": top - ch.y1, "bottom": bottom,
                   "fontname": ch.fontname, "size": size, "glue": glue}
            words.append(cur)
        else:
            cur["text"] += text
            cur["x1"] = max(cur["x1"], ch.x1)
            cur["top"] = min(cur["top"], top - ch.y1)
            cur["bottom"] = max(cur["bottom"], bottom)
    return words


def _is_bold(word: dict) -> bool:
    return bool(_BOLD.search(word.get("fontname") or ""))


def make_line(words: list[dict], page: int) -> Line:
    words = sorted(words, key=lambda w: w["x0"])
    sizes = Counter(round(w["size"], 1) for w in words for _ in w["text"])
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    line = Line(words, page, min(w["top"] for w in words), max(w["bottom"] for w in words),
                words[0]["x0"], max(w["x1"] for w in words), size)
    first = words[0]["text"]
    if len(words) > 1 and len(first) == 1 and first in BULLETS:
        line.bullet = True
        line.words = words[1:]
    line.text_x0 = line.words[0]["x0"]
    # cells: words separated by more than about four spaces
    gap = max(1.2 * size, 8.0)
    segs: list[list[dict]] = []
    for w in line.words:
        if segs and w["x0"] - segs[-1][-1]["x1"] <= gap:
            segs[-1].append(w)
        else:
            segs.append([w])
    line.segments = segs
    return line


def group_lines(words: list[dict], page: int) -> list[Line]:
    """Words with (nearly) the same bottom are one printed line; lines sorted top to bottom."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(w["bottom"] - rows[-1][-1]["bottom"]) <= 0.3 * max(w["size"], 4):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [make_line(r, page) for r in rows if r]


# --- running headers, footers and page numbers ------------------------------------------------------------------

def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def strip_margins(pages: list[list[Line]], heights: list[float]) -> tuple[list[list[Line]], list[str], list[str]]:
    """Drop page numbers and lines repeated at the same height on most pages; return (pages, headers, footers)."""
    n = len(pages)
    seen: Counter = Counter()
    for lines in pages:
        for key in {(_key(l.text), round(l.top / 3)) for l in lines}:
            seen[key] += 1
    need = max(2, int(0.6 * n + 0.999)) if n > 1 else 10**9
    headers: list[str] = []
    footers: list[str] = []
    out: list[list[Line]] = []
    for lines, height in zip(pages, heights):
        keep = []
        for l in lines:
            text = l.text.strip()
            in_margin = l.top < 0.12 * height or l.bottom > 0.88 * height
            if in_margin and _PAGE_NUMBER.match(text):
                continue
            k = (_key(text), round(l.top / 3))
            if seen[k] >= need or seen[(k[0], k[1] - 1)] + seen[k] >= need or seen[(k[0], k[1] + 1)] + seen[k] >= need:
                target = headers if l.top < 0.5 * height else footers
                clean = re.sub(r"\s*(?:pagina|page|blz\.?)\s*\d+(?:\s*(?:van|/|of)\s*\d+)?\s*$", "", text, flags=re.I)
                if clean and not _PAGE_NUMBER.match(clean) and clean not in target:
                    target.append(clean)
                continue
            keep.append(l)
        out.append(keep)
    return out, headers, footers


# --- columns ----------------------------------------------------------------------------------------------------

def split_columns(lines: list[Line], width: float) -> list[list[Line]]:
    """Reading order for a page: full-width lines, and between them the left column, then the right one."""
    if len(lines) < 8:
        return [lines]
    lo, hi = int(0.3 * width) // 2, int(0.7 * width) // 2  # candidate gutters every 2 pt
    crossing = [0] * (hi - lo)  # per candidate, how many lines have a word across it
    for l in lines:
        covered: set[int] = set()
        for w in l.words:
            covered.update(range(max(lo, int((w["x0"] - 2) // 2) + 1), min(hi, int((w["x1"] + 2) // 2) + 1)))
        for k in covered:
            crossing[k - lo] += 1
    best_x, best_cross = None, None
    for k, cross in enumerate(crossing):
        x = 2 * (k + lo)
        if best_cross is None or cross < best_cross:
            best_x, best_cross = x, cross
    if best_x is None or best_cross > 0.15 * len(lines):
        return [lines]
    right_starts: Counter = Counter()
    for l in lines:
        rw = [w for w in l.words if w["x0"] >= best_x]
        if rw:
            right_starts[round(rw[0]["x0"] / 3)] += 1
    if not right_starts:
        return [lines]
    count = right_starts.most_common(1)[0][1]
    left_widths = sorted(min(l.x1, best_x) - l.x0 for l in lines if l.x0 < best_x)
    if count < 5 or len(left_widths) < 5 or left_widths[len(left_widths) // 2] < 0.25 * width:
        return [lines]
    # bands of lines between full-width lines; in a band, lines above the first line of the right-hand column
    # are full width too (the end of a paragraph that spans both columns)
    flows: list[list[Line]] = []
    span: list[Line] = []
    band: list[Line] = []

    def close_band() -> None:
        if not band:
            return
        right_tops = [l.top for l in band if any(w["x0"] >= best_x for w in l.words)]
        first_right = min(right_tops) if right_tops else float("inf")
        left: list[Line] = []
        right: list[Line] = []
        for l in band:
            if l.bottom < first_right - 1 and not left:
                span.append(l)
                continue
            lw = [w for w in l.words if w["x1"] <= best_x]
            rw = [w for w in l.words if w["x0"] >= best_x]
            if lw:
                left.append(make_line(lw, l.page) if rw else l)
            if rw:
                right.append(make_line(rw, l.page) if lw else l)
        if span:
            flows.append(list(span))
            span.clear()
        flows.extend(f for f in (left, right) if f)
        band.clear()

    for l in lines:
        if _full(l, best_x):
            close_band()
            span.append(l)
        else:
            band.append(l)
    close_band()
    if span:
        flows.append(list(span))
    return flows


def _full(line: Line, x: float) -> bool:
    return any(w["x0"] - 2 < x < w["x1"] + 2 for w in line.words)


# --- tables -----------------------------------------------------------------------------------------------------

@dataclass
class Table:
    lines: list[Line]
    columns: list[float]


def _columns(lines: list[Line]) -> list[float]:
    xs = sorted(seg[0]["x0"] for l in lines for seg in l.segments)
    cols: list[float] = []
    for x in xs:
        if not cols or x - cols[-1] > 4:
            cols.append(x)
    return cols


def _col_of(x: float, cols: list[float]) -> int:
    best = 0
    for i, c in enumerate(cols):
        if x >= c - 4:
            best = i
    return best


def find_tables(flow: list[Line]) -> list[Line | Table]:
    """Runs of lines whose words stand in aligned cells become tables; the rest stays lines."""
    out: list[Line | Table] = []
    i = 0
    while i < len(flow):
        line = flow[i]
        if len(line.segments) < 2 or line.bullet:
            out.append(line)
            i += 1
            continue
        region = [line]
        max_gap = 0.0
        j = i + 1
        while j < len(flow):
            nxt, prev = flow[j], region[-1]
            gap = nxt.top - prev.bottom
            if nxt.page != prev.page or abs(nxt.size - prev.size) > 0.6 or nxt.bullet:
                break
            cols = _columns(region)
            if len(nxt.segments) >= 2 and gap <= 1.6 * nxt.size and all(
                    any(abs(s[0]["x0"] - c) <= 4 for c in cols) or s[0]["x0"] > cols[-1] + 4 for s in nxt.segments[1:]):
                pass
            elif len(nxt.segments) == 1 and gap <= 0.8 * nxt.size and nxt.x0 > cols[0] + 4 and any(
                    abs(nxt.x0 - c) <= 4 for c in cols[1:]):
                pass  # a wrapped cell in a later column
            elif (len(nxt.segments) == 1 and len(cols) > 1 and abs(nxt.x0 - cols[0]) <= 4 and nxt.x1 < cols[1] - 2
                  and gap <= max(max_gap, 0.5 * nxt.size) + 0.8 and len(nxt.words) <= 4):
                pass  # a row with only its label filled in ("Handtekening")
            else:
                break
            max_gap = max(max_gap, gap)
            region.append(nxt)
            j += 1
        if len(region) >= 2:
            out.append(Table(region, _columns(region)))
        else:
            out.extend(region)
        i = j
    return out


def table_rows(table: Table) -> list[list[Line]]:
    lines = table.lines
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    rows: list[list[Line]] = [[lines[0]]]
    if not gaps:
        return rows
    same = [g for g, a, b in zip(gaps, lines, lines[1:]) if a.page == b.page] or [0.0]
    g_min, g_max = min(same), max(same)
    if g_max - g_min <= 1.2 and len({l.page for l in lines}) == 1 and any(
            _LABEL_VALUE.match(" ".join(w["text"] for w in seg)) for l in lines for seg in _cells_of(l, table.columns)[1:]):
        # no row spacing, and later columns hold "Datum: 3 april" lines of their own: a letterhead of two
        # cells side by side, each with its paragraphs, not rows of label and value
        return [lines]
    for gap, line, before in zip(gaps, lines[1:], lines):
        if line.page != before.page:
            new = True
        elif g_max - g_min > 1.2:
            new = gap > g_min + 1.2
        else:
            new = abs(line.segments[0][0]["x0"] - table.columns[0]) <= 4  # each line with a label starts a row
        if new:
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


# --- paragraphs -------------------------------------------------------------------------------------------------

class Joiner:
    """Paragraph text from lines, joining hyphenated line ends with the document's own words as evidence."""

    def __init__(self, all_lines: list[Line]) -> None:
        vocab: set[str] = set()
        for l in all_lines:
            for w in l.words:
                for t in _WORD.findall(w["text"].lower()):
                    vocab.add(t.strip("-"))
        self.vocab = vocab

    def join(self, lines: list[Line]) -> str:
        text = ""
        for line in lines:
            t = line.text
            if not text:
                text = t
                continue
            text = self._glue(text, t)
        return text

    def _glue(self, left: str, right: str) -> str:
        if left.endswith("\u00ad"):
            return left[:-1] + right
        if not left.endswith("-") or len(left) < 2 or not left[-2].isalpha():
            return left + " " + right
        frag = re.search(r"([\w\-]*)-$", left).group(1)
        head = frag.split("-")[-1]
        m = re.match(r"[\w\-]+", right)
        nxt = m.group(0) if m else ""
        first = nxt.split("-")[0]
        if not nxt or not nxt[0].islower():
            return left + right if nxt and nxt[0].isalnum() else left + " " + right  # "Noord-Brabant", "VV-2026-2977"
        if first.lower() in _CONJUNCTIONS:
            return left + " " + right  # "zorg- en welzijnsinstellingen"
        if f"{frag}-{nxt}".lower().strip("-") in self.vocab:
            return left + right
        if f"{frag}{nxt}".lower() in self.vocab:
            return left[:-1] + right
        if (head.lower() in _HYPHEN_PREFIXES or any(c.isdigit() for c in head)
                or sum(c.isupper() for c in head) >= 2 or (head[-1:] + first[:1]).lower() in _VOWEL_CLASH):
            return left + right
        return left[:-1] + right


def split_paragraphs(lines: list[Line], right: float, typical_gap: dict[float, float]) -> list[list[Line]]:
    """Consecutive lines grouped into paragraphs."""
    paras: list[list[Line]] = []
    for line in lines:
        if not paras:
            paras.append([line])
            continue
        prev = paras[-1][-1]
        if _breaks(prev, line, paras[-1], right, typical_gap):
            paras.append([line])
        else:
            paras[-1].append(line)
    return paras


def _breaks(prev: Line, line: Line, para: list[Line], right: float, typical_gap: dict[float, float]) -> bool:
    if line.bullet:
        return True
    if abs(line.size - prev.size) > 0.6:
        return True
    if line.page == prev.page:
        gap = line.top - prev.bottom
        normal = typical_gap.get(round(line.size), 0.3 * line.size)
        if gap > normal + max(1.5, 0.2 * line.size) or gap < -0.5 * line.size:
            return True
    first_x = para[0].text_x0
    if len(para) == 1 and prev.bullet:
        if abs(line.x0 - prev.text_x0) > 4:
            return True
    elif len(para) == 1:
        if line.x0 > prev.x0 + 4:
            return True  # indented more than the line before: a new (indented) paragraph
    elif abs(line.x0 - (para[1].x0 if len(para) > 1 else first_x)) > 4:
        return True
    # would the next line's first word have fitted on this line? then this line ended its paragraph
    w0 = line.words[0]
    word_w = w0["x1"] - w0["x0"]
    space = 0.3 * line.size
    if prev.x1 + space + word_w < right - 0.5 * line.size:
        return True
    return False


def typical_gaps(flows: list[list[Line]]) -> dict[float, float]:
    """Per font size, the usual gap between two lines of one paragraph (the smallest common gap)."""
    by_size: dict[float, Counter] = {}
    for flow in flows:
        for a, b in zip(flow, flow[1:]):
            if a.page == b.page and abs(a.size - b.size) <= 0.6 and not isinstance(a, Table):
                g = b.top - a.bottom
                if -1 < g < 2 * b.size:
                    by_size.setdefault(round(b.size), Counter())[round(g * 2) / 2] += 1
    out: dict[float, float] = {}
    for size, counter in by_size.items():
        total = sum(counter.values())
        common = [g for g, c in sorted(counter.items()) if c >= max(2, 0.15 * total)]
        out[size] = common[0] if common else min(counter)
    return out


def right_edge(lines: list[Line]) -> float:
    xs = sorted(l.x1 for l in lines)
    if not xs:
        return 0.0
    return xs[int(0.9 * (len(xs) - 1))] if len(xs) >= 5 else xs[-1]


def build(pages: list[list[dict]], widths: list[float], heights: list[float]) -> list[Para]:
    """All paragraphs and cells of a PDF in reading order, then the running header and footer texts."""
    page_lines = [group_lines(words, n) for n, words in enumerate(pages, start=1)]
    page_lines, headers, footers = strip_margins(page_lines, heights)
    flows: list[list[Line]] = []
    for lines, width in zip(page_lines, widths):
        flows.extend(f for f in split_columns(lines, width) if f)
    all_lines = [l for f in flows for l in f]
    joiner = Joiner(all_lines)
    gaps = typical_gaps(flows)
    sizes = Counter()
    for l in all_lines:
        sizes[round(l.size, 1)] += sum(len(w["text"]) for w in l.words)
    out: list[Para] = []
    n_table = 0
    pending: list[Line] = []  # plain lines waiting to be split into paragraphs; may run on to the next page
    edges: list[float] = []

    def flush() -> None:
        if pending:
            right = max(edges) if edges else right_edge(pending)
            for para in split_paragraphs(pending, right, gaps):
                out.append(_para(para, joiner))
            pending.clear()
            edges.clear()

    per_flow = [find_tables(f) for f in flows]
    _join_tables_across_pages(per_flow)
    salutation = _salutation(per_flow)
    head: list[Line] = []  # the letterhead: lines above the salutation on page 1

    for flow, items in zip(flows, per_flow):
        plain = [x for x in items if isinstance(x, Line)]
        edge = right_edge(plain) if plain else 0.0
        if pending and (pending[-1].page == flow[0].page or pending[-1].page + 1 != flow[0].page
                        or abs(pending[-1].x0 - flow[0].x0) > 0.3 * max(edge, 1.0)):
            flush()  # a new column on the same page: no paragraph runs on
        for item in items:
            if salutation is not None and (item is salutation or isinstance(item, Table)):
                flush()
                if head:  # address and reference lines: cells of one column, as letterheads are in Word
                    for r, para in enumerate(split_paragraphs(head, max(edge, right_edge(head)), gaps)):
                        out.append(_para(para, joiner, (n_table, r, 0, 0)))
                    n_table += 1
                    head = []
                if item is salutation:
                    salutation = None
            if isinstance(item, Table):
                flush()
                out.extend(_table_paras(item, n_table, joiner, gaps))
                n_table += 1
            elif salutation is not None:
                head.append(item)
            else:
                if not pending:
                    edges.append(edge)
                elif edge not in edges:
                    edges.append(edge)
                pending.append(item)
    if head:  # no salutation after all: plain lines
        pending[:0] = head
        edges.append(right_edge(head))
    flush()
    for text in headers:
        out.append(Para(text, 0, False, 0.0, part="header"))
    for text in footers:
        out.append(Para(text, 0, False, 0.0, part="footer"))
    body = max(sizes, key=sizes.get) if sizes else 10.0
    for p in out:
        p.size = p.size - body  # relative to the body text: > 0 is larger
    return out


_SALUTATION = re.compile(r"^(?:geachte|beste|hallo|dag|lieve)\b", re.IGNORECASE)


def _salutation(per_flow: list[list[Line | Table]]) -> Line | None:
    """The 'Geachte …' line among the first lines of page 1, if any."""
    seen = 0
    for items in per_flow:
        for item in items:
            if isinstance(item, Line):
                if item.page > 1 or seen >= 40:
                    return None
                if _SALUTATION.match(item.text) and len(item.words) <= 12:
                    return item
            seen += 1
    return None


def _page(item: Line | Table) -> int:
    return item.page if isinstance(item, Line) else item.lines[0].page


def _tab_lines(item: Line | Table) -> list[Line] | None:
    if isinstance(item, Table):
        return item.lines
    return [item] if len(item.segments) >= 2 and not item.bullet else None


def _label_row(table: Table, line: Line | Table) -> bool:
    """A short line that fits in the first column and is set like the table's other row labels."""
    cols = table.columns
    if not isinstance(line, Line) or len(cols) < 2 or line.bullet or len(line.words) > 4:
        return False
    if abs(line.x0 - cols[0]) > 4 or line.x1 > cols[1] - 2 or abs(line.size - table.lines[-1].size) > 0.6:
        return False
    labels = [s for l in table.lines for s in l.segments if abs(s[0]["x0"] - cols[0]) <= 4]
    bold = all(_is_bold(w) for w in line.words)
    return bool(labels) and all(all(_is_bold(w) for w in s) == bold for s in labels)


def _join_tables_across_pages(per_flow: list[list[Line | Table]]) -> None:
    """A table that runs on to the next page is one table (its rows continue)."""
    for prev, cur in zip(per_flow, per_flow[1:]):
        if not prev or not cur or _page(prev[-1]) == _page(cur[0]):
            continue
        a, b = _tab_lines(prev[-1]), _tab_lines(cur[0])
        after = cur[1] if len(cur) > 1 else None
        alone = isinstance(cur[0], Line) and (after is None or _page(after) != _page(cur[0]) or (
            isinstance(after, Line) and after.top - cur[0].bottom > 2.5 * cur[0].size))  # not a heading above its text
        if isinstance(prev[-1], Table) and b is None and alone and _label_row(prev[-1], cur[0]):
            b = [cur[0]]  # the last row, only its label filled in, went to the next page ("Handtekening")
        if not a or not b or not (isinstance(prev[-1], Table) or isinstance(cur[0], Table)):
            continue
        cols_a, cols_b = _columns(a), _columns(b)
        small, large = sorted((cols_a, cols_b), key=len)
        if len(large) >= 2 and (len(small) >= 2 or len(b) == 1) and all(any(abs(x - y) <= 4 for y in large) for x in small):
            prev.pop()
            cur[0] = Table(a + b, _columns(a + b))


def _para(lines: list[Line], joiner: Joiner, cell: tuple | None = None) -> Para:
    words = [w for l in lines for w in l.words]
    visible = [w for w in words if any(c.isalnum() for c in w["text"])]
    bold = bool(visible) and all(_is_bold(w) for w in visible)
    return Para(joiner.join(lines), lines[0].page, bold, max(l.size for l in lines), cell, n_words=len(words))


def _cells_of(line: Line, cols: list[float]) -> list[list[dict]]:
    """The line's words cut at the table's column starts (a cell may run close to the next column)."""
    out: list[list[dict]] = []
    for seg in line.segments:
        cur: list[dict] = []
        for w in seg:
            if cur and any(abs(w["x0"] - c) <= 2 for c in cols) and w["x0"] - cur[-1]["x1"] > 0.15 * w["size"]:
                out.append(cur)
                cur = []
            cur.append(w)
        out.append(cur)
    return out


def _table_paras(table: Table, t: int, joiner: Joiner, gaps: dict[float, float]) -> list[Para]:
    cols = table.columns
    rights: dict[int, float] = {}  # per column, the right end of its longest line
    for line in table.lines:
        for seg in _cells_of(line, cols):
            c = _col_of(seg[0]["x0"], cols)
            rights[c] = max(rights.get(c, 0.0), seg[-1]["x1"])
    out: list[Para] = []
    for r, row in enumerate(table_rows(table)):
        cells: dict[int, list[Line]] = {}
        for line in row:
            for seg in _cells_of(line, cols):
                c = _col_of(seg[0]["x0"], cols)
                sub = make_line(seg, line.page)
                sub.segments = [seg]
                cells.setdefault(c, []).append(sub)
        for c in sorted(cells):
            lines = cells[c]
            right = rights.get(c, max(l.x1 for l in lines))
            for k, para in enumerate(split_paragraphs(lines, right, gaps)):
                out.append(_para(para, joiner, (t, r, c, k)))
    return out
