"""Build the template context from a case and a profile.

The context is the case itself (its top-level fields as template variables, e.g.
``besluit.voorzieningen``), the profile as ``profiel``, and ``brief``: values derived
for the letter (address block, salutation, legal grounds in words, the layers). The
shape of ``brief`` is declared in ``BRIEF_SCHEMA`` so that ``templates lint`` can hold
every template variable against the case schema, the profile schema and this one.

Case text is data: every string is cleaned of characters XML cannot hold, and the
templates render with autoescaping on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from babel.lists import format_list

from wmo_docs.profile import Profile
from wmo_docs.render import formatting, names
from wmo_docs.render.textblocks import load_textblocks

DOCUMENTS = ("beschikking", "rapportage")

LAYERS = (
    "eigen_kracht",
    "gebruikelijke_hulp",
    "mantelzorg",
    "sociaal_netwerk",
    "algemene_voorzieningen",
    "voorliggende_voorzieningen",
)
GRANTS = ("toegekend", "gedeeltelijk toegekend", "gewijzigd")

_ORDINALS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
_PLACE = {
    "huisbezoek": "bij u thuis",
    "loket": "op het gemeentehuis",
    "telefonisch": "telefonisch",
    "video": "in een videogesprek",
}
_LEVERINGSVORM = {"zorg in natura": "zorg in natura", "pgb": "persoonsgebonden budget (pgb)"}
# XML 1.0 forbids most control characters; a case field holding one must not break the .docx.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(value: Any) -> Any:
    """A deep copy of case data with every string made safe for a Word document."""
    if isinstance(value, str):
        return _XML_INVALID.sub("", value.replace("\r\n", "\n"))
    if isinstance(value, Mapping):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def dutch_list(items: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b en c' (Babel, Dutch)."""
    return format_list(items, locale=formatting.LOCALE) if items else ""


def lid_tekst(lid: int) -> str:
    """3 -> 'derde lid'."""
    return f"{_ORDINALS[lid - 1] if 0 < lid <= len(_ORDINALS) else f'{lid}e'} lid"


def grondslag_tekst(grondslag: Mapping[str, Any], profile: Profile) -> str:
    """One legal ground in words: 'artikel 2.3.5, derde lid, van de Wmo 2015'."""
    parts = [f"artikel {grondslag['artikel']}"]
    if grondslag.get("lid"):
        parts.append(lid_tekst(int(grondslag["lid"])))
    if grondslag.get("onderdeel"):
        parts.append(f"onder {grondslag['onderdeel']}")
    regeling = grondslag["regeling"]
    title = ""
    if regeling == "verordening":
        source = profile.verordening_titel
        known = profile.verordening_artikel(str(grondslag["artikel"]))
        title = known["titel"] if known else ""
    elif regeling == "beleidsregels":
        source = profile.data.get("beleidsregels", {}).get("titel", "beleidsregels")
        known = profile.beleidsregel(str(grondslag["artikel"]))
        title = known["titel"] if known else ""
    elif regeling == "Awb":
        source = "Algemene wet bestuursrecht (Awb)"
    else:
        source = regeling
    text = ", ".join(parts) + f"{',' if len(parts) > 1 else ''} van de {source}"
    return f"{text} ({title})" if title else text


def _article_key(artikel: str) -> tuple[tuple[int, str], ...]:
    """'2.3.5' < '2.3.10'; '3:46' and '8a' sort naturally too."""
    return tuple((int(m.group(1) or 0), m.group(2)) for m in re.finditer(r"(\d*)([a-z]*)", artikel) if m.group(0))


def grondslagen(voorziening: Mapping[str, Any], profile: Profile) -> list[str]:
    """The case's grounds plus the profile's verordening articles for this soort, each once."""
    cited = list(voorziening.get("grondslagen", []))
    have = {(g["regeling"], str(g["artikel"])) for g in cited}
    per_soort = profile.data["verordening"].get("artikel_per_voorziening", {})
    for artikel in per_soort.get(voorziening["soort"], []):
        if ("verordening", artikel) not in have:
            cited.append({"regeling": "verordening", "artikel": artikel})
            have.add(("verordening", artikel))
    order = {"Wmo 2015": 0, "Awb": 1, "verordening": 2, "beleidsregels": 3}
    cited.sort(key=lambda g: (order.get(g["regeling"], 9), _article_key(str(g["artikel"]))))
    return [grondslag_tekst(g, profile) for g in cited]


