"""Write NAME.expect.json: python sidecar.py NAME document soort style "FIRE,..." "UNSURE,..." "notes" """
import json, sys
LAYERS = ["AFWEGING-EIGEN-KRACHT","AFWEGING-GEBRUIKELIJKE-HULP","AFWEGING-MANTELZORG",
          "AFWEGING-SOCIAAL-NETWERK","AFWEGING-ALGEMENE-VOORZIENING","AFWEGING-VOORLIGGENDE-VOORZIENING",
          "PLACEHOLDER","LEESBAARHEID-B1","PRIVACY-GEZONDHEID"]
BESCH = ["BESLUIT-MOTIVERING","BESLUIT-GRONDSLAG","GRONDSLAG-ONBEKEND","BEZWAAR-CLAUSULE",
         "ONDERZOEK-VERMELD","ONDERTEKENING","VAAG-TAALGEBRUIK"]
TOEK = ["VOORZIENING-SPECIFICATIE","PGB-KEUZE","EIGEN-BIJDRAGE"]
WIJZ = ["OVERGANGSTERMIJN"]
RAPP = ["VERSLAG-GESPREK","VERSLAG-HULPVRAAG","VERSLAG-BEPERKINGEN","VERSLAG-ONDERSTEUNINGSBEHOEFTE",
        "VERSLAG-CONCLUSIE","VERSLAG-REACTIE"]
def applicable(document, soort):
    r = list(LAYERS)
    if document == "beschikking":
        r += BESCH
        if soort in ("toekenning","gedeeltelijke toekenning"): r += TOEK
        if soort in ("wijziging","beëindiging"): r += WIJZ
    else:
        r += RAPP
    return r
if __name__ == "__main__":
    name, document, soort, style, fire, unsure, notes = sys.argv[1:8]
    soort = None if soort in ("", "null") else soort
    fire = [x for x in fire.split(",") if x]; unsure = [x for x in unsure.split(",") if x]
    app = applicable(document, soort)
    for x in fire + unsure:
        assert x in app, x
    mnf = [x for x in app if x not in fire and x not in unsure]
    d = {"document": document, "soort": soort, "style": style, "profile": None,
         "must_fire": fire, "must_not_fire": mnf, "unsure": unsure, "notes": notes}
    json.dump(d, open(f"/work/heldout/f/{name}.expect.json","w"), ensure_ascii=False, indent=2)
    print(name, "fire", len(fire), "clean", len(mnf), "unsure", len(unsure))
