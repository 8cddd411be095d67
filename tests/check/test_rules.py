"""Each rule both ways, on short realistic drafts in several house styles."""

from __future__ import annotations

import pytest

from wmo_docs.check import check_file
from tests.check.conftest import GOOD_LETTER, rules_fired, write

SELF = "Wat kunt u zelf?\nU kunt zelf nog lichte taken doen, zoals afwassen en koken. Stofzuigen en de was doen lukken door uw rugklachten niet meer.\n"
HOUSE = "Huisgenoten\nU woont alleen sinds uw man is overleden.\n"
NETWORK = "Familie en netwerk\nUw dochter woont in Spanje en kan geen mantelzorg bieden. Uw buren doen soms een boodschap, maar structurele hulp kunnen zij niet geven.\n"
GENERAL = "Algemene voorzieningen\nDe boodschappendienst kan uw boodschappen doen, maar lost het schoonmaken niet op.\n"
OTHER_LAW = "Andere wetten\nUw zorgverzekeraar vergoedt geen hulp bij het huishouden, omdat dat niet onder de Zorgverzekeringswet valt.\n"
DICTUM = "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe, omdat u het zware huishouden niet zelf kunt doen en niemand dat van u kan overnemen."
GRONDSLAG = "Dit besluit is gebaseerd op artikel 2.3.5, derde lid, van de Wmo 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025."
BEZWAAR = "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders. Stuur een brief (bezwaarschrift) naar Postbus 100, 9990 AA Voorbeeldstad."
LAYER_RULES = {
    "AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
    "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING", "AFWEGING-VOORLIGGENDE-VOORZIENING",
}


def variant(*replacements: tuple[str, str]) -> str:
    text = GOOD_LETTER
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_good_letter_is_clean(tmp_path):
    assert rules_fired(tmp_path, GOOD_LETTER) == set()


# --- layer rules -----------------------------------------------------------------------------

def test_implicit_eigen_kracht_in_the_reasons_counts(tmp_path):
    # "omdat u het zware huishouden niet zelf kunt doen" links a fact to eigen kracht
    assert "AFWEGING-EIGEN-KRACHT" not in rules_fired(tmp_path, variant((SELF, "")))


def test_eigen_kracht_nvt_fires_and_quotes(tmp_path):
    report = check_file(write(tmp_path, variant((SELF, "Eigen kracht: n.v.t.\n"))))
    hits = [f for f in report.findings if f.rule == "AFWEGING-EIGEN-KRACHT"]
    assert len(hits) == 1
    assert "n.v.t." in hits[0].message and hits[0].location.quote == "Eigen kracht: n.v.t."


def test_nvt_with_reason_counts(tmp_path):
    text = variant((SELF, "Eigen kracht: niet van toepassing, want u kunt door uw beperkingen geen enkele huishoudelijke taak meer doen.\n"))
    assert "AFWEGING-EIGEN-KRACHT" not in rules_fired(tmp_path, text)


def test_boilerplate_sentence_does_not_count(tmp_path):
    text = variant(
        (SELF, "Bij het onderzoek kijken wij naar eigen kracht, mantelzorg en algemene voorzieningen.\n"),
        (NETWORK, "Netwerk\nUw buren helpen soms, maar structurele hulp kunnen zij niet geven.\n"),
        (GENERAL, ""),
        (DICTUM, "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe."),
    )
    fired = rules_fired(tmp_path, text)
    assert {"AFWEGING-EIGEN-KRACHT", "AFWEGING-MANTELZORG", "AFWEGING-ALGEMENE-VOORZIENING"} <= fired
    assert "AFWEGING-SOCIAAL-NETWERK" not in fired


@pytest.mark.parametrize(
    "listing",
    [
        "Wij hebben rekening gehouden met uw eigen kracht, de gebruikelijke hulp van huisgenoten, mantelzorg, "
        "het sociale netwerk en algemene voorzieningen.",
        "In het onderzoek zijn de eigen mogelijkheden, gebruikelijke hulp door de partner of huisgenoten, "
        "de inzet van mantelzorgers en algemene voorzieningen meegewogen.",
        "Daarbij is gekeken naar wat u zelf kunt, de hulp van uw huisgenoten, uw mantelzorgers, "
        "uw sociale netwerk en de algemene voorzieningen in de wijk.",
    ],
)
def test_a_list_of_layers_naming_people_only_as_layer_terms_weighs_nothing(tmp_path, listing):
    text = variant(
        (SELF, listing + "\n"),
        (HOUSE, ""),
        (NETWORK, ""),
        (GENERAL, ""),
        (DICTUM, "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe."),
    )
    fired = rules_fired(tmp_path, text)
    assert {"AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
            "AFWEGING-ALGEMENE-VOORZIENING"} <= fired


