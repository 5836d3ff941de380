"""The analysis pipeline: draft + library -> findings and missing categories.

Qt-free; the app runs it in a worker thread and passes ``progress`` and
``is_cancelled`` callbacks.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Protocol

from msgspec import Struct
from msgspec.structs import replace

from drafter.errors import Cancelled
from drafter.i18n import _, language
from drafter.language import LanguageDetector
from drafter.lexicon import lexicon
from drafter.library.loader import Library
from drafter.library.model import EFFECTS
from drafter.locations import article_of
from drafter.matching.cache import index_for, prefilter_for
from drafter.matching.engine import (
    EFFECT_PHRASES,
    EVIDENCE_STANCE_CUE,
    Evidence,
    Judgement,
    Matcher,
    MatchSettings,
    short,
)
from drafter.matching.prefilter import Prefilter
from drafter.model import Analysis, Draft, Finding, MissingCategory, Paragraph, Part, Stance
from drafter.references import SAFEGUARD_EFFECTS, SetAside, may_set_aside, set_asides, sets_aside_in
from drafter.segment import (
    Unit,
    UnitWords,
    inside_open_quotation,
    is_item_of,
    is_list_item,
    is_quotation,
    list_openers,
    opens_list,
    units,
)
from drafter.suggest import Terms
from drafter.textnorm import fold_words, folded_joined, folds_in_place

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
_SEVERITY = {Stance.CONFORMS: 0, Stance.WEAK: 1, Stance.CONTRARY: 2}
PROGRESS_EVERY = 0.05  # seconds between progress reports


class _Timer(Struct):
    last: float = 0.0


SAMPLE_PARAGRAPHS = 400  # for the document's language: spread over the whole draft


FOLD_BATCH = 512  # paragraphs folded in one pass: most of the gain, little memory held


def _folded(paragraphs: list[Paragraph]) -> Iterator[tuple[Paragraph, str, bool]]:
    """Each paragraph with its folded text, and whether it may set a provision aside."""
    for start in range(0, len(paragraphs), FOLD_BATCH):
        batch = paragraphs[start : start + FOLD_BATCH]
        joined, folded = folded_joined([p.text for p in batch])
        maybe = may_set_aside(joined, folded)
        for i, (p, text) in enumerate(zip(batch, folded, strict=True)):
            yield p, text, i in maybe


def _samples(paragraphs: list[Paragraph], detector: LanguageDetector) -> list[tuple[str | None, int]]:
    """Every few paragraphs, spread over the whole draft, as (language, length): for the
    document's language."""
    step = max(1, len(paragraphs) // SAMPLE_PARAGRAPHS)
    found: list[tuple[str | None, int]] = []
    for p in paragraphs[::step]:
        if not p.shadow and (words := fold_words(p.text)):
            found.append((detector.detect_tokens(words), len(p.text)))
    return found


def _candidates(
    paragraphs: list[Paragraph], keep: Prefilter | None
) -> tuple[dict[int, str], set[int], list[int]]:
    """The folded text of the paragraphs that can yield a finding (all without a prefilter),
    which those are, and the paragraphs that may set another provision aside
    (``drafter.references``: judged once every finding is known).

    Paragraphs are kept as folded strings, not word lists: a list of words takes ten times
    the memory of the text, and only the paragraphs that reach judging are split again.
    """
    folded_of: dict[int, str] = {}
    live = [p for p in paragraphs if not p.shadow]
    # The words of the paragraphs that may be the lead-in of the next list item: those that open
    # a list since the last paragraph that is no item (its lead-in is one of them).
    # (A superset is enough: a list's lead-ins are only forgotten when a paragraph that is no item
    # opens another list, and whether a paragraph is an item is only asked when it matters.)
    lead_mask: int | None = None  # the bits of their words (``Prefilter.mask``), once there are some
    setting_aside: list[int] = []
    for p, folded, maybe in _folded(live):
        words = folded.split()
        if maybe and sets_aside_in(words):
            setting_aside.append(p.index)
        # A list item may share a topic with its lead-in ({lead, item} cues); only an item can.
        if (
            keep is None
            or keep.keeps(words)
            or (lead_mask is not None and keep.keeps_item(words, lead_mask) and is_list_item(p))
        ):
            folded_of[p.index] = folded
        if keep is not None and opens_list(p.text):
            # An item that opens a list adds a lead-in to those of its list; any other starts anew.
            before = (lead_mask or 0) if is_list_item(p) else 0
            lead_mask = before | keep.mask(words)
    wanted = set(folded_of) if keep is not None else {p.index for p in paragraphs}
    return folded_of, wanted, setting_aside


def _words_of(
    unit: Unit, paragraphs: list[Paragraph], folded: str | None, in_place: bool | None = None
) -> list[str]:
    """``fold_words(unit.text)``, cut from the paragraph's folded text where that has the same
    offsets (folding an ASCII text, or one with accents, changes each character into one; see
    ``folds_in_place``; ``in_place``: whether it does, if known)."""
    if in_place is None:
        in_place = folds_in_place(paragraphs[unit.paragraph].text)
    if folded is not None and in_place:
        return folded[unit.start : unit.end].split()
    return fold_words(unit.text)


class _Folded:
    """The folded words of lead-ins and of the items that complete a lead-in, each text folded
    once (a lead-in is shared by the items of its list)."""

    def __init__(self) -> None:
        self._seen: dict[str, list[str]] = {"": []}

    def words(self, text: str) -> list[str]:
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = fold_words(text)
        return found


def _one_sentence_one_verdict(judgements: list[Judgement], measures: AbstractSet[str]) -> list[Judgement]:
    """A sentence that gives impunity in one respect is no model safeguard in another ("shall be
    triable by military commission at any time without limitation"), nor is one that sets out a
    measure of impunity (a category of ``measures``) without banning it and makes a duty its
    condition ("the special criminal treatment is subject to conditions such as ... full reparation
    of the victims"): what conforms in it is weak, since it cannot be adopted without redrafting
    the sentence."""
    against: dict[tuple[Part, int, int], tuple[str, Stance]] = {}
    for j in judgements:
        # (A sentence that only names a measure says too little about it to overrule a safeguard.)
        unbanned = (
            j.stance is Stance.WEAK
            and j.category in measures
            and j.effect not in ("prohibits", "requires", "names")
        )
        if j.stance is Stance.CONTRARY or unbanned:
            key = (j.unit.part, j.unit.paragraph, j.unit.start)
            if key not in against or j.stance is Stance.CONTRARY:
                against[key] = (j.category, j.stance)
    out = []
    for judged in judgements:
        other = against.get((judged.unit.part, judged.unit.paragraph, judged.unit.start))
        # (A duty to repair or to punish in such a sentence is a condition of the measure; a second
        # ban beside a weak one is left as it reads.)
        if (
            judged.stance is Stance.CONFORMS
            and other is not None
            and other[0] != judged.category
            and (other[1] is Stance.CONTRARY or judged.category not in measures)
        ):
            category, stance = other
            if stance is Stance.CONTRARY:
                reason = f"the same sentence is contrary on {category.replace('_', ' ')}"
            else:
                reason = f"the same sentence sets out {category.replace('_', ' ')} without banning it"
            judged = replace(judged, stance=Stance.WEAK, reasons=[*judged.reasons, reason])  # noqa: PLW2901
        out.append(judged)
    return out


_AMENDING = lexicon().folded("amending")


def _amending_lead_in(j: Judgement) -> bool:
    """A lead-in that only introduces the new text of an amended provision ("Sustitúyese el
    artículo 428 por el siguiente:"), judged on nothing of its own: the new text is judged."""
    if not j.unit.trailing or any(g.outside != "items" for g in j.grounds if g.effect != "measure"):
        return False
    folded = " ".join(fold_words(j.unit.text))
    return any(f" {phrase} " in f" {folded} " for phrase in _AMENDING)


def _scoped(j: Judgement, matcher: Matcher, draft: Draft) -> Judgement:
    """A ban that covers only other offences than the draft's crimes is weak: it leaves these
    crimes open to the measure (the paragraph names the offences: "ellos" points back to them)."""
    if j.stance is not Stance.CONFORMS or j.effect not in ("prohibits", "requires"):
        return j
    narrow = matcher.narrower_scope(draft.paragraph(j.part, j.paragraph).text, j.lang)
    if narrow is None:
        return j
    if not (j.unit.start <= narrow.start and narrow.end <= j.unit.end):
        narrow = replace(narrow, outside="paragraph")
    reason = f"the ban covers only other offences: {narrow.quoted()}"
    return replace(j, stance=Stance.WEAK, reasons=[*j.reasons, reason], grounds=[*j.grounds, narrow])


def _merge(judgements: list[Judgement], categories: list[str]) -> list[list[Judgement]]:
    """Judgements by paragraph and category, in document order, then in ``categories``' order."""
    rank = {c: i for i, c in enumerate(categories)}
    groups: dict[tuple[str, int, str], list[Judgement]] = defaultdict(list)
    for j in judgements:
        groups[(j.part.value, j.paragraph, j.category)].append(j)
    order = sorted(groups, key=lambda k: (k[0] != "body", k[1], rank[k[2]]))
    return [groups[k] for k in order]


def _finding(
    group: list[Judgement], paragraph: Paragraph, library: Library, terms: Terms, inside_quotation: set[int]
) -> Finding:
    worst = max(group, key=lambda j: (_SEVERITY[j.stance], j.score))
    best = max(group, key=lambda j: j.similarity)
    start = min(j.unit.start for j in group)
    end = max(j.unit.end for j in group)
    category = worst.category
    lang = worst.lang
    wording = best.wording or worst.wording
    cat = library.categories[category]
    record = None
    if wording is not None:
        record = next((r for r in cat.clauses if r.id == wording.clause_id), None)
    record = record or cat.clauses[0]
    clause = record.clause
    text = paragraph.text[start:end]
    suggestion = None
    alternatives = [a for j in group for a in j.alternatives]
    conforming_reading = next((j.conforming_reading for j in group if j.conforming_reading), None)
    whole_unit = len(group) == 1 and (start, end) == (group[0].unit.start, group[0].unit.end)
    preambular = is_preambular(paragraph.label)
    quoted = paragraph.index in inside_quotation or is_quotation(
        paragraph, [(g.start, g.end) for g in worst.grounds if g.effect != "measure"]
    )
    if worst.stance is not Stance.CONFORMS:
        if conforming_reading is not None and whole_unit:
            # A rolling text whose brackets hold a strong alternative: resolve the brackets to it.
            suggestion = conforming_reading
        elif not preambular and not quoted:
            # (An operative clause is no replacement for a preambular paragraph: where the
            # draft lacks one, the missing-category proposal says where it goes.)
            suggestion = terms.fill(clause.suggestion.get(lang), lang)
    reasons: list[str] = []
    if preambular:
        reasons.append(PREAMBLE_REASON)
    if quoted:
        reasons.append(QUOTED_REASON)
    for j in sorted(group, key=lambda j: -_SEVERITY[j.stance]):
        for r in j.reasons:
            if r not in reasons:
                reasons.append(r)
    return Finding(
        paragraph=paragraph.index,
        part=paragraph.part,
        start=start,
        end=end,
        text=text,
        label=paragraph.label,
        clause_id=record.id,
        category=category,
        stance=worst.stance,
        score=round(max(j.score for j in group), 1),
        language=lang,
        suggestion=suggestion,
        precedents=record.precedents(),
        reasons=reasons,
        model_text=clause.model.get(lang),
        rationale=clause.rationale.get(lang),
        alternatives=alternatives,
        effect=worst.effect,
        why=plain_why(worst, library, preambular, quoted),
        evidence=[{"role": g.effect, "text": g.text, "start": g.start, "end": g.end} for g in worst.grounds],
        quoted=quoted,
    )


_SAME_SENTENCE = re.compile(r"^the same sentence (is contrary on|sets out) (.+?)(?: without banning it)?$")


def _with_set_asides(
    judged: Judged, draft: Draft, library: Library, terms: Terms, quoted_body: set[int]
) -> list[Finding]:
    """The findings, with those of the sentences that set aside a provision that has one
    (``drafter.references``), in document order."""
    added: list[Finding] = []
    for found in set_asides(draft.paragraphs, judged.setting_aside, judged.findings):
        paragraph = draft.paragraphs[found.paragraph]
        j = _set_aside_judgement(found, paragraph)
        added.append(_finding([j], paragraph, library, terms, quoted_body))
    if not added:
        return judged.findings
    return sorted(judged.findings + added, key=lambda f: (f.part is not Part.BODY, f.paragraph, f.start))


def _set_aside_judgement(found: SetAside, paragraph: Paragraph) -> Judgement:
    target = found.target
    # Setting a safeguard aside lets the measure reach the cases named; setting a grant or a
    # defence aside leaves them out of it, which bans nothing.
    effect = "sets_aside" if target.effect in SAFEGUARD_EFFECTS else "carves_out"
    stance = Stance.CONTRARY if effect == "sets_aside" else Stance.WEAK
    text = paragraph.text
    ref, (w_start, w_end) = found.reference, found.words
    named = Evidence(text[ref.start : ref.end], ref.start, ref.end, "measure")
    decisive = Evidence(text[w_start:w_end], w_start, w_end, effect)
    where = target.label or f"paragraph {target.paragraph + 1}"
    unit = Unit(found.paragraph, Part.BODY, found.start, found.end, text[found.start : found.end], "", False)
    return Judgement(
        unit,
        target.category,
        stance,
        0.0,
        None,
        target.language,
        [
            f"on {target.category.replace('_', ' ')}: {named.quoted()}, which names {where}",
            f"{EFFECT_PHRASES[effect]}: {decisive.quoted()}",
        ],
        EVIDENCE_STANCE_CUE,
        effect,
        [named, decisive],
    )


def _title(library: Library, category: str, lang: str) -> str:
    title = library.category_title(category, lang)
    return title[:1].lower() + title[1:]


def plain_why(j: Judgement, library: Library, preambular: bool = False, quoted: bool = False) -> str:
    """One plain sentence in the clause's language: what the clause does to the measure, quoting
    the words that say so (the templates are the language file's ``why``)."""
    lang = j.lang

    def say(key: str, **values: str) -> str:
        return library.why(lang, key).format(**values)

    def cite(g: Evidence) -> str:
        where = {"lead-in": "in_lead_in", "items": "in_items", "paragraph": "elsewhere"}.get(g.outside)
        return f"“{short(g.text)}”" + (f" {say(where)}" if where else "")

    decisive = [g for g in j.grounds if g.effect != "measure"]
    main = decisive[0] if decisive else None
    rest = ", ".join(cite(g) for g in decisive[1:3])
    lead = say("lead_preambular" if preambular else "lead_quoted" if quoted else "lead")
    title = _title(library, j.category, lang)
    if main is None:
        return say("similar", lead=lead, title=title, similarity=f"{j.similarity:.0f}%")
    words = cite(main)
    sentence = None
    for reason in j.reasons:
        if m := _SAME_SENTENCE.match(reason):
            other = m.group(2).replace(" ", "_")
            if other in library.categories:
                key = "sentence_contrary" if m.group(1) == "is contrary on" else "sentence_unbanned"
                sentence = say(key, title=_title(library, other, lang))
            break
    if j.effect in ("prohibits", "requires"):
        kind = j.effect
        if j.stance is Stance.CONFORMS:
            return say(kind, lead=lead, words=words)
        scope = next((g for g in j.grounds if g.effect == "scope"), None)
        if scope is not None and kind == "prohibits":
            return say("prohibits_scope", lead=lead, words=words, scope=cite(scope))
        if rest:
            return say(f"{kind}_hedged", lead=lead, words=words, rest=rest)
        if sentence is not None:
            return say(f"{kind}_sentence", lead=lead, words=words, sentence=sentence)
        return say("prohibits_resembles", lead=lead, words=words)
    if j.effect == "limits":
        return say("limits", lead=lead, title=title, words=", ".join(filter(None, (words, rest))))
    if j.effect == "names" and library.categories[j.category].spec.kind == "obligation":
        # (A duty, not a measure: the clause names the topic and imposes nothing.)
        return say("names_duty", lead=lead, title=title, words=words)
    if j.effect == "grants" and library.categories[j.category].spec.kind == "obligation":
        # (A duty denied, not a measure granted: "No cause of action ... arises".)
        return say("denies_duty", lead=lead, words=words)
    # The other effects have a sentence of their own, named as the effect.
    known = EFFECTS.keys() - {"prohibits", "requires", "limits", "hedges"}
    return say(j.effect if j.effect in known else "grants", lead=lead, words=words)


QUOTED_REASON = "quoted text, not the draft's own: it never fills a missing safeguard"
PREAMBLE_REASON = "preambular paragraph: it states an aim and binds no State; only an operative article does"


def is_preambular(label: str) -> bool:
    return article_of(label) == "Preamble"


def fills_gap(f: Finding) -> bool:
    """An operative clause conforms, or (in a rolling text) one of its bracketed readings does:
    the text can still be adopted with the safeguard, so the category is not missing."""
    if is_preambular(f.label) or f.quoted:
        return False
    return f.stance is Stance.CONFORMS or any(a.get("stance") == "conforms" for a in f.alternatives)


def _bans_beside_grants(findings: list[Finding], library: Library) -> list[Finding]:
    """A draft that grants a measure in its own words ("Se concede amnistía ...") and bans it
    elsewhere bans it only as an exception to that grant: an amnesty law that leaves crimes
    against humanity out of its amnesty still has no amnesty ban (DOMAIN.md). The ban is weak."""
    grants: dict[str, Finding] = {}
    # A law that sets out what its amnesty does ("L'amnistie entraîne la remise de toutes les
    # peines") is an amnesty law too: what it excludes is a carve-out from it.
    enacts: set[str] = set()
    for f in findings:
        own = f.part is Part.BODY and not f.quoted and not is_preambular(f.label)
        if not own or f.stance is not Stance.CONTRARY or f.effect not in ("grants", "describes"):
            continue
        if _names_the_measure(f, library):
            enacts.add(f.category)
            if f.effect == "grants":
                grants.setdefault(f.category, f)
    out = []
    for f in findings:
        grant = grants.get(f.category)
        if f.effect == "excepts" and f.category not in enacts:
            continue  # "excluded from this law" says nothing of a measure the draft does not grant
        if grant is not None and f.stance is Stance.CONFORMS and f.effect == "prohibits":
            where = grant.label or f"paragraph {grant.paragraph + 1}"
            ban = str(next((e["text"] for e in f.evidence if e["role"] == "prohibits"), f.text[:60]))
            f = replace(  # noqa: PLW2901
                f,
                stance=Stance.WEAK,
                reasons=[
                    *f.reasons,
                    f"the draft grants the measure in {where}: this is an exception to that grant",
                ],
                why=library.why(f.language, "beside_grant").format(words=f"“{short(ban)}”", where=where),
            )
        out.append(f)
    return out


def _names_the_measure(f: Finding, library: Library) -> bool:
    """Whether a grant says the measure's name ("Se concede amnistía"), not only impunity without
    it ("sin perjuicio de la extinción de la acción penal"): only the first grants it outright."""
    from drafter.library.tokmatch import PrefixTable, WordIndex

    cues = library.categories[f.category].cues.get(f.language)
    if cues is None or not cues.mention:
        return False
    words = fold_words(" ".join(str(e["text"]) for e in f.evidence))
    prefixes = {p for m in cues.mention for pat in m.patterns for p in pat.lookup_prefixes}
    index = WordIndex.build(words, PrefixTable(prefixes))
    return any(m.spans(index) for m in cues.mention)


def _extend_over_items(paragraphs: list[Paragraph], anchor: int) -> int:
    """Move an insertion point past the sub-items that belong to the anchor paragraph."""
    article = article_of(paragraphs[anchor].label)
    last = anchor
    for p in paragraphs[anchor + 1 :]:
        if p.shadow or not p.text.strip():
            continue
        if is_item_of(p, paragraphs[anchor]) and article_of(p.label) == article:
            last = p.index
            continue
        break
    return last


def _placement(
    category: str, findings: list[Finding], paragraphs: list[Paragraph], library: Library
) -> tuple[int | None, str]:
    # A new operative clause goes among the articles, never into the preamble.
    body = [f for f in findings if f.part is Part.BODY and not is_preambular(f.label)]
    own_weak = [f.paragraph for f in body if f.category == category and f.stance is Stance.WEAK]
    own = own_weak or [f.paragraph for f in body if f.category == category]
    anchor: int | None = None
    why = ""
    if own:
        anchor = max(own)
        why = f"beside the existing clause on {library.category_title(category).lower()}"
    else:
        for neighbour in library.categories[category].spec.insert_after:
            found = [f.paragraph for f in body if f.category == neighbour]
            if found:
                anchor = max(found)
                why = f"after the clause on {library.category_title(neighbour).lower()}"
                break
    if anchor is None and body:
        anchor = max(f.paragraph for f in body)
        why = "after the last provision on impunity"
    if anchor is None:
        texts = [p.index for p in paragraphs if p.text.strip() and not p.shadow]
        if not texts:
            return None, "at the end of the draft"
        anchor = texts[-1]
        why = "at the end of the draft"
    anchor = _extend_over_items(paragraphs, anchor)
    label = paragraphs[anchor].label
    return anchor, f"after {label} ({why})" if label else why


def insertion_place(
    analysis: Analysis, missing: MissingCategory, library: Library | None, place: Callable[[str], str]
) -> str:
    """Where a missing clause would go, in the interface language: ``missing.place`` says it in
    English for the JSON ("after Article 6 (beside the existing clause on pardons)", written by
    ``_placement``); here the reason is said with the core's messages and the paragraph's label
    with ``place`` (the readable reports give it in the interface language, the app in the
    draft's words)."""
    label = ""
    if missing.after_paragraph is not None:
        label = analysis.draft.paragraphs[missing.after_paragraph].label
    why = missing.place
    if label and why.startswith(f"after {label} (") and why.endswith(")"):
        why = why[len(f"after {label} (") : -1]
    titles = {library.category_title(c).lower(): c for c in library.categories} if library is not None else {}

    def category(title: str) -> str:
        if library is None or title not in titles:
            return title
        return library.category_title(titles[title], language()).lower()

    if why.startswith("beside the existing clause on "):
        reason = _("beside the existing clause on {category}").format(
            category=category(why.removeprefix("beside the existing clause on "))
        )
    elif why.startswith("after the clause on "):
        reason = _("after the clause on {category}").format(
            category=category(why.removeprefix("after the clause on "))
        )
    elif why == "after the last provision on impunity":
        reason = _("after the last provision on impunity")
    elif why == "at the end of the draft":
        reason = _("at the end of the draft")
    else:  # a reason this does not know (tests/test_i18n.py checks that it knows them all)
        reason = why
    if not label:
        return reason
    return _("after {place} ({reason})").format(place=place(label), reason=reason)


def _judge(
    draft: Draft,
    stretches: list[Stretch],
    matcher: Matcher,
    keep: Prefilter | None,
    detector: LanguageDetector,
    doc_lang: str,
    exhaustive: bool,
    progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> tuple[list[Judgement], int, list[int]]:
    """The judgements of the units of these stretches of the draft, in document order, the
    number of units judged and the body paragraphs that may set another provision aside."""
    work: list[tuple[Unit, str, bool, UnitWords]] = []
    setting_aside: list[int] = []
    for part, start, stop in stretches:
        part_paragraphs = draft.paragraphs if part is Part.BODY else draft.footnotes
        folded_of, wanted, maybe = _candidates(part_paragraphs[start:stop], keep)
        if part is Part.BODY:
            setting_aside += maybe
        # A lead-in reads the items that complete it ("The President may -" + "(a) grant a pardon").
        wanted |= list_openers(part_paragraphs[start:stop])
        work += _work(part, part_paragraphs, folded_of, wanted, keep, detector, doc_lang)
    total = len(work)
    judgements: list[Judgement] = []
    timer = _Timer(time.monotonic())
    for n, (unit, lang, sure, words) in enumerate(work):
        if n % 32 == 0:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if progress is not None and time.monotonic() - timer.last >= PROGRESS_EVERY:
                timer.last = time.monotonic()
                progress(n, total)
        judgements.extend(matcher.judge_unit(unit, lang, exhaustive, sure, words))
    return judgements, total, setting_aside


def _work(
    part: Part,
    part_paragraphs: list[Paragraph],
    folded_of: dict[int, str],
    wanted: set[int],
    keep: Prefilter | None,
    detector: LanguageDetector,
    doc_lang: str,
) -> list[tuple[Unit, str, bool, UnitWords]]:
    """The units of the ``wanted`` paragraphs to judge, each with its language and words."""
    work: list[tuple[Unit, str, bool, UnitWords]] = []
    languages: dict[int, str | None] = {}
    around = _Folded()
    last: int | None = None  # the paragraph of the units before
    in_place = False  # whether folding that paragraph kept its offsets
    for unit in units(part_paragraphs, wanted):
        folded = folded_of.get(unit.paragraph)
        if last != unit.paragraph:  # units come paragraph by paragraph
            last = unit.paragraph
            in_place = folds_in_place(part_paragraphs[unit.paragraph].text)
        # The unit's words, folded once (and those of the items that complete a lead-in).
        text_words = _words_of(unit, part_paragraphs, folded, in_place)
        trailing = around.words(unit.trailing)
        if (
            keep is not None
            and not keep.keeps(text_words + trailing if trailing else text_words)
            and not (unit.lead_in and keep.keeps_item(text_words, keep.mask(around.words(unit.lead_in))))
        ):
            continue  # a sentence of a kept paragraph that has no topic words itself
        if unit.paragraph not in languages:
            languages[unit.paragraph] = detector.detect_tokens(
                folded.split() if folded is not None else text_words
            )
        detected = languages[unit.paragraph]
        words = UnitWords(text_words, around.words(unit.lead_in), trailing)
        work.append((unit, detected or doc_lang, detected is not None, words))
    return work


Stretch = tuple[Part, int, int]  # the paragraphs start:stop of a part


class Judged(Struct):
    """What judging some stretches of a draft found: the findings, each one paragraph's, in
    document order; the number of units judged; the body paragraphs that may set another
    provision aside (judged once the findings of the whole draft are known)."""

    findings: list[Finding]
    units: int
    setting_aside: list[int]

    def __add__(self, other: Judged) -> Judged:
        return Judged(
            self.findings + other.findings, self.units + other.units, self.setting_aside + other.setting_aside
        )


class _Context(Struct):
    """What judging any paragraph of one draft needs to know about the whole draft."""

    language: str
    terms: Terms
    quoted_body: set[int]


class Judge:
    """What judges drafts with one library and settings, built once: the match index, the
    matcher, the language detector and the topic prefilter. A helper process builds its own
    while this one reads the draft (``drafter.sharing``)."""

    def __init__(
        self, library: Library, settings: MatchSettings | None = None, exhaustive: bool = False
    ) -> None:
        self.library = library
        self.settings = settings or MatchSettings()
        self.exhaustive = exhaustive
        index = index_for(library)
        self.matcher = Matcher(index, self.settings)
        self.detector = LanguageDetector(
            {k: v.stopwords for k, v in library.languages.items()}, self.settings.default_language
        )
        keep = None if exhaustive else prefilter_for(index)
        self.keep = None if keep is not None and keep.everything else keep
        self.measures = {c for c, cat in library.categories.items() if cat.spec.kind == "prohibition"}

    @property
    def key(self) -> tuple[str, MatchSettings, bool]:
        """What the judge's findings depend on besides the draft (two judges with equal keys,
        in two processes, find the same)."""
        return (self.library.cache_key, self.settings, self.exhaustive)

    def context(self, draft: Draft) -> _Context:
        return _Context(
            language=self.detector.document_language(_samples(draft.paragraphs, self.detector)),
            terms=Terms(self.library, (p.text for p in draft.paragraphs)),
            quoted_body=inside_open_quotation(draft.paragraphs),
        )

    def findings(
        self,
        draft: Draft,
        context: _Context,
        stretches: list[Stretch],
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> Judged:
        """What these stretches hold (``Judged``): each finding is one paragraph's, so two
        stretches' findings are those of both."""
        library = self.library
        judgements, total, setting_aside = _judge(
            draft,
            stretches,
            self.matcher,
            self.keep,
            self.detector,
            context.language,
            self.exhaustive,
            progress,
            is_cancelled,
        )
        judgements = [j for j in judgements if not _amending_lead_in(j)]
        judgements = _one_sentence_one_verdict(
            [_scoped(j, self.matcher, draft) for j in judgements], self.measures
        )
        found: list[Finding] = []
        for group in _merge(judgements, list(library.categories)):
            first = group[0]
            paragraph = draft.paragraph(first.part, first.paragraph)
            in_quote = context.quoted_body if first.part is Part.BODY else set()
            found.append(_finding(group, paragraph, library, context.terms, in_quote))
        return Judged(found, total, setting_aside)


class Helping(Protocol):
    """A second process that judges part of a long draft (``drafter.sharing.SecondJudge``)."""

    own: list[Stretch]
    theirs: list[Stretch]

    def hand_over(self, draft: Draft) -> bool: ...

    def findings(self, judge: Judge) -> Judged | None: ...


def analyze(
    draft: Draft,
    library: Library,
    settings: MatchSettings | None = None,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
    exhaustive: bool = False,
    helper: Helping | None = None,
) -> Analysis:
    """Drafter's findings on ``draft``. ``helper``: a second process (the command line starts one
    before reading a long draft) that judges the larger part of a long draft while this one
    judges the rest. The findings are the same either way."""
    judge = Judge(library, settings, exhaustive)
    context = judge.context(draft)
    doc_lang = context.language
    terms = context.terms
    body, notes = len(draft.paragraphs), len(draft.footnotes)
    if helper is not None and helper.hand_over(draft):
        judged = judge.findings(draft, context, helper.own, progress, is_cancelled)
        judged += helper.findings(judge) or judge.findings(draft, context, helper.theirs, None, is_cancelled)
    else:
        stretches: list[Stretch] = [(Part.BODY, 0, body), (Part.FOOTNOTES, 0, notes)]
        judged = judge.findings(draft, context, stretches, progress, is_cancelled)
    total = judged.units
    findings = _with_set_asides(judged, draft, library, terms, context.quoted_body)
    findings = _bans_beside_grants(findings, library)
    missing: list[MissingCategory] = []
    for category in library.categories:  # in the order library.yaml lists them
        if any(f.category == category and f.part is Part.BODY and fills_gap(f) for f in findings):
            continue
        cat = library.categories[category]
        record = cat.clauses[0]
        after, place = _placement(category, findings, draft.paragraphs, library)
        partial = [i for i, f in enumerate(findings) if f.category == category]
        missing.append(
            MissingCategory(
                category=category,
                clause_id=record.id,
                suggestion=terms.fill(record.clause.suggestion.get(doc_lang), doc_lang),
                after_paragraph=after,
                place=place,
                language=doc_lang,
                rationale=record.clause.rationale.get(doc_lang),
                precedents=record.precedents(),
                partial_findings=partial,
            )
        )
    if progress is not None:
        progress(total, total)
    return Analysis(
        draft=draft,
        findings=findings,
        missing=missing,
        library_version=library.version,
        library_clauses=library.clause_count,
        language=doc_lang,
    )
