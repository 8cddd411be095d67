import sys; sys.path.insert(0, __file__.rsplit("/",1)[0])
from common import *
d = new_doc("Arial", 10)
header_text(d, "SSC Sociaal Domein De Vijf Polders — namens de gemeenten Aldemeer, Brakveld, Hoogwaarde, Lindervoort en Zeelmonde")
footer_text(d, "Postbus 2150, 8260 AC Brakveld · 0321 - 40 90 00 · www.ssc-vijfpolders.nl · Zaaknummer SSC-BV-2026-00233")
lines(d, """
De heer P.J. Dijkstra
p/a mevrouw W. Dijkstra-Mulder
Kievitlaan 48
8264 RT Brakveld
""")
p(d)
table(d, [["Datum", "Zaaknummer", "Behandeld door"],
          ["17 maart 2026", "SSC-BV-2026-00233", "L. Postma, consulent maatschappelijke ondersteuning"]])
label(d, "Onderwerp: ", "beschikking maatwerkvoorzieningen begeleiding groep (dagbesteding) en kortdurend verblijf")
p(d)
p(d, "Geachte heer Dijkstra,")
p(d, "Het SSC Sociaal Domein De Vijf Polders voert de Wet maatschappelijke ondersteuning 2015 (hierna: Wmo 2015) uit namens het college van burgemeester en wethouders van de gemeente Brakveld en beslist, op basis van het door het college verleende mandaat, op aanvragen om maatschappelijke ondersteuning met inachtneming van de Verordening maatschappelijke ondersteuning Brakveld 2025 en de Beleidsregels maatschappelijke ondersteuning De Vijf Polders 2025. Met deze beschikking wordt u geïnformeerd over de beslissing op uw aanvraag van 5 maart 2026, die door uw echtgenote namens u is ingediend en die betrekking heeft op een maatwerkvoorziening begeleiding groep (dagbesteding) en een maatwerkvoorziening kortdurend verblijf.")

d.add_heading("Het onderzoek", level=2)
p(d, "Naar aanleiding van de melding van uw echtgenote van 2 februari 2026 heeft op 17 februari 2026 bij u thuis een gesprek plaatsgevonden waarbij naast u en uw echtgenote ook de casemanager dementie van Zorggroep Polderzicht, mevrouw A. de Haan, aanwezig was; voorafgaand aan dat gesprek bent u erop gewezen dat u kosteloos gebruik kunt maken van onafhankelijke cliëntondersteuning en dat u binnen zeven dagen na de melding een persoonlijk plan kon indienen, waarvan u beiden geen gebruik heeft gemaakt. Het verslag van het onderzoek is u op 24 februari 2026 toegezonden; uw echtgenote heeft het verslag op 3 maart 2026 voor akkoord ondertekend geretourneerd.")

d.add_heading("Beoordelingskader", level=2)
p(d, "Een maatwerkvoorziening wordt op grond van artikel 2.3.5, derde lid, van de Wmo 2015 verstrekt ter compensatie van de beperkingen in de zelfredzaamheid of participatie die de cliënt ondervindt, voor zover de cliënt deze beperkingen naar het oordeel van het college niet op eigen kracht, met een algemeen gebruikelijke voorziening, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen kan verminderen of wegnemen, waarbij de maatwerkvoorziening, rekening houdend met de uitkomsten van het onderzoek, een passende bijdrage moet leveren aan het realiseren van een situatie waarin de cliënt in staat wordt gesteld tot zelfredzaamheid of participatie en zo lang mogelijk in de eigen leefomgeving kan blijven. Bij de beoordeling hanteert het SSC het door de Centrale Raad van Beroep ontwikkelde stappenplan, waarbij achtereenvolgens de hulpvraag, de beperkingen, de benodigde ondersteuning en de mogelijkheden van de cliënt en diens omgeving worden vastgesteld. De relevante wettelijke bepalingen zijn opgenomen in de bijlage.")

