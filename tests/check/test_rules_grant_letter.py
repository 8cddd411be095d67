"""VOORZIENING-SPECIFICATIE, PGB-KEUZE, EIGEN-BIJDRAGE, OVERGANGSTERMIJN, ONDERZOEK-VERMELD,
ONDERTEKENING and VAAG-TAALGEBRUIK both ways, on short drafts in several house styles."""

from __future__ import annotations

import pytest

from wmo_docs.check import check_file
from tests.check.conftest import GOOD_LETTER, save_docx, write

HEAD = "Gemeente Voorbeeldstad\n\nDatum: 2 juni 2025\n\nGeachte heer Bos,\n\n"
SIGN = "\n\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders van Voorbeeldstad,\nK. Smit\n"


def hits(tmp_path, text: str, rule: str, name: str = "concept.txt", **kw):
    report = check_file(write(tmp_path, text, name), select=[rule], document="beschikking", **kw)
    return [f for f in report.findings if f.rule == rule]


# --- VOORZIENING-SPECIFICATIE ------------------------------------------------------------------

@pytest.mark.parametrize("dictum", [
    # B1 prose
    "Wij kennen u begeleiding toe: 2 uur per week, van 1 juli 2025 tot en met 30 juni 2026. "
    "De begeleiding komt van Stichting Anker, als zorg in natura.",
    # terse labels
    "Besluit\nToegekend: dagbesteding\n- Omvang: 3 dagdelen per week\n- Vanaf: 7 juli 2025\n- Tot: 6 juli 2027\n- Leveringsvorm: natura",
    # formal, one long sentence
    "Gelet op het vorenstaande kennen wij u met ingang van 1 augustus 2025, voor de duur van twee jaar, "
    "huishoudelijke ondersteuning toe ten behoeve van het resultaat een schoon en leefbaar huis, met een omvang van "
    "180 minuten per week, te leveren in natura door Thuishulp Oost.",
    # a product with its delivery date, in a label row whose value is a sentence
    "Wij kennen u een douchestoel toe, in bruikleen als zorg in natura.\nVanaf: u krijgt de douchestoel uiterlijk op "
    "3 november 2025.\nHoe lang: zolang u hem nodig heeft.",
    "U krijgt een rolstoel in bruikleen. U ontvangt de rolstoel vóór 1 oktober 2025 van Hulpmiddelen Oost, in natura.",
])
def test_full_specification_passes(tmp_path, dictum):
    assert hits(tmp_path, HEAD + dictum + SIGN, "VOORZIENING-SPECIFICATIE") == []


def test_table_dictum_passes(tmp_path):
    def build(d):
        d.add_paragraph("Geachte mevrouw Kok,")
        d.add_heading("Ons besluit", level=2)
        d.add_paragraph("Wij kennen u een maatwerkvoorziening toe.")
        t = d.add_table(rows=2, cols=5)
        for c, (h, v) in enumerate([("Voorziening", "huishoudelijke ondersteuning"), ("Omvang", "2,5 uur per week"),
                                    ("Ingangsdatum", "1 september 2025"), ("Einddatum", "31 augustus 2027"),
                                    ("Leveringsvorm", "zorg in natura")]):
            t.cell(0, c).text, t.cell(1, c).text = h, v
    path = save_docx(tmp_path, build)
    report = check_file(path, select=["VOORZIENING-SPECIFICATIE"], document="beschikking")
    assert report.findings == []


def test_missing_parts_are_named(tmp_path):
    found = hits(tmp_path, HEAD + "Wij kennen u huishoudelijke ondersteuning toe." + SIGN, "VOORZIENING-SPECIFICATIE")
    assert len(found) == 1
    msg = found[0].message
    assert "omvang" in msg and "ingangsdatum" in msg and "einddatum" in msg and "leveringsvorm" in msg
    assert "Wij kennen u huishoudelijke ondersteuning toe" in msg


def test_omvang_left_to_provider_plan_fires(tmp_path):
    text = HEAD + ("Wij kennen u huishoudelijke ondersteuning toe met als resultaat een schoon en leefbaar huis, "
                   "vanaf 1 juli 2025 voor twee jaar, in natura. De aanbieder bepaalt samen met u in het "
                   "ondersteuningsplan hoeveel uur daarvoor nodig is.") + SIGN
    found = hits(tmp_path, text, "VOORZIENING-SPECIFICATIE")
    assert len(found) == 1 and "later plan" in found[0].message and "ondersteuningsplan" in found[0].message


