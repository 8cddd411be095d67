"""Build the bundled Word templates (templates/beschikking, templates/rapportage) from source.

The .docx files are what ships and what a functioneel beheerder edits in Word; this
script is their reproducible source. Shared blocks (letterhead, address block for a
window envelope, info block, the afweging per laag, bezwaar, signature) are written
once here and used by both documents. Everything is laid out with styles, not direct
formatting, so a gemeente changes its house style in one place.

Run:  .venv/bin/python scripts/build_templates.py            (writes the templates)
      .venv/bin/python scripts/build_templates.py --check    (exit 1 if they are out of date)
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
FONT = "Arial"
COLOUR = RGBColor(0x1F, 0x4E, 0x79)

# ---------------------------------------------------------------------------------------
# Document, page and styles
# ---------------------------------------------------------------------------------------


def _set_lang(rpr, lang: str = "nl-NL") -> None:
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")


def _font(style, size: float, bold: bool = False, colour: RGBColor | None = None) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    if colour is not None:
        style.font.color.rgb = colour


def _paragraph_style(doc, name: str, base: str = "Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.quick_style = True
        return style


def new_document(title: str):
    """An A4 document with the wmo-docs styles; margins leave room for a window envelope."""
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(30), Mm(25)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)

    _set_lang(doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
    normal = doc.styles["Normal"]
    _font(normal, 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    _set_lang(normal.element.get_or_add_rPr())

    title_style = doc.styles["Title"]
    _font(title_style, 16, bold=True, colour=COLOUR)
    title_style.paragraph_format.space_after = Pt(12)
    pbdr = title_style.element.get_or_add_pPr().find(qn("w:pBdr"))
    if pbdr is not None:
        title_style.element.get_or_add_pPr().remove(pbdr)

    for name, size, before in (("Heading 1", 12, 14), ("Heading 2", 10, 8)):
        style = doc.styles[name]
        _font(style, size, bold=True, colour=COLOUR if name == "Heading 1" else None)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True

    bullet = doc.styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(3)

    address = _paragraph_style(doc, "Adres")
    address.paragraph_format.space_after = Pt(0)
    address.paragraph_format.line_spacing = 1.0

    retour = _paragraph_style(doc, "Retouradres")
    _font(retour, 7, colour=RGBColor(0x59, 0x59, 0x59))
    retour.paragraph_format.space_after = Pt(4)

    cell = _paragraph_style(doc, "Tabeltekst")
    cell.paragraph_format.space_after = Pt(2)
    cell.paragraph_format.line_spacing = 1.0

    for name in ("Header", "Footer"):
        style = doc.styles[name]
        _font(style, 8)
        style.paragraph_format.space_after = Pt(0)

    label = doc.styles.add_style("Label", WD_STYLE_TYPE.CHARACTER)
    label.font.bold = True
    label.quick_style = True

    props = doc.core_properties
    props.title = title
    props.author = "wmo-docs"
    props.last_modified_by = "wmo-docs"
    props.language = "nl-NL"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.comments = "Sjabloon voor wmo-docs (docxtpl)."
    return doc


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------


def para(container, text: str = "", style: str | None = None, label: str | None = None):
    """A paragraph; ``label`` is put first in the character style Label (bold)."""
    p = container.add_paragraph(style=style)
    if label:
        p.add_run(label, style="Label")
    if text:
        p.add_run(text)
    return p


def tag(container, text: str, style: str | None = None):
    """A paragraph holding only a docxtpl paragraph tag ({%p ... %}); it vanishes on render."""
    return container.add_paragraph(text, style=style)


def _cell_text(cell, text: str, style: str = "Tabeltekst", label: bool = False) -> None:
    p = cell.paragraphs[0]
    p.style = style
    if text:
        p.add_run(text, style="Label" if label else None)


def _widths(table, widths: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Mm(width)


def table(container, widths: list[float], style: str | None = None):
    t = container.add_table(rows=0, cols=len(widths))
    if style:
        t.style = style
    _widths(t, widths)
    return t


def row(t, *texts: str, label_first: bool = True, widths: list[float] | None = None) -> None:
    cells = t.add_row().cells
    for i, (cell, text) in enumerate(zip(cells, texts)):
        _cell_text(cell, text, label=label_first and i == 0 and len(texts) > 1)
    if widths:
        for cell, width in zip(cells, widths):
            cell.width = Mm(width)


def tag_row(t, text: str, widths: list[float]) -> None:
    """A table row holding a docxtpl row tag ({%tr ... %}); it vanishes on render."""
    cells = t.add_row().cells
    _cell_text(cells[0], text)
    for cell, width in zip(cells, widths):
        cell.width = Mm(width)


def _field(paragraph, instruction: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


# ---------------------------------------------------------------------------------------
# Shared blocks
# ---------------------------------------------------------------------------------------


def letterhead_and_footer(doc) -> None:
    """Header with the profile's logo and name; footer with the profile's text and page numbers."""
    section = doc.sections[0]
    header = section.header
    p = header.paragraphs[0]
    p.style = doc.styles["Header"]
    p.add_run("{{ brief.logo }}")
    p.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\tGemeente {{ profiel.naam }}", style="Label")

    footer = section.footer
    p = footer.paragraphs[0]
    p.style = doc.styles["Footer"]
    p.add_run("{{ profiel.huisstijl.voettekst }}")
    p = footer.add_paragraph(style="Footer")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Pagina ")
    _field(p, "PAGE")
    p.add_run(" van ")
    _field(p, "NUMPAGES")


def address_block(doc) -> None:
    """Return address and addressee in fixed-height rows, so the address sits in the window.

    With a 30 mm top margin the address starts about 50 mm from the top of the page and
    25 mm from the left: the window of a standard Dutch window envelope (venster links).
    """
    widths = [95.0]
    t = table(doc, widths)
    row(t, "Retouradres: {{ brief.retouradres }}")
    first = t.rows[0]
    first.height, first.height_rule = Mm(20), WD_ROW_HEIGHT_RULE.EXACTLY
    first.cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    first.cells[0].paragraphs[0].style = doc.styles["Retouradres"]
    cells = t.add_row().cells
    second = t.rows[1]
    second.height, second.height_rule = Mm(32), WD_ROW_HEIGHT_RULE.EXACTLY
    cell = cells[0]
    cell.paragraphs[0].style = doc.styles["Adres"]
    cell.paragraphs[0].add_run("{%p for regel in brief.geadresseerde.adresregels %}")
    cell.add_paragraph("{{ regel }}", style="Adres")
    cell.add_paragraph("{%p endfor %}", style="Adres")
    _widths(t, widths)


def info_block(doc, rows: list[tuple[str, str]]) -> None:
    """The block with datum, kenmerk, zaaknummer, onderwerp and contact person."""
    widths = [35.0, 125.0]
    t = table(doc, widths)
    for label, value in rows:
        if label.startswith("{%tr"):
            tag_row(t, label, widths)
        else:
            row(t, label, value, widths=widths)
    para(doc)


def layers_block(doc) -> None:
    """The afweging: every layer with what was found and what follows from it."""
    para(
        doc,
        "Hulp van de gemeente voor u persoonlijk heet een maatwerkvoorziening. U krijgt die alleen "
        "als u het probleem niet zelf of met hulp van anderen kunt oplossen. Dat staat in artikel "
        "2.3.5, derde lid, van de Wmo 2015. Daarom hebben wij eerst naar deze mogelijkheden gekeken.",
    )
    tag(doc, "{%p for laag in brief.lagen %}")
    para(
        doc,
        " ({{ laag.uitleg }}): {{ laag.bevinding }}"
        "{% if laag.voorzieningen %} Wij hebben gekeken naar: {{ laag.voorzieningen }}.{% endif %}"
        "{% if laag.reden %} {{ laag.reden }}{% endif %} {{ laag.conclusie_zin }}",
        label="{{ laag.kop }}",
    )
    tag(doc, "{%p endfor %}")


def signature_block(doc) -> None:
    para(doc, "Met vriendelijke groet,")
    para(doc, "{{ profiel.ondertekening.namens }}")
    para(doc)
    para(doc)
    para(doc, "{{ profiel.ondertekening.naam }}", style="Adres")
    para(doc, "{{ profiel.ondertekening.functie }}", style="Adres")


# Contact sentence, used by both documents.
CONTACT = (
    "Neem dan contact op met {{ zaak.consulent.naam }} ({{ zaak.consulent.functie or 'Wmo-consulent' }}). "
    "U kunt bellen met {{ brief.contact_telefoon }}"
    "{% if profiel.contact.bereikbaar %} ({{ profiel.contact.bereikbaar }}){% endif %}"
    "{% if brief.contact_email %} of mailen naar {{ brief.contact_email }}{% endif %}. "
    "Noem dan het kenmerk {{ brief.kenmerk }}."
)

# ---------------------------------------------------------------------------------------
# Beschikking
# ---------------------------------------------------------------------------------------

DICTUM = (
    "{% if v.beslissing == 'toegekend' %}Wij kennen u {{ v.met_lidwoord }} toe"
    "{% if v.omvang_in_dictum %}: {{ v.omvang|omvang }}{% endif %}."
    "{% elif v.beslissing == 'gedeeltelijk toegekend' %}Wij kennen u {{ v.met_lidwoord }} voor een deel toe"
    "{% if v.omvang_in_dictum %}: {{ v.omvang|omvang }}{% endif %}. De rest van uw aanvraag wijzen wij af."
    "{% elif v.beslissing == 'gewijzigd' %}Wij wijzigen uw {{ v.omschrijving }}"
    "{% if v.omvang %}. U krijgt voortaan {{ v.omvang|omvang }}{% endif %}"
    "{% if v.ingangsdatum %}, vanaf {{ v.ingangsdatum|datum }}{% endif %}."
    "{% elif v.beslissing == 'afgewezen' %}Wij wijzen uw aanvraag voor {{ v.omschrijving }} af."
    "{% elif v.beslissing == 'beëindigd' %}Wij beëindigen uw {{ v.omschrijving }}."
    "{% if v.einddatum %} De laatste dag is {{ v.einddatum|datum }}.{% endif %}{% endif %}"
)


def build_beschikking() -> bytes:
    doc = new_document("Beschikking Wmo 2015")
    letterhead_and_footer(doc)
    address_block(doc)
    info_block(
        doc,
        [
            ("Datum", "{{ brief.datum|datum }}"),
            ("Ons kenmerk", "{{ brief.kenmerk }}"),
            ("Zaaknummer", "{{ zaak.zaaknummer }}"),
            ("Onderwerp", "{{ brief.onderwerp }}"),
            ("Contactpersoon", "{{ zaak.consulent.naam }}"),
            ("Telefoon", "{{ brief.contact_telefoon }}"),
            ("{%tr if brief.contact_email %}", ""),
            ("E-mail", "{{ brief.contact_email }}"),
            ("{%tr endif %}", ""),
        ],
    )
    para(doc, "{{ brief.aanhef }},")
    tag(doc, "{%p if brief.via_vertegenwoordiger %}")
    para(
        doc,
        "U krijgt deze brief als {{ brief.vertegenwoordiger_soort }} van {{ brief.client_naam }}. "
        "Waar in deze brief ‘u’ staat, bedoelen wij {{ brief.client_kort }}.",
    )
    tag(doc, "{%p endif %}")
    para(
        doc,
        "Op {{ melding.datum|datum }} kregen wij een melding over uw vraag om ondersteuning."
        "{% if aanvraag %} Op {{ aanvraag.datum_ontvangst|datum }} ontvingen wij uw aanvraag.{% endif %}"
        "{% if besluit.soort in ['wijziging', 'beëindiging'] %} Wij hebben opnieuw bekeken of uw "
        "ondersteuning nog past bij uw situatie.{% endif %}"
        " In deze brief leest u wat wij besluiten en waarom.",
    )

    doc.add_heading("Ons besluit", level=1)
    tag(doc, "{%p for v in brief.voorzieningen %}")
    para(doc, DICTUM, style="List Bullet")
    tag(doc, "{%p endfor %}")

    doc.add_heading("Het onderzoek", level=1)
    para(
        doc,
        "Op {{ onderzoek.gespreksdatum|datum }} hebben wij {{ brief.plaats_tekst }} met u gesproken. "
        "Bij het gesprek waren: {{ brief.aanwezigen_tekst }}."
        "{% if verslag %} Op {{ verslag.verzonden_op|datum }} hebben wij u het verslag van dit onderzoek gestuurd."
        "{% if verslag.reactie and verslag.reactie.ontvangen %} U heeft op het verslag gereageerd"
        "{% if verslag.reactie.datum %} op {{ verslag.reactie.datum|datum }}{% endif %}.{% endif %}{% endif %}",
    )

    doc.add_heading("Uw situatie", level=1)
    para(doc, "U vertelde ons: ‘{{ onderzoek.hulpvraag }}’")
    para(doc, "{{ onderzoek.situatie }}")
    para(doc, "Dit lukt u niet of moeilijk:")
    tag(doc, "{%p for b in onderzoek.beperkingen %}")
    para(doc, "{{ b.levensgebied|capitalize }}: {{ b.omschrijving }}", style="List Bullet")
    tag(doc, "{%p endfor %}")

    doc.add_heading("Wat u zelf en met anderen kunt", level=1)
    layers_block(doc)

    tag(doc, "{%p for v in brief.voorzieningen %}")
    doc.add_heading("{{ v.kop }}", level=1)
    doc.add_heading("Wat u vroeg", level=2)
    para(
        doc,
        "{% if v.beslissing in ['gewijzigd', 'beëindigd'] %}Het gaat om {{ v.gevraagd }}."
        "{% else %}U vroeg om {{ v.gevraagd }}.{% endif %}"
        "{% if aanvraag %} Wij ontvingen uw aanvraag op {{ aanvraag.datum_ontvangst|datum }}.{% endif %}"
        "{% if v.huidige_voorziening %} U heeft nu {{ v.huidige_voorziening.omschrijving }}"
        "{% if v.huidige_voorziening.omvang %}, {{ v.huidige_voorziening.omvang|omvang }}{% endif %}"
        "{% if v.huidige_voorziening.sinds %}, sinds {{ v.huidige_voorziening.sinds|datum }}{% endif %}.{% endif %}",
    )
    tag(doc, "{%p if v.uitleg %}")
    para(doc, "{{ v.uitleg }}")
    tag(doc, "{%p endif %}")

    # With one voorziening the decision already heads the letter; repeat it per section only for several.
    tag(doc, "{%p if brief.voorzieningen|length > 1 %}")
    doc.add_heading("Ons besluit", level=2)
    para(doc, DICTUM)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if v.is_toekenning or v.beslissing == 'beëindigd' %}")
    widths = [45.0, 115.0]
    t = table(doc, widths, style="Table Grid")
    row(t, "Voorziening", "{{ v.omschrijving }}", widths=widths)
    for cond, label, value in (
        ("v.resultaat", "Resultaat", "{{ v.resultaat }}"),
        ("v.omvang", "Omvang", "{{ v.omvang|omvang }}"),
        ("v.ingangsdatum", "Ingangsdatum", "{{ v.ingangsdatum|datum }}"),
        (None, "Einddatum", "{% if v.einddatum %}{{ v.einddatum|datum }}{% else %}geen einddatum{% endif %}"),
        ("v.leveringsvorm", "Leveringsvorm", "{{ v.leveringsvorm_tekst }}"),
        ("v.aanbieder", "Aanbieder", "{{ v.aanbieder.naam }}"),
        ("v.pgb", "Bedrag pgb", "{{ v.pgb.bedrag|bedrag }} {{ v.pgb.per or 'eenmalig' }}"),
    ):
        if cond:
            tag_row(t, f"{{%tr if {cond} %}}", widths)
        row(t, label, value, widths=widths)
        if cond:
            tag_row(t, "{%tr endif %}", widths)
    para(doc)
    tag(doc, "{%p endif %}")

    doc.add_heading("Waarom wij zo besluiten", level=2)
    para(doc, "{{ v.motivering }}")
    tag(doc, "{%p if v.gekozen_offerte %}")
    para(
        doc,
        "Wij gaan uit van de offerte van {{ v.gekozen_offerte.leverancier }} van "
        "{{ v.gekozen_offerte.bedrag|bedrag }}"
        "{% if v.gekozen_offerte.datum %} van {{ v.gekozen_offerte.datum|datum }}{% endif %}.",
    )
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if v.overgangstermijn %}")
    doc.add_heading("Overgangstermijn", level=2)
    para(
        doc,
        "U houdt uw huidige ondersteuning"
        "{% if v.huidige_voorziening %} ({{ v.huidige_voorziening.omschrijving }}"
        "{% if v.huidige_voorziening.omvang %}, {{ v.huidige_voorziening.omvang|omvang }}{% endif %}){% endif %}"
        " tot en met {{ v.overgangstermijn.tot|datum }}. Zo heeft u tijd om aan de nieuwe situatie te wennen. "
        "{{ v.overgangstermijn.toelichting }}",
    )
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if v.is_toekenning and v.leveringsvorm == 'pgb' %}")
    doc.add_heading("Uw persoonsgebonden budget (pgb)", level=2)
    para(
        doc,
        "U krijgt een pgb van {{ v.pgb.bedrag|bedrag }} {{ v.pgb.per or 'eenmalig' }}. "
        "Zo hebben wij het bedrag berekend: {{ v.pgb.tariefgrondslag }}.",
    )
    para(doc, "U mag het pgb alleen gebruiken voor {{ v.pgb_besteding }}.")
    para(
        doc,
        "{% if (v.pgb.per or 'eenmalig') == 'eenmalig' %}Wij betalen het bedrag uit als u ons de factuur stuurt. "
        "{% else %}De Sociale Verzekeringsbank (SVB) beheert uw pgb. U sluit een overeenkomst met uw hulp "
        "en stuurt die naar de SVB. De SVB betaalt uw hulp. {% endif %}"
        "U moet kunnen laten zien waaraan u het geld heeft besteed. Geld dat u niet of niet goed "
        "gebruikt, kunnen wij terugvragen.",
    )
    tag(doc, "{%p elif v.is_toekenning %}")
    para(
        doc,
        "U krijgt deze hulp als zorg in natura: wij regelen de hulp met de aanbieder. Wilt u de hulp "
        "liever zelf inkopen? Dan kunt u kiezen voor een persoonsgebonden budget (pgb). Neem dan "
        "contact met ons op. Wij leggen u uit wat een pgb voor u betekent.",
    )
    tag(doc, "{%p endif %}")

    doc.add_heading("Regels waarop dit besluit rust", level=2)
    para(doc, "Wij nemen dit besluit op grond van:")
    tag(doc, "{%p for g in v.grondslagen_tekst %}")
    para(doc, "{{ g }}", style="List Bullet")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")

    tag(doc, "{%p if brief.heeft_toekenning %}")
    doc.add_heading("Eigen bijdrage", level=1)
    para(
        doc,
        "{% if eigen_bijdrage %}{% if eigen_bijdrage.van_toepassing %}U betaalt een eigen bijdrage. "
        "{{ eigen_bijdrage.toelichting }} U krijgt over de eigen bijdrage een brief van het "
        "{{ profiel.eigen_bijdrage.uitvoerder or 'CAK' }}."
        "{% else %}U betaalt geen eigen bijdrage. {{ eigen_bijdrage.toelichting }}{% endif %}"
        "{% else %}Het {{ profiel.eigen_bijdrage.uitvoerder or 'CAK' }} laat u weten of u een eigen bijdrage "
        "betaalt en hoeveel.{% endif %}",
    )
    tag(doc, "{%p endif %}")

    doc.add_heading("Bent u het niet eens met dit besluit?", level=1)
    para(
        doc,
        "Dan kunt u bezwaar maken. Dat moet binnen zes weken. De zes weken beginnen op de dag na de "
        "datum waarop wij deze brief hebben verstuurd.",
    )
    para(
        doc,
        "U richt uw bezwaar aan {{ profiel.college }}. Stuur het naar: {{ profiel.bezwaar.adres }}."
        "{% if profiel.bezwaar.digitaal %} U kunt ook digitaal bezwaar maken via {{ profiel.bezwaar.digitaal }}.{% endif %}",
    )
    para(
        doc,
        "Schrijf in uw bezwaar: uw naam en adres, de datum, het kenmerk van deze brief "
        "({{ brief.kenmerk }}) en waarom u het niet eens bent met het besluit. Zet uw handtekening eronder.",
    )
    para(
        doc,
        "Het besluit blijft gelden terwijl wij uw bezwaar behandelen. Kunt u niet wachten op de "
        "beslissing op uw bezwaar? Dan kunt u ook een voorlopige voorziening vragen bij "
        "{{ profiel.bezwaar.voorlopige_voorziening }}. Dat kan alleen als u ook bezwaar heeft gemaakt. "
        "U betaalt daarvoor griffierecht.",
    )

    doc.add_heading("Heeft u nog vragen?", level=1)
    para(doc, CONTACT)
    signature_block(doc)
    return _save(doc)


# ---------------------------------------------------------------------------------------
# Rapportage
# ---------------------------------------------------------------------------------------


def build_rapportage() -> bytes:
    doc = new_document("Verslag van onderzoek Wmo 2015")
    letterhead_and_footer(doc)
    doc.add_paragraph("Verslag van het onderzoek Wmo", style="Title")
    para(
        doc,
        "Dit is het verslag van ons gesprek over uw vraag om ondersteuning. U krijgt dit verslag "
        "op grond van artikel 2.3.2, achtste lid, van de Wmo 2015.",
    )

    doc.add_heading("Gegevens van het gesprek", level=1)
    widths = [50.0, 110.0]
    t = table(doc, widths, style="Table Grid")
    for label, value in (
        ("Naam", "{{ brief.client_naam }}"),
        ("Geboortedatum", "{{ client.geboortedatum|datum }}"),
        ("Adres", "{{ brief.client_adres }}"),
        ("{%tr if brief.via_vertegenwoordiger %}", ""),
        ("Vertegenwoordiger", "{{ brief.vertegenwoordiger_naam }} ({{ brief.vertegenwoordiger_soort }})"),
        ("{%tr endif %}", ""),
        ("Zaaknummer", "{{ zaak.zaaknummer }}"),
        ("Datum melding", "{{ melding.datum|datum }}"),
        ("Datum gesprek", "{{ onderzoek.gespreksdatum|datum }}"),
        ("Plaats gesprek", "{{ brief.plaats_tekst|capitalize }}"),
        ("Aanwezig", "{{ brief.aanwezigen_tekst }}"),
        (
            "Cliëntondersteuning",
            "{% if onderzoek.clientondersteuner.aangeboden or melding.clientondersteuning.gewezen_op %}"
            "Wij hebben u gewezen op gratis, onafhankelijke cliëntondersteuning. "
            "{% if onderzoek.clientondersteuner.aanwezig %}Bij het gesprek was een cliëntondersteuner"
            "{% if onderzoek.clientondersteuner.naam %}: {{ onderzoek.clientondersteuner.naam }}{% endif %}"
            "{% if onderzoek.clientondersteuner.organisatie %} ({{ onderzoek.clientondersteuner.organisatie }}){% endif %}."
            "{% else %}Bij het gesprek was geen cliëntondersteuner.{% endif %}"
            "{% else %}Niet aangeboden.{% endif %}",
        ),
        (
            "Persoonlijk plan",
            "{% if melding.persoonlijk_plan.gewezen_op %}Wij hebben u gewezen op het persoonlijk plan. "
            "{% endif %}{% if melding.persoonlijk_plan.ingediend %}U heeft een persoonlijk plan ingediend"
            "{% if melding.persoonlijk_plan.datum %} op {{ melding.persoonlijk_plan.datum|datum }}{% endif %}. "
            "Wij hebben het bij het onderzoek gebruikt.{% else %}U heeft geen persoonlijk plan ingediend.{% endif %}",
        ),
        ("Wmo-consulent", "{{ zaak.consulent.naam }}"),
    ):
        if label.startswith("{%tr"):
            tag_row(t, label, widths)
        else:
            row(t, label, value, widths=widths)
    para(doc)

    doc.add_heading("Uw hulpvraag", level=1)
    para(doc, "U vertelde ons: ‘{{ onderzoek.hulpvraag }}’")

    doc.add_heading("Uw situatie", level=1)
    para(doc, "{{ onderzoek.situatie }}")

    doc.add_heading("Wat lukt niet of moeilijk", level=1)
    para(doc, "Per levensgebied hebben wij besproken wat u niet of moeilijk kunt.")
    widths = [40.0, 90.0, 30.0]
    t = table(doc, widths, style="Table Grid")
    row(t, "Levensgebied", "Wat lukt niet of moeilijk", "Hoe lang", label_first=False, widths=widths)
    for cell in t.rows[0].cells:
        run = cell.paragraphs[0].runs[0]
        run.style = doc.styles["Label"]
    tag_row(t, "{%tr for b in onderzoek.beperkingen %}", widths)
    row(t, "{{ b.levensgebied|capitalize }}", "{{ b.omschrijving }}", "{{ b.duur }}", label_first=False, widths=widths)
    tag_row(t, "{%tr endfor %}", widths)
    para(doc)

    doc.add_heading("Wat u zelf en met anderen kunt", level=1)
    layers_block(doc)

    doc.add_heading("Welke ondersteuning u nodig heeft", level=1)
    para(doc, "{{ onderzoek.ondersteuningsbehoefte }}")

    doc.add_heading("Conclusie en advies", level=1)
    tag(doc, "{%p if brief.voorzieningen %}")
    para(doc, "Wij adviseren het volgende:")
    tag(doc, "{%p for v in brief.voorzieningen %}")
    para(
        doc,
        "{% if v.is_toekenning %}{{ v.kop }}{% if v.omvang %}, {{ v.omvang|omvang }}{% endif %}"
        "{% if v.leveringsvorm %}, als {{ v.leveringsvorm_tekst }}{% endif %}"
        "{% if v.ingangsdatum %}, vanaf {{ v.ingangsdatum|datum }}{% endif %}"
        "{% if v.einddatum %} tot en met {{ v.einddatum|datum }}{% endif %}."
        "{% elif v.beslissing == 'beëindigd' %}{{ v.kop }} te beëindigen"
        "{% if v.einddatum %} na {{ v.einddatum|datum }}{% endif %}."
        "{% else %}Geen {{ v.omschrijving }}.{% endif %} {{ v.motivering }}",
        style="List Bullet",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Onze conclusie: {{ onderzoek.ondersteuningsbehoefte }}")
    tag(doc, "{%p endif %}")

    doc.add_heading("Uw reactie op dit verslag", level=1)
    para(
        doc,
        "Lees dit verslag goed. Klopt er iets niet, of wilt u iets toevoegen? Dat mag. Stuur uw "
        "opmerkingen binnen tien dagen naar {{ zaak.consulent.naam }}. Wij voegen ze toe aan het verslag.",
    )
    para(
        doc,
        "Bent u het eens met dit verslag? Zet dan uw handtekening hieronder en stuur het verslag terug. "
        "Met uw handtekening vraagt u ook de ondersteuning aan die in dit verslag staat.",
    )
    tag(doc, "{%p if verslag and verslag.reactie and verslag.reactie.ontvangen %}")
    para(
        doc,
        "{% if verslag.reactie.datum %} Ontvangen op {{ verslag.reactie.datum|datum }}.{% endif %}"
        "{% if verslag.reactie.tekst %} {{ verslag.reactie.tekst }}{% endif %}"
        "{% if verslag.reactie.akkoord %} U heeft voor akkoord getekend.{% endif %}",
        label="Uw reactie:",
    )
    tag(doc, "{%p endif %}")
    widths = [30.0, 65.0, 65.0]
    t = table(doc, widths, style="Table Grid")
    row(t, "", "Inwoner", "Wmo-consulent", label_first=False, widths=widths)
    row(t, "Naam", "{{ brief.client_naam }}", "{{ zaak.consulent.naam }}", widths=widths)
    row(t, "Datum", "", "", widths=widths)
    row(t, "Handtekening", "", "", widths=widths)
    t.rows[-1].height, t.rows[-1].height_rule = Mm(18), WD_ROW_HEIGHT_RULE.AT_LEAST
    para(doc)
    doc.add_heading("Heeft u nog vragen?", level=1)
    para(doc, CONTACT)
    return _save(doc)


# ---------------------------------------------------------------------------------------


def _save(doc) -> bytes:
    """Save with fixed zip timestamps so a rebuild gives byte-identical files."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


TARGETS = {
    OUT / "beschikking" / "beschikking.docx": build_beschikking,
    OUT / "rapportage" / "rapportage.docx": build_rapportage,
}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, build in TARGETS.items():
        data = build()
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"geschreven: {path.relative_to(ROOT)}")
    for path in stale:
        print(f"verouderd: {path.relative_to(ROOT)} (draai scripts/build_templates.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
