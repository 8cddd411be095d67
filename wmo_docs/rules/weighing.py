"""Is a layer of the zelfredzaamheid pyramid *weighed*, not just named?

A sentence weighs a layer when it is about the layer (its terms, an implicit
signal such as "uw partner kan de was doen", or the heading/label it sits under)
and links a fact of this case to it: a negation, a reason or conclusion, a person
around the resident, a number, or enough own content. It does not when it is a
heading, procedure boilerplate ("Bij het onderzoek kijken wij naar …"), a list of
layer names, or a bare "n.v.t." without a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from wmo_docs.nlp.vocab import toml_file
from wmo_docs.rules import argument
from wmo_docs.rules.analysis import NON_CASE_SECTIONS, Analysis, Sentence, states_norm

PERSON_LABELS = ("P_HOUSEMATE", "P_RELATIVE", "P_ACQUAINTANCE", "P_ALONE")
FACT_LABELS = PERSON_LABELS + ("NEG", "NUMBER", "LIMIT")


@dataclass(frozen=True)
class Layer:
    key: str
    name: str
    explicit: tuple[str, ...]
    implicit: tuple[tuple[str, ...], ...]


@cache
def layers() -> dict[str, Layer]:
    cfg = toml_file("vocab/layers.toml")
    return {
        key: Layer(key, v["name"], tuple(v["explicit"]), tuple(tuple(combo) for combo in v.get("implicit", [])))
        for key, v in cfg.items()
    }


def explicit_layers(s: Sentence) -> frozenset[str]:
    found = s.memo.get("explicit")
    if found is None:
        found = s.memo["explicit"] = frozenset(k for k, layer in layers().items() if s.has(*layer.explicit))
    return found


def signalled_layers(s: Sentence) -> frozenset[str]:
    """Layers a sentence is about by its own words (explicit terms or implicit signals)."""
    found = s.memo.get("signalled")
    if found is None:
        out = set(explicit_layers(s))
        for key, layer in layers().items():
            if any(all(s.has(lbl) for lbl in combo) for combo in layer.implicit):
                out.add(key)
        found = s.memo["signalled"] = frozenset(out)
    return found


def _mention_tokens(s: Sentence) -> set[int]:
    ids: set[int] = set()
    for label, spans in s.labels.items():
        if label.startswith("L_") or label in ("NVT", "NEG"):
            for sp in spans:
                ids.update(range(sp.start, sp.end))
    return ids


def content_words(s: Sentence) -> int:
    """Words that say something beyond the layer's name, negations and 'n.v.t.'."""
    skip = _mention_tokens(s)
    return sum(1 for t in s.span if t.is_alpha and not t.is_stop and t.i not in skip and len(t) > 2)


def is_boilerplate(s: Sentence) -> bool:
    """Procedure text or a list of layer names: names the layers without weighing them.

    A procedure opener ("… is besproken", "wij kijken naar …") still counts when the
    sentence goes on, after ';' ':' or a reason word, to say something about the resident.
    """
    if states_norm(s):
        return True  # the law recited: "… voor zover de cliënt deze beperkingen niet op eigen kracht, met mantelzorg …"
    has_fact = s.has(*PERSON_LABELS) or s.has("NUMBER") and not s.has("GENERIC")
    if s.has("GENERIC") and not has_fact:
        goes_on = s.has("REASON") or any(t.text in (";", ":") and t.whitespace_ for t in s.span[:-1])
        about_addressee = s.has("NEG") and s.has("ADDRESSEE")  # "… is vastgesteld dat u geen Wlz-indicatie heeft"
        return not ((goes_on and s.has("CLIENT")) or about_addressee)
    named = len(explicit_layers(s))
    # three layers with a negation or reason can be a fact ("geen partner, kinderen of buren die helpen");
    # four or more in one sentence is the list itself, whatever the conclusion around it says
    if named < 3 or (named == 3 and s.has("NEG", "REASON")):
        return False
    # a list of layer names: "de gebruikelijke hulp van huisgenoten", "hulp door de partner" name
    # people only in general; "uw zoon" is someone of this case
    layer_terms = {i for label, spans in s.labels.items() if label.startswith("L_") for sp in spans
                   for i in range(sp.start, sp.end)}
    people = [sp for label in PERSON_LABELS for sp in s.labels.get(label, [])
              if not layer_terms.issuperset(range(sp.start, sp.end))]
    return not (any(_own_person(sp) for sp in people) or s.has("NUMBER") and not s.has("GENERIC"))


