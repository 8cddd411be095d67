"""Write NAME.expect.json: give must_fire and unsure; every other applicable rule goes to must_not_fire."""
import argparse, json, pathlib

ALL = ["AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
       "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING",
       "PLACEHOLDER", "LEESBAARHEID-B1", "PRIVACY-GEZONDHEID"]
BESCH = ["BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND", "BEZWAAR-CLAUSULE",
         "ONDERZOEK-VERMELD", "ONDERTEKENING", "VAAG-TAALGEBRUIK"]
TOEK = ["VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE"]
WIJZ = ["OVERGANGSTERMIJN"]
RAPP = ["VERSLAG-GESPREK", "VERSLAG-HULPVRAAG", "VERSLAG-BEPERKINGEN",
        "VERSLAG-ONDERSTEUNINGSBEHOEFTE", "VERSLAG-CONCLUSIE", "VERSLAG-REACTIE"]


def applicable(document, soort):
    rules = list(ALL)
    if document == "beschikking":
        rules += BESCH
        if soort in ("toekenning", "gedeeltelijke toekenning"):
            rules += TOEK
        if soort in ("wijziging", "beëindiging"):
            rules += WIJZ
    else:
        rules += RAPP
    return rules


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("document")
    ap.add_argument("soort")
    ap.add_argument("style")
    ap.add_argument("--fire", default="")
    ap.add_argument("--unsure", default="")
    ap.add_argument("--notes", required=True)
    a = ap.parse_args()
    soort = None if a.soort == "null" else a.soort
    rules = applicable(a.document, soort)
    fire = [r for r in a.fire.split(",") if r]
    unsure = [r for r in a.unsure.split(",") if r]
    for r in fire + unsure:
        assert r in rules, f"not applicable: {r}"
    assert not set(fire) & set(unsure)
    out = {
        "document": a.document,
        "soort": soort,
        "style": a.style,
        "profile": None,
        "must_fire": fire,
        "must_not_fire": [r for r in rules if r not in fire and r not in unsure],
        "unsure": unsure,
        "notes": a.notes,
    }
    p = pathlib.Path(__file__).resolve().parent.parent / f"{a.name}.expect.json"
    p.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(p, len(fire), "fire", len(unsure), "unsure")
