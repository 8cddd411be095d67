"""Write NAME.expect.json: must_not_fire = applicable rules minus must_fire and unsure.
usage: sidecar.py NAME DOC SOORT STYLE "FIRE,IDS" "UNSURE,IDS" "notes"
"""
import json, sys, pathlib

COMMON = ["AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
          "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING",
          "AFWEGING-VOORLIGGENDE-VOORZIENING", "PLACEHOLDER", "LEESBAARHEID-B1", "PRIVACY-GEZONDHEID"]
BESCH = ["BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND", "BEZWAAR-CLAUSULE",
         "ONDERZOEK-VERMELD", "ONDERTEKENING", "VAAG-TAALGEBRUIK"]
TOEK = ["VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE"]
WIJZ = ["OVERGANGSTERMIJN"]
RAP = ["VERSLAG-GESPREK", "VERSLAG-HULPVRAAG", "VERSLAG-BEPERKINGEN",
       "VERSLAG-ONDERSTEUNINGSBEHOEFTE", "VERSLAG-CONCLUSIE", "VERSLAG-REACTIE"]


def applicable(doc, soort):
    rules = list(COMMON)
    if doc == "beschikking":
        rules += BESCH
        if soort in ("toekenning", "gedeeltelijke toekenning"):
            rules += TOEK
        if soort in ("wijziging", "beëindiging"):
            rules += WIJZ
    else:
        rules += RAP
    return rules


def main():
    name, doc, soort, style, fire, unsure, notes = sys.argv[1:8]
    soort = None if soort in ("", "null") else soort
    fire = [f for f in fire.split(",") if f]
    unsure = [u for u in unsure.split(",") if u]
    app = applicable(doc, soort)
    for r in fire + unsure:
        assert r in app, f"{r} not applicable to {doc}/{soort}"
    assert not set(fire) & set(unsure)
    data = {
        "document": doc,
        "soort": soort,
        "style": style,
        "profile": None,
        "must_fire": fire,
        "must_not_fire": [r for r in app if r not in fire and r not in unsure],
        "unsure": unsure,
        "notes": notes,
    }
    out = pathlib.Path(__file__).resolve().parent.parent / f"{name}.expect.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(out, "fire:", fire, "unsure:", unsure)


if __name__ == "__main__":
    main()
