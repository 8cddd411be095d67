"""Build the .docx drafts of set f. Usage: /work/main/.venv/bin/python make_docx.py f01 [f03 ...]"""
import sys
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/work/heldout/f/"

def new_doc(header_lines, font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    hdr = d.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(header_lines):
        if i: p = hdr.add_paragraph()
        r = p.add_run(line)
        if i == 0: r.bold = True; r.font.size = Pt(14)
        else: r.font.size = Pt(9)
    return d

def paras(d, text):
    """blank-line separated paragraphs; lines inside a block become line breaks"""
    for block in text.strip().split("\n\n"):
        p = d.add_paragraph()
        lines = block.split("\n")
        for i, l in enumerate(lines):
            r = p.add_run(l)
            if i < len(lines) - 1: r.add_break()

def bold(d, text):
    p = d.add_paragraph(); p.add_run(text).bold = True

def bullets(d, items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")

def table(d, rows, header=None, style="Table Grid"):
    n = len(rows[0]) if rows else len(header)
    t = d.add_table(rows=0, cols=n); t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    d.add_paragraph()
    return t

def box(d, text):
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]; c.text = ""
    r = c.paragraphs[0].add_run("Samenvatting: "); r.bold = True
    c.paragraphs[0].add_run(text)
    d.add_paragraph()

BUILDERS = {}
def builder(f):
    BUILDERS[f.__name__] = f; return f

# ---------------------------------------------------------------- f01
@builder
def f01():
    d = new_doc(["Wijkteam Dommelrode",
                 "namens het college van burgemeester en wethouders van gemeente Dommelrode",
                 "Stationsstraat 31 · 5691 AB Dommelrode · 040 - 123 45 67 · wijkteam@dommelrode.nl"])
    paras(d, """Mevrouw A. van Gerwen-Swinkels
Kapelstraat 14
5691 KB Dommelrode""")
    paras(d, """Datum: 12 februari 2026
Kenmerk: WD-2026-0187
Onderwerp: uw aanvraag huishoudelijke ondersteuning""")
    box(d, "U krijgt 3 uur huishoudelijke ondersteuning per week, van 1 maart 2026 tot en met 28 februari 2028. "
           "De hulp komt van Thuiszorg De Kempen. U kunt ook kiezen voor een pgb.")
    paras(d, """Beste mevrouw Van Gerwen,

Op 21 januari 2026 vroeg u ons om hulp bij het huishouden. Op 28 januari 2026 kwam consulent Lieke Verhoeven bij u thuis voor een gesprek. Uw dochter Marloes was erbij. Het verslag van dat gesprek hebben wij u op 2 februari 2026 gestuurd. U heeft het getekend teruggestuurd. Op 5 februari 2026 kregen wij uw aanvraag. In deze brief leest u wat wij besloten hebben.""")
    d.add_heading("Uw situatie", level=2)
    paras(d, """U bent 81 jaar en woont alleen in een eengezinswoning. Sinds uw heupoperatie in november 2025 loopt u met een rollator. U kunt niet meer bukken en niet zwaar tillen. Lang staan lukt ook niet. Stofzuigen, dweilen, het bed verschonen en de badkamer schoonmaken kunt u daardoor niet meer.""")
    d.add_heading("Onze afweging", level=2)
    paras(d, "Wij hebben eerst gekeken wat u zelf kunt en wie u kan helpen.")
    bullets(d, [
        "Wat u zelf kunt: u wast zelf af en neemt de tafel af. Kleine boodschappen haalt u zelf met de rollator. De was doet u in de wasmachine en u hangt hem op een rekje. U heeft een robotstofzuiger geprobeerd. Die werkt niet in uw huis, door de drempels en de trap. Het zware schoonmaakwerk kunt u dus niet zelf.",
        "Huisgenoten: u woont alleen. Er is niemand in huis die het huishouden kan overnemen.",
        "Mantelzorg: uw dochter Marloes woont in Eindhoven en werkt vier dagen per week. Zij doet elke zaterdag uw grote boodschappen en uw administratie. Meer kan zij niet doen naast haar werk en haar eigen gezin.",
        "Uw buren en kennissen: uw buurvrouw komt elke week koffie drinken en zet het oud papier buiten. Schoonmaken kan zij niet, want zij heeft zelf rugklachten.",
        "Algemene voorzieningen: in Dommelrode zijn de Klussendienst en de maaltijdservice van Zorgcentrum De Linde. Die helpen niet bij het schoonmaken van uw huis. Een algemene schoonmaakhulp is er in Dommelrode niet.",
        "Andere wetten: huishoudelijke hulp valt niet onder de Zorgverzekeringswet. U heeft geen indicatie voor de Wet langdurige zorg (Wlz). Daarom beoordelen wij uw vraag via de Wmo.",
    ])
    paras(d, "Omdat u het zware schoonmaakwerk niet zelf kunt en niemand dit voor u kan doen, krijgt u hulp van ons. Wij rekenen met ons Normenkader huishoudelijke ondersteuning 2025: 2,5 uur per week voor het schoonmaken en een half uur per week voor het verschonen van het bed. Samen is dat 3 uur per week.")
    d.add_heading("Ons besluit", level=2)
    paras(d, "Wij kennen u huishoudelijke ondersteuning toe:")
    table(d, [
        ["Voorziening", "Huishoudelijke ondersteuning (HO)"],
        ["Omvang", "3 uur per week"],
        ["Wat de hulp doet", "stofzuigen, dweilen, keuken en badkamer schoonmaken, bed verschonen"],
        ["Periode", "1 maart 2026 tot en met 28 februari 2028"],
        ["Leveringsvorm", "zorg in natura"],
        ["Aanbieder", "Thuiszorg De Kempen"],
    ])
    paras(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 10 van de Verordening maatschappelijke ondersteuning Dommelrode 2024.")
    d.add_heading("Wat betekent dit voor u?", level=2)
    bullets(d, [
        "Thuiszorg De Kempen belt u binnen twee weken. Samen spreekt u een vaste dag en tijd af.",
        "Wilt u de hulp liever zelf regelen en inkopen? Dan kunt u kiezen voor een persoonsgebonden budget (pgb). Bel ons dan. Wij leggen u uit hoe dat werkt.",
        "U betaalt een eigen bijdrage voor deze hulp. Het CAK berekent en int die bijdrage. U krijgt daarover een brief van het CAK.",
        "Verandert uw situatie? Laat het ons dan weten.",
    ])
    d.add_heading("Bent u het niet eens met dit besluit?", level=2)
    paras(d, """Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur een brief naar het college van burgemeester en wethouders van Dommelrode, Postbus 40, 5690 AA Dommelrode. Schrijf in uw brief uw naam en adres, de datum, het kenmerk van deze brief en waarom u het niet eens bent. Zet uw handtekening eronder. Heeft u de hulp dringend nodig? Dan kunt u de voorzieningenrechter van de rechtbank Oost-Brabant vragen om een voorlopige voorziening.

Heeft u vragen? Bel dan Lieke Verhoeven via 040 - 123 45 67.

Met vriendelijke groet,

namens het college van burgemeester en wethouders van Dommelrode,

Fleur van den Heuvel
teamleider Wijkteam Dommelrode""")
    d.save(OUT + "f01.docx")


# ---------------------------------------------------------------- f03
def limburg_doc():
    return new_doc(["GEMEENTE GEULHOVEN",
                    "Afdeling Samenleving – Team Wmo · Raadhuisplein 1 · 6271 AA Geulhoven",
                    "Postbus 1000 · 6270 AA Geulhoven · telefoon 043 - 457 12 00"], font="Times New Roman", size=11)

@builder
def f03():
    d = limburg_doc()
    paras(d, """Aan de weledelgeboren heer J.M.H. Vanderheijden
Bergstraat 22
6274 BC Geulhoven""")
    paras(d, """Geulhoven, 9 maart 2026
Ons kenmerk: WMO/2026/0342
Behandeld door: mw. drs. C. Houben
Onderwerp: beschikking aanvraag woonvoorziening (traplift)""")
    paras(d, "Geachte heer Vanderheijden,")
    paras(d, "Bij deze delen wij u mede dat door het college van burgemeester en wethouders van de gemeente Geulhoven is beslist op uw aanvraag van 16 februari 2026 om een maatwerkvoorziening in de vorm van een traplift, welke aanvraag is voorafgegaan door uw melding van 12 januari 2026 en door een onderzoek als bedoeld in artikel 2.3.2 van de Wet maatschappelijke ondersteuning 2015, in het kader waarvan op 29 januari 2026 ten uwen huize een gesprek heeft plaatsgevonden, van welk gesprek het verslag u op 4 februari 2026 is toegezonden en door u op 11 februari 2026 voor gezien is ondertekend.")
    bold(d, "Het college van burgemeester en wethouders van de gemeente Geulhoven,")
    bold(d, "Overwegende dat:")
    for t in [
        "belanghebbende, thans 77 jaar oud, tezamen met zijn echtgenote woonachtig is in een eigen woning met een vaste trap naar de eerste verdieping, en hij ten gevolge van knieklachten en een verminderd uithoudingsvermogen de trap slechts met grote moeite en met behulp van de trapleuning kan bestijgen, waarbij hij na enkele treden dient te rusten;",
        "uit het onderzoek is gebleken dat in de woning in 2019 op de begane grond een aanbouw is gerealiseerd, bestaande uit een slaapkamer en een badkamer met toilet en inloopdouche, welke ruimten thans door belanghebbende en zijn echtgenote uitsluitend als logeerruimte worden gebruikt;",
        "belanghebbende blijkens het onderzoek nog zelfstandig in staat is binnenshuis te lopen, zich zelfstandig te wassen en aan te kleden en alle ruimten op de begane grond zonder hulp kan gebruiken, zodat hij door het in gebruik nemen van de slaapkamer en de badkamer in de aanbouw op eigen kracht in staat moet worden geacht het probleem van de traptoegang op te lossen;",
        "de echtgenote van belanghebbende, die zelf geen beperkingen heeft, in het gesprek heeft aangegeven bereid en in staat te zijn de slaapkamer in de aanbouw in te richten, en dat van haar als huisgenote in het kader van gebruikelijke hulp voorts mag worden verwacht dat zij de was en het schoonmaken van de bovenverdieping verzorgt, hetgeen zij ook thans reeds doet;",
        "de zoon van belanghebbende, woonachtig te Maastricht, heeft toegezegd te helpen bij het overbrengen van het bed en de kledingkast naar de begane grond, hetgeen als mantelzorg kan worden aangemerkt, waarbij van overbelasting van de zoon geen sprake is nu het een eenmalige inspanning betreft;",
        "belanghebbende daarnaast kan terugvallen op leden van de harmonie waarvan hij sinds jaren lid is en die volgens zijn verklaring bereid zijn bij het verplaatsen van de zwaardere meubelstukken te helpen, zodat ook zijn sociale netwerk een bijdrage kan leveren;",
        "de Klussendienst van Stichting Welzijn Geulhoven, zijnde een algemene voorziening, tegen een geringe vergoeding kleine aanpassingen verricht, zoals het aanbrengen van een wandbeugel naast het bed in de aanbouw, waarmee aan de resterende behoefte van belanghebbende aan steun bij het opstaan voldoende wordt tegemoetgekomen;",
        "een traplift niet behoort tot de hulpmiddelen die ingevolge de Zorgverzekeringswet door de zorgverzekeraar worden verstrekt, belanghebbende niet beschikt over een indicatie op grond van de Wet langdurige zorg, en derhalve geen sprake is van een voorliggende voorziening die in de behoefte voorziet, doch dat zulks aan het voorgaande niet afdoet;",
        "ingevolge artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 een maatwerkvoorziening slechts wordt verstrekt voor zover de cliënt niet op eigen kracht, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen in staat is tot zelfredzaamheid;",
        "ingevolge artikel 2.3.5, tiende lid, van de Wet maatschappelijke ondersteuning 2015, in samenhang met artikel 12, tweede lid, van de Verordening maatschappelijke ondersteuning Geulhoven 2024, geen woonvoorziening wordt verstrekt indien in de woning reeds een adequate mogelijkheid tot wonen, slapen en het verrichten van de persoonlijke verzorging op de begane grond aanwezig is;",
        "gelet op het vorenstaande niet kan worden geconcludeerd dat belanghebbende is aangewezen op een traplift om in zijn woning te kunnen blijven wonen;",
    ]:
        d.add_paragraph(t, style="List Bullet")
    bold(d, "Gelet op:")
    paras(d, "de Wet maatschappelijke ondersteuning 2015, in het bijzonder de artikelen 2.3.2 en 2.3.5, de Verordening maatschappelijke ondersteuning Geulhoven 2024, in het bijzonder artikel 12, en de Algemene wet bestuursrecht;")
    bold(d, "BESLUITEN:")
    d.add_paragraph("de aanvraag van de heer J.M.H. Vanderheijden om een maatwerkvoorziening in de vorm van een traplift af te wijzen;", style="List Number")
    d.add_paragraph("belanghebbende te verwijzen naar de Klussendienst van Stichting Welzijn Geulhoven voor het laten aanbrengen van een wandbeugel naast het bed in de aanbouw.", style="List Number")
    paras(d, """Aldus besloten te Geulhoven, d.d. 9 maart 2026.

Het college van burgemeester en wethouders van de gemeente Geulhoven,
namens deze,

mr. R.P.J. Lemmens
teamleider Wmo""")
    bold(d, "Rechtsmiddelen")
    paras(d, "Indien u zich met deze beschikking niet kunt verenigen, kunt u ingevolge artikel 7:1 van de Algemene wet bestuursrecht binnen zes weken na de dag van verzending van deze beschikking een bezwaarschrift indienen bij het college van burgemeester en wethouders van de gemeente Geulhoven, Postbus 1000, 6270 AA Geulhoven. Het bezwaarschrift dient te worden ondertekend en bevat ten minste uw naam en adres, de dagtekening, een omschrijving van het besluit waartegen het bezwaar is gericht en de gronden van het bezwaar. Indien onverwijlde spoed zulks vereist, kunt u tevens de voorzieningenrechter van de rechtbank Limburg verzoeken een voorlopige voorziening te treffen.")
    d.save(OUT + "f03.docx")


# ---------------------------------------------------------------- f06
def dommelrode_doc():
    return new_doc(["Wijkteam Dommelrode",
                    "namens het college van burgemeester en wethouders van gemeente Dommelrode",
                    "Stationsstraat 31 · 5691 AB Dommelrode · 040 - 123 45 67 · wijkteam@dommelrode.nl"])

@builder
def f06():
    d = dommelrode_doc()
    paras(d, """De heer T. Raaijmakers
Molenakker 7
5692 DR Dommelrode""")
    paras(d, """Datum: 3 maart 2026
Kenmerk: WD-2026-0311
Onderwerp: meer begeleiding""")
    box(d, "Je krijgt vanaf 16 maart 2026 4 uur begeleiding per week, in plaats van 2 uur. Je begeleider blijft Stichting Ankerpunt.")
    paras(d, """Beste Tom,

Je krijgt sinds 1 juli 2025 2 uur individuele begeleiding per week van Stichting Ankerpunt. Op 10 februari 2026 belde je begeleider ons: het gaat minder goed met je. Op 17 februari 2026 hebben we met je gepraat op ons kantoor aan de Stationsstraat. Je begeleider Sanne de Wit was erbij. Het verslag van dat gesprek kreeg je op 20 februari 2026 van ons per e-mail. Je hebt het gelezen en ondertekend. In deze brief lees je wat we besloten hebben.""")
    bold(d, "Jouw situatie")
    paras(d, """Je woont alleen in een appartement. Sinds je baan in december stopte, lukt het je niet meer om je post en rekeningen bij te houden. Er liggen brieven die je niet hebt geopend. Je hebt twee betalingsachterstanden, bij de energie en bij de zorgverzekering. Je dag heeft weinig vaste punten; je slaapt vaak tot de middag. Je wilt weer grip op je geld en een vast ritme.""")
    bold(d, "Onze afweging")
    bullets(d, [
        "Wat je zelf kunt: je kookt zelf en je houdt je huis redelijk schoon. Je hebt zelf al een afspraak gemaakt bij de schuldhulp van de gemeente. Je post openen en je week plannen lukt je niet alleen: je raakt dan in paniek en legt alles weg.",
        "Huisgenoten: je woont alleen. Er is niemand in huis die kan helpen.",
        "Mantelzorg: je moeder woont in Dommelrode en komt elke zondag eten. Zij is 72 en heeft zelf hulp nodig. Zij kan je administratie niet overnemen.",
        "Vrienden en buren: je vriend Bas gaat één keer per week met je sporten. Dat helpt voor je ritme. Bij je geldzaken kan hij niet helpen.",
        "Algemene voorzieningen: vanaf maart ga je elke dinsdag naar het Geldcafé in de bibliotheek. Daar leer je je geld bij te houden. Dat is niet genoeg: je hebt ook thuis iemand nodig die met je de post doorneemt en je week plant.",
        "Andere wetten (Zvw/Wlz): –",
    ])
    paras(d, "Met 2 uur per week lukt het niet meer. Met 4 uur kan Sanne twee keer per week komen: één keer voor je post en je geld, en één keer voor je weekplanning. Daarom verhogen we je begeleiding.")
    bold(d, "Ons besluit")
    paras(d, "We verhogen je begeleiding individueel (BG):")
    bullets(d, [
        "Voorziening: begeleiding individueel",
        "Omvang: 4 uur per week, zo nodig tijdelijk uit te breiden tot 5 uur per week",
        "Periode: 16 maart 2026 tot en met 30 juni 2027",
        "Leveringsvorm: zorg in natura, door Stichting Ankerpunt",
    ])
    paras(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, en artikel 2.3.10, eerste lid, onder c, van de Wmo 2015 en artikel 9 van de Verordening maatschappelijke ondersteuning Dommelrode 2024.")
    bold(d, "Wat betekent dit voor jou?")
    bullets(d, [
        "Sanne komt vanaf 16 maart twee keer per week bij je thuis.",
        "Je eigen bijdrage verandert niet. Je betaalt het vaste bedrag aan het CAK.",
        "Wil je liever zelf je begeleiding inkopen met een persoonsgebonden budget (pgb)? Dat kan nog steeds. Bel ons dan.",
    ])
    bold(d, "Ben je het niet eens met dit besluit?")
    paras(d, """Bel of mail dan je consulent, Lieke Verhoeven (040 - 123 45 67, l.verhoeven@dommelrode.nl). We bespreken het graag met je en kijken samen of we eruit komen.

Met vriendelijke groet,

namens het college van burgemeester en wethouders van Dommelrode,

Fleur van den Heuvel
teamleider Wijkteam Dommelrode""")
    d.save(OUT + "f06.docx")


# ---------------------------------------------------------------- f08
@builder
def f08():
    d = limburg_doc()
    paras(d, """Aan mevrouw M.J. Frijns
Ridderstraat 40
6271 CL Geulhoven""")
    paras(d, """Ons kenmerk: WMO/2026/0217
Behandeld door: mw. C. Houben
Onderwerp: beëindiging maatwerkvoorziening begeleiding groep (dagbesteding)""")
    d.add_heading("BESCHIKKING", level=1)
    paras(d, "Geachte mevrouw Frijns,")
    paras(d, "Bij beschikking van 14 juni 2024 is aan u een maatwerkvoorziening begeleiding groep (dagbesteding) toegekend in de omvang van vier dagdelen per week, te leveren door Dagcentrum De Maasoever, voor de periode tot en met 31 december 2026. Naar aanleiding van uw mededeling dat u per 2 februari 2026 een dienstverband bent aangegaan, heeft op 10 februari 2026 een gesprek plaatsgevonden ten kantore van de gemeente, waarbij uw moeder en uw begeleider van De Maasoever aanwezig waren. Het verslag van dit gesprek is u op 13 februari 2026 toegezonden; u heeft daarop niet gereageerd.")
    d.add_heading("Het college van burgemeester en wethouders van de gemeente Geulhoven,", level=2)
    bold(d, "Overwegende dat:")
    for t in [
        "belanghebbende sinds 2 februari 2026 voor 24 uur per week werkzaam is bij Groenvoorziening Heuvelland, verdeeld over vier dagen, zodat de dagdelen waarop de dagbesteding plaatsvond thans door betaald werk worden ingevuld;",
        "belanghebbende blijkens het gesprek op eigen kracht in staat is zelfstandig met de bus naar haar werk te reizen en haar vrije dag zelf in te vullen met boodschappen en het bezoeken van haar vriendinnen, hetgeen zij ook voor aanvang van het dienstverband reeds deed;",
        "belanghebbende bij haar moeder inwoont, die als huisgenote de dagplanning met haar doorneemt en haar herinnert aan afspraken, hetgeen als gebruikelijke hulp kan worden aangemerkt en waartoe de moeder blijkens het gesprek ook bereid is;",
        "de broer van belanghebbende, die in Geulhoven woont, haar eenmaal per week bezoekt en haar helpt bij de post, welke mantelzorg hij naar eigen zeggen zonder overbelasting kan blijven bieden;",
        "belanghebbende lid is van de zwemvereniging De Geuldolfijn en aldaar wekelijks traint, zodat haar sociale netwerk voorziet in ontmoeting en sociale contacten buiten het werk;",
        "voor ontmoeting op de vrije dag de inloop van Buurtkamer De Kloek op woensdagmiddag, zijnde een vrij toegankelijke algemene voorziening, ter beschikking staat, waarvan belanghebbende in het gesprek heeft aangegeven gebruik te willen maken;",
        "de begeleiding op de werkplek wordt geboden door een jobcoach die door het UWV wordt ingezet, welke voorziening voorliggend is op de Wmo, zodat voor begeleiding in verband met het werk geen maatwerkvoorziening nodig is;",
        "belanghebbende derhalve niet langer op de maatwerkvoorziening dagbesteding is aangewezen, doch het redelijk is de dagbesteding niet terstond te beëindigen, opdat belanghebbende en Dagcentrum De Maasoever de afbouw zorgvuldig kunnen laten verlopen en belanghebbende kan wennen aan de nieuwe situatie;",
    ]:
        d.add_paragraph(t, style="List Bullet")
    bold(d, "Gelet op:")
    paras(d, "de Wet maatschappelijke ondersteuning 2015 en de Verordening maatschappelijke ondersteuning Geulhoven 2024;")
    bold(d, "BESLUITEN:")
    table(d, [
        ["I.", "de maatwerkvoorziening begeleiding groep (dagbesteding), vier dagdelen per week, Dagcentrum De Maasoever, te beëindigen met ingang van 1 mei 2026;"],
        ["II.", "dat de dagbesteding tot en met 30 april 2026 ongewijzigd doorloopt, waarbij belanghebbende tot die datum de dagdelen naar eigen keuze kan afbouwen."],
    ])
    paras(d, """Aldus besloten te Geulhoven, d.d. {{ datum }}

Het college van burgemeester en wethouders van de gemeente Geulhoven,
namens deze,

mw. C. Houben
Wmo-consulent""")
    bold(d, "Rechtsmiddelen")
    paras(d, "Indien u zich met deze beschikking niet kunt verenigen, kunt u ingevolge de Algemene wet bestuursrecht binnen zes weken na de dag van verzending van deze beschikking een bezwaarschrift indienen bij het college van burgemeester en wethouders van de gemeente Geulhoven, Postbus 1000, 6270 AA Geulhoven. Het bezwaarschrift dient te zijn ondertekend en bevat ten minste uw naam en adres, de dagtekening, een omschrijving van het besluit waartegen het bezwaar is gericht en de gronden van het bezwaar. Indien onverwijlde spoed zulks vereist, kunt u de voorzieningenrechter van de rechtbank Limburg verzoeken een voorlopige voorziening te treffen.")
    d.save(OUT + "f08.docx")


# ---------------------------------------------------------------- f09
@builder
def f09():
    d = dommelrode_doc()
    d.add_heading("Verslag van ons gesprek", level=1)
    box(d, "Meneer Smulders wil zijn huis weer schoon kunnen houden. Wij adviseren 2,5 uur huishoudelijke ondersteuning per week. Meneer kan dit verslag aanvullen en tekenen.")
    d.add_heading("Gegevens van het gesprek", level=2)
    table(d, [
        ["Naam", "de heer H.J. Smulders"],
        ["Adres", "Beekdalweg 9, 5693 GT Dommelrode"],
        ["Kenmerk", "WD-2026-0402"],
        ["Datum gesprek", "4 maart 2026"],
        ["Plaats", "bij meneer thuis"],
        ["Aanwezig", "de heer Smulders; zijn zoon Rik; Lieke Verhoeven, consulent Wijkteam Dommelrode"],
        ["Cliëntondersteuning", "Wij hebben meneer gewezen op gratis, onafhankelijke cliëntondersteuning van Cliëntondersteuning De Kempen. Meneer wilde dat niet; zijn zoon helpt hem."],
        ["Persoonlijk plan", "Meneer weet dat hij een persoonlijk plan kan indienen. Hij heeft dat niet gedaan."],
        ["Melding", "20 februari 2026, telefonisch door zijn zoon"],
    ])
    d.add_heading("Uw hulpvraag", level=2)
    paras(d, "Meneer zegt: \"Ik wil dat mijn huis weer netjes is. Ik schaam me als er bezoek komt.\" Hij wil hulp bij het schoonmaken van zijn huis.")
    d.add_heading("Uw situatie", level=2)
    d.add_heading("Huishouden", level=3)
    paras(d, "Meneer is 74 en heeft COPD. Na een paar minuten bewegen is hij buiten adem. Stofzuigen, dweilen en de badkamer schoonmaken lukken daardoor niet meer. Het bed verschonen lukt ook niet. Koken doet hij zelf, eenvoudig.")
    d.add_heading("Mobiliteit", level=3)
    paras(d, "Binnenshuis loopt meneer zonder hulpmiddel, rustig. De trap gaat langzaam. Buiten loopt hij met een rollator tot de bakker op de hoek.")
    d.add_heading("Persoonlijke verzorging", level=3)
    paras(d, "Meneer wast en kleedt zich zelf. Dat kost tijd, maar het lukt.")
    d.add_heading("Sociale contacten", level=3)
    paras(d, "Meneer gaat elke donderdag naar de kaartclub in het buurthuis. Hij heeft goed contact met zijn zoon.")
    d.add_heading("Onze afweging", level=2)
    bullets(d, [
        "Wat meneer zelf kan: meneer kookt zelf, wast af en doet de was met de wasmachine. Lichte taken, zoals afstoffen, doet hij in kleine stukjes. Het zware schoonmaakwerk kan hij niet zelf.",
        "Huisgenoten: meneer woont alleen sinds zijn vrouw in 2023 overleed. Er zijn geen huisgenoten.",
        "Mantelzorg: zoon Rik woont in Tilburg. Hij komt elke zondag en doet dan de grote boodschappen. Hij werkt fulltime en heeft twee jonge kinderen. Schoonmaken kan hij er niet bij doen.",
        "Buren en kennissen: de buurman brengt de containers naar de straat. Meer hulp kan hij niet geven; hij is zelf 80.",
        "Algemene voorzieningen: meneer gebruikt de maaltijdservice van Zorgcentrum De Linde twee keer per week. De Klussendienst doet kleine klussen, geen schoonmaak. Er is geen algemene voorziening die zijn huis kan schoonmaken.",
        "Andere wetten: meneer krijgt geen wijkverpleging en heeft geen Wlz-indicatie. Huishoudelijke hulp valt niet onder de Zorgverzekeringswet.",
    ])
    d.add_heading("Wat meneer nodig heeft", level=2)
    paras(d, "Meneer heeft hulp nodig bij het zware schoonmaakwerk: stofzuigen, dweilen, keuken en badkamer, en het bed verschonen. Volgens ons Normenkader huishoudelijke ondersteuning 2025 is dat 2,5 uur per week.")
    d.add_heading("Conclusie en advies", level=2)
    paras(d, "Meneer kan het zware schoonmaakwerk niet zelf, en zijn zoon, buurman en de algemene voorzieningen kunnen het niet overnemen. Wij adviseren daarom huishoudelijke ondersteuning van 2,5 uur per week, voor twee jaar, als zorg in natura. Meneer kan ook kiezen voor een pgb. Meneer en zijn zoon zijn het met dit advies eens. Meneer doet de aanvraag met het formulier bij dit verslag.")
    d.add_heading("Uw reactie", level=2)
    paras(d, """Klopt er iets niet in dit verslag, of wilt u iets toevoegen? Schrijf het hieronder of stuur het binnen tien dagen naar Lieke Verhoeven, wijkteam@dommelrode.nl. Bent u het eens met dit verslag? Zet dan uw handtekening hieronder.

Opmerkingen: ______________________________________________

Handtekening de heer Smulders: ____________________   Datum: ____________

Lieke Verhoeven, consulent Wijkteam Dommelrode, 6 maart 2026""")
    d.save(OUT + "f09.docx")


if __name__ == "__main__":
    for n in sys.argv[1:] or sorted(BUILDERS):
        BUILDERS[n](); print("built", n)
