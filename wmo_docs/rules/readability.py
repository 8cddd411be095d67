"""LEESBAARHEID-B1: is the letter written at taalniveau B1 ("Direct Duidelijk")?

Per sentence of running text (no headings, addresses, tables, legal citations or the
bezwaar/grondslag boilerplate): its length, long words (syllables), rare words (wordfreq's
Dutch Zipf frequency, looked up once per word per process), passive constructions
(worden/zijn + voltooid deelwoord, by morphology on the blank pipeline's tokens) and
unexplained jargon from ``checks/vocab/jargon.toml``. The document gets a Flesch-Douma
score (206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence) with a level.
The rule reports when the document misses B1, and then names the worst sentences with
what to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from wmo_docs.findings import Finding
from wmo_docs.rules.analysis import Analysis, Sentence
from wmo_docs.rules.base import finding, sentence_finding, shorten
from wmo_docs.rules.catalogue import RuleSpec

SKIP_SECTIONS = frozenset({"briefhoofd", "kop", "voet", "bezwaar", "grondslag", "ondertekening"})

# --- word statistics -----------------------------------------------------------------------
_VOWELS = re.compile(r"(?:ij|[aeiouy])+|[äëïöüáéíóú][aeiouy]*", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Dutch syllables as vowel groups; a diaeresis starts a new one (be-ëin-di-ging)."""
    return max(1, len(_VOWELS.findall(word)))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency for Dutch (the list loads once; every word is looked up once)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency; without it no word is rare
        return 7.0
    return zipf_frequency(word, "nl")


# --- passive -------------------------------------------------------------------------------
WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
ZIJN = frozenset({"is", "zijn", "was", "waren", "ben", "bent"})
HEBBEN = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
_PARTICIPLE = re.compile(
    r"^(?:(?:aan|af|op|uit|toe|in|mee|na|over|vast|terug|door|voor|bij|weg|om|neer|samen|vrij|tegen|teweeg|achter)?ge"
    r"|be|ver|ont|her|er|mis)[a-zà-ÿ]{2,}(?:d|t|en)$"
)
NOT_PASSIVE = frozenset("""
gemeente geen genoeg gebied gezond gewend geweest gegaan gekomen gebleven geworden overleden gevallen gestopt
verhuisd vertrokken gebeurd gelukt geslaagd verdwenen ontstaan begonnen gestorven opgegroeid teruggekomen
veranderd verslechterd verbeterd achteruitgegaan afgenomen toegenomen ingegaan verlopen afgelopen geboren
gebleken verschenen opgestaan meegegaan gegroeid gereisd bekend verband verplicht betrokken gerust gereed
gescheiden getrouwd verloofd verstandig bereid berecht gezin gezet begin beleid bedrag bezwaren verleden
gezondheid geld gevolgd bereikt beëindigd gewoon geopend gesloten verzekerd verantwoord ervaren benieuwd
bedoeld geschikt verhuizen betalen bestaan verstaan ontvangen beslissen bezoeken bedanken herhalen
""".split())


# nouns that look like participles by their first and last letters: "verplaatsingen", "gezondheid"
_NOUN_ENDING = re.compile(r"(?:ing|ingen|heid|heden|ament|aat|schap|schappen|nis|nissen|ant|ent|ist)$")


def is_participle(word: str) -> bool:
    w = word.lower()
    return w not in NOT_PASSIVE and bool(_PARTICIPLE.match(w)) and not _NOUN_ENDING.search(w)


def passive(words: list[str]) -> str | None:
    """The passive verb group of a sentence ("is afgewezen", "wordt geleverd"), or None."""
    low = [w.lower() for w in words]
    # "te verwachten", "te betalen": an infinitive after 'te', not a participle
    parts = [i for i, w in enumerate(words) if is_participle(w) and not (i and low[i - 1] == "te")]
    if not parts:
        return None
    aux = [i for i, w in enumerate(low) if w in WORDEN]
    if not aux and not any(w in HEBBEN for w in low):
        aux = [i for i, w in enumerate(low) if w in ZIJN]
    if not aux:
        return None
    a = aux[0]
    p = min(parts, key=lambda i: abs(i - a))
    if abs(p - a) > 8:
        return None
    lo, hi = sorted((a, p))
    return " ".join(words[lo:hi + 1]) if hi - lo <= 3 else f"{words[a]} … {words[p]}"


# --- jargon --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Jargon:
    key: str
    forms: tuple[str, ...]
    plain: str


_PLAIN_UNKNOWN = "een gewoon woord, of leg het woord uit"


def _profile_jargon(entry: str) -> Jargon:
    """A gemeente's own jargon from ``checks.woordenlijst.jargon``: "term" or "term = gewoon woord"."""
    term, _, plain = entry.partition("=")
    term = term.strip().lower()
    return Jargon(f"profiel:{term}", (term,), plain.strip() or _PLAIN_UNKNOWN)


@cache
def jargon_list(extra: tuple[str, ...] = ()) -> tuple[Jargon, ...]:
    """The bundled jargon list plus the profile's own words."""
    from wmo_docs.nlp.vocab import toml_file

    bundled = tuple(Jargon(k, tuple(v["forms"]), v["plain"]) for k, v in toml_file("vocab/jargon.toml").items())
    return bundled + tuple(_profile_jargon(e) for e in extra if e.strip())


