"""Find every reported statement in a parsed article and say who made it.

Three sources of quotes, merged: reporting verbs and "according to" from the parse
(:mod:`dateline.quotes.syntax`), quotation marks (:mod:`dateline.quotes.marks`) attached to a
nearby cue (:mod:`dateline.quotes.cues`, merged in :mod:`dateline.quotes.merge`), and quotations
with no cue that continue the previous sentence's or paragraph's single speaker
(:mod:`dateline.quotes.floating`); a token tagger and a CRF add the contents they are sure of
(:mod:`dateline.quotes.tagged`). Reports voiced inside someone's quotation, quoted terms inside
the writer's own sentence and other non-reports are dropped (:mod:`dateline.quotes.filters`).
Speakers are then resolved in reading order (:mod:`dateline.quotes.resolution`); a quotation
whose speaker the text does not give keeps ``speaker=None`` rather than a guess.

This module runs the steps in order and holds the switches it reads itself; tests and scripts
set ``USE_TAGGER`` here and replace ``crf_candidates`` / ``tagger_candidates`` here. Every other
switch lives in the module that reads it (the tagger merge's ``CRF_NEW``, ``WIDEN_FROM``, ...
in :mod:`dateline.quotes.tagged`): set it there, since a copy set here would do nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dateline.quotes._doc import text_of
from dateline.quotes.attr import Attr, SpanIndex, anchor, inside, is_direct
from dateline.quotes.attr import Attr as _Attr
from dateline.quotes.bounds import (
    before_roundup_labels,
    cut_claim_appositives,
    cut_trailing_modifiers,
    cut_trailing_relatives,
    cut_trailing_reports,
    drop_chain_heads,
    name_head,
    whole_source,
)
from dateline.quotes.continued import join_floats
from dateline.quotes.crf import crf_candidates
from dateline.quotes.cues import capital_cue_starts
from dateline.quotes.filters import (
    adverbial,
    all_told,
    asked_about,
    before_clause_break,
    carried,
    connective,
    cut_own_source,
    function_word,
    generic_saying,
    hortative,
    kicker_cue,
    naming,
    non_agent,
    noun_modifier,
    quoted_source,
    quoted_term,
    reader_question,
    title_name,
    topic_phrase,
    within,
    writers_own,
)
from dateline.quotes.filters import function_word as _function_word
from dateline.quotes.filters import quoted_source as _quoted_source
from dateline.quotes.filters import writers_own as _writers_own
from dateline.quotes.floating import refusal
from dateline.quotes.headline import (
    headline_doc,
    headline_entities,
    names_from_body,
    roles_from_body,
)
from dateline.quotes.marks import QuoteSpan, find_quote_spans
from dateline.quotes.merge import join_around_cue, merge_marks, parse_candidates
from dateline.quotes.nonspeech import (
    clear_dated_sources,
    imperative,
    invert_sources,
    numeral_source,
    spoken,
    strip_markup,
)
from dateline.quotes.raised import join_raised_subjects
from dateline.quotes.resolution import full_speakers, resolve, trimmed
from dateline.quotes.tagged import _new_from, _phrase, _widen, add_crf, add_tagged
from dateline.quotes.tagger import forget_features, tagger_candidates
from dateline.records import Entity, Quote, Span

# The underscored names are re-exported for the tests that import them from here.
__all__ = [
    "_Attr",
    "_function_word",
    "_new_from",
    "_phrase",
    "_quoted_source",
    "_widen",
    "_writers_own",
    "crf_candidates",
    "find_quotes",
    "tagger_candidates",
]

# Drop a report whose cue is the verb of a discourse connective ("That said, ...", "needless
# to say"): the writer's own phrase (span round two, nineteenth session).
DROP_CONNECTIVES = True
# Drop a short title-case quotation in a noun phrase's slot ('part of the "Gang of Eight"'): the
# name of a work, group or show, not a quotation (span round two, nineteenth session).
DROP_TITLE_NAMES = True
# A source inside quotation marks its cue is outside of, or inside its own content, or with no
# word in it ('yelled "Allahu akbar," ... continuing: "..."'), is no source (QA round on news).
DROP_QUOTED_SOURCES = True
# Drop an indirect content that is an adverbial of its cue ("During his trial, X told ...").
DROP_ADVERBIALS = True
# Drop a sourceless "To say X would be an understatement": no one's report.
DROP_GENERIC_SAYING = True
# Drop a content that is one function word ("which", "that", "the"): a cut-off parse, no report.
DROP_FUNCTION_WORDS = True
# A participle modifying a noun with a plain object ("PACs supporting Rubio") is no report,
# unless the noun is itself a message ("a statement highlighting", "a video ad ripping").
DROP_NOUN_MODIFIERS = True
# "Asked about X, she said ...": X is a question's topic, not a claim anyone made, so it is no
# quote, though PolNeAR marks it as a report with no source (keeping it measured +13 matched on the
# first four fifths of train and +1 on the last, with files fitted on the four; twenty-first
# session): an analyst reading "who said what" should not get a topic with no speaker.
DROP_ASKED_ABOUT = True
# "Do you support X?": the writer's question to the reader is no quote.
DROP_READER_QUESTIONS = True
# Add the content tagger's spans that no other attribution covers (see quotes.tagger).
USE_TAGGER = True
# Add the CRF's contents that no other attribution covers (see quotes.crf).
USE_CRF = True
# Join a speakerless cue's subject and complement into one two-piece content.
JOIN_AROUND_CUE = True
# A content holding its own source and cue ("which he said were split") starts after the cue.
CUT_OWN_SOURCE = True
# A source that shows or suggests but is no one's voice ("history says") names no speaker.
NO_NON_AGENT_SPEAKERS = True
# A report in the gap of a split quotation ('"A," said X, who said Y. "B."') is no part of it.
PIECES_ONLY = True
# "continue to warn that X": one report (cue "warn", content X), not also "to warn that X".
DROP_CHAIN_HEADS = True
# PolNeAR annotates only the outermost of nested reports ("criticized Lamport for saying that
# ..."): a report inside an indirect content is that content's words, as one inside a quotation.
NEST_INDIRECT = True
# ... also inside "according to X" on a whole sentence. Keeping the reports nested there as
# reports of their own ("X praised A, and won B, according to polls") was tried (False): on the
# first four fifths of train 5 of the 21 reports it kept are gold (polls' "say" mostly is not).
NEST_IN_ACCORDING = True
# "X said A, though they stressed B": a closing clause with its own subject and cue is a report
# of its own, not part of A.
CUT_TRAILING_REPORTS = True
# Non-speech round (see quotes.nonspeech): '..., reported *the Highway Patrol*.' names the source;
INVERT_SOURCES = True
# a date parsed as the subject ("on Tuesday, May 16, approved") is no source;
CLEAR_DATED_SOURCES = True
# a content keeps its words, not the web markup around them ('tweet id="7">...');
STRIP_MARKUP = True
# a count in digits that shows a trait ("12 showed resistance") is no one reporting;
DROP_NUMERAL_SOURCES = True
# nor is an imperative to the reader ("For details, call the museum at ...").
DROP_IMPERATIVES = True
# Span round (sixteenth session): a title-case headline ("Maher Tells Guest ...") is parsed
# again with each word cased as the article's body writes it.
TRUECASE_HEADLINES = True
# "X said A, a claim that Y disputes": a trailing modifier holding its own report ends A.
CUT_TRAILING_MODIFIERS = True
# End an indirect content before ", a claim that ..." (the writer's label on it).
CUT_CLAIM_APPOSITIVES = True
# A quotation is not the words of one who declined or refused to speak ('Camp Declining To
# Debate - ... "Anytime, Anywhere."').
DROP_REFUSED_QUOTES = True
# A quotation opening a paragraph that continues the previous paragraph's speaker is a further
# piece of that report, as PolNeAR joins it (:mod:`dateline.quotes.continued`; 93 of 129 such
# gold paragraphs on the first four fifths of train); the speaker is the same either way.
JOIN_FLOATS = True
# Span round (nineteenth session): '"...," X said *of Y*' with the quotation as the cue's report:
# Y is the report's topic, not a second content (of the 23 such contents on the first four
# fifths of train 3 match a gold content, of 6 on the last fifth 1; see :func:`.topic_phrase`).
DROP_TOPIC_PHRASES = True
# A content ends before a closing ", which ..." gloss of the writer's (:mod:`.bounds`).
CUT_TRAILING_RELATIVES = True
# A speakerless "to ..." content takes its cue's subject as a first piece (:mod:`.raised`).
JOIN_RAISED_SUBJECTS = True
# A participle kicker opening the headline ("Revealed: ...") reports nothing (switch).
DROP_KICKER_CUES = True
# A roundup item's summary verb reports only up to the dash before the label (:mod:`.bounds`).
CUT_AT_ROUNDUP_DASH = True
# Precision round (twenty-fourth session, :func:`.filters.before_clause_break`): drop a content
# ending at a ";" or ":" ahead of its cue and source ("The story never ran; my editor argued
# ..."): on the first four fifths of train 15 dropped, 1 matched; on the last fifth 5 dropped,
# none matched. Tried and dropped: a content after "according to X" with no subject, or hanging
# from X's noun ("an email *kept secret*"): four fifths 9 dropped, 6 matched.
DROP_BEFORE_CLAUSE_BREAK = True
# Two reports each inside the other's content ("*Few towns require permits*, according to X",
# where "require" proposes "permits, according to X") dropped each other as nested; the likelier
# one now stays (recall round, twenty-fifth session; switch for measuring).
KEEP_LIKELIER_OF_MUTUAL = True


def _kind(
    doc: Doc, content: tuple[int, int], marks: list[QuoteSpan], spans: SpanIndex | None = None
) -> str:
    """Direct (one quotation), mixed (holds a quotation) or indirect (``spans``: the marks'
    spans indexed, to look only at those near the content)."""
    if is_direct(doc, content):
        return "direct"
    near = marks if spans is None else [marks[i] for i in spans.near(*content)]
    if any(inside((q.start, q.end), content, 0) for q in near):
        return "mixed"
    return "indirect"


def _worded_cue(doc: Doc, a: Attr) -> bool:
    """The attribution has a cue of words ("said", "according to"), not a transcript label's
    colon: a labelled turn's nested reports stay, as the turn is no report of the writer's."""
    cue = a.cand.cue
    return cue is not None and any(ch.isalpha() for ch in text_of(doc)[cue[0] : cue[1]])


def _nests(doc: Doc, a: Attr) -> bool:
    """Reports inside ``a``'s indirect content are its words (see :data:`NEST_IN_ACCORDING`)."""
    cue = a.cand.cue
    if NEST_IN_ACCORDING or cue is None:
        return True
    return text_of(doc)[cue[0] : cue[1]].lower() not in ("according to", "according")


