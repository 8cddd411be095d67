from common import *
d = new_doc("Arial", 10.5)
p(d, "gemeente Lingewerf", bold=True, size=16)
p(d, "Team Jong (18-25)", italic=True)
p(d)
lines(d, """Lars Jansen
Merelstraat 3
4193 EV Lingewerf""")
p(d)
table(d, [["Datum", "30 april 2026"], ["Kenmerk", "TJ/2026/0502"], ["Over", "je aanvraag voor beschermd wonen"]], style="Table Grid", bold_first_col=True, widths=[3, 12])
p(d, "Beste Lars,")
p(d, "Je hebt ons gevraagd om beschermd wonen. In deze brief lees je ons besluit. Je krijgt geen beschermd wonen. Hieronder leggen we uit hoe we tot dit besluit zijn gekomen.")

d.add_heading("Je situatie", level=2)
p(d, "Je bent 20 jaar. Je woont bij je moeder en haar partner Erik. Thuis is er vaak ruzie. Je wilt graag ergens anders wonen. Je hebt last van angst en somberheid. Daarvoor ben je in behandeling bij de ggz.")

d.add_heading("Ons gesprek", level=2)
p(d, "Op 14 april 2026 hebben we met je gepraat op het gemeentehuis. Je vriendin Fleur was erbij. Je hebt het verslag van het gesprek op 20 april gekregen. Je stuurde het op 24 april getekend terug.")

d.add_heading("Wat hebben we bekeken?", level=2)
p(d, "We hebben goed gekeken naar jouw situatie. We hebben gekeken naar wat je zelf kunt. En naar wat je moeder en Erik voor je kunnen doen. We hebben ook gekeken naar je familie en vrienden, en naar de hulp die er al is in Lingewerf. Al deze mogelijkheden hebben we met je besproken in het gesprek.")
p(d, "Je ggz-behandeling betaalt je zorgverzekeraar. Die behandeling loopt gewoon door. Een woonplek hoort daar niet bij; de zorgverzekering is daar niet voor.")

d.add_heading("Ons besluit", level=2)
infobox(d, "Wat hebben we besloten?", [
 "Je krijgt geen beschermd wonen.",
 "Waarom niet? Je voldoet niet aan de voorwaarden voor beschermd wonen. Na onderzoek vinden wij beschermd wonen voor jou niet noodzakelijk.",
])
p(d, "We begrijpen dat dit niet het antwoord is dat je wilde. Wil je praten over andere mogelijkheden om op jezelf te gaan wonen? Bel dan je consulent. Zij kan je ook helpen met een inschrijving bij de woningcorporatie.")

d.add_heading("Regels", level=2)
p(d, "Dit besluit is gebaseerd op artikel 2.3.5, vierde lid, van de Wmo 2015 en artikel 7 van de Verordening maatschappelijke ondersteuning Lingewerf 2023.")

infobox(d, "Ben je het er niet mee eens?", [
 "Maak dan bezwaar. Dat kan binnen zes weken na de datum van deze brief.",
 "Stuur je bezwaar naar: het college van burgemeester en wethouders van Lingewerf, Postbus 1200, 4190 CA Lingewerf. Of maak bezwaar via www.lingewerf.nl/bezwaar.",
 "Schrijf erin wie je bent (naam en adres), de datum, het kenmerk van deze brief en waarom je het niet eens bent. Zet je handtekening eronder.",
 "Je kunt gratis hulp krijgen van een cliëntondersteuner van MEE Gelderse Poort.",
])
p(d, "Vragen? Bel Fatima el Amrani, je consulent, via 0344 - 63 80 00.")
p(d)
p(d, "Met vriendelijke groet,")
p(d, "namens het college van burgemeester en wethouders van Lingewerf,")
p(d)
p(d, "Fatima el Amrani")
p(d, "consulent Team Jong")
d.save("/work/blind/g/w2/g25.docx")