def test_a_list_of_four_layers_inside_a_conclusion_weighs_nothing(tmp_path):
    listing = ("Het college concludeert dat u niet langer bent aangewezen op hulp, aangezien in uw situatie, rekening "
               "houdend met eigen kracht, gebruikelijke hulp, mantelzorg en het sociale netwerk, geen tekort bestaat.")
    text = variant((SELF, listing + "\n"), (HOUSE, ""), (NETWORK, ""),
                   (DICTUM, "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe."))
    assert {"AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
            "AFWEGING-SOCIAAL-NETWERK"} <= rules_fired(tmp_path, text)


def test_a_list_sentence_with_the_residents_own_people_still_weighs(tmp_path):
    text = variant((HOUSE, "Huisgenoten\nUw eigen kracht, gebruikelijke hulp en mantelzorg zijn besproken: uw zoon "
                           "woont bij u en doet de boodschappen en de was.\n"))
    assert "AFWEGING-GEBRUIKELIJKE-HULP" not in rules_fired(tmp_path, text)


def test_an_empty_label_followed_by_another_label_does_not_count(tmp_path):
    # form style: "Voorliggende voorzieningen:" left empty, the next "Label: …" line is its own topic
    text = variant((OTHER_LAW, "Andere wetten:\n\nLopende Wmo: u gaat 2 dagdelen per week naar de dagbesteding.\n"))
    assert "AFWEGING-VOORLIGGENDE-VOORZIENING" in rules_fired(tmp_path, text)


def test_a_pgb_paragraph_saying_what_you_arrange_yourself_does_not_undo_the_weighing(tmp_path):
    text = variant(
        (SELF, "Uw situatie\nAfwassen en koken doet u nog zelf, want dat kan zittend. Stofzuigen lukt door uw rugklachten niet meer.\n"),
        (BEZWAAR, BEZWAAR + "\n\nLiever een pgb?\nDan koopt u de hulp zelf in. Wij leggen uit wat u dan zelf moet regelen."),
    )
    assert "AFWEGING-EIGEN-KRACHT" not in rules_fired(tmp_path, text)


def test_run_in_labels_keep_their_topic_over_the_paragraph(tmp_path):
    # numbered run-in labels as in juridical letters: "3.4 Mantelzorg en sociaal netwerk. Uw zoon …"
    text = variant(
        (NETWORK, "3.4 Mantelzorg en sociaal netwerk. Uw zoon haalt u elke week op voor een bezoek aan uw "
                  "kleinkinderen. Meer kan hij naast zijn werk niet doen.\n"),
        (GENERAL, "3.5 Algemene voorzieningen. Voor ritten in de gemeente kunt u het vrijwilligersvervoer gebruiken, "
                  "maar dat lost het schoonmaken niet op.\n"),
    )
    fired = rules_fired(tmp_path, text)
    assert not fired & {"AFWEGING-MANTELZORG", "AFWEGING-SOCIAAL-NETWERK", "AFWEGING-ALGEMENE-VOORZIENING"}


def test_a_short_sentence_that_goes_on_about_the_one_before_weighs(tmp_path):
    text = variant((OTHER_LAW, "Uw gezondheid\nNa uw operatie komt er twee keer per week iemand om uw wond te verzorgen. "
                               "Dat betaalt uw zorgverzekering.\n"))
    assert "AFWEGING-VOORLIGGENDE-VOORZIENING" not in rules_fired(tmp_path, text)


def test_zelf_regelen_with_a_pgb_is_no_eigen_kracht(tmp_path):
    text = variant(
        (SELF, "Wilt u de hulp liever zelf regelen? Dan kunt u kiezen voor een pgb. Bel ons als u dat wilt.\n"),
        (DICTUM, "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe."),
    )
    assert "AFWEGING-EIGEN-KRACHT" in rules_fired(tmp_path, text)


