"""Build the .docx drafts of set c with python-docx.

Usage: /work/main/.venv/bin/python make_docx.py c01 [c04 ...]   (no argument: all)
Each draft is a list of blocks:
  ("h1", text) / ("h2", text)       paragraph style Heading 1 / Heading 2
  ("b", text)                        bold plain paragraph used as a heading
  ("p", text)                        normal paragraph (\n = line break inside the paragraph)
  ("table", [[cell, ...], ...])      real table, first row bold
"""
import sys, pathlib, importlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = pathlib.Path(__file__).resolve().parent.parent


def build(name, header_lines, blocks, font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hdr = sec.header
    first = True
    for i, line in enumerate(header_lines):
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        if i == 0:
            r.bold = True
            r.font.size = Pt(13)
        else:
            r.font.size = Pt(8.5)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for kind, content in blocks:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(content).bold = True
        elif kind == "p":
            p = doc.add_paragraph()
            parts = content.split("\n")
            for j, part in enumerate(parts):
                r = p.add_run(part)
                if j < len(parts) - 1:
                    r.add_break()
        elif kind == "table":
            rows = content
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    c.text = ""
                    run = c.paragraphs[0].add_run(cell)
                    if ri == 0:
                        run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    path = OUT / f"{name}.docx"
    doc.save(path)
    print("wrote", path)


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in pathlib.Path(__file__).parent.glob("c[0-9][0-9].py"))
    sys.path.insert(0, str(pathlib.Path(__file__).parent))
    for n in names:
        m = importlib.import_module(n)
        build(n, m.HEADER, m.BLOCKS, **getattr(m, "OPTIONS", {}))
