# Bouwt h19, h23 (Wijkcoöperatie Noord-Holland, Zaanwaarde) en h26, h27 (Herindicatie-formulier, Oostervlist)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def base(font='Arial', size=10):
    d = Document(); st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    return d
def lines(d, txt, bold=False, size=None):
    for l in txt.strip('\n').split('\n'):
        p = d.add_paragraph(); r = p.add_run(l); r.bold = bold
        if size: r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
def para(d, txt, lead=None):
    p = d.add_paragraph()
    if lead: p.add_run(lead).bold = True
    p.add_run(txt); return p
def bullets(d, items):
    for it in items: d.add_paragraph(it, style='List Bullet')
def table2(d, rows, header=None, style='Table Grid', widths=(Cm(4.5), Cm(11.5))):
    t = d.add_table(rows=0, cols=2); t.style = style
    if header:
        c = t.add_row().cells
        for i, h in enumerate(header):
            c[i].text = ''; c[i].paragraphs[0].add_run(h).bold = True
    for a, b in rows:
        c = t.add_row().cells; c[0].text = ''; c[0].paragraphs[0].add_run(a).bold = True; c[1].text = b
    for row in t.rows:
        row.cells[0].width = widths[0]; row.cells[1].width = widths[1]
    return t

def kiem_head(d):
    p = d.add_paragraph(); r = p.add_run("Wijkcoöperatie De Kiem"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x2E, 0x7D, 0x32)
    lines(d, "samen met de buurt, in opdracht van de gemeente Zaanwaarde\nKerkbuurt 3 · 1544 TE Zaanwaarde · 075 204 80 80", size=8)
    d.add_paragraph()

# ---------------- h19 ----------------
d = base('Verdana', 10); kiem_head(d)
lines(d, "De heer W. Zonneveld\nMolenwerf 6\n1543 ND Zaanwaarde")
d.add_paragraph()
lines(d, "Datum: 24 april 2026\nKenmerk: KIEM-2026-0402\nOnderwerp: dagbesteding en vervoer")
d.add_paragraph()
para(d, "Beste meneer Zonneveld, beste Wim,")
para(d, "Op woensdag 8 april 2026 was ik bij u en uw vrouw Ria thuis. De hond lag onder de tafel en u liet me trots de foto's zien van de Verkade-fabriek, waar u veertig jaar heeft gewerkt. Het verslag van dat gesprek heeft u op 13 april 2026 van mij gekregen. Ria heeft het samen met u ondertekend en teruggestuurd. In deze brief leest u wat we hebben besloten.")
d.add_heading("Uw week", level=2)
para(d, "Sinds vorig jaar merkt u dat uw geheugen u in de steek laat. De huisarts heeft beginnende dementie vastgesteld. 's Ochtends laat u de hond uit, altijd hetzelfde rondje langs de Zaan; dat gaat goed en dat wilt u zo houden. Ook de afwas doet u nog zelf. Maar de rest van de dag weet u vaak niet goed wat u moet doen. U loopt dan onrustig door het huis, of u gaat naar buiten en weet de weg terug niet meer. In maart heeft de buurman u twee keer thuisgebracht.")
para(d, "Ria is de hele dag bij u. Ze is 69 en ze is moe. Ze vertelde dat ze niet meer naar haar eigen koor gaat, omdat ze u niet alleen durft te laten. Ze wil u blijven verzorgen, maar ze heeft een paar vaste dagen voor zichzelf nodig om dat vol te houden.")
para(d, "Uw zoon komt elke zondag uit Alkmaar. Hij neemt u dan mee naar de voetbal; meer kan hij naast zijn werk niet doen. Met uw oud-collega's van de bowlingclub gaat u nog eens per maand bowlen, maar zij kunnen niet op doordeweekse dagen bij u zijn. In de buurtkamer van De Hoeksteen bent u één keer geweest. Daar is geen vaste begeleider, en u liep na een half uur weg. Ria en u gaan wel samen naar het Alzheimer Café, één avond per maand; dat blijft u doen.")
d.add_heading("Wat hebben we besloten?", level=2)
para(d, "Omdat u overdag iemand nodig heeft die de dag met u indeelt en op u let, en Ria dat niet elke dag kan blijven doen, krijgt u dagbesteding. Daar bent u onder mensen, met een vaste begeleider die weet hoe het met u gaat.")
bullets(d, [
 "Dagbesteding (begeleiding in een groep): in principe 2 dagdelen per week, op dinsdag en vrijdag, bij Ontmoetingscentrum De Linde.",
 "Vervoer van huis naar De Linde en terug: 4 ritten per week, met Taxi Zaanstreek.",
 "Beide als zorg in natura, van 4 mei 2026 voorlopig tot 1 november 2026.",
])
para(d, "Wij kennen u ook het vervoer van en naar De Linde toe.")
para(d, "Voor de dagbesteding betaalt u een eigen bijdrage. Het CAK berekent die en stuurt u de rekening; het is het vaste abonnementstarief per maand.")
para(d, "Dit besluit is genomen op grond van artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 en artikel 6 van de Verordening maatschappelijke ondersteuning Zaanwaarde 2024.")
d.add_heading("Niet eens met dit besluit?", level=2)
para(d, "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Zaanwaarde, Postbus 15, 1540 AA Zaanwaarde. Schrijf in uw brief uw naam, adres, de datum, het kenmerk en waarom u het er niet mee eens bent, en zet uw handtekening eronder. Heeft u een snelle oplossing nodig, dan kunt u de voorzieningenrechter van de rechtbank Noord-Holland vragen om een voorlopige voorziening.")
para(d, "Ik bel over een maand hoe de eerste weken op De Linde zijn gegaan.")
lines(d, "\nMet warme groet,\n\nLotte Veerman\nwijkcoach Wijkcoöperatie De Kiem\n075 204 80 80")
d.save(OUT / "h19.docx")