def test_a_pointer_to_a_bijlage_that_lists_the_people_weighs_nothing(tmp_path):
    text = variant(
        (HOUSE, ""),
        (NETWORK, "In de bijlage leest u wat uw zoon, uw kleinkinderen en uw buren voor u kunnen doen. "
                  "U wilt graag zelf naar uw zus in het dorp kunnen.\n"),
    )
    fired = rules_fired(tmp_path, text)
    assert {"AFWEGING-MANTELZORG", "AFWEGING-SOCIAAL-NETWERK"} <= fired


def test_question_headings_set_their_topic_by_their_people(tmp_path):
    text = variant(
        (HOUSE, "Woont er iemand bij u in huis?\nNee. U woont alleen sinds uw man is overleden.\n"),
        (NETWORK, "Wat doen uw kinderen?\nUw dochter woont in Spanje en belt elke dag. Het schoonmaken kan zij niet doen.\n\n"
                  "Wat doen uw buren en kennissen?\nUw buurvrouw haalt soms iets bij de bakker. Vaste hulp kan zij niet geven.\n"),
    )
    fired = rules_fired(tmp_path, text)
    assert not fired & {"AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG", "AFWEGING-SOCIAAL-NETWERK"}


LAW_RECITED = ("Op grond van artikel 2.3.5, derde lid, van de Wmo 2015 verstrekt het college een maatwerkvoorziening "
               "voor zover de cliënt zijn beperkingen niet op eigen kracht, met gebruikelijke hulp, met mantelzorg of "
               "met hulp van zijn sociale netwerk kan verminderen.")


def test_the_law_recited_weighs_no_layer(tmp_path):
    text = variant((SELF, LAW_RECITED + "\n"), (HOUSE, ""), (NETWORK, ""),
                   (DICTUM, "Wij kennen u 3 uur huishoudelijke ondersteuning per week toe."))
    assert {"AFWEGING-EIGEN-KRACHT", "AFWEGING-GEBRUIKELIJKE-HULP", "AFWEGING-MANTELZORG",
            "AFWEGING-SOCIAAL-NETWERK"} <= rules_fired(tmp_path, text)


def test_the_law_recited_does_not_undo_the_weighing_that_follows(tmp_path):
    assert not rules_fired(tmp_path, variant((SELF, LAW_RECITED + "\n\n" + SELF))) & LAYER_RULES


def test_heading_without_content_does_not_count(tmp_path):
    text = variant((NETWORK, "Mantelzorg\n\nSociaal netwerk\nUw buren helpen soms, maar structurele hulp kunnen zij niet geven.\n"))
    fired = rules_fired(tmp_path, text)
    assert "AFWEGING-MANTELZORG" in fired
    assert "AFWEGING-SOCIAAL-NETWERK" not in fired


def test_partner_doing_laundry_is_gebruikelijke_hulp_without_the_term(tmp_path):
    text = variant((HOUSE, "Uw situatie\nUw echtgenoot werkt overdag, maar kan 's avonds de was en de boodschappen doen.\n"))
    assert "AFWEGING-GEBRUIKELIJKE-HULP" not in rules_fired(tmp_path, text)


def test_missing_gebruikelijke_hulp_fires_with_place(tmp_path):
    report = check_file(write(tmp_path, variant((HOUSE, ""))))
    hits = [f for f in report.findings if f.rule == "AFWEGING-GEBRUIKELIJKE-HULP"]
    assert len(hits) == 1 and "huisgenoten" in hits[0].message
    assert hits[0].severity.value == "error"


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw zoon woont in Groningen en komt één keer per maand langs; meer hulp kan hij niet geven.",
        "Uw kinderen werken allemaal fulltime en kunnen het huishouden niet van u overnemen.",
        "Mantelzorg is er niet: uw enige broer is zelf ziek.",
    ],
)
def test_mantelzorg_in_other_wordings(tmp_path, sentence):
    text = variant((NETWORK, f"Hulp van anderen\n{sentence} Vrienden en buren kunnen u niet structureel helpen.\n"))
    fired = rules_fired(tmp_path, text)
    assert "AFWEGING-MANTELZORG" not in fired
    assert "AFWEGING-SOCIAAL-NETWERK" not in fired


