import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Calibri", 11)
header_text(d, "Gemeente Kapelleveen — Team Toegang — Postbus 300, 4850 AH Kapelleveen — 0183 - 65 44 00")
lines(d, """
De heer T. Hendriks
Galerijflat De Plataan 2-41
4852 CC Kapelleveen
""")
p(d)
label(d, "Datum: ", "26 maart 2026")
label(d, "Zaaknummer: ", "KV-2026-0429")
label(d, "Onderwerp: ", "besluit over uw verhuizing en de aanpassing van uw nieuwe woning")
p(d)
p(d, "Beste meneer Hendriks,")
p(d, "U gaat op 1 mei 2026 verhuizen naar een benedenwoning aan de Lindenlaan 6 in Kapelleveen. U heeft ons gevraagd om hulp bij de verhuizing en om aanpassingen in de nieuwe woning. In deze brief leest u wat u krijgt en wat niet.")

d.add_heading("In het kort", level=1)
table(d, [["", "Wat u vroeg", "Besluit"],
          ["1", "Vergoeding voor de verhuiskosten", "[x] toegekend: € 3.000 (eenmalig)"],
          ["2", "Aanpassingen in de nieuwe woning: drempels weg, automatische voordeur, inloopdouche", "[x] toegekend"],
          ["3", "Een verlaagd, onderrijdbaar aanrecht in de keuken", "[ ] afgewezen"]], widths=[1, 8, 6])
p(d, "Hieronder leggen wij uit waarom.")

d.add_heading("Hoe wij het onderzocht hebben", level=2)
p(d, "Op 3 maart 2026 hebben wij met u gepraat, bij u thuis in de flat. Uw vrouw Marieke was erbij. Op 10 maart 2026 zijn wij samen met de ergotherapeut van de gemeente naar de nieuwe woning gaan kijken. Het verslag van het gesprek en van het bezoek aan de woning hebben wij u op 13 maart 2026 gestuurd. U heeft het op 16 maart voor akkoord getekend. Uw aanvraag kwam op 17 maart 2026 binnen.")

d.add_heading("Uw situatie", level=2)
p(d, "U bent 52 jaar en zit sinds een ongeluk in 2019 in een elektrische rolstoel. U kunt niet staan of lopen. Uw armen en handen werken goed. U woont nu op de tweede verdieping. De lift valt vaak uit; dan kunt u dagen niet naar buiten. Uw nieuwe elektrische rolstoel past niet door de deuren van de badkamer. Daarom heeft u een benedenwoning gezocht en gevonden bij Woonstichting Kapelleveen.")

d.add_heading("1. Vergoeding voor de verhuiskosten", level=2)
bullets(d, [
 "Waarom verhuizen nodig is: in de flat kunt u door de lift en de smalle deuren niet meer veilig wonen. Aanpassen van de flat kan niet: de badkamer is te klein en de lift is van de vereniging van eigenaren. Verhuizen is dus de beste oplossing, en dat komt door uw beperking.",
 "Wat u zelf doet: u regelt zelf de verhuizing en u heeft wat gespaard voor nieuwe meubels. Meubels, een nieuwe bank of een nieuwe tv horen bij gewone kosten die iedereen heeft; die vergoeden wij niet.",
 "Wat uw vrouw, zoon en vrienden doen: Marieke pakt in. Uw zoon Daan en twee vrienden sjouwen de spullen en rijden het busje. Zo blijven de kosten laag. Een verhuisbusje, vloerbedekking en gordijnen moet u wel betalen.",
 "Andere regelingen: Woonstichting Kapelleveen geeft geen verhuisvergoeding, omdat u niet verhuist vanwege sloop of renovatie. Een voorziening voor iedereen die dit betaalt, is er niet.",
])
p(d, "Omdat u moet verhuizen door uw beperking en de kosten niet op een andere manier worden betaald, krijgt u een vaste vergoeding van € 3.000. Dit bedrag staat in de beleidsregels. Het is bedoeld voor de verhuizing en het inrichten van de nieuwe woning (vloer, gordijnen, aansluitingen). U hoeft geen bonnen in te leveren.")

