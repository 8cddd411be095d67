"""Bouwt de .docx-concepten h29, h31, h34, h37, h39, h40 (h3)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent

def base(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(2.5); s.right_margin = Cm(2.2)
    return d

def lines(d, text, bold=False, align=None, size=None):
    for t in text.strip("\n").split("\n"):
        p = d.add_paragraph()
        r = p.add_run(t); r.bold = bold
        if size: r.font.size = Pt(size)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()

def para(d, text, style=None):
    return d.add_paragraph(text, style=style) if style else d.add_paragraph(text)

def boldpara(d, text):
    p = d.add_paragraph(); p.add_run(text).bold = True; return p

def table(d, rows, style="Table Grid", header=True):
    t = d.add_table(rows=0, cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            if header and i == 0: run.bold = True
    d.add_paragraph()
    return t

# ---------------------------------------------------------------- h29
def h29():
    d = base("Arial", 10.5)
    lines(d, "Gemeente Kalkdaal\nTeam Wmo en Welzijn\nPostbus 7\n6295 ZG Kalkdaal", bold=False)
    lines(d, "Mevrouw G.M. Vankan-Bours\nHoofdstraat 121\n6295 AL Kalkdaal-Wittem")
    table(d, [["Datum", "15 december 2025"],
              ["Ons kenmerk", "WMO-2025-05377"],
              ["Contactpersoon", "Roel Hermans, Wmo-consulent, 045 - 544 81 23"],
              ["Onderwerp", "Besluit huishoudelijke ondersteuning"]], style="Table Grid", header=False)
    para(d, "Beste mevrouw Vankan,")
    para(d, "U heeft hulp gevraagd bij het schoonmaken van uw huis. Wij hebben uw vraag bekeken. U krijgt 3 uur hulp per week. In deze brief leggen wij uit waarom.")
    d.add_heading("Wat heeft u gevraagd?", level=2)
    para(d, "Op 10 november 2025 belde u met de gemeente. U zei dat het schoonmaken niet meer lukt sinds uw longziekte erger is geworden. Op 19 november 2025 hebben wij met u en uw man gesproken, bij u thuis. U kreeg het verslag van dat gesprek op 25 november 2025. U heeft het verslag op 3 december 2025 getekend teruggestuurd. Dat was ook uw aanvraag.")
    d.add_heading("Wat kunt u zelf?", level=2)
    para(d, "U bent na een paar minuten stofzuigen al buiten adem. Dweilen, de badkamer schoonmaken en de bedden verschonen lukken daarom niet meer. Afwassen, koken en de was opvouwen doet u wel zelf. U doet dat zittend aan de keukentafel en met pauzes. Dat blijft u zelf doen.")
    d.add_heading("Kan uw man helpen?", level=2)
    para(d, "Uw man is 79 jaar. Hij heeft zelf hartklachten en mag van zijn arts geen zwaar werk doen. Hij doet de boodschappen met de auto en hij zet de vuilniszakken buiten. Zwaar schoonmaakwerk kan hij niet van u overnemen.")
    d.add_heading("Kunnen uw kinderen helpen?", level=2)
    para(d, "Uw zoon woont in Roermond en werkt fulltime. Hij komt elke zondag en doet dan de tuin. Uw dochter woont in Duitsland, in Aken. Zij belt vaak, maar kan niet wekelijks komen. Zij kunnen het schoonmaken dus niet doen.")
    d.add_heading("Zijn er andere mensen die kunnen helpen?", level=2)
    para(d, "De buurvrouw haalt soms iets bij de bakker voor u. Elke week schoonmaken kan zij niet, zij is zelf 84. Een vrijwilliger van De Zonnebloem komt één keer per maand op bezoek. Die helpt niet in het huishouden.")
    d.add_heading("Zijn er andere oplossingen?", level=2)
    para(d, "Wij hebben gekeken naar de Klussendienst van Vrijwilligerscentrale Heuvelland. Die doet kleine klussen, zoals een lamp ophangen. Wekelijks schoonmaken doet de Klussendienst niet. De wijkverpleging komt al elke ochtend om u te helpen met uw steunkousen; dat betaalt uw zorgverzekering. Hulp in het huishouden hoort niet bij de zorgverzekering. Daarom bekijken wij dat vanuit de Wmo.")
    d.add_heading("Wat hebben wij besloten?", level=2)
    para(d, "Wij kennen u huishoudelijke ondersteuning toe. U kunt het zware schoonmaakwerk niet meer zelf doen, en uw man, uw kinderen en de buurvrouw kunnen het niet overnemen. Er is ook geen andere voorziening die het oplost.")
    table(d, [["Wat krijgt u?", "Huishoudelijke ondersteuning: stofzuigen, dweilen, sanitair en bedden verschonen"],
              ["Hoeveel?", "3 uur per week"],
              ["Vanaf wanneer?", "1 januari 2026"],
              ["Tot wanneer?", "31 december 2027"],
              ["Hoe?", "Zorg in natura van Thuiszorg Mergelland"]], header=False)
    para(d, "Waarom 3 uur? Uw huis heeft een woonkamer, een keuken en boven drie slaapkamers en een badkamer. Volgens de Beleidsregels Wmo Kalkdaal 2025 is voor een huis als dat van u 3 uur per week nodig, als u zelf het lichte werk blijft doen.")
    d.add_heading("Wilt u de hulp zelf regelen?", level=2)
    para(d, "Dat kan. U kunt kiezen voor een persoonsgebonden budget (pgb). Dan koopt u de hulp zelf in. Wilt u dat? Bel dan met Roel Hermans. Hij legt u uit hoe dat werkt.")
    d.add_heading("Moet u iets betalen?", level=2)
    para(d, "Ja. U betaalt een eigen bijdrage. Het CAK berekent die en stuurt u de rekening. U krijgt daarover een brief van het CAK.")
    d.add_heading("Op welke regels is dit besluit gebaseerd?", level=2)
    para(d, "Artikel 2.3.5, derde lid, en artikel 2.1.4 van de Wet maatschappelijke ondersteuning 2015. Artikel 7 en artikel 13 van de Verordening maatschappelijke ondersteuning Kalkdaal 2024.")
    d.add_heading("Bent u het niet eens met dit besluit?", level=2)
    para(d, "Dan kunt u bezwaar maken. Dat moet binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar het college van burgemeester en wethouders van Kalkdaal, Postbus 7, 6295 ZG Kalkdaal. Schrijf in uw brief:")
    for t in ["uw naam en adres;", "de datum;", "het kenmerk van deze brief;", "waarom u het niet eens bent met het besluit."]:
        para(d, t, style="List Bullet")
    para(d, "Zet uw handtekening onder de brief. Heeft u snel een oplossing nodig? Dan kunt u ook de voorzieningenrechter van de rechtbank Limburg vragen om een voorlopige voorziening.")
    para(d, "Met vriendelijke groet,")
    para(d, "namens het college van burgemeester en wethouders van Kalkdaal,")
    lines(d, "\nJ.P.M. Crombach\nteamleider Wmo en Welzijn")
    d.save(OUT / "h29.docx")

# ---------------------------------------------------------------- h31
def h31():
    d = base("Verdana", 10)
    lines(d, "GEMEENTE KALKDAAL", bold=True, size=14)
    lines(d, "Mevrouw C.A.M. Vliegen-Pluijmen\nSint Gerlachstraat 5\n6295 EL Kalkdaal")
    lines(d, "Datum: 24 november 2025\nKenmerk: WMO-2025-03871 (herindicatie)\nOnderwerp: wijziging van uw huishoudelijke ondersteuning")
    para(d, "Beste mevrouw Vliegen,")
    para(d, "U krijgt nu 4 uur huishoudelijke ondersteuning per week. Na twee jaar kijken wij altijd opnieuw of de hulp nog past. Dat hebben wij nu gedaan. In deze brief leest u wat wij hebben besloten.")
    d.add_heading("Hoe hebben wij uw situatie bekeken?", level=3)
    para(d, "Op 4 november 2025 heeft Wmo-consulent Sandra Bemelmans met u en uw man gesproken, bij u thuis. Het verslag van dit gesprek hebben wij u op 10 november 2025 gestuurd. U heeft daar niet op gereageerd.")
    d.add_heading("Wat kunt u zelf?", level=3)
    para(d, "Uw man is sinds 1 september 2025 met pensioen. Hij is gezond en de hele week thuis.")
    d.add_heading("Kan uw man helpen?", level=3)
    para(d, "Ja. Toen u de hulp kreeg in 2023, werkte uw man nog fulltime als vrachtwagenchauffeur. Hij was dan vier nachten per week van huis. Nu is hij thuis. Van een gezonde partner die thuis is, verwachten wij dat hij het gewone huishouden grotendeels overneemt. Uw man doet al de boodschappen en de was. Hij kan ook stofzuigen en dweilen. Dat heeft hij in het gesprek zelf gezegd.")
    para(d, "Uw man heeft wel last van zijn schouder. Hij kan daardoor niet boven zijn hoofd werken. De badkamer en het toilet grondig schoonmaken en de bedden verschonen blijven daarom nodig. Daar is 2,5 uur per week voor nodig.")
    d.add_heading("Kunnen uw kinderen of anderen helpen?", level=3)
    para(d, "Uw dochter woont in Brunssum en werkt vier dagen in de week. Zij komt elke twee weken op woensdagmiddag en neemt dan de ramen aan de binnenkant mee. Meer lukt haar niet naast haar werk en haar eigen gezin. Uw buren helpen niet in huis. U heeft gezegd dat u dat ook niet wilt vragen, omdat zij zelf oud zijn.")
    d.add_heading("Zijn er andere oplossingen?", level=3)
    para(d, "Een glazenwasser voor de buitenkant heeft u al zelf, dat is gewoon in Kalkdaal. De Klussendienst van Vrijwilligerscentrale Heuvelland doet geen wekelijkse schoonmaak. De zorgverzekering betaalt geen hulp in het huishouden. U heeft geen indicatie voor de Wet langdurige zorg.")
    d.add_heading("Wat hebben wij besloten?", level=3)
    para(d, "Wij verlagen uw huishoudelijke ondersteuning van 4 uur naar 2,5 uur per week. De nieuwe omvang geldt vanaf 1 december 2025. De hulp blijft komen van Thuiszorg Mergelland, als zorg in natura. De indicatie loopt tot en met 30 november 2027.")
    para(d, "Waarom? Uw man is nu thuis en kan het stofzuigen, dweilen en de boodschappen doen. Alleen het werk dat hij door zijn schouder niet kan, krijgt u nog van de thuiszorg.")
    d.add_heading("Op welke regels is dit besluit gebaseerd?", level=3)
    para(d, "Artikel 2.3.9 en artikel 2.3.10, eerste lid, onder b, van de Wet maatschappelijke ondersteuning 2015, artikel 7 en artikel 14 van de Verordening maatschappelijke ondersteuning Kalkdaal 2024 en hoofdstuk 3 van de Beleidsregels Wmo Kalkdaal 2025 (gebruikelijke hulp).")
    d.add_heading("Bent u het niet eens met dit besluit?", level=3)
    para(d, "Dan kunt u binnen vier weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Kalkdaal, Postbus 7, 6295 ZG Kalkdaal. Schrijf in uw brief waarom u het niet eens bent, en zet uw naam, adres, de datum en het kenmerk erbij. Vergeet uw handtekening niet.")
    para(d, "Met vriendelijke groet,")
    para(d, "namens het college van burgemeester en wethouders van Kalkdaal,")
    lines(d, "\nM.H.G. Kleijnen\ncoördinator Sociaal Domein")
    d.save(OUT / "h31.docx")

# ---------------------------------------------------------------- h34
def h34():
    d = base("Times New Roman", 11)
    lines(d, "Intergemeentelijke Sociale Dienst Fivelboarg\nvoor de gemeenten Fivelmond en Damsterzijl\nPostbus 112 - 9930 AC Fivelmond - 0596 - 63 20 00", size=9)
    lines(d, "De heer en mevrouw Van der Veen-Bolt\nHoofdweg 212\n9937 RG Fivelmond-Siddeburen")
    lines(d, "Datum: 19 januari 2026\nOns kenmerk: ISD/WMO/2025/12802 en 12803\nOnderwerp: toekenning traplift en huishoudelijke ondersteuning")
    para(d, "Geachte mevrouw Van der Veen,")
    para(d, "Op 1 december 2025 heeft u zich bij de ISD gemeld voor een traplift en voor hulp in het huishouden. Consulent G. Meijer heeft op 9 december 2025 van 9.30 tot 10.45 uur bij u thuis met u en uw echtgenoot gesproken; ergotherapeut M. Doornbos van Hulpmiddelencentrum Noord heeft op 16 december 2025 de trap opgemeten. U heeft het verslag van het onderzoek op 22 december 2025 ontvangen en het op 6 januari 2026 ondertekend teruggestuurd als aanvraag. Het verslag is bij deze brief gevoegd en maakt deel uit van dit besluit.")
    para(d, "U bent 77 jaar en heeft door artrose in beide knieën en heupen forse pijn bij traplopen. U doet nu 4 tot 5 minuten over de 13 treden naar boven en moet halverwege 2 keer stoppen. In de afgelopen 6 maanden bent u 1 keer op de trap gevallen. Uw slaapkamer en de enige badkamer met toilet liggen op de eerste verdieping. Binnenshuis loopt u met een rollator op de benedenverdieping van 48 m2. Stofzuigen, dweilen en het schoonmaken van badkamer en toilet lukken niet meer; u houdt het aanrecht bij, doet de afwas en vouwt de was op, zittend en met tussenpozen van 10 minuten. Dat blijft u zelf doen.")
    para(d, "Uw echtgenoot is 82 jaar en heeft COPD; na 2 minuten stofzuigen is hij buiten adem. Hij kookt, doet met de auto 2 keer per week boodschappen (de supermarkt ligt op 3,4 km) en draagt de was naar boven. Meer kan hij niet overnemen; het zware schoonmaakwerk en u op de trap ondersteunen kan hij lichamelijk niet. Uw zoon woont in Assen (52 km) en werkt fulltime; hij komt 1 keer per 3 weken een zaterdag en doet dan klussen en de tuin. Uw dochter woont in Leeuwarden (80 km), heeft 3 kinderen en een baan van 28 uur; zij helpt met de administratie op afstand. Schoonmaken of dagelijks helpen op de trap kunnen zij door afstand en werk niet. De buren (2 huizen verderop, 150 m) brengen af en toe soep, maar kunnen geen vaste hulp bieden; vanuit de kerk komt maandelijks iemand op bezoek.")
    para(d, "U heeft met de consulent gekeken naar verhuizen naar een gelijkvloerse woning. Woonstichting Fivelgoed heeft in Siddeburen 14 seniorenwoningen; de gemiddelde wachttijd is 4,5 jaar en er is geen urgentie mogelijk. Een slaapkamer beneden kan niet: de benedenverdieping bestaat uit een woonkamer met open keuken en een bijkeuken van 4 m2, zonder douche. De traplift is daarom de goedkoopst compenserende oplossing. Een algemene voorziening die een traplift vervangt, bestaat niet; de Boodschappen- en Klussendienst van Stichting Welzijn Fivelboarg doet geen wekelijkse schoonmaak, en de Maaltijdservice is niet nodig omdat uw man kookt. De zorgverzekering vergoedt geen traplift en geen huishoudelijke hulp. Persoonlijke verzorging heeft u niet nodig; wijkverpleging of een Wlz-indicatie is niet aan de orde.")
    boldpara(d, "Besluit")
    para(d, "Het college kent u de volgende maatwerkvoorzieningen toe:")
    table(d, [["Voorziening", "Omvang", "Periode", "Leveringsvorm"],
              ["Traplift (rechte trap, 13 treden)", "1 traplift, geplaatst en onderhouden", "vanaf plaatsing, uiterlijk 1 april 2026; voor zolang u de lift nodig heeft in deze woning", "in bruikleen, zorg in natura via Hulpmiddelencentrum Noord"],
              ["Huishoudelijke ondersteuning", "2,5 uur per week", "1 februari 2026 tot en met 31 januari 2028", "zorg in natura via Zorgkracht Noord"]])
    para(d, "De traplift kennen wij toe omdat u de trap niet meer veilig op komt, uw man u daarbij niet kan helpen en verhuizen of een slaapkamer beneden geen reële oplossing is. De huishoudelijke ondersteuning kennen wij toe omdat u en uw man het zware schoonmaakwerk niet kunnen en uw kinderen en buren het niet kunnen overnemen. Volgens het normenkader in de Beleidsregels maatschappelijke ondersteuning ISD Fivelboarg 2025 is voor uw woning van 96 m2 met 1 badkamer 2,5 uur per week nodig, omdat u de lichte taken zelf doet.")
    para(d, "U kunt in plaats van zorg in natura kiezen voor een persoonsgebonden budget (pgb) om de traplift of de hulp zelf in te kopen. Wilt u dat, neem dan binnen 4 weken contact op met de consulent; u krijgt dan een nieuw besluit met de hoogte van het budget.")
    para(d, "Voor beide voorzieningen samen betaalt u één eigen bijdrage, het abonnementstarief per maand. Het CAK stelt de bijdrage vast en int deze; u ontvangt daarover bericht van het CAK.")
    para(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, en artikel 2.1.4 van de Wet maatschappelijke ondersteuning 2015 en op de artikelen 4.1, 4.5 en 6.1 van de Verordening maatschappelijke ondersteuning Fivelmond 2023.")
    para(d, "Bent u het niet eens met dit besluit, dan kunt u binnen 6 weken na de verzenddatum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Fivelmond, per adres ISD Fivelboarg, Postbus 112, 9930 AC Fivelmond. Zet in uw bezwaarschrift uw naam, adres, de datum, het kenmerk en de reden van uw bezwaar, en onderteken het. Bij spoed kunt u de voorzieningenrechter van de rechtbank Noord-Nederland vragen om een voorlopige voorziening.")
    para(d, "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Fivelmond,")
    lines(d, "\nG. Meijer\nconsulent Wmo, ISD Fivelboarg")
    para(d, "Bijlage: verslag van onderzoek d.d. 22 december 2025")
    d.save(OUT / "h34.docx")

# ---------------------------------------------------------------- h37
def h37():
    d = base("Arial", 10)
    lines(d, "ISD Fivelboarg\nPostbus 112\n9930 AC Fivelmond", bold=True)
    lines(d, "Mevrouw R. Huizinga\nSingel 40\n9934 BA Fivelmond")
    lines(d, "Datum: 15 januari 2026\nKenmerk: ISD/WMO/2024/08812-E\nOnderwerp: beëindiging huishoudelijke ondersteuning")
    para(d, "Geachte mevrouw Huizinga,")
    para(d, "Sinds 1 juli 2024 ontvangt u 3 uur huishoudelijke ondersteuning per week van Zorgkracht Noord, toegekend tot en met 30 juni 2026 na uw heupoperatie. In het toekenningsbesluit is afgesproken dat wij na 18 maanden zouden kijken hoe het met u gaat. Consulent A. Wierenga heeft daarvoor op 17 december 2025 van 14.00 tot 14.50 uur met u gesproken bij u thuis. Het verslag van dat gesprek heeft u op 23 december 2025 ontvangen; u heeft het op 5 januari 2026 ondertekend teruggestuurd met de opmerking dat u het bed verschonen nog zwaar vindt.")
    para(d, "U heeft in het gesprek verteld dat u na de operatie aan uw linkerheup en 24 behandelingen fysiotherapie weer zonder stok loopt, dagelijks 2 km wandelt en sinds oktober 2025 weer op de fiets naar de markt gaat. U gebruikt nog paracetamol 500 mg 3 keer per dag en bij pijn 's avonds tramadol 50 mg. U vertelde ook dat u in 2019 en 2020 onder behandeling was bij de GGZ voor een depressie, en dat het nu goed met u gaat. U stofzuigt en dweilt de benedenverdieping zelf in 2 keer per week ongeveer 40 minuten, en u maakt badkamer en toilet zelf schoon. Het verschonen van het bed en de ramen lukken nog niet goed, omdat u daarvoor moet bukken en reiken.")
    para(d, "U woont alleen in een benedenwoning van 64 m2, er zijn geen huisgenoten. De mogelijkheden van uw familie en uw sociale netwerk voor het verschonen van het bed zijn tijdens het gesprek met u doorgenomen. Voor de ramen kunt u gebruik maken van een glazenwasser; dat is in Fivelmond gebruikelijk en kost in uw straat ongeveer € 12,50 per 4 weken. De Boodschappen- en Klussendienst van Stichting Welzijn Fivelboarg kan eens per maand helpen bij lastige klussen. De wijkverpleging is in november 2025 gestopt, omdat u zich weer zelf wast en aankleedt; voorliggende zorg vanuit de Zvw of Wlz is er daarom niet en ook niet nodig.")
    para(d, "Omdat u het stofzuigen, dweilen en het sanitair nu zelf doet en dit 2 keer per week goed lukt, is er geen noodzaak meer voor huishoudelijke ondersteuning. Het college beëindigt daarom uw huishoudelijke ondersteuning. Om u tijd te geven uw week opnieuw in te delen en het verschonen van het bed te regelen, loopt de hulp nog 6 weken door, tot en met 28 februari 2026. Vanaf 1 maart 2026 ontvangt u geen huishoudelijke ondersteuning meer. Zorgkracht Noord is hiervan op de hoogte. Vanaf maart 2026 betaalt u hiervoor ook geen eigen bijdrage meer; het CAK krijgt dit van ons door.")
    para(d, "Dit besluit is genomen op grond van artikel 2.3.9 en artikel 2.3.10, eerste lid, onder b, van de Wet maatschappelijke ondersteuning 2015 en artikel 4.9 van de Verordening maatschappelijke ondersteuning Fivelmond 2023.")
    para(d, "Bent u het niet eens met dit besluit, dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Fivelmond, per adres ISD Fivelboarg, Postbus 112, 9930 AC Fivelmond. Vermeld uw naam, adres, datum, het kenmerk en waarom u het er niet mee eens bent, en onderteken de brief. Bij een spoedeisend belang kunt u de voorzieningenrechter van de rechtbank Noord-Nederland om een voorlopige voorziening vragen.")
    para(d, "Met vriendelijke groet,")
    para(d, "het college van burgemeester en wethouders van Fivelmond,\nnamens deze,")
    lines(d, "\nA. Wierenga\nconsulent Wmo ISD Fivelboarg")
    d.save(OUT / "h37.docx")

# ---------------------------------------------------------------- h39
def h39():
    d = base("Calibri", 11)
    p = d.add_paragraph(); r = p.add_run("Gemeente Aaveld"); r.bold = True; r.font.size = Pt(16)
    lines(d, "Toegangsteam 18+ | Postbus 40 | 6991 AA Aaveld | 026 - 318 24 00", size=9)
    lines(d, "Noor Bakkali\nIJsselkade 22, kamer 4\n6992 KT Aaveld")
    lines(d, "Datum: 2 februari 2026\nZaaknummer: Z-2025-09940\nOnderwerp: je aanvraag voor begeleiding")
    para(d, "Hoi Noor,")
    para(d, "Je hebt begeleiding aangevraagd nu je 18 bent en zelfstandig woont. Je krijgt 4 uur begeleiding per week. Hieronder lees je hoe we tot dit besluit zijn gekomen.")
    d.add_heading("Ons gesprek", level=2)
    para(d, "Op 12 januari 2026 hebben we met je gepraat op je kamer aan de IJsselkade. Je mentor van de jeugdhulp, Bas Hendriks, was erbij. Je bewindvoerder, mevrouw De Lange van Bewindvoering Rijnstroom, heeft telefonisch informatie gegeven. Het verslag van het gesprek heb je op 16 januari 2026 gekregen. Je hebt het op 23 januari getekend, en daarmee de begeleiding aangevraagd.")
    d.add_heading("Wat wil je bereiken?", level=2)
    para(d, "Je wilt op je kamer blijven wonen en niet terug naar het gezinshuis. Je wilt je eigen huishouden leren runnen en je afspraken zelf halen.")
    d.add_heading("Wat zagen we?", level=2)
    para(d, "Je hebt last van angst en somberheid. Als je je slecht voelt, blijf je in bed en laat je alles liggen: je afwas, je post en je afspraken bij school en de huisarts. Twee keer heb je in de herfst je vuilnis een maand niet weggebracht, en de woningcorporatie heeft je daarover een brief gestuurd.")
    para(d, "Er gaat ook veel goed. Je gaat vier dagen per week naar je mbo-opleiding Helpende Zorg en Welzijn. Je kookt zelf en je houdt je kamer schoon als het goed met je gaat. Je hebt een weekschema op je koelkast gemaakt. Dat werkt, maar alleen als iemand het elke week met je doorloopt.")
    d.add_heading("Wie kan je helpen?", level=2)
    for t in [
        "Je woont alleen op je kamer. Er zijn geen huisgenoten die dingen voor je kunnen doen; de andere bewoners deel je alleen de keuken mee.",
        "Je moeder woont in Nijmegen. Jullie hebben weinig contact en zij kan je nu niet helpen. Je tante Samira belt je elke zondag en je eet één keer per maand bij haar. Ze helpt je graag met koken, maar elke week plannen lukt haar niet naast haar werk en haar vier kinderen.",
        "Je vriendin Lotte woont in hetzelfde huis. Jullie gaan samen naar de sportschool. Zij is een steun, maar kan je begeleiding niet overnemen.",
        "Je geld regelt je bewindvoerder. Je krijgt elke week leefgeld. Die hulp is al geregeld via de kantonrechter; daarvoor heb je vanuit de Wmo niets nodig.",
    ]:
        para(d, t, style="List Bullet")
    d.add_heading("Zijn er andere oplossingen?", level=2)
    para(d, "Je hebt gekeken of je langer jeugdhulp kon houden (verlengde jeugdhulp tot je 21e). Dat wil je niet, omdat dat alleen kan als je in het gezinshuis blijft wonen. Je praatgesprekken bij de GGZ lopen via je zorgverzekering en gaan door. Daar helpen ze je met je angst, niet met plannen in je huishouden.")
    para(d, "Bij de inloop van Het Huis van Aaveld kun je elke dinsdagmiddag gratis terecht met vragen over post en formulieren. Dat gaan we samen met je inzetten. Maar de inloop komt niet bij je thuis en kijkt niet elke week met je naar je planning. Daarvoor is begeleiding nodig.")
    d.add_heading("Ons besluit", level=2)
    para(d, "Je krijgt individuele begeleiding. Dat is nodig, omdat je zonder wekelijkse hulp je huishouden en afspraken laat liggen als het minder goed gaat, en je tante, je vriendin en de inloop dat niet kunnen opvangen.")
    table(d, [["Wat", "Individuele begeleiding bij je huishouden, planning en afspraken"],
              ["Hoeveel", "4 uur per week"],
              ["Van", "1 maart 2026"],
              ["Tot en met", "28 februari 2027"],
              ["Wie", "Zorg in natura van Lindeborg Begeleiding, Aaveld"]], style="Light List Accent 1", header=False)
    para(d, "Het doel is dat je over een jaar je weekplanning zelf maakt en je post zelf opent en doorgeeft aan je bewindvoerder. Bas draagt je over aan je nieuwe begeleider in de laatste week van februari.")
    d.add_heading("Zelf je hulp inkopen?", level=2)
    para(d, "Dat kan ook, met een persoonsgebonden budget (pgb). Je bewindvoerder moet je dan helpen met de administratie. Wil je dat? Bel ons dan.")
    d.add_heading("Betalen", level=2)
    para(d, "Voor begeleiding betaal je een eigen bijdrage. Dat is een vast bedrag per maand, het abonnementstarief. Het CAK rekent dit uit en stuurt de rekening. Je bewindvoerder krijgt daar ook bericht van.")
    d.add_heading("Regels", level=2)
    para(d, "We hebben dit besloten op grond van artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 en de artikelen 6 en 8 van de Verordening maatschappelijke ondersteuning Aaveld 2025. De eigen bijdrage staat in artikel 2.1.4 van die wet en artikel 14 van de verordening.")
    d.add_heading("Niet eens met dit besluit?", level=2)
    para(d, "Dan kun je bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. Stuur een brief naar het college van burgemeester en wethouders van Aaveld, Postbus 40, 6991 AA Aaveld. Zet erin: je naam en adres, de datum, het zaaknummer en waarom je het er niet mee eens bent. Onderteken de brief. Je bewindvoerder of Bas mag je helpen. Is het dringend? Dan kun je de voorzieningenrechter van de rechtbank Gelderland vragen om een voorlopige voorziening.")
    para(d, "Vragen? Bel of app Sanne Ouwerkerk, consulent Jong Volwassenen: 06 - 41 22 87 90.")
    para(d, "Groeten,")
    para(d, "namens het college van burgemeester en wethouders van Aaveld,")
    lines(d, "\nR.J. Tijssen\nteammanager Toegang 18+")
    para(d, "Kopie: mevrouw De Lange, bewindvoerder (met toestemming van Noor)")
    d.save(OUT / "h39.docx")

# ---------------------------------------------------------------- h40
def h40():
    d = base("Calibri", 10.5)
    d.add_heading("Onderzoeksverslag Wmo - beschermd wonen", level=1)
    para(d, "Gemeente Aaveld, Toegangsteam 18+ / Team Beschermd Wonen en Opvang")
    table(d, [["Cliënt", "de heer T. (Thijs) van Rijswijk, geboren 8 augustus 2001"],
              ["Adres", "p/a ouders, Beukenlaan 3, 6995 AR Aaveld"],
              ["Zaaknummer", "Z-2026-00102"],
              ["Datum gesprek", "27 januari 2026"],
              ["Plaats", "kantoor Toegangsteam, Markt 1, Aaveld"],
              ["Aanwezig", "meneer Van Rijswijk; mevrouw P. Jansen (trajectbegeleider FACT-team Rivierduinen-Oost); de heer K. Vos (bewindvoerder, Vos Bewind & Budget); consulent L. de Graaf"],
              ["Cliëntondersteuning", "Meneer is gewezen op gratis onafhankelijke cliëntondersteuning (MEE Gelderse Poort). Hij wilde dat niet; zijn trajectbegeleider ondersteunt hem."],
              ["Persoonlijk plan", "Meneer is gewezen op de mogelijkheid van een persoonlijk plan. Hij heeft geen plan ingediend."]], header=False)
    d.add_heading("Hulpvraag", level=2)
    para(d, "Het FACT-team en de bewindvoerder vragen een indicatie beschermd wonen aan, omdat de thuissituatie na ontslag uit de kliniek niet houdbaar is. De bewindvoerder vraagt daarnaast om een plek waar toezicht is op de besteding van het leefgeld.")
    d.add_heading("Medische gegevens", level=2)
    for t in ["Diagnose: schizofrenie (paranoïde type), sinds 2020.",
              "Stoornis in cannabisgebruik, matig, in vroege remissie.",
              "Opnames: 2020 (IBS, 3 weken), 2022 (zorgmachtiging, 5 maanden), juli - december 2025 (vrijwillig, kliniek Rivierduinen-Oost).",
              "Medicatie: clozapine 300 mg per dag, biperideen 2 mg; bloedcontrole elke 4 weken.",
              "Somatisch: overgewicht, prediabetes."]:
        para(d, t, style="List Bullet")
    d.add_heading("Gezinssituatie", level=2)
    para(d, "-")
    d.add_heading("Eigen kracht", level=2)
    para(d, "Meneer kan zichzelf verzorgen en kleden als hij daaraan herinnerd wordt. Hij kan eenvoudige maaltijden maken. Hij gaat zelfstandig met de bus naar de poli. Een dag zelf indelen lukt hem niet: zonder vaste structuur blijft hij tot de middag in bed en slaat hij maaltijden over. Hij heeft in 2024 een half jaar zelfstandig gewoond met ambulante begeleiding van 3 uur per week; dat liep mis door huurachterstand en een terugval. Meneer zegt zelf dat hij ‘iemand in de buurt’ nodig heeft als hij onrustig wordt.")
    d.add_heading("Mantelzorg", level=2)
    para(d, "Zijn zus woont in Arnhem, werkt fulltime en heeft een baby. Zij belt meneer elke week en gaat mee naar belangrijke afspraken bij het FACT-team. Dagelijkse zorg of toezicht kan zij niet bieden.")
    d.add_heading("Sociaal netwerk", level=2)
    para(d, "Meneer heeft weinig vrienden meer; het contact met zijn oude vriendengroep heeft hij verbroken omdat zij blowen. Hij heeft contact met een ervaringsdeskundige van het FACT-team. Die kan geen structurele begeleiding bieden.")
    d.add_heading("Algemene voorzieningen", level=2)
    para(d, "Inloophuis De Brug (ma-vr 10-16 uur) biedt dagstructuur en een warme maaltijd voor € 4,00. Meneer is er twee keer geweest en wil er weer heen. Dit helpt voor een deel van de dag, maar lost het ontbreken van toezicht in de avond en nacht niet op.")
    d.add_heading("Voorliggende voorzieningen", level=2)
    para(d, "n.v.t.")
    d.add_heading("Ondersteuningsbehoefte", level=2)
    para(d, "Meneer heeft een woonplek nodig met 24 uur per dag toezicht en begeleiding op afroep, dagelijks begeleiding bij dagstructuur en medicatie-inname, en wekelijks begeleiding bij geld en huishouden (ongeveer 8 uur per week individueel, naast het groepsaanbod). Verwachte duur: 2 jaar, daarna doorstroom naar begeleid zelfstandig wonen.")
    d.add_heading("Conclusie en advies", level=2)
    para(d, "Geadviseerd wordt een maatwerkvoorziening beschermd wonen in natura bij Lindeborg Wonen, locatie De Hof in Aaveld, van 1 maart 2026 tot en met 28 februari 2028. Ambulante begeleiding thuis is in 2024 onvoldoende gebleken en zijn netwerk kan het toezicht niet bieden. Meneer gaat overdag naar Inloophuis De Brug.")
    d.add_heading("Uw reactie", level=2)
    para(d, "Wij sturen u dit verslag. Klopt er iets niet of wilt u iets toevoegen? Laat het ons binnen 10 werkdagen weten via 026 - 318 24 55 of bw@aaveld.nl. Bent u het eens? Zet dan uw handtekening onder dit verslag. Dan geldt het ook als uw aanvraag.")
    lines(d, "\nHandtekening meneer Van Rijswijk: ____________________     Datum: ______________\n\nL. de Graaf, consulent Beschermd Wonen, 30 januari 2026")
    d.save(OUT / "h40.docx")

if __name__ == "__main__":
    for f in (h29, h31, h34, h37, h39, h40):
        f()
    print("klaar")
