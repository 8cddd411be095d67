import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Times New Roman", 11)
header_text(d, "SSC SOCIAAL DOMEIN DE VIJF POLDERS  |  Aldemeer · Brakveld · Hoogwaarde · Lindervoort · Zeelmonde")
footer_text(d, "Bezoekadres: Stationsplein 4, Brakveld  |  Postbus 2150, 8260 AC Brakveld  |  0321 - 40 90 00")
lines(d, """
Mevrouw J. Visser-de Boer
p/a mevrouw A. Kuipers-Visser
Duinroosweg 12
8281 DS Zeelmonde
""")
p(d)
lines(d, """
Datum: 9 februari 2026
Zaaknummer: SSC-ZM-2026-00157
Uw contactpersoon: H. Bosma, consulent maatschappelijke ondersteuning
Onderwerp: beëindiging maatwerkvoorzieningen Wmo 2015
""")
p(d)
p(d, "Geachte mevrouw Visser,")
p(d, "Het SSC Sociaal Domein De Vijf Polders voert namens het college van burgemeester en wethouders van de gemeente Zeelmonde de Wet maatschappelijke ondersteuning 2015 (hierna: Wmo 2015) uit, waaronder het periodiek heroverwegen van verstrekte maatwerkvoorzieningen en het herzien of intrekken daarvan wanneer de omstandigheden van de cliënt daartoe aanleiding geven, een en ander met inachtneming van de Verordening maatschappelijke ondersteuning Zeelmonde 2025 en de Beleidsregels maatschappelijke ondersteuning De Vijf Polders 2025. In deze beschikking wordt u geïnformeerd over de beëindiging van de aan u verstrekte maatwerkvoorzieningen.")

p(d, "Aanleiding", bold=True)
p(d, "Bij beschikking van 14 juni 2024 (zaaknummer SSC-ZM-2024-00988) zijn aan u een maatwerkvoorziening huishoudelijke ondersteuning van 3 uur per week in zorg in natura en een scootmobiel in bruikleen verstrekt. Op 21 januari 2026 heeft uw dochter, mevrouw A. Kuipers-Visser, het SSC telefonisch laten weten dat u op 19 januari 2026 bent verhuisd naar woonzorgcentrum Het Strandhuys te Zeelmonde, nadat het Centrum indicatiestelling zorg (CIZ) bij besluit van 8 januari 2026 heeft vastgesteld dat u aanspraak heeft op zorg met verblijf op grond van de Wet langdurige zorg (Wlz). Op 26 januari 2026 heeft de consulent hierover telefonisch met uw dochter gesproken; de gespreksnotitie is u en uw dochter op 28 januari 2026 toegezonden.")

p(d, "Overwegingen", bold=True)
p(d, "In het woonzorgcentrum ontvangt u op grond van de Wlz verblijf met de daarmee samenhangende zorg, waaronder de schoonmaak van uw appartement en de begeleiding bij het zich verplaatsen binnen en buiten het centrum, zodat de ondersteuning die u tot 19 januari 2026 op grond van de Wmo 2015 ontving, vanaf die datum wordt geboden vanuit de Wlz; uw woning aan de Duinroosweg wordt door uw dochter ontruimd en zal per 1 maart 2026 aan de verhuurder worden opgeleverd. De huishoudelijke ondersteuning is volgens opgave van Thuiszorg Kustzorg met ingang van 19 januari 2026 niet meer geleverd. Uw dochter heeft aangegeven dat u de scootmobiel sinds de opname niet meer gebruikt en dat u zich in en rond het woonzorgcentrum met de rolstoel van het centrum laat verplaatsen. Op grond van artikel 2.3.5, zesde lid, van de Wmo 2015 kan het college een maatwerkvoorziening weigeren indien de cliënt aanspraak heeft op verblijf en daarmee samenhangende zorg in een instelling op grond van de Wlz; nu die aanspraak bij u is vastgesteld en u daar ook daadwerkelijk gebruik van maakt, bent u niet langer op de maatwerkvoorzieningen uit de Wmo 2015 aangewezen.")

