# c14 - dorps-b1 - beschikking wijziging (verhoging HH van 2 naar 3,5 uur) zonder eigen motivering (Heukelveen)
HEADER = [
    "Gemeente Heukelveen",
    "Team Zorg en Welzijn · Dorpsstraat 1, 7738 AB Heukelveen · 0523 - 68 12 00 · zorg@heukelveen.nl",
]
OPTIONS = {"font": "Calibri", "size": 11}
BLOCKS = [
    ("p", "Mevrouw F. Roelofs-Tenkink\nHoofdstraat 54\n7738 AC Heukelveen"),
    ("p", "Datum: 16 maart 2026\nOns kenmerk: HV-WMO-26-0175\nOnderwerp: meer uren hulp in het huishouden"),
    ("p", "Beste mevrouw Roelofs,"),
    ("p", "U krijgt nu 2 uur huishoudelijke hulp per week. Op 20 februari 2026 belde u ons. U vroeg om meer uren. Op 3 maart 2026 ben ik bij u thuis geweest. Het verslag van ons gesprek heeft u op 6 maart 2026 van mij gekregen. U heeft het verslag getekend teruggestuurd."),
    ("b", "Wat heeft u gevraagd?"),
    ("p", "U vroeg om meer uren huishoudelijke hulp."),
    ("b", "Wat hebben wij besloten?"),
    ("p", "U krijgt meer hulp. Vanaf 1 april 2026 krijgt u 3,5 uur huishoudelijke hulp per week. Nu is dat 2 uur per week."),
    ("b", "Waarom?"),
    ("p", "Wij hebben uw situatie opnieuw bekeken. In het verslag van ons gesprek staat waarom u meer hulp nodig heeft."),
    ("b", "Wat krijgt u precies?"),
    ("table", [
        ["Wat", "Huishoudelijke hulp"],
        ["Hoeveel", "3,5 uur per week"],
        ["Vanaf", "1 april 2026"],
        ["Tot en met", "31 maart 2028"],
        ["Vorm", "Zorg in natura"],
        ["Wie helpt u", "Thuiszorg Het Veen. U houdt dezelfde hulp als nu."],
    ]),
    ("p", "Wilt u de hulp liever zelf regelen? Dan kunt u kiezen voor een pgb. Bel mij als u dat wilt. Uw eigen bijdrage aan het CAK blijft hetzelfde: maximaal € 21,80 per maand."),
    ("b", "Op welke regels is dit besluit gebaseerd?"),
    ("p", "Op de Wmo 2015 en de Verordening maatschappelijke ondersteuning Heukelveen 2023."),
    ("b", "Bent u het niet eens?"),
    ("p", "Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de datum van deze brief. Stuur een brief aan het college van burgemeester en wethouders van Heukelveen, Postbus 10, 7738 ZG Heukelveen. Schrijf erin: uw naam en adres, de datum, en waarom u het niet eens bent. Zet uw handtekening eronder en stuur een kopie van deze brief mee."),
    ("b", "Vragen?"),
    ("p", "Bel mij gerust: 0523 - 68 12 41."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Heukelveen,"),
    ("p", "Ilse Bruggink\nconsulent Wmo"),
]
