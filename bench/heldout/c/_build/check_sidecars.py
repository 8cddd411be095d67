"""Self-check of the sidecars of set c (not the wmo-docs checker): valid JSON, each applicable rule exactly once,
only catalogue IDs; prints the tally per rule. Also lists cited Wmo/Awb articles per draft against the reference index."""
import json, pathlib, re, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from sidecar import applicable, ALL, BESCH, TOEK, WIJZ, RAPP

OUT = pathlib.Path(__file__).resolve().parent.parent
CATALOGUE = set(ALL + BESCH + TOEK + WIJZ + RAPP + ["CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN", "BATCH-STANDAARDMOTIVERING"])
NEVER = {"CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN", "BATCH-STANDAARDMOTIVERING"}
ok = True
tally = collections.defaultdict(lambda: collections.Counter())
names = sorted(p.name[:-len(".expect.json")] for p in OUT.glob("c*.expect.json"))
for n in names:
    d = json.loads((OUT / f"{n}.expect.json").read_text(encoding="utf-8"))
    drafts = [p for p in (OUT / f"{n}.txt", OUT / f"{n}.docx") if p.exists()]
    if len(drafts) != 1:
        print(n, "draft file missing or double"); ok = False
    keys = {"document", "soort", "style", "profile", "must_fire", "must_not_fire", "unsure", "notes"}
    if set(d) != keys:
        print(n, "keys", set(d) ^ keys); ok = False
    labelled = d["must_fire"] + d["must_not_fire"] + d["unsure"]
    exp = applicable(d["document"], d["soort"])
    if sorted(labelled) != sorted(exp) or len(labelled) != len(set(labelled)):
        print(n, "label set mismatch", set(labelled) ^ set(exp)); ok = False
    if set(labelled) - CATALOGUE or set(labelled) & NEVER:
        print(n, "bad IDs"); ok = False
    for k in ("must_fire", "must_not_fire", "unsure"):
        for r in d[k]:
            tally[r][k] += 1
print("sidecars OK" if ok else "PROBLEMS")
order = ALL + BESCH + TOEK + WIJZ + RAPP
print(f"{'rule':36} fire  not  unsure")
for r in order:
    c = tally[r]
    print(f"{r:36} {c['must_fire']:4} {c['must_not_fire']:4} {c['unsure']:4}")
