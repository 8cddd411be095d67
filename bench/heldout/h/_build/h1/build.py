"""Builds the .docx drafts of writer h1 (h02, h05, h08, h10, h11, h13)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)
    return d


def lines(d, *txt):
    for t in txt:
        d.add_paragraph(t)


def block(d, txt):
    """A block of address lines in one paragraph with line breaks."""
    p = d.add_paragraph()
    parts = txt.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        if i < len(parts) - 1:
            r.add_break()
    return p


def bold(d, txt):
    p = d.add_paragraph()
    p.add_run(txt).bold = True
    return p


def lead(d, leadword, txt):
    p = d.add_paragraph()
    p.add_run(leadword + " ").bold = True
    p.add_run(txt)
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def table(d, rows, style="Table Grid", header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    d.add_paragraph()
    return t


# ---------------------------------------------------------------- h02
def h02():
    d = new_doc("Arial", 10)
    block(d, "Gemeente Zwinland\nTeam Zorg en Welzijn\nPostbus 30, 4500 AA Oostzwin")
    d.add_paragraph()
    block(d, "De heer L.F. Van Hecke\nPolderweg 6\n4527 PW Sint-Kruisdijk")
    d.add_paragraph()
    table(d, [["Datum", "Ons kenmerk", "Behandeld door"],
              ["2 juli 2026", "ZW-WMO-2026-0611", "mevrouw K. Verschelde"]])
    bold(d, "Onderwerp: besluit aanvraag woningaanpassing (badkamer)")
    d.add_paragraph("Geachte heer Van Hecke,")
    d.add_paragraph(
        "Op 18 mei 2026 heeft u bij ons gemeld dat u niet meer veilig in bad kunt stappen. U vraagt om "
        "een aanpassing van uw badkamer: het bad eruit en een inloopdouche ervoor in de plaats. Op 3 juni "
        "2026 heeft mevrouw K. Verschelde, Wmo-consulent, met u en uw echtgenote bij u thuis gesproken. "
        "Het verslag van dat gesprek heeft u op 10 juni 2026 ontvangen. Op 22 juni 2026 heeft u de "
        "aanvraag ingediend.")
    d.add_heading("Overwegingen en besluit", level=2)
    d.add_paragraph(
        "U bent 81 jaar en woont sinds 1998 met uw echtgenote in een eengezinswoning aan de Polderweg. "
        "Uw woning heeft een badkamer op de eerste verdieping met een ligbad. Sinds u in maart bent "
        "gevallen, durft u niet meer over de badrand te stappen. U wast zich nu aan de wastafel.")
    d.add_paragraph(
        "Wij hebben bij ons onderzoek gekeken naar uw eigen kracht, de gebruikelijke hulp van uw "
        "echtgenote, de mantelzorg en uw sociale netwerk, en naar de algemene voorzieningen in onze "
        "gemeente. Alle mogelijkheden zijn met u besproken. Ook hebben wij nagegaan of de Zvw een "
        "oplossing biedt: de wijkverpleging kan u via uw zorgverzekeraar helpen met wassen, maar die "
        "past uw badkamer niet aan. De Wlz is niet aan de orde, omdat u geen Wlz-indicatie heeft.")
    d.add_paragraph(
        "Gezien de uitkomst van het onderzoek komen wij tot de conclusie dat een woningaanpassing in uw "
        "situatie niet noodzakelijk is. U voldoet daarmee niet aan de voorwaarden van artikel 10 van de "
        "Verordening maatschappelijke ondersteuning Zwinland 2025. Wij wijzen uw aanvraag daarom af.")
    d.add_heading("Wettelijke grondslag", level=2)
    d.add_paragraph(
        "Dit besluit berust op artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 "
        "en op de artikelen 7 en 10 van de Verordening maatschappelijke ondersteuning Zwinland 2025.")
    d.add_heading("Bezwaar", level=2)
    d.add_paragraph(
        "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de datum van deze brief "
        "een bezwaarschrift indienen bij het college van burgemeester en wethouders van Zwinland, "
        "Postbus 30, 4500 AA Oostzwin. Vermeld daarin uw naam en adres, de datum, een omschrijving "
        "van het besluit of het kenmerk, en de redenen van uw bezwaar, en onderteken het. U kunt de "
        "voorzieningenrechter van de rechtbank Zeeland-West-Brabant vragen om een voorlopige "
        "voorziening als u vindt dat de zaak spoed heeft.")
    d.add_paragraph("Hoogachtend,")
    block(d, "namens het college van burgemeester en wethouders van Zwinland,\n\n\nJ.A. Claeys\nteamleider Zorg en Welzijn")
    d.save(OUT / "h02.docx")


# ---------------------------------------------------------------- h05
def h05():
    d = new_doc("Verdana", 10)
    p = d.add_paragraph()
    p.add_run("Mijn Maasveste").bold = True
    p.add_run(" | bericht in uw Berichtenbox")
    table(d, [["Datum", "17 april 2026"], ["Zaaknummer", "MV-2026-005530"],
              ["Onderwerp", "Besluit over uw rolstoel en scootmobiel"]], header=False)
    block(d, "Mevrouw F. Oulad Ali-Benali\nVan Speijkstraat 214\n3021 AL Maasveste")
    d.add_paragraph("Beste mevrouw Oulad Ali,")
    lead(d, "Uw vraag.", "U vroeg ons op 2 maart 2026 om een rolstoel en een scootmobiel. U wilt weer mee "
         "naar buiten: naar de markt, naar de moskee en naar uw kleinkinderen.")
    lead(d, "Ons gesprek.", "Op 16 maart 2026 kwam Wmo-adviseur Daan Verbeek bij u thuis. Uw man en uw "
         "dochter Samira waren erbij. Ergotherapeut Lotte Bos heeft u op 30 maart 2026 getest. Het "
         "verslag van het gesprek en het advies van de ergotherapeut staan sinds 3 april 2026 in Mijn "
         "Maasveste. U vroeg op 8 april 2026 om het besluit.")
    lead(d, "Wat we zagen.", "")
    bullets(d, [
        "Binnen loopt u kleine stukjes met uw rollator. Buiten kunt u niet verder lopen dan 20 meter.",
        "Uw man is 74. Hij kan u in een rolstoel duwen, maar niet tillen. Hij rijdt geen auto.",
        "Uw dochter Samira haalt u op zondag op met de auto. Zij kan een opvouwbare rolstoel in de auto meenemen.",
        "Uw buurvrouw gaat soms mee naar de markt. Duwen kan zij niet, zij heeft zelf een slechte rug.",
        "Een rolstoel van het Hulpmiddelenpunt in de wijk (voor iedereen, zonder indicatie) mag u maar drie maanden houden. U heeft de rolstoel langer nodig. Via uw zorgverzekering krijgt u geen rolstoel voor dagelijks gebruik.",
        "U wilt graag zelf naar de markt op het Afrikaanderplein, 900 meter van uw huis.",
    ])
    lead(d, "Ons besluit.", "")
    d.add_heading("1. Rolstoel: ja", level=3)
    d.add_paragraph("Omdat u buiten niet verder kunt lopen dan 20 meter en uw man en dochter u wel kunnen "
                    "duwen, krijgt u een rolstoel die iemand anders duwt.")
    bullets(d, [
        "Wat: een lichte opvouwbare duwrolstoel, passend gemaakt door de leverancier",
        "Hoe: in bruikleen (u leent de rolstoel van ons), zorg in natura via Revalidatiehulpmiddelen Zuid",
        "Vanaf: 27 april 2026. De leverancier belt u voor een afspraak.",
        "Onderhoud en reparatie: gratis via de leverancier",
    ])
    d.add_paragraph("Liever zelf een rolstoel kopen? Dat kan met een persoonsgebonden budget (pgb). "
                    "Bel ons dan; u hoort dan hoe hoog het pgb is.")
    d.add_heading("2. Scootmobiel: nee", level=3)
    d.add_paragraph("Een scootmobiel krijgt u niet. Een scootmobiel is voor u niet noodzakelijk. U voldoet "
                    "niet aan de voorwaarden uit artikel 2.7 van de Verordening maatschappelijke "
                    "ondersteuning Maasveste 2024.")
    lead(d, "Waarom mogen wij dit besluiten?", "Dit staat in artikel 2.3.5 van de Wet maatschappelijke "
         "ondersteuning 2015 en in de artikelen 2.4 en 2.7 van de Verordening maatschappelijke "
         "ondersteuning Maasveste 2024.")
    lead(d, "Wat nu?", "")
    bullets(d, ["De leverancier belt u voor de rolstoel.", "Heeft u vragen? Bel 14 010."])
    lead(d, "Niet eens met dit besluit?", "Maak dan bezwaar binnen zes weken na de datum van dit besluit. "
         "Stuur een brief naar het college van burgemeester en wethouders van Maasveste, Postbus 7000, "
         "3000 ZZ Maasveste, of maak bezwaar in Mijn Maasveste. Schrijf erbij: uw naam en adres, de "
         "datum, het zaaknummer en waarom u het niet eens bent.")
    d.add_paragraph("Met vriendelijke groet,")
    block(d, "namens het college van burgemeester en wethouders van Maasveste,\nR. Baldewsingh\nmanager Wmo Zorg en Ondersteuning")
    d.save(OUT / "h05.docx")


# ---------------------------------------------------------------- h08
def h08():
    d = new_doc("Verdana", 10)
    d.add_heading("Verslag van ons gesprek", level=1)
    d.add_paragraph("Gemeente Maasveste - Wmo Beschermd Wonen en Opvang (centrumgemeente regio Maasveste)")
    table(d, [["Naam", "de heer T.R. (Tim) van der Heijden"],
              ["Zaaknummer", "MV-BW-2026-00219"],
              ["Datum gesprek", "10 februari 2026"],
              ["Plaats", "bij meneer en zijn moeder thuis, Jonkerslaan 31, Maasveste"],
              ["Aanwezig", "meneer, zijn moeder mevrouw E. van der Heijden, zijn behandelaar Rob Kortekaas (GGZ Maasdelta), Wmo-adviseur Inge Tromp"],
              ["Cliëntondersteuning", "wij hebben meneer gewezen op gratis cliëntondersteuning van Stichting MEE; hij wilde dat niet"],
              ["Persoonlijk plan", "meneer heeft geen persoonlijk plan gemaakt; hij wist niet dat het kon en wilde dat nu niet meer"],
              ["Verslag verstuurd", "16 februari 2026"]], header=False)
    d.add_heading("Hulpvraag", level=2)
    d.add_paragraph("De behandelaar van GGZ Maasdelta vraagt beschermd wonen aan voor meneer. Volgens de "
                    "behandelaar en de moeder kan meneer niet langer thuis wonen. De moeder wil dat hij "
                    "ergens woont waar 24 uur per dag iemand is.")
    d.add_heading("Wat we zagen", level=2)
    lead(d, "Achtergrond.", "Meneer is 24 jaar. Hij heeft schizofrenie en was in 2022, 2024 en oktober 2025 "
         "opgenomen in de kliniek van GGZ Maasdelta, de laatste keer met een zorgmachtiging. Hij gebruikt "
         "clozapine 300 mg per dag en lorazepam 1 mg zo nodig. In 2021 had hij een cannabisverslaving; "
         "hij is sinds 2023 clean. Zijn vader is in 2019 overleden aan een hartinfarct.")
    lead(d, "Wonen en huishouden.", "Meneer woont op zijn oude kamer bij zijn moeder. Hij doet niets in "
         "het huishouden. Hij staat om 14.00 uur op.")
    lead(d, "Geld.", "Meneer heeft € 4.300 schuld bij zijn zorgverzekeraar en een telefoonbedrijf. Er is "
         "een aanvraag voor beschermingsbewind.")
    lead(d, "Medicatie en gezondheid.", "Meneer vergeet zijn medicijnen als niemand hem eraan herinnert. "
         "Toen hij vorig jaar stopte, werd hij binnen drie weken psychotisch.")
    lead(d, "Contacten.", "Meneer ziet geen vrienden meer. Hij gamet 's nachts online.")
    d.add_heading("Wat kan meneer zelf en wat kunnen anderen?", level=2)
    bullets(d, [
        "Meneer zelf: hij kan zich wassen en aankleden en zelf eten opwarmen. Hij kan met de metro naar de poli. Plannen, geld beheren en zijn medicijnen op tijd nemen lukt hem niet zonder iemand die hem daar elke dag aan herinnert.",
        "Gebruikelijke hulp: –",
        "Familie: zijn zus woont in Groningen en heeft twee kleine kinderen. Zij belt hem eens per week maar kan niet helpen met de dagelijkse dingen.",
        "Vrienden en buren: de oude vrienden van meneer zijn uit beeld. Meneer wil niet dat buren iets weten.",
        "Algemene voorzieningen: meneer is twee keer naar het inloophuis De Brug geweest. Hij vond het te druk en is niet meer gegaan. Het inloophuis biedt geen hulp bij medicijnen of geld.",
    ])
    d.add_heading("Wat is nodig?", level=2)
    d.add_paragraph("Meneer heeft veel begeleiding nodig en een plek met toezicht.")
    d.add_heading("Advies", level=2)
    d.add_paragraph("Wij adviseren beschermd wonen bij Stichting Kessler Wonen, locatie Hillevliet, met "
                    "begeleiding op de groep. Meneer staat op de wachtlijst; er komt naar verwachting in "
                    "mei een plek vrij.")
    d.add_heading("Uw reactie", level=2)
    d.add_paragraph("Klopt er iets niet? Of wilt u iets toevoegen? Stuur dan binnen tien dagen een bericht "
                    "via Mijn Maasveste. Bent u het eens met dit verslag? Klik dan op 'Akkoord'.")
    d.add_paragraph("Inge Tromp, Wmo-adviseur Beschermd Wonen")
    d.save(OUT / "h08.docx")


# ---------------------------------------------------------------- h10
def h10():
    d = new_doc("Calibri", 11)
    block(d, "Regionaal Wmo-loket Achterhoek-Oost\nwerkt voor de gemeenten Baakveld en Ruurhorst\nPostbus 55, 7270 AB Ruurhorst")
    d.add_paragraph()
    block(d, "Mevrouw H.G. Hulshof\nMarkeweg 17\n7273 EN Ruurhorst")
    d.add_paragraph()
    block(d, "Datum: 30 september 2026\nDossiernummer: AO-RHS-26-1104\nOnderwerp: besluit traplift")
    d.add_paragraph("Beste mevrouw Hulshof,")
    d.add_paragraph("U heeft ons gevraagd om hulp, omdat u de trap naar uw slaapkamer en badkamer bijna niet "
                    "meer op komt. In deze brief leest u wat wij hebben besloten.")
    d.add_heading("Het gesprek en het verslag", level=2)
    d.add_paragraph("Op 2 september 2026 sprak Wmo-consulent Bart Eppink u bij u thuis. Uw zoon Wim was "
                    "erbij. Op 9 september 2026 heeft u het gespreksverslag van ons gekregen. U heeft het "
                    "op 14 september 2026 getekend teruggestuurd. Het verslag zit als bijlage bij deze "
                    "brief en hoort bij dit besluit. In het verslag staat de hele afweging. Hieronder "
                    "leest u de belangrijkste punten.")
    d.add_heading("Waarom u een traplift krijgt", level=2)
    d.add_paragraph("U bent 83 en heeft versleten heupen. U loopt in huis met een stok, maar de trap van "
                    "veertien treden lukt nog maar één keer per dag, met veel pijn. Twee keer bent u bijna "
                    "gevallen. U woont alleen. Uw zoon komt drie keer per week, maar hij kan u niet elke "
                    "avond de trap op helpen. Slapen in de woonkamer is geen oplossing: de douche en het "
                    "toilet zijn boven. Verhuizen naar een gelijkvloerse woning hebben wij met u besproken; "
                    "de woningcorporatie heeft in Ruurhorst de komende twee jaar geen passende woning. "
                    "Een traplift is daarom de goedkoopste oplossing die voor u werkt.")
    d.add_heading("Ons besluit", level=2)
    table(d, [["", ""],
              ["Voorziening", "traplift (woningaanpassing), recht model"],
              ["Vorm", "zorg in natura: u krijgt de traplift in bruikleen"],
              ["Leverancier", "Liftservice Oost Nederland BV"],
              ["Plaatsing", "uiterlijk 15 december 2026; de leverancier maakt een afspraak met u"],
              ["Onderhoud en keuring", "geregeld door de leverancier, zonder kosten voor u"]], header=False)
    d.add_paragraph("Wilt u de traplift liever zelf kopen en laten plaatsen? Dat kan met een "
                    "persoonsgebonden budget (pgb). Bel ons dan voordat de leverancier begint; u hoort "
                    "dan hoe hoog het pgb is en hoe u het verantwoordt.")
    d.add_heading("Eigen bijdrage", level=2)
    d.add_paragraph("Voor de traplift betaalt u een eigen bijdrage van € 21,80 per maand, zolang u de "
                    "traplift in bruikleen heeft. Het CAK stuurt u daarover een brief en int de bijdrage.")
    d.add_heading("Wettelijke grondslag", level=2)
    d.add_paragraph("Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wet maatschappelijke "
                    "ondersteuning 2015 en de artikelen 8 en 11 van de Verordening maatschappelijke "
                    "ondersteuning Ruurhorst 2025.")
    d.add_heading("Niet eens met dit besluit?", level=2)
    d.add_paragraph("Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. Stuur "
                    "een brief naar het college van burgemeester en wethouders van Ruurhorst, Postbus 55, "
                    "7270 AB Ruurhorst. Schrijf erin: uw naam en adres, de datum, het dossiernummer en "
                    "waarom u het niet eens bent. Zet uw handtekening eronder.")
    d.add_paragraph("Met vriendelijke groet,")
    block(d, "namens het college van burgemeester en wethouders van Ruurhorst,\n\nG.J. Ter Horst\nteamleider Regionaal Wmo-loket Achterhoek-Oost")
    d.add_paragraph("Bijlage: gespreksverslag van 2 september 2026 (hoort bij dit besluit)")
    d.add_page_break()
    # --- bijlage
    d.add_heading("Bijlage - Gespreksverslag Wmo", level=1)
    table(d, [["Dossiernummer", "AO-RHS-26-1104"],
              ["Cliënt", "mevrouw H.G. Hulshof, Markeweg 17, Ruurhorst"],
              ["Melding", "18 augustus 2026, door haar zoon"],
              ["Gesprek", "2 september 2026, bij mevrouw thuis"],
              ["Aanwezig", "mevrouw Hulshof, haar zoon Wim Hulshof, Wmo-consulent Bart Eppink"]], header=False)
    d.add_heading("Het gesprek", level=2)
    d.add_paragraph("Ik sprak mevrouw op 2 september 2026 bij haar thuis. Haar zoon Wim was erbij. Ik heb "
                    "mevrouw verteld dat zij gratis hulp kan krijgen van een onafhankelijke "
                    "cliëntondersteuner. Zij vond dat niet nodig, haar zoon helpt haar. Ook kon zij een "
                    "persoonlijk plan maken; dat heeft zij niet gedaan.")
    d.add_heading("De vraag van mevrouw", level=2)
    d.add_paragraph("\"Ik wil gewoon in mijn eigen bed kunnen slapen en boven kunnen douchen, zonder bang te "
                    "zijn dat ik val.\" Mevrouw wil in haar huis blijven wonen, waar zij al 52 jaar woont.")
    d.add_heading("Wat lukt niet", level=2)
    bullets(d, [
        "Mobiliteit in huis: traplopen lukt één keer per dag, met pijn en met beide handen aan de leuning. Zij is in juli twee keer bijna gevallen.",
        "Persoonlijke verzorging: douchen lukt zelf, op een douchestoel. De douche is boven.",
        "Huishouden: mevrouw doet zelf de lichte taken. De zware schoonmaak doet een particuliere hulp, die zij zelf betaalt.",
        "Sociale contacten: mevrouw gaat op dinsdag naar de soos in het Kulturhus; de buurtbus brengt haar.",
    ])
    d.add_heading("Wat mevrouw zelf kan en wat anderen doen", level=2)
    d.add_paragraph("Mevrouw is zelfstandig en regelt veel zelf. Zij heeft al een tweede trapleuning laten "
                    "plaatsen en betaalt zelf haar huishoudelijke hulp. Een traplift kan zij niet zelf "
                    "betalen: zij heeft alleen AOW en een klein pensioen en geen spaargeld van betekenis.")
    d.add_paragraph("Mevrouw woont alleen, er zijn geen huisgenoten. Zoon Wim woont in Neede en komt op "
                    "maandag, woensdag en zaterdag. Hij doet de boodschappen en de tuin. Elke avond de trap "
                    "op helpen kan hij niet; hij werkt in ploegendienst. Dochter Anja woont in Canada. De "
                    "buren zijn jong en werken allebei; zij letten op, maar kunnen niet elke dag helpen.")
    d.add_paragraph("Een algemene voorziening lost dit niet op. De buurtbus en de soos helpen mevrouw om "
                    "buiten de deur te komen, maar niet om de trap op te komen. Ook de Zvw en de Wlz "
                    "bieden geen traplift; mevrouw heeft geen Wlz-indicatie en heeft die ook niet nodig.")
    d.add_paragraph("Ik heb met mevrouw en haar zoon gesproken over verhuizen naar een gelijkvloerse "
                    "woning. Mevrouw wil dat liever niet, maar zou het overwegen. Volgens Wooncorporatie "
                    "Berkelstroom komt er in Ruurhorst de komende twee jaar geen seniorenwoning vrij. "
                    "Wachten is niet veilig.")
    d.add_heading("Wat nodig is en mijn advies", level=2)
    d.add_paragraph("Mevrouw heeft een veilige manier nodig om dagelijks boven te komen. Ik adviseer een "
                    "traplift voor de rechte trap, in bruikleen, via de vaste leverancier. Dit is de "
                    "goedkoopst passende oplossing nu verhuizen niet mogelijk is.")
    d.add_heading("Reactie van mevrouw", level=2)
    d.add_paragraph("Mevrouw heeft het verslag op 14 september 2026 voor akkoord getekend. Zij had geen "
                    "opmerkingen.")
    d.add_paragraph("Bart Eppink, Wmo-consulent")
    d.save(OUT / "h10.docx")


# ---------------------------------------------------------------- h11
def h11():
    d = new_doc("Calibri", 11)
    d.add_heading("Gespreksverslag Wmo - vervoer", level=1)
    d.add_paragraph("Regionaal Wmo-loket Achterhoek-Oost, namens de gemeente Baakveld")
    table(d, [["Dossiernummer", "AO-BKV-26-0893"],
              ["Cliënt", "de heer A.W. (Albert) Klein Gunnewiek, Brinkstraat 5, 7255 AJ Baakveld"],
              ["Melding", "6 juli 2026"],
              ["Gesprek", "15 juli 2026, bij meneer thuis"],
              ["Aanwezig", "meneer, zijn dochter Ilse, Wmo-consulent Femke Roerdink"],
              ["Cliëntondersteuning", "aangeboden; meneer wilde dit niet, zijn dochter helpt hem"],
              ["Persoonlijk plan", "besproken; meneer heeft geen plan ingediend"],
              ["Verslag verstuurd", "21 juli 2026"]], header=False)
    d.add_heading("Het gesprek", level=2)
    d.add_paragraph("Ik sprak meneer Klein Gunnewiek op woensdag 15 juli 2026 bij hem thuis. Zijn dochter "
                    "Ilse had het gesprek aangevraagd en was erbij. Meneer heeft dit voorjaar zijn rijbewijs "
                    "ingeleverd. Sindsdien komt hij bijna de deur niet meer uit.")
    d.add_heading("Vraag van meneer", level=2)
    d.add_paragraph("Meneer zei: \"Ik wil weer naar de biljartclub in Eibergen en naar het graf van mijn "
                    "vrouw, zonder dat Ilse daarvoor steeds vrij moet nemen.\"")
    d.add_heading("Beperkingen", level=2)
    bullets(d, [
        "Diabetes mellitus type 2, insulineafhankelijk (Novorapid 3x daags, Lantus 22 E voor de nacht)",
        "Diabetische retinopathie beiderzijds, laserbehandeling 2024",
        "Polyneuropathie voeten",
        "Atriumfibrilleren, gebruikt apixaban 5 mg 2x daags",
        "Status na TIA (2023)",
    ])
    d.add_heading("Afweging", level=2)
    lead(d, "Eigen mogelijkheden.", "Meneer heeft zijn rijbewijs op advies van de oogarts ingeleverd.")
    lead(d, "Huisgenoten.", "Meneer is weduwnaar en woont alleen.")
    lead(d, "Mantelzorg.", "Dochter Ilse woont in Haaksbergen en werkt 32 uur per week in de zorg. Zij "
         "brengt meneer naar het ziekenhuis en naar de huisarts. Naar de biljartclub op donderdagavond en "
         "naar de begraafplaats kan zij hem niet ook nog elke week rijden. Zoon Henk woont in Australië.")
    lead(d, "Netwerk.", "Een oud-collega van de biljartclub haalde meneer de eerste weken op. Hij woont in "
         "Rekken en kan dat niet elke week blijven doen. De buren bij meneer in de straat hebben geen auto.")
    lead(d, "Algemene voorzieningen.", "n.v.t.")
    lead(d, "Andere wetten.", "Ziekenhuisritten vallen onder de Zvw, maar alleen bij dialyse, chemo of "
         "rolstoelvervoer; meneer heeft daar geen recht op. Een Wlz-indicatie heeft meneer niet.")
    d.add_heading("Wat meneer nodig heeft", level=2)
    d.add_paragraph("Meneer heeft vervoer nodig voor zijn sociale contacten in de regio: ongeveer twee "
                    "ritten per week heen en terug (biljartclub Eibergen, begraafplaats en familie), samen "
                    "ongeveer 1.500 kilometer per jaar, binnen 25 kilometer van zijn huis.")
    d.add_heading("Conclusie en advies", level=2)
    d.add_paragraph("Ik adviseer een Wmo-vervoerspas voor de Regiotaxi Achterhoek, met een budget van "
                    "1.500 kilometer per jaar, voor drie jaar. De dochter van meneer kan de ritten naar "
                    "de club niet ook nog rijden en de oud-collega kan het niet volhouden. Een begeleider "
                    "in de taxi is niet nodig.")
    d.add_heading("Reactie", level=2)
    d.add_paragraph("Wilt u iets aanvullen of klopt er iets niet? Laat het mij binnen tien dagen weten "
                    "(f.roerdink@wmoloket-ao.nl, 0545 - 29 34 22). Bent u het eens, teken dan hieronder "
                    "voor akkoord.")
    d.add_paragraph("Handtekening meneer: ______________________     Datum: ____________")
    d.add_paragraph("Femke Roerdink, Wmo-consulent")
    d.save(OUT / "h11.docx")


# ---------------------------------------------------------------- h13
def h13():
    d = new_doc("Times New Roman", 11)
    block(d, "GEMEENTE ZWINLAND\nPostbus 30\n4500 AA Oostzwin")
    d.add_paragraph()
    block(d, "Aan de heer en mevrouw Goethals-De Wulf\nt.a.v. de heer R.M. Goethals\nNieuwstraat 52\n4503 BE Oostzwin")
    d.add_paragraph()
    block(d, "Oostzwin, 9 november 2026\nKenmerk: ZW-WMO-2026-0957\nBetreft: toekenning dagbesteding en vervoer")
    d.add_paragraph("Geachte heer Goethals,")
    d.add_paragraph(
        "Naar aanleiding van de melding die uw echtgenote op 5 oktober 2026 namens u heeft gedaan en het "
        "onderzoek dat door onze Wmo-consulent, de heer W. Lippens, op 14 oktober 2026 ten uwen huize is "
        "uitgevoerd, van welk onderzoek het verslag u op 21 oktober 2026 is toegezonden en op grond "
        "waarvan u op 29 oktober 2026 een aanvraag heeft ingediend, berichten wij u hieronder omtrent het "
        "besluit dat het college van burgemeester en wethouders op uw aanvraag heeft genomen.")
    d.add_heading("Overwegingen en besluit", level=2)
    d.add_paragraph(
        "U bent 79 jaar en woont met uw echtgenote in Oostzwin; u bent beiden geboren en getogen in "
        "Maldegem en woont sinds uw pensionering aan deze kant van de grens. In verband met de ziekte van "
        "Parkinson en de geheugenproblemen die daarbij in het afgelopen jaar zijn ontstaan, is volgens de "
        "casemanager dementie overdag behoefte aan structuur en toezicht, hetgeen in de praktijk betekent "
        "dat uw echtgenote, die zelf 77 jaar "
        "is en hartklachten heeft, u de gehele dag gezelschap houdt en begeleidt en daardoor, naar zij ons "
        "tijdens het gesprek heeft verteld en de casemanager heeft bevestigd, tegen de grenzen van haar "
        "belastbaarheid aanloopt.")
    d.add_paragraph(
        "Bij de beoordeling van uw aanvraag hebben wij, overeenkomstig artikel 2.3.2, vierde lid, van de "
        "wet, onderzocht in hoeverre u op eigen kracht in uw behoefte aan ondersteuning kunt voorzien; dit "
        "is in het gesprek uitvoerig aan de orde geweest. Van uw echtgenote kan als gebruikelijke hulp "
        "worden verwacht dat zij het huishouden verzorgt en u gezelschap houdt, hetgeen zij ook doet, maar "
        "het dagelijks begeleiden en het voortdurend toezicht houden gaat, mede gelet op haar eigen leeftijd "
        "en gezondheid, uit boven hetgeen in redelijkheid van een echtgenote mag worden verwacht en is "
        "derhalve aan te merken als mantelzorg, waarvan wij moeten vaststellen dat deze zonder ontlasting "
        "niet langer vol te houden is. Uw zoon woont in Brussel en komt eenmaal per maand een weekend; "
        "meer kan hij in verband met zijn werk niet bieden. Sociaal netwerk: geen.")
    d.add_paragraph(
        "Wij hebben voorts bezien of een algemene voorziening volstaat. U heeft met uw echtgenote de "
        "ontmoetingsgroep van het Odensehuis in Terneuzen bezocht, maar daar moet een naaste meegaan, zodat "
        "uw echtgenote er niet door wordt ontlast. Een voorziening op grond van de Wlz is thans niet aan de "
        "orde, nu u geen Wlz-indicatie heeft en de casemanager dementie, die via de Zvw wordt bekostigd, "
        "heeft aangegeven dat een indicatie op dit moment niet aangewezen is.")
    d.add_paragraph(
        "Gelet op het vorenstaande kent het college u een maatwerkvoorziening dagbesteding toe, zodat u "
        "overdag structuur en toezicht krijgt en uw echtgenote wordt ontlast, alsmede vervoer van en naar "
        "de dagbesteding, omdat u niet zelfstandig kunt reizen en uw echtgenote niet meer autorijdt.")
    table(d, [["Voorziening", "Omvang", "Ingangsdatum", "Leveringsvorm / aanbieder"],
              ["Dagbesteding (groep), ouderen met geheugenproblemen", "3 dagdelen per week", "16 november 2026", "zorg in natura, Zorgcentrum Ter Hoeve"],
              ["Vervoer van en naar de dagbesteding", "naar behoefte", "16 november 2026", "zorg in natura, via Zorgcentrum Ter Hoeve"]])
    d.add_heading("Eigen bijdrage", level=2)
    d.add_paragraph("Voor deze voorzieningen is een eigen bijdrage verschuldigd van € 21,80 per maand "
                    "(abonnementstarief), die door het CAK wordt vastgesteld en geïnd.")
    d.add_heading("Wettelijke grondslag", level=2)
    d.add_paragraph("Dit besluit is gegrond op artikel 2.3.5, derde lid, van de Wet maatschappelijke "
                    "ondersteuning 2015 en de artikelen 7 en 8 van de Verordening maatschappelijke "
                    "ondersteuning Zwinland 2025.")
    d.add_heading("Bezwaar", level=2)
    d.add_paragraph("Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de "
                    "dagtekening van deze brief een gemotiveerd en ondertekend bezwaarschrift indienen bij "
                    "het college van burgemeester en wethouders van Zwinland, Postbus 30, 4500 AA "
                    "Oostzwin, onder vermelding van uw naam, adres, de dagtekening, het kenmerk van deze "
                    "brief en de gronden van het bezwaar. Tevens kan de voorzieningenrechter van de "
                    "rechtbank Zeeland-West-Brabant worden verzocht een voorlopige voorziening te treffen.")
    d.add_paragraph("Hoogachtend,")
    block(d, "het college van burgemeester en wethouders van Zwinland,\nnamens deze,\n\n\nJ.A. Claeys\nteamleider Zorg en Welzijn")
    d.save(OUT / "h13.docx")


if __name__ == "__main__":
    for f in (h02, h05, h08, h10, h11, h13):
        f()
    print("built")