@cache
def _jargon_rx(extra: tuple[str, ...] = ()) -> tuple[tuple[Jargon, re.Pattern], ...]:
    out = []
    for j in jargon_list(extra):
        alts = []
        for f in j.forms:
            body = re.escape(f.rstrip("*")).replace(r"\ ", r"\s+")
            alts.append(body + (r"[\wà-ÿ]*" if f.endswith("*") else "") + (r"(?!\w)" if f[-1].isalnum() or f.endswith("*") else ""))
        out.append((j, re.compile(r"(?<![\w-])(?:" + "|".join(alts) + ")", re.IGNORECASE)))
    return tuple(out)


_EXPLAINS_AFTER = re.compile(r"^\s*(?:\(|,\s*(?:dat|dit|wat|die)\s+(?:is|zijn|betekent|wil\s+zeggen)|:\s|—|–|-\s)", re.I)
_EXPLAINS_BEFORE = re.compile(r"(?:\(\s*|\bheet\s+(?:een\s+|het\s+|de\s+)?|\bnoemen\s+(?:wij|we)\s+(?:dat\s+|dit\s+)?(?:een\s+)?|"
                              r"\bnoemen\s+(?:dat|dit)\s+(?:een\s+)?)$", re.I)
_EXPLAINS_NEXT = re.compile(r"^\s*(?:dat|dit|daarmee|hiermee|daarmee)\s+(?:is|betekent|bedoelen|wil\s+zeggen|houdt\s+in)\b|"
                            r"\b(?:betekent|wil\s+zeggen|houdt\s+in|bedoelen\s+wij)\b", re.I)


def jargon_in(text: str, next_text: str = "", extra: tuple[str, ...] = ()) -> list[tuple[Jargon, int, int, bool]]:
    """(jargon, start, end, explained) for each jargon word in a sentence; ``extra``: the profile's words."""
    out = []
    for j, rx in _jargon_rx(extra):
        for m in rx.finditer(text):
            after, before = text[m.end():m.end() + 40], text[max(0, m.start() - 30):m.start()]
            explained = bool(_EXPLAINS_AFTER.match(after) or _EXPLAINS_BEFORE.search(before))
            if not explained and next_text and _EXPLAINS_NEXT.search(next_text[:120]):
                explained = True
            out.append((j, m.start(), m.end(), explained))
    return out


# --- per sentence ------------------------------------------------------------------------------
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*")
_ADDRESS = re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\bpostbus\b|@|www\.|https?://", re.I)


@dataclass
class SentenceStats:
    sentence: Sentence
    words: int
    syllables: int
    long_words: list[str] = field(default_factory=list)
    rare_words: list[str] = field(default_factory=list)
    passive: str | None = None
    jargon: list[tuple[Jargon, int, int]] = field(default_factory=list)  # unexplained only
    score: float = 0.0


def _countable(s: Sentence, a: Analysis) -> bool:
    if s.heading or s.section in SKIP_SECTIONS:
        return False
    block = a.block(s.block)
    if block.origin and block.origin[0] == "cell" or block.part != "body":
        return False
    text = s.text.strip()
    if len(text.split()) < 3 or _ADDRESS.search(text):
        return False
    return not (s.span.doc.spans["citations"] and any(
        c.start >= s.span.start and c.end <= s.span.end and (c.end - c.start) * 2 >= len(s.span)
        for c in s.span.doc.spans["citations"]))


def sentence_stats(s: Sentence, next_text: str, p: dict, extra: tuple[str, ...] = ()) -> SentenceStats:
    words = _WORD.findall(s.text)
    st = SentenceStats(s, len(words), sum(syllables(w) for w in words))
    first = True
    for w in words:
        low = w.lower()
        if ((syllables(low) >= p.get("long_word_syllables", 5) or len(low) >= p.get("long_word_letters", 17))
                and zipf(low) < p.get("long_word_common_zipf", 3.5)):  # a long but everyday word is fine
            st.long_words.append(w)
        elif (len(low) >= 5 and (first or not w[0].isupper()) and "-" not in low
              and zipf(low) < p.get("rare_zipf", 2.0)):
            st.rare_words.append(w)
        first = False
    st.passive = passive(words)
    st.jargon = [(j, b, e) for j, b, e, ok in jargon_in(s.text, next_text, extra) if not ok]
    max_words = p.get("max_words", 25)
    st.score = (max(0, st.words - max_words) / 5 + (1.5 if st.words > max_words else 0)
                + (1.0 if st.passive else 0) + 0.4 * len(st.long_words) + 0.3 * len(st.rare_words)
                + 1.0 * len(st.jargon))
    return st


