"""BATCH-STANDAARDMOTIVERING on crafted letters, both ways, and the profile's standard texts."""

import json
import shutil
from pathlib import Path

from wmo_docs.batch.standaardmotivering import (
    RULE, StandardTexts, extract_passages, find_groups, group_findings,
)
from wmo_docs.findings import Severity
from wmo_docs.profile import load_profile
from wmo_docs.reading import read_document
from wmo_docs.render import render_document
from wmo_docs.render.standard_text import standard_texts
from wmo_docs.resources import data_path, default_profile_dir
from wmo_docs.reading.model import Block, Document
from wmo_docs.rules.case_identity import zaak_key

STANDAARD = ("Het college heeft uw aanvraag zorgvuldig onderzocht en daarbij gekeken naar wat u zelf kunt, "
             "wat uw omgeving kan doen en welke algemene voorzieningen er zijn.")
GEDEELD = ("{n} woont samen met haar echtgenoot {m}, die gezond is en geen beperkingen heeft. Omdat van een "
           "partner gebruikelijke hulp mag worden verwacht, kan {m} het huishouden overnemen. Daarom is een "
           "maatwerkvoorziening voor huishoudelijke ondersteuning niet nodig.")
EIGEN = [
    "Mevrouw Jansen heeft COPD en raakt na tien minuten staan buiten adem. Haar dochter woont in Spanje. "
    "Omdat de boodschappendienst niet in haar wijk bezorgt, kennen wij hulp bij het huishouden toe.",
    "Meneer De Vries loopt na zijn beroerte hooguit honderd meter met een rollator. De buurtbus rijdt niet "
    "in het weekend, terwijl hij dan naar zijn vrouw in het verpleeghuis wil. Daarom is een scootmobiel nodig.",
    "Mevrouw Bakker kan door reuma in haar handen geen potten openen of de post sorteren. Haar zoon regelt "
    "de administratie al, dus die taak valt onder gebruikelijke hulp; voor het koken is begeleiding nodig.",
]


def letter(i: int, motivering: str, *extra: str) -> Document:
    texts = [("Besluit", True), ("Wij wijzen uw aanvraag voor huishoudelijke ondersteuning af.", False),
             ("Motivering", True), (motivering, False), *((e, False) for e in extra),
             ("Bezwaar", True), ("U kunt binnen zes weken bezwaar maken bij het college, omdat dit uw recht is "
                                 "en het college dan het besluit opnieuw bekijkt met alle stukken erbij.", False)]
    return Document(Path(f"brief-{i}.txt"), "txt",
                    [Block(j, t, is_heading=h) for j, (t, h) in enumerate(texts)])


NAMEN = [("Mevrouw Jansen", "Piet"), ("Mevrouw De Vries-Bos", "Klaas"), ("Mevrouw El Amrani", "Youssef"),
         ("Mevrouw Bakker", "Jan")]


def groups_for(docs, standard=None, **kw):
    return find_groups(((i, extract_passages(d, standard)) for i, d in enumerate(docs)), **kw)


def test_same_motivation_with_other_names_is_grouped():
    docs = [letter(i, GEDEELD.format(n=n, m=m)) for i, (n, m) in enumerate(NAMEN)] + [letter(9, EIGEN[0])]
    groups = groups_for(docs)
    assert len(groups) == 1
    assert groups[0].files == [0, 1, 2, 3] and groups[0].similarity >= 0.8


def test_different_motivations_are_not_grouped():
    docs = [letter(i, t) for i, t in enumerate(EIGEN)]
    assert groups_for(docs) == []


def test_two_letters_are_not_many():
    docs = [letter(i, GEDEELD.format(n=n, m=m)) for i, (n, m) in enumerate(NAMEN[:2])]
    assert groups_for(docs) == []
    assert len(groups_for(docs, min_letters=2)) == 1


def test_procedure_sections_do_not_count():
    # every letter has the same bezwaar paragraph with "omdat" in it: procedure, not motivation
    docs = [letter(i, t) for i, t in enumerate(EIGEN)]
    passages = [p.text for d in docs for p in extract_passages(d)]
    assert not any("bezwaar" in t for t in passages)


