"""Write one sidecar: python label.py NAME document soort style "FIRE,.." "UNSURE,.." "notes"
must_not_fire = every applicable rule not in must_fire/unsure."""
import json, sys, os
ALL = ["AFWEGING-EIGEN-KRACHT","AFWEGING-GEBRUIKELIJKE-HULP","AFWEGING-MANTELZORG",
       "AFWEGING-SOCIAAL-NETWERK","AFWEGING-ALGEMENE-VOORZIENING","AFWEGING-VOORLIGGENDE-VOORZIENING",
       "PLACEHOLDER","LEESBAARHEID-B1","PRIVACY-GEZONDHEID"]
BESCH = ["BESLUIT-MOTIVERING","BESLUIT-GRONDSLAG","GRONDSLAG-ONBEKEND","BEZWAAR-CLAUSULE",
         "ONDERZOEK-VERMELD","ONDERTEKENING","VAAG-TAALGEBRUIK"]
TOEK = ["VOORZIENING-SPECIFICATIE","PGB-KEUZE","EIGEN-BIJDRAGE"]
WIJZ = ["OVERGANGSTERMIJN"]
RAPP = ["VERSLAG-GESPREK","VERSLAG-HULPVRAAG","VERSLAG-BEPERKINGEN",
        "VERSLAG-ONDERSTEUNINGSBEHOEFTE","VERSLAG-CONCLUSIE","VERSLAG-REACTIE"]
def applicable(doc, soort):
    r = list(ALL)
    if doc == "beschikking":
        r += BESCH
        if soort in ("toekenning","gedeeltelijke toekenning"): r += TOEK
        if soort in ("wijziging","beëindiging"): r += WIJZ
    else:
        r += RAPP
    return r
if __name__ == "__main__":
    name, doc, soort, style, fire, unsure, notes = sys.argv[1:8]
    soort = None if soort in ("null","") else soort
    fire = [x for x in fire.split(",") if x]
    unsure = [x for x in unsure.split(",") if x]
    app = applicable(doc, soort)
    for x in fire + unsure:
        assert x in app, x
    assert not set(fire) & set(unsure)
    d = {"document": doc, "soort": soort, "style": style, "profile": None,
         "must_fire": fire, "must_not_fire": [x for x in app if x not in fire and x not in unsure],
         "unsure": unsure, "notes": notes}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", name + ".expect.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
    print("wrote", os.path.normpath(out))
