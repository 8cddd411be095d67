from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
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

def lines(d, block, **kw):
    for l in block.strip("\n").split("\n"):
        p(d, l, **kw)

def label(d, lab, text):
    para = d.add_paragraph()
    r = para.add_run(lab); r.bold = True
    para.add_run(text)
    return para

def bullets(d, items, style="List Bullet"):
    for it in items: d.add_paragraph(it, style=style)

def table(d, rows, header=True, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j); c.text = ""
            run = c.paragraphs[0].add_run(cell)
            if header and i == 0: run.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t

def header_text(d, text):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = text
    return hp

def footer_text(d, text):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]; fp.text = text
    return fp
