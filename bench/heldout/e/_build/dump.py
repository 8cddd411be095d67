import sys
from docx import Document
d = Document(sys.argv[1])
for s in d.sections:
    for p in s.header.paragraphs: print("[HDR]", p.text)
body = d.element.body
from docx.table import Table
from docx.text.paragraph import Paragraph
for el in body.iterchildren():
    if el.tag.endswith('}p'):
        p = Paragraph(el, d); print(f"[{p.style.name}]", p.text)
    elif el.tag.endswith('}tbl'):
        t = Table(el, d)
        for r in t.rows: print("  | " + " | ".join(c.text for c in r.cells))