_POSSESSIVES = frozenset({"uw", "je", "jouw", "haar", "zijn", "hun", "mijn", "jullie"})


def _own_person(span: Span) -> bool:
    """A person of this resident: 'uw dochter', 'haar buurvrouw', not 'de partner' or 'huisgenoten'."""
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 2) : span.start]
    return any(t.lower_ in _POSSESSIVES for t in (*before, *span))


def is_bare(s: Sentence) -> bool:
    """'Mantelzorg: n.v.t.' or 'Mantelzorg: geen.' — no reason, no fact."""
    if s.has("REASON", "JUDGEMENT", "TASK", "SITUATION") or s.has(*PERSON_LABELS):
        return False
    if s.has("NVT"):
        return True
    return content_words(s) < 2


def has_substance(s: Sentence) -> bool:
    """The sentence links something concrete of this case to the layer: a person, a
    health problem or limitation, a task, a number, a negation, or a reason about the resident."""
    if s.has(*FACT_LABELS) or s.has("SITUATION", "TASK"):
        return True
    if s.has("REASON") and s.has("CLIENT"):
        return True
    return s.has("CLIENT_SUBJECT") and content_words(s) >= 2  # "u reist zelfstandig met de fiets"


def weighs(s: Sentence) -> bool:
    return (not s.heading and not is_boilerplate(s) and not argument.is_procedure(s) and not is_bare(s)
            and has_substance(s))


@dataclass
class LayerEvidence:
    weighed: list[Sentence]  # by the layer's own terms or under its heading/label
    implied: list[Sentence]  # only by implicit signals ("u kunt het niet zelf")
    named_only: list[tuple[Sentence, str]]  # (sentence, why it does not count)
    # the draft names the layer itself but does not weigh it there: an empty heading or label,
    # 'n.v.t.', a standard sentence, a mere reference to the verslag
    labelled_empty: bool = False

    @property
    def addressed(self) -> bool:
        """Weighed; implicit signals ("u kunt het niet zelf") count only where the draft does not
        itself name the layer and leave it unweighed."""
        return bool(self.weighed) or (bool(self.implied) and not self.labelled_empty)


def _scopes(analysis: Analysis) -> dict[int, set[str]]:
    """Block index -> layers named by the heading or table label it sits under (cached)."""
    if "scopes" not in analysis.memo:
        analysis.memo["scopes"] = _compute_scopes(analysis)
    return analysis.memo["scopes"]


def _compute_scopes(analysis: Analysis) -> dict[int, set[str]]:
    doc = analysis.document
    scope: dict[int, set[str]] = {}
    by_block: dict[int, list[Sentence]] = {}
    for s in analysis.sentences:
        by_block.setdefault(s.block, []).append(s)
    current: set[str] = set()
    from_label = False  # the current topic was opened by a "Label:" line, not a heading
    row_labels: dict[tuple, set[str]] = {}
    for b in doc.blocks:
        if analysis.structure.sections[b.index] in NON_CASE_SECTIONS:
            current = set()  # a department name in the letterhead ("Zorg en Welzijn") scopes nothing
            continue
        sents = by_block.get(b.index, [])
        # a heading names its topic by implicit signals too: "Wat doen uw kinderen?", "Wat kunt u zelf?"
        layers_of = signalled_layers if analysis.structure.headings[b.index] else explicit_layers
        named = set().union(*(layers_of(s) for s in sents)) if sents else set()
        text = b.text.strip()
        is_label = analysis.structure.headings[b.index] or (len(text.split()) <= 5 and not text.endswith("."))
        if b.origin and b.origin[0] == "cell":
            _, t, r, c, _k = b.origin
            if c == 0 and is_label and named:
                row_labels[(t, r)] = named
            scope[b.index] = set(row_labels.get((t, r), set())) if c > 0 else set()
            continue
        if analysis.structure.headings[b.index]:
            current, from_label = named, text.endswith(":")
            continue
        if is_label and named and len(text.split()) <= 4:
            current, from_label = named, False  # a plain "Mantelzorg" line used as a label
            continue
        label, colon, _ = text.partition(":")
        labelled = bool(colon) and len(label.split()) <= 4
        if labelled and not named and from_label:
            # "Voorliggende voorzieningen:" left empty, then "Bestaande Wmo: …": a sibling label, its own topic
            current, from_label = set(), False
        # "Algemene voorzieningen: …" is its own topic; the heading's topic resumes after it
        scope[b.index] = set(named) if labelled and named else set(current)
    return scope


