"""Validate set-f sidecars: valid JSON, every applicable rule exactly once, only catalogue IDs."""
import json, glob, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from sidecar import applicable
CATALOGUE = set("""BESLUIT-MOTIVERING BESLUIT-GRONDSLAG GRONDSLAG-ONBEKEND AFWEGING-EIGEN-KRACHT AFWEGING-GEBRUIKELIJKE-HULP
AFWEGING-MANTELZORG AFWEGING-SOCIAAL-NETWERK AFWEGING-ALGEMENE-VOORZIENING AFWEGING-VOORLIGGENDE-VOORZIENING ONDERZOEK-VERMELD
BEZWAAR-CLAUSULE VOORZIENING-SPECIFICATIE PGB-KEUZE EIGEN-BIJDRAGE OVERGANGSTERMIJN TERMIJN-OVERSCHREDEN ONDERTEKENING PLACEHOLDER
VAAG-TAALGEBRUIK LEESBAARHEID-B1 PRIVACY-GEZONDHEID CASUS-CONSISTENTIE VERSLAG-GESPREK VERSLAG-HULPVRAAG VERSLAG-BEPERKINGEN
VERSLAG-ONDERSTEUNINGSBEHOEFTE VERSLAG-CONCLUSIE VERSLAG-REACTIE BATCH-STANDAARDMOTIVERING""".split())
ok = True; tally = collections.defaultdict(lambda: [0, 0, 0])
for f in sorted(glob.glob("/work/heldout/f/f*.expect.json")):
    name = os.path.basename(f).split(".")[0]
    d = json.load(open(f))
    if not (os.path.exists(f"/work/heldout/f/{name}.txt") or os.path.exists(f"/work/heldout/f/{name}.docx")):
        print(name, "no draft"); ok = False
    labels = d["must_fire"] + d["must_not_fire"] + d["unsure"]
    app = applicable(d["document"], d["soort"])
    bad = [x for x in labels if x not in CATALOGUE]
    dup = [x for x, c in collections.Counter(labels).items() if c > 1]
    miss = set(app) - set(labels); extra = set(labels) - set(app)
    if bad or dup or miss or extra:
        ok = False; print(name, "bad", bad, "dup", dup, "miss", miss, "extra", extra)
    for i, k in enumerate(["must_fire", "must_not_fire", "unsure"]):
        for x in d[k]: tally[x][i] += 1
print("OK" if ok else "PROBLEMS")
print(f"{'rule':36} fire clean unsure")
for r in sorted(tally): print(f"{r:36} {tally[r][0]:4} {tally[r][1]:5} {tally[r][2]:6}")
