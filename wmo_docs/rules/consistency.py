"""CASUS-CONSISTENTIE and TERMIJN-OVERSCHREDEN: the draft against its case JSON.

Only what the text states about the same thing is compared: the name in the salutation,
dates next to a cue that says which date it is ("Datum", "gesprek", "ingangsdatum",
"met ingang van", "tot en met"), the omvang next to the voorziening (or in the decision
table), the leveringsvorm and the aanbieder where the letter states them. Other numbers
(working hours, ages, opening hours, the asked omvang) are never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from wmo_docs.findings import Finding
from wmo_docs.rules.analysis import Analysis, Sentence, detect_soort
from wmo_docs.rules.base import anchor_finding, finding
from wmo_docs.rules.case_facts import CaseFacts, CaseVoorziening
from wmo_docs.rules.catalogue import RuleSpec

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RX = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:e)?\s+(?P<m>{_MONTH_RX})\.?(?:\s+(?P<y>(?:19|20)\d\d|'\d\d))?\b"
    r"|\b(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:19|20)\d\d|\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b",
    re.IGNORECASE,
)
NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "achttien": 18, "twintig": 20, "anderhalf": 1.5, "half": 0.5, "halve": 0.5,
}
_BASE = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
NUM_RX = rf"(?P<num>\d+(?:,\d+)?|(?:{_BASE})[eë]nhalf|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
UNITS = {
    "uur": "uur", "uren": "uur", "minuut": "minuut", "minuten": "minuut", "dagdeel": "dagdeel", "dagdelen": "dagdeel",
    "etmaal": "etmaal", "etmalen": "etmaal",
}
FREQ = r"(?P<freq>per\s+(?:week|maand|dag|jaar|twee\s+weken|4\s+weken|vier\s+weken)|in\s+totaal|wekelijks|per\s+keer)"
OMVANG_RX = re.compile(
    rf"\b{NUM_RX}\s+(?P<unit>{'|'.join(UNITS)})\b(?P<gap>(?:\s+[\w’'-]+){{0,4}}?)\s*,?\s+{FREQ}", re.IGNORECASE
)
# Sentences about something else than what was decided: the request, work, school, the old situation
_OTHER = re.compile(
    r"\b(vroeg|vroegen|vraagt|vragen|gevraagd|gevraagde|aangevraagd|aanvraag\s+voor|hulpvraag|verzoek|wilde|wil\s+graag|"
    r"persoonlijk\s+plan|werkt|werk|werken|baan|school|"
    r"opleiding|studie|vrijwilligerswerk|bezwaar|eigen\s+bijdrage|openingstijden|bereikbaar)\b",
    re.IGNORECASE,
)
_SUPPORT = re.compile(r"\b(hulp|ondersteuning|begeleiding|dagbesteding|verblijf|logeer\w*|zorg|toe|krijgt|krijg)\b", re.IGNORECASE)
_SALUTATION = re.compile(
    r"^\s*(?:geachte|beste)\s+(?:(?:mevrouw|meneer|heer|de\s+heer|mevr\.|dhr\.|familie|fam\.|heer/mevrouw)\s+)?"
    r"(?:[A-Z]\.\s*)*(?P<name>[A-ZÀ-Ý'][\w'’À-ÿ-]*(?:\s+[\w'’À-ÿ-]+){0,3}?)\s*,?\s*$",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(
    r"^\s*(?:t\.a\.v\.\s+)?(?:de\s+heer|heer|mevrouw|mevr\.|mw\.|dhr\.)\s+(?:[A-Z]\.\s*)*(?P<name>[A-Za-zÀ-ÿ'’][\w'’À-ÿ-]*(?:\s+[\w'’À-ÿ-]+){0,3}?)\s*$",
    re.IGNORECASE)
_TITLE = {"mevrouw", "meneer", "heer", "de", "familie", "heer/mevrouw", "mevr", "dhr"}
FREQ_CANON = {"wekelijks": "per week", "per 4 weken": "per vier weken"}


def parse_dates(text: str) -> Iterator[tuple[int, int, date | None, tuple[int, int]]]:
    """(start, end, full date or None, (day, month)) for every date written in Dutch."""
    for m in DATE_RX.finditer(text):
        try:
            if m.group("m"):
                day, month = int(m.group("d")), MONTHS[m.group("m").lower()]
                y = m.group("y")
                year = None if y is None else (2000 + int(y[1:]) if y.startswith("'") else int(y))
            elif m.group("m2"):
                day, month, yy = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
                year = yy + 2000 if yy < 100 else yy
            else:
                day, month, year = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
            full = date(year, month, day) if year else None
            if full is None:
                date(2000, month, day)  # validity of day/month
        except ValueError:
            continue
        yield m.start(), m.end(), full, (day, month)


def number(word: str) -> float | None:
    w = word.lower()
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    m = re.fullmatch(rf"({_BASE})[eë]nhalf", w)
    if m:
        return NUMBER_WORDS[m.group(1)] + 0.5
    try:
        return float(w.replace(",", "."))
    except ValueError:
        return None


def nl_date(d: date) -> str:
    from wmo_docs.render.formatting import datum

    return datum(d)


def _same(d: date | None, dm: tuple[int, int], target: date) -> bool:
    return d == target if d is not None else dm == (target.day, target.month)


# --- the cues that say which date a date is ---------------------------------------------
DATE_ROLES: tuple[tuple[str, re.Pattern], ...] = (
    ("gesprek", re.compile(r"\b(gesprek|gesproken|huisbezoek|keukentafel\w*|bij\s+u\s+thuis\s+geweest)\b", re.I)),
    ("melding", re.compile(r"\b(melding|gemeld|meldde)\b", re.I)),
    ("aanvraag", re.compile(r"\b(aanvraag|aangevraagd)\b.*\b(ontvangen|ontvingen|ingediend|gedaan|binnengekomen)\b|"
                            r"\b(ontvingen|ontvangen)\b.*\baanvraag\b", re.I)),
)
_AMBIGUOUS = {
    "gesprek": re.compile(r"\b(verslag|brief|uitnodig\w*|afspraak|melding|aanvraag|gebeld|telefon\w*)\b", re.I),
    "melding": re.compile(r"\b(gesprek|gesproken|verslag|aanvraag)\b", re.I),
    "aanvraag": re.compile(r"\b(gesprek|gesproken|verslag|melding)\b", re.I),
}
_START = re.compile(r"(met\s+ingang\s+van|ingangsdatum\s*:?|gaat\s+in\s+op|vanaf|start(?:datum)?\s*:?)\s*(?:\w+dag\s+)?$", re.I)
_END = re.compile(r"(tot\s+en\s+met|t/m|einddatum\s*:?|eindigt\s+op|tot|laatste\s+dag\s+is|stopt\s+op)\s*(?:\w+dag\s+)?$", re.I)


def _table_pairs(a: Analysis) -> dict[int, str]:
    """value block index -> label text, for two-column label/value tables and 'Label: value' lines."""
    out: dict[int, str] = {}
    cells = {}
    for b in a.document.blocks:
        if b.origin and b.origin[0] == "cell":
            cells[(b.origin[1], b.origin[2], b.origin[3])] = b
    for (t, r, c), b in cells.items():
        left = cells.get((t, r, c - 1))
        if left is not None and left.text.strip() and len(left.text) < 40:
            out[b.index] = left.text.strip().rstrip(":").lower()
    for b in a.document.blocks:
        m = _LABEL_LINE.match(b.text)
        if b.index not in out and m and " ".join(m.group(1).lower().split()) in _FIELD_LABELS:
            out[b.index] = " ".join(m.group(1).lower().split())
    return out


_FIELD_LABELS = frozenset({
    "datum", "dagtekening", "datum brief", "datum besluit", "datum melding", "datum gesprek", "gespreksdatum",
    "ingangsdatum", "startdatum", "einddatum", "omvang", "leveringsvorm", "aanbieder", "zorgaanbieder", "voorziening",
    "gesprek", "huisbezoek", "melding", "periode", "looptijd",
})
_LABEL_LINE = re.compile(r"^\s*(?:[-•*–]\s*)?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ]{2,28}?)\s*:\s+\S")


class _Checker:
    def __init__(self, rule: RuleSpec, a: Analysis, facts: CaseFacts) -> None:
        self.rule, self.a, self.facts = rule, a, facts
        self.labels = _table_pairs(a)
        self.out: list[Finding] = []
        self.seen: set[tuple[int, int]] = set()

    def add(self, block: int, start: int, end: int, in_text: str, in_case: str, what: str) -> None:
        if (block, start) in self.seen:
            return
        self.seen.add((block, start))
        msg = self.rule.params["message"].format(what=what, brief=in_text, casus=in_case)
        msg = msg[:1].upper() + msg[1:]
        self.out.append(finding(self.rule, self.a, block, start, end, msg, casus=in_case, brief=in_text))

    # -- name ------------------------------------------------------------------------------
    def names(self) -> None:
        known = [n.lower() for n in self.facts.names]
        if not known:
            return
        for b in self.a.document.blocks[:40]:  # the address block: "De heer C.J. Dekker"
            if self.a.structure.sections[b.index] not in ("briefhoofd", "intro"):
                break
            m = _ADDRESSEE.match(b.text)
            if m and not self._known(m.group("name"), known):
                self.add(b.index, m.start("name"), m.end("name"), m.group("name").strip(), self.facts.names[0],
                         "de naam in de adressering")
        for b in self.a.document.blocks[:150]:
            m = _SALUTATION.match(b.text)
            if not m:
                continue
            name = m.group("name").strip()
            words = [w for w in name.lower().replace(".", " ").split() if w not in _TITLE]
            if not words:
                return
            if not self._known(name, known):
                client = self.facts.names[0]
                self.add(b.index, m.start("name"), m.end("name"), name, client, "de naam in de aanhef")
            return

    @staticmethod
    def _known(name: str, known: list[str]) -> bool:
        words = [w for w in name.lower().replace(".", " ").split() if w not in _TITLE]
        written = " ".join(words)
        if not written:
            return True
        parts = [written] + [x.strip() for x in written.split("-") if x.strip()]  # "Dijkstra-van 't Hof"
        return any(w == k or w.endswith(" " + k) or k.endswith(" " + w) or k == w or w in k.split()
                   for w in parts for k in known)

    # -- dates -----------------------------------------------------------------------------
    def dates(self) -> None:
        f = self.facts
        starts = {v.ingangsdatum for v in f.voorzieningen if v.ingangsdatum}
        ends = {d for v in f.voorzieningen for d in (v.einddatum, v.overgang_tot) if d}
        by_block: dict[int, list[Sentence]] = {}
        for s in self._sentences():
            by_block.setdefault(s.block, []).append(s)
        for block, sents in by_block.items():
            text = self.a.block(block).text
            label = self.labels.get(block, "")
            for start, end, full, dm in parse_dates(text):
                # the sentence(s) the date sits in; the sentencizer may split inside "2 sep. 2026"
                inside = [s for s in sents if s.start < end and s.end > start]
                if not inside:
                    continue
                lo, hi = inside[0].start, inside[-1].end
                if hi <= end + 1:
                    nxt = [s for s in sents if s.start >= hi]
                    hi = nxt[0].end if nxt else hi
                sent = inside[0]
                before = text[max(lo, start - 40):start]
                role, targets = None, set()
                if label in ("datum", "dagtekening", "datum brief", "datum besluit") and "besluit" in f.dates:
                    role, targets = "de datum van de brief", {f.dates["besluit"]}
                elif label.startswith("ingangsdatum") or label.startswith("startdatum"):
                    role, targets = "de ingangsdatum", starts
                elif label.startswith("einddatum"):
                    role, targets = "de einddatum", ends
                elif label in ("periode", "looptijd"):
                    role, targets = ("de einddatum", ends) if _END.search(before) else ("de ingangsdatum", starts)
                elif label in ("datum gesprek", "gespreksdatum", "gesprek", "huisbezoek") and "gesprek" in f.dates:
                    role, targets = "de datum van het gesprek", {f.dates["gesprek"]}
                elif label in ("datum melding", "melding") and "melding" in f.dates:
                    role, targets = "de datum van de melding", {f.dates["melding"]}
                elif label:
                    continue
                elif _START.search(before) and starts and self._about_decision(sent):
                    role, targets = "de ingangsdatum", starts | {v.huidige_sinds for v in f.voorzieningen if v.huidige_sinds}
                elif _END.search(before) and ends and self._about_decision(sent):
                    role, targets = "de einddatum", ends
                else:
                    here = self._date_clause(text[lo:hi], start - lo, end - lo)
                    for key, rx in DATE_ROLES:
                        if key in f.dates and rx.search(here) and not _AMBIGUOUS[key].search(here):
                            role, targets = {"gesprek": "de datum van het gesprek", "melding": "de datum van de melding",
                                             "aanvraag": "de datum van de aanvraag"}[key], {f.dates[key]}
                            break
                if not role or not targets:
                    continue
                if any(_same(full, dm, t) for t in targets):
                    continue
                if role == "de einddatum" and full is not None and any(full - t == timedelta(days=1) for t in targets):
                    continue  # "per 1 november stopt" = einddatum 31 oktober
                if full is None and role in ("de ingangsdatum", "de einddatum"):
                    continue  # "tot 1 november" without a year is too loose to contradict
                case_text = " of ".join(nl_date(t) for t in sorted(targets))
                self.add(block, start, end, text[start:end], case_text, role)

    @staticmethod
    def _date_clause(text: str, start: int, end: int) -> str:
        """The clause around a date: up to the neighbouring ';' or ':' and other dates."""
        lo = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
        hi_candidates = [i for i in (text.find(";", end), text.find(":", end)) if i != -1]
        hi = min(hi_candidates) if hi_candidates else len(text)
        clause = text[lo:hi]
        if len(list(parse_dates(clause))) > 1:
            return ""  # several dates in one clause: which is which is not clear
        return clause

    def _about_decision(self, s: Sentence) -> bool:
        return bool(_SUPPORT.search(s.text)) or s.has("VOORZIENING") or s.section == "besluit" or \
            any(w in s.text.lower() for v in self.facts.voorzieningen for w in _heads(v))

    def _sentences(self) -> Iterator[Sentence]:
        for s in self.a.sentences:
            if s.section in ("bezwaar", "grondslag") or s.heading and not self.labels.get(s.block):
                continue
            yield s

    # -- omvang ----------------------------------------------------------------------------
    def omvang(self) -> None:
        f = self.facts
        allowed: dict[tuple[str, str], set[float]] = {}
        decided = [v.omvang for v in f.voorzieningen if v.omvang and v.decision in ("grant", "change")]
        for o in decided + [v.huidige_omvang for v in f.voorzieningen if v.huidige_omvang]:
            allowed.setdefault((o.eenheid, o.frequentie), set()).add(o.volume)
        if not decided:
            return
        for s in self._sentences():
            label = self.labels.get(s.block, "")
            if label and not label.startswith("omvang"):
                continue
            if not label and (_OTHER.search(s.text) or not self._about_decision(s)):
                continue
            for m in OMVANG_RX.finditer(s.text):
                value = number(m.group("num"))
                unit = UNITS[m.group("unit").lower()]
                freq = " ".join(m.group("freq").lower().split())
                freq = FREQ_CANON.get(freq, freq)
                gap = m.group("gap").lower()
                if value is None or re.search(r"\b(werk|school|per)\b", gap):
                    continue
                values = allowed.get((unit, freq))
                if values is None:
                    continue  # a unit or frequency the case does not use: not the same thing
                if any(abs(value - v) < 1e-9 for v in values):
                    continue
                expected = [o for o in decided if (o.eenheid, o.frequentie) == (unit, freq)]
                case_text = " of ".join(o.written() for o in expected) or " of ".join(
                    o.written() for o in decided)
                self.add(s.block, s.start + m.start(), s.start + m.end(), m.group(0), case_text, "de omvang")

    # -- leveringsvorm and aanbieder ---------------------------------------------------------
    def leveringsvorm(self) -> None:
        forms = {v.leveringsvorm for v in self.facts.granted if v.leveringsvorm}
        if len(forms) != 1:
            return
        case_form = forms.pop()
        natura = re.compile(r"\bzorg\s+in\s+natura\b|\bin\s+natura\b", re.I)
        pgb = re.compile(r"\b(u\s+krijgt|ontvangt\s+u|kennen\s+wij\s+u|krijgt\s+u|als|in\s+de\s+vorm\s+van)\s+(een\s+)?"
                         r"(pgb|persoonsgebonden\s+budget)\b|^\s*(persoonsgebonden\s+budget|pgb)\b", re.I)
        hedge = re.compile(r"\b(kunt|kiezen|wilt|liever|mogelijk|zou|kan\s+ook)\b", re.I)
        for s in self._sentences():
            label = self.labels.get(s.block, "")
            if label and label != "leveringsvorm":
                continue
            if hedge.search(s.text):
                continue
            if case_form == "pgb":
                m = natura.search(s.text)
                if m:
                    self.add(s.block, s.start + m.start(), s.start + m.end(), m.group(0).strip(), "pgb", "de leveringsvorm")
            else:
                m = pgb.search(s.text)
                if m and (label or not re.search(r"\bpgb\b.*\b(vroeg|gevraagd|aangevraagd)\b|\b(vroeg|gevraagd)\b", s.text, re.I)):
                    self.add(s.block, s.start + m.start(), s.start + m.end(), m.group(0).strip(), "zorg in natura",
                             "de leveringsvorm")

    def aanbieder(self) -> None:
        names = {v.aanbieder for v in self.facts.granted if v.aanbieder}
        if not names:
            return
        norm = {_norm_org(n) for n in names}
        for s in self._sentences():
            label = self.labels.get(s.block, "")
            m = None
            if label in ("aanbieder", "zorgaanbieder", "leverancier"):
                value = s.text.strip()
                start = s.text.find(value)
            else:
                m = re.search(r"\b(?:aanbieder|zorgaanbieder|leverancier)\s*:\s*(?P<v>[^\n.;]{2,60})", s.text, re.I)
                if not m:
                    continue
                value, start = m.group("v").strip(), m.start("v")
            v = _norm_org(value)
            if not v or any(v in n or n in v for n in norm):
                continue
            self.add(s.block, s.start + start, s.start + start + len(value), value, " of ".join(sorted(names)), "de aanbieder")

    # -- voorziening -----------------------------------------------------------------------
    def voorziening(self) -> None:
        f = self.facts
        if not f.voorzieningen:
            return
        for s in self._sentences():
            if self.labels.get(s.block, "") != "voorziening":
                continue
            value = s.text.strip()
            if not value:
                continue
            low = value.lower()
            if any(low in v.omschrijving.lower() or v.omschrijving.lower() in low or _heads(v) & set(low.split())
                   for v in f.voorzieningen):
                continue
            self.add(s.block, s.start, s.end, value, " of ".join(v.omschrijving for v in f.voorzieningen), "de voorziening")


_ORG_NOISE = re.compile(r"\b(b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|stichting|de|het)\b|[^\w\s]", re.I)


def _norm_org(name: str) -> str:
    return " ".join(_ORG_NOISE.sub(" ", name.lower()).split())


_HEAD_STOP = {"uw", "de", "het", "een", "op", "van", "bij", "voor", "met", "en", "in", "thuis", "individuele"}


def _heads(v: CaseVoorziening) -> set[str]:
    words = set(v.omschrijving.lower().split()) | set(v.soort.lower().split())
    return {w for w in words if w not in _HEAD_STOP and len(w) > 3}


def casus_consistentie(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Names, dates, voorziening, omvang, leveringsvorm and aanbieder agree with the case."""
    if a.case is None:
        return
    c = _Checker(rule, a, a.case)
    c.names()
    c.dates()
    c.omvang()
    c.leveringsvorm()
    c.aanbieder()
    c.voorziening()
    yield from c.out
    if a.kind == "beschikking" and a.case.soort:
        read = detect_soort(a)
        if read and read != a.case.soort:
            message = rule.params["message_soort"].format(casus=a.case.soort, brief=read)
            yield anchor_finding(rule, a, ("besluit",), message, casus=a.case.soort, brief=read)


