"""Builds the Tabel-formulier drafts g11-g14 (USD Kroonland)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hex_)
    tcPr.append(s)

def new_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Verdana'; st.font.size = Pt(9)
    h = d.sections[0].header.paragraphs[0]
    h.text = 'USD Kroonland – Uitvoeringsorganisatie Sociaal Domein voor de gemeenten Aarlendonk, Bernweide en Heezerveld\nPostbus 210, 5590 AE Bernweide  ·  040 - 711 22 00  ·  wmo@usdkroonland.nl'
    return d

def p(d, text, bold=False, style=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = para.add_run(text); r.bold = bold
    return para

def table(d, rows, header=None, widths=(5, 11)):
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    if header:
        c = t.add_row().cells; m = c[0].merge(c[1]); m.text = header
        m.paragraphs[0].runs[0].bold = True; shade(m, 'D9E2F3')
    for a, b in rows:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
        c[0].paragraphs[0].runs[0].bold = True; shade(c[0], 'F2F2F2')
        c[0].width = Cm(widths[0]); c[1].width = Cm(widths[1])
    d.add_paragraph()
    return t

# ======================= g11: toekenning vervoer + douchestoel (correct) =======================
d = new_doc()
p(d, 'De heer J.M. Coolen\nKerkstraat 31\n5595 KL Bernweide')
table(d, [
    ('Datum', '9 juni 2026'),
    ('Kenmerk', 'USD/WMO/2026/03318'),
    ('Onderwerp', 'Besluit Wmo – collectief vervoer en douche-toiletstoel'),
    ('Behandeld door', 'mevrouw M. van Hoof, consulent Wmo'),
])
p(d, 'Geachte heer Coolen,')
p(d, 'U heeft gevraagd om hulp bij vervoer en bij het douchen. Hieronder leest u ons besluit. Per onderdeel staat erbij waarom wij zo besluiten.')
table(d, [
    ('Melding', '23 april 2026'),
    ('Huisbezoek', '7 mei 2026, bij u thuis; aanwezig: u, uw vrouw en de consulent'),
    ('Verslag onderzoek', 'aan u gestuurd op 13 mei 2026; door u getekend terug ontvangen op 21 mei 2026'),
    ('Aanvraag', 'ontvangen op 21 mei 2026'),
], header='Onderzoek')

table(d, [
    ('Beperking', 'U bent door COPD na ongeveer 100 meter lopen buiten adem. De bushalte ligt op 800 meter. Met het openbaar vervoer reizen lukt daardoor niet.'),
    ('Wat u zelf doet', 'Met de rollator loopt u zelf naar de bakker (80 meter). U heeft geen auto meer sinds u in 2025 bent gestopt met rijden. Een scootmobiel wilt u niet; bij kou en wind wordt u daarop te kortademig.'),
    ('Huisgenoten', 'Uw vrouw heeft geen rijbewijs. Zij kan u niet rijden.'),
    ('Familie en bekenden', 'Uw zoon in Tilburg rijdt u elke twee maanden naar de longarts. Voor de wekelijkse ritten (kaartclub, kerk, zus in Heezerveld) heeft hij geen tijd; hij werkt fulltime. Een buurman rijdt soms mee naar de markt, maar wil dat niet vast afspreken.'),
    ('Algemene voorziening', 'U gebruikt ’t Automaatje Bernweide (vrijwillige chauffeurs). Dat moet u twee dagen vooraf boeken en het is vol op de avonden. Voor de kaartclub op dinsdagavond en de kerk op zondag werkt het niet.'),
    ('Zorgverzekering', 'Zittend ziekenvervoer via de zorgverzekering is alleen voor bijvoorbeeld dialyse of chemo. Dat geldt niet voor u.'),
    ('Besluit', 'Wij kennen u collectief vervoer toe: een Regiotaxi Kroonland-pas met een vervoersbudget van 2.000 kilometer per jaar, in de regio tot 25 km van uw woning.'),
    ('Ingangsdatum / einddatum', '1 juli 2026 tot en met 30 juni 2031'),
    ('Leveringsvorm', 'zorg in natura, via Regiotaxi Kroonland. De pas krijgt u binnen drie weken thuisgestuurd.'),
    ('Waarom', 'Omdat u niet met het ov kunt reizen, uw vrouw niet rijdt en uw zoon en het Automaatje de wekelijkse ritten niet kunnen doen, heeft u vervoer nodig om mensen te blijven zien. 2.000 km per jaar is genoeg voor de kaartclub, de kerk en een bezoek aan uw zus elke twee weken.'),
    ('Kosten', 'U betaalt per rit de ritprijs aan Regiotaxi Kroonland (het ov-tarief). Voor het collectief vervoer betaalt u geen eigen bijdrage aan het CAK.'),
], header='1. Collectief vervoer')

table(d, [
    ('Beperking', 'Staan onder de douche lukt u niet langer dan twee minuten. Het overstappen van het toilet naar een gewone douchekruk is niet veilig; u bent in maart gevallen.'),
    ('Wat u zelf doet', 'U wast zich zelf aan de wastafel. Douchen doet u met een losse kruk van de drogist, maar die heeft geen armleuningen en kan niet over het toilet. Daarmee lukt het niet veilig.'),
    ('Huisgenoten', 'Uw vrouw helpt u bij het afdrogen. Zij kan u niet tillen of opvangen als u wegzakt.'),
    ('Familie en bekenden', 'Voor het douchen wilt u geen hulp van anderen dan uw vrouw. Dat begrijpen wij; met de stoel is andere hulp ook niet nodig.'),
    ('Algemene voorziening', 'Er is geen algemene voorziening die een douche-toiletstoel uitleent voor lange tijd.'),
    ('Zorgverzekering', 'De thuiszorgwinkel leent een douche-toiletstoel uit voor maximaal 26 weken. U heeft de stoel blijvend nodig. Uw zorgverzekeraar vergoedt de stoel niet.'),
    ('Algemeen gebruikelijk?', 'Nee. Een verrijdbare douche-toiletstoel met armleuningen is geen gewoon winkelartikel; een losse douchekruk wel, maar die is voor u niet veilig.'),
    ('Besluit', 'Wij kennen u een verrijdbare douche-toiletstoel met armleuningen en rugleuning toe.'),
    ('Ingangsdatum', 'de dag van levering; u gebruikt de stoel zolang u hem nodig heeft'),
    ('Leveringsvorm', 'zorg in natura, in bruikleen van Hulpmiddelenpunt Zuid. Zij leveren binnen tien werkdagen.'),
    ('Waarom', 'Met deze stoel kunt u zittend douchen en veilig van het toilet naar de douche. Uw vrouw hoeft u dan niet op te vangen.'),
    ('Eigen bijdrage', 'Voor de stoel betaalt u een eigen bijdrage van maximaal € 21,80 per maand. Het CAK berekent en int die bijdrage; u krijgt een brief van het CAK.'),
], header='2. Douche-toiletstoel')

table(d, [
    ('Persoonsgebonden budget', 'U kunt voor beide voorzieningen ook kiezen voor een pgb. Dan regelt u het vervoer of de stoel zelf. Wilt u dat? Bel de consulent binnen vier weken; wij leggen u dan uit wat er bij een pgb komt kijken.'),
    ('Wettelijke grondslag', 'Artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015; artikelen 7, 9 en 11 van de Verordening maatschappelijke ondersteuning Bernweide 2023; Beleidsregels Wmo Bernweide 2024, paragraaf 5 en 6.'),
    ('Bezwaar', 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Bernweide, Postbus 210, 5590 AE Bernweide. Schrijf in uw brief uw naam, adres, de datum, het kenmerk van deze brief en waarom u het niet eens bent, en onderteken de brief.'),
    ('Vragen', 'mevrouw M. van Hoof, 040 - 711 22 00 (ma t/m do)'),
], header='Overige informatie')

p(d, 'Met vriendelijke groet,')
p(d, 'Het college van burgemeester en wethouders van Bernweide,\nnamens deze,')
p(d, '\nR. Swinkels\nteamleider Wmo, USD Kroonland')
d.save(OUT / 'g11.docx')

# ======================= g12: verslag dagbesteding (defects) =======================
d = new_doc()
d.add_heading('Verslag onderzoek Wmo', level=1)
table(d, [
    ('Kenmerk', 'USD/WMO/2026/02977'),
    ('Gemeente', 'Heezerveld'),
    ('Naam', 'de heer H.J. (Henk) van Asten, geb. 02-08-1954'),
    ('Adres', 'Molenakker 12, 5597 RS Heezerveld'),
    ('Datum melding', '9 april 2026'),
    ('Datum gesprek', '28 april 2026'),
    ('Plaats', 'bij meneer thuis'),
    ('Aanwezig', 'de heer Van Asten, mevrouw A. van Asten (echtgenote), consulent K. Verhoeven'),
    ('Cliëntondersteuning', 'gewezen op gratis cliëntondersteuning (brief 10-04-2026 en in het gesprek); niet gewenst'),
    ('Persoonlijk plan', 'mogelijkheid genoemd; niet ingediend'),
], header='Gegevens')
table(d, [
    ('Hulpvraag', 'Meneer: "Ik wil er gewoon nog tussenuit, iets met mijn handen doen." Zijn vrouw wil dat hij overdag onder de mensen is en niet de hele dag voor de tv zit.'),
], header='1. Hulpvraag')
table(d, [
    ('Dagindeling / participatie', 'Meneer is sinds een jaar vergeetachtig (beginnende alzheimer). Hij is in 2025 gestopt als vrijwilliger bij de fietsenwerkplaats omdat hij de taken niet meer kon onthouden. Thuis zit hij veel voor de tv; een dag zelf invullen lukt niet.'),
    ('Veiligheid', 'Meneer is twee keer vergeten het gas uit te zetten. Hij gaat soms fietsen en weet dan niet meer hoe hij thuiskomt.'),
    ('Sociale contacten', 'Weinig contacten buiten het gezin sinds het stoppen met het vrijwilligerswerk.'),
    ('Persoonlijke verzorging', 'Zelfstandig, met aansporing van zijn vrouw.'),
    ('Huishouden', 'n.v.t., mevrouw doet het huishouden.'),
], header='2. Beperkingen per levensgebied')
table(d, [
    ('Eigen kracht', 'Meneer kan zelf wandelen in de wijk als hij een vaste route loopt. Hij kan nog goed met zijn handen werken als iemand hem stap voor stap zegt wat hij moet doen. Een dag plannen of een activiteit zelf opzoeken lukt hem niet meer.'),
    ('Gebruikelijke hulp', 'n.v.t.'),
    ('Mantelzorg', 'Dochter Ellen (Eindhoven) komt elke woensdag en neemt meneer dan mee naar de markt. Zij werkt verder fulltime. Zoon woont in Australië.'),
    ('Sociaal netwerk', 'n.v.t.'),
    ('Algemene voorzieningen', 'zie eerder verslag (2024)'),
    ('Voorliggende voorzieningen', 'n.v.t.'),
], header='3. Afweging')
table(d, [
    ('Ondersteuningsbehoefte', 'Meneer heeft begeleiding in een groep nodig: 3 dagdelen per week (maandag, dinsdag en donderdag), met vervoer van en naar huis, omdat hij de weg niet meer zelf vindt.'),
    ('Conclusie / advies', 'Wij adviseren dagbesteding (begeleiding groep) van 3 dagdelen per week bij Zorgboerderij De Bunders, met vervoer, als zorg in natura, voor de duur van één jaar. Meneer kan daar met hout en in de moestuin werken. Na een half jaar evalueren.'),
], header='4. Conclusie')
table(d, [
    ('Opgesteld door', 'K. Verhoeven, consulent Wmo USD Kroonland'),
    ('Datum', '4 mei 2026'),
])
d.save(OUT / 'g12.docx')

# ======================= g13: afwijzing verhuiskosten (defects) =======================
d = new_doc()
p(d, 'Mevrouw L. Smulders\nHeuvelplein 4\n5592 AH Aarlendonk')
table(d, [
    ('Datum', '2 juni 2026'),
    ('Kenmerk', 'USD/WMO/2026/03102'),
    ('Onderwerp', 'Besluit op uw aanvraag tegemoetkoming verhuiskosten'),
])
p(d, 'Geachte mevrouw Smulders,')
p(d, 'U heeft een tegemoetkoming gevraagd in de kosten van uw verhuizing naar een gelijkvloerse woning. In deze brief leest u ons besluit.')
table(d, [
    ('Melding', '14 april 2026'),
    ('Huisbezoek', '12 mei 2026, bij u thuis'),
    ('Verslag onderzoek', 'aan u verstuurd op 19 mei 2026'),
    ('Aanvraag ontvangen', '26 mei 2026'),
    ('Gevraagde voorziening', 'tegemoetkoming in de verhuis- en inrichtingskosten'),
], header='Uw aanvraag')
table(d, [
    ('Eigen kracht', 'zie verslag'),
    ('Gebruikelijke hulp', 'n.v.t. – u woont alleen'),
    ('Mantelzorg', 'zie verslag'),
    ('Sociaal netwerk', 'zie verslag'),
    ('Algemene voorzieningen', 'n.v.t.'),
    ('Voorliggende voorzieningen', 'Uw zorgverzekeraar vergoedt geen verhuiskosten. U heeft geen Wlz-indicatie. Daarom is uw aanvraag beoordeeld op grond van de Wmo.'),
], header='Afweging')
table(d, [
    ('Besluit', 'Wij wijzen uw aanvraag voor een tegemoetkoming in de verhuiskosten af.'),
    ('Reden', 'Zie het verslag van het onderzoek. U komt op grond van de verordening niet in aanmerking voor een tegemoetkoming.'),
    ('Wettelijke grondslag', 'Artikel 2.3.5, derde lid, Wmo 2015; artikel 12 Verordening maatschappelijke ondersteuning Aarlendonk 2023'),
], header='Besluit')
table(d, [
    ('Bezwaar', 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Aarlendonk, Postbus 210, 5590 AE Bernweide (postadres USD Kroonland). Vermeld in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van dit besluit en waarom u het er niet mee eens bent. Onderteken het bezwaarschrift.'),
    ('Vragen', 'W. Peeters, 040 - 711 22 00'),
])
p(d, 'Met vriendelijke groet,')
p(d, '\nW. Peeters\nWmo-consulent USD Kroonland')
d.save(OUT / 'g13.docx')

# ======================= g14: verslag respijtzorg (defects) =======================
d = new_doc()
d.add_heading('Verslag onderzoek Wmo – respijtzorg', level=1)
table(d, [
    ('Kenmerk', 'USD/WMO/2026/03240'),
    ('Gemeente', 'Bernweide'),
    ('Cliënt', 'de heer P.A.M. (Piet) Jacobs, geb. 19-01-1944'),
    ('Adres', 'Lindenlaan 66, 5594 CE Bernweide'),
    ('Huishouden', 'meneer, zijn vrouw R. (Ria) Jacobs (79) en inwonende zoon Mark (46)'),
    ('Datum melding', '6 mei 2026, door mevrouw Jacobs via het Steunpunt Mantelzorg'),
    ('Datum gesprek', '20 mei 2026'),
    ('Plaats', 'bij meneer en mevrouw thuis'),
    ('Aanwezig', 'meneer en mevrouw Jacobs, casemanager dementie <invullen>, consulent L. Maas'),
    ('Cliëntondersteuning', 'gewezen op gratis cliëntondersteuning; de casemanager dementie ondersteunt mevrouw, verder niet gewenst'),
    ('Persoonlijk plan', 'mogelijkheid genoemd in de brief van 7 mei 2026; niet ingediend'),
], header='Gegevens')
table(d, [
    ('Hulpvraag', 'Mevrouw: "Ik wil één middag in de week dat ik niet hoef op te letten. Dan kan ik naar mijn zus of gewoon even slapen." Meneer wil thuis blijven wonen en niet naar een logeerhuis.'),
], header='1. Hulpvraag')
table(d, [
    ('Geheugen en oriëntatie', 'Meneer heeft dementie. Hij weet vaak niet welke dag het is en herkent zijn omgeving buiten niet altijd.'),
    ('Mobiliteit', 'Meneer loopt onzeker door de ziekte van Parkinson en is dit jaar drie keer gevallen.'),
    ('Veiligheid / toezicht', 'Meneer kan niet langer dan een half uur alleen zijn. Hij gaat dan de deur uit of probeert te koken.'),
    ('Persoonlijke verzorging', 'Wassen en aankleden ’s ochtends door de wijkverpleging; verder helpt mevrouw.'),
], header='2. Beperkingen per levensgebied')
table(d, [
    ('Eigen kracht', 'Meneer kan niet zelf inschatten wanneer hij hulp nodig heeft. Hij kan een half uur alleen zijn als hij tv kijkt. Langer niet.'),
    ('Gebruikelijke hulp', 'n.v.t.'),
    ('Mantelzorg', 'Mevrouw zorgt dag en nacht voor haar man. Zij slaapt slecht, is afgevallen en zegt: "Ik kan niet meer." De mantelzorgconsulent schat haar in als overbelast. Dochter Anja woont in Groningen en belt dagelijks; zij komt eens per zes weken een weekend.'),
    ('Sociaal netwerk', 'De buurvrouw komt op vrijdagochtend een uur koffie drinken, zodat mevrouw boodschappen kan doen. Meer kan zij niet; ze is zelf 81. De kerkelijke bezoekgroep komt eens per maand op bezoek, niet om op te passen.'),
    ('Algemene voorzieningen', 'De vrijwillige oppas van het Steunpunt Mantelzorg heeft een wachtlijst van vijf maanden en past niet op bij mensen die weglopen. Het Alzheimer Café in Bernweide bezoekt mevrouw eens per maand; dat geeft steun maar geen vrije tijd.'),
    ('Voorliggende voorzieningen (Zvw/Wlz)', 'n.v.t.'),
], header='3. Afweging')
table(d, [
    ('Ondersteuningsbehoefte', 'Respijtzorg aan huis: een professionele oppas die bij meneer thuis toezicht houdt, 4 uur per week op één vaste middag, zodat mevrouw even weg kan.'),
    ('Conclusie / advies', 'Wij adviseren respijtzorg aan huis van 4 uur per week bij Thuiszorg De Kempen Samen, als zorg in natura, voor de duur van één jaar. Mevrouw en meneer zijn gewezen op de mogelijkheid van een pgb; zij kiezen voor zorg in natura. Over drie maanden bespreken wij met de casemanager of dit genoeg is.'),
], header='4. Conclusie')
table(d, [
    ('Reactie', 'U krijgt dit verslag per post. Klopt er iets niet of wilt u iets toevoegen? Laat het ons binnen tien dagen weten via 040 - 711 22 00 of wmo@usdkroonland.nl. Bent u het eens? Teken dan voor akkoord.'),
    ('Handtekening cliënt / vertegenwoordiger', ''),
    ('Opgesteld door', 'L. Maas, consulent Wmo USD Kroonland, 25 mei 2026'),
])
d.save(OUT / 'g14.docx')
print('b ok')