d.add_heading("Uw situatie en de afweging", level=2)
p(d, "Bij u is in 2024 de ziekte van Alzheimer vastgesteld. U bent 79 jaar en woont met uw echtgenote in een eengezinswoning in Brakveld. Uw geheugen en uw oriëntatie zijn het afgelopen jaar duidelijk achteruitgegaan: u weet vaak niet welk dagdeel het is, u begint aan taken die u niet afmaakt en u wordt in de middag onrustig, waarbij u het huis wilt verlaten om ‘naar de zaak’ te gaan. Zelf kunt u nog onder toezicht in de tuin werken, aardappels schillen en met de hond een vaste korte ronde lopen; het zelfstandig invullen van een dag of het veilig alleen thuis blijven lukt u niet meer, ook niet met de dagplanner die u in het najaar met de casemanager heeft geprobeerd. Van uw echtgenote mag als gebruikelijke hulp worden verwacht dat zij het huishouden voert en u dagelijks helpt met eten, kleding en medicatie, wat zij ook doet; het voortdurende toezicht dat u overdag nodig heeft, gaat daar echter ver bovenuit en wordt door haar als mantelzorg geboden, zeven dagen per week. Uw echtgenote gaf in het gesprek aan dat zij sinds de zomer geen enkel dagdeel meer voor zichzelf heeft, dat zij haar eigen fysiotherapie en het koor heeft opgezegd en dat zij ’s middags uitgeput is; de casemanager bevestigde dit beeld. Ook de mogelijkheden binnen uw sociale netwerk zijn bij het onderzoek betrokken.")
p(d, "U bezoekt samen met uw echtgenote eenmaal per maand het Alzheimer Café in buurthuis De Schakel; dat biedt lotgenotencontact en informatie, maar geen structuur of toezicht op vaste dagen, zodat het de behoefte aan dagbesteding niet wegneemt. De casemanager dementie wordt bekostigd uit de Zorgverzekeringswet en blijft betrokken; een indicatie op grond van de Wet langdurige zorg is met de casemanager besproken, maar is op dit moment niet aan de orde, omdat u met ondersteuning thuis kunt blijven wonen en u beiden dat uitdrukkelijk wensen.")
p(d, "Gelet op het voorgaande is het college van oordeel dat u aangewezen bent op begeleiding in groepsverband op drie dagdelen per week, waarmee u overdag structuur en toezicht krijgt en uw echtgenote de gelegenheid heeft om op die dagdelen tot rust te komen, zodat de mantelzorg op langere termijn vol te houden blijft.")
p(d, "Ten aanzien van de gevraagde maatwerkvoorziening kortdurend verblijf geldt dat deze voorziening op grond van artikel 1.1.1 van de Wmo 2015 en de beleidsregels kan worden verstrekt ter ontlasting van de mantelzorger, indien aan de daarvoor geldende voorwaarden wordt voldaan; na afweging van alle omstandigheden is het college van oordeel dat kortdurend verblijf in uw situatie passend is.")

d.add_heading("Besluit", level=2)
p(d, "Het college kent u de volgende maatwerkvoorzieningen toe:")
table(d, [["Voorziening", "Omvang", "Periode", "Leveringsvorm en aanbieder"],
          ["Begeleiding groep (dagbesteding), inclusief vervoer", "3 dagdelen per week (maandag, woensdag en vrijdag, dagdeel van 4 uur)", "1 april 2026 tot en met 31 maart 2027", "zorg in natura, Zorggroep Polderzicht, locatie De Hooiberg"],
          ["Kortdurend verblijf", "24 etmalen per jaar (gemiddeld 2 etmalen per maand)", "1 april 2026 tot en met 31 maart 2027", "zorg in natura, Zorgcentrum Het Baken"]])
p(d, "De aanbieders ontvangen de opdracht via het berichtenverkeer en nemen binnen vijf werkdagen contact met uw echtgenote op om de start af te stemmen.")
label(d, "Persoonsgebonden budget. ", "U kunt op grond van artikel 2.3.6 van de Wmo 2015 en artikel 9 van de Verordening er ook voor kiezen beide voorzieningen in de vorm van een persoonsgebonden budget (pgb) te ontvangen, waarmee u de ondersteuning zelf inkoopt; indien u daarvoor kiest, neemt u binnen vier weken na dagtekening contact op met het SSC, waarna een afzonderlijke beschikking volgt waarin de hoogte van het budget en de wijze van verantwoording via de Sociale Verzekeringsbank worden vastgelegd.")
label(d, "Eigen bijdrage. ", "Voor deze maatwerkvoorzieningen bent u op grond van artikel 2.1.4a van de Wmo 2015 en artikel 11 van de Verordening een eigen bijdrage verschuldigd van € 21,80 per maand voor u en uw echtgenote samen, ongeacht het aantal voorzieningen; de eigen bijdrage wordt vastgesteld en geïnd door het CAK, dat u daarover rechtstreeks informeert.")
label(d, "Grondslag. ", "Dit besluit berust op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 7 van de Verordening maatschappelijke ondersteuning Brakveld 2025.")