def test_standard_text_from_the_profile_is_not_counted(tmp_path):
    docs = [letter(i, STANDAARD + " " + EIGEN[i]) for i in range(3)]
    assert len(groups_for(docs)) == 0  # the standard sentence is short against the case facts …
    only_standard = [letter(i, STANDAARD + " " + STANDAARD.replace("Het college", "Wij")) for i in range(3)]
    assert len(groups_for(only_standard)) == 1  # … but letters with nothing else are grouped
    standard = StandardTexts(standard_texts(profile_with_standard_text(tmp_path, [STANDAARD])))
    assert groups_for(only_standard, standard) == []
    # the rest of a paragraph around a standard sentence is still compared
    shared = GEDEELD.format(n="Mevrouw Smit", m="Kees")
    mixed = [letter(i, STANDAARD + " " + shared.replace("Smit", f"Smit{i}")) for i in range(3)]
    groups = groups_for(mixed, standard)
    assert len(groups) == 1
    assert not groups[0].members[0][1].text.startswith("Het college")


def test_finding_is_an_ordinary_warning_with_quote_and_other_files():
    docs = [letter(i, GEDEELD.format(n=n, m=m)) for i, (n, m) in enumerate(NAMEN[:3])]
    groups = groups_for(docs)
    names = ["a/brief-0.docx", "b/brief-1.docx", "c/brief-2.txt"]
    findings = group_findings(groups, names)
    assert sorted(findings) == [0, 1, 2]
    f = findings[1][0]
    assert f.rule == RULE and f.severity is Severity.WARNING and f.legal_basis == "Awb 3:46"
    assert "a/brief-0.docx" in f.message and "c/brief-2.txt" in f.message and "b/brief-1.docx" not in f.message
    assert "De Vries-Bos" in f.message and "Jansen" not in f.message  # own words only, never another resident's
    block = docs[1].blocks[f.location.block].text
    assert block[f.location.start:f.location.end] == f.location.quote
    assert f.to_dict()["extra"]["brieven"] == 3


def test_letters_without_headings_fall_back_to_reason_paragraphs():
    def plain(i, n):
        return Document(Path(f"p{i}.txt"), "txt", [
            Block(0, f"Beste {n},"), Block(1, GEDEELD.format(n=n, m="Jan")), Block(2, "Groet, het team")])
    groups = find_groups((i, extract_passages(plain(i, n))) for i, (n, _) in enumerate(NAMEN))
    assert len(groups) == 1 and len(groups[0].members) == 4


CASES = data_path("examples", "cases")


def profile_with_standard_text(tmp_path, texts):
    """A real profile folder: the demo profile with checks.standaardteksten set."""
    folder = tmp_path / "profiel"
    shutil.copytree(default_profile_dir(), folder)
    data = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
    data["checks"]["standaardteksten"] = texts
    (folder / "profile.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_profile(folder)


def test_our_own_template_text_is_standard(tmp_path):
    """Letters generated from different cases share the template's fixed wording: not a finding."""
    profile = load_profile()
    standard = StandardTexts(standard_texts(profile))
    docs = []
    for n, case in enumerate(sorted(CASES.glob("*.json"))):
        for kind in ("beschikking", "rapportage"):
            out = tmp_path / f"{kind}-{n}.docx"
            out.write_bytes(render_document(case, kind))
            docs.append(read_document(out))
    assert len(docs) >= 16
    passages = [p.text for d in docs for p in extract_passages(d, standard)]
    assert not any("heet een maatwerkvoorziening" in t for t in passages)
    assert groups_for(docs, standard) == []  # each case's own words differ; the shared wording is ours
    # without the template texts the same letters do group on that wording: the test can fail
    assert any("heet een maatwerkvoorziening" in t for d in docs for t in (p.text for p in extract_passages(d)))


def test_a_beschikking_and_the_rapportage_of_one_zaak_are_not_a_standard_motivation():
    """The same reasons in a zaak's beschikking and its verslag are as it should be: they count once."""
    docs = [letter(i, GEDEELD.format(n=n, m=m)) for i, (n, m) in enumerate(NAMEN)]
    zaken = {0: "z1", 1: "z1", 2: "z2", 3: "z2"}  # two zaken, each with a beschikking and a rapportage
    assert groups_for(docs, zaken=zaken) == []
    zaken[3] = "z3"  # three zaken: now it is a habit
    groups = groups_for(docs, zaken=zaken)
    assert len(groups) == 1 and groups[0].zaken == 3 and len(groups[0].members) == 4
    message = group_findings(groups, {i: f"brief{i}.docx" for i in range(4)})[0][0].message
    assert "4 brieven van 3 zaken" in message


def test_zaak_key_comes_from_the_letterhead():
    doc = Document(Path("b.txt"), "txt", [Block(0, "Ons kenmerk: WMO/2026/0815"), Block(1, "Geachte heer Bos,")])
    assert zaak_key(doc) == "wmo20260815"
    assert zaak_key(letter(0, EIGEN[0])) is None
