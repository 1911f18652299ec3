"""Figures as claims: every amount the article states, with what it measures, when, and whose.

A figure is money, a percentage, a count of something ("4,000 troops"), or a range of them,
and only when it is a claim worth checking: a bare small count of ordinary things ("three Baltic
countries", "the two women", "one tweet") restates what the article already names and is left out
unless it counts people, forces, weapons or incidents, or is hedged ("at least two states").
Who claims it comes, in order, from a quotation that contains it (its speaker), an event in the
same sentence (``attributed_to``), or the reporting clause that governs it ("He recalled that
..."). A claim with none of these is "no named source": "As many as 100,000 troops are
expected" is an estimate nobody owns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dateline.integrity._text import REPORTING_VERBS, wordset
from dateline.integrity.numbers import parse_number
from dateline.integrity.sourcing import is_anonymous_source, resolve_attribution
from dateline.nlp import text_of
from dateline.records import Entity, Event, Figure, Quote, Signal, Time
from dateline.text_layout import span_ents

__all__ = ["extract_figures"]

_CURRENCIES = {
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "yen": "JPY",
}
_QUALIFIER_WORDS = {
    "as many as": "at_most",
    "up to": "at_most",
    "as much as": "at_most",
    "no more than": "at_most",
    "at most": "at_most",
    "fewer than": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "at least": "at_least",
    "more than": "at_least",
    "over": "at_least",
    "upwards of": "at_least",
    "in excess of": "at_least",
    "no fewer than": "at_least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
}
_QUAL = "|".join(sorted((re.escape(q) for q in _QUALIFIER_WORDS), key=len, reverse=True))
_LEADING = re.compile(rf"^({_QUAL})\s+", re.I)
_BEFORE = re.compile(rf"\b({_QUAL})\s*$", re.I)
_RANGE = re.compile(r"^(.*?)\s*(?:-|–|to|and)\s*(.*)$")
_LABELS = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"}
_YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")
_PRONOUNS = frozenset(["he", "she", "they", "it"])
# Counted nouns (lemmas) whose small counts are still claims: people, forces, arms, incidents.
_CHECKABLE = wordset(
    """
    troop soldier people person civilian casualty death dead victim fatality refugee migrant
    prisoner hostage detainee protester demonstrator militant fighter rebel insurgent officer
    policeman police worker employee job member voter supporter delegate vote seat ballot
    battalion brigade division regiment company unit squadron platoon warship ship submarine
    vessel tank aircraft plane jet helicopter drone missile rocket bomb warhead launcher
    battery weapon gun rifle attack strike airstrike bombing raid explosion blast shooting
    killing clash incident arrest execution inmate child student patient case
    """
)
# Determiners that make a count refer back to a known set ("these three countries").
_ANAPHORIC = wordset("the these those their its his her our your both all each")
_SMALL_COUNT = 10


def extract_figures(
    doc: Doc | None,
    quotes: Sequence[Quote] = (),
    events: Sequence[Event] = (),
    times: Sequence[Time] = (),
    entities: Sequence[Entity] = (),
    dangling: Sequence[Signal] = (),
) -> list[Figure]:
    """Figures in the text; a pronoun claimant inside a ``dangling_reference`` stays unresolved."""
    if doc is None:
        return []
    out = []
    for ent in [*doc.ents, *_missed_money(doc)]:
        if ent.label_ not in _LABELS or _YEARISH.match(ent.text.strip()):
            continue
        fig = _figure(ent, doc)
        if fig is None:
            continue
        fig.time = _time_of(ent, doc, times)
        unresolved = [(s.start, s.end) for s in dangling]
        fig.claimed_by, fig.named_source = _claimant(ent, doc, quotes, events, entities, unresolved)
        out.append(fig)
    return out


_MONEY = re.compile(
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|million|mn|m|trillion|tn|k)\b)?"
)


def _missed_money(doc: Doc) -> list[Span]:
    """Currency amounts the tagger did not label ("$4.5bn"), as MONEY spans."""
    covered = [(e.start_char, e.end_char) for e in doc.ents]
    out = []
    for m in _MONEY.finditer(text_of(doc)):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        span = doc.char_span(m.start(), m.end(), label="MONEY", alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _figure(ent: Span, doc: Doc) -> Figure | None:
    text = ent.text
    before = text_of(doc)[max(0, ent.start_char - 25) : ent.start_char]
    m = _LEADING.match(text) or _BEFORE.search(before)
    qualifier = _QUALIFIER_WORDS[m.group(1).lower()] if m else None
    if m and m.re is _LEADING:
        text = text[m.end() :]
    symbol = text_of(doc)[max(0, ent.start_char - 1) : ent.start_char]
    if symbol in ("$", "€", "£"):
        text = symbol + text  # the tagger left the currency sign out of "$4.5bn"
    head = _counted_noun(ent)
    if head is not None and _is_source(head):
        return None  # "Two US officials said ...": who speaks, not what is claimed
    unit, kind = _unit(ent, text, head)
    if kind is None:
        return None
    low = high = None
    m = _RANGE.match(text)
    if m and re.search(r"\d\s*(?:-|–|to|and)\s*\$?\d|\bbetween\b", text):
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b is not None and a < b:
            low, high, kind = a, b, "range"
    value = parse_number(text) if low is None else None
    if value is None and low is None:
        return None
    if kind == "count" and not _worth_checking(ent, head, value, qualifier):
        return None
    return Figure(
        start=ent.start_char,
        end=ent.end_char,
        text=ent.text,
        kind=kind,
        unit=unit,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        measures=_measures(ent, head, kind),
    )


def _worth_checking(
    ent: Span, head: Token | None, value: float | None, qualifier: str | None
) -> bool:
    """Whether a count is a claim a reader would check, not an incidental small number.

    Large counts (10 or more) and hedged ones ("at least two") are claims. A small count is one
    only when it counts people, forces, arms or incidents, and not when a determiner or "one of"
    makes it refer back to a set the article already named ("these three countries").
    """
    if value is None or value >= _SMALL_COUNT:
        return True
    if qualifier is not None:
        return True
    if value <= 1:
        return False  # "one tweet", "one reason": an article, not a count
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _ANAPHORIC:
        return False
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
        return False
    return head is not None and head.lemma_.lower() in _CHECKABLE


def _is_source(head: Token) -> bool:
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in REPORTING_VERBS


def _counted_noun(ent: Span) -> Token | None:
    root = ent.root
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return root.head
    nxt = ent.end
    if nxt < len(ent.doc) and ent.doc[nxt].pos_ == "NOUN":
        return ent.doc[nxt]
    return None


def _unit(ent: Span, text: str, head: Token | None) -> tuple[str | None, str | None]:
    lower = text.lower()
    for token, code in _CURRENCIES.items():
        if token in lower.split() or (token in "$€£" and token in text):
            return code, "money"
    if head is not None and head.lower_ in _CURRENCIES:
        return _CURRENCIES[head.lower_], "money"
    if ent.label_ == "PERCENT" or "%" in text or "percent" in lower or "per cent" in lower:
        return "%", "percent"
    if ent.label_ == "QUANTITY":
        return text.split()[-1].lower() if text.split() else None, "quantity"
    if head is not None:
        return head.lemma_.lower(), "count"
    return None, None


def _np(tok: Token) -> str:
    """A compact noun phrase: modifiers, compounds and 'of' phrases, without numbers."""
    keep = [
        c for c in tok.subtree if c.dep_ in ("amod", "compound", "poss", "case") and c.head == tok
    ]
    words = sorted([*keep, tok], key=lambda t: t.i)
    text = " ".join(t.text for t in words).replace(" 's", "'s")
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of:
        pobj = [c for c in of[0].children if c.dep_ == "pobj"]
        if pobj:
            text += " of " + " ".join(
                t.text for t in pobj[0].subtree if not t.like_num or t == pobj[0]
            )
    return text


def _measures(ent: Span, head: Token | None, kind: str) -> str | None:
    if kind in ("count", "quantity") and head is not None:
        return _np(head)
    # Money and percentages: what is spent on, or the subject of the clause that states it.
    node = ent.root
    for anc in [node, *node.ancestors]:
        if anc.pos_ == "VERB" or anc.pos_ == "AUX":
            for prep in anc.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "for"):
                    pobj = [c for c in prep.children if c.dep_ == "pobj"]
                    if pobj:
                        subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
                        who = f" by {_np(subj[0])}" if subj and subj[0].pos_ != "PRON" else ""
                        return _np(pobj[0]) + who
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ not in ("PRON", "DET"):
                return _np(subj[0])
    return head.lemma_ if head is not None else None


def _time_of(ent: Span, doc: Doc, times: Sequence[Time]) -> str | None:
    sent = ent.sent
    dates = [e for e in span_ents(sent) if e.label_ == "DATE"]  # sent.ents, read once
    if not dates:
        return None
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        # Prefer a date in the clause that states the figure over the date of the report.
        clause = {t.i for t in verb.subtree}
        own = [d for d in dates if d.root.i in clause]
        dates = own or dates
    after = [d for d in dates if d.start >= ent.end and d.start - ent.end <= 4]
    best = after[0] if after else min(dates, key=lambda d: abs(d.start - ent.start))
    for t in times:
        if t.start < best.end_char and best.start_char < t.end:
            return t.value or t.text
    return best.text


def _claimant(
    ent: Span,
    doc: Doc,
    quotes: Sequence[Quote],
    events: Sequence[Event],
    entities: Sequence[Entity],
    unresolved: Sequence[tuple[int, int]] = (),
) -> tuple[str | None, bool]:
    for q in quotes:
        if q.content.start <= ent.start_char < q.content.end:
            src = text_of(doc)[q.source.start : q.source.end] if q.source else ""
            if src.lower() in _PRONOUNS and any(a <= q.source.start < b for a, b in unresolved):
                return src, False  # the quotes stage guessed; the pronoun refers to nothing
            who = q.speaker_name or q.speaker
            return who, bool(who) and not q.anonymous
    for e in events:
        if e.sentence.start <= ent.start_char < e.sentence.end and e.attributed_to:
            who, named = resolve_attribution(e.attributed_to, quotes, entities)
            if who is not None:
                return who, named
    for anc in ent.root.ancestors:
        if anc.lemma_.lower() in REPORTING_VERBS or (anc.lower_ == "according"):
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            if anc.lower_ == "according":
                to = [c for c in anc.children if c.lower_ == "to"]
                subj = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
            if subj:
                return _who(subj[0], doc, entities, unresolved)
    return None, False


def _who(
    tok: Token, doc: Doc, entities: Sequence[Entity], unresolved: Sequence[tuple[int, int]]
) -> tuple[str, bool]:
    phrase = doc[tok.left_edge.i : tok.right_edge.i + 1].text
    if tok.lower_ in _PRONOUNS:
        if any(a <= tok.idx < b for a, b in unresolved):
            return phrase, False
        for e in entities:
            if e.type in ("PERSON", "ORG") and any(m.start <= tok.idx < m.end for m in e.mentions):
                return e.name, True
        return phrase, False
    if is_anonymous_source(doc[tok.left_edge.i : tok.right_edge.i + 1]):
        return phrase, False
    return phrase, True