def evidence(analysis: Analysis, layer_key: str) -> LayerEvidence:
    """Sentences that weigh the layer, and those that only name it (with why); cached per draft."""
    key = ("evidence", layer_key)
    if key not in analysis.memo:
        analysis.memo[key] = _compute_evidence(analysis, layer_key)
    return analysis.memo[key]


def _compute_evidence(analysis: Analysis, layer_key: str) -> LayerEvidence:
    scopes = _scopes(analysis)
    weighed: list[Sentence] = []
    implied: list[Sentence] = []
    named: list[tuple[Sentence, str]] = []
    labelled_empty = False
    carried: set[str] = set()
    carried_by_label = False  # the topic comes from a run-in label ("3.4 Mantelzorg en netwerk.")
    block = -1
    last_in_block = {s.block: s for s in analysis.sentences}
    previous: Sentence | None = None
    pgb_blocks = _pgb_blocks(analysis)
    for s in analysis.sentences:
        if s.block != block:
            block, carried, carried_by_label, previous = s.block, set(), False, None
        before, previous = previous, s
        if s.section in NON_CASE_SECTIONS or s.has("BEZWAAR") or argument.is_letter_meta(s):
            continue
        if s.section == "besluit" and not s.has("REASON", "CLIENT"):
            continue  # a dictum line ("Voorziening: Regiotaxi") names what is granted; it weighs nothing
        own_explicit = explicit_layers(s)
        # "Wilt u de hulp liever zelf regelen? Dan kunt u kiezen voor een pgb.": that 'zelf' is no eigen kracht
        own = own_explicit if s.block in pgb_blocks else signalled_layers(s)
        # a paragraph keeps its topic: "Er is een maaltijdservice. Die heeft u niet nodig."; after a
        # run-in label the topic holds like a heading's, whatever the sentence signals implicitly
        keeps_topic = not own or (carried_by_label and not own_explicit)
        if carried_by_label and carried and keeps_topic:
            scoped = set(carried)  # the label is the topic now, not the heading above it
        else:
            scoped = scopes.get(s.block, set()) | (carried if keeps_topic else set())
        if own and (s.text.rstrip().endswith(("?", ":")) or is_bare(s) or argument.is_procedure(s, before)):
            # an inline question or label ("Wat kunt u zelf? U …"), or what was looked at ("We hebben gekeken
            # wat u zelf doet en wie u helpt. Kees werkt overdag.") opens the topic of what follows
            carried, carried_by_label = own, True
        elif own_explicit:
            carried, carried_by_label = own_explicit, False
        # under a layer's heading a sentence is about that layer, unless it names another layer itself;
        # under "Mantelzorg en sociaal netwerk" a sentence about either is about both
        about = layer_key in own or (layer_key in scoped and not own_explicit
                                     and (len(scoped) == 1 or not own or own <= scoped))
        if not about:
            continue
        strong = layer_key in own_explicit or layer_key in scoped
        if _points_elsewhere(s):
            named.append((s, "verwijst alleen naar het verslag of een bijlage; dat telt pas als de brief zegt dat "
                             "die is bijgevoegd én deel uitmaakt van het besluit"))
            labelled_empty = True  # the draft itself defers this layer to the other document
        elif s.heading:
            named.append((s, "staat alleen in een kopje, zonder afweging eronder"))
            labelled_empty = labelled_empty or not _has_content_below(analysis, s.block, layer_key, scopes)
        elif argument.is_procedure(s, before):
            named.append((s, "noemt alleen wat er is onderzocht of besproken, niet wat daaruit bleek"))
            labelled_empty = labelled_empty or (layer_key in own_explicit and (s.section != "overig" or layer_key in scoped))
        elif is_boilerplate(s):
            named.append((s, "staat alleen in een algemene standaardzin"))
            # the pgb, eigen bijdrage or contact paragraph ("Dan regelt u zelf …") is no treatment of the
            # layer, and the law recited names every layer: neither leaves a layer "labelled but empty"
            where_weighed = s.section != "overig" or layer_key in scoped
            labelled_empty = labelled_empty or (layer_key in own_explicit and where_weighed and not states_norm(s))
        elif is_bare(s) and _continues(s, before) and weighs(before):
            # "… bij de praktijkondersteuner van uw huisarts. Dat betaalt uw zorgverzekering."
            (weighed if strong else implied).append(s)
        elif is_bare(s):
            named.append((s, "'n.v.t.' of een kaal woord zonder reden telt niet als afweging"))
            # "Eigen kracht: n.v.t." ends its paragraph; "Wat kunt u zelf? U …" is answered after it
            labelled_empty = labelled_empty or (strong and s is last_in_block.get(s.block))
        elif layer_key == "EIGEN_KRACHT" and has_substance(s) and not argument.resident_acts(s):
            named.append((s, "gaat over wat anderen doen, niet over wat de inwoner zelf kan"))
        elif has_substance(s):
            (weighed if strong else implied).append(s)
        else:
            named.append((s, "de zin noemt geen feit of reden uit deze situatie"))
    return LayerEvidence(weighed, implied, named, labelled_empty)


