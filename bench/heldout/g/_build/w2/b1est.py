import re, sys, glob
from docx import Document
def text(path):
    if path.endswith(".docx"):
        d = Document(path); out=[p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: out += [p.text for p in c.paragraphs]
        return "\n".join(out)
    return open(path).read()
for path in sorted(glob.glob("/work/blind/g/w2/g*.txt")+glob.glob("/work/blind/g/w2/g*.docx")):
    t = text(path)
    # drop bezwaar section roughly
    lines=[l for l in t.split("\n") if len(l.split())>=6 and re.search(r"[.?!:\"]$", l.strip())]
    body=" ".join(lines)
    sents=[s for s in re.split(r"(?<=[.?!])\s+", body) if len(s.split())>=2]
    words=re.findall(r"[A-Za-zÀ-ÿ]+", body)
    syl=sum(max(1,len(re.findall(r"[aeiouyàáèéëïöüô]+", w.lower()))) for w in words)
    W=len(words); S=len(sents)
    fd=206.84-0.77*(100*syl/W)-0.93*(W/S)
    long45=sum(1 for s in sents if len(s.split())>45)
    long25=sum(1 for s in sents if len(s.split())>25)
    print(f"{path.split('/')[-1]:10} FD={fd:5.1f} wps={W/S:4.1f} spw={syl/W:4.2f} >25={long25} >45={long45}")
