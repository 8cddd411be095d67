# Bouwt h15 en h17 (.docx) – huisstijl Juridisch-technisch Randstad (gemeente Veenmeerdam)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def base():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = Cm(2.5); s.right_margin = Cm(2.2)
    return d

def lines(d, txt, bold=False, size=None, align=None):
    for l in txt.strip('\n').split('\n'):
        p = d.add_paragraph(); r = p.add_run(l); r.bold = bold
        if size: r.font.size = Pt(size)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(0)

def para(d, txt, bold_lead=None):
    p = d.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(txt)
    return p

def numbered(d, items):
    for it in items:
        d.add_paragraph(it, style='List Number')

def bullets(d, items):
    for it in items:
        d.add_paragraph(it, style='List Bullet')

def head_vmd(d):
    lines(d, "Gemeente Veenmeerdam", bold=True, size=14)
    lines(d, "Directie Sociaal Domein – Team Juridische Kwaliteit Wmo\nPostbus 2040, 2400 CA Veenmeerdam\nTelefoon 14 0171 – www.veenmeerdam.nl", size=9)
    d.add_paragraph()

def bezwaar_vmd(d):
    d.add_heading("Rechtsmiddelen", level=2)
    para(d, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van verzending van deze brief een bezwaarschrift indienen bij het college van burgemeester en wethouders van Veenmeerdam, Postbus 2040, 2400 CA Veenmeerdam. Vermeld in het bezwaarschrift uw naam en adres, de datum, het kenmerk van dit besluit en de reden waarom u het niet met het besluit eens bent. Onderteken het bezwaarschrift en voeg een kopie van dit besluit bij. Als u vindt dat de zaak spoed heeft, kunt u daarnaast de voorzieningenrechter van de rechtbank Den Haag vragen een voorlopige voorziening te treffen.")

# ---------------- h15 ----------------
d = base(); head_vmd(d)
lines(d, "Mevrouw C.H. de Bruin-Lammers\nHogeveenseweg 112\n2405 AL Veenmeerdam")
d.add_paragraph()
t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
for i, (a, b) in enumerate([("Datum", "12 februari 2026"), ("Ons kenmerk", "VMD/WMO/2026/00931"),
                            ("Zaaknummer", "Z-26-001208"), ("Onderwerp", "Besluit op uw aanvraag om een scootmobiel")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph()
para(d, "Geachte mevrouw De Bruin,")
para(d, "Op 2 februari 2026 hebben wij uw aanvraag om een scootmobiel ontvangen. In deze brief leest u ons besluit en de redenen daarvoor. U krijgt geen scootmobiel. Hieronder leggen wij stap voor stap uit hoe wij tot dit besluit zijn gekomen.")
d.add_heading("1. Feitelijke achtergrond", level=1)
numbered(d, [
 "Op 20 januari 2026 heeft Wmo-consulent de heer K. Arslan met u en uw man gesproken, bij u thuis. Het verslag van dit gesprek heeft u op 27 januari 2026 van ons gekregen. U heeft het verslag ondertekend en op 2 februari 2026 samen met uw aanvraag teruggestuurd.",
 "U bent 74 jaar en woont met uw man in een benedenwoning. Door artrose in uw heupen en een verminderd evenwicht loopt u met een rollator. U kunt zo ongeveer 400 meter lopen. Daarna moet u even rusten op de zitting van de rollator.",
 "Binnen die afstand liggen de supermarkt (300 meter), de apotheek en de huisartsenpraktijk (200 meter). Daar gaat u nu zelf naartoe, meestal 's ochtends.",
 "U wilt met een scootmobiel naar de weekmarkt in het centrum (2,5 kilometer), naar uw bridgeclub in De Zwaluw (3 kilometer, elke dinsdagmiddag) en af en toe naar uw zus in Lisse (8 kilometer).",
 "Uw man is 76 jaar, heeft een rijbewijs en een auto. Hij rijdt u nu elke dinsdag naar de bridgeclub en haalt u weer op. Uw dochter woont in Leiden en komt om de week op zaterdag. Zij neemt u dan vaak mee naar uw zus. Uw bridgepartner, mevrouw Van Rijn, woont twee straten verder en heeft aangeboden u mee te nemen als uw man niet kan.",
])
d.add_heading("2. Juridisch kader", level=1)
numbered(d, [
 "Volgens artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015) verstrekt het college een maatwerkvoorziening alleen voor zover de cliënt zijn beperkingen niet kan verminderen of wegnemen op eigen kracht, met gebruikelijke hulp, met mantelzorg, met hulp van zijn sociale netwerk of met algemene voorzieningen.",
 "Artikel 10, eerste lid, van de Verordening maatschappelijke ondersteuning Veenmeerdam 2025 luidt: \"Een vervoersvoorziening wordt verstrekt als de cliënt door zijn beperkingen niet in staat is zich binnen de gemeente en de directe omgeving daarvan te verplaatsen om deel te nemen aan het maatschappelijk leven, en hij daarvoor geen gebruik kan maken van het openbaar vervoer, een algemene voorziening of hulp uit zijn omgeving.\"",
 "In de rechtspraak van de Centrale Raad van Beroep is bepaald dat de Wmo 2015 geen recht geeft op een voorziening voor elke gewenste verplaatsing. Het gaat erom dat de cliënt in staat wordt gesteld tot participatie: boodschappen doen, mensen ontmoeten en deelnemen aan activiteiten in de eigen omgeving.",
])
d.add_heading("3. Beoordeling", level=1)
para(d, "Wij hebben per laag bekeken wat er al is en wat er nog ontbreekt.")
numbered(d, [
 "Wat u zelf kunt. De dagelijkse boodschappen, de apotheek en de huisarts haalt u lopend met uw rollator. Dat gaat langzaam, maar het lukt u zelf, en u vertelde dat u dat wandelingetje ook graag blijft doen. Voor deze korte afstanden is dus geen voorziening nodig.",
 "Uw man. Van een partner mag worden verwacht dat hij helpt bij vervoer als hij daartoe in staat is. Uw man rijdt nog veilig auto en doet dat nu al voor de bridgeclub. Ook de markt op zaterdag kan hij met u bezoeken; dat heeft hij in het gesprek gezegd.",
 "Familie en kennissen. Uw dochter brengt u eens per twee weken naar uw zus in Lisse. Mevrouw Van Rijn kan invallen voor de bridge. Deze hulp komt niet te zwaar op hen: het gaat om één of twee ritten per week, die zij nu al maken.",
 "Algemene voorziening. Voor ritten waarbij niemand kan rijden, kunt u Automaatje Veenmeerdam bellen. Een vrijwilliger rijdt u dan in zijn eigen auto voor € 0,35 per kilometer. Een rit naar de markt kost u zo ongeveer € 1,75. U heeft in het gesprek gezegd dat u dat betaalbaar vindt. Lopen van de auto naar de marktkraam lukt u met uw rollator.",
 "Andere wetten. Een scootmobiel valt niet onder de Zorgverzekeringswet, en u heeft geen indicatie voor de Wet langdurige zorg. Er is dus geen voorliggende voorziening; daarom hebben wij uw aanvraag op grond van de Wmo 2015 beoordeeld.",
 "Conclusie. Alle plaatsen die u wilt bereiken, kunt u nu al bereiken: zelf lopend, met uw man, met uw dochter of uw bridgepartner, of met Automaatje. U kunt dus blijven deelnemen aan het leven in uw omgeving. Een scootmobiel voegt daar niets aan toe dat u nodig heeft.",
])
d.add_heading("4. Besluit", level=1)
p = para(d, "Wij wijzen uw aanvraag om een scootmobiel af. ")
p.runs[0].bold = True
para(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 10, eerste lid, van de Verordening maatschappelijke ondersteuning Veenmeerdam 2025.")
para(d, "Verandert uw situatie, bijvoorbeeld omdat uw man niet meer kan rijden? Meld dat dan bij ons. Wij onderzoeken dan opnieuw wat u nodig heeft.")
bezwaar_vmd(d)
para(d, "Heeft u vragen over deze brief? Bel dan de heer K. Arslan via 14 0171.")
d.add_paragraph()
lines(d, "Met vriendelijke groet,\n\nhet college van burgemeester en wethouders van Veenmeerdam,\nnamens dit college,\n\n\nmr. drs. L. (Lieke) Tromp\njurist Wmo, Team Juridische Kwaliteit")
d.save(OUT / "h15.docx")

# ---------------- h17 ----------------
d = base(); head_vmd(d)
lines(d, "Aan mevrouw F. Yilmaz-Demir\nSpoorsingel 19\n2401 BT Veenmeerdam")
d.add_paragraph()
lines(d, "Veenmeerdam, 19 februari 2026\nOns kenmerk: VMD/WMO/2026/01102\nZaaknummer: Z-26-001533\nOnderwerp: besluit huishoudelijke ondersteuning en wasverzorging")
d.add_paragraph()
para(d, "Geachte mevrouw Yilmaz,")
para(d, "U heeft op 6 februari 2026 een aanvraag ingediend voor huishoudelijke ondersteuning van 4 uur per week, waarvan 1 uur voor de verzorging van de was. In deze brief leest u wat wij hebben besloten. Een deel van uw aanvraag wijzen wij toe en een deel wijzen wij af.")
d.add_heading("Feitelijke achtergrond", level=1)
para(d, "Op 28 januari 2026 heeft Wmo-consulent mevrouw I. Smit u thuis bezocht. Uw man was daarbij. Het verslag van dat gesprek heeft u op 3 februari 2026 van ons ontvangen. Daaruit blijkt het volgende.")
bullets(d, [
 "U heeft reumatoïde artritis. Uw handen en polsen zijn stijf en pijnlijk, vooral 's ochtends. U kunt niet stofzuigen, niet dweilen, niet wringen en geen emmers of wasmanden tillen.",
 "Afstoffen met een lichte plumeau, een eenvoudige maaltijd klaarmaken en de vaatwasser inruimen lukt u zelf, in de middag als de stijfheid minder is.",
 "U woont met uw man in een eengezinswoning met drie slaapkamers. Uw man is 70 jaar en gepensioneerd. Hij doet de boodschappen en kookt op de dagen dat het u niet lukt. Hij heeft zelf sinds een hernia in 2022 rugklachten en mag van zijn fysiotherapeut niet stofzuigen of zwaar schoonmaken. De was in de machine doen, ophangen en vouwen kan hij wel; dat doet hij nu ook al.",
 "Mantelzorg: er is geen mantelzorg.",
 "Het sociale netwerk is tijdens het huisbezoek besproken.",
 "U heeft de boodschappendienst van de Zonnebloem bekeken, maar die heeft u niet nodig, want uw man doet de boodschappen. De schoonmaak kan geen algemene voorziening in Veenmeerdam overnemen: de Klussendienst doet alleen kleine reparaties.",
 "Uw fysiotherapie en de controles bij de reumatoloog vallen onder de Zorgverzekeringswet. Hulp in het huishouden valt daar niet onder.",
])
d.add_heading("Juridisch kader", level=1)
para(d, "Artikel 2.3.5, derde lid, Wmo 2015 bepaalt dat het college een maatwerkvoorziening verstrekt voor zover de cliënt zijn beperkingen niet zelf of met hulp van zijn omgeving of algemene voorzieningen kan oplossen. Artikel 8 van de Verordening maatschappelijke ondersteuning Veenmeerdam 2025 werkt dit uit. In artikel 9 van de verordening staat: \"Huishoudelijke ondersteuning is gericht op het resultaat van een schoon en leefbaar huis en, zo nodig, schone en draagbare kleding.\" Volgens de Centrale Raad van Beroep (CRvB 18 mei 2016, ECLI:NL:CRVB:2016:1402) moet in het besluit zelf worden vastgelegd hoeveel hulp de cliënt krijgt.")
para(d, "Hulp die een partner gewoonlijk geeft, is gebruikelijke hulp in de zin van artikel 1.1.1, derde lid, Wmo 2015. Voor zover die hulp mogelijk is, gaat zij voor op een maatwerkvoorziening.")
d.add_heading("Beoordeling", level=1)
para(d, "Schoonmaak. ", bold_lead=None).runs[0].bold = True
para(d, "U kunt door uw gewrichtsklachten het zware schoonmaakwerk niet doen. Uw man kan dat door zijn eigen rugklachten ook niet overnemen. Afstoffen en de keuken bijhouden doet u zelf. Voor het schoonmaken van de woonkamer, de keuken, de badkamer, het toilet en de slaapkamers is volgens ons normenkader 3 uur per week nodig. Die 3 uur kennen wij u toe.")
para(d, "Wasverzorging. ").runs[0].bold = True
para(d, "Uw man doet nu de was en kan dat blijven doen: het ophangen en vouwen is licht werk dat zijn rug niet belast. Daarom is voor de was geen maatwerkvoorziening nodig. Het vierde uur dat u heeft gevraagd, wijzen wij daarom af.")
d.add_heading("Besluit", level=1)
t = d.add_table(rows=1, cols=2); t.style = 'Light Grid Accent 1'
t.rows[0].cells[0].text = "Onderdeel"; t.rows[0].cells[1].text = "Besluit"
for a, b in [
 ("Huishoudelijke ondersteuning (schoonmaak)", "Toegekend: 3 uur per week"),
 ("Ingangsdatum", "1 maart 2026"),
 ("Einddatum", "28 februari 2029"),
 ("Leveringsvorm", "Zorg in natura, Thuishulp Rijnland B.V."),
 ("Wasverzorging (1 uur per week)", "Afgewezen"),
]:
    r = t.add_row().cells; r[0].text = a; r[1].text = b
d.add_paragraph()
para(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en de artikelen 8 en 9 van de Verordening maatschappelijke ondersteuning Veenmeerdam 2025. Voor het afwijzen van de wasverzorging verwijzen wij daarnaast naar artikel 1.1.1, derde lid, Wmo 2015.")
para(d, "Voor de huishoudelijke ondersteuning geldt een eigen bijdrage.")
para(d, "Liever zelf hulp inhuren? In plaats van zorg in natura kunt u kiezen voor een persoonsgebonden budget (pgb). Daarvoor vult u het pgb-plan in dat u bij ons kunt opvragen.")
bezwaar_vmd(d)
d.add_paragraph()
lines(d, "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Veenmeerdam,\n\n\nmr. J.P. van Leeuwarden\nsenior juridisch medewerker Wmo")
d.save(OUT / "h17.docx")
print("ok part1")