def _outranks_nesting(a: Attr, outer: SpanIndex, owners: list[Attr]) -> bool:
    """Every content that nests ``a`` belongs to a less likely report whose cue is inside one of
    ``a``'s own pieces: of two reports nesting each other, ``a`` is the one to keep (``owners``
    holds the attribution of each of ``outer``'s spans)."""
    at = anchor(a)
    nesting = [
        i
        for i in outer.near(at, at)
        if outer.spans[i][0] < at < outer.spans[i][1]
        and outer.spans[i] != a.cand.content
        and outer.spans[i] not in a.pieces
    ]
    return bool(nesting) and all(
        owners[i] is not a
        and owners[i].cand.weight < a.cand.weight
        and any(p[0] < anchor(owners[i]) < p[1] for p in a.pieces)
        for i in nesting
    )


def _record(doc: Doc, k: int, a: Attr, kind: str) -> Quote:
    """The output record of one attribution, with id ``Q{k}`` and its ``kind`` (from
    :func:`_kind`, found once in :func:`find_quotes`)."""
    c = a.cand
    sp = a.speaker
    return Quote(
        id=f"Q{k}",
        kind=kind,  # type: ignore[arg-type]
        content=Span(start=c.content[0], end=c.content[1]),
        cue=Span(start=c.cue[0], end=c.cue[1]) if c.cue else None,
        source=Span(start=c.source[0], end=c.source[1]) if c.source else None,
        speaker=sp.entity if sp else None,
        speaker_name=sp.name if sp else None,
        anonymous=bool(sp and sp.anonymous),
        parts=[Span(start=s, end=e) for s, e in a.parts] if a.parts else None,
        spoken=spoken(doc, c.cue, kind),
    )