def test_no_family_at_all_fires_mantelzorg(tmp_path):
    text = variant((NETWORK, ""))
    fired = rules_fired(tmp_path, text)
    assert {"AFWEGING-MANTELZORG", "AFWEGING-SOCIAAL-NETWERK"} <= fired


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt terecht in de buurtkamer, maar daar wordt uw huis niet schoongemaakt.",
        "Het wijkteam heeft u al vier maanden begeleid; dat was niet genoeg.",
        "Tafeltje-dekje brengt warme maaltijden, daarom hoeft u niet zelf te koken.",
    ],
)
def test_algemene_voorziening_named_services(tmp_path, sentence):
    text = variant((GENERAL, f"Voorzieningen in de wijk\n{sentence}\n"))
    assert "AFWEGING-ALGEMENE-VOORZIENING" not in rules_fired(tmp_path, text)


def test_algemene_voorziening_missing_fires(tmp_path):
    assert "AFWEGING-ALGEMENE-VOORZIENING" in rules_fired(tmp_path, variant((GENERAL, "")))


@pytest.mark.parametrize(
    "sentence",
    [
        "De wijkverpleging helpt u al bij het douchen; bij het huishouden helpt zij niet.",
        "U heeft geen Wlz-indicatie, omdat u niet blijvend 24 uur per dag zorg nodig heeft.",
        "Uw zorgverzekeraar vergoedt de douchestoel niet.",
    ],
)
def test_voorliggende_voorziening_wordings(tmp_path, sentence):
    text = variant((OTHER_LAW, f"Zorg uit andere wetten\n{sentence}\n"))
    assert "AFWEGING-VOORLIGGENDE-VOORZIENING" not in rules_fired(tmp_path, text)


def test_voorliggende_missing_is_a_warning(tmp_path):
    report = check_file(write(tmp_path, variant((OTHER_LAW, ""))))
    hits = [f for f in report.findings if f.rule == "AFWEGING-VOORLIGGENDE-VOORZIENING"]
    assert [h.severity.value for h in hits] == ["warning"]


def test_attached_verslag_that_is_part_of_the_decision_counts(tmp_path):
    text = variant(
        (SELF, ""), (HOUSE, ""), (NETWORK, ""), (GENERAL, ""), (OTHER_LAW, ""),
        ("Op 10 maart 2025 hebben wij met u een gesprek gehad bij u thuis.",
         "Op 10 maart 2025 hebben wij met u een gesprek gehad bij u thuis. Het verslag van dat onderzoek sturen wij mee als bijlage. Het verslag maakt deel uit van dit besluit."),
    )
    assert not (rules_fired(tmp_path, text) & LAYER_RULES)


def test_verslag_not_attached_weighs_nothing(tmp_path):
    text = variant(
        (SELF, ""), (HOUSE, ""), (NETWORK, ""), (GENERAL, ""), (OTHER_LAW, ""),
        ("Op 10 maart 2025 hebben wij met u een gesprek gehad bij u thuis.",
         "Op 10 maart 2025 hebben wij met u een gesprek gehad. Voor de afweging verwijzen wij naar het verslag van het onderzoek."),
    )
    report = check_file(write(tmp_path, text))
    hits = [f for f in report.findings if f.rule == "AFWEGING-MANTELZORG"]
    assert hits and "verslag" in hits[0].message