d.add_heading("2. Aanpassingen in de nieuwe woning", level=2)
bullets(d, [
 "Drempels: de woning heeft drie binnendrempels en een drempel bij de achterdeur. Met uw elektrische rolstoel komt u er niet overheen. Zelf kunt u die niet weghalen; dit moet een aannemer doen.",
 "Voordeur: u kunt de zware voordeur vanuit de rolstoel niet open en dicht doen. Marieke werkt vier dagen per week en is overdag niet thuis. Een automatische deuropener is nodig om zelf naar buiten te kunnen.",
 "Badkamer: in de badkamer staat een bad. U kunt daar niet in. Met een inloopdouche en een douchestoel kunt u zittend zelf douchen. Nu helpt Marieke u elke avond bij het wassen; met de inloopdouche doet u dat weer zelf.",
 "Andere wetten: uw zorgverzekering betaalt geen aanpassingen aan een huis. U heeft geen indicatie voor de Wet langdurige zorg. Een voorziening voor iedereen die drempels weghaalt of een badkamer aanpast, is er in Kapelleveen niet. De woonstichting heeft schriftelijk toestemming gegeven voor de aanpassingen.",
])
p(d, "Omdat u zonder deze aanpassingen niet zelf door het huis, naar buiten en onder de douche kunt, krijgt u ze van ons.")

d.add_heading("3. Verlaagd aanrecht", level=2)
p(d, "Dit krijgt u niet. Dat komt zo:")
bullets(d, [
 "U vertelde dat Marieke altijd kookt, ook nu al. Koken voor het gezin is iets wat een partner normaal voor elkaar doet. Zij blijft dat doen.",
 "Zelf zet u koffie en thee en maakt u uw lunch klaar. Dat doet u nu aan de keukentafel met een waterkoker op tafel. Dat kan in de nieuwe woning ook, want de keuken is groot genoeg voor een tafel. Een tafel op de goede hoogte is een gewoon meubel dat iedereen kan kopen, voor ongeveer € 150.",
 "U heeft dus geen aanrecht op rolstoelhoogte nodig om zelf te eten en te drinken.",
])

d.add_heading("Ons besluit", level=1)
table(d, [["Voorziening", "Wat precies", "Wanneer", "Vorm"],
          ["Verhuiskostenvergoeding", "€ 3.000, eenmalig", "wij betalen het bedrag binnen twee weken na de verhuisdatum op uw rekening", "financiële tegemoetkoming"],
          ["Woningaanpassing Lindenlaan 6", "weghalen van vier drempels; automatische deuropener voordeur; bad eruit en inloopdouche met afvoer en beugels", "uitvoering vóór 1 mei 2026", "in natura: Bouwbedrijf Van Leeuwen voert het uit in opdracht van de gemeente"],
          ["Verlaagd aanrecht", "—", "—", "afgewezen"]])
label(d, "Pgb. ", "Wilt u de aanpassingen liever zelf laten uitvoeren door een aannemer die u kiest? Dan kunt u kiezen voor een persoonsgebonden budget (pgb). U krijgt dan het bedrag van de offerte die wij goedkeuren, en u stuurt ons na afloop de factuur. Bel ons vóór 3 april 2026 als u dat wilt.")
label(d, "Eigen bijdrage. ", "Voor de woningaanpassing betaalt u een eigen bijdrage van € 21,80 per maand, tot de kosten van de aanpassing bereikt zijn. Het CAK int die bijdrage en stuurt u een brief. Voor de verhuiskostenvergoeding betaalt u geen eigen bijdrage.")
label(d, "Regels. ", "Wij nemen dit besluit op grond van artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 en artikel 2.3 van de Verordening maatschappelijke ondersteuning Kapelleveen 2025. Het bedrag van de verhuiskostenvergoeding staat in artikel 6 van de Beleidsregels maatschappelijke ondersteuning Kapelleveen 2025. Voor het pgb gelden artikel 2.3.6 van de Wmo 2015 en artikel 2.5 van de verordening. Voor de eigen bijdrage gelden artikel 2.1.4a van de Wmo 2015 en artikel 3.1 van de verordening.")

d.add_heading("Bent u het niet eens?", level=2)
p(d, "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaar naar het college van burgemeester en wethouders van Kapelleveen, Postbus 300, 4850 AH Kapelleveen, of gebruik het formulier op www.kapelleveen.nl/bezwaar. Schrijf erin:")
bullets(d, ["uw naam en adres en de datum;", "het zaaknummer of een kopie van deze brief;", "over welk deel van het besluit u het niet eens bent en waarom;", "uw handtekening."], style="List Number")
p(d, "Is het dringend, bijvoorbeeld omdat de verhuisdatum eraan komt? Dan kunt u de voorzieningenrechter van de rechtbank Gelderland om een voorlopige voorziening vragen.")
p(d)
p(d, "Met vriendelijke groet,")
p(d, "namens het college van burgemeester en wethouders van Kapelleveen,")
p(d)
p(d, "P. van Asselt")
p(d, "consulent Team Toegang")
d.save("/work/blind/g/w3/g33.docx")
print("g33 ok")
