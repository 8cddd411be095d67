"""The rule kinds: each turns a RuleSpec's params plus the Analysis into Findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from wmo_docs.findings import Finding
from wmo_docs.law import check_citation
from wmo_docs.rules import weighing
from wmo_docs.rules.analysis import Analysis
from wmo_docs.rules.base import anchor_finding, finding, sentence_finding, shorten, where_phrase
from wmo_docs.rules.catalogue import RuleSpec

MAX_PER_RULE = 25


@lru_cache(maxsize=256)
def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def must_weigh(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """A layer must be weighed somewhere in the draft (or in an attached verslag that is part of it)."""
    key = rule.params["layer"]
    layer = weighing.layers()[key]
    ev = weighing.evidence(a, key)
    if ev.addressed:
        return
    if a.kind == "beschikking":
        counts, _ = weighing.attached_verslag(a)
        if counts:
            return
    sections = tuple(rule.sections) or ("afweging", "onderzoek", "motivering", "besluit")
    where = where_phrase(a, *sections)
    if ev.named_only:
        s, why = _most_telling(ev.named_only)
        msg = rule.params["message_named"].format(layer=layer.name, quote=shorten(s.text), why=why, where="hier")
        yield sentence_finding(rule, a, s, msg, layer=key)
        return
    _, ref = weighing.attached_verslag(a) if a.kind == "beschikking" else (False, None)
    msg = rule.params["message_missing"].format(layer=layer.name, where=where)
    if ref is not None:
        msg += (
            f" De verwijzing naar het verslag ('{shorten(ref.text, 60)}') telt niet: de brief zegt niet dat het "
            "verslag is bijgevoegd én deel uitmaakt van het besluit."
        )
    yield anchor_finding(rule, a, sections, msg, layer=key)


def _most_telling(named: list) -> tuple:
    """Prefer quoting the layer's own empty label or 'n.v.t.' over a passing mention."""
    for s, why in named:
        if "n.v.t." in why or "kopje" in why:
            return s, why
    return named[0]


def _scope_sentences(rule: RuleSpec, a: Analysis, anchor_label: str | None):
    """Sentences in the rule's sections, plus the blocks around an anchor sentence
    (a clause without a heading often runs over two or three paragraphs)."""
    secs = set(rule.sections)
    blocks: set[int] = set()
    for s in a.sentences:
        if s.section in ("kop", "voet"):
            continue
        if s.section in secs:
            blocks.add(s.block)
        elif anchor_label and s.has(anchor_label):
            for b in range(s.block, min(s.block + 3, len(a.document.blocks))):
                if b > s.block and a.structure.headings[b]:
                    break
                blocks.add(b)
    return [s for s in a.sentences if s.block in blocks and s.section not in ("kop", "voet")]