def test_rapportage_in_third_person_table_style(tmp_path):
    text = """\
Verslag van onderzoek Wmo

Datum gesprek: 12 februari 2025. Aanwezig bij het gesprek: mevrouw Bakker en haar zoon.
Plaats: bij mevrouw thuis.
Cliëntondersteuning: aangeboden; mevrouw wilde dat niet.
Persoonlijk plan: mevrouw heeft geen persoonlijk plan ingediend.

Hulpvraag
Mevrouw wil graag dat haar huis schoon blijft.

Beperkingen
Huishouden: door artrose in beide knieën kan mevrouw niet stofzuigen, dweilen of bedden verschonen.

Eigen kracht
Mevrouw kan zelf nog koken en de afwas doen, maar kan niet meer bukken of tillen.

Gebruikelijke hulp
Mevrouw woont samen met haar partner. Hij heeft dementie en kan geen taken overnemen.

Mantelzorg
Haar zoon woont in Zwolle en komt wekelijks; hij doet de administratie, meer kan hij niet.

Netwerk
Mevrouw heeft weinig contact met de buren; vrienden zijn er niet in de buurt.

Algemene voorzieningen
De was- en strijkservice is besproken; mevrouw gaat die gebruiken voor de was.

Voorliggende voorzieningen
Er is geen Wlz-indicatie en de zorgverzekeraar vergoedt geen huishoudelijke hulp.

Conclusie en advies
Wij adviseren huishoudelijke ondersteuning van 2 uur per week.

Reactie
Mevrouw kan binnen tien dagen reageren op dit verslag of het voor akkoord tekenen.
"""
    report = check_file(write(tmp_path, text, "verslag.txt"))
    assert report.document == "rapportage"
    assert {f.rule for f in report.findings} == set()
    assert "AFWEGING-MANTELZORG" in rules_fired(tmp_path, text.replace("Haar zoon woont in Zwolle en komt wekelijks; hij doet de administratie, meer kan hij niet.", "N.v.t."), "v2.txt")


# --- BESLUIT-MOTIVERING ----------------------------------------------------------------------

def test_bare_decision_fires(tmp_path):
    text = """\
Beschikking

Geachte heer De Boer,

Wij kennen u een scootmobiel toe.

Dit besluit is gebaseerd op artikel 2.3.5 van de Wmo 2015 en artikel 11 van de verordening.
"""
    report = check_file(write(tmp_path, text), select=["BESLUIT-MOTIVERING"])
    assert [f.rule for f in report.findings] == ["BESLUIT-MOTIVERING"]
    assert "Wij kennen u een scootmobiel toe" in report.findings[0].message


def test_boilerplate_only_motivation_fires(tmp_path):
    text = """\
Beschikking

Wij hebben uw aanvraag beoordeeld. Bij het onderzoek kijken wij altijd naar eigen kracht, mantelzorg en algemene voorzieningen.

Wij wijzen uw aanvraag voor een traplift af.
"""
    assert "BESLUIT-MOTIVERING" in rules_fired(tmp_path, text, select=["BESLUIT-MOTIVERING"])


def test_refusal_with_case_reason_passes(tmp_path):
    text = """\
Beschikking

Wij wijzen uw aanvraag voor een traplift af. Uit het onderzoek blijkt dat u de trap nog zelf kunt lopen, omdat uw knieklachten na de operatie zijn verdwenen.
"""
    report = check_file(write(tmp_path, text), select=["BESLUIT-MOTIVERING"])
    assert report.soort == "afwijzing" and report.findings == []


def test_each_voorziening_needs_its_own_motivation(tmp_path):
    text = """\
Besluit huishoudelijke ondersteuning
Omdat u door uw longziekte niet meer kunt stofzuigen, kennen wij u 2 uur huishoudelijke ondersteuning per week toe.

Besluit scootmobiel
Wij kennen u ook een scootmobiel toe.
"""
    report = check_file(write(tmp_path, text), select=["BESLUIT-MOTIVERING"], document="beschikking")
    hits = [f for f in report.findings if f.rule == "BESLUIT-MOTIVERING"]
    assert len(hits) == 1 and "scootmobiel" in hits[0].message


# --- BESLUIT-GRONDSLAG -----------------------------------------------------------------------

def test_grondslag_missing_fires_twice(tmp_path):
    report = check_file(write(tmp_path, variant((GRONDSLAG, "Dit besluit past binnen de regels."))), select=["BESLUIT-GRONDSLAG"])
    msgs = [f.message for f in report.findings]
    assert len(msgs) == 2
    assert any("Wmo 2015" in m for m in msgs) and any("verordening" in m.lower() for m in msgs)


def test_law_named_without_article_fires(tmp_path):
    report = check_file(write(tmp_path, variant((GRONDSLAG, "Dit besluit is genomen op grond van de Wmo 2015 en artikel 8 van de verordening."))), select=["BESLUIT-GRONDSLAG"])
    assert len(report.findings) == 1 and "niet het artikel" in report.findings[0].message


def test_grondslag_short_citation_style_passes(tmp_path):
    text = variant((GRONDSLAG, "Grondslag: art. 2.3.5 lid 3 Wmo; art. 8 lid 1 Verordening Wmo Voorbeeldstad 2025."))
    assert "BESLUIT-GRONDSLAG" not in rules_fired(tmp_path, text)