def test_hours_without_frequency_fire(tmp_path):
    text = HEAD + "Wij kennen u 3 uur begeleiding toe, vanaf 1 juli 2025 tot en met 30 juni 2026, in natura." + SIGN
    found = hits(tmp_path, text, "VOORZIENING-SPECIFICATIE")
    assert len(found) == 1 and "frequentie" in found[0].message and "3 uur" in found[0].message


def test_product_needs_no_end_date(tmp_path):
    text = HEAD + "Wij kennen u een scootmobiel toe in bruikleen. De leverancier levert de scootmobiel vóór 1 augustus 2025." + SIGN
    assert hits(tmp_path, text, "VOORZIENING-SPECIFICATIE") == []


def test_refusal_is_not_checked(tmp_path):
    text = HEAD + "Wij wijzen uw aanvraag voor huishoudelijke ondersteuning af, omdat uw partner het huishouden kan doen." + SIGN
    assert hits(tmp_path, text, "VOORZIENING-SPECIFICATIE") == []


def test_each_service_needs_its_own_omvang(tmp_path):
    text = HEAD + ("Wij kennen u huishoudelijke ondersteuning toe, 2 uur per week.\n\n"
                   "Ook kennen wij u dagbesteding toe.\n\n"
                   "Beide voorzieningen gaan in op 1 juli 2025 en gelden voor een jaar, als zorg in natura.") + SIGN
    found = hits(tmp_path, text, "VOORZIENING-SPECIFICATIE")
    assert len(found) == 1 and "dagbesteding" in found[0].message


# --- PGB-KEUZE ---------------------------------------------------------------------------------

def test_natura_without_pgb_choice_fires(tmp_path):
    text = GOOD_LETTER.replace(" Wilt u de hulp liever zelf inkopen? Dan kunt u kiezen voor een persoonsgebonden budget (pgb).", "")
    found = hits(tmp_path, text, "PGB-KEUZE")
    assert len(found) == 1 and "persoonsgebonden budget" in found[0].message


def test_natura_with_pgb_choice_passes(tmp_path):
    assert hits(tmp_path, GOOD_LETTER, "PGB-KEUZE") == []


PGB = ("Wij kennen u begeleiding toe: 3 uur per week van 1 juli 2025 tot en met 30 juni 2026. "
       "U krijgt deze begeleiding als persoonsgebonden budget (pgb).")


def test_complete_pgb_passes(tmp_path):
    text = HEAD + PGB + ("\n\nUw pgb\nHet budget bedraagt € 62,50 per uur. U mag het pgb alleen gebruiken voor begeleiding "
                         "zoals in dit besluit staat. De Sociale Verzekeringsbank (SVB) betaalt uw begeleider uit; u "
                         "verantwoordt de uren via het trekkingsrecht.") + SIGN
    assert hits(tmp_path, text, "PGB-KEUZE") == []


def test_pgb_without_amount_and_accountability_fires(tmp_path):
    text = HEAD + PGB + "\n\nU mag het budget alleen besteden aan begeleiding." + SIGN
    found = hits(tmp_path, text, "PGB-KEUZE")
    assert len(found) == 1
    assert "hoogte" in found[0].message and "verantwoordt" in found[0].message and "besteed" not in found[0].message


# --- EIGEN-BIJDRAGE ----------------------------------------------------------------------------

GRANT = "Wij kennen u een traplift toe in natura, te plaatsen vóór 1 september 2025."


@pytest.mark.parametrize("sentence", [
    "Voor de traplift betaalt u een eigen bijdrage. Die wordt vastgesteld en geïnd door het CAK.",
    "Eigen bijdrage: ja, maximaal € 21,80 per maand; u krijgt hiervoor een factuur van het Centraal Administratie Kantoor.",
    "U betaalt geen eigen bijdrage, omdat u jonger bent dan 18 jaar.",
])
def test_eigen_bijdrage_passes(tmp_path, sentence):
    assert hits(tmp_path, HEAD + GRANT + "\n\n" + sentence + SIGN, "EIGEN-BIJDRAGE") == []


