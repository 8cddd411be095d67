from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(2.5); s.right_margin = Cm(2.2)
    return d

def p(d, text="", bold=False, italic=False, size=None, align=None, style=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "right": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "center": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para

def runs(d, parts, style=None):
    """parts: list of (text, bold)"""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    return para

def lines(d, block):
    for ln in block.strip("\n").split("\n"):
        p(d, ln)

def bullets(d, items, numbered=False):
    for it in items:
        p(d, it, style="List Number" if numbered else "List Bullet")

def table(d, rows, header=False, widths=None, style="Table Grid", bold_first_col=False):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            r = cells[j].paragraphs[0].add_run(val)
            if (header and i == 0) or (bold_first_col and j == 0):
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t

def infobox(d, title, body_lines):
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(title); r.bold = True
    for ln in body_lines:
        c.add_paragraph(ln)
    d.add_paragraph()
    return t
