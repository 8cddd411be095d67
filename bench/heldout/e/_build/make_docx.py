"""Build the .docx drafts of held-out set e.  usage: make_docx.py e01 [e04 ...] (or no args = all)"""
import sys, pathlib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = pathlib.Path(__file__).resolve().parent.parent


def new_doc(letterhead, font="Calibri", size=10.5, head_bold_first=True, align_right=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.2)
    hdr = sec.header
    first = True
    for line in letterhead:
        para = hdr.paragraphs[0] if first else hdr.add_paragraph()
        r = para.add_run(line)
        if first and head_bold_first:
            r.bold = True
            r.font.size = Pt(size + 3)
        else:
            r.font.size = Pt(size - 1.5)
        if align_right:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first = False
    return doc


def lines(doc, items, space_after=0):
    """address block / meta lines: one paragraph per line, no spacing"""
    for it in items:
        para = doc.add_paragraph(it)
        para.paragraph_format.space_after = Pt(space_after)
    doc.add_paragraph()


def p(doc, text="", bold=False, italic=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    return para


def runs(doc, parts, style=None):
    """parts: list of (text, bold)"""
    para = doc.add_paragraph(style=style)
    for text, bold in parts:
        r = para.add_run(text)
        r.bold = bold
    return para


def h(doc, text, level):
    return doc.add_heading(text, level=level)


def bullet(doc, text, lead=None):
    para = doc.add_paragraph(style="List Bullet")
    if lead:
        para.add_run(lead).bold = True
    para.add_run(text)
    return para


def table(doc, rows, header=None, widths=None, bold_first_col=True, style="Table Grid"):
    ncol = len(rows[0]) if rows else len(header)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = style
    if header:
        cells = t.add_row().cells
        for i, txt in enumerate(header):
            cells[i].text = ""
            cells[i].paragraphs[0].add_run(txt).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, txt in enumerate(row):
            cells[i].text = ""
            parts = txt.split("\n")
            for j, part in enumerate(parts):
                para = cells[i].paragraphs[0] if j == 0 else cells[i].add_paragraph()
                r = para.add_run(part)
                if i == 0 and bold_first_col:
                    r.bold = True
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


BUILDERS = {}


def builder(fn):
    BUILDERS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------------------
@builder
def e01():
    doc = new_doc(["Gemeente Amstelhaven",
                   "Zorg en Ondersteuning  |  Postbus 2026, 1090 AH Amstelhaven  |  www.amstelhaven.nl  |  telefoon 14 020"])
    lines(doc, ["Mevrouw H. van Dalen-Kok", "Bloesemhof 27", "1093 KL Amstelhaven"])
    lines(doc, ["Datum: 6 februari 2026",
                "Ons kenmerk: ZO-2026-004812",
                "Onderwerp: uw aanvraag voor een scootmobiel",
                "Contactpersoon: Ilse Brouwer, Wmo-consulent team Oost"])
    h(doc, "Besluit over uw scootmobiel", 1)
    p(doc, "Beste mevrouw Van Dalen-Kok,")
    h(doc, "In het kort", 2)
    p(doc, "U krijgt een scootmobiel in bruikleen. Mobiel Centrum Amstel brengt de scootmobiel bij u thuis. "
           "U betaalt een eigen bijdrage via het CAK. Hieronder leest u waarom wij zo besluiten. "
           "En wat u kunt doen als u het er niet mee eens bent.")
    h(doc, "Wat heeft u gevraagd?", 2)
    p(doc, "Op 5 januari 2026 heeft u ons gebeld. U wilt zelf naar de markt op het Havenplein, naar de bibliotheek "
           "en naar uw zus in Amstelhaven-Noord kunnen. U zei: ‘Ik wil eventueel ook weer naar de soos op donderdag.’")
    h(doc, "Ons gesprek", 2)
    p(doc, "Op 20 januari 2026 heeft Ilse Brouwer bij u thuis met u gesproken. Uw zoon Mark was erbij. "
           "Het verslag van dat gesprek hebben wij u op 26 januari 2026 gestuurd. U heeft het verslag getekend "
           "teruggestuurd. Op 28 januari 2026 heeft u de aanvraag gedaan.")
    h(doc, "Wat hebben wij gezien?", 2)
    bullet(doc, " Door uw COPD bent u na ongeveer 100 meter lopen buiten adem. Binnenshuis loopt u met een rollator. "
                "Buiten komt u niet verder dan de hoek van de straat.", "Uw situatie:")
    bullet(doc, " U heeft geen auto en geen rijbewijs meer. Fietsen is voor u niet veilig, omdat u snel buiten adem "
                "bent en uw evenwicht slecht is. De bushalte ligt op 400 meter. Die haalt u met de rollator niet.",
           "Wat kunt u zelf?")
    bullet(doc, " U woont alleen. Er zijn geen huisgenoten die u kunnen helpen.", "Wie woont er bij u?")
    bullet(doc, " Uw zoon Mark brengt u eens per twee weken met de auto naar uw zus. Hij woont in Haarlem en "
                "werkt fulltime. Vaker rijden kan hij niet.", "Familie:")
    bullet(doc, " Uw buurvrouw doet af en toe een boodschap voor u mee. Vaker kan zij niet, want zij zorgt "
                "voor haar man.", "Buren en vrienden:")
    bullet(doc, " De Buurtbus Oost rijdt twee keer per week een vaste route. Daarmee kunt u niet zelf kiezen "
                "wanneer u boodschappen doet of op bezoek gaat. Voor lange ritten kunt u de regiotaxi blijven "
                "gebruiken.", "Voorzieningen in de buurt:")
    bullet(doc, " Een scootmobiel krijgt u niet via uw zorgverzekering (Zvw). U heeft geen Wlz-indicatie. "
                "Daarom kijken wij naar de Wmo.", "Andere wetten:")
    h(doc, "Ons besluit", 2)
    runs(doc, [("Ons besluit: ", True),
               ("u krijgt een scootmobiel. Zonder scootmobiel kunt u niet zelf boodschappen doen of op bezoek "
                "gaan. Uw zoon, uw buurvrouw en de buurtbus kunnen dat niet genoeg oplossen.", False)])
    table(doc, [
        ["Voorziening", "Scootmobiel (middelgroot, 4 wielen), met boodschappenmand en regenkap"],
        ["Vorm", "In bruikleen, als zorg in natura"],
        ["Leverancier", "Mobiel Centrum Amstel"],
        ["Ingangsdatum", "16 februari 2026. De leverancier belt u voor een afspraak om de scootmobiel te brengen "
                         "en uit te leggen."],
        ["Hoe lang", "Zolang u de scootmobiel nodig heeft"],
        ["Onderhoud en reparatie", "Door Mobiel Centrum Amstel, zonder kosten voor u"],
        ["Eigen bijdrage", "Ja, via het CAK (zie hieronder)"],
    ], widths=[4.5, 11])
    runs(doc, [("Eigen bijdrage: ", True),
               ("voor de scootmobiel betaalt u een eigen bijdrage. Het CAK berekent en int deze bijdrage. "
                "U krijgt daarover een brief van het CAK. Kijk voor meer informatie op www.hetcak.nl.", False)])
    runs(doc, [("Liever een pgb? ", True),
               ("Wilt u liever zelf een scootmobiel uitzoeken en kopen? Dan kunt u kiezen voor een "
                "persoonsgebonden budget (pgb). Kijk op www.amstelhaven.nl/pgb of bel ons.", False)])
    h(doc, "Waarop is dit besluit gebaseerd?", 2)
    p(doc, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 "
           "(Wmo 2015) en op artikel 12 van de Verordening maatschappelijke ondersteuning Amstelhaven 2025. "
           "De eigen bijdrage volgt uit artikel 2.1.4 van de Wmo 2015 en artikel 20 van de verordening.")
    h(doc, "Zo maakt u bezwaar", 2)
    p(doc, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar "
           "maken bij het college van burgemeester en wethouders van Amstelhaven. Dat kan op twee manieren:")
    bullet(doc, "online via www.amstelhaven.nl/bezwaar (met DigiD);")
    bullet(doc, "per post: College van burgemeester en wethouders van Amstelhaven, t.a.v. team Bezwaar, "
                "Postbus 2026, 1090 AH Amstelhaven.")
    p(doc, "Zet in uw bezwaar uw naam en adres, de datum, het kenmerk van deze brief, waarom u het niet eens bent "
           "en uw handtekening. Is het dringend? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een "
           "voorlopige voorziening. Dat kan alleen als u ook bezwaar maakt.")
    h(doc, "Vragen?", 2)
    p(doc, "Bel Ilse Brouwer via 14 020 of mail naar wmo@amstelhaven.nl. Noem uw kenmerk ZO-2026-004812.")
    p(doc, "Met vriendelijke groet,")
    p(doc, "namens het college van burgemeester en wethouders van Amstelhaven,")
    p(doc)
    lines(doc, ["R.K. Hoekstra", "teamleider Wmo Oost"])
    doc.save(OUT / "e01.docx")



# ---------------------------------------------------------------------------
VECHTBURG_HEAD = ["Gemeente Vechtburg",
                  "Sociaal Domein – team Wmo",
                  "Postbus 150, 3630 AD Vechtburg  ·  0294 - 25 25 25  ·  www.vechtburg.nl"]


@builder
def e04():
    doc = new_doc(VECHTBURG_HEAD, font="Arial", size=10)
    lines(doc, ["Mevrouw G. Nijenhuis-Boer", "Populierenlaan 8", "3632 TR Vechtburg"])
    lines(doc, ["Datum: 10 maart 2026",
                "Kenmerk: HER-HO-2026-0188",
                "Onderwerp: herindicatie huishoudelijke ondersteuning"])
    p(doc, "Geachte mevrouw Nijenhuis,")
    p(doc, "Waarom krijgt u deze brief?", bold=True)
    p(doc, "Vanaf 1 januari 2026 werkt de gemeente Vechtburg met een nieuw normenkader voor huishoudelijke "
           "ondersteuning: het Normenkader Huishoudelijke Ondersteuning Vechtburg 2026. Daarin staat hoeveel tijd "
           "nodig is voor schoonmaken, de was en andere taken in huis. Wij kijken bij iedereen die huishoudelijke "
           "ondersteuning krijgt opnieuw naar de situatie. Dat heet een herindicatie. In deze brief leest u wat de "
           "herindicatie voor u betekent.")
    p(doc, "Ons gesprek", bold=True)
    p(doc, "Op 17 februari 2026 heeft onze consulent Dirk Verweij bij u thuis met u gesproken. Uw buurvrouw, "
           "mevrouw Kaya, was erbij. Het verslag van dat gesprek hebben wij u op 23 februari 2026 gestuurd. "
           "U heeft ons gebeld dat het verslag klopt.")
    p(doc, "Wat hebben wij gezien?", bold=True)
    p(doc, "U woont alleen in een benedenwoning. Door artrose in uw handen en knieën kunt u niet stofzuigen, niet "
           "dweilen en geen bedden verschonen. De afwas, de planten en licht stof afnemen doet u zelf. Sinds "
           "november 2025 staat er een wasmachine met droger in uw keuken. U doet de was nu zelf. U hoeft de "
           "wasmand niet meer de trap af te dragen naar de kelder, zoals vroeger.")
    p(doc, "Er zijn geen huisgenoten die taken kunnen overnemen. Uw zoon woont in Groningen. Hij komt één keer per "
           "maand en kan geen schoonmaakwerk voor u doen. Uw buurvrouw doet elke week samen met u boodschappen. "
           "Schoonmaken kan zij niet, want zij heeft zelf rugklachten.")
    p(doc, "De boodschappendienst van Welzijn Vechtburg heeft u niet nodig, omdat u met uw buurvrouw boodschappen "
           "doet. Voor de zware schoonmaak is in Vechtburg geen algemene voorziening. Hulp bij het douchen krijgt u "
           "van de wijkverpleging, via uw zorgverzekering (Zvw). Die hulp verandert niet. Het huishouden valt niet "
           "onder de Zvw. Daarom kijken wij daarvoor naar de Wmo.")
    p(doc, "Ons besluit", bold=True)
    p(doc, "Wij verlagen uw huishoudelijke ondersteuning van 3,5 uur naar 2,5 uur per week. U doet de was nu zelf. "
           "Daarom is het uur voor de was niet meer nodig. Voor het schoonmaken houdt u dezelfde tijd: 2,5 uur per "
           "week. Tot en met 30 juni 2026 houdt u nog 3,5 uur per week.")
    table(doc, [
        ["Voorziening", "Huishoudelijke ondersteuning", "Huishoudelijke ondersteuning"],
        ["Schoonmaken", "2,5 uur per week", "2,5 uur per week"],
        ["Wasverzorging", "1 uur per week", "vervalt"],
        ["Totaal", "3,5 uur per week", "2,5 uur per week"],
        ["Einddatum", "—", "30 juni 2028"],
        ["Leveringsvorm", "Zorg in natura, Thuishulp Vecht en Plas", "Zorg in natura, Thuishulp Vecht en Plas"],
    ], header=["", "Nu, tot en met 30 juni 2026", "Vanaf 1 juli 2026"], widths=[3.5, 6, 6])
    p(doc, "Overgangsperiode", bold=True)
    p(doc, "U krijgt bijna vier maanden om te wennen. In die tijd kunt u met Thuishulp Vecht en Plas afspreken "
           "welke taken de hulp vanaf 1 juli 2026 doet. Naar verwachting heeft u voor de was geen hulp meer nodig, "
           "omdat de machine nu in de keuken staat. Gaat het toch niet? Bel ons dan.")
    p(doc, "Eigen bijdrage en pgb", bold=True)
    p(doc, "U betaalt voor de huishoudelijke ondersteuning een eigen bijdrage. Het CAK int die bijdrage. Het CAK "
           "stuurt u een brief als het bedrag verandert. Wilt u de hulp liever zelf inkopen met een "
           "persoonsgebonden budget (pgb)? Dat kan. Bel ons dan.")
    p(doc, "Waarop is dit besluit gebaseerd?", bold=True)
    p(doc, "Artikel 2.3.5, derde lid, en artikel 2.3.10, eerste lid, onderdeel b, van de Wet maatschappelijke "
           "ondersteuning 2015; de artikelen 10 en 24 van de Verordening maatschappelijke ondersteuning Vechtburg "
           "2025; het Normenkader Huishoudelijke Ondersteuning Vechtburg 2026.")
    p(doc, "Bent u het niet eens met dit besluit?", bold=True)
    p(doc, "Dan kunt u bezwaar maken. Dat moet binnen zes weken na de datum van deze brief. Stuur uw bezwaarschrift "
           "naar het college van burgemeester en wethouders van Vechtburg, Postbus 150, 3630 AD Vechtburg. U kunt "
           "ook bezwaar maken via www.vechtburg.nl/bezwaar. Schrijf in uw bezwaar uw naam en adres, de datum, het "
           "kenmerk van deze brief en waarom u het niet eens bent. Zet er uw handtekening onder. Maakt u bezwaar "
           "en is het dringend? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige "
           "voorziening.")
    p(doc, "Heeft u vragen? Bel dan met team Wmo, 0294 - 25 25 25.")
    p(doc, "Met vriendelijke groet,")
    p(doc, "namens het college van burgemeester en wethouders van Vechtburg,")
    p(doc)
    lines(doc, ["mr. S. Oudshoorn", "teamleider Wmo"])
    doc.save(OUT / "e04.docx")


# ---------------------------------------------------------------------------
AMSTEL_HEAD = ["Gemeente Amstelhaven",
               "Zorg en Ondersteuning  |  Postbus 2026, 1090 AH Amstelhaven  |  www.amstelhaven.nl  |  telefoon 14 020"]


@builder
def e05():
    doc = new_doc(AMSTEL_HEAD)
    h(doc, "Verslag van ons gesprek (onderzoek Wmo)", 1)
    h(doc, "Over ons gesprek", 2)
    bullet(doc, " de heer W. Scheffer", "Naam:")
    bullet(doc, " Kade 114, 1094 EE Amstelhaven", "Adres:")
    bullet(doc, " ZO-2026-005530", "Kenmerk:")
    bullet(doc, " 8 januari 2026, door meneer zelf via www.amstelhaven.nl/hulp", "Melding:")
    bullet(doc, " 27 januari 2026, van 14.00 tot 15.00 uur", "Datum gesprek:")
    bullet(doc, " bij meneer en mevrouw Scheffer thuis", "Plaats:")
    bullet(doc, " de heer Scheffer, mevrouw A. Scheffer (zijn vrouw) en Noor Aydın, Wmo-consulent team Zuid",
           "Aanwezig:")
    bullet(doc, " wij hebben u gewezen op gratis cliëntondersteuning van Cliëntondersteuning Amstelhaven. "
                "U wilde dat niet; uw vrouw helpt u.", "Cliëntondersteuning:")
    bullet(doc, " wij hebben u verteld dat u een persoonlijk plan kunt maken. U heeft geen plan gemaakt.",
           "Persoonlijk plan:")
    h(doc, "In het kort", 2)
    p(doc, "U heeft ons gevraagd om een rolstoel. In dit verslag leest u wat wij samen hebben besproken.")
    h(doc, "Uw vraag", 2)
    p(doc, "Meneer Scheffer zegt: ‘Ik wil weer mee naar buiten. Naar de markt op zaterdag en naar onze "
           "kleinkinderen in het park.’ Mevrouw Scheffer wil haar man kunnen duwen als zij samen op pad gaan.")
    h(doc, "Uw situatie", 2)
    p(doc, "Meneer (79) en mevrouw (76) Scheffer wonen samen in een appartement op de tweede verdieping. Er is een "
           "lift. Mevrouw doet het huishouden. Eén keer per week komt er een schoonmaker, die zij zelf betalen. "
           "Zij hebben een kleine auto; mevrouw rijdt.")
    h(doc, "Wat lukt niet goed?", 2)
    p(doc, "Zie uw vraag.")
    h(doc, "Wat kunt u zelf en wie helpt u?", 2)
    runs(doc, [("Zelf: ", True),
               ("meneer loopt binnenshuis met een rollator. Buiten haalt hij met de rollator ongeveer 50 meter; "
                "daarna moet hij rusten. Een scootmobiel wil hij niet. Hij vindt zichzelf niet veilig genoeg in "
                "het verkeer, omdat hij soms trilt en snel schrikt.", False)])
    runs(doc, [("Uw vrouw: ", True),
               ("mevrouw wil meneer duwen. Zij is gezond en wandelt elke dag. Een lichte rolstoel kan zij in en "
                "uit de auto tillen. Een zware rolstoel niet.", False)])
    runs(doc, [("Familie: ", True),
               ("uw dochter woont in Amstelhaven-West en komt elke zondag. Zij gaat soms mee naar buiten. Vaker "
                "kan zij niet komen, want zij werkt.", False)])
    runs(doc, [("Buren en vrienden: ", True),
               ("mensen van de bridgeclub halen meneer op donderdag met de auto op. Dat is één middag per week. "
                "Verder gaat hij niet naar buiten.", False)])
    runs(doc, [("Voorzieningen in de buurt: ", True),
               ("buurthuis De Kaap leent een rolstoel uit voor één middag. Dat is genoeg voor één uitje, maar "
                "niet voor elke week.", False)])
    h(doc, "Andere wetten (Zorgverzekeringswet, Wlz)", 2)
    h(doc, "Wat is er nodig?", 2)
    p(doc, "Meneer heeft voor buiten een lichte duwrolstoel nodig, die mevrouw kan duwen en in de auto kan zetten. "
           "Meneer gebruikt de rolstoel ongeveer drie keer per week.")
    h(doc, "Conclusie en advies", 2)
    p(doc, "Volgt. Eerst vragen wij de ergotherapeut van het Wmo-team om advies over het soort rolstoel.")
    h(doc, "Hoe gaat het verder?", 2)
    p(doc, "U krijgt van ons een aanvraagformulier. Stuur het ingevuld terug in de antwoordenvelop. "
           "Daarna nemen wij een besluit. Dat doen wij binnen twee weken nadat wij uw aanvraag hebben ontvangen.")
    p(doc, "Noor Aydın")
    p(doc, "Wmo-consulent team Zuid, telefoon 14 020")
    p(doc, "Amstelhaven, 29 januari 2026")
    doc.save(OUT / "e05.docx")


# ---------------------------------------------------------------------------
SCHOUWEN_HEAD = ["GEMEENTE SCHOUWENHOEK",
                 "Team Wmo en Jeugd  ·  Postbus 41, 4328 ZG Renesdijk  ·  telefoon (0111) 45 20 00"]


@builder
def e06():
    doc = new_doc(SCHOUWEN_HEAD, font="Times New Roman", size=11)
    lines(doc, ["De heer L.A. de Ruijter", "Dorpsplein 3", "4327 AK Haamstrand"])
    lines(doc, ["Renesdijk, 24 maart 2026", "Kenmerk: WMO/26/0402",
                "Betreft: beslissing op uw aanvraag om kortdurend verblijf"])
    p(doc, "Geachte heer en mevrouw De Ruijter,")
    p(doc, "Op 2 februari 2026 heeft mevrouw De Ruijter namens u een melding gedaan, waarna op 16 februari 2026 door "
           "ondergetekende bij u thuis een gesprek met u beiden en met uw zoon Wouter heeft plaatsgevonden, waarvan het "
           "verslag u op 20 februari 2026 is toegezonden en dat door u op 27 februari 2026 voor akkoord is ondertekend "
           "en teruggezonden, tezamen met de aanvraag om kortdurend verblijf in alle weekenden van het jaar, hetgeen "
           "neerkomt op 104 etmalen per jaar. Uit het onderzoek is gebleken dat bij u in 2024 de ziekte van Alzheimer is "
           "vastgesteld, dat u overdag en ’s nachts niet alleen kunt worden gelaten omdat u de woning verlaat en de weg "
           "niet terugvindt, en dat uw echtgenote, die de zorg en het toezicht vrijwel geheel op zich neemt, aangeeft "
           "dat zij na twee jaar onafgebroken zorg uitgeput is en behoefte heeft aan regelmatige momenten waarop zij "
           "kan uitrusten, zodat het doel van het kortdurend verblijf gelegen is in het ontlasten van de mantelzorger, "
           "hetgeen ingevolge artikel 2.3.12 van de Wet maatschappelijke ondersteuning 2015 als respijtzorg wordt "
           "aangemerkt. Naar de mogelijkheden van u zelf en van uw omgeving is onderzoek gedaan, waarbij is gebleken "
           "dat u door uw ziekte niet meer in staat bent om zelf uw dag in te delen of hulp in te schakelen, terwijl van "
           "uw echtgenote als gebruikelijke hulp weliswaar het toezicht binnen de normale grenzen kan worden verwacht, "
           "maar het permanente toezicht dat thans nodig is die grenzen ruimschoots overstijgt. Uw zoon, die in "
           "Middelhaven woont en voltijds werkt, neemt op de zondagmiddag de zorg over en is niet in staat dat verder "
           "uit te breiden, terwijl uw dochter in Canada woont en alleen telefonisch contact kan onderhouden; de buren "
           "en de leden van de biljartvereniging zijn niet in staat het toezicht over te nemen, omdat zij zich daartoe "
           "niet toegerust voelen, hetgeen gelet op uw onrust in de avonduren ook begrijpelijk is. Het Ontmoetingscentrum "
           "Dementie in Renesdijk, waar u op dinsdag en donderdag naartoe gaat, betreft een algemene voorziening die uw "
           "echtgenote twee dagdelen per week ontlast, maar die geen opvang in de weekenden en ’s nachts biedt; de "
           "casemanager dementie wordt vanuit de Zorgverzekeringswet bekostigd en biedt advies en begeleiding maar geen "
           "verblijf, en een indicatie voor de Wet langdurige zorg is tot op heden niet aangevraagd omdat u en uw "
           "echtgenote aangeven daar nog niet aan toe te zijn, zodat het kortdurend verblijf vooralsnog vanuit de Wmo "
           "dient te worden beoordeeld.")
    p(doc, "Gelet op het voorgaande en op artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 en "
           "artikel 11 van de Verordening maatschappelijke ondersteuning Schouwenhoek 2023, in samenhang met de "
           "Beleidsregels maatschappelijke ondersteuning Schouwenhoek 2023 waarin voor kortdurend verblijf als "
           "uitgangspunt een maximum van 52 etmalen per jaar is opgenomen, wordt uw aanvraag gedeeltelijk toegekend en "
           "wordt u in principe kortdurend verblijf toegekend van 52 etmalen per jaar, te weten één weekend per twee "
           "weken, in de periode van 1 april 2026 tot en met 31 maart 2027, in de vorm van zorg in natura bij Logeerhuis "
           "De Zeeuwse Stroom te Renesdijk, en wordt uw aanvraag voor zover deze de overige 52 etmalen betreft "
           "afgewezen, omdat het maximum van de beleidsregels naar ons oordeel in uw situatie toereikend is om uw "
           "echtgenote de noodzakelijke rust te bieden, mede gelet op de twee dagdelen in het Ontmoetingscentrum en de "
           "zondagmiddag waarop uw zoon de zorg overneemt. Voor het kortdurend verblijf is een eigen bijdrage "
           "verschuldigd, die door het CAK wordt vastgesteld en geïnd en waarover u van het CAK afzonderlijk bericht "
           "ontvangt. Indien u zich met deze beslissing niet kunt verenigen, kunt u binnen zes weken na de dagtekening "
           "van deze brief een bezwaarschrift indienen bij het college van burgemeester en wethouders van Schouwenhoek, "
           "Postbus 41, 4328 ZG Renesdijk, onder vermelding van uw naam en adres, de datum, het kenmerk van deze brief "
           "en de gronden van het bezwaar, en kunt u, indien onverwijlde spoed dat vereist, de voorzieningenrechter van "
           "de rechtbank om een voorlopige voorziening verzoeken; voor vragen kunt u mij op werkdagen tussen 9.00 en "
           "12.00 uur bereiken op het bovenstaande telefoonnummer.")
    p(doc, "Hoogachtend,")
    p(doc, "De consulent Wmo, namens het college van burgemeester en wethouders van Schouwenhoek,")
    p(doc)
    p(doc, "J. Boogaerdt")
    doc.save(OUT / "e06.docx")


# ---------------------------------------------------------------------------
LINGEDAL_HEAD = ["Loket Zorg & Welzijn Lingedal",
                 "Uitvoering van de Wmo en de Jeugdwet voor de gemeente Lingedal",
                 "Stationsweg 4, 4151 AB Lingehaven  ·  www.zorgenwelzijnlingedal.nl  ·  0345 - 64 00 00"]


@builder
def e08():
    doc = new_doc(LINGEDAL_HEAD, font="Verdana", size=9.5)
    h(doc, "Verslag van onderzoek Wmo", 1)
    lines(doc, ["Naam: mevrouw J.W. van Wijk-Stam",
                "Adres: Lindenhof 3, 4153 GP Lingehaven",
                "Kenmerk: LZW-WMO-26-00533"])
    h(doc, "Gespreksgegevens", 2)
    table(doc, [
        ["Melding", "5 februari 2026, telefonisch door mevrouw zelf"],
        ["Datum gesprek", "19 februari 2026, van 10.00 tot 11.15 uur"],
        ["Plaats", "Bij mevrouw thuis, Lindenhof 3, Lingehaven"],
        ["Aanwezig", "Mevrouw Van Wijk, haar zoon Peter van Wijk en Hans Koolhaas, consulent Wmo van het Loket"],
        ["Cliëntondersteuning", "Op 6 februari 2026 hebben wij mevrouw gewezen op gratis, onafhankelijke "
                                "cliëntondersteuning van Welzijn Lingedal. Zij vond dat niet nodig, omdat haar zoon "
                                "bij het gesprek zou zijn."],
        ["Persoonlijk plan", "Op 6 februari 2026 hebben wij mevrouw verteld dat zij binnen zeven dagen een "
                             "persoonlijk plan kon sturen. Zij heeft geen plan gemaakt."],
    ], header=["Onderwerp", "Bevindingen"], widths=[4.2, 11.3])
    h(doc, "Hulpvraag en situatie", 2)
    table(doc, [
        ["Hulpvraag", "Mevrouw zegt: ‘Ik wil zelf veilig kunnen douchen, zonder dat ik bang ben om te vallen.’ "
                      "Zij wil ook zonder struikelen van de kamer naar de badkamer en naar het balkon lopen."],
        ["Woonsituatie", "Mevrouw (84) woont alleen in een huurappartement van Linge Wonen, op de eerste "
                         "verdieping, met lift. In de gang liggen twee drempels van 4 cm: naar de badkamer en naar "
                         "het balkon. In de douche zitten geen beugels."],
        ["Gezondheid", "Mevrouw heeft artrose in heupen en knieën. In december 2025 is zij in de badkamer "
                       "gevallen. Binnenshuis loopt zij met een rollator."],
        ["Huishouden", "Mevrouw krijgt sinds 2024 2 uur huishoudelijke ondersteuning per week (Wmo). Dat gaat "
                       "goed en blijft zo."],
        ["Bewegen in huis", "Met de rollator komt mevrouw niet over de drempels. Zij tilt de rollator over de "
                            "drempel en verliest dan haar evenwicht."],
        ["Persoonlijke verzorging", "Mevrouw kan niet lang staan. Douchen lukt alleen staand, met één hand aan "
                                    "de kraan. Sinds de val douchet zij alleen als haar zoon in huis is, één keer "
                                    "per week. Op de andere dagen wast zij zich aan de wastafel."],
        ["Sociale contacten", "Mevrouw gaat elke dinsdag naar de koffieochtend in het wijkcentrum. Zij belt vaak "
                              "met haar zus. Dat gaat goed."],
    ], header=["Onderwerp", "Bevindingen"], widths=[4.2, 11.3])
    h(doc, "Wat kan mevrouw zelf en wie kan helpen?", 2)
    table(doc, [
        ["1. Wat kan mevrouw zelf?", "Een douchestoel kan mevrouw zelf kopen. Dat is een gewoon hulpmiddel "
                                     "(algemeen gebruikelijk); het kost ongeveer € 40 bij de thuiszorgwinkel of de "
                                     "bouwmarkt. Mevrouw zegt dat zij dat kan betalen. De drempels weghalen en "
                                     "beugels aanbrengen kan zij niet zelf."],
        ["2. Wie in huis kan helpen?", "Mevrouw woont alleen. Er zijn geen huisgenoten."],
        ["3. Familie, vrienden en buren", "Zoon Peter woont in Lingehaven. Hij helpt nu één keer per week bij "
                                          "het douchen en wil dat blijven doen tot de aanpassing klaar is. Vaker "
                                          "kan hij niet: hij werkt fulltime. De drempels kan hij niet weghalen, "
                                          "want het is een huurwoning en Linge Wonen moet toestemming geven. De "
                                          "buren zijn zelf op leeftijd en kunnen niet helpen."],
        ["4. Voorzieningen in de buurt", "De klussendienst van Welzijn Lingedal verwijdert geen drempels in "
                                         "huurwoningen. Linge Wonen haalt drempels alleen weg bij een renovatie; "
                                         "die staat voor deze flat niet gepland."],
        ["5. Andere wetten", "Wandbeugels en drempelhulpen krijgt mevrouw niet via de zorgverzekering (Zvw). "
                             "Mevrouw heeft geen Wlz-indicatie. De fysiotherapeut (Zvw) oefent met haar evenwicht; "
                             "dat lost het probleem met de drempels niet op."],
    ], header=["Onderwerp", "Bevindingen"], widths=[4.2, 11.3])
    h(doc, "Conclusie en advies", 2)
    table(doc, [
        ["Ondersteuningsbehoefte", "Mevrouw heeft nodig: een douchestoel, twee wandbeugels bij de douche en het "
                                   "weghalen of overbruggen van twee drempels (badkamer en balkon)."],
        ["Conclusie", "De douchestoel koopt mevrouw zelf. Voor de wandbeugels en de drempels is een "
                      "woningaanpassing via de Wmo nodig. Mevrouw, haar zoon en de voorzieningen in de buurt kunnen "
                      "dit niet oplossen, en de zorgverzekering vergoedt het niet."],
        ["Advies", "Een woningaanpassing toekennen: twee wandbeugels bij de douche en twee drempels weghalen of "
                   "vervangen door een drempelhulp. Uitvoering als zorg in natura door Bouwbedrijf Van Arkel, of als "
                   "pgb als mevrouw dat wil. Linge Wonen moet vooraf toestemming geven."],
        ["Hoe verder?", "Mevrouw doet de aanvraag met het formulier dat zij van ons heeft gekregen. Het Loket "
                        "vraagt toestemming aan Linge Wonen."],
    ], header=["Onderwerp", "Bevindingen"], widths=[4.2, 11.3])
    h(doc, "Uw reactie", 2)
    p(doc, "Klopt dit verslag? Of wilt u iets toevoegen? Stuur uw opmerkingen dan binnen tien dagen naar het Loket, "
           "of bel 0345 - 64 00 00. Wij voegen uw opmerkingen bij het verslag. Bent u het eens met het verslag? "
           "Zet dan hieronder uw handtekening en stuur één exemplaar terug in de antwoordenvelop.")
    p(doc, "Handtekening mevrouw Van Wijk: ______________________    Datum: ______________")
    p(doc, "Opgesteld door Hans Koolhaas, consulent Wmo, op 23 februari 2026. Op 23 februari 2026 per post aan "
           "mevrouw gestuurd.")
    doc.save(OUT / "e08.docx")


# ---------------------------------------------------------------------------
@builder
def e10():
    doc = new_doc(LINGEDAL_HEAD, font="Verdana", size=9.5)
    lines(doc, ["Mevrouw L.M. Hendriks", "Dijkgraaf 17", "4156 RT Lingehaven"])
    lines(doc, ["Datum: 20 maart 2026", "Ons kenmerk: LZW-WMO-26-00802", "Onderwerp: besluit over je dagbesteding"])
    p(doc, "Beste Lotte,")
    p(doc, "Wat heb je gevraagd?", bold=True)
    p(doc, "Op 2 februari 2026 ben je met je moeder bij het Loket geweest. Je vroeg om dagbesteding: vier dagdelen "
           "per week bij Zorgboerderij De Lingehoeve. Op 17 februari 2026 hebben wij met jou en je moeder gepraat, "
           "bij jullie thuis. Het verslag van dat gesprek heb je op 24 februari 2026 van ons gekregen. Jij en je "
           "moeder hebben het getekend. Op 3 maart 2026 heb je de aanvraag gedaan. Je wilt de dagbesteding betalen "
           "met een persoonsgebonden budget (pgb).")
    p(doc, "Hoe hebben wij gekeken?", bold=True)
    p(doc, "Wij kijken eerst wat je zelf kunt en wie je kan helpen. Daarna kijken wij naar hulp van de gemeente.")
    runs(doc, [("1. Wat kun je zelf? ", True),
               ("Je kunt jezelf aankleden en verzorgen. Je fietst zelf naar je werk. Door je licht verstandelijke "
                "beperking lukt het je niet om een vrije dag zelf in te vullen. Je blijft dan in bed of op je "
                "telefoon, en je wordt onrustig.", False)])
    runs(doc, [("2. Wie in je huis kan helpen? ", True),
               ("Je woont bij je ouders. Van je ouders mogen wij verwachten dat zij helpen met het huishouden en "
                "met je geld. Dat doen zij ook. Overdag de hele dag met jou bezig zijn, kunnen zij niet: je vader "
                "werkt fulltime en je moeder werkt drie dagen per week in de zorg.", False)])
    runs(doc, [("3. Familie, vrienden en buren ", True),
               ("Je moeder doet veel meer dan gewone hulp. Zij plant elke avond je volgende dag. Zij vertelde dat zij "
                "daar erg moe van wordt. Je broer woont in Asperhoven en komt in het weekend; doordeweeks kan hij "
                "niet helpen. Je vrienden van het G-team van de voetbalclub zie je op zaterdag. Zij kunnen je "
                "doordeweeks niet helpen.", False)])
    runs(doc, [("4. Voorzieningen in de buurt ", True),
               ("Het inloophuis De Lingebrug heeft op woensdagmiddag een open activiteit. Daar kun je zonder "
                "indicatie naartoe. Je bent er al twee keer geweest en vond het leuk. Dat is één dagdeel. Voor de "
                "andere dagen heb je vaste begeleiding nodig.", False)])
    runs(doc, [("5. Andere wetten ", True),
               ("Je werkt twee dagen per week bij de groenploeg van Lingewerk (beschut werk via de Participatiewet). "
                "Op die dagen is dagbesteding niet nodig. Een indicatie voor de Wet langdurige zorg (Wlz) heb je "
                "niet. Het CIZ heeft in 2024 besloten dat je daar niet voor in aanmerking komt.", False)])
    p(doc, "Ons besluit", bold=True)
    p(doc, "Je krijgt dagbesteding, maar minder dan je vroeg: 2 dagdelen per week in plaats van 4. Je werkt 2 dagen "
           "per week. Op woensdagmiddag kun je naar het inloophuis. Dan blijven er 2 dagdelen over waarop je vaste "
           "begeleiding nodig hebt. Voor de andere 2 dagdelen die je vroeg, zeggen wij nee.")
    table(doc, [
        ["Voorziening", "Dagbesteding (begeleiding groep)"],
        ["Omvang", "2 dagdelen per week"],
        ["Extra", "Zo nodig 1 extra dagdeel per week in juli en augustus, als de groenploeg dicht is"],
        ["Ingangsdatum", "1 april 2026"],
        ["Einddatum", "31 maart 2028"],
        ["Leveringsvorm", "Persoonsgebonden budget (pgb)"],
        ["Hoogte pgb", "€ 58,40 per dagdeel, dus maximaal € 6.073,60 per jaar"],
        ["Waarvoor", "Alleen voor dagbesteding bij Zorgboerderij De Lingehoeve of een andere aanbieder waarmee je een "
                     "zorgovereenkomst sluit"],
        ["Uitbetaling en verantwoording", "De Sociale Verzekeringsbank (SVB) beheert je budget en betaalt de "
                                          "aanbieder (trekkingsrecht). Je stuurt de zorgovereenkomst naar de SVB. "
                                          "De aanbieder stuurt zijn rekening naar de SVB, niet naar jou."],
    ], header=["Onderdeel", "Wat je krijgt"], widths=[4.5, 11])
    p(doc, "Waarom krijg je een pgb?", bold=True)
    p(doc, "Je hebt een pgb-plan gemaakt met je moeder. Je moeder helpt je met de administratie van het pgb. "
           "Zorgboerderij De Lingehoeve past goed bij wat je nodig hebt: vaste begeleiders en buiten werken. "
           "Daarom krijg je de dagbesteding als pgb.")
    p(doc, "Op welke regels is dit besluit gebaseerd?", bold=True)
    p(doc, "Wet maatschappelijke ondersteuning 2015: artikel 2.3.5, derde lid, en artikel 2.3.6 (pgb). Verordening "
           "maatschappelijke ondersteuning Lingedal 2024: artikel 9 (begeleiding) en artikel 15 (pgb).")
    p(doc, "Ben je het niet eens met dit besluit?", bold=True)
    p(doc, "Dan kun je bezwaar maken. Dat moet binnen 30 dagen na de datum van deze brief. Stuur je bezwaar naar het "
           "college van burgemeester en wethouders van Lingedal, Postbus 300, 4150 AH Lingehaven. Of maak bezwaar via "
           "www.lingedal.nl/bezwaar. Schrijf in je brief je naam, je adres, de datum, het kenmerk van deze brief en "
           "waarom je het niet eens bent. Zet je handtekening eronder.")
    p(doc, "Heb je vragen? Bel het Loket: 0345 - 64 00 00. Vraag naar Esther van Rooijen.")
    p(doc, "Met vriendelijke groet,")
    p(doc, "namens het college van burgemeester en wethouders van Lingedal,")
    p(doc)
    lines(doc, ["Esther van Rooijen", "teamleider Loket Zorg & Welzijn Lingedal"])
    doc.save(OUT / "e10.docx")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(BUILDERS)
    for n in names:
        BUILDERS[n]()
        print("built", n)
