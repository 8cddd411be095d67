"""The steps of a verslag van onderzoek: VERSLAG-GESPREK, -HULPVRAAG, -BEPERKINGEN,
-ONDERSTEUNINGSBEHOEFTE, -CONCLUSIE, -REACTIE.

A step is present when it has content: under its own heading (until the next heading),
after an inline label ("Hulpvraag: …"), in a table row ("Hulpvraag | …"), or as a sentence
whose wording is the step itself ("Mevrouw vraagt om hulp bij …"). A heading with nothing
under it, or only "n.v.t.", does not count. Cues are in ``checks/vocab/report_steps.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wmo_docs.findings import Finding
from wmo_docs.reading.structure import section_of
from wmo_docs.rules.analysis import NON_CASE_SECTIONS, Analysis
from wmo_docs.rules.base import anchor_finding, finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec
from wmo_docs.rules.cues import Unit, rx, units, vocab
from wmo_docs.rules.weighing import layers, signalled_layers

_SKIP = NON_CASE_SECTIONS - {"ondertekening"}


@dataclass
class Slot:
    """A place where the draft puts a step: the label/heading and the text that belongs to it."""

    block: int
    label: str
    content: str


def _is_empty(text: str) -> bool:
    return bool(rx(vocab("report_steps")["empty"]).match(text.strip())) or not text.strip()


def _slots(a: Analysis, heading_pattern: str) -> list[Slot]:
    """Headings, inline labels and table rows that open the step, with their content."""
    head = rx(heading_pattern)
    blocks = a.document.blocks
    out: list[Slot] = []
    for b in blocks:
        if b.part != "body" or a.structure.sections[b.index] in _SKIP:
            continue
        text = b.text.strip()
        if not text:
            continue
        if b.origin and b.origin[0] == "cell":
            continue  # tables: below
        if _heading_like(a, b):
            label = text.rstrip(":").strip()
            if head.search(label):
                body = []
                for nb in blocks[b.index + 1 :]:
                    if nb.part != "body" or (_heading_like(a, nb) and not _lead_in(nb)):
                        break
                    body.append(nb.text.strip())
                out.append(Slot(b.index, label, "\n".join(t for t in body if t)))
            continue
        for line in text.splitlines():  # "Hulpvraag: mevrouw wil …" (a .txt block may hold several lines)
            label, colon, rest = line.partition(":")
            if colon and len(label.split()) <= 6 and head.search(label.strip()):
                out.append(Slot(b.index, label.strip(), rest.strip()))
    for u in units(a):
        if u.table and ":" in u.text and u.section not in _SKIP:
            label, _, rest = u.text.partition(":")
            if head.search(label.strip()):
                out.append(Slot(u.block, label.strip(), rest.strip()))
    return out


def _heading_like(a: Analysis, block) -> bool:
    """A heading, or a short question used as one in B1 reports ("Wat lukt niet goed?")."""
    if a.structure.headings[block.index]:
        return True
    text = block.text.strip()
    in_table = bool(block.origin) and block.origin[0] == "cell"
    return not in_table and "\n" not in text and text.endswith("?") and len(text.split()) <= 12


def _lead_in(block) -> bool:
    """'Wij adviseren het volgende:' reads as a label line but opens the text under a heading."""
    text = block.text.strip()
    return (text.endswith(":") and not block.is_heading and not block.bold and section_of(text) is None
            and len(text.split()) >= 3)


def _layer_scoped(a: Analysis, u: Unit) -> bool:
    """A sentence about a layer of the pyramid (eigen kracht, mantelzorg …) weighs; it does not describe the problem."""
    if u.section == "afweging":
        return True
    s = u.sentence
    if s is not None and signalled_layers(s) and any(layers()[k].explicit and s.has(*layers()[k].explicit) for k in signalled_layers(s)):
        return True
    from wmo_docs.rules.weighing import _scopes  # the heading/label scope the layer rules use

    return bool(_scopes(a).get(u.block))


def _step_blocks(a: Analysis, key: str) -> set[int]:
    """Blocks that belong to a step's own slots: its label line, or the text under its heading (cached)."""
    memo = ("report_step_blocks", key)
    if memo not in a.memo:
        blocks: set[int] = set()
        for slot in _slots(a, vocab("report_steps")["steps"][key]["heading"]):
            if not _heading_like(a, a.block(slot.block)):
                blocks.add(slot.block)  # "Advies: …" on one line
                continue
            for nb in a.document.blocks[slot.block + 1 :]:
                if nb.part != "body" or (_heading_like(a, nb) and not _lead_in(nb)):
                    break
                blocks.add(nb.index)
        a.memo[memo] = blocks
    return a.memo[memo]


def _other_steps(a: Analysis, key: str) -> set[int]:
    """Blocks under the heading of another step: a 'kan niet' in the advice is no description of the problem."""
    return set().union(*(_step_blocks(a, other) for other in vocab("report_steps")["steps"] if other != key))


def _prose(a: Analysis, pattern: str, min_words: int, exclude_layers: bool = False, key: str | None = None) -> list[Unit]:
    p = rx(pattern)
    skip = _other_steps(a, key) if key else set()
    out = []
    for u in units(a):
        if u.heading or u.table or u.section in _SKIP or u.block in skip:
            continue
        if len(u.text.split()) < min_words or not p.search(u.text):
            continue
        if exclude_layers and _layer_scoped(a, u):
            continue
        out.append(u)
    return out