# "In de bijlage leest u wat uw man, uw kinderen en uw buren kunnen doen": the people are topics of
# another document, not facts weighed here
_INDIRECT = re.compile(r"\b(?:wat|of|welke|hoe|wie|waarom)\b", re.IGNORECASE)


def _points_elsewhere(s: Sentence) -> bool:
    """A sentence that sends the reader to the verslag or a bijlage for the weighing."""
    if not (s.has("REFER") and s.has("VERSLAG", "ATTACHED")):
        return False
    if not s.has(*PERSON_LABELS):
        return True
    refer = s.labels["REFER"][0]
    return bool(_INDIRECT.search(s.span.doc[refer.end : s.span.end].text))


_PGB = re.compile(r"\bpgb\b|persoonsgebonden\s+budget", re.IGNORECASE)


def _pgb_blocks(analysis: Analysis) -> frozenset[int]:
    """Blocks about the pgb (computed once per draft, not once per sentence and layer)."""
    if "pgb_blocks" not in analysis.memo:
        analysis.memo["pgb_blocks"] = frozenset(b.index for b in analysis.document.blocks if _PGB.search(b.text))
    return analysis.memo["pgb_blocks"]


_ANAPHORS = frozenset({"dat", "dit", "die", "deze", "daar", "daarvoor", "daarmee", "hiervoor", "hiermee"})


def _continues(s: Sentence, before: Sentence | None) -> bool:
    """A short sentence that goes on about the one before it ("Dat betaalt uw zorgverzekering.")."""
    return before is not None and not before.heading and s.span[0].lower_ in _ANAPHORS


def _has_content_below(analysis: Analysis, block: int, layer_key: str, scopes: dict[int, set[str]]) -> bool:
    """Whether a heading has text about its layer before the next heading (a next label
    such as "Mantelzorg: …" directly under "Gebruikelijke hulp:" is not its content)."""
    for b in analysis.document.blocks[block + 1 :]:
        if analysis.structure.headings[b.index]:
            return False
        if b.text.strip() and layer_key in scopes.get(b.index, set()):
            return True
    return False


def attached_verslag(analysis: Analysis) -> tuple[bool, Sentence | None]:
    """(counts, reference): a verslag counts only when attached AND declared part of the decision."""
    by_block: dict[int, list[Sentence]] = {}
    for s in analysis.sentences:
        if s.section not in ("kop", "voet"):
            by_block.setdefault(s.block, []).append(s)
    reference = None
    blocks = sorted(by_block)
    for n, b in enumerate(blocks):
        window = by_block[b] + (by_block[blocks[n + 1]] if n + 1 < len(blocks) else [])
        for s in by_block[b]:
            if s.has("VERSLAG") and s.has("REFER", "ATTACHED", "PART_OF_DECISION"):
                reference = reference or s
                if any(w.has("ATTACHED") for w in window) and any(w.has("PART_OF_DECISION") for w in window):
                    return True, s
    return False, reference
