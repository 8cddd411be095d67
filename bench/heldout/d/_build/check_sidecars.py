"""Check the sidecars of set d: valid JSON, each applicable rule exactly once, only catalogue IDs."""
import json, glob, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from label import applicable
HERE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CAT = set(applicable("beschikking","toekenning") + applicable("beschikking","wijziging") + applicable("rapportage", None))
NEVER = {"CASUS-CONSISTENTIE","TERMIJN-OVERSCHREDEN","BATCH-STANDAARDMOTIVERING"}
ok = True
tally = collections.defaultdict(lambda: [0,0,0])
for p in sorted(glob.glob(os.path.join(HERE, "d??.expect.json"))):
    name = os.path.basename(p)[:3]
    drafts = [f for f in (name+".txt", name+".docx") if os.path.exists(os.path.join(HERE, f))]
    d = json.load(open(p, encoding="utf-8"))
    errs = []
    if len(drafts) != 1: errs.append("draft file missing or double")
    if set(d) != {"document","soort","style","profile","must_fire","must_not_fire","unsure","notes"}: errs.append("keys")
    if d["document"] not in ("beschikking","rapportage"): errs.append("document")
    if d["document"] == "rapportage" and d["soort"] is not None: errs.append("soort")
    if d["document"] == "beschikking" and d["soort"] not in ("toekenning","afwijzing","gedeeltelijke toekenning","wijziging","beëindiging"): errs.append("soort")
    if d["profile"] is not None: errs.append("profile")
    labels = d["must_fire"] + d["must_not_fire"] + d["unsure"]
    app = applicable(d["document"], d["soort"])
    c = collections.Counter(labels)
    for r, n in c.items():
        if n > 1: errs.append("twice: " + r)
        if r not in CAT or r in NEVER: errs.append("not a catalogue/allowed ID: " + r)
        if r not in app: errs.append("not applicable: " + r)
    for r in app:
        if r not in c: errs.append("unlabelled: " + r)
    for i, key in enumerate(("must_fire","must_not_fire","unsure")):
        for r in d[key]: tally[r][i] += 1
    print(name, drafts[0] if drafts else "-", d["document"], d["soort"], d["style"], "OK" if not errs else errs)
    ok &= not errs
print()
print("%-36s %5s %5s %5s" % ("rule", "fire", "not", "uns"))
for r in sorted(tally): print("%-36s %5d %5d %5d" % (r, *tally[r]))
sys.exit(0 if ok else 1)