def must_be_present(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """An anchor (e.g. the bezwaar clause) must be present with each of its required parts,
    and none of its wrong forms (e.g. a wrong term) may occur."""
    p = rule.params
    scope = _scope_sentences(rule, a, p.get("anchor_label"))
    anchored = [s for s in scope if not p.get("anchor_label") or s.has(p["anchor_label"])]
    if not anchored:
        where_sections = tuple(p.get("missing_goes_to") or rule.sections)
        yield anchor_finding(rule, a, where_sections, p["message_missing"].format(where=where_phrase(a, *where_sections)))
        return
    text = " ".join(s.text for s in scope)
    wrong_found = False
    for wrong in p.get("wrong", []):
        for s in scope:
            if wrong.get("sentence_label") and not s.has(wrong["sentence_label"]):
                continue
            if wrong.get("unless") and _rx(wrong["unless"]).search(s.text):
                continue
            m = _rx(wrong["pattern"]).search(s.text)
            if m:
                wrong_found = True
                yield finding(rule, a, s.block, s.start + m.start(), s.start + m.end(),
                              wrong["message"].format(quote=m.group(0)))
    for req in p.get("requires", []):
        if req.get("skip_if_wrong") and wrong_found:
            continue
        if not _rx(req["pattern"]).search(text):
            yield sentence_finding(rule, a, anchored[0], req["message"].format(quote=shorten(anchored[0].text, 70)))


def must_not_occur(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """None of the patterns may occur (in the rule's sections, or anywhere)."""
    secs = set(rule.sections)
    n = 0
    for b in a.document.blocks:
        if secs and a.structure.sections[b.index] not in secs:
            continue
        for item in rule.params["patterns"]:
            for m in _rx(item["pattern"]).finditer(b.text):
                if item.get("unless_before") and re.search("(?:" + item["unless_before"] + r")\s*$", b.text[: m.start()]):
                    continue
                yield finding(rule, a, b.index, m.start(), m.end(), item["message"].format(quote=m.group(0)))
                n += 1
                if n >= MAX_PER_RULE:
                    return


_TITLE_WORDS = frozenset({"verordening", "wmo", "maatschappelijke", "ondersteuning", "sociaal", "sociale", "domein",
                          "maatwerkvoorzieningen", "voorzieningen", "gemeente", "jeugdhulp", "participatie", "de", "van"})


def _other_gemeente(law_text: str, profile_name: str) -> bool:
    """A verordening title that names a place other than the profile's gemeente."""
    own = {w.lower() for w in re.findall(r"[\w'-]+", profile_name)}
    words = [w for w in re.findall(r"[\w'-]+", law_text) if not w.isdigit()]
    names = [w for w in words if w.lower() not in _TITLE_WORDS and w[:1].isupper()]
    return bool(names) and not any(w.lower() in own for w in names)


def citations_resolve(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    """Every cited Wmo 2015/Awb article (lid, onderdeel) exists; every verordening article is in the profile.

    A verordening of another gemeente than the profile's cannot be held against the
    profile; when the draft names one, its untitled "de verordening" is that one too.
    """
    seen: set[tuple] = set()
    citations = a.citations()
    foreign = any(c.law == "verordening" and _other_gemeente(c.law_text, a.profile.naam) for _, c in citations)
    for block, cit in citations:
        if cit.law == "verordening" and foreign:
            continue
        key = (cit.law, cit.article, cit.lid, cit.onderdeel)
        if key in seen:
            continue
        seen.add(key)
        quote = a.block(block).text[cit.start : cit.end]
        if cit.law in ("wmo2015", "awb"):
            problem = check_citation(cit.law, cit.article, cit.lid, cit.onderdeel)
            if problem:
                yield finding(rule, a, block, cit.start, cit.end,
                              rule.params["message_law"].format(quote=shorten(quote), problem=problem.message))
        elif cit.law == "verordening":
            problem = _verordening_problem(a, cit.article, cit.lid, cit.onderdeel)
            if problem:
                titel = a.profile.verordening_titel or "de verordening"
                yield finding(rule, a, block, cit.start, cit.end,
                              rule.params["message_verordening"].format(quote=shorten(quote), problem=problem, titel=titel))


def _verordening_problem(a: Analysis, article: str, lid: int | None, onderdeel: str | None) -> str | None:
    arts = a.profile.verordening_artikelen
    if not arts:
        return None  # profile does not list its articles: nothing to hold the citation against
    art = arts.get(article)
    if art is None:
        return f"artikel {article} staat niet in de verordening van het gemeenteprofiel"
    leden = int(art.get("leden") or 0)
    if lid is not None and leden and not 1 <= lid <= leden:
        return f"artikel {article} van de verordening heeft {leden} {'lid' if leden == 1 else 'leden'}, geen lid {lid}"
    if onderdeel is not None:
        letters = (art.get("onderdelen") or {}).get(str(lid) if lid is not None else "0", [])
        if letters and onderdeel not in letters:
            return f"artikel {article} van de verordening heeft geen onderdeel {onderdeel}"
    return None


KIND_FUNCTIONS: dict[str, Callable[[RuleSpec, Analysis], Iterator[Finding]]] = {
    "must_weigh": must_weigh,
    "must_be_present": must_be_present,
    "must_not_occur": must_not_occur,
    "citations_resolve": citations_resolve,
}
