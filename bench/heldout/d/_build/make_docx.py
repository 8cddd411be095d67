"""Build the .docx drafts of set d. Usage: python make_docx.py d01 [d03 ...] (no args: all).
Each draft is a list of blocks; content lives in drafts_*.py next to this file."""
import sys, os, importlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

def build(name, spec):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("size", 11))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    # letterhead in the header
    hdr = sec.header
    first = True
    for line, bold in spec["header"]:
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(9 if not bold else 12)
        if spec.get("header_align") == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(spec["footer"])
        fr.font.size = Pt(8)
    for blk in spec["body"]:
        kind = blk[0]
        if kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "lines":  # address block etc.: one paragraph, line breaks
            p = doc.add_paragraph()
            for i, ln in enumerate(blk[1]):
                r = p.add_run(ln)
                if i < len(blk[1]) - 1:
                    r.add_break()
        elif kind == "b":  # bold plain paragraph used as heading
            p = doc.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "bullet":
            doc.add_paragraph(blk[1], style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if (blk[2] if len(blk) > 2 else "firstcol") == "firstcol" and j == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                    if (blk[2] if len(blk) > 2 else "") == "headrow" and i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    path = os.path.join(OUT, name + ".docx")
    doc.save(path)
    print("wrote", path)

if __name__ == "__main__":
    names = sys.argv[1:]
    mods = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("draft_") and f.endswith(".py"))
    for m in mods:
        name = m[len("draft_"):]
        if names and name not in names:
            continue
        build(name, importlib.import_module(m).SPEC)