# ---------------- h23 ----------------
d = base('Calibri', 11); kiem_head(d)
d.add_heading("Gespreksverslag – wat we samen hebben besproken", level=1)
table2(d, [
 ("Naam", "mevrouw S. Mol"),
 ("Adres", "Westzijde 210, {{postcode}} Zaanwaarde"),
 ("Kenmerk", "KIEM-2026-0471"),
 ("Datum gesprek", "21 april 2026"),
 ("Waar", "bij mevrouw thuis"),
 ("Wie waren er", "mevrouw Mol, haar man Erik, wijkcoach Joris Kalf"),
 ("Cliëntondersteuning", "Ik heb mevrouw verteld dat zij gratis een onafhankelijke cliëntondersteuner kan vragen. Zij wilde dat nu niet."),
 ("Persoonlijk plan", "Mevrouw weet dat zij een persoonlijk plan kon indienen. Zij heeft dat niet gedaan; zij vertelde het liever aan tafel."),
])
d.add_paragraph()
para(d, "Wat is uw vraag?", lead=None).runs[0].bold = True
para(d, "\"Ik wil niet elke avond kapot op de bank liggen omdat ik de hele dag heb lopen poetsen. Ik wil energie overhouden voor mijn kinderen.\" Mevrouw vraagt hulp bij het schoonmaken van haar huis.")
para(d, "Wat lukt niet meer?").runs[0].bold = True
bullets(d, [
 "Huishouden: door MS is mevrouw snel en heel erg moe. Na twintig minuten staan of bukken moet zij gaan liggen. Stofzuigen, dweilen, de badkamer en het verschonen van de bedden lukken daardoor niet meer.",
 "Mobiliteit: binnenshuis loopt zij zonder hulpmiddel. Buiten gebruikt zij een elektrische fiets voor korte stukken.",
 "Persoonlijke verzorging: gaat zelf, met een douchekruk.",
 "Meedoen: zij werkt niet meer sinds 2024. Zij is vrijwilliger bij de bibliotheek op maandagochtend; dat wil ze graag blijven doen.",
])
para(d, "Wat kunt u zelf?").runs[0].bold = True
para(d, "Mevrouw kookt elke dag, zittend op een tabouret. Zij ruimt de vaatwasser in en uit en doet 's ochtends, als ze de meeste energie heeft, de was in de machine. Afstoffen gaat in korte stukjes. Daarmee houdt ze een deel van het huishouden zelf bij.")
para(d, "Wie in huis helpt mee?").runs[0].bold = True
para(d, "Gebruikelijke hulp: dit is met het gezin besproken.")
para(d, "Wie helpt er verder?").runs[0].bold = True
para(d, "De moeder van mevrouw (74) komt elke woensdag en strijkt dan. Meer kan zij niet; zij heeft zelf artrose in haar handen. De buurvrouw brengt de kinderen op donderdag mee naar de hockeyclub. Voor schoonmaakwerk kan mevrouw bij haar vriendinnen niet terecht; zij werken allemaal en mevrouw wil hen dat ook niet vragen.")
para(d, "Welke voorzieningen zijn er al?").runs[0].bold = True
para(d, "De boodschappen laat het gezin bezorgen door de supermarkt; dat is algemeen gebruikelijk en kost € 4 per keer. De Klusbank van De Kiem doet geen wekelijkse schoonmaak. De MS-verpleegkundige van het ziekenhuis (Zorgverzekeringswet) geeft advies over energieverdeling, maar geen hulp in huis. Een Wlz-indicatie is niet aan de orde.")
para(d, "Wat is er nodig?").runs[0].bold = True
para(d, "Mevrouw heeft hulp nodig bij de zware schoonmaak: stofzuigen, dweilen, badkamer en toilet, en de bedden verschonen. Daarvoor is 3 uur per week nodig.")
para(d, "Ons advies").runs[0].bold = True
para(d, "Wij adviseren huishoudelijke ondersteuning van 3 uur per week voor de zware schoonmaak, voor twee jaar. Zo houdt mevrouw energie over voor haar kinderen en haar vrijwilligerswerk, en kan zij de lichte taken zelf blijven doen.")
para(d, "Wat vindt u ervan?").runs[0].bold = True
para(d, "Klopt er iets niet, of mist u iets? Laat het mij binnen tien dagen weten via j.kalf@dekiem-zaanwaarde.nl of 075 204 80 80. Bent u het eens? Zet dan uw handtekening onder dit verslag; dan geldt het ook als uw aanvraag.")
lines(d, "\nJoris Kalf, wijkcoach – 24 april 2026\n\nHandtekening mevrouw Mol: ______________________")
d.save(OUT / "h23.docx")

