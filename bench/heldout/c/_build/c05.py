# c05 - sociaal-team-formulier - rapportage herindicatie BG-I (Waalzicht)
HEADER = [
    "Stichting Sociaal Team Waalzicht",
    "Rapportage onderzoek Wmo | namens de gemeente Waalzicht | Kerkstraat 20, 4181 BA Waalzicht",
]
OPTIONS = {"font": "Verdana", "size": 9}
BLOCKS = [
    ("b", "RAPPORTAGE ONDERZOEK WMO: HERINDICATIE BG-I"),
    ("p", "Cliënt: dhr. D. Mulder, geb. 03-08-2001\nAdres: Rozenstraat 4a, 4181 CE Waalzicht\nDossiernr.: STW-2026-0457\nSoort onderzoek: herindicatie BG-I (huidige indicatie loopt t/m 31-03-2026)"),
    ("b", "Gesprek"),
    ("p", "Datum gesprek: 10-03-2026\nLocatie: bij cliënt thuis\nAanwezig: dhr. Mulder; mw. A. Mulder (moeder); K. Yilmaz, consulent STW\nCliëntondersteuning: gewezen op gratis onafhankelijke cliëntondersteuning (MEE Rivierenland). Dhr. wil dit niet; moeder ondersteunt hem in het gesprek.\nPersoonlijk plan: gewezen op de mogelijkheid. Niet ingediend."),
    ("b", "Hulpvraag"),
    ("p", "Dhr.: \"Ik wil zelf mijn post en mijn afspraken bijhouden en niet weer in de problemen komen. En ik wil overdag iets te doen hebben.\""),
    ("b", "Leefgebieden"),
    ("table", [
        ["Leefgebied", "Situatie", "Beperking"],
        ["Financiën / administratie", "Sinds jan. 2026 beschermingsbewind (Bewindvoering Rivierland). Vaste lasten lopen via bewind.", "zie indicatie 2024"],
        ["Wonen / huishouden", "Woont sinds 2024 zelfstandig in studio. Studio ziet er verzorgd uit.", "zie indicatie 2024"],
        ["Dagbesteding / werk", "Geen werk. Wajong. Oriënteert zich op vrijwilligerswerk bij de kringloopwinkel.", "zie indicatie 2024"],
        ["Sociale contacten", "Ziet moeder 1x/week. Eén vriend (buurman).", "zie indicatie 2024"],
        ["Gezondheid", "ASS. Geen behandeling.", "zie indicatie 2024"],
    ]),
    ("b", "Afweging"),
    ("table", [
        ["Laag", "Bevinding"],
        ["Eigen kracht", "Doet zelf boodschappen en kookt. Gebruikt agenda op telefoon, maar vergeet die te openen. Post openen en afspraken nakomen lukt niet zonder hulp: in 2025 2x afspraak UWV gemist."],
        ["Gebruikelijke hulp", "Woont alleen, geen huisgenoten."],
        ["Mantelzorg", "Moeder (58) sorteert 1x/week de post. Werkt fulltime. Kan en wil niet meer doen; geeft aan dat ze dit al 6 jaar doet en op is."],
        ["Sociaal netwerk", "Vriend (buurman) gamet met dhr. Helpt niet met post of afspraken; dhr. wil dat ook niet."],
        ["Algemene voorziening", "-"],
        ["Voorliggend", "Bewind (kantonrechter) regelt geld, niet de post, afspraken en weekplanning. Geen Wlz. Geen behandeling via Zvw; dhr. wil geen GGZ-traject."],
    ]),
    ("b", "Ondersteuningsbehoefte"),
    ("p", "Begeleiding bij post, afspraken en weekplanning. Voortzetting BG-I."),
    ("b", "Conclusie / advies"),
    ("p", "Advies: herindicatie BG-I, ZIN via Zorggroep De Linde, per 01-04-2026 voor 12 mnd. Reden: zonder begeleiding blijft post liggen en mist dhr. afspraken; moeder kan dit niet langer opvangen. Doel: dhr. opent zelf wekelijks zijn post en houdt zijn agenda bij. PGB besproken: dhr. kiest ZIN. Eigen bijdrage CAK besproken."),
    ("b", "Afspraken / acties"),
    ("p", "- Toewijzing via iWmo naar De Linde; BSN 628194821 en geboortedatum aan De Linde doorgegeven t.b.v. intake.\n- Dhr. gaat op 17-03 kennismaken bij de kringloopwinkel.\n- Consulent stuurt aanvraagformulier mee met deze rapportage."),
    ("p", "Opgesteld: K. Yilmaz, consulent STW, 11-03-2026"),
]
