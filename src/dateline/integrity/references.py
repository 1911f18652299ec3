"""``dangling_reference``: a sentence whose speaking subject refers to nothing before it.

Only pronouns that are the subject of a reporting or narrating verb are checked ("It said",
"He further noted", "they said"); expletive "it" ("it is clear") never is. The antecedent is
looked for in the sentence itself, the rest of its paragraph before it, and the paragraph before
(two back when that one is a bare quotation), which is how far news style lets a pronoun reach.
The quotes stage resolves speaking pronouns within the same reach
(:func:`dateline.text_layout.reach_start`, re-exported here), so a
pronoun it resolved to a speaker is never called dangling here, and one it could not resolve
is flagged by both stages or by neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dateline.integrity._text import REPORTING_VERBS, wordset
from dateline.nlp import text_of
from dateline.quotes.lexicon import PRONOUN_SEX
from dateline.records import Quote, Signal
from dateline.text_layout import (
    Paragraph,
    QuoteMask,
    bare_quote,
    body_start,
    reach_start,
    sentence_paragraph,
    span_ents,
)

__all__ = ["dangling_references", "pronoun_resolves", "reach_start"]

# Nouns that can stand for a group of speakers ("officials ... they said").
_GROUP_NOUNS = wordset(
    """
    official source people person analyst expert diplomat leader lawmaker legislator senator
    representative member aide adviser advisor staffer spokesman spokeswoman spokesperson
    minister ministry government administration authority police officer soldier troop
    investigator prosecutor lawyer attorney researcher scientist economist observer resident
    witness voter supporter critic opponent activist protester organizer organiser executive
    worker employee delegate candidate campaign democrat republican party committee agency
    department office group organization organisation team union coalition council court
    judge journalist reporter editor commentator strategist pollster insider negotiator
    commander general military army force ally partner company firm bank board family parent
    child student teacher doctor victim relative friend colleague counterpart both
    """
)
# Singular nouns that name one person ("the minister ... he said").
_PERSON_ROLES = wordset(
    """
    official source person analyst expert diplomat leader lawmaker legislator senator
    representative aide adviser advisor staffer spokesman spokeswoman spokesperson minister
    president secretary chief director governor mayor officer soldier commander general
    investigator prosecutor lawyer attorney researcher scientist economist observer resident
    witness voter supporter critic activist candidate nominee executive chairman chairwoman
    ambassador envoy judge journalist reporter editor author writer strategist pollster
    negotiator man woman boy girl father mother son daughter husband wife brother sister
    victim suspect founder owner professor teacher doctor king queen prince premier
    chancellor
    """
)
# Nouns an "it said" can point at (an institution or a document).
_IT_NOUNS = wordset(
    """
    ministry government administration agency department office company firm bank group
    organization organisation committee council court union party campaign report statement
    study survey poll paper newspaper website channel network station agency board army
    military police alliance coalition embassy commission parliament congress senate house
    kremlin pentagon bureau institute center centre service city state article document
    editorial magazine journal memo letter lawsuit complaint filing ruling
    """
)
_TITLE_WORDS = frozenset(
    ["secretary", "minister", "head", "chief", "director", "chairman", "member"]
)
_MALE_TITLES = frozenset(["mr", "mr.", "he", "his", "him"])
_FEMALE_TITLES = frozenset(["mrs", "mrs.", "ms", "ms.", "she", "her"])
_NARRATIVE_AFTER_HE = frozenset(["also", "further", "later", "then"])


def _is_checked(tok: Token) -> bool:
    """A subject pronoun of a reporting verb (or of any verb when fronted with also/further)."""
    if tok.lower_ not in ("it", "he", "she", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ == "it" and tok.dep_ == "nsubjpass":
        return False  # "It was said that ...": expletive, refers to nothing by design
    head = tok.head
    if head.lemma_.lower() in REPORTING_VERBS:
        return True
    if tok.lower_ in ("he", "she"):
        return tok.i == tok.sent.start and any(
            c.dep_ == "advmod" and c.lower_ in _NARRATIVE_AFTER_HE for c in head.children
        )
    return False


def _window(doc: Doc, paras: Sequence[Paragraph], tok: Token, mask: QuoteMask) -> Span:
    """Text an antecedent may come from: the previous paragraph(s) up to the pronoun."""
    start_char = reach_start(doc, paras, mask, tok.idx)
    span = doc.char_span(start_char, tok.idx, alignment_mode="expand")
    return span if span is not None else doc[tok.sent.start : tok.i]


def _before(doc: Doc, paras: Sequence[Paragraph], window: Span, mask: QuoteMask) -> Span | None:
    """The paragraph before the window (skipping a bare quotation), unless that is the headline."""
    k = sentence_paragraph(paras, window.start_char) - 1
    if k >= 0 and bare_quote(doc, paras[k], mask):
        k -= 1
    if k < 0 or paras[k].end <= body_start(text_of(doc), paras):
        return None
    return doc.char_span(paras[k].start, paras[k].end, alignment_mode="expand")


def _person_ok(tok: Token, gender: str, window: Span) -> bool:
    for ent in span_ents(window):
        if ent.label_ == "PERSON":
            return True
    # A proper-noun subject the tagger did not call a person ("Sanders exaggerates ...").
    if any(_named_subject(t) for t in window):
        return True
    # Titles and pronouns of matching gender also carry reference forward.
    words = {t.lower_ for t in window}
    if gender == "m" and words & _MALE_TITLES:
        return True
    if gender == "f" and words & _FEMALE_TITLES:
        return True
    # A singular human role noun ("the minister", "the spokesman") is a fine antecedent.
    return any(
        t.tag_ == "NN" and t.dep_ != "compound" and t.lemma_.lower() in _PERSON_ROLES
        for t in window
    )


def _named_subject(t: Token) -> bool:
    """A proper noun acting as a person would: the subject of a clause (or a fragment's root
    opening its sentence: "Sanders exaggerates when ...", a signature "- Sanders."), not a place
    or date; the small tagger often calls a lone surname a place, so the subject of a saying
    verb counts anyway ("..., Oudshoorn said")."""
    if t.pos_ != "PROPN" or t.ent_type_ in ("NORP", "DATE"):
        return False
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING_VERBS:
        return True
    if t.ent_type_ in ("GPE", "LOC"):
        return False
    # Only a root looks back to its sentence's start (this runs for every token of a window).
    opens = t.dep_ == "ROOT" and all(x.is_punct or x.is_space for x in t.doc[t.sent.start : t.i])
    return t.dep_ == "nsubj" or opens


def _people(span: Span) -> set[str]:
    """People acting in a span: a subject pronoun takes up a previous subject (or possessor)."""
    named = {
        e[-1].text.lower()
        for e in span_ents(span)
        if e.label_ == "PERSON" and e.root.dep_ in ("nsubj", "nsubjpass", "poss")
    }
    # A lone surname the tagger calls an organisation ("Oleksiak is ... who won") still acts.
    untagged = {
        t.text.lower()
        for t in span
        if _named_subject(t)
        and (t.ent_type_ in ("", "PERSON") or (t.ent_type_ == "ORG" and t.ent_iob_ == "B"))
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I")
    }
    return named | untagged


def _group_ok(window: Span) -> bool:
    for t in window:
        if t.lower_ in ("they", "them", "their", "both"):
            return True
        if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _GROUP_NOUNS:
            return True
        if t.tag_ in ("NNS", "NNPS") and t.ent_type_ in ("NORP", "ORG"):
            return True
    people = [e for e in span_ents(window) if e.label_ in ("PERSON", "ORG", "NORP")]
    return len(people) >= 2 and any(t.lower_ == "and" for t in window)


def _it_ok(window: Span) -> bool:
    for ent in span_ents(window):
        if ent.label_ == "ORG" and not _in_title(ent):
            return True
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _IT_NOUNS for t in window)


def _in_title(ent: Span) -> bool:
    """'Defense' in 'Secretary of Defense' names an office inside a title, not a speaker."""
    head = ent.root.head
    return head.lower_ == "of" and head.head.lemma_.lower() in _TITLE_WORDS


def _has_antecedent(tok: Token, window: Span, before: Span | None = None) -> bool:
    word = tok.lower_
    if word in ("he", "she"):
        if _person_ok(tok, PRONOUN_SEX[word], window):
            return True
        # One paragraph further back, a single person is still the obvious referent; several
        # people there leave no single compatible antecedent.
        return before is not None and len(_people(before)) == 1
    if word == "they":
        return _group_ok(window)
    return _it_ok(window)


def pronoun_resolves(doc: Doc, paras: Sequence[Paragraph], mask: QuoteMask, tok: Token) -> bool:
    """Whether a he/she/they/it the text uses as a speaker has something before it to mean."""
    if tok.lower_ not in ("it", "he", "she", "they"):
        return True
    window = _window(doc, paras, tok, mask)
    return _has_antecedent(tok, window, _before(doc, paras, window, mask))


def _resolved_sources(quotes: Sequence[Quote]) -> set[int]:
    """Where the sources the quotes stage resolved to a speaker start."""
    return {
        q.source.start
        for q in quotes
        if q.source is not None and (q.speaker is not None or q.speaker_name is not None)
    }


def dangling_references(
    doc: Doc | None, paras: Sequence[Paragraph], mask: QuoteMask, quotes: Sequence[Quote] = ()
) -> list[Signal]:
    """One signal per unresolvable speaking pronoun, anchored on its sentence; a pronoun the
    quotes stage resolved to a speaker (``quotes``) is not one."""
    if doc is None or not paras:
        return []
    out: list[Signal] = []
    body = body_start(text_of(doc), paras)
    resolved = _resolved_sources(quotes)
    for tok in doc:
        if tok.idx < body or not _is_checked(tok) or mask.inside(tok.idx):
            continue  # a headline or publisher's abstract is not the writer's narration
        if tok.idx in resolved:
            continue
        window = _window(doc, paras, tok, mask)
        if _has_antecedent(tok, window, _before(doc, paras, window, mask)):
            continue
        sent = tok.sent
        start, end = sent.start_char, sent.end_char
        while end > start and text_of(doc)[end - 1].isspace():
            end -= 1
        phrase = text_of(doc)[tok.idx : tok.head.idx + len(tok.head.text)]
        out.append(
            Signal(
                kind="dangling_reference",
                start=start,
                end=end,
                detail=(
                    f"'{phrase}': no {_wanted(tok.lower_)} in this or the previous paragraph "
                    f"for '{tok.text}' to refer to"
                ),
                strength=0.7 if tok.lower_ == "it" else 0.6,
            )
        )
    return out


def _wanted(word: str) -> str:
    return {
        "it": "organisation or document",
        "they": "group of people",
    }.get(word, "person")
