"""Own sanity scan of the drafts (plain regexes, not the checker): placeholder-like text, hedge words, cited articles."""
import pathlib, re, json
from docx import Document
OUT = pathlib.Path(__file__).resolve().parent.parent
wmo = json.load(open('/work/shared/reference/wmo2015-articles.json'))['articles']
awb = json.load(open('/work/shared/reference/awb-articles.json'))['articles']
def text(p):
    if p.suffix == '.txt':
        return p.read_text(encoding='utf-8')
    d = Document(p)
    parts = [q.text for q in d.sections[0].header.paragraphs]
    body = d.element.body
    for el in body.iterchildren():
        if el.tag.endswith('}p'):
            parts.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
        elif el.tag.endswith('}tbl'):
            for row in el.iter():
                if row.tag.endswith('}tr'):
                    cells = []
                    for c in row.iter():
                        if c.tag.endswith('}tc'):
                            cells.append(''.join(t.text or '' for t in c.iter() if t.tag.endswith('}t')))
                    parts.append(' | '.join(cells))
    return '\n'.join(parts)
for p in sorted(list(OUT.glob('c??.txt')) + list(OUT.glob('c??.docx'))):
    t = text(p)
    ph = re.findall(r'\{\{.*?\}\}|\[[A-Z ]+\]|XXX|<[^>]+>|…|\.\.\.', t)
    hedges = re.findall(r'in principe|eventueel|mogelijk|wellicht|naar verwachting|zo nodig|voorlopig|misschien', t, re.I)
    arts = []
    for m in re.finditer(r'artikel(?:en)?\s+([0-9]+\.[0-9]+\.[0-9]+[a-z]?|[0-9]+:[0-9]+[a-z]?)(?:,?\s*(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde)\s+lid|\s+lid\s+([0-9]+))?', t, re.I):
        arts.append(m.group(0))
    for m in re.finditer(r'art\.\s*([0-9]+\.[0-9]+\.[0-9]+[a-z]?)(?:\s+lid\s+([0-9]+))?', t, re.I):
        arts.append(m.group(0))
    bad = []
    num = dict(eerste=1,tweede=2,derde=3,vierde=4,vijfde=5,zesde=6,zevende=7,achtste=8,negende=9,tiende=10,elfde=11)
    for a in arts:
        m = re.search(r'([0-9]+\.[0-9]+\.[0-9]+[a-z]?|[0-9]+:[0-9]+[a-z]?)', a)
        k = m.group(1)
        idx = wmo if '.' in k else awb
        if k not in idx: bad.append(a); continue
        lm = re.search(r'(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde)\s+lid|lid\s+([0-9]+)', a)
        if lm:
            l = num[lm.group(1)] if lm.group(1) else int(lm.group(2))
            if l > idx[k]['leden']: bad.append(a)
    bsn = re.findall(r'\b\d{9}\b', t)
    words = len(t.split())
    print(f"{p.name}: words={words} ph={ph} hedges={hedges} bsn={bsn}\n   bad_articles={bad}\n   articles={sorted(set(arts))}")
