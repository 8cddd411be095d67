from common import *
d = new_doc("Verdana", 10)
p(d, "gemeente Lingewerf", bold=True, size=16)
p(d, "Team Jong (18-25) · Postbus 1200 · 4190 CA Lingewerf")
p(d)
lines(d, """Jesse van Beek
Stationsweg 14, kamer 3
4191 AB Lingewerf""")
p(d)
p(d, "Datum: 9 maart 2026")
p(d, "Kenmerk: TJ/2026/0276")
p(d, "Onderwerp: je krijgt begeleiding en dagbesteding")
p(d)
p(d, "Hoi Jesse,")
p(d, "Je hebt ons om hulp gevraagd. Je woont sinds januari op jezelf. Daarvoor woonde je in het gezinshuis van Marco en Ineke. In deze brief lees je wat we hebben besloten.")

d.add_heading("Ons gesprek", level=2)
p(d, "We hebben op 19 februari 2026 met je gepraat. Dat was op je kamer. Ineke van het gezinshuis was er ook. Je kreeg het verslag op 24 februari. Je hebt het op 2 maart getekend teruggestuurd.")

d.add_heading("Hoe gaat het nu?", level=2)
p(d, "Je kunt al veel zelf. Je kookt simpele dingen. Je houdt je kamer redelijk netjes. Je gaat op tijd naar bed als je wekker aan staat.")
p(d, "Maar sommige dingen lukken nog niet. Je rekeningen betaal je vaak te laat. Brieven maak je niet open. Je hebt nu al een aanmaning van je zorgverzekering. En als er iets misgaat, weet je niet wie je moet bellen.")

d.add_heading("Wie helpt je al?", level=2)
bullets(d, [
 "Je woont alleen. Er is niemand in huis die je kan helpen.",
 "Je moeder woont in Nijmegen. Jullie hebben weinig contact. Zij kan je nu niet helpen.",
 "Ineke en Marco van het gezinshuis bellen je elke twee weken. Dat blijven ze doen. Maar ze zijn niet meer je begeleiders. Ze hebben nieuwe kinderen in huis.",
 "Je beste vriend Tim helpt je met klusjes op je kamer. Met geld en post kan hij niet helpen. Hij is zelf 19 en heeft daar ook moeite mee.",
])

d.add_heading("Wat is er al in Lingewerf?", level=2)
p(d, "Je bent met Ineke naar de Geldwijzer geweest. Dat is een gratis spreekuur over geld. Daar hebben ze je geholpen met één rekening. Maar je hebt meer nodig: iemand die elke week met je meekijkt. Dat doet de Geldwijzer niet.")

d.add_heading("Wat hebben we besloten?", level=2)
p(d, "Je hebt iemand nodig die elke week met je je post en je geld doorneemt. En die je leert hoe je dat zelf doet. Daarom krijg je begeleiding.")
p(d, "Je krijgt ook dagbesteding bij De Werkplaats.")
infobox(d, "Wat krijg je?", [
 "Begeleiding: in principe 3 uur per week, bij Stichting Kompas Betuwe (zorg in natura).",
 "Dagbesteding: 2 dagdelen per week bij De Werkplaats, Lingewerf (zorg in natura). Eventueel breiden we dit later uit naar 3 dagdelen.",
 "Vanaf: 16 maart 2026",
 "Tot en met: 15 maart 2027. Zo nodig verlengen we de begeleiding.",
])

d.add_heading("Moet je iets betalen?", level=2)
p(d, "Ja. Je betaalt een eigen bijdrage van € 21,80 per maand. Dat is voor de begeleiding en de dagbesteding samen. Het CAK stuurt je de rekening. Je krijgt eerst een brief van het CAK.")

d.add_heading("Welke regels gelden?", level=2)
p(d, "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 6 en artikel 9 van de Verordening maatschappelijke ondersteuning Lingewerf 2023.")

infobox(d, "Ben je het niet eens?", [
 "Dan kun je bezwaar maken. Dat moet binnen zes weken na de datum van deze brief.",
 "Stuur een brief naar het college van burgemeester en wethouders van Lingewerf, Postbus 1200, 4190 CA Lingewerf.",
 "Zet erin: je naam, je adres, de datum, het kenmerk, waarom je het niet eens bent, en je handtekening.",
 "Hulp nodig? Een cliëntondersteuner van MEE Gelderse Poort helpt je gratis.",
])
p(d, "Vragen? App of bel me: 06 - 29 73 11 05.")
p(d)
p(d, "Groetjes,")
p(d, "Sanne Verhoef")
p(d, "je consulent bij Team Jong")
d.save("/work/blind/g/w2/g18.docx")
