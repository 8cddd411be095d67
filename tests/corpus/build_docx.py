"""Build the .docx drafts of the labelled corpus from their committed text sources.

    .venv/bin/python tests/corpus/build_docx.py          # (re)build all
    .venv/bin/python tests/corpus/build_docx.py NAME ...  # only these

Source format (tests/corpus/docx_src/NAME.txt), one paragraph per line:
  '@header: text' / '@footer: text'   page header / footer (gemeente name, address)
  '# ', '## ', '### '                 Word styles Heading 1 / 2 / 3
  '**text**' (whole line)             a bold paragraph (a house style without heading styles)
  '- text'                            style 'List Bullet'
  '|cell|cell|' (consecutive lines)   a table, style 'Table Grid', first column bold
  anything else                       a 'Normal' paragraph
The result is tests/corpus/drafts/NAME.docx next to NAME.expect.json. Output is deterministic:
the core properties get fixed values so a rebuild gives the same text and metadata.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
SRC = HERE / "docx_src"
OUT = HERE / "drafts"
FIXED = dt.datetime(2025, 1, 1, 9, 0, 0)


def build(src: Path, out: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    section = doc.sections[0]
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        ncols = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=ncols)
        table.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell_text in enumerate(r):
                cell = table.cell(i, j)
                run = cell.paragraphs[0].add_run(cell_text)
                run.bold = j == 0
        rows.clear()

    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("@header:"):
            section.header.paragraphs[0].text = line[len("@header:"):].strip()
        elif line.startswith("@footer:"):
            section.footer.paragraphs[0].text = line[len("@footer:"):].strip()
        elif line.startswith("### "):
            doc.add_heading(line[4:], level=3)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("**") and line.endswith("**") and len(line) > 4:
            doc.add_paragraph().add_run(line[2:-2]).bold = True
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    flush_table()
    props = doc.core_properties
    props.author = "wmo-docs corpus"
    props.last_modified_by = "wmo-docs corpus"
    props.title = src.stem
    props.created = props.modified = FIXED
    props.revision = 1
    doc.save(out)


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in SRC.glob("*.txt"))
    OUT.mkdir(exist_ok=True)
    for name in names:
        src = SRC / f"{name}.txt"
        if not src.exists():
            print(f"geen bron: {src}", file=sys.stderr)
            return 2
        build(src, OUT / f"{name}.docx")
    print(f"{len(names)} .docx gebouwd in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
