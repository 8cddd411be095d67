"""Self-check of the sidecars of set e: valid JSON, every applicable rule exactly once,
only catalogue IDs; plus simple scans of the drafts (BSN-like numbers, placeholders,
cited Wmo/Awb articles against /work/shared/reference). Prints a tally table."""
import json, re, sys, pathlib, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from sidecar import applicable, COMMON, BESCH, TOEK, WIJZ, RAP

OUT = pathlib.Path(__file__).resolve().parent.parent
CATALOGUE = set(COMMON + BESCH + TOEK + WIJZ + RAP + ["CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN",
                                                     "BATCH-STANDAARDMOTIVERING"])
NEVER = {"CASUS-CONSISTENTIE", "TERMIJN-OVERSCHREDEN", "BATCH-STANDAARDMOTIVERING"}
REF = pathlib.Path("/work/shared/reference")
WMO = json.load(open(REF / "wmo2015-articles.json"))["articles"]
AWB = json.load(open(REF / "awb-articles.json"))["articles"]
LID = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
       "achtste": 8, "negende": 9, "tiende": 10}


def text_of(path):
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    from docx import Document
    d = Document(path)
    parts = [p.text for s in d.sections for p in s.header.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def elfproef(n):
    return sum(int(c) * w for c, w in zip(n[:8], range(9, 1, -1))) - int(n[8]) == 0 or \
        (sum(int(c) * w for c, w in zip(n[:8], range(9, 1, -1))) - int(n[8])) % 11 == 0


errors = []
tally = collections.defaultdict(lambda: [0, 0, 0])
rows = []
for sc in sorted(OUT.glob("e??.expect.json")):
    name = sc.name[:3]
    data = json.loads(sc.read_text(encoding="utf-8"))
    keys = {"document", "soort", "style", "profile", "must_fire", "must_not_fire", "unsure", "notes"}
    if set(data) != keys:
        errors.append(f"{name}: keys {set(data) ^ keys}")
    app = applicable(data["document"], data["soort"])
    labelled = data["must_fire"] + data["must_not_fire"] + data["unsure"]
    if sorted(labelled) != sorted(app):
        errors.append(f"{name}: labelled != applicable: extra {set(labelled)-set(app)} missing {set(app)-set(labelled)}")
    if len(labelled) != len(set(labelled)):
        errors.append(f"{name}: duplicate labels")
    for r in labelled:
        if r not in CATALOGUE or r in NEVER:
            errors.append(f"{name}: bad id {r}")
    for i, key in enumerate(["must_fire", "must_not_fire", "unsure"]):
        for r in data[key]:
            tally[r][i] += 1
    drafts = [p for p in (OUT / f"{name}.txt", OUT / f"{name}.docx") if p.exists()]
    if len(drafts) != 1:
        errors.append(f"{name}: drafts found {drafts}")
        continue
    txt = text_of(drafts[0])
    # scans
    bsn = [m for m in re.findall(r"(?<![\d-])\d{9}(?![\d-])", txt) if elfproef(m)]
    ph = re.findall(r"\[[A-Z ]+\]|\{\{.*?\}\}|XXX|<invullen>|…", txt)
    arts = []
    for m in re.finditer(r"(?i)artikel(?:en)?\s+((?:\d+\.\d+\.\d+[a-z]?|\d+:\d+[a-z]?))(?:,?\s+(\w+)\s+lid)?(?:\s+lid\s+(\d+))?", txt):
        art, lidw, lidn = m.group(1), m.group(2), m.group(3)
        lid = LID.get(lidw.lower()) if lidw else (int(lidn) if lidn else None)
        table = AWB if ":" in art else WMO
        ok = art in table and (lid is None or lid <= max(table[art]["leden"], 0) and table[art]["leden"] > 0)
        arts.append(f"{art}{'/'+str(lid) if lid else ''}{'' if ok else '(!)'}")
    rows.append((name, drafts[0].suffix, data["document"], data["soort"] or "-", data["style"],
                 ",".join(arts), ",".join(bsn), ",".join(ph)))

for r in rows:
    print("  ".join(str(x) for x in r))
print()
print(f"{'rule':36s} fire  not  unsure")
for r in sorted(tally):
    f, n, u = tally[r]
    flag = "" if (f >= 2 and n >= 3) else "   <-- below aim"
    print(f"{r:36s} {f:4d} {n:4d} {u:6d}{flag}")
print()
print("ERRORS:" if errors else "all sidecars OK")
for e in errors:
    print("  ", e)
