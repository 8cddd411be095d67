"""The domain rules of case validation: what the schema cannot say.

Each rule is a function ``(ctx) -> None`` that adds findings through ``ctx.add``.
The rules read the raw case dict defensively (a case with schema errors still gets
every domain check that makes sense), and take their Dutch texts, severity and
legal basis from ``rules.toml`` through :mod:`wmo_docs.case.catalogue`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from wmo_docs.case import formats
from wmo_docs.case.catalogue import make_finding
from wmo_docs.case.schema import pointer
from wmo_docs.findings import Finding
from wmo_docs.law import check_citation, normalise_law
from wmo_docs.profile import Profile

LAYERS = ("eigen_kracht", "gebruikelijke_hulp", "mantelzorg", "sociaal_netwerk", "algemene_voorzieningen", "voorliggende_voorzieningen")
LAYER_LABELS = {
    "eigen_kracht": "eigen kracht",
    "gebruikelijke_hulp": "gebruikelijke hulp",
    "mantelzorg": "mantelzorg",
    "sociaal_netwerk": "sociaal netwerk",
    "algemene_voorzieningen": "algemene voorzieningen",
    "voorliggende_voorzieningen": "voorliggende voorzieningen",
}
GRANTS = frozenset({"toegekend", "gedeeltelijk toegekend", "gewijzigd"})
REFUSALS = frozenset({"afgewezen", "beëindigd"})
ONDERZOEK_TERMIJN = timedelta(weeks=6)  # Wmo 2015 art. 2.3.2 lid 1
BESLIS_TERMIJN = timedelta(weeks=2)  # Wmo 2015 art. 2.3.5 lid 2
MIN_MOTIVERING_WORDS = 8
MIN_BEVINDING_WORDS = 4
_EMPTY_WORDS = frozenset({"n.v.t.", "nvt", "n.v.t", "niet van toepassing", "geen", "-", "onbekend", "nee", "ja", "zie verslag"})

# Which iWmo productcategorieën fit which soort voorziening (10 = overige maatwerkarrangementen fits all).
CATEGORIES_PER_SOORT: dict[str, frozenset[str]] = {
    "huishoudelijke ondersteuning": frozenset({"01", "10"}),
    "begeleiding individueel": frozenset({"02", "03", "06", "10"}),
    "begeleiding groep": frozenset({"07", "09", "10"}),
    "kortdurend verblijf": frozenset({"04", "10"}),
    "woningaanpassing": frozenset({"05", "13", "10"}),
    "hulpmiddel": frozenset({"11", "12", "13", "14", "10"}),
    "rolstoelvoorziening": frozenset({"11", "10"}),
    "vervoersvoorziening": frozenset({"08", "12", "10"}),
    "beschermd wonen": frozenset({"15", "18", "10"}),
    "opvang": frozenset({"16", "17", "18", "10"}),
}
BESLUITSOORT_EXPECTED = {
    "toekenning": "bij 'toekenning' is elke voorziening 'toegekend'",
    "afwijzing": "bij 'afwijzing' is elke voorziening 'afgewezen'",
    "gedeeltelijke toekenning": "bij 'gedeeltelijke toekenning' is een voorziening 'gedeeltelijk toegekend', of is de ene toegekend en de andere afgewezen",
    "wijziging": "bij 'wijziging' is ten minste één voorziening 'gewijzigd'",
    "beëindiging": "bij 'beëindiging' is ten minste één voorziening 'beëindigd'",
}
_PROFILE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def lst(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def txt(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def nl(d: date) -> str:
    """A date as a Dutch reader writes it: 2 oktober 2026."""
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    return f"{d.day} {months[d.month - 1]} {d.year}"


@dataclass
class Context:
    """What every rule reads: the case, the profile (None when unknown) and the findings so far."""

    data: dict[str, Any]
    profile: Profile | None
    findings: list[Finding] = field(default_factory=list)

    def add(self, rule_id: str, key: str, ptr: str, **fields: Any) -> None:
        self.findings.append(make_finding(rule_id, key, ptr, **fields))

    def section(self, *keys: str) -> dict[str, Any]:
        node: Any = self.data
        for key in keys:
            node = obj(node).get(key)
        return obj(node)

    def date(self, *keys: str) -> date | None:
        node: Any = self.data
        for key in keys:
            node = obj(node).get(key)
        return formats.parse_date(node)

    def voorzieningen(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for i, v in enumerate(lst(self.section("besluit").get("voorzieningen"))):
            if isinstance(v, dict):
                yield f"/besluit/voorzieningen/{i}", v

    def layers(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        afweging = self.section("afweging")
        for name in LAYERS:
            if isinstance(afweging.get(name), dict):
                yield name, f"/afweging/{name}", afweging[name]


def label(base: str, v: dict[str, Any]) -> str:
    """How a message names a voorziening: its number and soort (never the free-text omschrijving)."""
    number = int(base.rsplit("/", 1)[1]) + 1
    soort = txt(v.get("soort"))
    return f"{number} ({soort})" if soort else str(number)


def applies(layer: dict[str, Any], v: dict[str, Any]) -> bool:
    """Whether a layer's conclusion concerns voorziening ``v`` (no `betreft` = all of them)."""
    betreft = layer.get("betreft")
    return not isinstance(betreft, list) or v.get("soort") in betreft