def analyse_readability(a: Analysis, p: dict) -> tuple[list[SentenceStats], set[str]]:
    """Stats per countable sentence, and the jargon keys the letter explains somewhere."""
    memo = a.memo.get("readability")
    if memo is not None:
        return memo
    sents = a.sentences
    extra = tuple(a.profile.woordenlijst.get("jargon", ()))
    stats = []
    explained: set[str] = set()
    for i, s in enumerate(sents):
        nxt = sents[i + 1].text if i + 1 < len(sents) and sents[i + 1].block == s.block else ""
        for j, _, _, ok in jargon_in(s.text, nxt, extra):
            if ok:
                explained.add(j.key)
        if _countable(s, a):
            stats.append(sentence_stats(s, nxt, p, extra))
    for st in stats:  # explained once, understood everywhere after
        st.jargon = [x for x in st.jargon if x[0].key not in explained]
    a.memo["readability"] = (stats, explained)
    return stats, explained


def douma(stats: list[SentenceStats]) -> float:
    words = sum(s.words for s in stats)
    if not words:
        return 100.0
    syl = sum(s.syllables for s in stats)
    return 206.84 - 0.77 * (100 * syl / words) - 0.93 * (words / len(stats))


# Flesch-Douma bands as levels (an approximation: a formula measures length, not understanding)
LEVELS = ((80, "A2 (makkelijk)"), (65, "B1 (goed leesbaar)"), (50, "B2 (vrij moeilijk)"),
          (35, "C1 (moeilijk)"), (-1e9, "C2 (zeer moeilijk)"))


def level(score: float) -> str:
    return next(name for bound, name in LEVELS if score >= bound)


def advice(st: SentenceStats, p: dict) -> str:
    tips = []
    if st.words > p.get("max_words", 25):
        tips.append(f"deel de zin op ({st.words} woorden; B1 is hooguit {p.get('max_words', 25)})")
    if st.passive:
        tips.append(f"schrijf actief in plaats van '{st.passive}' (zeg wie het doet: 'wij …')")
    for j, b, e in st.jargon[:3]:
        tips.append(f"vervang '{st.sentence.text[b:e]}' door '{j.plain}' of leg het woord uit")
    hard = st.long_words[:2] + st.rare_words[:2]
    if hard:
        tips.append("kies gewone woorden voor " + ", ".join(f"'{w}'" for w in hard))
    if not tips:  # the score comes from many syllables per word, not from one thing to point at
        per_word = st.syllables / max(1, st.words)
        tips.append(f"kies kortere woorden ({per_word:.1f} lettergrepen per woord; B1 is gemiddeld 1,5 of minder)"
                    .replace(".", ",", 1))
    return "; ".join(tips)


def leesbaarheid_b1(rule: RuleSpec, a: Analysis) -> Iterator[Finding]:
    p = rule.params
    stats, _ = analyse_readability(a, p)
    if len(stats) < p.get("min_sentences", 3):
        return
    score = douma(stats)
    max_words = p.get("max_words", 25)
    n = len(stats)
    long_share = sum(s.words > max_words for s in stats) / n
    passive_share = sum(bool(s.passive) for s in stats) / n
    jargon = len({j.key for s in stats for j, _, _ in s.jargon})  # distinct unexplained terms
    reasons = []
    if score < p.get("b1_min_score", 65):
        reasons.append(f"de score is {score:.0f} (B1 vraagt {p.get('b1_min_score', 65)} of meer)")
    if long_share > p.get("max_long_share", 0.15):
        reasons.append(f"{long_share:.0%} van de zinnen is langer dan {max_words} woorden")
    if passive_share > p.get("max_passive_share", 0.25):
        reasons.append(f"{passive_share:.0%} van de zinnen is lijdend (passief)")
    if jargon >= p.get("max_jargon", 5):
        reasons.append(f"{jargon} vakwoorden zonder uitleg")
    worst = sorted((s for s in stats if s.score > 0), key=lambda s: -s.score)[: p.get("worst_n", 3)]
    very_long = [s for s in stats if s.words > p.get("always_report_words", 45)]
    if not reasons:
        # a B1 letter: only a sentence that is far too long is worth a remark
        for st in very_long[: p.get("worst_n", 3)]:
            yield sentence_finding(rule, a, st.sentence, p["message_sentence"].format(
                quote=shorten(st.sentence.text, 80), advice=advice(st, p)), words=st.words)
        return
    first = worst[0].sentence if worst else stats[0].sentence
    lvl = level(score)
    names = "; ".join(f"'{shorten(s.sentence.text, 50)}'" for s in worst)
    msg = p["message_document"].format(score=f"{score:.0f}", level=lvl, reasons=", ".join(reasons), worst=names or "-")
    body = next((b for b in a.document.blocks if b.part == "body" and a.structure.sections[b.index] not in ("briefhoofd",)
                 and b.text.strip()), a.block(first.block))
    text = body.text
    yield finding(rule, a, body.index, len(text) - len(text.lstrip()), min(len(text.rstrip()), 80), msg,
                  score=round(score, 1), level=lvl, long_share=round(long_share, 2), passive_share=round(passive_share, 2),
                  jargon=jargon)
    for st in worst:
        yield sentence_finding(rule, a, st.sentence, p["message_sentence"].format(
            quote=shorten(st.sentence.text, 80), advice=advice(st, p)), words=st.words)


FUNCTIONS = {"leesbaarheid_b1": leesbaarheid_b1}
