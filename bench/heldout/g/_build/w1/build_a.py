"""Builds g05 (Fries rapportage) and g06 (Klantreis beschikking)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def para(doc, text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    return p

def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p

# ---------------- g05: Fries sober-ambtelijk, verslag kortdurend verblijf ----------------
d = Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
para(d, 'GEMEENTE LYTSEWÂLD', bold=True, size=13)
para(d, 'Sociaal Team – Wmo\nPostbus 40, 9264 ZG Lytsewâld')
d.add_heading('Verslag van het onderzoek maatschappelijke ondersteuning', level=1)
t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
for a, b in [
    ('Kenmerk', 'WMO-2026-0502'),
    ('Cliënt', 'mevrouw F. (Froukje) Wiersma-Haitsma, geboren 3 november 1961'),
    ('Adres', 'Pôlewei 5, 9265 BT Readtsjerk'),
    ('Melding', '30 maart 2026, telefonisch door de heer Wiersma (echtgenoot)'),
    ('Gesprek', '16 april 2026, bij mevrouw en meneer thuis'),
    ('Aanwezig', 'mevrouw Wiersma, de heer D. Wiersma (echtgenoot en mantelzorger), mevrouw T. Bouma (mantelzorgconsulent Steunpunt Mantelzorg), consulent Wmo mevrouw E. Postma'),
    ('Cliëntondersteuning', 'Bij de ontvangstbevestiging van 31 maart 2026 gewezen op gratis cliëntondersteuning. Mevrouw en meneer hebben de mantelzorgconsulent gevraagd aan te schuiven; verdere cliëntondersteuning wilden zij niet.'),
    ('Persoonlijk plan', 'Gewezen op de mogelijkheid. Meneer heeft op 7 april 2026 een korte brief ingeleverd met hun wensen; die is bij het onderzoek betrokken.'),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(4); row.cells[1].width = Cm(12)

d.add_heading('1. Hulpvraag', level=2)
para(d, 'Mevrouw en meneer vragen om een logeermogelijkheid voor mevrouw, zodat meneer af en toe kan bijkomen. '
        'Meneer zegt: "Ik wil het blijven doen, maar ik moet een keer een nacht doorslapen." '
        'Mevrouw zegt dat zij het liefst thuis blijft, maar dat zij ziet dat haar man op is. Een weekend per maand vindt zij goed.')

d.add_heading('2. Situatie en beperkingen', level=2)
para(d, 'Mevrouw heeft MS. Zij zit sinds 2019 in een rolstoel. Per levensgebied:')
for x in [
    'Mobiliteit: mevrouw kan niet staan en niet zelf overstappen van rolstoel naar bed of toilet. Overdag rijdt zij zelf met een elektrische rolstoel door het huis.',
    'Persoonlijke verzorging: wassen en aankleden gebeurt ’s ochtends door de wijkverpleging. ’s Nachts moet zij twee tot drie keer naar het toilet; daarbij helpt meneer.',
    'Huishouden: mevrouw kan geen huishoudelijke taken doen. Meneer doet het huishouden; hiervoor is geen hulp gevraagd.',
    'Sociale contacten en dagbesteding: mevrouw leest, belt veel met haar zus en gaat op zondag mee naar de kerk in Readtsjerk.',
    'Mantelzorger: meneer (68) zorgt al tien jaar voor zijn vrouw. Hij slaapt al maanden niet meer door. De mantelzorgconsulent heeft met hem een belastbaarheidsmeting gedaan: hij is zwaar belast.',
]:
    para(d, x, style='List Bullet')

d.add_heading('3. Wat kan mevrouw zelf', level=2)
para(d, 'Overdag kan mevrouw drie tot vier uur alleen thuis zijn. Zij heeft een personenalarm en belt zelf als het nodig is. '
        '’s Nachts kan zij niet zonder hulp naar het toilet. Een nacht alleen thuis is daarom niet veilig.')

d.add_heading('4. Echtgenoot', level=2)
para(d, 'Meneer helpt zijn vrouw ’s nachts, doet het huishouden en rijdt haar naar afspraken. Dat gaat veel verder dan wat een partner '
        'gewoonlijk in het huishouden doet. Hij wil dit blijven doen, maar een pauze van een weekend per maand is nodig om het vol te houden. '
        'Dat is ook het advies van de mantelzorgconsulent.')

d.add_heading('5. Kinderen en andere mensen om hen heen', level=2)
para(d, 'Dochter Sietske woont in Utrecht. Zij komt één weekend per maand en neemt dan de nachten over; meneer slaapt in die weekenden in de logeerkamer. '
        'Vaker kan zij niet, zij werkt fulltime en heeft twee jonge kinderen. Zoon Jelle woont in Noorwegen. '
        'De zus van mevrouw is 73 en kan niet helpen met overstappen. Mensen van de kerk komen op bezoek, maar nachtzorg kunnen zij niet geven.')

d.add_heading('6. Voorzieningen die iedereen kan gebruiken', level=2)
para(d, 'Het Steunpunt Mantelzorg regelt elke donderdagmiddag een vrijwillige oppas van drie uur. Meneer gebruikt die al en gaat dan zwemmen. '
        'Dat is alleen overdag; ’s nachts is er geen vrijwillige oppas. Een logeerhuis zonder indicatie is er in Lytsewâld niet.')

d.add_heading('7. Zorgverzekering en Wet langdurige zorg', level=2)
para(d, 'De wijkverpleging (Zorgverzekeringswet) blijft de ochtendzorg doen. Nachtelijke hulp bij toiletgang door de wijkverpleging is besproken met de wijkverpleegkundige: '
        'dat is niet in te plannen, omdat het moment niet vaststaat. Mevrouw heeft geen Wlz-indicatie. Zij heeft geen blijvende behoefte aan toezicht in de nabijheid: '
        'overdag kan zij uren alleen zijn. Een aanvraag bij het CIZ ligt daarom nu niet voor de hand.')

d.add_heading('8. Wat is nodig', level=2)
para(d, 'Mevrouw heeft kortdurend verblijf nodig ter ontlasting van haar man: 2 etmalen per maand (een weekend, van vrijdag 17.00 tot zondag 17.00 uur), '
        'dus 24 etmalen per jaar. Met het weekend dat de dochter overneemt, heeft meneer dan twee weekenden per maand rust.')

d.add_heading('9. Conclusie en advies', level=2)
para(d, 'Wij adviseren kortdurend verblijf van 24 etmalen per jaar in logeerhuis It Skûlplak in Jistrum, als zorg in natura, voor de duur van twee jaar. '
        'Vervoer naar het logeerhuis regelt meneer zelf met de eigen rolstoelbus. Over een jaar bespreken wij met meneer en de mantelzorgconsulent hoe het gaat. '
        'Mevrouw en meneer weten dat zij ook voor een pgb kunnen kiezen; zij kiezen voor zorg in natura. Zij weten dat het CAK een eigen bijdrage int.')

d.add_heading('10. Uw reactie', level=2)
para(d, 'U krijgt dit verslag thuisgestuurd. Staat er iets niet goed in, of wilt u iets toevoegen? Stuur uw opmerkingen binnen tien dagen naar het Sociaal Team of bel mevrouw E. Postma, 0511 - 46 20 00. '
        'Gaat u akkoord, onderteken dan dit verslag en stuur het terug. Dan geldt het ook als uw aanvraag.')
para(d, 'Readtsjerk / Lytsewâld, 20 april 2026')
para(d, 'E. Postma, consulent Wmo')
para(d, '\nHandtekening mevrouw Wiersma:\n\nHandtekening de heer Wiersma:')
d.save(OUT / 'g05.docx')

# ---------------- g06: Klantreis-Randstad, rolstoel ja, scootmobiel nee ----------------
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = 'Gemeente Hofmeerstad  |  Zorg en Ondersteuning  |  stadsdeel Loosduinen'
para(d, 'Mevrouw A. de Wit-Kraaijeveld\nBurgemeester Hovylaan 19\n2552 DG Hofmeerstad')
para(d, '')
labelled(d, 'Datum: ', '11 juni 2026')
labelled(d, 'Zaaknummer: ', 'Z-26-058817')
labelled(d, 'Over: ', 'uw aanvraag voor een rolstoel en een scootmobiel')
para(d, '')
para(d, 'Beste mevrouw De Wit,')
para(d, 'U heeft ons gevraagd om een rolstoel en een scootmobiel. Wij hebben uw vraag bekeken. In deze brief leest u wat wij besloten hebben.')

d.add_heading('Wat vroeg u?', level=2)
para(d, 'U wilt weer naar buiten kunnen. U zei in het gesprek: "Ik zit de hele dag binnen. Ik wil weer naar de markt en naar het park." '
        'Daarvoor vroeg u een rolstoel en een scootmobiel.')

d.add_heading('Wat hebben we samen besproken?', level=2)
para(d, 'Op 27 mei 2026 kwam ergotherapeut Bas Hoogendoorn bij u thuis. Uw man en uw dochter waren er ook. '
        'Het verslag van dat gesprek heeft u op 2 juni 2026 gekregen. U heeft het op 5 juni 2026 getekend teruggestuurd.')
para(d, 'U bent 81 jaar. U loopt binnenshuis met een rollator. Buiten lukt het lopen tot ongeveer 30 meter, daarna krijgt u pijn in uw heupen en moet u stoppen. '
        'Zelf een rolstoel voortduwen met uw armen lukt niet, omdat uw schouders daar te zwak voor zijn.')

d.add_heading('Wat kunt u zelf?', level=2)
para(d, 'Met de rollator loopt u zelf naar de brievenbus op de hoek. Verder komt u niet. Een rolstoel die u zelf moet voortbewegen, past dus niet. '
        'U heeft een rolstoel nodig die iemand anders duwt.')

d.add_heading('Wie helpt u al?', level=2)
for x in [
    'Uw man is 84. Hij kan een rolstoel duwen op vlakke stoep, zo’n twintig minuten. Hij wil met u naar het park aan het einde van uw straat.',
    'Uw dochter Karin woont in Rijswijk. Zij haalt u op zaterdag op en gaat dan met u naar de markt. Zij leent daarvoor nu een rolstoel van de buren, maar die hebben hem zelf weer nodig.',
    'In buurthuis De Vuurtoren kunt u een rolstoel lenen, maar alleen voor één dag en alleen als u hem zelf ophaalt. U heeft elke dag een rolstoel nodig. Dat lost de uitleen dus niet op.',
    'Een rolstoel voor elke dag valt niet onder uw zorgverzekering. De thuiszorgwinkel leent een rolstoel alleen uit voor korte tijd. Daarom valt uw vraag onder de Wmo.',
]:
    para(d, x, style='List Bullet')

d.add_heading('Wat hebben we besloten?', level=2)
para(d, '1. U krijgt een rolstoel', bold=True)
t = d.add_table(rows=0, cols=2); t.style = 'Light List Accent 1'
for a, b in [
    ('Wat', 'een duwrolstoel, aangemeten op uw maat, met een extra zitkussen'),
    ('Hoe', 'in bruikleen (zorg in natura). U krijgt de rolstoel te leen; hij blijft van de leverancier.'),
    ('Van wie', 'MobiZorg Haaglanden. Zij bellen u binnen tien werkdagen voor het aanmeten.'),
    ('Vanaf', 'de dag van levering. U mag de rolstoel gebruiken zolang u hem nodig heeft.'),
]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
para(d, 'Waarom? U kunt buiten niet verder lopen dan 30 meter en u kunt niet zelf een rolstoel voortbewegen. Uw man en uw dochter kunnen u wel duwen. '
        'Met een duwrolstoel kunt u met hen naar het park en de markt. De uitleen van het buurthuis is niet genoeg, omdat u de rolstoel elke dag nodig heeft.')
para(d, '2. U krijgt geen scootmobiel', bold=True)
para(d, 'De scootmobiel kennen wij niet toe. Een scootmobiel is in uw situatie niet noodzakelijk. Dit past niet binnen ons beleid.')

d.add_heading('Zelf inkopen?', level=2)
para(d, 'U kunt de rolstoel ook zelf kopen met een persoonsgebonden budget (pgb). Dan krijgt u een bedrag van ons. Wilt u dat? Bel dan binnen twee weken met uw consulent.')

d.add_heading('Op welke regels is dit besluit gebaseerd?', level=2)
para(d, 'Wij nemen dit besluit op grond van de Wmo 2015 en de Verordening maatschappelijke ondersteuning Hofmeerstad 2025.')

d.add_heading('Niet eens?', level=2)
para(d, 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Hofmeerstad. '
        'Dat kan online via www.hofmeerstad.nl/bezwaar met DigiD. Of stuur een brief naar: college van burgemeester en wethouders, Team Bezwaar, Postbus 16000, 2500 BA Hofmeerstad. '
        'Schrijf in uw brief uw naam en adres, de datum, het zaaknummer en waarom u het niet eens bent. Zet uw handtekening eronder.')

d.add_heading('Vragen?', level=2)
para(d, 'Bel ergotherapeut Bas Hoogendoorn via 14 070.')
para(d, '')
para(d, 'Met vriendelijke groet,')
para(d, 'namens het college van burgemeester en wethouders van Hofmeerstad,')
para(d, '')
para(d, 'J. van der Heijden-Lont\nteamleider Hulpmiddelen en Wonen')
d.save(OUT / 'g06.docx')
print('a ok')
