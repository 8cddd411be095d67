"""The VERSLAG-* rules both ways, on short reports in several house styles."""

from __future__ import annotations

import pytest

from wmo_docs.check import check_file
from tests.check.conftest import save_docx, write

# a formal report with every step
FORMAL = """\
Verslag van onderzoek Wmo

Gegevens van het gesprek
Datum gesprek: 3 juni 2025
Plaats: bij cliënt thuis
Aanwezig: de heer Veenstra, zijn dochter Ilse en Wmo-consulent P. Dijkstra
Cliëntondersteuning: gewezen op gratis cliëntondersteuning; meneer heeft daar geen gebruik van gemaakt.
Persoonlijk plan: meneer is gewezen op het persoonlijk plan en heeft er geen ingediend.

Hulpvraag
Meneer wil zelfstandig naar de supermarkt en naar zijn kleinkinderen kunnen.

Beperkingen per levensgebied
Mobiliteit: door hartfalen kan meneer niet verder lopen dan vijftig meter; fietsen lukt niet meer.
Sociale contacten: meneer komt weinig buiten en mist zijn familie.

Ondersteuningsbehoefte
Meneer heeft een vervoermiddel nodig voor korte afstanden in de wijk: een scootmobiel.

Eigen kracht
Meneer heeft geen auto en kan de bus niet halen.

Conclusie en advies
Wij adviseren een scootmobiel in bruikleen, omdat meneer zich anders niet zelfstandig kan verplaatsen.

Reactie van de cliënt
Meneer kan binnen tien dagen opmerkingen toevoegen of het verslag voor akkoord tekenen.
"""

# a B1 report with question headings and prose
B1 = """\
Verslag van ons gesprek

Op 3 juni 2025 waren wij bij u thuis. Uw dochter Ilse was er ook bij. Wij vertelden u over gratis hulp van een cliëntondersteuner. U wilde dat niet. U heeft geen persoonlijk plan gemaakt.

Wat is uw vraag?
U wilt weer zelf naar de winkel en naar uw kleinkinderen kunnen.

Hoe gaat het nu?
U heeft hartfalen. U kunt niet verder lopen dan vijftig meter. Fietsen lukt niet meer.

Wat heeft u nodig?
U heeft een scootmobiel nodig voor korte ritten in de wijk.

Wat vinden wij?
Wij adviseren een scootmobiel, omdat u zich anders niet zelf kunt verplaatsen.

Wat vindt u ervan?
Klopt er iets niet? Laat het ons binnen tien dagen weten. Bent u het eens? Zet dan uw handtekening.
"""

ALL = ["VERSLAG-GESPREK", "VERSLAG-HULPVRAAG", "VERSLAG-BEPERKINGEN", "VERSLAG-ONDERSTEUNINGSBEHOEFTE",
       "VERSLAG-CONCLUSIE", "VERSLAG-REACTIE"]


def fired(tmp_path, text: str, name: str = "verslag.txt") -> dict[str, list]:
    report = check_file(write(tmp_path, text, name), select=ALL, document="rapportage")
    out: dict[str, list] = {}
    for f in report.findings:
        out.setdefault(f.rule, []).append(f)
    return out


@pytest.mark.parametrize("text", [FORMAL, B1], ids=["formeel", "b1"])
def test_complete_reports_pass(tmp_path, text):
    assert fired(tmp_path, text) == {}


def test_table_style_report_passes(tmp_path):
    rows = [("Datum gesprek", "3 juni 2025"), ("Plaats", "bij cliënt thuis"), ("Aanwezig", "meneer en zijn dochter"),
            ("Cliëntondersteuning", "aangeboden, niet gewenst"), ("Persoonlijk plan", "niet ingediend"),
            ("Hulpvraag", "Meneer wil zelfstandig boodschappen kunnen doen in de wijk."),
            ("Beperkingen", "Mobiliteit: meneer kan door hartfalen niet verder lopen dan vijftig meter."),
            ("Ondersteuningsbehoefte", "Een scootmobiel voor korte afstanden."),
            ("Advies", "Wij adviseren een scootmobiel in bruikleen, omdat lopen en fietsen niet lukken."),
            ("Reactie cliënt", "Meneer heeft het verslag voor akkoord getekend.")]

    def build(d):
        d.add_paragraph("Verslag van onderzoek Wmo")
        t = d.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = label, value

    report = check_file(save_docx(tmp_path, build), select=ALL, document="rapportage")
    assert report.findings == []


def test_empty_hulpvraag_heading_fires_and_quotes_the_label(tmp_path):
    text = FORMAL.replace("Meneer wil zelfstandig naar de supermarkt en naar zijn kleinkinderen kunnen.", "n.v.t.")
    hits = fired(tmp_path, text)["VERSLAG-HULPVRAAG"]
    assert len(hits) == 1 and "Hulpvraag" in hits[0].message and "n.v.t." in hits[0].message


def test_missing_steps_fire(tmp_path):
    text = """\
Verslag van onderzoek Wmo

Datum gesprek: 3 juni 2025. Aanwezig: meneer Veenstra.

Eigen kracht
Meneer heeft geen auto en kan niet verder lopen dan vijftig meter.

Mantelzorg
Zijn dochter woont in Spanje en kan niet helpen.
"""
    got = fired(tmp_path, text)
    assert set(got) == set(ALL)
    gesprek = got["VERSLAG-GESPREK"][0].message
    assert "plaats" in gesprek and "cliëntondersteuning" in gesprek and "persoonlijk plan" in gesprek
    assert "datum" not in gesprek  # the date is there


