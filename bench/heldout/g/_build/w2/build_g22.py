from common import *
d = new_doc("Calibri", 11)
p(d, "Wijkteam Kromwijde-Oost  |  gemeente Kromwijde", bold=True)
d.add_heading("Verslag keukentafelgesprek", level=1)
table(d, [["Zaaknummer", "WT-O/2026/00644"],
          ["Inwoner", "mevrouw J.A. (Jannie) Hazelaar-Roest, 83 jaar"],
          ["Adres", "Brinkplein 19, 3963 BK Kromwijde"],
          ["Gemachtigde", "dochter mevrouw C. Hazelaar (schriftelijke machtiging d.d. 2 maart 2026)"],
          ["Datum en plaats", "10 maart 2026, bij mevrouw en meneer thuis"],
          ["Aanwezig", "mevrouw Hazelaar-Roest, haar echtgenoot de heer P. Hazelaar (84), dochter Corine, consulent Joost van Amerongen en casemanager dementie Linda Vos (Zorgnetwerk Kromme Rijn)"],
          ["Cliëntondersteuning", "De familie is gewezen op gratis cliëntondersteuning. De casemanager dementie vervult die rol al; de familie wil geen aparte cliëntondersteuner."],
          ["Persoonlijk plan", "Niet ingediend. Dochter heeft wel een weekoverzicht meegegeven; dat is bij het onderzoek betrokken."]],
      bold_first_col=True, widths=[4, 11.5])

d.add_heading("Hulpvraag", level=2)
p(d, "Meneer Hazelaar: \"Ik wil mijn vrouw thuis houden, maar ik kan niet meer. Ik slaap slecht, ik kan nergens heen. Ik wil dat ze overdag ergens is waar ze het fijn heeft, en dat ik af en toe een weekend kan bijkomen.\"")
p(d, "Mevrouw zegt zelf dat ze \"gewoon thuis wil blijven, bij Piet\".")

d.add_heading("Levensgebieden", level=2)
p(d, "Score: 1 = ernstig probleem, 5 = zelfstandig, geen ondersteuning nodig.", italic=True)
table(d, [["Levensgebied", "Score", "Wat lukt niet"],
   ["Huishouden", "1", "Mevrouw doet niets meer in het huishouden. Zij zet het gas aan en vergeet het. Meneer heeft de knoppen van het fornuis verwijderd."],
   ["Zelfzorg", "2", "Mevrouw wast en kleedt zich niet uit zichzelf. Zij trekt soms drie truien over elkaar aan. De wijkverpleging komt elke ochtend voor het douchen."],
   ["Mobiliteit", "3", "Lopen gaat, maar mevrouw loopt soms weg. Twee keer is zij door de politie thuisgebracht."],
   ["Sociale contacten", "2", "Mevrouw herkent kennissen niet altijd en trekt zich terug als er bezoek is."],
   ["Dagbesteding", "1", "Mevrouw heeft overdag geen bezigheid. Zij loopt onrustig door het huis en volgt haar man overal."],
   ["Financiën", "5", "Meneer regelt alles. Geen problemen."],
   ["Mantelzorger(s)", "1", "Meneer is ernstig overbelast (zie hieronder)."]], header=True, widths=[3.5, 1.5, 10.5])

d.add_heading("Wie helpt er en wat kan er?", level=2)
p(d, "Echtgenoot", bold=True)
p(d, "Meneer doet het hele huishouden, de boodschappen en de maaltijden. Dat is gebruikelijke hulp en meneer wil dat ook blijven doen. Daarnaast is hij 24 uur per dag bij zijn vrouw, omdat zij niet alleen kan zijn. Hij is 's nachts vaak wakker omdat mevrouw gaat dwalen. De casemanager heeft de belasting gemeten met de EDIZ-vragenlijst: meneer scoort in de rode zone. Meneer is zelf hartpatiënt; zijn huisarts maakt zich zorgen. Zo kan het niet lang meer doorgaan.")
p(d, "Kinderen", bold=True)
p(d, "Dochter Corine woont in Zeist, werkt 28 uur en komt elke woensdagmiddag, zodat meneer naar de kaartclub kan. Zoon Erik woont in Apeldoorn en komt eens per maand op zondag. Meer kunnen zij niet opvangen; Corine heeft zelf al twee maanden ziekteverlof gehad vorig jaar.")
p(d, "Buren en kerk", bold=True)
p(d, "De buurvrouw komt soms koffiedrinken als meneer boodschappen doet. Op zaterdag haalt iemand van de parochie mevrouw op voor de koffie na de mis. Het gaat om korte momenten; voor een hele dag of een nacht kunnen zij niet zorgen.")
p(d, "Voorzieningen in de wijk", bold=True)
p(d, "Mevrouw is twee keer bij het Ontmoetingscentrum De Boomgaard geweest (inloop, zonder indicatie). Daar raakte zij erg onrustig, omdat er geen vaste begeleider bij haar bleef. Meneer moest haar na een uur weer ophalen. Het Alzheimer Café is voor meneer een steun; hij gaat eens per maand met Corine. Voor mevrouw zelf is dat geen oplossing voor overdag.")

d.add_heading("Ondersteuningsbehoefte", level=2)
p(d, "Mevrouw heeft behoefte aan dagbesteding in een kleine groep met vaste begeleiding. Meneer heeft behoefte aan ontlasting in de vorm van logeeropvang voor zijn vrouw.")

d.add_heading("Conclusie en advies", level=2)
p(d, "Wij adviseren dagbesteding voor mevrouw bij een kleinschalige groep voor mensen met dementie, met vervoer, en kortdurend verblijf (logeeropvang) zodat meneer af en toe kan bijkomen. Zonder deze ondersteuning is de kans groot dat meneer uitvalt. Het zorgplan wordt afgestemd met de casemanager dementie.")
p(d)
p(d, "Joost van Amerongen")
p(d, "consulent Wijkteam Kromwijde-Oost")
d.save("/work/blind/g/w2/g22.docx")
