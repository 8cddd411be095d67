"""LEESBAARHEID-B1 and PRIVACY-GEZONDHEID on realistic snippets and on generated letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.check.conftest import GOOD_LETTER, write
from wmo_docs.check import check_file
from wmo_docs.findings import Severity
from wmo_docs.render import render_document
from wmo_docs.rules.readability import douma, is_participle, jargon_in, level, passive, syllables, zipf

REPO = Path(__file__).resolve().parents[2]
CASES = sorted((REPO / "examples" / "cases").glob("*.json"))

FORMAL = """\
Gemeente Voorbeeldstad

Geachte heer Bakker,

Onderhavige beschikking wordt u toegezonden naar aanleiding van uw aanvraag d.d. 3 maart 2025 voor een maatwerkvoorziening in het kader van de Wet maatschappelijke ondersteuning 2015, welke door ons college in behandeling is genomen.
Ingevolge de verordening is door de consulent onderzocht of de door u ervaren beperkingen in de zelfredzaamheid met inzet van eigen kracht, gebruikelijke hulp of voorliggende voorzieningen derhalve kunnen worden opgelost.
Teneinde tot een zorgvuldige afweging te komen, is tevens de indicatie van de huisarts alsmede de rapportage van de ergotherapeut bij de beoordeling betrokken en is door het college geconcludeerd dat de gevraagde voorziening niet noodzakelijk wordt geacht.
Derhalve wordt uw aanvraag afgewezen.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
A.B. Jansen
"""


def _findings(tmp_path, text, rule, **kw):
    return [f for f in check_file(write(tmp_path, text), select=[rule], **kw).findings if f.rule == rule]


# --- building blocks ---------------------------------------------------------------------------

def test_word_statistics():
    assert syllables("beëindiging") == 4 and syllables("huis") == 1 and syllables("maatwerkvoorziening") == 5
    assert zipf("huis") > 5 > zipf("onderhavig")
    assert douma([]) == 100.0 and level(70).startswith("B1") and level(40).startswith("C1")


@pytest.mark.parametrize("sentence,expected", [
    ("Uw aanvraag is afgewezen.", "is afgewezen"),
    ("De hulp wordt door de aanbieder geleverd.", "wordt … geleverd"),
    ("Er is gekeken naar uw situatie.", "is gekeken"),
    ("Uw man is vorig jaar overleden.", None),
    ("Wij hebben besloten dat u hulp krijgt.", None),
    ("U woont in een eengezinswoning in de gemeente.", None),
])
def test_passive(sentence, expected):
    words = sentence.rstrip(".").split()
    assert passive(words) == expected
    assert not is_participle("gemeente") and is_participle("toegekend")


def test_jargon_explained_nearby():
    [(j, _, _, ok)] = jargon_in("U krijgt een maatwerkvoorziening (hulp die bij u past).")
    assert j.key == "maatwerkvoorziening" and ok
    assert jargon_in("Hulp van de gemeente voor u persoonlijk heet een maatwerkvoorziening.")[0][3]
    assert jargon_in("U kunt kiezen voor een persoonsgebonden budget (pgb).")[0][3]
    assert not jargon_in("Ingevolge de verordening kennen wij u een maatwerkvoorziening toe.")[0][3]
    assert jargon_in("U krijgt een pgb.", "Dat is geld waarmee u zelf hulp inkoopt.")[0][3]


# --- LEESBAARHEID-B1 -----------------------------------------------------------------------------

def test_formal_letter_misses_b1(tmp_path):
    hits = _findings(tmp_path, FORMAL, "LEESBAARHEID-B1", document="beschikking")
    assert all(f.severity == Severity.INFO for f in hits)
    doc, *worst = hits
    assert "haalt taalniveau B1 niet" in doc.message and "Flesch-Douma" in doc.message and doc.extra["level"]
    assert 1 <= len(worst) <= 3
    assert any("deel de zin op" in f.message for f in worst)
    assert any("actief" in f.message for f in worst)
    assert any("'Ingevolge' door 'volgens'" in f.message or "'ingevolge'" in f.message.lower() for f in worst)


def test_worst_n_comes_from_the_toml_params(tmp_path, monkeypatch):
    from wmo_docs.rules import catalogue

    rules = catalogue.load_rules()
    rule = next(r for r in rules if r.id == "LEESBAARHEID-B1")
    monkeypatch.setitem(rule.params, "worst_n", 1)
    hits = _findings(tmp_path, FORMAL, "LEESBAARHEID-B1", document="beschikking")
    assert len(hits) == 2


def test_b1_letter_passes(tmp_path, good_letter):
    assert _findings(tmp_path, good_letter, "LEESBAARHEID-B1") == []


def test_headings_bezwaar_and_addresses_do_not_count(tmp_path):
    long_bezwaar = ("Bent u het niet eens met dit besluit?\nDan kunt u binnen zes weken na de datum van deze brief een "
                    "bezwaarschrift indienen bij het college van burgemeester en wethouders van de gemeente Voorbeeldstad, "
                    "waarin u vermeldt uw naam, adres, de datum, een omschrijving van het besluit en de redenen waarom u het "
                    "niet eens bent met dit besluit, voorzien van uw handtekening.\n")
    text = GOOD_LETTER.replace("Bent u het niet eens met dit besluit?\n", long_bezwaar, 1)
    assert _findings(tmp_path, text, "LEESBAARHEID-B1") == []


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_generated_letters_are_b1(tmp_path, case):
    for document in ("beschikking", "rapportage"):
        path = tmp_path / f"{document}.docx"
        path.write_bytes(render_document(case, document))
        fired = {f.rule for f in check_file(path, select=["LEESBAARHEID-B1", "PRIVACY-GEZONDHEID"]).findings}
        assert fired == set(), f"{case.stem} {document}: {fired}"


# --- PRIVACY-GEZONDHEID --------------------------------------------------------------------------

TRAPLIFT = """\
Geachte heer Smit,