def test_eigen_bijdrage_missing_fires(tmp_path):
    found = hits(tmp_path, HEAD + GRANT + SIGN, "EIGEN-BIJDRAGE")
    assert len(found) == 1 and "CAK" in found[0].message


def test_eigen_bijdrage_without_collector_fires(tmp_path):
    found = hits(tmp_path, HEAD + GRANT + "\n\nU betaalt een eigen bijdrage." + SIGN, "EIGEN-BIJDRAGE")
    assert len(found) == 1 and "wie die int" in found[0].message


def test_no_eigen_bijdrage_without_reason_fires(tmp_path):
    found = hits(tmp_path, HEAD + GRANT + "\n\nU betaalt geen eigen bijdrage." + SIGN, "EIGEN-BIJDRAGE")
    assert len(found) == 1 and "waarom" in found[0].message


# --- OVERGANGSTERMIJN --------------------------------------------------------------------------

REDUCE = "Wij verlagen uw huishoudelijke ondersteuning van 4 naar 2 uur per week, met ingang van de datum van deze brief."


def test_reduction_without_transition_fires(tmp_path):
    found = hits(tmp_path, HEAD + REDUCE + SIGN, "OVERGANGSTERMIJN")
    assert len(found) == 1 and "overgangstermijn" in found[0].message and "verlagen" in found[0].message


@pytest.mark.parametrize("sentence", [
    "U houdt uw huidige 4 uur per week tot en met 31 augustus 2025.",
    "Er geldt een overgangstermijn van acht weken.",
    "De hulp loopt nog zes weken door zoals nu, zodat u de taken anders kunt verdelen.",
])
def test_reduction_with_transition_passes(tmp_path, sentence):
    assert hits(tmp_path, HEAD + REDUCE + " " + sentence + SIGN, "OVERGANGSTERMIJN") == []


def test_ending_that_takes_effect_months_later_passes(tmp_path):
    text = HEAD + "Wij beëindigen uw begeleiding. De begeleiding stopt op 1 oktober 2025, omdat u naar een Wlz-instelling verhuist." + SIGN
    assert hits(tmp_path, text, "OVERGANGSTERMIJN") == []


@pytest.mark.parametrize("last_day, fires", [("13 juni 2025", True), ("31 augustus 2025", False)])
def test_the_last_day_counts_as_the_effective_date(tmp_path, last_day, fires):
    # the letter is dated 2 juni 2025: eleven days is no transition period, three months is
    text = HEAD + f"Ons besluit\nUw begeleiding stopt. De laatste dag is {last_day}. Daarna krijgt u geen begeleiding meer." + SIGN
    assert bool(hits(tmp_path, text, "OVERGANGSTERMIJN")) is fires


def test_increase_needs_no_transition(tmp_path):
    text = HEAD + "Wij verhogen uw huishoudelijke ondersteuning: u krijgt voortaan 4 uur per week in plaats van 3 uur." + SIGN
    assert hits(tmp_path, text, "OVERGANGSTERMIJN") == []


# --- ONDERZOEK-VERMELD -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Op 12 mei 2025 kwam onze consulent bij u thuis. Het verslag van dat gesprek kreeg u op 19 mei 2025.",
    "Naar aanleiding van het keukentafelgesprek d.d. 12-05-2025 is u een gespreksverslag toegezonden, dat u op 20 mei 2025 voor akkoord heeft ondertekend.",
])
def test_onderzoek_mentioned_passes(tmp_path, sentence):
    assert hits(tmp_path, HEAD + sentence + "\n\n" + GRANT + SIGN, "ONDERZOEK-VERMELD") == []


def test_onderzoek_without_date_and_verslag_fires(tmp_path):
    found = hits(tmp_path, HEAD + "Wij hebben een gesprek met u gehad.\n\n" + GRANT + SIGN, "ONDERZOEK-VERMELD")
    assert len(found) == 1
    assert "zonder datum" in found[0].message and "verslag" in found[0].message


def test_verslag_not_said_to_be_given_fires(tmp_path):
    text = HEAD + "Op 12 mei 2025 hebben wij met u gesproken. Van het onderzoek is een verslag gemaakt.\n\n" + GRANT + SIGN
    found = hits(tmp_path, text, "ONDERZOEK-VERMELD")
    assert len(found) == 1 and "gekregen" in found[0].message