def test_grondslag_not_applied_to_rapportage(tmp_path):
    text = "Verslag van onderzoek\n\nHulpvraag\nMevrouw wil hulp bij het huishouden.\n"
    assert "BESLUIT-GRONDSLAG" not in rules_fired(tmp_path, text, select=["BESLUIT"])


# --- GRONDSLAG-ONBEKEND ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "citation, fires",
    [
        ("artikel 2.3.15 Wmo 2015", True),
        ("artikel 2.3.5, tiende lid, van de Wmo 2015", True),
        ("art. 2.3.5 lid 3 Wmo", False),
        ("artikelen 3:46 en 3:47 van de Algemene wet bestuursrecht", False),
        ("art. 3:99 Awb", True),
        ("artikel 30 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2025", True),
        ("artikel 8, vijfde lid, van de verordening", True),
        ("artikel 5, eerste lid, onder b, van de verordening", False),
        ("artikel 5, eerste lid, onder x, van de verordening", True),
    ],
)
def test_citations_resolve(tmp_path, citation, fires):
    text = f"Beschikking\n\nDit besluit berust op {citation}.\n"
    assert ("GRONDSLAG-ONBEKEND" in rules_fired(tmp_path, text, select=["GRONDSLAG-ONBEKEND"])) is fires


def test_unknown_article_message_quotes_citation(tmp_path):
    report = check_file(write(tmp_path, "Op grond van artikel 2.3.15 Wmo 2015 kennen wij u hulp toe.\n"), select=["GRONDSLAG-ONBEKEND"])
    f = report.findings[0]
    assert f.location.quote == "artikel 2.3.15 Wmo 2015" and "bestaat niet" in f.message


# --- BEZWAAR-CLAUSULE ------------------------------------------------------------------------

@pytest.mark.parametrize("term", ["vier weken", "30 dagen", "een maand", "4 weken"])
def test_wrong_objection_term_fires(tmp_path, term):
    report = check_file(write(tmp_path, variant(("binnen zes weken", f"binnen {term}")), ), select=["BEZWAAR-CLAUSULE"])
    assert [f.location.quote for f in report.findings] == [term]


def test_missing_objection_clause_fires(tmp_path):
    text = variant(("Bent u het niet eens met dit besluit?\n" + BEZWAAR + "\n", ""))
    report = check_file(write(tmp_path, text), select=["BEZWAAR-CLAUSULE"])
    assert len(report.findings) == 1 and "ontbreekt" in report.findings[0].message


def test_objection_without_college_and_how_fires(tmp_path):
    text = variant((BEZWAAR, "U kunt binnen zes weken bezwaar maken."))
    report = check_file(write(tmp_path, text), select=["BEZWAAR-CLAUSULE"])
    msgs = " ".join(f.message for f in report.findings)
    assert len(report.findings) == 2 and "college" in msgs and "hoe" in msgs


def test_receipt_term_in_objection_section_does_not_fire(tmp_path):
    text = variant((BEZWAAR, BEZWAAR + " Binnen twee weken na ontvangst van uw bezwaarschrift sturen wij u een ontvangstbevestiging."))
    assert "BEZWAAR-CLAUSULE" not in rules_fired(tmp_path, text)


def test_objection_clause_without_heading_in_other_wording(tmp_path):
    text = variant(
        ("Bent u het niet eens met dit besluit?\n" + BEZWAAR, "Tegen dit besluit kunt u binnen 6 weken na verzending een bezwaarschrift indienen bij ons college. Dat kan ook digitaal met DigiD."),
    )
    assert "BEZWAAR-CLAUSULE" not in rules_fired(tmp_path, text)


# --- PLACEHOLDER -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "snippet, quote",
    [
        ("Geachte {{ client.naam }},", "{{ client.naam }}"),
        ("{% if pgb %}U ontvangt een pgb.{% endif %}", "{% if pgb %}"),
        ("Geachte [NAAM],", "[NAAM]"),
        ("Kenmerk: XXX", "XXX"),
        ("Wij kennen u … uur per week toe.", "…"),
        ("Datum gesprek: ...", "..."),
        ("Adres: <invullen>", "<invullen>"),
        ("Geachte [naam cliënt],", "[naam cliënt]"),
    ],
)
def test_placeholders_fire(tmp_path, snippet, quote):
    report = check_file(write(tmp_path, f"Beschikking\n\n{snippet}\n"), select=["PLACEHOLDER"])
    assert quote in [f.location.quote for f in report.findings]


