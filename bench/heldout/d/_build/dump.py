import sys, docx
def text(path):
    d = docx.Document(path)
    out = []
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs]
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
        elif tag == 'tbl':
            for row in el.iter():
                if row.tag.endswith('}tr'):
                    cells = []
                    for c in row:
                        if c.tag.endswith('}tc'):
                            cells.append(''.join(t.text or '' for t in c.iter() if t.tag.endswith('}t')))
                    out.append('\t'.join(cells))
    return '\n'.join(out)
if __name__ == '__main__':
    print(text(sys.argv[1]))