def find_quotes(doc: Doc, entities: Sequence[Entity] = ()) -> list[Quote]:
    """All attributions in ``doc``, ordered by content, with ids Q1, Q2, ...

    A title-case headline's own reports come from its truecased parse (see
    :mod:`dateline.quotes.headline`), which replaces the article parse's within the line."""
    if len(doc) == 0:
        return []
    misread = capital_cue_starts(doc, find_quote_spans(text_of(doc)))
    entities = [e for e in entities if not any(m.start in misread for m in e.mentions)]
    quotes = _find(doc, entities)
    title = headline_doc(doc) if TRUECASE_HEADLINES else None
    if title is None:
        return names_from_body(text_of(doc), quotes, entities)
    end = len(text_of(title))
    body = [q for q in quotes if q.content.end > end]
    head = [
        q
        for q in _find(title, headline_entities(entities, title))
        if not any(b.content.start < q.content.end for b in body)
    ]
    head = roles_from_body(text_of(doc), head, body, entities)
    head = names_from_body(text_of(doc), head, entities)
    return [q.model_copy(update={"id": f"Q{k}"}) for k, q in enumerate(head + body, start=1)]


def _find(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """:func:`find_quotes` over one parse."""
    marks = find_quote_spans(text_of(doc))
    spans = SpanIndex((q.start, q.end) for q in marks)
    cands = parse_candidates(doc)
    if DROP_CONNECTIVES:  # early, so that a report the connective's frame covers can win
        cands = [c for c in cands if not connective(doc, c)]
    attrs = merge_marks(doc, cands)
    if USE_CRF:
        attrs = add_crf(doc, attrs, crf_candidates(doc))
    if USE_TAGGER:
        attrs = add_tagged(doc, attrs, tagger_candidates(doc))
    forget_features(doc)
    if INVERT_SOURCES:
        attrs = invert_sources(doc, attrs)
    if CLEAR_DATED_SOURCES:
        clear_dated_sources(doc, attrs)
    for a in attrs:
        if writers_own(doc, a.cand):
            a.cand.source_token = a.cand.source = None
    if JOIN_AROUND_CUE:
        attrs = join_around_cue(doc, attrs)
    for a in attrs:
        if STRIP_MARKUP:
            strip_markup(text_of(doc), a)
    for a in attrs:
        widened = whole_source(doc, a.cand.source)
        if widened != a.cand.source and a.cand.source_token is not None:
            a.cand.source_token = name_head(a.cand.source_token, widened)
        a.cand.source = trimmed(text_of(doc), widened)
    resolve(doc, attrs, entities)
    for a in attrs:  # after resolving: what such a source reports still nests its words
        if DROP_QUOTED_SOURCES and quoted_source(doc, a, marks, spans):
            a.cand.source, a.speaker = None, None
    full_speakers(attrs, entities)
    for a in attrs:
        if NO_NON_AGENT_SPEAKERS and non_agent(doc, a):
            a.speaker = None
    if JOIN_FLOATS:
        attrs = join_floats(doc, attrs)
    if CUT_OWN_SOURCE:
        for a in attrs:
            cut_own_source(text_of(doc), a)
    if DROP_CHAIN_HEADS:
        attrs = drop_chain_heads(doc, attrs)
    if JOIN_RAISED_SUBJECTS:  # after: "seems to show that X" is one chained report
        join_raised_subjects(doc, attrs)
    if CUT_AT_ROUNDUP_DASH:
        attrs = before_roundup_labels(doc, attrs)
    if CUT_TRAILING_REPORTS:
        cut_trailing_reports(doc, attrs)
    if CUT_TRAILING_MODIFIERS:
        cut_trailing_modifiers(doc, attrs)
    if CUT_CLAIM_APPOSITIVES:
        cut_claim_appositives(doc, attrs)
    if CUT_TRAILING_RELATIVES:
        cut_trailing_relatives(doc, attrs)
    kinds = [_kind(doc, a.cand.content, marks, spans) for a in attrs]
    nesting = [  # each piece that nests the reports inside it, with its attribution
        (piece, a)
        for a, k in zip(attrs, kinds, strict=True)
        if k != "indirect" or (NEST_INDIRECT and _worded_cue(doc, a) and _nests(doc, a))
        for piece in (a.pieces if PIECES_ONLY else [a.cand.content])
    ]
    outer = [piece for piece, _ in nesting]
    owners = [a for _, a in nesting]
    outer_index = SpanIndex(outer)
    contents = SpanIndex(a.cand.content for a in attrs)
    kept = [
        (a, k)
        for a, k in zip(attrs, kinds, strict=True)
        if (
            k == "direct"
            or not within(a, outer_index)
            or (KEEP_LIKELIER_OF_MUTUAL and _outranks_nesting(a, outer_index, owners))
        )
        and not quoted_term(doc, a)
        and not naming(doc, a)
        and not (DROP_ADVERBIALS and adverbial(doc, a, k))
        and not (DROP_GENERIC_SAYING and generic_saying(doc, a))
        and not carried(doc, a, attrs, contents)
        and not (DROP_ASKED_ABOUT and asked_about(doc, a))
        and not (DROP_READER_QUESTIONS and reader_question(doc, a))
        and not (DROP_TOPIC_PHRASES and topic_phrase(doc, a, attrs))
        and not (DROP_FUNCTION_WORDS and function_word(doc, a))
        and not hortative(a)
        and not (DROP_KICKER_CUES and kicker_cue(doc, a))
        and not (DROP_NOUN_MODIFIERS and noun_modifier(doc, a))
        and not all_told(doc, a)
        and not (DROP_CONNECTIVES and connective(doc, a))
        and not (DROP_TITLE_NAMES and title_name(doc, a))
        and not (DROP_NUMERAL_SOURCES and numeral_source(doc, a))
        and not (DROP_IMPERATIVES and imperative(doc, a))
        and not (DROP_REFUSED_QUOTES and k == "direct" and refusal(doc, a))
        and not (DROP_BEFORE_CLAUSE_BREAK and k != "direct" and before_clause_break(doc, a))
    ]
    return [_record(doc, n, a, k) for n, (a, k) in enumerate(kept, start=1)]
