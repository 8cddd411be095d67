from common import *
d = new_doc("Times New Roman", 11)
p(d, "SOCIALE DIENST TWENTSE MARKE", bold=True, size=13)
p(d, "Team Wmo – namens de gemeente Haaksveen")
p(d)
lines(d, """Bosch Bewind & Curatele
t.a.v. mr. S. Bosch, curator
Postbus 1127
7500 BC Enschede""")
p(d)
p(d, "Haaksveen, 2 juni 2026")
p(d, "Ons kenmerk: SDTM/WMO/2026/03140")
p(d, "Betreft: herindicatie begeleiding individueel – de heer R.A. Meijerink, Van Heeksbleeklaan 61, 7493 HE Haaksveen")
p(d)
p(d, "Geachte heer Bosch,")
p(d, "U bent bij beschikking van de kantonrechter te Almelo benoemd tot curator van de heer R.A. Meijerink (hierna: belanghebbende). Belanghebbende ontvangt sinds 1 juli 2024 begeleiding individueel, 4 uur per week, van Zorggroep Dinkelhof. Op grond van artikel 2.3.9 van de Wmo 2015 hebben wij onderzocht of die beslissing moet worden heroverwogen. Hieronder leest u onze beoordeling en ons besluit.")

d.add_heading("1. Het onderzoek", level=2)
p(d, "1.1 Op 12 mei 2026 heeft consulent T. Oude Luttikhuis met belanghebbende gesproken in zijn woning. U was bij het gesprek aanwezig, evenals zijn persoonlijk begeleider van Zorggroep Dinkelhof. Belanghebbende is gewezen op gratis cliëntondersteuning.", style=None)
p(d, "1.2 Het verslag van het onderzoek is u op 19 mei 2026 toegezonden. U heeft op 26 mei 2026 laten weten dat u zich in het verslag kunt vinden.")

d.add_heading("2. Feiten en omstandigheden", level=2)
p(d, "2.1 Belanghebbende heeft een psychotische kwetsbaarheid. Hij is sinds 2023 stabiel en wordt behandeld door het FACT-team van Mediant; die behandeling loopt door.")
p(d, "2.2 Bij de start van de begeleiding in 2024 waren de doelen: zelfstandig boodschappen doen en koken, zelf de weekplanning bijhouden, en contact met instanties (woningcorporatie, huisarts) zelf afhandelen.")
p(d, "2.3 Uit de evaluatie van de aanbieder en het gesprek blijkt dat belanghebbende de eerste twee doelen heeft bereikt. Hij doet sinds een half jaar zelfstandig de boodschappen, kookt vier dagen per week zelf en houdt zijn afspraken bij in een agenda-app die hij dagelijks gebruikt. Het derde doel is nog niet bereikt: bij brieven van instanties raakt hij nog in de war en belt hij zijn begeleider.")

d.add_heading("3. Beoordeling", level=2)
table(d, [["Onderwerp", "Overweging"],
  ["Eigen kracht", "3.1 Belanghebbende kan de onderdelen boodschappen, koken en planning inmiddels zelf. Voor die onderdelen is geen begeleiding meer nodig. Het afhandelen van post en contacten met instanties kan hij nog niet zelf; daarvoor is nog begeleiding nodig."],
  ["Gebruikelijke hulp", "3.2 Geen."],
  ["Mantelzorg", "3.3 Niet van toepassing."],
  ["Sociaal netwerk", "3.4 Belanghebbende biljart twee avonden per week bij biljartvereniging De Keu. Een clubgenoot haalt hem op. Die contacten zijn waardevol, maar de clubgenoten kunnen hem niet helpen met post en instanties; dat is ook niet van hen te verwachten."],
  ["Algemene voorzieningen", "3.5 Het spreekuur Hulp bij post van de bibliotheek Haaksveen is besproken. Belanghebbende gaat daar vanaf juni zelf naartoe, met zijn begeleider erbij de eerste keren. Op termijn kan dit de begeleiding bij post (deels) vervangen."],
  ["Andere wetten", "3.6 De behandeling door het FACT-team valt onder de Zorgverzekeringswet en blijft ongewijzigd; het FACT-team biedt geen praktische begeleiding bij post. Een Wlz-indicatie is niet aan de orde."]],
  header=True, widths=[4, 11.5])
p(d, "3.7 Het college is daarom van oordeel dat belanghebbende nog begeleiding nodig heeft, maar minder dan nu: 2 uur per week, gericht op post, instanties en het oefenen met het spreekuur in de bibliotheek.")
p(d, "3.8 Vaste rechtspraak van de Centrale Raad van Beroep brengt mee dat bij een verlaging van een lopende voorziening een redelijke overgangstermijn in acht wordt genomen. Het college kiest voor een termijn van drie maanden, zodat belanghebbende en de aanbieder de begeleiding stap voor stap kunnen afbouwen.")

d.add_heading("4. Besluit", level=2)
p(d, "Het college besluit:")
bullets(d, [
 "de begeleiding individueel van belanghebbende te wijzigen;",
 "belanghebbende houdt de huidige 4 uur begeleiding per week tot en met 31 augustus 2026;",
 "met ingang van 1 september 2026 kent het college belanghebbende voorlopig 2 uur begeleiding individueel per week toe, tot en met 31 augustus 2027, eventueel aan te vullen met 1 uur groepsbegeleiding als de aanbieder dat nodig acht;",
 "leveringsvorm: zorg in natura; aanbieder: [naam aanbieder].",
], numbered=True)
p(d, "De eigen bijdrage (abonnementstarief, geïnd door het CAK) verandert niet.")

d.add_heading("5. Grondslag", level=2)
p(d, "Dit besluit is genomen op grond van de artikelen 2.3.5, derde lid, 2.3.9 en 2.3.10, eerste lid, onder b, van de Wmo 2015 en artikel 14 van de Verordening maatschappelijke ondersteuning Haaksveen 2024.")

d.add_heading("6. Bezwaar", level=2)
p(d, "Als u het niet eens bent met dit besluit, kunt u daartegen namens belanghebbende binnen zes weken na de dag van verzending van deze brief bezwaar maken. U richt uw bezwaarschrift aan het college van burgemeester en wethouders van Haaksveen, p/a Sociale Dienst Twentse Marke, Postbus 310, 7490 AH Haaksveen. Het bezwaarschrift bevat ten minste naam en adres, de datum, een omschrijving van dit besluit en de gronden van het bezwaar, en wordt ondertekend. U kunt daarnaast de voorzieningenrechter van de rechtbank Overijssel verzoeken een voorlopige voorziening te treffen.")
p(d)
p(d, "Hoogachtend,")
p(d, "het college van burgemeester en wethouders van Haaksveen,")
p(d, "namens deze,")
p(d)
p(d, "T. Oude Luttikhuis")
p(d, "consulent Wmo, Sociale Dienst Twentse Marke")
p(d)
p(d, "Afschrift: de heer R.A. Meijerink", italic=True)
d.save("/work/blind/g/w2/g26.docx")