def adresregels(adres: Mapping[str, Any]) -> list[str]:
    """Street line and postcode line for a window envelope: 'Lindelaan 12a', '9999 AB  VOORBEELDSTAD'."""
    number = f"{adres['huisnummer']}{adres.get('huisletter', '')}"
    if adres.get("toevoeging"):
        number += f"-{adres['toevoeging']}"
    postcode = str(adres["postcode"]).replace(" ", "")
    postcode = f"{postcode[:4]} {postcode[4:]}"
    return [f"{adres['straat']} {number}", f"{postcode}  {str(adres['woonplaats']).upper()}"]


def _postadres(profile: Profile) -> str:
    post = profile.data["postadres"]
    first = post.get("postbus") or f"{post.get('straat', '')} {post.get('huisnummer', '')}".strip()
    return f"{first}, {post['postcode']} {post['woonplaats']}"


def _geadresseerde(client: Mapping[str, Any]) -> dict[str, Any]:
    rep = client.get("vertegenwoordiger")
    person = rep or client
    naamregel = names.adresregel_naam(person["naam"], person["aanhef"])
    lines: list[str] = []
    if rep and rep.get("organisatie"):
        lines = [rep["organisatie"], f"T.a.v. {names.naam_met_titel(person['naam'], person['aanhef'])}"]
    else:
        lines = [naamregel]
    return {
        "naamregel": naamregel,
        "organisatie": (rep or {}).get("organisatie", ""),
        "adresregels": lines + adresregels(person["adres"]),
        "aanhef": names.aanhef(person["naam"], person["aanhef"]),
    }


def _lagen(afweging: Mapping[str, Any], blocks: Mapping[str, Any], profile: Profile) -> list[dict[str, Any]]:
    result = []
    for key in LAYERS:
        layer = afweging.get(key)
        if not layer:
            continue
        text = blocks.get("laag", {}).get(key, {})
        named = []
        for ident in layer.get("voorzieningen", []):
            known = profile.algemene_voorziening(ident)
            named.append(known["naam"] if known else ident)
        result.append(
            {
                "sleutel": key,
                "kop": text.get("kop", key.replace("_", " ").capitalize()),
                "uitleg": text.get("uitleg", ""),
                "bevinding": layer["bevinding"],
                "conclusie": layer["conclusie"],
                "conclusie_zin": blocks.get("conclusie", {}).get(layer["conclusie"], ""),
                "reden": layer.get("reden", ""),
                "voorzieningen": dutch_list(named),
            }
        )
    return result


def _is_single_item(omvang: Mapping[str, Any]) -> bool:
    """One traplift or one scootmobiel: '1 stuk in totaal' says nothing the dictum needs."""
    return omvang.get("eenheid") == "stuk" and omvang.get("volume") == 1 and omvang.get("frequentie") == "totaal"


def _voorziening(v: Mapping[str, Any], index: int, blocks: Mapping[str, Any], profile: Profile) -> dict[str, Any]:
    text = blocks.get("voorziening", {}).get(v["soort"], {})
    chosen = next((o for o in v.get("offertes", []) if o.get("gekozen")), None)
    derived = {
        "nummer": index,
        "kop": v["omschrijving"][:1].upper() + v["omschrijving"][1:],
        "uitleg": text.get("uitleg", ""),
        "met_lidwoord": f"{text['lidwoord']} {v['omschrijving']}" if text.get("lidwoord") else v["omschrijving"],
        "omvang_in_dictum": bool(v.get("omvang")) and not _is_single_item(v["omvang"]),
        "pgb_besteding": text.get("pgb_besteding", "de ondersteuning zoals in deze brief beschreven"),
        "is_toekenning": v["beslissing"] in GRANTS,
        "leveringsvorm_tekst": _LEVERINGSVORM.get(v.get("leveringsvorm", ""), ""),
        "grondslagen_tekst": grondslagen(v, profile),
        "gekozen_offerte": chosen,
        "eigen_bijdrage_uitgezonderd": v["soort"] in profile.data.get("eigen_bijdrage", {}).get("geldt_niet_voor", [])
        or v["soort"] == "rolstoelvoorziening",
    }
    return {**v, **derived}


def _onderwerp(document: str, voorzieningen: list[dict[str, Any]]) -> str:
    if document == "rapportage":
        return "Verslag van het onderzoek naar uw hulpvraag"
    return "Besluit over " + dutch_list([v["omschrijving"] for v in voorzieningen])


