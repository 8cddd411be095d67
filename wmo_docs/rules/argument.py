"""The function of a sentence in a letter's argument: procedure, letter talk, norm only, or facts.

A quality officer reads a beschikking as an argument: facts about this resident, what they
mean for the need, and the decision that follows. Sentences that only say what was looked
at ("We hebben gekeken naar wat u zelf kunt"), that talk about the letter ("In deze brief
leest u …"), or that give a reason without any fact ("omdat u niet voldoet aan de
voorwaarden") carry no weight in that argument, however many layer words they contain.
The word lists live in ``checks/vocab/argument.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wmo_docs.nlp.vocab import toml_file
from wmo_docs.rules.analysis import Sentence

# Labels that carry a fact of this case (people around the resident, health, tasks, numbers, limits).
FACT_LABELS = ("P_HOUSEMATE", "P_RELATIVE", "P_ACQUAINTANCE", "P_ALONE", "SITUATION", "TASK", "LIMIT", "NUMBER")
RESIDENT_SUBJECTS = frozenset({"u", "je", "jij", "mevrouw", "meneer", "hij", "zij", "cliënt", "client", "cliënte",
                               "belanghebbende", "aanvrager", "aanvraagster", "betrokkene", "dhr.", "mw.", "mevr."})


@dataclass(frozen=True)
class Vocabulary:
    procedure_verbs: frozenset[str]
    procedure_phrases: tuple[tuple[str, ...], ...]
    investigators: frozenset[str]
    passive: frozenset[str]
    finding_after: tuple[tuple[str, ...], ...]
    continues: tuple[tuple[str, ...], ...]
    norm_words: frozenset[str]
    letter_meta: tuple[tuple[str, ...], ...]
    history_words: frozenset[str]


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split()) for item in items)


@cache
def vocabulary() -> Vocabulary:
    cfg = toml_file("vocab/argument.toml")
    return Vocabulary(
        procedure_verbs=frozenset(cfg["procedure"]["verbs"]),
        procedure_phrases=_phrases(cfg["procedure"]["phrases"]),
        investigators=frozenset(cfg["procedure"]["investigators"]),
        passive=frozenset(cfg["procedure"]["passive"]),
        finding_after=_phrases(cfg["procedure"]["finding_after"]),
        continues=_phrases(cfg["procedure"]["continues"]),
        norm_words=frozenset(cfg["norm_only"]["phrases"]),
        letter_meta=_phrases(cfg["letter_meta"]["starts"]),
        history_words=frozenset(cfg["history"]["words"]),
    )


def _words(s: Sentence) -> list[str]:
    return [t.lower_ for t in s.span]


def _starts_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    lead = [w for w in words if w.isalnum()][:4]
    return any(tuple(lead[: len(p)]) == p for p in phrases)


def _find(words: list[str], phrase: tuple[str, ...], start: int = 0) -> int:
    for i in range(start, len(words) - len(phrase) + 1):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return i
    return -1


def _tokens_of(s: Sentence, *labels: str) -> set[int]:
    """Token indices (in the doc) covered by these labels in the sentence."""
    return {i for label in labels for sp in s.labels.get(label, []) for i in range(sp.start, sp.end)}


def fact_tokens(s: Sentence) -> set[int]:
    """Token indices of the labels that carry a fact (numbers included)."""
    return _tokens_of(s, *FACT_LABELS)


def case_facts(s: Sentence) -> set[int]:
    """Token indices of the facts other than bare numbers: a date or an amount alone is no fact of the case."""
    return fact_tokens(s) - _tokens_of(s, "NUMBER")


def is_procedure(s: Sentence, before: Sentence | None = None) -> bool:
    """Says what was looked at or discussed, not what was found.

    A procedure verb or phrase with no finding after it: "Bij het onderzoek hebben wij gekeken
    naar uw eigen kracht, de mantelzorg en uw netwerk", "Alle mogelijkheden zijn besproken".
    "Wij hebben besproken dat uw dochter elke week komt" and "… gekeken naar uw netwerk: uw zoon
    woont in Spanje" do report a finding. A sentence opening with "En naar …" continues the
    procedure sentence before it.
    """
    memo = s.memo.get("procedure")
    if memo is not None:
        return memo
    vocab = vocabulary()
    words = _words(s)
    if before is not None and _starts_with(words, vocab.continues) and is_procedure(before):
        s.memo["procedure"] = True
        return True
    anchor = next((i for i, w in enumerate(words) if w in vocab.procedure_verbs), -1)
    if anchor < 0:
        anchor = min((i for p in vocab.procedure_phrases if (i := _find(words, p)) >= 0), default=-1)
    near = words[max(0, anchor - 3) : anchor + 4] if anchor >= 0 else []
    # the investigator is the subject: before the verb in its clause, or right after it ("Daarom kijken we")
    subject = set(words[max(0, anchor - 8) : anchor + 3]) if anchor >= 0 else set()
    if anchor < 0 or not (vocab.investigators & subject or vocab.passive & set(near)):
        s.memo["procedure"] = False
        return False
    facts = fact_tokens(s) | _tokens_of(s, "NEG", "ABILITY", "JUDGEMENT")
    offset = s.span.start
    result = True
    for opener in vocab.finding_after:
        at = _find(words, opener, 0)
        while at >= 0 and result:
            after = {offset + i for i in range(at + len(opener), len(words))}
            # a finding after the opener ("besproken dat uw dochter …", "waarbij is vastgesteld dat uw
            # zorgverzekeraar geen scootmobiel vergoedt"), or a "dat"-clause before the verb ("Dat uw zoon
            # helpt, is besproken")
            before_verb = {offset + i for i in range(0, anchor)} if at < anchor and opener == ("dat",) else set()
            if facts & (after | before_verb):
                result = False
            at = _find(words, opener, at + 1)
    s.memo["procedure"] = result
    return result


def is_letter_meta(s: Sentence) -> bool:
    """About the letter or the procedure around it: "Met deze brief ontvangt u ons besluit"."""
    return _starts_with(_words(s), vocabulary().letter_meta) and not case_facts(s)


_MONTHS = frozenset("januari februari maart april mei juni juli augustus september oktober november december".split())


def is_history(s: Sentence) -> bool:
    """The procedure's history with a date: "Op 12 maart heeft u een melding gedaan, omdat …"."""
    words = set(_words(s))
    if not words & vocabulary().history_words:
        return False
    return bool(words & _MONTHS) or not case_facts(s)


