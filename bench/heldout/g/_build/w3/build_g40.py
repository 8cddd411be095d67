import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Arial", 10)
header_text(d, "Gemeente Kapelleveen – Team Toegang – VERSLAG VAN ONDERZOEK (T-02)")
p(d, "VERSLAG VAN ONDERZOEK WMO 2015", bold=True, size=14)
table(d, [["Zaaknummer", "KV-2026-0445", "Consulent", "M. (Mirjam) Dekker"],
          ["Inwoner", "mevrouw A. Koster", "Geboortedatum", "02-09-1954"],
          ["Adres", "Zandpad 3, 4854 KT Kapelleveen", "Melding", "19-02-2026, door de inwoner zelf (telefonisch)"],
          ["Huishouden", "mevrouw en haar zoon Rick (34)", "", ""]], header=False)

p(d, "1  GESPREK", bold=True)
table(d, [["Datum", "Plaats", "Aanwezig"],
          ["05-03-2026", "bij mevrouw thuis", "mevrouw Koster, dochter Esther (telefonisch aangesloten), consulent"]])
p(d, "[x] gewezen op gratis cliëntondersteuning (MEE en Humanitas) — mevrouw wil dat niet, haar dochter denkt mee")
p(d, "[x] gewezen op persoonlijk plan — niet ingediend")

p(d, "2  HULPVRAAG", bold=True)
p(d, "[x] vastgesteld")
p(d, "Mevrouw: “Ik wil me weer gewoon kunnen douchen zonder bang te zijn dat ik val, en ik wil niet dat het huis een bende wordt.”")

p(d, "3  SITUATIE EN BEPERKINGEN", bold=True)
p(d, "Mevrouw is 71. Zij brak op 2 januari 2026 haar heup bij een val op de stoep, is geopereerd en was tot 12 februari in een revalidatiecentrum. Zij woont in een eengezinswoning met de badkamer boven.")
table(d, [["Levensgebied", "Lukt niet / moeilijk", "Toelichting"],
          ["Persoonlijke verzorging", "[x]", "Instappen in het bad (douche boven het bad) lukt niet; zij is bang om te vallen. Haar benen en voeten wassen lukt niet door de bewegingsbeperking van de heup. Aankleden lukt wel, langzaam."],
          ["Huishouden", "[x]", "Stofzuigen, dweilen, bukken om de wc en de douche schoon te maken lukt niet. Zij mag de eerste drie maanden na de operatie niet bukken voorbij 90 graden."],
          ["Mobiliteit", "[x]", "Loopt binnen met rollator, de trap gaat met twee leuningen en begeleiding. Buiten nog niet alleen."],
          ["Sociale contacten", "[ ]", "Vriendinnen komen op bezoek; de kerkgroep belt wekelijks."]])

p(d, "4  AFWEGING", bold=True)
table(d, [["", "Besproken", "Toelichting"],
          ["Eigen kracht", "[x]", "Mevrouw kan zittend zelf afwassen, koken (eenvoudige maaltijden, staand met steun aan het aanrecht) en de planten verzorgen. Zij kan zelf haar bovenlijf wassen aan de wastafel. Zij oefent dagelijks met de oefeningen van de fysiotherapeut en verwacht in de zomer meer te kunnen."],
          ["Gebruikelijke hulp", "[x]", ""],
          ["Mantelzorg", "[x]", "Dochter Esther woont in Utrecht, heeft een gezin en een baan van 32 uur. Zij komt om de week op zaterdag en doet dan de boodschappen voor twee weken. Vaker kan niet. Douchen bij haar moeder wil mevrouw niet, dat vindt zij te persoonlijk."],
          ["Sociaal netwerk", "[x]", "Buurvrouw (weduwe, 80) kijkt dagelijks even om het hoekje en haalt brood. Zwaar werk kan zij niet. Iemand van de kerkgroep rijdt mevrouw naar de fysiotherapie."],
          ["Algemene voorzieningen", "[x]", "Maaltijdservice is besproken; niet nodig, mevrouw kookt zelf. Boodschappendienst van Welzijn Kapelleveen is niet nodig zolang dochter en buurvrouw de boodschappen doen. Voor schoonmaken is er geen algemene voorziening."],
          ["Voorliggende voorzieningen", "[ ] n.v.t.", ""]])

p(d, "5  ONDERSTEUNINGSBEHOEFTE", bold=True)
p(d, "Mevrouw heeft hulp nodig bij het douchen en bij het schoonhouden van het huis.")

p(d, "6  CONCLUSIE EN ADVIES", bold=True)
p(d, "[x] maatwerkvoorziening huishoudelijke ondersteuning, resultaat: een schoon en leefbaar huis; omvang af te stemmen met de aanbieder in het ondersteuningsplan. Tijdelijk, tot 30-09-2026, omdat het herstel na de heupoperatie naar verwachting verder gaat.")
p(d, "[x] douchen: advies om een douchezitje en een badplank aan te schaffen; mevrouw vraagt dit zelf aan.")

p(d, "7  REACTIE", bold=True)
p(d, "Dit verslag is op 05-03-2026 met mevrouw doorgenomen en op 09-03-2026 naar haar opgestuurd. Mevrouw kan binnen tien werkdagen schriftelijk of telefonisch reageren. Opmerkingen nemen wij op in het dossier. Akkoord? Dan tekent mevrouw hieronder.")
table(d, [["Voor akkoord (handtekening)", "Datum", "Opmerkingen inwoner"], ["", "", ""]])
d.save("/work/blind/g/w3/g40.docx")
print("g40 ok")
