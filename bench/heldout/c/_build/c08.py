# c08 - stedelijk - beschikking wijziging (verlaging HH van 4 naar 2,5 uur) met overgangstermijn (Rijnstede)
HEADER = [
    "Gemeente Rijnstede",
    "Cluster Maatschappelijke Ondersteuning | Postbus 2500, 3440 AA Rijnstede | telefoon 14 0348 | www.rijnstede.nl",
]
OPTIONS = {"font": "Arial", "size": 10}
BLOCKS = [
    ("p", "Mevrouw W. Berkhout-Sanders\nZonnebloemstraat 19\n3446 VL Rijnstede"),
    ("p", "Datum: 9 februari 2026\nKenmerk: WMO/2026/003318\nOnderwerp: herindicatie huishoudelijke ondersteuning; wijziging van de omvang"),
    ("p", "Geachte mevrouw Berkhout,"),
    ("p", "Bij besluit van 14 maart 2024, kenmerk WMO/2024/011207, heeft het college van burgemeester en wethouders van Rijnstede (hierna: het college) u huishoudelijke ondersteuning toegekend met een omvang van 4 uur per week, geldig tot en met 31 maart 2026. Zoals in dat besluit aangekondigd, heeft het college uw situatie opnieuw onderzocht. Met deze brief deelt het college u mee dat het heeft besloten de omvang van de huishoudelijke ondersteuning te wijzigen."),
    ("h1", "1. Het onderzoek"),
    ("p", "1.1 Op 21 januari 2026 heeft consulent R. Çelik met u en uw echtgenoot een herindicatiegesprek gevoerd bij u thuis. Het verslag van dat gesprek is u op 26 januari 2026 toegezonden. U heeft op 2 februari 2026 telefonisch laten weten dat u zich in de weergave van het gesprek kunt vinden, met dien verstande dat u het niet eens bent met de in het verslag voorgestelde verlaging."),
    ("h1", "2. Overwegingen"),
    ("h2", "2.1 Wat is er sinds het vorige besluit veranderd?"),
    ("p", "2.1.1 Ten tijde van het besluit van 14 maart 2024 herstelde u van een gecompliceerde heupoperatie en werkte uw echtgenoot vijf dagen per week buitenshuis. Uit het onderzoek is gebleken dat beide omstandigheden zijn gewijzigd. U loopt weer zonder hulpmiddel en u kunt de lichte en een deel van de middelzware huishoudelijke taken, zoals afstoffen, de was en het opruimen van de keuken, weer zelf verrichten, terwijl het stofzuigen, het dweilen en het schoonmaken van het sanitair, waarbij gebukt moet worden en zwaar moet worden getild, conform het advies van uw fysiotherapeut niet van u kunnen worden verwacht."),
    ("p", "2.1.2 Uw echtgenoot is per 1 november 2025 met pensioen gegaan. Op grond van artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015 (hierna: Wmo 2015), in samenhang met paragraaf 3.4 van de Beleidsregels maatwerkvoorzieningen Wmo Rijnstede 2024, mag van een inwonende partner die geen betaalde arbeid meer verricht en zelf geen beperkingen heeft, als gebruikelijke hulp worden verwacht dat hij de huishoudelijke taken overneemt die u zelf niet kunt verrichten. Uw echtgenoot heeft tijdens het gesprek aangegeven dat hij de boodschappen, het koken en het verschonen van de bedden voor zijn rekening neemt; het college acht het daarnaast redelijk dat hij het stofzuigen van de benedenverdieping overneemt."),
    ("p", "2.1.3 Uw dochter komt eenmaal per week en neemt de strijk mee naar huis; zij heeft aangegeven dat zij dat blijft doen."),
    ("h2", "2.2 Conclusie"),
    ("p", "2.2.1 Voor het schoonmaken van het sanitair, het dweilen en het stofzuigen van de bovenverdieping resteert een ondersteuningsbehoefte die op grond van de normering in paragraaf 3.2 van de Beleidsregels 2,5 uur per week bedraagt. Op grond van artikel 2.3.10, eerste lid, onder b, van de Wmo 2015 en artikel 21 van de Verordening maatschappelijke ondersteuning Rijnstede 2022 is het college bevoegd het besluit van 14 maart 2024 te herzien, nu u niet langer in de toegekende omvang op de huishoudelijke ondersteuning bent aangewezen."),
    ("h2", "2.3 Overgangstermijn"),
    ("p", "2.3.1 Het college acht het redelijk u een overgangstermijn te gunnen, zodat u en uw echtgenoot de taken anders kunnen verdelen en uw echtgenoot zich de nieuwe taken eigen kan maken. Tot en met 31 mei 2026 behoudt u daarom de huidige 4 uur per week."),
    ("h1", "3. Besluit"),
    ("p", "Het college besluit:"),
    ("p", "I. het besluit van 14 maart 2024, kenmerk WMO/2024/011207, met ingang van 1 juni 2026 te herzien;"),
    ("p", "II. u met ingang van 1 juni 2026 tot en met 31 mei 2028 in principe 2,5 uur huishoudelijke ondersteuning per week toe te kennen, als zorg in natura te leveren door Thuiszorg De Rijnhof;"),
    ("p", "III. dat u tot en met 31 mei 2026 de huidige huishoudelijke ondersteuning van 4 uur per week behoudt."),
    ("table", [
        ["Periode", "Omvang", "Leveringsvorm", "Aanbieder"],
        ["tot en met 31 mei 2026", "4 uur per week", "zorg in natura", "Thuiszorg De Rijnhof"],
        ["1 juni 2026 tot en met 31 mei 2028", "2,5 uur per week", "zorg in natura", "Thuiszorg De Rijnhof"],
    ]),
    ("h1", "4. Eigen bijdrage en persoonsgebonden budget"),
    ("p", "De eigen bijdrage die het CAK voor de huishoudelijke ondersteuning bij u int, verandert door dit besluit niet. Indien u de ondersteuning liever zelf inkoopt, kunt u het college verzoeken de ondersteuning in de vorm van een persoonsgebonden budget te verstrekken."),
    ("h1", "5. Bezwaar"),
    ("p", "Indien u het niet eens bent met dit besluit, kunt u op grond van artikel 6:7, tweede lid, van de Algemene wet bestuursrecht binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Rijnstede, Postbus 2500, 3440 AA Rijnstede, of digitaal met DigiD via www.rijnstede.nl/bezwaar. Het bezwaarschrift wordt ondertekend en bevat ten minste uw naam en adres, de datum, een omschrijving van het besluit waartegen het bezwaar zich richt en de redenen van het bezwaar. Heeft u een spoedeisend belang, dan kunt u de voorzieningenrechter van de rechtbank verzoeken een voorlopige voorziening te treffen."),
    ("p", "Het college van burgemeester en wethouders van Rijnstede,\nnamens deze,"),
    ("p", "drs. A.C. Vermeulen-Tjon\nteamleider Maatschappelijke Ondersteuning"),
]