def content_words(s: Sentence, *, names: bool = True) -> list[str]:
    """Words with meaning beyond the norm, the outcome, the voorziening's name and the addressee
    (without ``names``, also beyond proper names: "de Beleidsregels Amstelhaven 2025")."""
    vocab = vocabulary()
    skip = _tokens_of(s, "VOORZIENING", "CLIENT", "ADDRESSEE", "NEG", "REASON", "JUDGEMENT", "DEC_GRANT",
                      "DEC_REFUSE", "BESLUIT_WORD")
    return [t.lower_ for t in s.span if t.is_alpha and not t.is_stop and len(t) > 2 and t.i not in skip
            and t.lower_ not in vocab.norm_words and (names or not (t.is_title and t.i > s.span.start))]


def is_norm_only(s: Sentence) -> bool:
    """A reason without any fact of this resident: it restates the norm or the outcome."""
    return not case_facts(s) and len(content_words(s, names=False)) < 2


# ("door belanghebbende … verricht" names the resident as the actor of a passive, so "door" is not here)
_OBJECT_BEFORE = frozenset({"met", "voor", "bij", "aan", "naar", "van", "helpt", "helpen", "ondersteunt",
                            "ondersteunen", "brengt", "brengen", "haalt", "halen", "bezoekt", "bezoeken"})
_OTHER_PEOPLE = ("P_HOUSEMATE", "P_RELATIVE", "P_ACQUAINTANCE")


_AUX_BEFORE_JE = frozenset({"kun", "kan", "heb", "ben", "ga", "doe", "wil", "mag", "zal", "moet", "hoef", "zou",
                            "woon", "krijg", "vind", "weet", "blijf", "werk", "kook", "loop", "fiets", "rijd",
                            # a subordinate clause starts with its subject: "omdat je …", "als je …"
                            "omdat", "dat", "als", "wanneer", "zodat", "want", "of", "wat", "waar", "hoe",
                            "terwijl", "nu", "doordat", "zodra", "maar", "en", "dus"})
_OTHER_FIRST = frozenset({"hij", "zij", "ze", "die", "dat", "dit", "deze", "het", "men", "wij", "we"})
_YOU_VERBS = frozenset({"kan", "kun", "mag", "wil", "zal", "zult", "moet", "bent", "hebt", "hoeft", "zou"})


def _you_subject(tokens: list, n: int) -> bool:
    """'je' as the one who acts ("je kunt", "kun je"), not 'je' as possessive ("je moeder") or object."""
    after = tokens[n + 1].lower_ if n + 1 < len(tokens) else ""
    before = tokens[n - 1].lower_ if n > 0 else ""
    return after in _YOU_VERBS or (after.isalpha() and after.endswith("t") and len(after) > 2) or before in _AUX_BEFORE_JE


def resident_acts(s: Sentence) -> bool:
    """The resident himself does, can or cannot (eigen kracht), not only someone around him.

    "U kookt zelf", "Mevrouw kan niet meer staan", "Je kunt zelf koken" are about the resident;
    "Uw dochter helpt u met de was" is about the daughter ('u' is the object there), and so are
    "Zij kan je helpen" and "Je ggz-behandeling betaalt je zorgverzekeraar"."""
    others = s.has(*_OTHER_PEOPLE)
    layer_terms = _tokens_of(s, *(label for label in s.labels if label.startswith("L_")))
    own_self = any(sp.start not in layer_terms for sp in s.labels.get("SELF", []))  # not the 'eigen' of "Eigen kracht:"
    if own_self and not others:
        return True
    tokens = [t for t in s.span if not t.is_punct]
    if tokens and tokens[0].lower_ in _OTHER_FIRST:
        return False
    for n, t in enumerate(tokens):
        word = t.lower_
        if word not in RESIDENT_SUBJECTS or (others and word in ("hij", "zij")):
            continue
        if n > 0 and tokens[n - 1].lower_ in _OBJECT_BEFORE:
            continue
        if word in ("je", "jij") and not _you_subject(tokens, n):
            continue
        return True
    return False