def words(text: str | None) -> int:
    return len(text.split()) if text else 0


# --- identifiers -----------------------------------------------------------------


def check_bsn(ctx: Context) -> None:
    bsn = txt(ctx.section("client").get("bsn"))
    if bsn and re.fullmatch(r"[0-9]{9}", bsn) and not formats.elfproef(bsn):
        ctx.add("CASUS-BSN", "elfproef", "/client/bsn", who="de cliënt")


def check_postcodes(ctx: Context) -> None:
    client = ctx.section("client")
    places = [("/client/adres/postcode", obj(client.get("adres"))),
              ("/client/vertegenwoordiger/adres/postcode", obj(obj(client.get("vertegenwoordiger")).get("adres")))]
    for ptr, adres in places:
        code = txt(adres.get("postcode"))
        if code is None:
            continue
        problem = formats.postcode_problem(code)
        if problem and problem != "vorm":  # a wrong shape is already a schema error
            ctx.add("CASUS-POSTCODE", problem, ptr)


def check_codes(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        agb = txt(obj(v.get("aanbieder")).get("agb_code"))
        if agb and re.fullmatch(r"[0-9]{8}", agb) and not formats.is_agb_code(agb):
            ctx.add("CASUS-AGB", "vorm", f"{base}/aanbieder/agb_code", value=agb)
        categorie, code, soort = txt(v.get("productcategorie")), txt(v.get("productcode")), txt(v.get("soort"))
        if categorie is not None and re.fullmatch(r"[0-9]{2}", categorie):
            if not formats.is_productcategorie(categorie):
                ctx.add("CASUS-PRODUCTCODE", "categorie", f"{base}/productcategorie", value=categorie)
            elif soort in CATEGORIES_PER_SOORT and categorie not in CATEGORIES_PER_SOORT[soort]:
                expected = ", ".join(sorted(CATEGORIES_PER_SOORT[soort]))
                ctx.add("CASUS-PRODUCTCODE", "categorie_soort", f"{base}/productcategorie", value=categorie,
                        naam=formats.IWMO_PRODUCTCATEGORIES[categorie], soort=soort, verwacht=expected)
        if code is not None and formats.is_productcode(code):
            if categorie is None:
                ctx.add("CASUS-PRODUCTCODE", "code_zonder_categorie", f"{base}/productcategorie")
            elif code[:2].isdigit() and code[:2] != categorie:
                ctx.add("CASUS-PRODUCTCODE", "code_categorie", f"{base}/productcode", value=code, prefix=code[:2], categorie=categorie)


def check_birth_date(ctx: Context) -> None:
    born, melding = ctx.date("client", "geboortedatum"), ctx.date("melding", "datum")
    if born is None or melding is None:
        return
    if born > melding:
        ctx.add("CASUS-DATUM", "geboorte_na_melding", "/client/geboortedatum")
    elif melding.year - born.year > 120:
        ctx.add("CASUS-DATUM", "geboorte_oud", "/client/geboortedatum")


# --- dates and terms ---------------------------------------------------------------


def _order(ctx: Context, earlier: tuple[str, str, date | None], later: tuple[str, str, date | None]) -> None:
    (e_label, _, e_date), (l_label, l_ptr, l_date) = earlier, later
    if e_date is not None and l_date is not None and l_date < e_date:
        ctx.add("CASUS-CHRONOLOGIE", "order", l_ptr, earlier_label=e_label, earlier=nl(e_date),
                later_label=l_label, later=nl(l_date))


def check_chronology(ctx: Context) -> None:
    melding = ("de melding", "/melding/datum", ctx.date("melding", "datum"))
    steps = [
        melding,
        ("het gesprek", "/onderzoek/gespreksdatum", ctx.date("onderzoek", "gespreksdatum")),
        ("het verslag", "/verslag/verzonden_op", ctx.date("verslag", "verzonden_op")),
        ("het besluit", "/besluit/datum", ctx.date("besluit", "datum")),
    ]
    present = [s for s in steps if s[2] is not None]
    for earlier, later in zip(present, present[1:]):
        _order(ctx, earlier, later)
    aanvraag = ("de aanvraag", "/aanvraag/datum_ontvangst", ctx.date("aanvraag", "datum_ontvangst"))
    besluit = steps[3]
    _order(ctx, melding, aanvraag)
    _order(ctx, aanvraag, besluit)
    _order(ctx, steps[2], ("de reactie op het verslag", "/verslag/reactie/datum", ctx.date("verslag", "reactie", "datum")))
    verdaging = ("de verdagingsbrief", "/aanvraag/verdaging/datum", ctx.date("aanvraag", "verdaging", "datum"))
    _order(ctx, aanvraag, verdaging)
    _order(ctx, verdaging, ("de nieuwe beslisdatum", "/aanvraag/verdaging/nieuwe_beslisdatum", ctx.date("aanvraag", "verdaging", "nieuwe_beslisdatum")))
    o_verdaging = ("de verdaging van het onderzoek", "/onderzoek/verdaging/datum", ctx.date("onderzoek", "verdaging", "datum"))
    _order(ctx, melding, o_verdaging)
    _order(ctx, o_verdaging, ("de nieuwe einddatum van het onderzoek", "/onderzoek/verdaging/nieuwe_einddatum", ctx.date("onderzoek", "verdaging", "nieuwe_einddatum")))
    for base, v in ctx.voorzieningen():
        start = ("de ingangsdatum", f"{base}/ingangsdatum", formats.parse_date(v.get("ingangsdatum")))
        _order(ctx, start, ("de einddatum", f"{base}/einddatum", formats.parse_date(v.get("einddatum"))))
        tot = formats.parse_date(obj(v.get("overgangstermijn")).get("tot"))
        _order(ctx, besluit, ("het einde van de overgangstermijn", f"{base}/overgangstermijn/tot", tot))
        sinds = formats.parse_date(obj(v.get("huidige_voorziening")).get("sinds"))
        _order(ctx, ("de start van de huidige voorziening", f"{base}/huidige_voorziening/sinds", sinds), besluit)


def check_onderzoek_term(ctx: Context) -> None:
    melding = ctx.date("melding", "datum")
    verslag, gesprek = ctx.date("verslag", "verzonden_op"), ctx.date("onderzoek", "gespreksdatum")
    end, ptr = (verslag, "/verslag/verzonden_op") if verslag else (gesprek, "/onderzoek/gespreksdatum")
    if melding is None or end is None or end - melding <= ONDERZOEK_TERMIJN:
        return
    verdaging = ctx.section("onderzoek", "verdaging")
    if verdaging:
        new_end = formats.parse_date(verdaging.get("nieuwe_einddatum"))
        if new_end is not None and end > new_end:
            ctx.add("CASUS-TERMIJN-ONDERZOEK", "na_verdaging", ptr, einde=nl(end), uiterlijk=nl(new_end))
        return
    ctx.add("CASUS-TERMIJN-ONDERZOEK", "overschreden", ptr, einde=nl(end), dagen=(end - melding).days,
            melding=nl(melding), uiterlijk=nl(melding + ONDERZOEK_TERMIJN))


def check_besluit_term(ctx: Context) -> None:
    aanvraag, besluit = ctx.date("aanvraag", "datum_ontvangst"), ctx.date("besluit", "datum")
    if aanvraag is None or besluit is None:
        return
    deadline = aanvraag + BESLIS_TERMIJN
    verdaging = ctx.section("aanvraag", "verdaging")
    if verdaging:
        sent = formats.parse_date(verdaging.get("datum"))
        if sent is not None and sent > deadline:
            ctx.add("CASUS-TERMIJN-BESLUIT", "verdaging_te_laat", "/aanvraag/verdaging/datum", verdaging=nl(sent), uiterlijk=nl(deadline))
        new_deadline = formats.parse_date(verdaging.get("nieuwe_beslisdatum"))
        if new_deadline is not None and besluit > new_deadline:
            ctx.add("CASUS-TERMIJN-BESLUIT", "na_verdaging", "/besluit/datum", besluit=nl(besluit), uiterlijk=nl(new_deadline))
        return
    if besluit > deadline:
        ctx.add("CASUS-TERMIJN-BESLUIT", "overschreden", "/besluit/datum", besluit=nl(besluit),
                dagen=(besluit - aanvraag).days, aanvraag=nl(aanvraag), uiterlijk=nl(deadline))


# --- the decision ----------------------------------------------------------------


def check_besluitsoort(ctx: Context) -> None:
    soort = txt(ctx.section("besluit").get("soort"))
    beslissingen = [txt(v.get("beslissing")) for _, v in ctx.voorzieningen()]
    beslissingen = [b for b in beslissingen if b]
    if soort not in BESLUITSOORT_EXPECTED or not beslissingen:
        return
    kinds = set(beslissingen)
    ok = {
        "toekenning": kinds == {"toegekend"},
        "afwijzing": kinds == {"afgewezen"},
        "gedeeltelijke toekenning": "gedeeltelijk toegekend" in kinds or {"toegekend", "afgewezen"} <= kinds,
        "wijziging": "gewijzigd" in kinds,
        "beëindiging": "beëindigd" in kinds,
    }[soort]
    if not ok:
        ctx.add("CASUS-BESLUITSOORT", "mismatch", "/besluit/soort", soort=soort,
                beslissingen=", ".join(f"'{b}'" for b in beslissingen), expected=BESLUITSOORT_EXPECTED[soort])


def check_layers(ctx: Context) -> None:
    for name, ptr, layer in ctx.layers():
        laag = LAYER_LABELS[name]
        bevinding = txt(layer.get("bevinding"))
        if bevinding is not None and (bevinding.strip().lower() in _EMPTY_WORDS or words(bevinding) < MIN_BEVINDING_WORDS):
            ctx.add("CASUS-AFWEGING", "niet_gewogen", f"{ptr}/bevinding", laag=laag)
        reden = layer.get("reden")
        if layer.get("conclusie") == "niet van toepassing" and isinstance(reden, str) and not reden.strip():
            ctx.add("CASUS-AFWEGING", "reden_ontbreekt", f"{ptr}/reden", laag=laag)
        soorten = {v.get("soort") for _, v in ctx.voorzieningen()}
        if soorten:
            for k, soort in enumerate(lst(layer.get("betreft"))):
                if soort not in soorten:
                    ctx.add("CASUS-AFWEGING", "betreft_onbekend", f"{ptr}/betreft/{k}", laag=laag, soort=soort)
    layers = list(ctx.layers())
    for base, v in ctx.voorzieningen():
        beslissing = txt(v.get("beslissing"))
        relevant = [(name, ptr, layer) for name, ptr, layer in layers if applies(layer, v)]
        if beslissing in GRANTS:
            for name, ptr, layer in relevant:
                if layer.get("conclusie") == "toereikend":
                    ctx.add("CASUS-AFWEGING", "toereikend_bij_toekenning", f"{ptr}/conclusie", laag=LAYER_LABELS[name],
                            voorziening=label(base, v), beslissing=beslissing)
        if beslissing in REFUSALS or beslissing == "gedeeltelijk toegekend":
            carrying = {"toereikend", "gedeeltelijk toereikend"} if beslissing in REFUSALS else {"gedeeltelijk toereikend"}
            if not any(layer.get("conclusie") in carrying for _, _, layer in relevant) and not v.get("andere_grond"):
                ctx.add("CASUS-AFWEGING", "geen_grond_afwijzing", f"{base}/beslissing", voorziening=label(base, v), beslissing=beslissing)


def check_motivering(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        motivering = txt(v.get("motivering"))
        if motivering is not None and motivering.strip() and words(motivering) < MIN_MOTIVERING_WORDS:
            ctx.add("CASUS-MOTIVERING", "kort", f"{base}/motivering", voorziening=label(base, v), woorden=words(motivering))
        elif motivering is not None and not motivering.strip():
            ctx.add("CASUS-MOTIVERING", "kort", f"{base}/motivering", voorziening=label(base, v), woorden=0)


def check_specification(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        beslissing = txt(v.get("beslissing"))
        if beslissing not in GRANTS:
            continue
        fields = {"voorziening": label(base, v), "beslissing": beslissing}
        resultaat = txt(v.get("resultaat"))
        if "omvang" not in v and not (resultaat and resultaat.strip()):
            ctx.add("CASUS-SPECIFICATIE", "omvang_of_resultaat", f"{base}/omvang", **fields)
        if "ingangsdatum" not in v:
            ctx.add("CASUS-SPECIFICATIE", "ingangsdatum", f"{base}/ingangsdatum", **fields)
        if "leveringsvorm" not in v:
            ctx.add("CASUS-SPECIFICATIE", "leveringsvorm", f"{base}/leveringsvorm", **fields)


def check_pgb(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        vorm, pgb = v.get("leveringsvorm"), v.get("pgb")
        name = label(base, v)
        if vorm == "pgb" and txt(v.get("beslissing")) in GRANTS:
            if not isinstance(pgb, dict) or "bedrag" not in pgb:
                ctx.add("CASUS-PGB", "bedrag_ontbreekt", f"{base}/pgb" if not isinstance(pgb, dict) else f"{base}/pgb/bedrag", voorziening=name)
            elif pgb.get("bedrag") == 0:
                ctx.add("CASUS-PGB", "bedrag_nul", f"{base}/pgb/bedrag", voorziening=name)
        elif vorm == "zorg in natura" and pgb is not None:
            ctx.add("CASUS-PGB", "pgb_bij_natura", f"{base}/pgb", voorziening=name, leveringsvorm=vorm)


def _is_increase(v: dict[str, Any]) -> bool:
    new, old = obj(v.get("omvang")), obj(obj(v.get("huidige_voorziening")).get("omvang"))
    if not new or not old:
        return False
    same_unit = new.get("eenheid") == old.get("eenheid") and new.get("frequentie") == old.get("frequentie")
    numbers = isinstance(new.get("volume"), (int, float)) and isinstance(old.get("volume"), (int, float))
    return same_unit and numbers and new["volume"] >= old["volume"]


def check_transition(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        beslissing = txt(v.get("beslissing"))
        if beslissing not in {"gewijzigd", "beëindigd"}:
            continue
        fields = {"voorziening": label(base, v), "beslissing": beslissing}
        if "huidige_voorziening" not in v:
            ctx.add("CASUS-OVERGANG", "huidige_ontbreekt", f"{base}/huidige_voorziening", **fields)
        if "overgangstermijn" not in v and not (beslissing == "gewijzigd" and _is_increase(v)):
            ctx.add("CASUS-OVERGANG", "termijn_ontbreekt", f"{base}/overgangstermijn", **fields)


def check_offertes(ctx: Context) -> None:
    for base, v in ctx.voorzieningen():
        offertes = [o for o in lst(v.get("offertes")) if isinstance(o, dict)]
        if not offertes:
            continue
        chosen = sum(1 for o in offertes if o.get("gekozen") is True)
        if chosen > 1:
            ctx.add("CASUS-OFFERTE", "meer_gekozen", f"{base}/offertes", voorziening=label(base, v), aantal=chosen)
        elif chosen == 0 and txt(v.get("beslissing")) in GRANTS:
            ctx.add("CASUS-OFFERTE", "geen_gekozen", f"{base}/offertes", voorziening=label(base, v))


def check_eigen_bijdrage(ctx: Context) -> None:
    granted = any(txt(v.get("beslissing")) in GRANTS for _, v in ctx.voorzieningen())
    if granted and "eigen_bijdrage" not in ctx.data:
        ctx.add("CASUS-EIGEN-BIJDRAGE", "ontbreekt", "/eigen_bijdrage")


def check_vertegenwoordiger(ctx: Context) -> None:
    if ctx.section("melding").get("door") == "vertegenwoordiger" and "vertegenwoordiger" not in ctx.section("client"):
        ctx.add("CASUS-VERTEGENWOORDIGER", "ontbreekt", "/client/vertegenwoordiger")


# --- grondslagen and the profile ---------------------------------------------------------


def check_grondslagen(ctx: Context) -> None:
    profile = ctx.profile
    for base, v in ctx.voorzieningen():
        grondslagen = [(f"{base}/grondslagen/{j}", g) for j, g in enumerate(lst(v.get("grondslagen"))) if isinstance(g, dict)]
        for ptr, g in grondslagen:
            regeling, artikel = txt(g.get("regeling")), txt(g.get("artikel"))
            lid = g.get("lid") if isinstance(g.get("lid"), int) and not isinstance(g.get("lid"), bool) else None
            onderdeel = txt(g.get("onderdeel"))
            if regeling is None or artikel is None:
                continue
            law = normalise_law(regeling) if regeling in {"Wmo 2015", "Awb"} else None
            if law is not None:
                # Check step by step so the pointer names the part that is wrong.
                for part, args in (("artikel", (None, None)), ("lid", (lid, None)), ("onderdeel", (lid, onderdeel))):
                    problem = check_citation(law, artikel, *args)
                    if problem is not None:
                        ctx.add("CASUS-GRONDSLAG", "wet", f"{ptr}/{part}", probleem=problem.message,
                                profiel=profile.id if profile else "het profiel")
                        break
            elif regeling in {"verordening", "beleidsregels"} and profile is not None:
                _check_local(ctx, ptr, profile, regeling, artikel, lid, onderdeel)
        if txt(v.get("beslissing")) and grondslagen:
            regelingen = {g.get("regeling") for _, g in grondslagen}
            if "Wmo 2015" not in regelingen:
                ctx.add("CASUS-GRONDSLAG-VOLLEDIG", "geen_wmo", f"{base}/grondslagen", voorziening=label(base, v))
            if "verordening" not in regelingen:
                ctx.add("CASUS-GRONDSLAG-VOLLEDIG", "geen_verordening", f"{base}/grondslagen", voorziening=label(base, v))


def _check_local(ctx: Context, ptr: str, profile: Profile, regeling: str, artikel: str, lid: int | None, onderdeel: str | None) -> None:
    entry = profile.verordening_artikel(artikel) if regeling == "verordening" else profile.beleidsregel(artikel)
    fields = {"artikel": artikel, "regeling": regeling, "profiel": profile.id}
    if entry is None:
        ctx.add("CASUS-GRONDSLAG", "verordening_artikel", f"{ptr}/artikel", **fields)
        return
    leden = entry.get("leden")
    if lid is not None and isinstance(leden, int) and leden and not 1 <= lid <= leden:
        ctx.add("CASUS-GRONDSLAG", "verordening_lid", f"{ptr}/lid", leden=leden, lid=lid, **fields)
        return
    if onderdeel is not None and "onderdelen" in entry:
        letters = obj(entry.get("onderdelen")).get(str(lid) if lid is not None else "0", [])
        if onderdeel not in letters:
            waar = f" in lid {lid}" if lid is not None else ""
            ctx.add("CASUS-GRONDSLAG", "verordening_onderdeel", f"{ptr}/onderdeel", onderdeel=onderdeel, waar=waar, **fields)


def check_algemene_voorzieningen(ctx: Context) -> None:
    profile = ctx.profile
    if profile is None:
        return
    known = ", ".join(v["id"] for v in profile.data.get("sociale_kaart", []))
    for _, ptr, layer in ctx.layers():
        for k, ident in enumerate(lst(layer.get("voorzieningen"))):
            if isinstance(ident, str) and profile.algemene_voorziening(ident) is None:
                ctx.add("CASUS-ALGEMENE-VOORZIENING", "onbekend", f"{ptr}/voorzieningen/{k}", value=ident, profiel=profile.id, known=known)


def check_profile(ctx: Context) -> None:
    if ctx.profile is not None:
        code = ctx.profile.data.get("cbs_code")
        if isinstance(code, str) and not formats.is_gemeentecode(code):
            ctx.add("CASUS-GEMEENTE", "cbs_code", "/zaak/gemeente", value=code, known=ctx.profile.id)


RULES: tuple[Callable[[Context], None], ...] = (
    check_profile, check_bsn, check_postcodes, check_codes, check_birth_date, check_chronology,
    check_onderzoek_term, check_besluit_term, check_besluitsoort, check_layers, check_motivering,
    check_specification, check_pgb, check_transition, check_offertes, check_eigen_bijdrage,
    check_vertegenwoordiger, check_grondslagen, check_algemene_voorzieningen,
)


def domain_findings(data: Any, profile: Profile | None, *, schema_ok: bool) -> list[Finding]:
    """Run every domain rule. On a case with schema errors a rule that trips over the bad
    structure is skipped (the schema finding already says what is wrong); on a
    schema-valid case such a crash is a bug and propagates."""
    if not isinstance(data, dict):
        return []
    ctx = Context(data=data, profile=profile)
    for check in RULES:
        try:
            check(ctx)
        except (TypeError, KeyError, AttributeError, ValueError):
            if schema_ok:
                raise
    return ctx.findings


def valid_profile_id(value: Any) -> bool:
    return isinstance(value, str) and bool(_PROFILE_ID.fullmatch(value))


__all__ = ["RULES", "domain_findings", "pointer", "valid_profile_id"]