Uw situatie
U kunt door uw COPD de trap niet meer veilig op. Uw slaapkamer en badkamer zijn boven.
{extra}
Ons besluit
Wij kennen u een traplift toe, omdat u de trap niet meer veilig op kunt en er geen andere oplossing is.
"""


@pytest.mark.parametrize("extra,kind", [
    ("Meneer gebruikt oxazepam en tramadol.", "medicatie"),
    ("Hij neemt 10 mg per dag.", "medicatie"),
    ("Zijn medicijnen neemt hij 2x daags in.", "medicatie"),
    ("Hij slikt drie keer per dag een tablet tegen de pijn.", "medicatie"),
    ("Meneer heeft een psychose gehad en had een depressie.", "psychiatrisch"),
    ("Meneer heeft in het verleden een alcoholverslaving gehad.", "verslaving"),
    ("Hij is hiv-positief.", "infectie"),
    ("Er zijn uitzaaiingen gevonden en hij krijgt chemotherapie.", "detail"),
    ("Zijn BSN is 111 222 333.", "bsn"),
    ("BSN: 111222333.", "bsn"),
])
def test_privacy_fires(tmp_path, extra, kind):
    hits = _findings(tmp_path, TRAPLIFT.format(extra=extra), "PRIVACY-GEZONDHEID", document="beschikking")
    assert hits and hits[0].severity == Severity.WARNING
    assert kind in {f.extra["kind"] for f in hits}
    for f in hits:  # the message itself carries no health data; the quote shows where
        assert f.location.quote.lower() not in f.message.lower()


@pytest.mark.parametrize("extra", [
    "",
    "Zijn vrouw helpt hem al met de boodschappen.",
    "Hij belt ons op 0599-123456 als er iets is.",  # a phone number is no BSN
    "Wij hebben uw aanvraag op 12 maart ontvangen.",
    "Hij gaat 1x per dag de trap op, 's avonds naar bed.",  # a frequency without a medicine is no dosage
    "De thuiszorg komt twee keer per dag.",
])
def test_privacy_passes_a_condition_named_as_reason(tmp_path, extra):
    assert _findings(tmp_path, TRAPLIFT.format(extra=extra), "PRIVACY-GEZONDHEID", document="beschikking") == []


def test_psychiatric_condition_may_explain_begeleiding(tmp_path):
    text = ("Geachte mevrouw Bos,\n\nUw situatie\nDoor uw depressie komt u niet aan plannen toe.\n\nOns besluit\n"
            "Wij kennen u individuele begeleiding toe: 2 uur per week, omdat u uw week niet zelf kunt plannen.\n")
    assert _findings(tmp_path, text, "PRIVACY-GEZONDHEID", document="beschikking") == []


def test_repeated_and_listed_diagnoses(tmp_path):
    many = " ".join(["Door zijn artrose kan hij weinig."] * 6)
    assert _findings(tmp_path, TRAPLIFT.format(extra=many), "PRIVACY-GEZONDHEID", document="beschikking")
    listed = "Hij heeft diabetes, artrose, hartfalen en reuma."
    hits = _findings(tmp_path, TRAPLIFT.format(extra=listed), "PRIVACY-GEZONDHEID", document="beschikking")
    assert [f.extra["kind"] for f in hits] == ["lijst"]


def test_profile_jargon_counts_with_its_plain_alternative(tmp_path):
    """A gemeente adds its own jargon (checks.woordenlijst.jargon: "term = gewoon woord") without Python."""
    import json
    import shutil

    from wmo_docs.check import check_file
    from wmo_docs.resources import default_profile_dir

    folder = tmp_path / "profiel"
    shutil.copytree(default_profile_dir(), folder)
    data = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
    data["checks"]["woordenlijst"] = {"jargon": [
        "zorgarrangement = de afspraken over uw hulp", "toegangsteam = de medewerkers die uw vraag bekijken",
        "keukentafelgesprek = het gesprek bij u thuis", "arrangementsniveau = hoeveel hulp u krijgt",
        "zorgprofiel"]}
    (folder / "profile.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    draft = tmp_path / "brief.txt"
    draft.write_text(
        "Geachte mevrouw Jansen,\n\nHet toegangsteam heeft met u gesproken. Dat was een keukentafelgesprek "
        "bij u thuis. U krijgt een zorgarrangement. Het arrangementsniveau is 2. Uw zorgprofiel is licht. "
        "Het toegangsteam belt u nog. Het zorgarrangement gaat in op 1 maart.\n\nMet vriendelijke groet,\n",
        encoding="utf-8")
    own = [f.message for f in check_file(draft, profile=folder, document="beschikking",
                                         select=["LEESBAARHEID-B1"]).findings]
    bundled = [f.message for f in check_file(draft, document="beschikking", select=["LEESBAARHEID-B1"]).findings]
    assert any("5 vakwoorden zonder uitleg" in m for m in own)
    assert not any("vakwoorden zonder uitleg" in m for m in bundled)
    assert any("vervang 'zorgarrangement' door 'de afspraken over uw hulp'" in m for m in own)


def test_messages_on_the_corpus_never_have_empty_advice_or_words_cut_in_two():
    """Over every labelled corpus draft: B1 advice always says something, and a quoted sentence
    that is shortened ends at a word boundary ("… de ondersteuning …", not "… de onderst…")."""
    import re
    from pathlib import Path

    from wmo_docs.check import check_file

    drafts = sorted(p for p in (Path(__file__).parents[1] / "corpus" / "drafts").iterdir() if p.suffix in (".txt", ".docx"))
    assert len(drafts) > 50
    for draft in drafts:
        for f in check_file(draft).findings:
            assert "Advies: ." not in f.message and not f.message.rstrip().endswith("Advies:"), (draft.name, f.message)
            for quoted in re.findall(r"'([^']{20,})'", f.message):
                if quoted.endswith("…"):
                    assert quoted[:-1].endswith(" "), (draft.name, quoted)


def test_no_passive_is_seen_in_nouns_or_te_infinitives():
    from wmo_docs.rules.readability import passive

    assert passive("duwen bij alle verplaatsingen buiten is niet van hem te verwachten".split()) is None
    assert passive("Uw gezondheid is goed".split()) is None
    assert passive("De aanvraag is door het college afgewezen".split()) == "is … afgewezen"
    assert passive("U wordt begeleid door Kompas".split()) == "wordt begeleid"
