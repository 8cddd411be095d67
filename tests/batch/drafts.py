"""Generate a folder of realistic drafts for batch tests and benchmarks.

Copies of the examples and the labelled corpus (when they exist) plus generated
variations: .txt, .md and .docx (with an author in the core properties), most with
case-specific motivation, a known share with one planted standard motivation in
which only names differ. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

VOORNAMEN = ["Anna", "Piet", "Fatima", "Jan", "Sanne", "Mohamed", "Els", "Kees", "Noor", "Willem", "Ayse", "Henk"]
ACHTERNAMEN = ["Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "El Amrani", "Mulder", "De Boer", "Yilmaz"]
AUTEURS = ["K. Consulent", "M. de Wit", "S. Öztürk", "R. van Dam"]
VOORZIENINGEN = ["huishoudelijke ondersteuning", "een scootmobiel", "begeleiding individueel", "een traplift", "dagbesteding"]
SOORTEN = ["toekenning", "afwijzing"]
# Facts that make a motivation case-specific; combined at random.
AANDOENINGEN = ["artrose in beide knieën", "COPD", "hartfalen", "een hernia", "de ziekte van Parkinson",
                "reuma in de handen", "evenwichtsstoornissen na een beroerte", "ernstige vermoeidheid door MS"]
SITUATIES = ["woont alleen in een bovenwoning zonder lift", "woont met haar partner die fulltime werkt",
             "woont samen met een zoon van zestien", "woont in een gelijkvloerse seniorenwoning",
             "heeft een partner die zelf in een rolstoel zit", "woont in een eengezinswoning met steile trap"]
NETWERK = ["De dochter woont in Spanje en kan niet bijspringen.", "Een buurvrouw doet al twee jaar de boodschappen.",
           "De kinderen komen in het weekend maar werken doordeweeks.", "Er is geen familie in de buurt.",
           "Een vriend van de kerk rijdt wekelijks mee naar het ziekenhuis.", "De broer helpt met de administratie."]
BEPERKINGEN = ["kan niet langer dan tien minuten staan", "kan geen zware emmers tillen", "loopt hooguit honderd meter",
               "raakt na het douchen uitgeput", "kan de trap alleen met grote moeite op", "vergeet afspraken en post"]
ALGEMEEN = ["De boodschappendienst van de supermarkt is geprobeerd, maar die bezorgt niet in deze wijk.",
            "Een was- en strijkservice lost het probleem met schoonmaken niet op.",
            "De Welzijnsbus rijdt alleen op werkdagen overdag, terwijl de behandelingen 's avonds zijn.",
            "Met een rollator en de buurtbus kan het dagelijks leven deels zelf worden georganiseerd.",
            "Het inloophuis in de wijk biedt structuur, maar niet de individuele hulp die nodig is."]
STANDAARD = (
    "{aanhef} {naam} heeft ons gevraagd om ondersteuning. Na zorgvuldige afweging van alle omstandigheden "
    "zijn wij van mening dat de zelfredzaamheid en participatie onvoldoende zijn. Omdat eigen kracht, "
    "gebruikelijke hulp, mantelzorg en algemene voorzieningen geen oplossing bieden, is een "
    "maatwerkvoorziening noodzakelijk. Daarom kennen wij deze voorziening toe."
)


@dataclass
class Generated:
    folder: Path
    files: list[Path] = field(default_factory=list)
    standard: list[Path] = field(default_factory=list)  # files with the planted standard motivation
    authors: dict[Path, str] = field(default_factory=dict)
    copied: int = 0


def _motivation(rng: random.Random, aanhef: str, naam: str) -> str:
    parts = [
        f"{aanhef} {naam} {rng.choice(SITUATIES)} en heeft {rng.choice(AANDOENINGEN)}.",
        f"Daardoor {rng.choice(BEPERKINGEN)} en {rng.choice(BEPERKINGEN)}.",
        rng.choice(NETWERK),
        rng.choice(ALGEMEEN),
    ]
    rng.shuffle(parts)
    return " ".join(parts) + " Omdat het gesprek op " + f"{rng.randint(1, 28)} {rng.choice(['maart', 'april', 'mei'])} liet zien dat dit zo is, besluiten wij zoals hieronder."


def letter(rng: random.Random, standard: bool) -> tuple[list[tuple[str, bool]], str]:
    """Blocks (text, is_heading) of one beschikking and its soort."""
    aanhef = rng.choice(["Mevrouw", "Meneer"])
    naam = f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}"
    voorziening = rng.choice(VOORZIENINGEN)
    soort = rng.choice(SOORTEN)
    uren = rng.randint(2, 6)
    motivering = STANDAARD.format(aanhef=aanhef, naam=naam) if standard else _motivation(rng, aanhef, naam)
    besluit = (f"Wij kennen u {voorziening} toe, {uren} uur per week, in natura, van 1 juni 2025 tot en met 31 mei 2026."
               if soort == "toekenning" else f"Wij wijzen uw aanvraag voor {voorziening} af.")
    blocks = [
        ("Beschikking Wmo 2015", True),
        (f"Geachte {aanhef.lower()} {naam},", False),
        (f"Op {rng.randint(1, 28)} april 2025 heeft u een aanvraag gedaan voor {voorziening}. "
         f"Op {rng.randint(1, 28)} mei 2025 hebben wij met u gesproken; het verslag van dat gesprek heeft u ontvangen.", False),
        ("Besluit", True),
        (besluit, False),
        ("Motivering", True),
        (motivering, False),
        ("Grondslag", True),
        ("Dit besluit is gebaseerd op artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 "
         "en artikel 5 van de Verordening maatschappelijke ondersteuning Voorbeeldstad.", False),
        ("Bezwaar", True),
        ("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief "
         "bezwaar maken bij het college van burgemeester en wethouders van Voorbeeldstad.", False),
        ("Met vriendelijke groet,", False),
        ("namens het college van burgemeester en wethouders van Voorbeeldstad,", False),
    ]
    return blocks, soort


def _write(path: Path, blocks: list[tuple[str, bool]], author: str | None) -> None:
    if path.suffix == ".docx":
        import docx

        d = docx.Document()
        for text, heading in blocks:
            d.add_heading(text, level=2) if heading else d.add_paragraph(text)
        d.core_properties.author = author or ""
        d.save(str(path))
    elif path.suffix == ".md":
        path.write_text("\n\n".join(("## " + t) if h else t for t, h in blocks) + "\n", encoding="utf-8")
    else:
        path.write_text("\n\n".join(blocks_text for blocks_text, _ in blocks) + "\n", encoding="utf-8")


def existing_drafts() -> list[Path]:
    """The examples and the labelled corpus, when other parts of the project have them."""
    found: list[Path] = []
    for folder in (REPO / "examples" / "drafts", REPO / "tests" / "corpus"):
        if folder.is_dir():
            found += sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".docx", ".txt", ".md") and p.is_file() and p.stem.upper() != "README")
    return found


def generate(folder: Path, count: int, *, seed: int = 2015, standard_every: int = 25, docx_every: int = 10,
             copies: bool = True) -> Generated:
    """``count`` drafts in month/team subfolders; every ``standard_every``-th has the planted standard text."""
    rng = random.Random(seed)
    out = Generated(folder)
    existing = existing_drafts() if copies else []
    for i in range(count):
        sub = folder / f"2025-0{1 + i % 3}" / f"team-{'noord' if i % 2 else 'zuid'}"
        sub.mkdir(parents=True, exist_ok=True)
        if existing and i % 7 == 3:  # about one in seven is a copy of a real example/corpus draft
            src = existing[(i // 7) % len(existing)]
            dest = sub / f"{i:05d}-{src.stem[:40]}{src.suffix}"
            shutil.copyfile(src, dest)
            out.files.append(dest)
            out.copied += 1
            continue
        standard = i % standard_every == 0
        suffix = ".docx" if i % docx_every == 1 or (standard and i % 2) else (".md" if i % 5 == 2 else ".txt")
        path = sub / f"{i:05d}-concept-{'afw' if i % 3 else 'toek'}{suffix}"
        blocks, _ = letter(rng, standard)
        author = AUTEURS[(i // 10) % len(AUTEURS)] if suffix == ".docx" else None
        _write(path, blocks, author)
        out.files.append(path)
        if standard:
            out.standard.append(path)
        if author:
            out.authors[path] = author
    return out