@pytest.mark.parametrize(
    "snippet",
    [
        "U kunt denken aan koken, wassen, ...",
        "Dit staat in artikel 2.3.5 van de Wmo 2015.",
        "Wij kennen u 3 uur per week toe (zie bijlage [1]).",
        "De heer X. de Vries woont in Voorbeeldstad.",
    ],
)
def test_placeholder_passes(tmp_path, snippet):
    assert rules_fired(tmp_path, f"Beschikking\n\n{snippet}\n", select=["PLACEHOLDER"]) == set()


# --- document kind and soort -----------------------------------------------------------------

@pytest.mark.parametrize(
    "dictum, soort",
    [
        ("Wij kennen u 3 uur huishoudelijke ondersteuning per week toe.", "toekenning"),
        ("Wij wijzen uw aanvraag voor huishoudelijke ondersteuning af.", "afwijzing"),
        ("Wij kennen u geen huishoudelijke ondersteuning toe.", "afwijzing"),
        ("Wij kennen u een scootmobiel toe. Uw aanvraag voor een traplift wijzen wij af.", "gedeeltelijke toekenning"),
        ("Wij verlagen uw huishoudelijke ondersteuning van 3 naar 2 uur per week.", "wijziging"),
        ("Wij beëindigen uw begeleiding per 1 juli 2025.", "beëindiging"),
    ],
)
def test_soort_detection(tmp_path, dictum, soort):
    text = f"Beschikking\n\nGeachte heer Smit,\n\nOns besluit\n{dictum}\n"
    assert check_file(write(tmp_path, text)).soort == soort


@pytest.mark.parametrize(
    "subject, dictum, soort",
    [
        # the old beschikking is withdrawn only to frame the new omvang: still a wijziging
        ("Onderwerp: wijziging van uw begeleiding",
         "Wij trekken uw beschikking van 4 januari 2024 in voor zover die gaat over 6 uur begeleiding. "
         "U krijgt vanaf 1 maart 2026 4 uur begeleiding per week.", "wijziging"),
        ("Betreft: herindicatie huishoudelijke hulp",
         "Het college wijzigt de omvang naar 2 uur per week. Het eerdere besluit wordt ingetrokken en vervangen door dit besluit.",
         "wijziging"),
        # a real ending stays one, also when the letter mentions a changed situation
        ("Onderwerp: beëindiging van uw begeleiding",
         "Uw situatie is gewijzigd. Wij beëindigen uw begeleiding per 1 juli 2026.", "beëindiging"),
    ],
)
def test_soort_of_a_withdrawal_that_frames_a_change(tmp_path, subject, dictum, soort):
    text = f"Beschikking\n\n{subject}\n\nGeachte heer Smit,\n\nOns besluit\n{dictum}\n"
    assert check_file(write(tmp_path, text)).soort == soort


@pytest.mark.parametrize(
    "dictum, soort",
    [
        ("Wij hebben besloten uw aanvraag voor een scootmobiel af te wijzen.", "afwijzing"),
        ("Het college heeft besloten u een traplift toe te kennen.", "toekenning"),
        ("Wij hebben besloten uw begeleiding per 1 mei 2026 stop te zetten.", "beëindiging"),
        # a condition and the law paraphrased are no decisions of their own
        ("Wij wijzen uw aanvraag af. Mocht uw situatie wijzigen, dan kunt u opnieuw een melding doen.", "afwijzing"),
        ("Wij wijzen uw aanvraag af. Volgens artikel 2.3.5 van de Wmo 2015 verstrekt het college een "
         "maatwerkvoorziening voor zover de beperkingen niet kunnen worden verminderd.", "afwijzing"),
        # a negation earlier in the clause of a verb-final grant verb
        ("Een rolstoel wordt niet door uw zorgverzekeraar verstrekt, zodat wij uw aanvraag afwijzen.", "afwijzing"),
        # a lead-in label makes the dictum wherever it stands; je-letters; "zeggen wij nee"
        ("Je krijgt dagbesteding, maar minder dan je vroeg: 2 dagdelen per week. Voor de andere 2 dagdelen "
         "zeggen wij nee.", "gedeeltelijke toekenning"),
        # numbered dictum lines with the decision as their value
        ("1. Huishoudelijke ondersteuning: toegekend\n2. Begeleiding individueel: afgewezen", "gedeeltelijke toekenning"),
        # the duty to report changes and a run-in heading are no wijziging
        ("Wij kennen u een douchestoel toe. 4.2 Wijzigingen. Wijzigingen in uw situatie moet u binnen "
         "twee weken aan ons doorgeven.", "toekenning"),
    ],
)
def test_soort_of_infinitive_dicta_conditions_and_norms(tmp_path, dictum, soort):
    text = f"Beschikking\n\nGeachte heer Smit,\n\nOns besluit\n{dictum}\n"
    assert check_file(write(tmp_path, text)).soort == soort


