# rough Flesch-Douma estimate for my own drafts (not the checking tool)
import re, sys
def syl(w):
    w=w.lower()
    g=re.findall(r'(ij|ui|ei|oe|ou|au|ie|eu|aa|ee|oo|uu|[aeiouyéëèï])+', w)
    return max(1,len(g))
for f in sys.argv[1:]:
    if f.endswith('.docx'):
        import docx
        d=docx.Document(f); txt="\n".join(p.text for p in d.paragraphs)
    else: txt=open(f,encoding='utf-8').read()
    lines=[l for l in txt.split('\n') if len(l.split())>6]
    t=' '.join(lines)
    sents=[s for s in re.split(r'(?<=[.!?])\s+',t) if s.split()]
    words=re.findall(r"[A-Za-zÀ-ÿ]+",t)
    S=sum(syl(w) for w in words)
    wps=len(words)/max(1,len(sents)); spw=100*S/max(1,len(words))
    fd=206.84-0.77*spw-0.93*wps
    longs=[s for s in sents if len(s.split())>25]
    vlong=[s for s in sents if len(s.split())>45]
    print(f"{f}: FD={fd:.1f} wps={wps:.1f} spw={spw:.0f} >25:{len(longs)} >45:{len(vlong)}")
