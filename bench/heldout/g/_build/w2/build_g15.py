from common import *
d = new_doc("Arial", 10)
p(d, "Sociale Dienst Twentse Marke", bold=True, size=14)
p(d, "namens de gemeente Twickelstede", italic=True)
p(d, "Postbus 310 · 7490 AH Haaksveen · (053) 480 12 00")
p(d)
lines(d, """Mevrouw G.H. Kuipers-Wolbers
Hofstede 41
7495 RL Twickelstede""")
p(d)
table(d, [["Datum", "17 februari 2026"],
          ["Ons kenmerk", "SDTM/WMO/2026/00977"],
          ["Zaaknummer", "Z-26-001982"],
          ["Betreft", "beschikking huishoudelijke ondersteuning en scootmobiel"],
          ["Contactpersoon", "E. Mensink, consulent Wmo"]], style="Table Grid", bold_first_col=True, widths=[4, 11])
p(d, "Geachte mevrouw Kuipers,")
p(d, "Op 12 januari 2026 heeft u zich bij ons gemeld met een vraag om hulp in het huishouden en om een scootmobiel. Op 21 januari 2026 heeft consulent E. Mensink met u gesproken, bij u thuis. Het verslag van dat onderzoek heeft u op 28 januari 2026 ontvangen; u heeft het op 4 februari 2026 ondertekend teruggestuurd. Die ondertekening geldt als uw aanvraag. In deze beschikking leest u het besluit van het college van burgemeester en wethouders van Twickelstede.")

d.add_heading("1. Feiten", level=2)
bullets(d, [
 "1.1 U bent 79 jaar en woont sinds het overlijden van uw man in 2023 alleen in een eengezinswoning met de slaapkamer en badkamer boven.",
 "1.2 In oktober 2025 heeft u een nieuwe knie gekregen. Het herstel gaat langzaam. U loopt binnen met een rollator en de trap gaat met moeite, met twee leuningen.",
 "1.3 Uw dochter woont in Almelo, werkt vier dagen per week en heeft twee kinderen. Zij doet op zaterdag uw was en de grote boodschappen.",
 "1.4 Uw buurman maait het gras en brengt de container aan de weg. Vanuit de kerk komt eens per maand iemand van de bezoekdienst langs.",
], numbered=False)

d.add_heading("2. Huishoudelijke ondersteuning", level=2)
p(d, "Beoordeling", bold=True)
for t in [
 "2.1 Op grond van artikel 2.3.5, derde lid, van de Wmo 2015 kent het college een maatwerkvoorziening toe voor zover u uw beperkingen niet op eigen kracht, met gebruikelijke hulp, met mantelzorg, met hulp van uw sociale netwerk of met een algemene voorziening kunt verminderen of wegnemen.",
 "2.2 U kunt zelf nog lichte taken doen: de afwas, koffie zetten, eenvoudig koken en afstoffen op tafelhoogte. Stofzuigen, dweilen, de badkamer schoonmaken en de bedden verschonen lukt u niet, omdat u niet kunt bukken of knielen en niet zonder rollator kunt staan.",
 "2.3 U woont alleen. Er zijn geen huisgenoten die gebruikelijke hulp kunnen geven.",
 "2.4 Uw dochter doet al de was en de boodschappen. Meer kunnen wij naast haar werk en gezin niet van haar verwachten; zij gaf in het gesprek aan dat zij nu al krap zit. Uw buurman en de bezoekdienst van de kerk helpen op hun eigen manier, maar zij kunnen het schoonmaken van uw huis niet overnemen.",
 "2.5 Als algemene voorziening hebben wij gekeken naar Schoon Thuis van Welzijn Twickelstede. Vrijwilligers van Schoon Thuis doen eens per twee weken licht schoonmaakwerk. Voor het wekelijkse zware schoonmaakwerk dat u nodig heeft is dat niet genoeg. De boodschappendienst is niet nodig, omdat uw dochter de boodschappen doet.",
 "2.6 Huishoudelijke hulp valt niet onder de Zorgverzekeringswet. Persoonlijke verzorging is bij u niet nodig; u wast en kleedt zich zelf.",
]:
    p(d, t)
p(d, "Conclusie", bold=True)
p(d, "2.7 U heeft recht op huishoudelijke ondersteuning met als resultaat een schoon en leefbaar huis. Het college kent u deze ondersteuning toe. De aanbieder stelt samen met u in het ondersteuningsplan vast hoeveel tijd per week daarvoor nodig is en welke taken worden gedaan. Dit is in lijn met de resultaatgerichte werkwijze in de Beleidsregels maatschappelijke ondersteuning Sociale Dienst Twentse Marke 2025.")

d.add_heading("3. Scootmobiel", level=2)
p(d, "Beoordeling", bold=True)
for t in [
 "3.1 U heeft ook een scootmobiel aangevraagd.",
 "3.2 Een vervoersvoorziening wordt op grond van artikel 12 van de Verordening maatschappelijke ondersteuning Twickelstede 2024 verstrekt als de cliënt voor zijn verplaatsingen in de directe woon- en leefomgeving op een dergelijke voorziening is aangewezen.",
 "3.3 Uit het onderzoek is naar voren gekomen dat u niet aan deze voorwaarde voldoet.",
]:
    p(d, t)
p(d, "Conclusie", bold=True)
p(d, "3.4 Gelet op de uitkomst van het onderzoek is een scootmobiel niet noodzakelijk. Het college wijst dit deel van uw aanvraag af.")

d.add_heading("4. Besluit", level=2)
table(d, [["Voorziening", "Besluit", "Periode", "Leveringsvorm"],
          ["Huishoudelijke ondersteuning (resultaat: schoon en leefbaar huis)", "toegekend", "1 maart 2026 t/m 28 februari 2028", "zorg in natura, Thuiszorg Twente-Oost"],
          ["Scootmobiel", "afgewezen", "–", "–"]], header=True)

d.add_heading("5. Overige bepalingen", level=2)
p(d, "5.1 Persoonsgebonden budget. U kunt de huishoudelijke ondersteuning ook als persoonsgebonden budget (pgb) ontvangen. U koopt de hulp dan zelf in. Wilt u dat, neem dan binnen vier weken contact op met de consulent.")
p(d, "5.2 Eigen bijdrage. Voor de huishoudelijke ondersteuning bent u een eigen bijdrage verschuldigd.")
p(d, "5.3 Grondslag. Dit besluit berust op artikel 2.3.5, derde lid, van de Wmo 2015, de artikelen 9 en 12 van de Verordening maatschappelijke ondersteuning Twickelstede 2024 en de Beleidsregels maatschappelijke ondersteuning Sociale Dienst Twentse Marke 2025.")

d.add_heading("Bezwaar", level=2)
p(d, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Twickelstede, p/a Sociale Dienst Twentse Marke, Postbus 310, 7490 AH Haaksveen. Uw bezwaarschrift bevat uw naam en adres, de datum, een omschrijving van het besluit (stuur een kopie mee), de reden van uw bezwaar en uw handtekening. Bij spoed kunt u de voorzieningenrechter van de rechtbank Overijssel vragen om een voorlopige voorziening.")
p(d)
p(d, "Met vriendelijke groet,")
p(d, "namens het college van burgemeester en wethouders van Twickelstede,")
p(d)
p(d, "drs. L.A. Hofman")
p(d, "manager Wmo en Jeugd, Sociale Dienst Twentse Marke")
d.save("/work/blind/g/w2/g15.docx")
