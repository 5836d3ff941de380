"""Judging units of a draft against the library: category, stance, score.

For each unit (a sentence, with the lead-in of a list item):

1. cheap candidates: the categories one of whose topic patterns can open on the unit's
   words (a word index of the library's patterns; see ``index.py`` and ``prefilter.py``);
2. precise checks on candidates only: the category's topic patterns, then its stance
   cues (protective, weakening, contrary), then a weighted similarity with each of the
   category's wordings in the unit's language (the closest gives clause and score);
3. a stance: contrary if it grants or protects the impunity measure; conforms only
   with a protective cue and no weakening; weak otherwise. A contrary clause can never
   come out as conforms: a contrary cue outranks everything.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from msgspec import Struct, field
from msgspec.structs import replace

from drafter.lexicon import lexicon
from drafter.library.model import EFFECTS, CompiledCues, CueMatcher, Wording
from drafter.library.tokmatch import PrefixTable, WordIndex
from drafter.matching.index import LanguageIndex, MatchIndex
from drafter.model import Part, Stance
from drafter.segment import Unit, UnitWords
from drafter.textnorm import WordSource, fold_words, has_brackets

if TYPE_CHECKING:
    from drafter.brackets import Reading

# Words that, before a modal, turn it into a prohibition ("no podrán", "ne peuvent", "no person ... may").
_NEGATORS = lexicon().folded("negators")  # every language's `negators` (languages/*.yaml: words)
CONTRARY_MARGIN = 5.0  # how much closer to a contrary wording than to a strong one counts as "reads contrary"
NEGATION_WINDOW = 12  # words before a modal in which a negation governs it
# A modal right after a relative pronoun belongs to a subordinate clause ("immunities which may
# attach"), not to the obligation itself.
_RELATIVES = lexicon().folded("relatives")  # every language's `relatives` (languages/*.yaml: words)
# Words before a measure's name that point back to one named before ("this amnesty", "en el
# beneficio de la amnistía"), each as a tuple of folded words.
_RELATIVE_SUBJECTS = lexicon().folded("relative_subjects") | lexicon().folded("temporal_subordinators")
# Words that open a clause of their own in which a negation a few words later stays ("if he had
# not been convicted", "persons who have not benefited").
_SUBORDINATORS = _RELATIVE_SUBJECTS | lexicon().folded("conditionals")
SUBORDINATE_WINDOW = 3  # words between such a word and the negation it governs, at most
_ANAPHORS = tuple({tuple(fold_words(a)) for a in lexicon().words("anaphors")})
# "ne ... que" (only) is no negation: a particle followed by a restrictive word before any word
# that completes a negation ("pas", "aucun").
_PARTICLES = lexicon().folded("negation_particles")
_COMPLETIONS = lexicon().folded("negation_completions")
_RESTRICTIVES = lexicon().folded("restrictives")
_CONJUNCTION_HEADS = lexicon().folded("conjunction_heads")  # "tant que": a conjunction, not "only"
RESTRICTIVE_WINDOW = 24  # words after the particle in which "que" makes it restrictive
_QUANTITY = lexicon().folded("quantity_words")


class MatchSettings(Struct, frozen=True):
    """Thresholds of the matcher (similarities are 0-100)."""

    # A unit on a category's topic but without any stance cue is reported only if it
    # resembles one of the category's wordings at least this much.
    topic_only_min: float = 45.0
    # A unit with safeguard words that still resembles a known pro-impunity wording this much
    # (and more than any strong wording) is reported as weak, never as conforms. Treaty
    # boilerplate makes unrelated clauses about 75% alike, hence the high bar.
    contrary_resemblance_min: float = 85.0
    # A unit's language falls back to the document's when it cannot be told.
    default_language: str = "en"


class Evidence(Struct, frozen=True):
    """Words of the draft that decided something, as written; ``start``/``end`` are character
    offsets in the unit's paragraph, or -1 when the words stand in a list item's lead-in or in
    the items that complete a lead-in (another paragraph)."""

    text: str
    start: int = -1
    end: int = -1
    effect: str = ""
    # Where the words stand when not in the unit: "lead-in" or "items" (other paragraphs), or
    # "paragraph" (another sentence of the unit's paragraph; the offsets then still hold).
    outside: str = ""

    def quoted(self) -> str:
        """The words in quotation marks, saying where they stand when not in the paragraph."""
        where = {
            "lead-in": " (in the lead-in)",
            "items": " (in the items that follow)",
            "paragraph": " (elsewhere in the paragraph)",
        }.get(self.outside, "")
        return f"“{short(self.text)}”{where}"


class CueResult(Struct):
    topic: list[Evidence]
    protective: list[Evidence]
    weakening: list[Evidence]
    contrary: list[Evidence]
    excluded: list[str]
    implied: bool = False  # the topic is the measure without its name


_SEVERITY = {Stance.CONFORMS: 0, Stance.WEAK: 1, Stance.CONTRARY: 2}

# How much the patterns alone say that a unit is a clause of the category (0-1).
EVIDENCE_STANCE_CUE = 0.6  # topic plus a protective or contrary pattern
EVIDENCE_WEAKENING = 0.5  # topic plus a hedge or scope limit only
EVIDENCE_TOPIC = 0.3  # topic words only
EVIDENCE_NONE = 0.0  # similar wording without the topic words


class Judgement(Struct):
    unit: Unit
    category: str
    stance: Stance
    similarity: float  # 0-100, to the closest wording of the category
    wording: Wording | None
    lang: str
    reasons: list[str] = field(default_factory=list)
    evidence: float = EVIDENCE_NONE
    # What the clause does to the measure (an EFFECTS key; "" when only similarity spoke) and the
    # words that decided: the measure, the effect, and any hedge or scope limit.
    effect: str = ""
    grounds: list[Evidence] = field(default_factory=list)
    # For a bracketed rolling text: how each reading was judged, and a reading that conforms.
    alternatives: list[dict[str, str]] = field(default_factory=list)
    conforming_reading: str | None = None

    @property
    def score(self) -> float:
        """Confidence 0-100 that the unit is this category's clause: pattern evidence and
        wording similarity combined (either alone can make it high)."""
        return 100.0 * (1.0 - (1.0 - self.evidence) * (1.0 - self.similarity / 100.0))

    @property
    def paragraph(self) -> int:
        return self.unit.paragraph

    @property
    def part(self) -> Part:
        return self.unit.part


# What each effect means, in the words of a reason ("grants or confers the measure: “...”").
EFFECT_PHRASES: dict[str, str] = {
    "prohibits": "bans the measure or denies it any effect",
    "requires": "imposes the safeguard",
    "limits": "hedged or limited by",
    "grants": "grants, confers or encourages the measure",
    "carves_out": "leaves some crimes out of the measure, which otherwise stands",
    "gives_effect": "gives the measure effect (a bar to proceedings or a ground of refusal)",
    "describes": "states what the measure does",
    "protects": "keeps the measure in force",
    "defines": "defines the measure without banning it",
    "names": "names the measure without banning it or denying it effect",
    "excepts": "leaves persons or acts out of the draft's own grant, which otherwise stands",
    "sets_aside": "sets aside a safeguard of the draft for some cases",
}
DENIES_DUTY = "denies or undercuts the safeguard instead of imposing it"


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _spans(
    matchers: Iterable[CueMatcher], index: WordIndex, live: AbstractSet[CueMatcher]
) -> list[tuple[int, int, str]]:
    return [(s, e, m.effect) for m in matchers if m in live for s, e in m.spans(index)]


def _protective_spans(
    matchers: Iterable[CueMatcher], index: WordIndex, live: AbstractSet[CueMatcher]
) -> list[tuple[int, int, str]]:
    """Safeguard matches; one whose words leave a gap the pattern does not write is void where
    a negation in the gap governs its last word ("extradition may be refused if the State decided
    not to prosecute" is no refusal paired with prosecution; "if it does not extradite him, it
    submits the case" keeps its negation far from "submits")."""
    words = index.words
    out = []
    for m in matchers:
        if m not in live:
            continue
        gaps = not m.negation_aware and "..." in m.source
        for s, e in m.spans(index):
            if gaps and _negated_inside(words, max(s + 1, e - 1 - GAP_NEGATION_WINDOW), e - 1):
                continue
            out.append((s, e, m.effect))
    return out


GAP_NEGATION_WINDOW = 3  # words before a safeguard's last word in which a negation governs it
# How many words before a template's match a negation still governs it ("no amnesty shall").
GOVERNING_WINDOW = 2


def _restrictive(words: list[str], at: int) -> bool:
    """Whether the negation particle at ``at`` only restricts ("n'est accordée qu'aux ...")."""
    if words[at] not in _PARTICLES:
        return False
    for i, w in enumerate(words[at + 1 : at + 1 + RESTRICTIVE_WINDOW], start=at + 1):
        if w in _COMPLETIONS:
            return False
        if w in _RESTRICTIVES and words[i - 1] not in _CONJUNCTION_HEADS:
            return True
    return False


def _bounds(words: list[str], at: int) -> bool:
    """A negation that only sets a bound ("not exceeding ten years", "ne dépassant pas")."""
    return any(w in _QUANTITY for w in words[max(0, at - 1) : at + 3])


def _negates(words: list[str], start: int, end: int) -> bool:
    """Whether a negation in ``words[start:end]`` negates (one that only restricts or bounds
    does not)."""
    found = [i for i in range(start, end) if words[i] in _NEGATORS]
    return not found or not all(_restrictive(words, i) or _bounds(words, i) for i in found)


def _negated_inside(words: list[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` hold a negation that negates."""
    found = [i for i in range(start, end) if words[i] in _NEGATORS]
    return bool(found) and not all(_restrictive(words, i) or _bounds(words, i) for i in found)


def _governed_by_negation(m: CueMatcher, words: list[str], start: int, end: int) -> bool:
    """An effect template's match that a negation it does not spell out itself governs."""
    if not m.template:
        return False
    first = max(0, start - GOVERNING_WINDOW)
    return any(
        w in _NEGATORS and w not in m.own_words and not _restrictive(words, first + i)
        for i, w in enumerate(words[first:end])
    )


def _grants(
    cues: CompiledCues,
    index: WordIndex,
    live: AbstractSet[CueMatcher],
    protective: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Contrary matches that stand: a grant overlapping a safeguard is negated by it ("shall
    not grant amnesty"), unless the grant pattern spells out the negation itself ("shall not
    apply to amnesties granted in a peace agreement" is a carve-out, not a ban)."""
    out = []
    for m in cues.contrary:
        if m not in live:
            continue
        for s, e in m.spans(index):
            if _governed_by_negation(m, index.words, s, e):
                continue
            if m.negation_aware or not any(s < pe and ps < e for ps, pe, _ in protective):
                out.append((s, e, m.effect))
    return out


def _generic_spans(
    matchers: Iterable[CueMatcher], index: WordIndex, live: AbstractSet[CueMatcher]
) -> list[tuple[int, int, bool, str]]:
    return [
        (s, e, m.generic, m.effect)
        for m in matchers
        if m in live
        for s, e in m.spans(index)
        if not _governed_by_negation(m, index.words, s, e)
    ]


def _inside(s: int, e: int, others: list[tuple[int, int, str]]) -> bool:
    return any(os <= s and e <= oe for os, oe, _ in others)


def _void_weakening(
    words: list[str], start: int, end: int, modals: frozenset[str], protective: list[tuple[int, int, str]]
) -> bool:
    """Weakening that does not weaken:

    * a modal ("may", "podrá") that is negated ("no podrán", "no person ... may"), sits in a
      relative clause ("immunities which may attach"), or is part of the safeguard itself
      ("victims may participate in the proceedings");
    """
    if end - start != 1 or words[start] not in modals:
        return False
    before = words[max(0, start - NEGATION_WINDOW) : start]
    negated = any(w in _NEGATORS for w in before)
    relative = bool(before) and before[-1] in _RELATIVES
    return negated or relative or _inside(start, end, protective)


class _Located:
    """Maps folded word spans back to the draft: the words as written and, for words of the unit
    itself, their character offsets in its paragraph."""

    def __init__(self, source: WordSource | None, words: list[str], unit_part: int, unit_start: int) -> None:
        self.source = source if source is not None and len(source.spans) == len(words) else None
        self.words = words
        self.unit_part = unit_part
        self.unit_start = unit_start

    def evidence(self, start: int, end: int, effect: str) -> Evidence:
        if self.source is None:
            return Evidence(" ".join(self.words[start:end]), effect=effect)
        text = self.source.phrase(start, end)
        pieces = self.source.spans[start:end]
        if pieces and all(n == self.unit_part for n, _, _ in pieces):
            return Evidence(text, self.unit_start + pieces[0][1], self.unit_start + pieces[-1][2], effect)
        before = pieces and pieces[0][0] < self.unit_part
        return Evidence(text, effect=effect, outside="lead-in" if before else "items")


def _evidence(spans: list[tuple[int, int, str]], where: _Located) -> list[Evidence]:
    """The matched words as the draft writes them, for reasons a lawyer can read (no pattern
    syntax), one piece of evidence per distinct phrase."""
    seen: list[Evidence] = []
    # Of two cues on the same words, a template's specific effect says more than a generic grant.
    for s, e, effect in sorted(spans, key=lambda x: (x[0], x[1], x[2] in ("grants", ""))):
        found = where.evidence(s, e, effect)
        if not any(found.text in other.text or other.text in found.text for other in seen):
            seen.append(found)
    return seen


def _in_relative_clause(words: list[str], start: int, end: int | None = None) -> bool:
    """A match that opens with a negation of a relative clause ("persons who have not benefited
    from the amnesty") or of a clause of time ("when it has not been suspended"), or whose every
    negation stands in such a clause or a condition ("an amnesty ... if he had not already been
    convicted"): the negation governs that clause, not the measure."""
    if words[start] in _NEGATORS and any(w in _RELATIVE_SUBJECTS for w in words[max(0, start - 2) : start]):
        return True
    # (A match that opens with the condition spells it out: "si no entregara ... juzgarlo".)
    found = [i for i in range(start, end if end is not None else start) if words[i] in _NEGATORS]
    return bool(found) and all(
        any(w in _SUBORDINATORS for w in words[max(start + 1, i - SUBORDINATE_WINDOW) : i]) for i in found
    )


# A title of an article ("Derechos de las víctimas") names a measure without being a clause.
SENTENCE_MIN_WORDS = 12


def _reads_as_a_sentence(text: str, words: list[str]) -> bool:
    return text.rstrip().endswith((".", ";", ":")) or len(words) >= SENTENCE_MIN_WORDS


def _says_more_than_the_name(judgements: list[Judgement]) -> bool:
    return any(j.effect != "names" for j in judgements)


def _mention(
    matchers: Iterable[CueMatcher], index: WordIndex, source: WordSource | None, unit_start: int
) -> Evidence | None:
    """The first words of the unit itself that name the category's measure, if any; "this
    amnesty" only refers back to the measure the draft grants or bans elsewhere."""
    words = index.words
    for m in matchers:
        for s, e in m.spans(index):
            if not any(s >= len(a) and tuple(words[s - len(a) : s]) == a for a in _ANAPHORS):
                return _Located(source, words, 0, unit_start).evidence(s, e, "names")
    return None


def short(phrase: str) -> str:
    """A long phrase cut between words in the middle: "peuvent s’attacher à … n’empêchent"."""
    if len(phrase) <= 70:
        return phrase
    head, tail = phrase[:32], phrase[-32:]
    head = head[: head.rfind(" ")] if " " in head else head
    tail = tail[tail.find(" ") + 1 :] if " " in tail else tail
    return f"{head.rstrip(' ,;')} … {tail.lstrip(' ,;')}"


def _item_topic(
    m: CueMatcher, item: WordIndex, full: WordIndex, lead_words: int, live: AbstractSet[CueMatcher]
) -> tuple[list[tuple[int, int]], tuple[int, int]] | None:
    """A topic half in a list item, half in its lead-in (``m.lead``): the item's spans and the
    lead-in's, or None. ``full`` opens with the ``lead_words`` words of the lead-in; ``item`` is
    the unit's own words, or ``full`` itself for an item that is a lead-in too (its own items
    may then hold the item's half: "a. si ... le juge:" + "1. a prononcé un acquittement")."""
    lead = m.lead
    if lead is None or not lead_words or m not in live or not lead.possible(full):
        return None
    before = [(s, e) for s, e in lead.spans(full) if e <= lead_words]
    hits = [(s, e) for s, e in m.spans(item) if item is not full or s >= lead_words] if before else []
    return (hits, before[0]) if hits else None


def evaluate_cues(
    cues: CompiledCues,
    unit: WordIndex,
    full: WordIndex,
    modals: frozenset[str],
    live_unit: AbstractSet[CueMatcher],
    live_full: AbstractSet[CueMatcher],
    unit_source: WordSource | None = None,
    full_source: WordSource | None = None,
    unit_start: int = 0,
    unit_part: int = 0,
    topic_in_full: bool = False,
    lead_words: int = 0,
) -> CueResult:
    """Which cues of a category fire: topic on the unit alone, stance on ``full``.

    ``full`` is the unit with the lead-in of a list item before it and, for a lead-in,
    the items that complete it after it: "shall not relieve ... unless:" + "(a) ...".
    ``live_*`` are the cues whose first words occur (the others cannot match).
    ``lead_words``: how many of ``full``'s first words are a list item's lead-in.
    """
    # A lead-in's topic may stand in the items that complete it ("The President may -" + "(a) grant
    # a pardon"), said in one pattern; any other unit's topic is its own.
    # The lead-in's own words come first ("Extradition shall not be granted where a person is a
    # citizen of Ireland, unless—" is on extradition whatever its items say).
    if topic_in_full and any(m in live_unit and m.lead is None and m.spans(unit) for m in cues.topic):
        topic_in_full = False
    topic_index, topic_live = (full, live_full) if topic_in_full else (unit, live_unit)
    lead_at: tuple[int, int] | None = None
    item_cue: CueMatcher | None = None
    for m in cues.topic:
        if topic_in_full and len(m.patterns) > 1:
            continue  # an all-of group would gather its words from several items
        if m.lead is not None:
            found = _item_topic(m, topic_index, full, lead_words, topic_live)
            if found is not None:
                hits, lead_at = found
                topic_spans = [(s, e, "") for s, e in hits]
                implied = m.effect == "implied"
                item_cue = m
                break
            continue
        if m in topic_live and (hits := m.spans(topic_index)):
            topic_spans = [(s, e, "") for s, e in hits]
            implied = m.effect == "implied"
            break
    else:
        return CueResult([], [], [], [], [])
    in_unit = (
        _Located(full_source, full.words, unit_part, unit_start)
        if topic_in_full
        else _Located(unit_source, unit.words, 0, unit_start)
    )
    topic = _evidence(topic_spans, in_unit)
    if lead_at is not None:  # the lead-in's half of the topic, said as standing there
        topic.append(_Located(full_source, full.words, unit_part, unit_start).evidence(*lead_at, ""))
    excluded = [m.source for m in cues.exclude if m in live_unit and m.spans(unit)]
    if excluded:
        return CueResult(topic, [], [], [], excluded)
    protective = [
        p
        for p in _protective_spans(cues.protective, full, live_full)
        if not _in_relative_clause(full.words, p[0], p[1]) and _negates(full.words, p[0], p[1])
    ]
    # What an item does with its lead-in, when its topic cue says it ("compétent pour connaître :"
    # + "des crimes contre l'humanité"): its words in ``full``, after the lead-in's.
    does = item_cue.does if item_cue is not None else ""
    shift = 0 if topic_in_full else lead_words  # from the unit's words to ``full``'s
    item_spans = [(s + shift, e + shift, does) for s, e, _ in topic_spans[:1]] if does else []
    if EFFECTS.get(does) == "conforms":
        protective += item_spans
    contrary = _grants(cues, full, live_full, protective)
    if EFFECTS.get(does) == "contrary" and not protective:  # "... shall not be military offences:"
        contrary += item_spans
    # A scope limit inside a safeguard belongs to it ("tried only by ordinary courts"); the
    # category's own weakeners ("blanket amnesties") and hedges always count. (A grant decides
    # alone: what weakens it is not looked for.)
    weakening = [
        (s, e, effect)
        for s, e, generic, effect in ([] if contrary else _generic_spans(cues.weakening, full, live_full))
        if not _void_weakening(full.words, s, e, modals, protective)
        and not (generic and _inside(s, e, protective))
    ]
    if EFFECTS.get(does) == "weak" and not contrary:
        weakening += item_spans
    in_full = _Located(full_source, full.words, unit_part, unit_start)
    return CueResult(
        topic=topic,
        protective=_evidence(protective, in_full),
        weakening=_evidence(weakening, in_full),
        contrary=_evidence(contrary, in_full),
        excluded=excluded,
        implied=implied,
    )


class Matcher:
    def __init__(self, index: MatchIndex, settings: MatchSettings | None = None) -> None:
        self.index = index
        self.settings = settings or MatchSettings()
        self._scopes: dict[tuple[str, str], Evidence | None] = {}  # per paragraph and language
        self._scope_table: PrefixTable | None = None

    def _obligation(self, category: str) -> bool:
        record = self.index.library.categories.get(category)
        return record is not None and record.spec.kind == "obligation"

    # ------------------------------------------------------------ scope

    def narrower_scope(self, text: str, lang: str) -> Evidence | None:
        """Other offences a ban is limited to, in a paragraph that names none of the draft's
        crimes ("no amnesty ... for kidnapping or drug trafficking"): the words that say so."""
        lidx = self.index.languages.get(lang)
        if lidx is None or lidx.other_offences is None or lidx.core_crimes is None:
            return None
        key = (text, lang)
        if key in self._scopes:
            return self._scopes[key]
        core, other = lidx.core_crimes, lidx.other_offences
        if self._scope_table is None:
            self._scope_table = PrefixTable(
                {
                    p
                    for li in self.index.languages.values()
                    for pat in (li.core_crimes, li.other_offences)
                    if pat
                    for p in pat.lookup_prefixes
                }
            )
        words = fold_words(text)
        index = WordIndex.build(words, self._scope_table)
        found: Evidence | None = None
        if not (core.possible(index) and core.spans(index)) and other.possible(index):
            hits = other.spans(index)
            if hits:
                start, end = hits[0]
                found = _Located(WordSource([text]), words, 0, 0).evidence(start, end, "scope")
        self._scopes[key] = found
        return found

    # ------------------------------------------------------------ similarity

    @staticmethod
    def _similarity(stems: dict[str, float], stems_weight: float, lidx: LanguageIndex, i: int) -> float:
        """``stems``: the unit's content stems and their weights."""
        # fsum: exactly rounded whatever the order sets iterate in (it differs from run to run
        # with string hashing), so that equally close wordings tie the same way every time.
        common = math.fsum(map(stems.__getitem__, stems.keys() & lidx.wording_stems[i]))
        denom = stems_weight + lidx.wording_weight[i]
        return 200.0 * common / denom if denom else 0.0

    def _best_wording(
        self, stems: dict[str, float], stems_weight: float, lidx: LanguageIndex, category: str
    ) -> tuple[float, int | None, float]:
        """The closest wording of ``category`` (similarity, index) and the best similarity to a
        wording that conforms (the model or an equivalent)."""
        best, best_i, best_conforming = 0.0, None, 0.0
        for i in lidx.by_category.get(category, ()):
            sim = self._similarity(stems, stems_weight, lidx, i)
            if sim > best:
                best, best_i = sim, i
            if lidx.wordings[i].kind in ("model", "equivalent") and sim > best_conforming:
                best_conforming = sim
        return best, best_i, best_conforming

    # ------------------------------------------------------------ judging

    def judge_unit(
        self,
        unit: Unit,
        lang: str,
        exhaustive: bool = False,
        sure: bool = True,
        words: UnitWords | None = None,
    ) -> list[Judgement]:
        """Judge ``unit`` in ``lang``; when the language is not ``sure`` (a short sentence),
        the other languages are tried too and the first that recognises a topic wins.

        A unit with square-bracketed alternatives is judged once per reading; the result per
        category has the worst stance of its readings and lists how each reading fares.

        ``words``: the unit's folded words, if the caller has them (else they are folded here)."""
        if has_brackets(unit.text):
            from drafter.brackets import readings  # rolling texts only

            options = readings(unit.text)
            if options:
                return self._judge_readings(unit, options, lang, exhaustive, sure)
        return self._judge_plain(unit, lang, exhaustive, sure, words)

    def _judge_readings(
        self, unit: Unit, options: list[Reading], lang: str, exhaustive: bool, sure: bool
    ) -> list[Judgement]:
        by_category: dict[str, list[tuple[Reading, Judgement]]] = {}
        for reading in options:
            variant = replace(unit, text=reading.text)
            for j in self._judge_plain(variant, lang, exhaustive, sure):
                by_category.setdefault(j.category, []).append((reading, j))
        out: list[Judgement] = []
        for category, judged in by_category.items():
            _, worst = max(judged, key=lambda rj: (_SEVERITY[rj[1].stance], -rj[1].similarity))
            conforming = [(r, j) for r, j in judged if j.stance is Stance.CONFORMS]
            best_conforming = max(conforming, key=lambda rj: rj[1].similarity)[0] if conforming else None
            # (Brackets that hold only notes, "[Chapter 9:02]", leave one reading: no alternatives.)
            alternatives = (
                [{"reading": r.describe(), "text": r.text, "stance": j.stance.value} for r, j in judged]
                if len(options) > 1
                else []
            )
            reasons = list(worst.reasons)
            if len(judged) > 1 or len(options) > 1:
                verdicts = "; ".join(f"“{a['reading']}”: {a['stance']}" for a in alternatives)
                reasons.insert(0, f"bracketed alternatives — {verdicts}")
            out.append(
                Judgement(
                    unit=unit,
                    category=category,
                    stance=worst.stance,
                    similarity=max(j.similarity for _, j in judged),
                    wording=worst.wording,
                    lang=worst.lang,
                    reasons=reasons,
                    evidence=worst.evidence,
                    effect=worst.effect,
                    grounds=worst.grounds,
                    alternatives=alternatives,
                    conforming_reading=best_conforming.text if best_conforming and len(options) > 1 else None,
                )
            )
        return out

    def _judge_plain(
        self, unit: Unit, lang: str, exhaustive: bool, sure: bool, words: UnitWords | None = None
    ) -> list[Judgement]:
        if words is None:  # (a reading of a bracketed text, or a caller without them)
            words = UnitWords(fold_words(unit.text), fold_words(unit.lead_in), fold_words(unit.trailing))
        found = self._judge_in(unit, lang, exhaustive, words)
        if sure or _says_more_than_the_name(found):
            return found
        # A short sentence of uncertain language: the first language whose patterns say what it
        # does wins; one that only recognises the measure's name ("amnist*") is a last resort.
        fallback = found
        for other in self.index.languages:
            if other != lang:
                judged = self._judge_in(unit, other, exhaustive, words)
                if _says_more_than_the_name(judged):
                    return judged
                fallback = fallback or judged
        return fallback

    @staticmethod
    def _lead_sets(lidx: LanguageIndex, lead_in: list[str]) -> tuple[set[str], set[str]] | None:
        """The words and word prefixes of a list item's lead-in, or None for a unit without one."""
        if not lead_in:
            return None
        words = set(lead_in)
        return words, lidx.prefixes_of(words)

    def _judge_in(self, unit: Unit, lang: str, exhaustive: bool, folded: UnitWords) -> list[Judgement]:
        lidx = self.index.languages.get(lang) or self.index.languages[self.settings.default_language]
        words = folded.text
        if not words or (lidx.editorial is not None and lidx.editorial.node.ends(words, 0) - {0}):
            return []
        after = folded.trailing
        # A lead-in's topic may stand in its items (see evaluate_cues).
        wordset = set(words).union(after)
        prefixset = lidx.prefixes_of(wordset)
        # In exhaustive mode every cue is tried: the check that the fast path loses nothing.
        categories = (
            set(lidx.cues)
            if exhaustive
            else lidx.keys.categories(wordset, prefixset, self._lead_sets(lidx, folded.lead_in))
        )
        weight = self.index.weight
        stems = {s: weight(s) for s in lidx.stems_of(words)}
        stems_weight = math.fsum(stems.values())
        out: list[Judgement] = []
        implied: set[str] = set()  # categories found only through their measure's description
        full_index = unit_index = None
        unit_source: WordSource | None = None
        full_source: WordSource | None = None
        live_unit: AbstractSet[CueMatcher] = frozenset()
        live_full: AbstractSet[CueMatcher] = frozenset()
        if categories:
            before = folded.lead_in
            unit_index = lidx.word_index(words)
            full_index = lidx.word_index(before + words + after) if (before or after) else unit_index
            if exhaustive:
                live_unit = live_full = {m for cues in lidx.cues.values() for m in cues.all()}
            else:
                live_unit = lidx.keys.live(unit_index.word_set, unit_index.prefix_set)
                live_full = (
                    lidx.keys.live(full_index.word_set, full_index.prefix_set)
                    if full_index is not unit_index
                    else live_unit
                )
        for category in sorted(categories):
            cues = lidx.cues.get(category)
            if cues is None or unit_index is None or full_index is None:
                continue
            if unit_source is None:
                unit_source = WordSource([unit.text])
                parts = [t for t in (unit.lead_in, unit.text, unit.trailing) if t]
                full_source = WordSource(parts) if full_index is not unit_index else unit_source
            result = evaluate_cues(
                cues,
                unit_index,
                full_index,
                lidx.hedge_modals,
                live_unit,
                live_full,
                unit_source,
                full_source,
                unit.start,
                1 if unit.lead_in else 0,
                bool(unit.trailing) and unit.trailing is not unit.text,
                len(before),
            )
            if not result.topic or result.excluded:
                continue
            score, best_i, conforming = self._best_wording(stems, stems_weight, lidx, category)
            wording = lidx.wordings[best_i] if best_i is not None else None
            # Only a contrary wording that itself carries safeguard words can make the patterns'
            # verdict doubtful; one without them differs from the unit by its polarity.
            doubtful = wording is not None and wording.protective
            named = None
            quiet = not (result.protective or result.contrary or result.weakening)
            if quiet and cues.mention and _reads_as_a_sentence(unit.text, words):
                named = _mention(cues.mention, unit_index, unit_source, unit.start)
            judgement = self._decide(
                unit, category, result, score, wording, lang, conforming if doubtful else 100.0, named
            )
            if judgement is not None:
                out.append(judgement)
                if result.implied:
                    implied.add(category)
        if implied and len(implied) < len(out):
            # "The criminal action is extinguished by prescription" names its measure: the
            # impunity without a name that the sentence also reads as is that measure's.
            out = [j for j in out if j.category not in implied]
        return out

    def _decide(
        self,
        unit: Unit,
        category: str,
        cues: CueResult,
        sim: float,
        wording: Wording | None,
        lang: str,
        conforming_sim: float = 0.0,
        named: Evidence | None = None,
    ) -> Judgement | None:
        topic = cues.topic[0]
        grounds = [Evidence(topic.text, topic.start, topic.end, "measure", topic.outside)]
        reasons = [f"on {category.replace('_', ' ')}: {topic.quoted()}"]

        def judged(stance: Stance, evidence: float, effect: str, *decisive: Evidence) -> Judgement:
            return Judgement(
                unit,
                category,
                stance,
                sim,
                wording,
                lang,
                reasons,
                evidence,
                effect,
                grounds + list(decisive),
            )

        def limits() -> list[Evidence]:
            return cues.weakening[:3]

        if cues.contrary:
            # A template's specific effect says more than a category's generic grant pattern.
            first = min(cues.contrary, key=lambda c: c.effect in ("grants", ""))
            phrase = EFFECT_PHRASES.get(first.effect, EFFECT_PHRASES["grants"])
            if first.effect in ("grants", "") and self._obligation(category):
                phrase = DENIES_DUTY  # a duty (to repair, to punish) is denied, not a measure granted
            reasons.append(f"{phrase}: {first.quoted()}")
            return judged(Stance.CONTRARY, EVIDENCE_STANCE_CUE, first.effect or "grants", first)
        if cues.protective:
            first = cues.protective[0]
            # A safeguard against a measure bans it; one that imposes a duty (punish, prosecute,
            # repair) requires it.
            safeguard = "requires" if self._obligation(category) else "prohibits"
            reasons.append(f"{EFFECT_PHRASES[safeguard]}: {first.quoted()}")
            if cues.weakening:
                carve = next(
                    (w for w in cues.weakening if w.effect in ("carves_out", "defines", "excepts")), None
                )
                if carve is not None:
                    reasons.append(f"{EFFECT_PHRASES[carve.effect]}: {carve.quoted()}")
                    return judged(Stance.WEAK, EVIDENCE_STANCE_CUE, carve.effect, first, carve)
                reasons.append(f"{EFFECT_PHRASES['limits']}: " + ", ".join(w.quoted() for w in limits()))
                return judged(Stance.WEAK, EVIDENCE_STANCE_CUE, safeguard, first, *limits())
            reads_contrary = (
                wording is not None
                and wording.kind == "contrary"
                and sim >= self.settings.contrary_resemblance_min
                and sim > conforming_sim + CONTRARY_MARGIN
            )
            if reads_contrary and wording is not None:
                # Reads like a known pro-impunity wording (more than like any strong one) although a
                # safeguard word is present: never call that "conforms".
                reasons.append(
                    f"but the sentence as a whole is {sim:.0f}% like a pro-impunity wording"
                    f" ({wording.source or wording.clause_id})"
                )
                return judged(Stance.WEAK, EVIDENCE_STANCE_CUE, safeguard, first)
            return judged(Stance.CONFORMS, EVIDENCE_STANCE_CUE, safeguard, first)
        if cues.weakening:
            carve = next(
                (w for w in cues.weakening if w.effect in ("carves_out", "defines", "excepts")), None
            )
            if carve is not None:
                reasons.append(f"{EFFECT_PHRASES[carve.effect]}: {carve.quoted()}")
                return judged(Stance.WEAK, EVIDENCE_WEAKENING, carve.effect, carve)
            reasons.append(
                "no ban or bar of the measure; "
                + f"{EFFECT_PHRASES['limits']}: "
                + ", ".join(w.quoted() for w in limits())
            )
            return judged(Stance.WEAK, EVIDENCE_WEAKENING, "limits", *limits())
        if sim >= self.settings.topic_only_min and wording is not None:
            reasons.append(
                f"no ban or bar of the measure; the sentence is {sim:.0f}% like {_a(wording.kind)} wording"
            )
            return judged(Stance.CONTRARY if wording.kind == "contrary" else Stance.WEAK, EVIDENCE_TOPIC, "")
        if named is not None:
            # An operative sentence that names the measure and neither bans it nor denies it
            # effect is for the lawyer to review, however unlike the library's wordings it reads.
            reasons.append(f"names the measure without banning it or denying it effect: {named.quoted()}")
            return judged(Stance.WEAK, EVIDENCE_TOPIC, "names", named)
        return None
