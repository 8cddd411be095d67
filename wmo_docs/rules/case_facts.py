"""What the checker knows from the case JSON (``--case``): one read-only object every rule can use.

The engine builds a :class:`CaseFacts` once per run and hangs it on ``Analysis.case``
(None without a case). Rules read facts from it instead of guessing from the text:

* ``kind`` / ``soort``  — the document kind and besluit soort (the analysis uses these
  instead of detection when the caller did not pass them);
* ``voorzieningen``    — what was decided, per voorziening (soort, omschrijving, beslissing,
  omvang, dates, leveringsvorm, aanbieder, current voorziening);
* ``layer_conclusions`` — per layer key of ``checks/vocab/layers.toml`` the consultant's
  conclusion and reason ("niet van toepassing", …);
* ``names``, ``dates``  — the client's (and representative's) names, the process dates.

``sharpen`` is the engine's generic hook: a finding of a layer rule gets the case's own
conclusion for that layer in its hint, so the consulent sees what to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from wmo_docs.errors import InputError
from wmo_docs.findings import Finding, Severity

# case layer key -> weighing layer key (checks/vocab/layers.toml)
CASE_LAYERS = {
    "eigen_kracht": "EIGEN_KRACHT",
    "gebruikelijke_hulp": "GEBRUIKELIJKE_HULP",
    "mantelzorg": "MANTELZORG",
    "sociaal_netwerk": "SOCIAAL_NETWERK",
    "algemene_voorzieningen": "ALGEMENE_VOORZIENING",
    "voorliggende_voorzieningen": "VOORLIGGENDE_VOORZIENING",
}
BESLISSING_TO_KIND = {
    "toegekend": "grant", "gedeeltelijk toegekend": "grant", "gewijzigd": "change",
    "afgewezen": "refuse", "beëindigd": "end",
}


def _obj(v: Any) -> dict:
    return v if isinstance(v, Mapping) else {}


def _date(v: Any) -> date | None:
    from wmo_docs.case.formats import parse_date

    return parse_date(v)


@dataclass(frozen=True)
class Omvang:
    volume: float
    eenheid: str
    frequentie: str

    @classmethod
    def of(cls, raw: Any) -> "Omvang | None":
        raw = _obj(raw)
        try:
            return cls(float(raw["volume"]), str(raw.get("eenheid", "")), str(raw.get("frequentie", "")))
        except (KeyError, TypeError, ValueError):
            return None

    def written(self) -> str:
        """As the letters write it: '3 uur per week' (Babel, the same as the templates)."""
        from wmo_docs.render.formatting import omvang

        volume = int(self.volume) if self.volume == int(self.volume) else self.volume
        return omvang({"volume": volume, "eenheid": self.eenheid, "frequentie": self.frequentie})


@dataclass(frozen=True)
class CaseVoorziening:
    index: int
    soort: str
    omschrijving: str
    beslissing: str
    omvang: Omvang | None = None
    huidige_omvang: Omvang | None = None
    ingangsdatum: date | None = None
    einddatum: date | None = None
    overgang_tot: date | None = None
    huidige_sinds: date | None = None
    leveringsvorm: str | None = None
    aanbieder: str | None = None
    pgb_bedrag: float | None = None
    pgb_per: str | None = None

    @property
    def decision(self) -> str:
        """grant, refuse, change or end."""
        return BESLISSING_TO_KIND.get(self.beslissing, "")


@dataclass(frozen=True)
class CaseFacts:
    data: Mapping[str, Any]
    kind: str | None
    soort: str | None
    voorzieningen: tuple[CaseVoorziening, ...] = ()
    layer_conclusions: dict[str, tuple[str, str]] = field(default_factory=dict)  # layer -> (conclusie, reden)
    names: tuple[str, ...] = ()  # surnames (with tussenvoegsel) the letter may address
    dates: dict[str, date] = field(default_factory=dict)

    @property
    def granted(self) -> tuple[CaseVoorziening, ...]:
        return tuple(v for v in self.voorzieningen if v.decision in ("grant", "change"))

    def layers_not_applicable(self) -> frozenset[str]:
        """Layer keys the consultant concluded 'niet van toepassing'."""
        return frozenset(k for k, (c, _) in self.layer_conclusions.items() if c == "niet van toepassing")

    @classmethod
    def from_case(cls, data: Mapping[str, Any]) -> "CaseFacts":
        besluit = _obj(data.get("besluit"))
        voorzieningen = []
        for i, v in enumerate(besluit.get("voorzieningen") or []):
            v = _obj(v)
            huidige = _obj(v.get("huidige_voorziening"))
            pgb = _obj(v.get("pgb"))
            try:
                bedrag = float(pgb["bedrag"]) if "bedrag" in pgb else None
            except (TypeError, ValueError):
                bedrag = None
            voorzieningen.append(CaseVoorziening(
                index=i,
                soort=str(v.get("soort") or ""),
                omschrijving=str(v.get("omschrijving") or v.get("soort") or ""),
                beslissing=str(v.get("beslissing") or ""),
                omvang=Omvang.of(v.get("omvang")),
                huidige_omvang=Omvang.of(huidige.get("omvang")),
                ingangsdatum=_date(v.get("ingangsdatum")),
                einddatum=_date(v.get("einddatum")),
                overgang_tot=_date(_obj(v.get("overgangstermijn")).get("tot")),
                huidige_sinds=_date(huidige.get("sinds")),
                leveringsvorm=v.get("leveringsvorm") if isinstance(v.get("leveringsvorm"), str) else None,
                aanbieder=_obj(v.get("aanbieder")).get("naam") or None,
                pgb_bedrag=bedrag,
                pgb_per=pgb.get("per") if isinstance(pgb.get("per"), str) else None,
            ))
        layers = {}
        for case_key, key in CASE_LAYERS.items():
            layer = _obj(_obj(data.get("afweging")).get(case_key))
            if layer.get("conclusie"):
                layers[key] = (str(layer["conclusie"]), str(layer.get("reden") or ""))
        names = []
        client = _obj(data.get("client"))
        for person in (client, _obj(client.get("vertegenwoordiger"))):
            naam = _obj(person.get("naam"))
            if naam.get("achternaam"):
                names.append(" ".join(x for x in (naam.get("tussenvoegsel"), naam["achternaam"]) if x))
            partner = _obj(naam.get("partner"))
            if partner.get("achternaam"):
                names.append(" ".join(x for x in (partner.get("tussenvoegsel"), partner["achternaam"]) if x))
            for key in ("voornamen", "roepnaam"):
                if naam.get(key):
                    names.append(str(naam[key]).split()[0])
        dates = {}
        for key, path in {
            "melding": ("melding", "datum"), "gesprek": ("onderzoek", "gespreksdatum"),
            "verslag": ("verslag", "verzonden_op"), "aanvraag": ("aanvraag", "datum_ontvangst"),
            "besluit": ("besluit", "datum"), "reactie": ("verslag", "reactie", "datum"),
        }.items():
            node: Any = data
            for p in path:
                node = _obj(node).get(p)
            d = _date(node)
            if d is not None:
                dates[key] = d
        soort = besluit.get("soort") if isinstance(besluit.get("soort"), str) else None
        return cls(
            data=data,
            kind=None if besluit else "rapportage",  # no decision: only a rapportage can be made
            soort=soort,
            voorzieningen=tuple(voorzieningen),
            layer_conclusions=layers,
            names=tuple(dict.fromkeys(names)),
            dates=dates,
        )


def load_case(case: "Path | str | Mapping[str, Any] | CaseFacts | None") -> CaseFacts | None:
    """A case file (validated with ``wmo_docs.case.load_and_validate``) or dict as CaseFacts.

    Raises InputError (Dutch) when the file cannot be read or is not a valid case.
    """
    if case is None or isinstance(case, CaseFacts):
        return case
    if isinstance(case, (str, Path)):
        from wmo_docs.case import load_and_validate

        try:
            data, findings = load_and_validate(Path(case))
        except InputError as exc:
            if "casus" in exc.message.lower():
                raise
            raise InputError(f"het casusbestand is niet te gebruiken: {exc.message}", exc.path or case) from None
        source: Path | None = Path(case)
    else:
        from wmo_docs.case import validate_case

        data, source = case, None
        findings = validate_case(data)
    if not isinstance(data, Mapping):
        raise InputError("een casusbestand moet een JSON-object zijn.", source)
    schema = [f for f in findings if f.rule == "SCHEMA" and f.severity == Severity.ERROR]
    if schema:  # domain findings (late termijn, …) are facts to check against, not a reason to refuse
        first = schema[0]
        where = f" (bij {first.pointer})" if first.pointer else ""
        raise InputError(
            f"de casus is geen geldige casus: {len(schema)} fout(en) in de opbouw, bijvoorbeeld{where}: {first.message} "
            "Controleer het bestand met 'wmo-docs validate'.",
            source,
        )
    return CaseFacts.from_case(data)


def sharpen(finding: Finding, facts: CaseFacts | None) -> Finding:
    """Add what the case says to a finding where that is cheap and clear (layer rules)."""
    if facts is None:
        return finding
    layer = finding.extra.get("layer")
    if layer and layer in facts.layer_conclusions:
        conclusie, reden = facts.layer_conclusions[layer]
        told = f"In de casus is deze laag beoordeeld als '{conclusie}'" + (f" ({reden.rstrip('.')})" if reden else "") + \
               ". Neem die afweging met de feiten op in de brief."
        hint = f"{finding.hint} {told}" if finding.hint else told
        return replace(finding, hint=hint, extra={**finding.extra, "casus_conclusie": conclusie})
    return finding
