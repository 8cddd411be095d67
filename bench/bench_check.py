"""Benchmark: checking 200 drafts against the floor of merely reading them.

Floor  = open each .docx with python-docx and run ``spacy.blank("nl")`` over its text.
Check  = ``wmo_docs.check.check_file`` on each draft (read, pipeline, rules): once with the
core rules of the checker (the 11 rules the ≤ 3× target was set for) and once with the
whole catalogue. Prints both ratios and the pipeline start-up time (target < 1.5 s); run
it in a fresh process (``python -m bench check`` does), or start-up is already paid.
Run: ``.venv/bin/python bench/bench_check.py [N]``. Not a unit test: figures vary per machine.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PARTS = {
    "eigen": [
        "U kunt zelf nog lichte taken doen, zoals afwassen. Stofzuigen lukt door uw rugklachten niet meer.",
        "Eigen kracht: n.v.t.",
        "Mevrouw kookt zelf, maar kan door haar artrose niet meer bukken of tillen.",
    ],
    "huis": ["U woont alleen.", "Uw partner werkt fulltime en doet 's avonds de was.", "Gebruikelijke hulp:"],
    "mantel": [
        "Uw dochter woont in Spanje en kan geen mantelzorg bieden.",
        "Mantelzorg: n.v.t.",
        "Uw zoon komt wekelijks en doet de administratie; meer kan hij niet.",
    ],
    "netwerk": ["Uw buren helpen soms met boodschappen, maar structurele hulp kunnen zij niet geven.", "Bij het onderzoek kijken wij naar uw netwerk."],
    "algemeen": ["De boodschappendienst lost het schoonmaken niet op.", "Het wijkteam heeft u vier maanden begeleid; dat was niet genoeg."],
    "voorliggend": ["Er is geen Wlz-indicatie en de zorgverzekeraar vergoedt geen huishoudelijke hulp.", ""],
    "besluit": [
        "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe, omdat u het zware huishouden niet zelf kunt doen.",
        "Wij wijzen uw aanvraag voor een traplift af.",
    ],
    "grondslag": [
        "Dit besluit berust op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025.",
        "Dit besluit berust op artikel 2.3.15 Wmo 2015.",
    ],
    "bezwaar": [
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken schriftelijk bezwaar maken bij het college van burgemeester en wethouders, Postbus 100, 9990 AA Voorbeeldstad.",
        "U kunt binnen vier weken bezwaar maken.",
    ],
}
HEADINGS = {"eigen": "Wat kunt u zelf?", "huis": "Huisgenoten", "mantel": "Mantelzorg", "netwerk": "Netwerk",
            "algemeen": "Algemene voorzieningen", "voorliggend": "Andere wetten", "besluit": "Ons besluit",
            "grondslag": "Grondslag", "bezwaar": "Bezwaar"}
FILLER = ("Op 10 maart 2025 hebben wij met u gesproken over uw situatie thuis. U vertelde dat het huishouden "
          "u steeds meer moeite kost en dat u na een dag vaak erg moe bent. ")


def make_drafts(folder: Path, n: int) -> list[Path]:
    import docx

    rnd = random.Random(42)
    paths = []
    for i in range(n):
        d = docx.Document()
        d.add_paragraph("Gemeente Voorbeeldstad")
        d.add_paragraph("Geachte mevrouw Jansen,")
        d.add_paragraph(FILLER * rnd.randint(2, 6))
        for key, options in PARTS.items():
            d.add_heading(HEADINGS[key], level=2)
            d.add_paragraph(rnd.choice(options))
            d.add_paragraph(FILLER * rnd.randint(0, 2))
        d.add_paragraph("Met vriendelijke groet,")
        path = folder / f"concept-{i:03}.docx"
        d.save(str(path))
        paths.append(path)
    return paths


def main(n: int = 200) -> None:
    t0 = time.perf_counter()
    from wmo_docs.nlp import get_nlp

    get_nlp()
    startup = time.perf_counter() - t0

    import docx
    import spacy

    blank = spacy.blank("nl")
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_drafts(Path(tmp), n)
        t = time.perf_counter()
        for p in paths:
            document = docx.Document(str(p))
            text = "\n".join(par.text for par in document.paragraphs)
            blank(text)
        floor = time.perf_counter() - t

        from bench.bench_catalogue import CORE
        from wmo_docs.check import check_file

        def timed(select: list[str] | None) -> tuple[float, int]:
            start, found = time.perf_counter(), 0
            for p in paths:
                found += len(check_file(p, select=select).findings)
            return time.perf_counter() - start, found

        core, core_findings = timed(CORE)
        checked, findings = timed(None)

    print(f"drafts:              {n}")
    print(f"pipeline start-up:   {startup:.2f} s (import spaCy + build; target < 1.5 s)")
    print(f"floor (python-docx + spacy.blank): {floor:.2f} s ({1000 * floor / n:.1f} ms/draft)")
    print(f"check_file, core rules: {core:.2f} s ({1000 * core / n:.1f} ms/draft, {core_findings} findings)")
    print(f"  ratio to the floor:   {core / floor:.2f}x (target <= 3x)")
    print(f"check_file, full catalogue: {checked:.2f} s ({1000 * checked / n:.1f} ms/draft, {findings} findings)")
    print(f"  ratio to the floor:   {checked / floor:.2f}x (the catalogue's own budget: <= 1.5x the core rules,"
          f" here {checked / core:.2f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