def test_a_decision_lead_in_outside_the_besluit_section(tmp_path):
    text = ("Beschikking\n\nGeachte heer Smit,\n\nIn het kort\nOns besluit: u krijgt geen vervoerspas. "
            "U kunt met de buurtbus reizen.\n")
    assert check_file(write(tmp_path, text)).soort == "afwijzing"


def test_a_letter_that_mentions_the_verslag_early_is_still_a_beschikking(tmp_path):
    text = ("De heer T. Raaijmakers\n\nMolenakker 7\n\n5692 DR Dommelrode\n\nDatum: 3 maart 2026\n\n"
            "Onderwerp: meer begeleiding\n\nBeste Tom,\n\nOp 10 februari belde je ons. Op 17 februari hebben we met je "
            "gepraat. Het verslag van dat gesprek heb je daarna van ons gekregen.\n\nJouw situatie\nJe post lukt niet "
            "meer.\n\nOns besluit\nWe verhogen je begeleiding naar 4 uur per week.\n\n"
            "Dit besluit is gebaseerd op artikel 2.3.5 van de Wmo 2015.\n")
    report = check_file(write(tmp_path, text))
    assert (report.document, report.soort) == ("beschikking", "wijziging")


def test_a_report_titled_verslag_stays_a_rapportage(tmp_path):
    text = ("Verslag van ons gesprek\n\nOp 3 juni 2025 waren wij bij u thuis.\n\nWat is uw vraag?\nU wilt weer "
            "zelf naar de winkel.\n\nWat vinden wij?\nWij adviseren een scootmobiel.\n")
    assert check_file(write(tmp_path, text)).document == "rapportage"


def test_soort_and_document_can_be_overridden(tmp_path):
    report = check_file(write(tmp_path, GOOD_LETTER), document="beschikking", soort="wijziging")
    assert report.soort == "wijziging" and report.document == "beschikking"


def test_flat_letter_without_headings(tmp_path):
    text = (
        "Beschikking\n\nGeachte heer Smit,\n\nWij kennen u een scootmobiel toe.\n\nMantelzorg: n.v.t.\n\n"
        "Dit besluit berust op artikel 2.3.15 Wmo 2015.\n\n"
        "U kunt binnen vier weken bezwaar maken bij het college. Stuur een brief naar Postbus 100.\n\n"
        "Met vriendelijke groet,\n[NAAM]\n"
    )
    report = check_file(write(tmp_path, text))
    fired = {f.rule for f in report.findings}
    assert LAYER_RULES | {"BESLUIT-MOTIVERING", "BESLUIT-GRONDSLAG", "GRONDSLAG-ONBEKEND", "BEZWAAR-CLAUSULE", "PLACEHOLDER",
                          "ONDERZOEK-VERMELD", "ONDERTEKENING", "VOORZIENING-SPECIFICATIE", "PGB-KEUZE", "EIGEN-BIJDRAGE"} == fired
    mantelzorg = next(f for f in report.findings if f.rule == "AFWEGING-MANTELZORG")
    assert mantelzorg.location.quote == "Mantelzorg: n.v.t."
    eigen = next(f for f in report.findings if f.rule == "AFWEGING-EIGEN-KRACHT")
    assert "Wij kennen u een scootmobiel toe" in eigen.message  # placed with the decision