def termijn_overschreden(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The legal terms of the case (onderzoek six weeks, besluit two weeks) through the case
    validation's own term rules; one finding per exceeded term, placed at the letter's date."""
    if a.case is None:
        return
    from wmo_docs.case.rules import Context, check_besluit_term, check_onderzoek_term

    ctx = Context(data=dict(a.case.data), profile=None)
    checks = [check_onderzoek_term]
    if a.kind == "beschikking":
        checks.append(check_besluit_term)
    for check in checks:
        try:
            check(ctx)
        except (TypeError, KeyError, AttributeError, ValueError):
            continue
    if not ctx.findings:
        return
    block, start, end = _date_anchor(a)
    for f in ctx.findings:
        which = "onderzoek" if f.rule == "CASUS-TERMIJN-ONDERZOEK" else "besluit"
        yield finding(rule, a, block, start, end, rule.params[f"message_{which}"].format(detail=f.message),
                      pointer=f.pointer)


def _date_anchor(a: Analysis) -> tuple[int, int, int]:
    """The letter's date if it can be found (label 'Datum' or a date near the top), else the first text."""
    labels = _table_pairs(a)
    for b in a.document.blocks[:40]:
        if labels.get(b.index) == "datum" or re.match(r"^\s*datum\s*:", b.text, re.I):
            text = b.text
            return b.index, len(text) - len(text.lstrip()), len(text.rstrip())
    for b in a.document.blocks:
        if b.text.strip():
            text = b.text
            return b.index, len(text) - len(text.lstrip()), min(len(text.rstrip()), 80)
    return 0, 0, 0


FUNCTIONS = {"casus_consistentie": casus_consistentie, "termijn_overschreden": termijn_overschreden}
