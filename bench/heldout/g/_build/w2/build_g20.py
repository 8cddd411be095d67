from common import *
d = new_doc("Calibri", 10.5)
p(d, "Sociale Dienst Twentse Marke", bold=True, size=13)
p(d, "Onderzoeksverslag Wmo 2015 – woningaanpassing", bold=True, size=12)
p(d, "uitgevoerd namens het college van burgemeester en wethouders van Haaksveen", italic=True)
p(d)
d.add_heading("A. Gegevens", level=2)
table(d, [["Cliënt", "mevrouw E.J. Nijenhuis-Pots, geb. 02-06-1953"],
          ["Adres", "Bentheimerweg 130, 7492 GT Haaksveen"],
          ["Zaaknummer", "Z-26-003310"],
          ["Datum melding", "2 februari 2026"],
          ["Datum huisbezoek", "17 februari 2026, 14.00 uur, bij cliënte thuis"],
          ["Aanwezig", "cliënte; echtgenoot de heer H. Nijenhuis; consulent A. Wolters"],
          ["Cliëntondersteuning", "Cliënte is bij de ontvangstbevestiging van 3 februari 2026 en opnieuw bij de start van het gesprek gewezen op gratis onafhankelijke cliëntondersteuning (MEE Twente). Zij heeft daarvan afgezien."],
          ["Persoonlijk plan", "Cliënte is gewezen op de mogelijkheid binnen zeven dagen een persoonlijk plan in te dienen; er is geen plan ingediend."]],
      bold_first_col=True, widths=[4.5, 11])

d.add_heading("B. Aanleiding en hulpvraag", level=2)
p(d, "Via Ergotherapie Twente (de heer Veldhuis, ergotherapeut) is op 2 februari 2026 een aanvraag voor een traplift ingediend. Advies ergotherapeut: traplift noodzakelijk in verband met medische situatie; spoed gewenst.")

d.add_heading("C. Medische situatie / beperkingen", level=2)
p(d, "Diagnoses (bron: huisarts en ergotherapeut):")
bullets(d, [
 "COPD GOLD III, exacerbatie november 2025 met ziekenhuisopname (3 dagen);",
 "gonartrose beiderzijds, wachtlijst TKP links;",
 "diabetes mellitus type 2;",
 "hypertensie;",
 "status na mammacarcinoom rechts (2019), in remissie.",
])
p(d, "Medicatie: Spiriva Respimat 2,5 mcg 2 inhalaties 1dd; Symbicort 200/6 2dd; metformine 500 mg 2dd; amlodipine 5 mg 1dd; tramadol 50 mg zo nodig, max. 3dd; zuurstof 's nachts 2 l/min.")
p(d, "Beperkingen: zie diagnoses.")

d.add_heading("D. Woonsituatie", level=2)
p(d, "Cliënte en haar echtgenoot wonen sinds 1981 in een koopwoning (twee-onder-een-kap). Woonkamer en keuken beneden; slaapkamers, badkamer en enige volwaardige toilet op de eerste verdieping. De trap is recht, 14 treden, met leuning aan één zijde. Er is beneden geen ruimte voor een slaapkamer of badkamer.")

d.add_heading("E. Afweging", level=2)
p(d, "1. Eigen kracht", bold=True)
p(d, "Cliënte loopt de trap nu één keer per dag op, met een rustmoment halverwege op een krukje dat haar man op de overloop heeft gezet. Na vijf à zes treden moet zij stoppen. Zij is in januari op de trap gevallen. Door de ergotherapeut is een tweede trapleuning geadviseerd; die heeft het echtpaar zelf laten plaatsen. Dat heeft onvoldoende geholpen. Cliënte kan de trap niet op een andere manier veilig nemen.")
p(d, "2. Gebruikelijke hulp", bold=True)
p(d, "De echtgenoot (75) ondersteunt cliënte bij het traplopen door achter haar te lopen. Hij heeft zelf rugklachten. Het dragen of ondersteunen van een volwassene op de trap valt niet onder gebruikelijke hulp en is ook niet verantwoord.")
p(d, "3. Mantelzorg en sociaal netwerk", bold=True)
p(d, "Zoon en dochter wonen in respectievelijk Hengelo en Rotterdam. Zij helpen met klussen en boodschappen, maar hulp van anderen lost het probleem van de trap niet op: cliënte moet dagelijks naar boven om te slapen, te douchen en naar het toilet te gaan. De buren zijn behulpzaam (boodschappen bij slecht weer), maar ook dat lost dit niet op.")
p(d, "4. Algemene voorzieningen", bold=True)
p(d, "De Klussendienst van Welzijn Haaksveen heeft de tweede leuning geadviseerd en kan kleine aanpassingen doen; een traplift valt daarbuiten. Er is geen algemene voorziening die dit probleem oplost.")
p(d, "5. Voorliggende voorzieningen", bold=True)
p(d, "Via de thuiszorgwinkel (Zvw-uitleen) heeft cliënte tijdelijk een toiletstoel voor de nacht. Dat is een oplossing voor korte duur en geen oplossing voor slapen en douchen. Een traplift is geen Zvw-hulpmiddel. Een Wlz-indicatie is niet aan de orde; cliënte woont zelfstandig en heeft geen permanent toezicht nodig.")
p(d, "6. Verhuizen als alternatief", bold=True)
p(d, "Volgens artikel 10 van de Verordening maatschappelijke ondersteuning Haaksveen 2024 wordt eerst bezien of verhuizen naar een geschikte woning de goedkoopst adequate oplossing is. Het echtpaar heeft zich in december 2025 ingeschreven bij Woonstichting Esch & Dinkel voor een gelijkvloerse woning; de wachttijd is op dit moment ruim drie jaar. De kosten van een rechte traplift liggen volgens de offerte onder de verhuiskostenvergoeding plus de kosten van aanpassing van een andere woning. Verhuizen is daarom nu niet de aangewezen oplossing.")

d.add_heading("F. Benodigde ondersteuning", level=2)
p(d, "Cliënte heeft een rechte traplift nodig, zodat zij veilig en zonder hulp van anderen de eerste verdieping kan bereiken, waar zij slaapt, doucht en naar het toilet gaat.")

d.add_heading("G. Conclusie en advies", level=2)
p(d, "Geadviseerd wordt een rechte traplift in natura te verstrekken, via de leverancier waarmee de Sociale Dienst een contract heeft, met onderhoud en service. Cliënte is gewezen op de mogelijkheid van een pgb; zij kiest voor levering in natura. Voor een woningaanpassing geldt een eigen bijdrage via het CAK; dat is met cliënte besproken.")

d.add_heading("H. Reactie cliënte", level=2)
p(d, "U ontvangt dit verslag binnen vijf werkdagen na het huisbezoek. Heeft u opmerkingen of aanvullingen, stuur die dan binnen tien dagen aan de consulent. Bent u het eens met dit verslag, onderteken het dan en stuur het terug. Uw ondertekening geldt als aanvraag.")
table(d, [["Opmerkingen cliënte", ""], ["Handtekening cliënte", ""], ["Datum", ""]], bold_first_col=True, widths=[5, 10])
p(d, "A. Wolters, consulent Wmo, Sociale Dienst Twentse Marke")
d.save("/work/blind/g/w2/g20.docx")