# ---------------- Oostervlist helpers ----------------
def ov_head(d):
    lines(d, "GEMEENTE OOSTERVLIST", bold=True, size=13)
    lines(d, "Team Wmo – Herindicaties | Postbus 50, 8270 AB Oostervlist | 0529 45 80 00", size=8)
    d.add_paragraph()
def ov_bezwaar(d):
    d.add_heading("Bezwaar", level=3)
    para(d, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Oostervlist, Postbus 50, 8270 AB Oostervlist. Zet in uw brief uw naam en adres, de datum, het zaaknummer en waarom u het niet eens bent, en onderteken de brief. Heeft u spoed? Dan kunt u de voorzieningenrechter van de rechtbank Overijssel vragen om een voorlopige voorziening.")

# ---------------- h26 ----------------
d = base('Arial', 10); ov_head(d)
lines(d, "Mevrouw H. Jansen-Oosterhof\nWilgenstraat 3\n8273 BK Oostervlist")
d.add_paragraph()
table2(d, [("Datum", "10 april 2026"), ("Zaaknummer", "OV-HI-2026-0177"),
           ("Onderwerp", "Herindicatie na herstel – huishoudelijke ondersteuning en rolstoel")], widths=(Cm(3.5), Cm(10)))
d.add_paragraph()
para(d, "Geachte mevrouw Jansen,")
para(d, "Na uw nieuwe knie gaat het een stuk beter met u. Daarom hebben wij uw hulp opnieuw bekeken. Op 19 maart 2026 heeft Wmo-consulent Ilse Berends met u en uw man gesproken, bij u thuis. Het verslag van dat gesprek heeft u op 24 maart 2026 ontvangen; u heeft het op 30 maart voor akkoord getekend. Het verslag is als bijlage bij deze brief gevoegd en maakt deel uit van dit besluit. Daarin staat per onderwerp wat wij hebben gevonden.")
d.add_heading("Wat verandert er?", level=3)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h in enumerate(["Voorziening", "Nu", "Nieuw"]):
    t.rows[0].cells[i].text = ''; t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
for row in [("Huishoudelijke ondersteuning", "3 uur per week, zorg in natura, Thuiszorg Vlistland", "1,5 uur per week vanaf 1 juni 2026, zorg in natura, Thuiszorg Vlistland, tot en met 31 mei 2028"),
            ("Rolstoel (in bruikleen)", "Ja, sinds oktober 2025", "Stopt op 1 juni 2026; Medipoint haalt de rolstoel in de week van 1 juni op")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph()
d.add_heading("Waarom?", level=3)
para(d, "Huishoudelijke ondersteuning. ", lead=None).runs[0].bold = True
para(d, "U kunt weer stofzuigen en koken, en u loopt weer zonder hulpmiddel. Wat u nog niet kunt, is knielen, op een trap staan en zwaar tillen. Daardoor lukken de badkamer, het verschonen van de bedden en het dweilen nog niet. Uw man heeft COPD en kan dat zware werk ook niet overnemen; hij doet wel de afwas en de boodschappen. Voor de badkamer, het dweilen en de bedden is 1,5 uur per week nodig.")
para(d, "Rolstoel. ").runs[0].bold = True
para(d, "U gebruikt de rolstoel sinds januari niet meer. U loopt weer naar de supermarkt en naar de kerk. U heeft de rolstoel dus niet meer nodig.")
para(d, "Tot en met 31 mei 2026 houdt u uw 3 uur hulp per week en de rolstoel. Zo heeft u zeven weken om te wennen en de taken thuis anders te verdelen.")
d.add_heading("Besluit", level=3)
para(d, "Wij verlagen uw huishoudelijke ondersteuning met ingang van 1 juni 2026 naar 1,5 uur per week, als zorg in natura van Thuiszorg Vlistland, tot en met 31 mei 2028. Wij beëindigen de verstrekking van de rolstoel met ingang van 1 juni 2026. Wij doen dit op grond van artikel 2.3.10, eerste lid, onder b en c, van de Wet maatschappelijke ondersteuning 2015 en artikel 12 van de Verordening maatschappelijke ondersteuning Oostervlist 2023.")
para(d, "Uw eigen bijdrage via het CAK blijft het vaste abonnementstarief per maand; daar verandert niets aan.")
ov_bezwaar(d)
lines(d, "\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders van Oostervlist,\n\n\nI. Berends\nWmo-consulent\n\nBijlage: verslag van het gesprek van 19 maart 2026")
d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
d.add_heading("Bijlage – Verslag herindicatiegesprek", level=2)
lines(d, "Zaaknummer OV-HI-2026-0177 – onderdeel van het besluit van 10 april 2026", size=8)
d.add_paragraph()
table2(d, [
 ("Gesprek", "19 maart 2026, bij mevrouw thuis. Aanwezig: mevrouw Jansen, haar man Gerrit Jansen, consulent I. Berends. Mevrouw is gewezen op gratis cliëntondersteuning (niet gewenst) en op het persoonlijk plan (niet ingediend)."),
 ("Hulpvraag", "\"Ik kan weer veel zelf. Ik wil alleen nog hulp bij wat echt niet gaat.\""),
 ("Huishouden", "Stofzuigen en koken lukken weer. Knielen, op een trapje staan en zwaar tillen nog niet: badkamer, dweilen en bedden verschonen lukken niet."),
 ("Mobiliteit", "Loopt binnen en buiten zonder hulpmiddel, tot ongeveer een kilometer. De rolstoel staat sinds januari in de schuur."),
 ("Persoonlijke verzorging", "Gaat zelfstandig."),
 ("Sociale contacten", "Gaat weer elke zondag naar de kerk en op donderdag naar de handwerkclub."),
 ("Eigen kracht", "Mevrouw doet de lichte schoonmaak en het koken weer zelf. Het zware deel lukt haar nog niet; de fysiotherapeut verwacht daar dit jaar geen verandering meer in."),
 ("Gebruikelijke hulp", "De heer Jansen (71) doet de afwas en de boodschappen. Door zijn COPD is hij na korte inspanning benauwd; dweilen, de badkamer en bedden verschonen kan hij niet overnemen."),
 ("Mantelzorg", "Dochter woont in Hardenberg, werkt fulltime en heeft drie kinderen. Zij belt dagelijks en komt eens per maand, maar kan geen vaste taken in het huishouden op zich nemen."),
 ("Sociaal netwerk", "Iemand van de kerk bracht in de herstelperiode maaltijden; dat is gestopt nu mevrouw weer kookt. Voor schoonmaakwerk is er niemand."),
 ("Algemene voorzieningen", "De ramen worden gelapt door een glazenwasser; dat is algemeen gebruikelijk en betaalt het echtpaar zelf. Een algemene voorziening voor wekelijkse schoonmaak bestaat in Oostervlist niet."),
 ("Voorliggende voorzieningen", "Fysiotherapie loopt via de zorgverzekering (Zvw). Hulp in het huishouden valt niet onder de Zvw. Geen Wlz-indicatie, ook niet aan de orde."),
 ("Ondersteuningsbehoefte", "Hulp bij de zware schoonmaak (badkamer, dweilen, bedden): 1,5 uur per week. Rolstoel: niet meer nodig."),
 ("Conclusie en advies", "Huishoudelijke ondersteuning verlagen van 3 naar 1,5 uur per week, met een overgangstermijn tot 1 juni 2026. Rolstoel laten ophalen per 1 juni 2026."),
 ("Reactie", "Mevrouw is het eens met het verslag en heeft het op 30 maart 2026 voor akkoord getekend."),
], header=("Onderwerp", "Bevindingen"))
d.save(OUT / "h26.docx")

# ---------------- h27 ----------------
d = base('Arial', 10); ov_head(d)
d.add_heading("Rapportage herindicatie na verhuizing", level=1)
table2(d, [
 ("Zaaknummer", "OV-HI-2026-0289"),
 ("Cliënt", "de heer J. Wiersma, geboren 1942"),
 ("Nieuw adres", "Seniorenflat De Vlisthof, Vlisthof 118, 8272 AP Oostervlist (sinds 2 maart 2026)"),
 ("Oud adres", "Esdoornstraat 27, 8271 BW Oostervlist"),
 ("Huidige voorzieningen", "Huishoudelijke ondersteuning 2,5 uur per week (zorg in natura, Thuiszorg Vlistland); traplift in de oude woning"),
 ("Consulent", "P. de Graaf"),
], header=("Gegevens", ""))
d.add_paragraph()
table2(d, [
 ("Gesprek", "Op 26 maart 2026 bij meneer thuis in De Vlisthof. Aanwezig: de heer Wiersma, zijn nicht mevrouw A. Postma, consulent P. de Graaf. Meneer is gewezen op gratis onafhankelijke cliëntondersteuning; hij vond het niet nodig omdat zijn nicht erbij was. Ook is hij gewezen op de mogelijkheid van een persoonlijk plan; dat heeft hij niet ingediend."),
 ("Hulpvraag", "Meneer wil dat de hulp in zijn nieuwe flat doorgaat. \"Het is hier kleiner, maar schoonmaken kan ik nog steeds niet.\""),
 ("Huishouden", "Meneer heeft een versleten rug en kan niet bukken of langer dan tien minuten staan. Stofzuigen, dweilen, sanitair schoonmaken en bedden verschonen lukken niet."),
 ("Mobiliteit", "Loopt met een rollator. De flat is gelijkvloers en heeft een lift; de traplift is niet meer nodig."),
 ("Persoonlijke verzorging", "Doucht zelfstandig met een douchestoel in de inloopdouche van de flat."),
 ("Sociale contacten", "Eet drie keer per week mee in het restaurant van De Vlisthof en speelt daar op vrijdag klaverjas."),
 ("Eigen kracht", "Meneer zet zelf koffie, maakt zijn ontbijt en doet de afwas. Een maaltijd warmt hij op in de magnetron. Zwaar en bukkend schoonmaakwerk kan hij niet zelf doen."),
 ("Gebruikelijke hulp", "Meneer woont alleen; er zijn geen huisgenoten."),
 ("Mantelzorg", "Zijn nicht woont in Dalfsen, komt elke twee weken en regelt zijn post. Zij werkt 32 uur en zorgt ook voor haar eigen moeder; schoonmaken kan zij er niet bij doen. Er zijn geen kinderen."),
 ("Sociaal netwerk", "Medebewoners van De Vlisthof zijn vriendelijk; de buurman haalt zijn krant. Wekelijkse schoonmaak kunnen of willen zij niet doen; zij zijn zelf hoogbejaard."),
 ("Algemene voorzieningen", "Warme maaltijden haalt meneer in het restaurant van De Vlisthof (algemeen toegankelijk, € 8,50 per maaltijd). De was gaat mee met de wasservice van De Vlisthof voor € 12 per week; dat betaalt hij zelf. Voor de wekelijkse schoonmaak van de flat is er geen algemene voorziening."),
 ("Voorliggende voorzieningen", "Geen wijkverpleging nodig; geen Wlz-indicatie en die is ook niet aan de orde. Hulp in huis valt niet onder de zorgverzekering."),
 ("Traplift", "De traplift is bij de verkoop van de oude woning teruggenomen door Medipoint (30 maart 2026). Er is niets meer te beslissen behalve het formeel beëindigen van de verstrekking."),
 ("Ondersteuningsbehoefte", "De flat heeft twee kamers in plaats van vijf, en de was gaat nu via de wasservice. Meneer heeft hulp nodig bij stofzuigen, dweilen, badkamer en toilet en het verschonen van het bed: 2 uur per week."),
 ("Conclusie en advies", "Huishoudelijke ondersteuning aanpassen naar 2 uur per week, voor twee jaar, met een overgangstermijn van zes weken na het besluit. De verstrekking van de traplift beëindigen per 30 maart 2026, de datum waarop hij is teruggenomen."),
 ("Reactie", "Meneer kan binnen tien werkdagen op dit verslag reageren via het Wmo-loket (0529 45 80 00) of per brief. Is hij het ermee eens, dan tekent hij hieronder en stuurt het verslag terug."),
], header=("Onderwerp", "Bevindingen"))
lines(d, "\nOpgemaakt op 30 maart 2026 door P. de Graaf, Wmo-consulent\n\nAkkoord cliënt (handtekening en datum): ______________________")
d.save(OUT / "h27.docx")
print("ok part2")