def _content_ok(text: str, step: dict) -> bool:
    """Real content: not empty, long enough, and with the step's own words; what only points
    elsewhere ("zie aanmeldformulier d.d. 20-10-2025", "zie brief geriater") is not counted."""
    text = rx(vocab("report_steps")["reference"]).sub(" ", text)
    if _is_empty(text):
        return False
    if len(re.findall(r"\w+", text)) < int(step.get("content_min_words", 2)):
        return False
    if not step.get("content") or rx(step["content"]).search(text):
        return True
    return bool(step.get("prose")) and bool(rx(step["prose"]).search(text))  # the step in its own words


def _step(rule: RuleSpec, a: Analysis, key: str, *, exclude_layers: bool = False) -> Iterator[Finding]:
    step = vocab("report_steps")["steps"][key]
    slots = _slots(a, step["heading"])
    strong = rx(step["strong"]) if step.get("strong") else None
    if any(_content_ok(s.content, step) or (strong and strong.search(s.label) and _content_ok(s.content, {**step, "content": ""}))
           for s in slots):
        return
    # the text of the step's own slots was judged above: it cannot count again as prose; and where the
    # draft has a place for the step, the weighing of a layer ("… of hij in aanmerking komt voor de Wlz") is not it
    own = _step_blocks(a, key) if slots else set()
    if [u for u in _prose(a, step["prose"], int(step.get("content_min_words", 3)), exclude_layers or bool(slots), key)
            if u.block not in own]:
        return
    p = rule.params
    if slots:
        s = slots[0]
        text = a.block(s.block).text
        shown = s.content.strip() or "niets"
        yield finding(rule, a, s.block, 0, len(text.rstrip()), p["message_empty"].format(
            label=shorten(s.label, 50), content=shorten(shown, 50)))
        return
    sections = tuple(p.get("missing_goes_to") or ("onderzoek",))
    yield anchor_finding(rule, a, sections, p["message_missing"].format(where=where_phrase(a, *sections)))


def verslag_hulpvraag(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The hulpvraag in the resident's terms."""
    yield from _step(rule, a, "hulpvraag", exclude_layers=True)


def verslag_beperkingen(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The problems and limitations, per life area; a limitation said only in the weighing of a layer does not count."""
    yield from _step(rule, a, "beperkingen", exclude_layers=True)


def verslag_conclusie(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """A conclusion or advice."""
    yield from _step(rule, a, "conclusie")


def verslag_reactie(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """The resident may react, add remarks or sign for agreement."""
    yield from _step(rule, a, "reactie")


def verslag_ondersteuningsbehoefte(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """What support is needed, by kind and omvang; the advice may say it."""
    cfg = vocab("report_steps")["steps"]
    need, advice = cfg["ondersteuningsbehoefte"], cfg["conclusie"]
    kind, omvang = rx(need["kind"]), rx(need["omvang"])
    slots = _slots(a, need["heading"]) + _slots(a, advice["heading"])
    texts = [s.content for s in slots if not _is_empty(s.content)]
    texts += [u.text for u in _prose(a, need["prose"], 4, exclude_layers=True)]
    texts += [u.text for u in _prose(a, advice["prose"], 4)]
    if any(kind.search(t) and omvang.search(t) for t in texts):
        return
    p = rule.params
    named = next((t for t in texts if kind.search(t)), None)
    if named is not None:
        msg = p["message_no_omvang"].format(quote=shorten(named, 70))
    else:
        msg = p["message_missing"].format(where=where_phrase(a, "onderzoek"))
    own = _slots(a, need["heading"])
    if own:
        s = own[0]
        text = a.block(s.block).text
        yield finding(rule, a, s.block, 0, len(text.rstrip()), msg)
    else:
        yield anchor_finding(rule, a, ("onderzoek",), msg)


def verslag_gesprek(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Date, place and who were present; cliëntondersteuning offered; persoonlijk plan asked."""
    g = vocab("report_steps")["gesprek"]
    candidates = [u for u in units(a) if u.section not in ("kop", "voet") and not u.heading]
    missing = []
    for part in g["parts"].values():
        label, prose = rx(part["label"]), rx(part["prose"])
        ok = False
        for line in (ln for u in candidates for ln in u.text.splitlines()):  # "Label: n.v.t." lines of a .txt block
            if (label.search(line) or prose.search(line)) and not _is_empty(_after_label(line)):
                ok = True
                break
        if not ok:
            missing.append(part["name"])
    if not missing:
        return
    parts = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " en " + missing[-1]
    p = rule.params
    head = rx(g["heading"])
    target = next((b.index for b in a.document.blocks if a.structure.headings[b.index] and head.search(b.text)), None)
    where = f"onder het kopje '{shorten(a.block(target).text, 50)}'" if target is not None else where_phrase(a, "onderzoek", "intro")
    msg = p["message"].format(parts=parts, where=where)
    if target is not None:
        text = a.block(target).text
        yield finding(rule, a, target, 0, len(text.rstrip()), msg)
    else:
        yield anchor_finding(rule, a, ("onderzoek", "intro"), msg)


def _after_label(text: str) -> str:
    """'Cliëntondersteuning: n.v.t.' -> 'n.v.t.'; a sentence without a label stays whole."""
    label, colon, rest = text.partition(":")
    if not colon:
        label, colon, rest = text.partition("|")
    return rest if colon and len(label.split()) <= 5 else text