def build_context(case: Mapping[str, Any], profile: Profile, document: str) -> dict[str, Any]:
    """The full template context for one document; pure data, no template objects."""
    data = clean(case)
    blocks = load_textblocks(profile)
    client = data["client"]
    besluit = data.get("besluit") or {}
    voorzieningen = [_voorziening(v, i, blocks, profile) for i, v in enumerate(besluit.get("voorzieningen", []), 1)]
    rep = client.get("vertegenwoordiger")
    onderzoek = data["onderzoek"]
    if document == "beschikking":
        letter_date = besluit.get("datum", "")
    else:
        letter_date = (data.get("verslag") or {}).get("verzonden_op") or onderzoek["gespreksdatum"]
    consulent = data["zaak"]["consulent"]
    brief = {
        "soort": document,
        "datum": letter_date,
        "kenmerk": besluit.get("kenmerk") or data["zaak"]["zaaknummer"],
        "onderwerp": _onderwerp(document, voorzieningen),
        "geadresseerde": _geadresseerde(client),
        "aanhef": _geadresseerde(client)["aanhef"],
        "client_naam": names.naam_met_titel(client["naam"], client["aanhef"]),
        "client_kort": names.korte_naam(client["naam"], client["aanhef"]),
        "client_adres": ", ".join(adresregels(client["adres"])).replace("  ", " "),
        "via_vertegenwoordiger": bool(rep),
        "vertegenwoordiger_naam": names.naam_met_titel(rep["naam"], rep["aanhef"]) if rep else "",
        "vertegenwoordiger_soort": rep["soort"] if rep else "",
        "retouradres": _postadres(profile),
        "contact_telefoon": consulent.get("telefoon") or profile.data["contact"]["telefoon"],
        "contact_email": consulent.get("email") or profile.data["contact"].get("email", ""),
        "plaats_tekst": _PLACE.get(onderzoek["plaats"], onderzoek["plaats"]),
        "aanwezigen_tekst": dutch_list([f"{a['naam']} ({a['rol']})" for a in onderzoek["aanwezigen"]]),
        "lagen": _lagen(data["afweging"], blocks, profile),
        "voorzieningen": voorzieningen,
        "heeft_toekenning": any(v["is_toekenning"] for v in voorzieningen),
        "heeft_natura_toekenning": any(
            v["is_toekenning"] and v.get("leveringsvorm") != "pgb" for v in voorzieningen
        ),
        "logo": "",
    }
    context: dict[str, Any] = {key: data.get(key) for key in _CASE_KEYS}
    context["profiel"] = clean(profile.data)
    context["brief"] = brief
    return context


_CASE_KEYS = (
    "zaak",
    "client",
    "melding",
    "onderzoek",
    "afweging",
    "verslag",
    "aanvraag",
    "besluit",
    "eigen_bijdrage",
)

# The shape of ``brief`` for the template lint. "$case" points into the case schema's $defs.
_STR = {"type": "string"}
_BOOL = {"type": "boolean"}
BRIEF_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "soort": _STR,
        "datum": _STR,
        "kenmerk": _STR,
        "onderwerp": _STR,
        "geadresseerde": {
            "type": "object",
            "properties": {
                "naamregel": _STR,
                "organisatie": _STR,
                "adresregels": {"type": "array", "items": _STR},
                "aanhef": _STR,
            },
        },
        "aanhef": _STR,
        "client_naam": _STR,
        "client_kort": _STR,
        "client_adres": _STR,
        "via_vertegenwoordiger": _BOOL,
        "vertegenwoordiger_naam": _STR,
        "vertegenwoordiger_soort": _STR,
        "retouradres": _STR,
        "contact_telefoon": _STR,
        "contact_email": _STR,
        "plaats_tekst": _STR,
        "aanwezigen_tekst": _STR,
        "lagen": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    k: _STR
                    for k in ("sleutel", "kop", "uitleg", "bevinding", "conclusie", "conclusie_zin", "reden", "voorzieningen")
                },
            },
        },
        "voorzieningen": {
            "type": "array",
            "items": {
                "allOf": [{"$case": "voorziening"}],
                "type": "object",
                "properties": {
                    "nummer": {"type": "integer"},
                    "kop": _STR,
                    "uitleg": _STR,
                    "met_lidwoord": _STR,
                    "omvang_in_dictum": _BOOL,
                    "pgb_besteding": _STR,
                    "is_toekenning": _BOOL,
                    "leveringsvorm_tekst": _STR,
                    "grondslagen_tekst": {"type": "array", "items": _STR},
                    "gekozen_offerte": {"$case": "voorziening/properties/offertes/items"},
                    "eigen_bijdrage_uitgezonderd": _BOOL,
                },
            },
        },
        "heeft_toekenning": _BOOL,
        "heeft_natura_toekenning": _BOOL,
        "logo": {"description": "Het logo uit het profiel, als afbeelding."},
    },
}