p(d, "Besluit", bold=True)
p(d, "Het college besluit:")
bullets(d, [
 "de maatwerkvoorziening huishoudelijke ondersteuning (3 uur per week, zorg in natura, Thuiszorg Kustzorg) te beëindigen met ingang van 19 januari 2026;",
 "de maatwerkvoorziening scootmobiel (in bruikleen) te beëindigen met ingang van 1 maart 2026; de scootmobiel wordt op XX-XX-2026 door Hulpmiddelencentrum Kust en Polder bij de woning aan de Duinroosweg opgehaald, waarover de leverancier vooraf contact opneemt met uw dochter.",
], style="List Number")
p(d, "Met de beëindiging van beide maatwerkvoorzieningen eindigt ook de verschuldigdheid van de eigen bijdrage op grond van de Wmo 2015; het SSC geeft de einddata door aan het CAK. Voor het verblijf in het woonzorgcentrum ontvangt u een afzonderlijke beschikking over de eigen bijdrage Wlz van het CAK.")
p(d, "Dit besluit berust op artikel 2.3.10, eerste lid, onder f, van de Wmo 2015, artikel 2.3.5, zesde lid, van de Wmo 2015 en artikel 15 van de Verordening maatschappelijke ondersteuning Zeelmonde 2025.")

p(d, "Bezwaar", bold=True)
p(d, "Indien u zich met deze beschikking niet kunt verenigen, kunt u, of uw dochter namens u, binnen zes weken na de dag van verzending van deze beschikking een schriftelijk en ondertekend bezwaarschrift indienen bij het college van burgemeester en wethouders van Zeelmonde, p/a SSC Sociaal Domein De Vijf Polders, Postbus 2150, 8260 AC Brakveld, onder vermelding van naam en adres, dagtekening, het zaaknummer of een kopie van deze beschikking en de gronden van het bezwaar; indien het bezwaarschrift door uw dochter wordt ingediend, dient een machtiging te worden bijgevoegd. Het indienen van een bezwaarschrift schort de werking van deze beschikking niet op; in spoedeisende gevallen kunt u de voorzieningenrechter van de rechtbank Gelderland verzoeken om een voorlopige voorziening.")
p(d)
p(d, "Hoogachtend,")
p(d, "het college van burgemeester en wethouders van Zeelmonde,")
p(d, "namens dezen,")
p(d)
p(d, "drs. M.J. Hofstede-Bakker")
p(d, "teamleider Toegang SSC Sociaal Domein De Vijf Polders")
d.add_page_break()
d.add_heading("Bijlage: wettelijk kader", level=1)
p(d, "Artikel 2.3.5, zesde lid, Wmo 2015", bold=True)
p(d, "Het college kan een maatwerkvoorziening weigeren indien de cliënt aanspraak heeft op verblijf en daarmee samenhangende zorg in een instelling op grond van de Wet langdurige zorg, dan wel er redenen zijn om aan te nemen dat de cliënt daarop aanspraak kan doen gelden en weigert mee te werken aan het verkrijgen van een besluit dienaangaande.", italic=True)
p(d, "Artikel 2.3.10 Wmo 2015", bold=True)
p(d, "1. Het college kan een beslissing als bedoeld in artikel 2.3.5 of 2.3.6 herzien dan wel intrekken, indien het college vaststelt dat: a. de cliënt onjuiste of onvolledige gegevens heeft verstrekt en de verstrekking van juiste of volledige gegevens tot een andere beslissing zou hebben geleid, b. de cliënt niet langer op de maatwerkvoorziening of het persoonsgebonden budget is aangewezen, c. de maatwerkvoorziening of het persoonsgebonden budget niet meer toereikend is te achten, d. de cliënt niet voldoet aan de aan de maatwerkvoorziening of het persoonsgebonden budget verbonden voorwaarden, e. de cliënt de maatwerkvoorziening of het persoonsgebonden budget niet of voor een ander doel gebruikt.", italic=True)
p(d, "2. Het college bepaalt in de beslissing, bedoeld in het eerste lid, het tijdstip waarop de beslissing in werking treedt.", italic=True)
p(d, "Artikel 15 Verordening maatschappelijke ondersteuning Zeelmonde 2025 (Herziening, intrekking en terugvordering)", bold=True)
p(d, "1. Het college kan een beslissing tot verstrekking van een maatwerkvoorziening herzien of intrekken in de gevallen, bedoeld in artikel 2.3.10 van de wet. 2. Bij herziening of intrekking neemt het college een redelijke termijn in acht, tenzij de cliënt niet langer op de voorziening is aangewezen omdat hij aanspraak heeft op zorg met verblijf op grond van de Wet langdurige zorg.", italic=True)
d.save("/work/blind/g/w3/g36.docx")
print("g36 ok")