# --- ONDERTEKENING -----------------------------------------------------------------------------

@pytest.mark.parametrize("closing", [
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Voorbeeldstad,\nK. Smit, teamleider",
    "Hoogachtend,\nHet college van burgemeester en wethouders van Voorbeeldstad,\nnamens deze,\nK. Smit",
    "Met vriendelijke groet,\nB&W Voorbeeldstad\nK. Smit",
])
def test_signature_on_behalf_of_college_passes(tmp_path, closing):
    assert hits(tmp_path, HEAD + GRANT + "\n\n" + closing + "\n", "ONDERTEKENING") == []


def test_college_signature_directly_after_the_bezwaar_paragraph_passes(tmp_path):
    # no "Met vriendelijke groet": the college line itself opens the signature
    text = HEAD + GRANT + ("\n\nBezwaar\nU kunt binnen zes weken bezwaar maken bij het college van burgemeester en "
                           "wethouders.\n\nHet college van burgemeester en wethouders van Voorbeeldstad,\nnamens deze,"
                           "\n\nK. Smit\nteamleider Wmo\n")
    assert hits(tmp_path, text, "ONDERTEKENING") == []


def test_consultant_signature_fires(tmp_path):
    text = HEAD + GRANT + ("\n\nBezwaar\nU kunt binnen zes weken bezwaar maken bij het college van burgemeester en wethouders."
                           "\n\nMet vriendelijke groet,\n\nSanne de Boer\nWmo-consulent\n")
    found = hits(tmp_path, text, "ONDERTEKENING")
    assert len(found) == 1 and "namens het college" in found[0].message and "Sanne de Boer" in found[0].message


def test_missing_letter_date_fires(tmp_path):
    text = "Gemeente Voorbeeldstad\n\nGeachte heer Bos,\n\n" + GRANT + SIGN
    found = hits(tmp_path, text, "ONDERTEKENING")
    assert len(found) == 1 and "dagtekening" in found[0].message


def test_place_and_date_line_counts(tmp_path):
    text = "Voorbeeldstad, 2 juni 2025\n\nGeachte heer Bos,\n\n" + GRANT + SIGN
    assert hits(tmp_path, text, "ONDERTEKENING") == []


# --- VAAG-TAALGEBRUIK --------------------------------------------------------------------------

@pytest.mark.parametrize("dictum, word", [
    ("Wij kennen u in principe 3 uur huishoudelijke ondersteuning per week toe.", "in principe"),
    ("Besluit\nU krijgt voorlopig 2 dagdelen dagbesteding per week.", "voorlopig"),
    ("Besluit\n- Omvang: 3 uur per week, zo nodig meer\n- Start: naar verwachting 1 juli 2025", "zo nodig"),
])
def test_hedge_in_dictum_fires(tmp_path, dictum, word):
    found = hits(tmp_path, HEAD + dictum + SIGN, "VAAG-TAALGEBRUIK")
    assert word in {f.location.quote.lower() for f in found}


@pytest.mark.parametrize("text", [
    "U vertelde: 'Ik wil eventueel ook hulp bij de was.'\n\nBesluit\nWij kennen u 3 uur huishoudelijke ondersteuning per week toe.",
    "Uw situatie\nMogelijk wordt uw rug nog slechter.\n\nBesluit\nWij kennen u 3 uur huishoudelijke ondersteuning per week toe.",
    "Besluit\nWij kennen u 3 uur huishoudelijke ondersteuning per week toe. Wilt u eventueel een pgb? Neem dan contact met ons op.",
    "Besluit\nWij kennen u 3 uur huishoudelijke ondersteuning per week toe.\n\nBezwaar\nU kunt ook een voorlopige voorziening vragen bij de rechtbank.",
])
def test_hedges_outside_the_dictum_do_not_count(tmp_path, text):
    assert hits(tmp_path, HEAD + text + SIGN, "VAAG-TAALGEBRUIK") == []


def test_good_letter_is_clean_for_these_rules(tmp_path):
    rules = ["VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE", "ONDERZOEK-VERMELD", "ONDERTEKENING", "VAAG-TAALGEBRUIK"]
    assert check_file(write(tmp_path, GOOD_LETTER), select=rules).findings == []
