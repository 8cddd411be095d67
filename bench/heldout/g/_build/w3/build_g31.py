import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Verdana", 9)
header_text(d, "Gemeente Kapelleveen · Team Toegang · Verslag van onderzoek Wmo 2015 (formulier T-02)")
d.add_heading("Verslag van onderzoek Wmo", level=1)
table(d, [["Zaaknummer", "KV-2026-0311"],
          ["Naam inwoner", "mevrouw S. Yilmaz-de Wit"],
          ["Adres", "Wilgenoord 19, 4851 RA Kapelleveen"],
          ["Datum melding", "08-01-2026"],
          ["Consulent", "P. (Pieter) van Asselt"]], header=False, widths=[4.5, 11])

d.add_heading("1. Gesprek", level=2)
table(d, [["Datum gesprek", "22-01-2026, 09.30 uur"],
          ["Plaats", "[x] bij inwoner thuis   [ ] gemeentehuis   [ ] telefonisch"],
          ["Aanwezig", "mw. Yilmaz-de Wit, haar partner dhr. E. Yilmaz, consulent"],
          ["Cliëntondersteuning", "[x] aangeboden (folder MEE meegegeven)   [ ] aanwezig — mevrouw wilde dit niet"],
          ["Persoonlijk plan", "[x] besproken   [ ] ontvangen — mevrouw heeft geen plan gemaakt"]], header=False, widths=[4.5, 11])

d.add_heading("2. Hulpvraag", level=2)
p(d, "[x] hulpvraag in eigen woorden vastgelegd")
p(d, "Toelichting: Mevrouw: “Ik wil dat het huis een beetje op orde is en dat ik mijn energie kan bewaren voor de kinderen. Nu ben ik om tien uur ’s ochtends al op.”")

d.add_heading("3. Situatie", level=2)
p(d, "Mevrouw is 34 jaar. Zij woont met haar partner en hun kinderen van 4 en 7 jaar in een tussenwoning met de slaapkamers boven. Sinds 2021 heeft zij MS. Zij werkte als doktersassistente en is sinds 2024 volledig afgekeurd.")
label(d, "Medische gegevens: ", "Medicatie: ocrelizumab-infuus elk half jaar in het ziekenhuis; baclofen 10 mg 3 dd; sertraline 50 mg 1 dd. Voorgeschiedenis: postnatale depressie na de geboorte van het tweede kind, opname op een moeder-babyunit in 2019. Laatste schub in oktober 2025, daarna MRI met nieuwe laesies.")

d.add_heading("4. Beperkingen per levensgebied", level=2)
table(d, [["Levensgebied", "Beperking", "Toelichting"],
          ["Huishouden", "[x]", "Na ongeveer 20 minuten staan of lopen ernstige vermoeidheid; kan daarna de rest van de dag weinig. Stofzuigen, dweilen, badkamer en bedden verschonen lukken niet. De was naar boven dragen is onveilig door evenwichtsproblemen."],
          ["Zorg voor de kinderen", "[x]", "De ochtend (aankleden, ontbijt, naar school) kost zoveel energie dat het huishouden daarna niet meer lukt."],
          ["Mobiliteit", "[x]", "Binnen zonder hulpmiddel, buiten met rollator tot ca. 300 meter. Trap gaat met leuning, twee keer per dag."],
          ["Persoonlijke verzorging", "[ ]", "Wast en kleedt zich zelf, zittend onder de douche."],
          ["Sociale contacten", "[ ]", "Voldoende contact met vriendinnen en andere ouders van school."]])

d.add_heading("5. Afweging", level=2)
table(d, [["Onderwerp", "Besproken", "Toelichting"],
          ["Eigen kracht", "[x]", "–"],
          ["Gebruikelijke hulp", "[x]", "Partner werkt 40 uur per week als monteur, vertrekt om 7.00 uur en is om 18.00 uur thuis. Hij kookt ’s avonds, doet op zaterdag de boodschappen en de was. Zware schoonmaak doordeweeks kan hij er niet bij doen; de ochtendzorg voor de kinderen kan hij niet overnemen door zijn werktijden. Van hem wordt verwacht dat hij de overige taken in het weekend blijft doen."],
          ["Mantelzorg", "[ ] n.v.t.", ""],
          ["Sociaal netwerk", "[x]", "Buurvrouw (twee huizen verder) brengt de kinderen op dinsdag en donderdag mee naar school. Vriendinnen helpen bij verjaardagen, niet structureel in huis."],
          ["Algemene voorzieningen", "[x]", "Kinderen gaan twee middagen naar de BSO. Een algemene voorziening voor schoonmaakhulp is er in Kapelleveen niet. Het lotgenotencafé van Welzijn Kapelleveen is bekend; mevrouw gaat er niet heen, dat lost de hulpvraag ook niet op."],
          ["Voorliggende voorzieningen", "[x]", "Ergotherapie (energiemanagement) via de zorgverzekering loopt sinds december, 10 behandelingen. Dat helpt bij het verdelen van energie, maar neemt het zware huishoudelijke werk niet weg. Kinderopvangtoeslag voor de BSO is aangevraagd."]])

d.add_heading("6. Ondersteuningsbehoefte", level=2)
p(d, "Mevrouw heeft hulp nodig bij de zware schoonmaak: stofzuigen en dweilen van de benedenverdieping en de slaapkamers, schoonmaken van badkamer en toilet, bedden verschonen. Benodigde omvang volgens het normenkader van de beleidsregels: 3 uur per week.")

d.add_heading("7. Conclusie en advies", level=2)
p(d, "[x] maatwerkvoorziening geadviseerd   [ ] algemene voorziening   [ ] geen ondersteuning nodig")
p(d, "Advies: huishoudelijke ondersteuning, 3 uur per week, zorg in natura, van 01-03-2026 tot en met 28-02-2027. Herbeoordeling na een jaar in verband met het wisselende beloop. Mevrouw is gewezen op de mogelijkheid van een pgb; zij kiest voor zorg in natura.")

d.add_heading("8. Reactie inwoner", level=2)
p(d, "[x] verslag besproken op 22-01-2026   [x] verslag toegestuurd op 26-01-2026")
p(d, "Klopt er iets niet of wilt u iets toevoegen? Dan kunt u binnen tien werkdagen reageren via toegang@kapelleveen.nl of 0183 - 65 44 00. Uw reactie voegen wij bij dit verslag. Bent u het eens? Zet dan hieronder uw handtekening.")
table(d, [["Handtekening inwoner", "Datum"], ["", ""]])
d.save("/work/blind/g/w3/g31.docx")
print("g31 ok")