d.add_heading("Bezwaar", level=2)
p(d, "Indien u zich met deze beschikking niet kunt verenigen, kunt u binnen zes weken na de dag van verzending daarvan een schriftelijk en ondertekend bezwaarschrift indienen bij het college van burgemeester en wethouders van Brakveld, p/a SSC Sociaal Domein De Vijf Polders, Postbus 2150, 8260 AC Brakveld, onder vermelding van uw naam en adres, de datum, het zaaknummer of een kopie van de beschikking en de gronden van het bezwaar; digitaal indienen is mogelijk via www.ssc-vijfpolders.nl/bezwaar met DigiD. Het indienen van een bezwaarschrift schort de werking van de beschikking niet op; bij onverwijlde spoed kunt u de voorzieningenrechter van de rechtbank Gelderland verzoeken een voorlopige voorziening te treffen.")
p(d)
p(d, "Hoogachtend,")
p(d, "het college van burgemeester en wethouders van Brakveld,")
p(d, "namens dezen,")
p(d)
p(d, "drs. M.J. Hofstede-Bakker")
p(d, "teamleider Toegang SSC Sociaal Domein De Vijf Polders")
d.add_page_break()
d.add_heading("Bijlage: juridisch kader", level=1)
p(d, "Artikel 1.1.1, eerste lid, Wmo 2015 (selectie uit de begripsbepalingen)", bold=True)
p(d, "mantelzorg: hulp ten behoeve van zelfredzaamheid, participatie, beschermd wonen, opvang, jeugdhulp, het opvoeden en opgroeien van jeugdigen en zorg en overige diensten als bedoeld in de Zorgverzekeringswet, die rechtstreeks voortvloeit uit een tussen personen bestaande sociale relatie en die niet wordt verleend in het kader van een hulpverlenend beroep;", italic=True)
p(d, "maatwerkvoorziening: op de behoeften, persoonskenmerken en mogelijkheden van een persoon afgestemd geheel van diensten, hulpmiddelen, woningaanpassingen en andere maatregelen: 1°. ten behoeve van zelfredzaamheid, daaronder begrepen kortdurend verblijf in een instelling ter ontlasting van de mantelzorger, het daarvoor noodzakelijke vervoer, alsmede hulpmiddelen, woningaanpassingen en andere maatregelen;", italic=True)
p(d, "Artikel 2.3.5, derde lid, eerste volzin, Wmo 2015", bold=True)
p(d, "Het college beslist tot verstrekking van een maatwerkvoorziening ter compensatie van de beperkingen in de zelfredzaamheid of participatie die de cliënt ondervindt, voor zover de cliënt deze beperkingen naar het oordeel van het college niet op eigen kracht, met een algemeen gebruikelijke voorziening, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen kan verminderen of wegnemen.", italic=True)
p(d, "Artikel 2.3.6, eerste lid, Wmo 2015", bold=True)
p(d, "Indien de cliënt dit wenst, verstrekt het college hem een persoonsgebonden budget dat de cliënt in staat stelt de diensten, hulpmiddelen, woningaanpassingen en andere maatregelen die tot de maatwerkvoorziening behoren, van derden te betrekken.", italic=True)
p(d, "Artikel 7 Verordening maatschappelijke ondersteuning Brakveld 2025 (Criteria maatwerkvoorziening)", bold=True)
p(d, "1. Een cliënt komt in aanmerking voor een maatwerkvoorziening voor zover hij naar het oordeel van het college beperkingen in de zelfredzaamheid of participatie ondervindt die hij niet op eigen kracht, met gebruikelijke hulp, met mantelzorg, met hulp van andere personen uit zijn sociale netwerk of met gebruikmaking van algemene voorzieningen kan verminderen of wegnemen. 2. Kortdurend verblijf wordt verstrekt ter ontlasting van de mantelzorger die de cliënt die niet zelfstandig thuis kan verblijven, langdurig en intensief ondersteunt.", italic=True)
d.save("/work/blind/g/w3/g29.docx")
print("g29 ok")