def test_limitations_only_in_the_layers_do_not_count(tmp_path):
    text = FORMAL.replace("Beperkingen per levensgebied\nMobiliteit: door hartfalen kan meneer niet verder lopen dan vijftig meter; fietsen lukt niet meer.\nSociale contacten: meneer komt weinig buiten en mist zijn familie.\n\n", "")
    assert "VERSLAG-BEPERKINGEN" in fired(tmp_path, text)


def test_need_without_omvang_fires(tmp_path):
    text = FORMAL.replace("Meneer heeft een vervoermiddel nodig voor korte afstanden in de wijk: een scootmobiel.",
                          "Meneer heeft hulp nodig bij het huishouden.").replace(
        "Wij adviseren een scootmobiel in bruikleen, omdat meneer zich anders niet zelfstandig kan verplaatsen.",
        "Wij adviseren huishoudelijke ondersteuning, omdat meneer niet kan schoonmaken.")
    hits = fired(tmp_path, text)["VERSLAG-ONDERSTEUNINGSBEHOEFTE"]
    assert len(hits) == 1 and "hoeveel" in hits[0].message


def test_need_stated_in_the_advice_counts(tmp_path):
    text = FORMAL.replace("Ondersteuningsbehoefte\nMeneer heeft een vervoermiddel nodig voor korte afstanden in de wijk: een scootmobiel.\n\n", "")
    assert "VERSLAG-ONDERSTEUNINGSBEHOEFTE" not in fired(tmp_path, text)


def test_empty_conclusion_fires(tmp_path):
    text = FORMAL.replace("Wij adviseren een scootmobiel in bruikleen, omdat meneer zich anders niet zelfstandig kan verplaatsen.", "-")
    hits = fired(tmp_path, text)["VERSLAG-CONCLUSIE"]
    assert len(hits) == 1 and "Conclusie en advies" in hits[0].message


def test_missing_reaction_fires(tmp_path):
    text = B1.split("Wat vindt u ervan?")[0]
    assert "VERSLAG-REACTIE" in fired(tmp_path, text)


def test_clientondersteuning_nvt_does_not_count(tmp_path):
    text = FORMAL.replace("Cliëntondersteuning: gewezen op gratis cliëntondersteuning; meneer heeft daar geen gebruik van gemaakt.",
                          "Cliëntondersteuning: n.v.t.")
    hits = fired(tmp_path, text)["VERSLAG-GESPREK"]
    assert "cliëntondersteuning" in hits[0].message and "plaats" not in hits[0].message


def test_gesprek_date_with_the_weekday_counts(tmp_path):
    text = FORMAL.replace("Datum gesprek: 3 juni 2025", "Datum: dinsdag 3 juni 2025, 14.00-15.30 uur")
    assert "VERSLAG-GESPREK" not in fired(tmp_path, text)


@pytest.mark.parametrize(
    "step, old, new",
    [
        ("VERSLAG-HULPVRAAG", "Meneer wil zelfstandig naar de supermarkt en naar zijn kleinkinderen kunnen.",
         "Zie het meldingsformulier d.d. 12-05-2025."),
        ("VERSLAG-BEPERKINGEN",
         "Mobiliteit: door hartfalen kan meneer niet verder lopen dan vijftig meter; fietsen lukt niet meer.\n"
         "Sociale contacten: meneer komt weinig buiten en mist zijn familie.",
         "Hartfalen, zie brief cardioloog d.d. 2 mei 2025."),
    ],
)
def test_a_step_that_only_points_to_another_document_fires(tmp_path, step, old, new):
    assert old in FORMAL
    assert step in fired(tmp_path, FORMAL.replace(old, new))


def test_a_step_with_its_own_words_and_a_pointer_counts(tmp_path):
    old = "Meneer wil zelfstandig naar de supermarkt en naar zijn kleinkinderen kunnen."
    text = FORMAL.replace(old, old[:-1] + " (zie ook het meldingsformulier).")
    assert "VERSLAG-HULPVRAAG" not in fired(tmp_path, text)


def test_a_template_field_left_under_the_conclusion_fires(tmp_path):
    old = "Wij adviseren een scootmobiel in bruikleen, omdat meneer zich anders niet zelfstandig kan verplaatsen."
    text = FORMAL.replace(old, "{{ conclusie_advies }}").replace(
        "Meneer heeft geen auto en kan de bus niet halen.",
        "Meneer heeft geen auto en kan de bus niet halen. Wij hebben bekeken of hij in aanmerking komt voor "
        "vervoer van de zorgverzekeraar; dat is niet zo.")
    assert "VERSLAG-CONCLUSIE" in fired(tmp_path, text)


def test_a_life_area_label_starting_with_dag_is_no_salutation(tmp_path):
    # "Dag invullen: …" must not make everything above it the letterhead of a report
    text = FORMAL.replace("Sociale contacten: meneer komt weinig buiten en mist zijn familie.",
                          "Sociale contacten: meneer komt weinig buiten en mist zijn familie.\n\n"
                          "Dag invullen: meneer kan zijn dag niet meer zelf invullen.")
    assert fired(tmp_path, text) == {}
