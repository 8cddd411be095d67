import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Arial", 10)
header_text(d, "SSC Sociaal Domein De Vijf Polders — Verslag onderzoek maatschappelijke ondersteuning — gemeente Lindervoort")
footer_text(d, "Dit verslag is opgesteld op grond van artikel 2.3.2, achtste lid, Wmo 2015. Vertrouwelijk.")
d.add_heading("Verslag van het onderzoek als bedoeld in artikel 2.3.2 Wmo 2015", level=1)
table(d, [["Zaaknummer", "SSC-LV-2026-00301"],
          ["Cliënt", "de heer A.W. Kooistra, geboren 11-05-1958"],
          ["Adres", "Zuiderstraat 87, 8291 EK Lindervoort"],
          ["Datum melding", "26 januari 2026"],
          ["Datum en plaats gesprek", "10 februari 2026, ten huize van cliënt"],
          ["Aanwezigen", "de heer Kooistra, mevrouw G. Kooistra-Hoekstra (echtgenote), R. Zwart (consulent SSC)"],
          ["Cliëntondersteuning", "Cliënt is bij de ontvangstbevestiging van de melding en voorafgaand aan het gesprek gewezen op kosteloze onafhankelijke cliëntondersteuning; hiervan is geen gebruik gemaakt."],
          ["Persoonlijk plan", "Cliënt is in de gelegenheid gesteld binnen zeven dagen na de melding een persoonlijk plan in te dienen; er is geen plan ingediend."]], header=False, widths=[4.5, 11])

d.add_heading("1. Hulpvraag", level=2)
p(d, "De heer Kooistra geeft aan dat hij ‘gewoon boven wil kunnen slapen en douchen zoals altijd, zonder dat mijn vrouw iedere keer achter me moet lopen op de trap’, en dat hij daarnaast ondersteuning wenst bij het schoonhouden van de woning, omdat zijn echtgenote dat naast haar werk en de zorg voor hem niet meer volledig kan opbrengen.")

d.add_heading("2. Beperkingen", level=2)
bullets(d, ["ziekte van Parkinson (diagnose 2021)", "artrose beide knieën", "orthostatische hypotensie"])

d.add_heading("3. Afweging eigen mogelijkheden en omgeving", level=2)
p(d, "Tijdens het gesprek zijn de eigen mogelijkheden van de heer Kooistra, de rol van zijn echtgenote en hun kinderen en de mogelijkheden van het overige sociale netwerk uitgebreid en in samenhang besproken, waarbij alle mogelijkheden zorgvuldig zijn onderzocht en de uitkomsten daarvan met cliënt en zijn echtgenote zijn doorgenomen, zodat van een volledig beeld van de situatie kan worden uitgegaan.")
p(d, "Ten aanzien van de algemene voorzieningen is vastgesteld dat cliënt en zijn echtgenote reeds gebruikmaken van de boodschappendienst van Welzijn Lindervoort, die wekelijks de zware boodschappen bezorgt; de maaltijdservice is besproken maar niet nodig, omdat mevrouw kookt, en voor het schoonhouden van de woning of het overbruggen van de trap biedt het aanbod van algemene voorzieningen in Lindervoort, waaronder de klussendienst, geen oplossing, aangezien die dienst uitsluitend incidentele kleine klussen verricht.")
p(d, "Ten aanzien van voorliggende voorzieningen is vastgesteld dat cliënt fysiotherapie ontvangt op grond van de Zorgverzekeringswet (tweemaal per week, gericht op balans en looppatroon), dat een traplift niet tot de hulpmiddelen behoort die de zorgverzekeraar vergoedt, en dat een aanvraag bij het CIZ voor zorg op grond van de Wet langdurige zorg niet aan de orde is, nu cliënt met aanpassingen zelfstandig thuis kan blijven wonen en geen permanent toezicht nodig heeft.")

d.add_heading("4. Ondersteuningsbehoefte", level=2)
p(d, "Cliënt heeft een voorziening nodig waarmee hij de verdieping (rechte trap, 14 treden, breedte 86 cm) veilig kan bereiken, en huishoudelijke ondersteuning van 2 uur per week voor de zware schoonmaakwerkzaamheden (stofzuigen, dweilen, sanitair, bedden verschonen).")

d.add_heading("5. Conclusie en advies", level=2)
p(d, "Gelet op het voorgaande adviseert de consulent het college om aan de heer Kooistra een traplift voor een rechte trap in bruikleen te verstrekken, alsmede huishoudelijke ondersteuning van 2 uur per week voor de duur van twee jaar, beide in zorg in natura, waarbij cliënt is gewezen op de mogelijkheid van een persoonsgebonden budget en op de eigen bijdrage die via het CAK verschuldigd zal zijn. Woningsplitsing of verhuizing naar een gelijkvloerse woning is met cliënt besproken en door hem afgewezen; gezien de kosten van een traplift voor een rechte trap weegt dit niet op tegen het belang van cliënt om in de eigen woning te blijven.")

d.add_heading("6. Reactie cliënt", level=2)
p(d, "Cliënt ontvangt dit verslag binnen vijf werkdagen na het gesprek. Hij kan binnen tien werkdagen na ontvangst schriftelijk of per e-mail (toegang@ssc-vijfpolders.nl) opmerkingen of aanvullingen doorgeven, die aan het verslag worden toegevoegd en bij de beslissing op de aanvraag worden betrokken. Indien cliënt zich met het verslag kan verenigen, wordt hij verzocht het verslag voor akkoord te ondertekenen en te retourneren, waarna hij met het bijgevoegde formulier de aanvraag kan indienen.")
table(d, [["Handtekening cliënt voor akkoord", "Datum"], ["", ""]])
p(d, "Opgesteld door: R. Zwart, consulent maatschappelijke ondersteuning, 12 februari 2026")
d.save("/work/blind/g/w3/g42.docx")
print("g42 ok")
