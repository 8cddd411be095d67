import re,sys
from pathlib import Path
def text(f):
    if f.endswith('.docx'):
        import docx
        d=docx.Document(f); parts=[p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return '\n'.join(parts)
    return open(f).read()
def syl(w):
    w=w.lower()
    return max(1,len(re.findall(r'(ij|ei|ou|au|ui|oe|eu|ie|aa|ee|oo|uu|[aeiouyéëèêïíáâûúô])',w)))
for f in sys.argv[1:]:
    t=text(f)
    lines=[l for l in t.split('\n') if len(l.split())>=6]
    sents=[s for l in lines for s in re.split(r'(?<=[.!?])\s+',l) if len(s.split())>=3]
    words=[w for s in sents for w in re.findall(r"[A-Za-zÀ-ÿ']+",s)]
    S=sum(syl(w) for w in words)
    asl=len(words)/len(sents); spw=S/len(words)*100
    fd=206.84-0.77*spw-0.93*asl
    longest=max(len(s.split()) for s in sents)
    print(f, round(fd,1), 'asl',round(asl,1),'long',longest, 'n>25', sum(len(s.split())>25 for s in sents))
