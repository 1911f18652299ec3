"""The tense of the clause a time expression sits in, read from the dependency parse.

"September" is 2016-09 in "the drills began in September" and 2017-09 in "the drills will begin
in September"; only the governing verb tells them apart. Present tense counts as future for
dates, because news writes scheduled events in the present ("exercises kick off in September").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import irregular_forms, text_of
from dateline.text_layout import body_start, paragraphs
from dateline.time._lexicon import MONTHS, WEEKDAYS
from dateline.time._misparse import REPORTING, apposed_predicate, reported_clause
from dateline.time._rules_dates import HOLIDAY_NAMES

__all__ = ["clause_verb", "tense_of"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "could", "may", "might",
                         "should", "must", "can", "ca"})  # fmt: skip
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'s"})
_WILL = frozenset({"will", "'ll", "shall", "wo"})
# Verbs whose infinitive complement lies ahead of them ("plans to visit in July", "urged them
# to vote Tuesday").
_FUTURE_HEADS = frozenset(
    {"plan", "expect", "intend", "aim", "schedule", "set", "hope", "want", "seek", "prepare",
     "propose", "promise", "pledge", "vow", "go", "threaten", "agree", "decide", "likely", "due",
     "poise", "slate", "urge", "encourage", "ask", "invite", "order", "instruct", "tell",
     "call", "press", "chance", "opportunity", "determine", "determined", "resolve", "commit",
     "strive", "try", "race", "rush", "bail", "remand", "position", "forecast", "predict",
     "anticipate", "vote"}
)  # fmt: skip


def _lemma(tok: Token) -> str:
    """The lemma in lower case (a verb's dropped final "e" is mended where the Doc is made)."""
    return tok.lemma_.lower()


def _is_verb(tok: Token) -> bool:
    """A verb by its tag, or a word the tagger read as a noun or adverb that has a modal of its
    own ("Not only can Cruz win in November": "win" tagged NN with "can"; "The mill will
    furlough 200 workers": "furlough" tagged RB, blind 185). A token with no letter is never one
    (the hyphen of a split "co-founded" tagged VBD)."""
    if not any(ch.isalpha() for ch in tok.text):
        return False
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _misread_present(tok):
        return True
    if _conjoined_schedule_noun(tok):
        return True
    return tok.pos_ in ("NOUN", "ADV") and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children
    )


def _conjoined_schedule_noun(tok: Token) -> bool:
    """ "The Wildcats beat Lincoln on Saturday and host Central on Halloween": a schedule
    verb's bare form joined to a verb and taking an object of its own, read as a noun, is that
    verb's present (blind 296)."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "NN"
        and tok.lower_ in _SCHEDULED
        and tok.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in tok.children)
    )


def _misread_present(tok: Token) -> bool:
    """ "The county fair returns in mid-July, organizers said": a plural noun the parser still
    makes the head of a reported clause is that clause's present verb (blind 52); so is "open"
    tagged an adjective (see :func:`_misread_open`)."""
    return (tok.tag_ == "NNS" and tok.dep_ == "ccomp") or _misread_open(tok)


def _misread_open(tok: Token) -> bool:
    """ "Applications for heating assistance open in late January" (blind 201), "The Knights,
    fresh off a 10-0 season, open on the road Friday night": "open" tagged an adjective after
    the noun heading a sentence with no verb is that sentence's present, a schedule's; so is
    "close" or "open" tagged an adjective heading a sentence with a noun subject and no
    auxiliary ("City offices close at noon today and reopen at 8 a.m. Monday": blind 246)."""
    if tok.tag_ == "JJ" and tok.dep_ == "ROOT" and tok.lower_ in _OPEN_CLOSE:
        return any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children
        ) and not any(t.pos_ == "AUX" for t in tok.sent)
    return (
        tok.lower_ == "open"
        and tok.tag_ == "JJ"
        and tok.head.i < tok.i
        and tok.head.dep_ == "ROOT"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
    )


def _present_conjunct(verb: Token) -> bool:
    """ "The Tigers are 7-1 and host Central on Friday night": a bare form joined to a plural
    subject's present verb with no auxiliary is that present too (blind 118), and so to
    "close" misread as an adjective ("City offices close at noon today and reopen at 8 a.m.
    Monday": blind 246)."""
    return _bare_conjunct_of(verb, "VBP") or (
        _bare_conjunct_of(verb, "JJ") and _misread_open(verb.head)
    )


def _bare_conjunct_of(verb: Token, head_tag: str) -> bool:
    """Whether ``verb`` is a bare form joined to a verb tagged ``head_tag``, with no auxiliary
    on either to lend it a tense."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.tag_ == head_tag
        and not any(c.dep_ in ("aux", "auxpass") for c in (*verb.children, *head.children))
    )


def clause_verb(tok: Token, limit: int = 12) -> Token | None:
    """The nearest verb at or above ``tok`` (the head of its clause), or None."""
    for _ in range(limit):
        if _is_verb(tok):
            # "stays closed until Sunday": a participle completing a verb is no clause of its
            # own; the verb it completes tells the time (blind 52)
            if tok.dep_ == "acomp" and tok.tag_ in ("VBD", "VBN") and _is_verb(tok.head):
                return tok.head
            if _subjectless_present_clause(tok) and _is_verb(tok.head):
                return tok.head
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subjectless_present_clause(tok: Token) -> bool:
    """ "The Panthers beat Northridge 3-2 in boys soccer on Thursday": a present form heading an
    adverbial clause with no subject or auxiliary of its own is a noun the tagger read as a
    verb ("soccer"); a finite adverbial clause has its subject (blind 196)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBP", "VBZ")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in tok.children
        )
    )


def _aux_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # a conjunct borrows the auxiliary before it, but a present form takes none ("was closed
    # Friday and reopens Monday")
    borrows = verb.dep_ == "conj" and verb.tag_ not in ("VBZ", "VBP")
    if not auxes and borrows and _is_verb(verb.head) and not _finite(verb):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    # The parser may hang "will" on the passive's "be" ("will be closed Monday"), not the verb.
    auxes += [c for a in auxes for c in a.children if c.dep_ == "aux"]
    words = [a.lower_.replace("\u2019", "'") for a in auxes]  # "he’ll" is "he'll"
    if any(w in _FUTURE_AUX for w in words):
        # "would have won": past; "will have accumulated by month's end": the future perfect
        past_modal = "have" in words and not any(w in _WILL for w in words)
        return "past" if past_modal else "future"
    if any(w in ("going", "gon") for w in words):
        return "future"
    if any(w in _PERFECT_AUX for w in words) and verb.tag_ == "VBN":
        return "past"
    tags = [a.tag_ for a in auxes]
    if "VBD" in tags:
        return "past"
    if "VBZ" in tags or "VBP" in tags:
        return "present"
    return None


def _finite(verb: Token) -> bool:
    """A verb with its own subject and tense ("could backfire, angering X, which she praised
    Tuesday night"): a conjunct like it borrows no auxiliary from the verb before it."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in verb.children)


def _lets(verb: Token) -> bool:
    """ "Let's defeat her in November", "let us vote in June": a proposal, so ahead."""
    let = verb.head if verb.dep_ in ("ccomp", "xcomp") else verb
    if let.lower_ != "let" or let.tag_ != "VB":
        return False
    words = [*let.children, *verb.children]
    return any(c.lower_.replace("\u2019", "'") in ("'s", "us") for c in words)


def _bare_participle(verb: Token) -> bool:
    """A participle with its own subject and no auxiliary is a simple past the tagger misread
    ("Ms. Lee ... finally acquiesced in the bank's March rise"), in a main or a
    subordinate clause ("As his rivals seized on Saturday's debate, he told voters...")."""
    return (
        (verb.dep_ in ("ROOT", "conj") or _marked_clause(verb))
        and _participle_with_subject(verb)
        and verb.lower_ not in _PARTICIPLE_AS_BASE
    )


# Verbs whose participle is their bare form, their simple past another ("run", "ran"): read as
# a participle with its own subject and no auxiliary, the form is the present ("Swimming
# lessons run through mid-August": blind 152).
_PARTICIPLE_AS_BASE = frozenset({"run", "come", "become", "overcome", "outrun", "rerun"})


def _misread_base(verb: Token) -> bool:
    """A main verb of :data:`_PARTICIPLE_AS_BASE` read as a participle with its own subject
    and no auxiliary: the present."""
    return (
        verb.dep_ in ("ROOT", "conj")
        and _participle_with_subject(verb)
        and verb.lower_ in _PARTICIPLE_AS_BASE
    )


def _participle_with_subject(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _hypothetical(verb: Token) -> bool:
    """ "how ties would fare if he won the election on Nov. 8": a simple past in an "if" clause
    under "would" or "could" is a case ahead, not the past ("would have" keeps the past, and a
    concession may grant what already happened: "even if he managed to split Tuesday's
    contests, he would need...")."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "if"]
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "advcl"
        and bool(marks)
        and not any(c.lower_ == "even" for c in marks[0].children)
        and not (marks[0].i > 0 and verb.doc[marks[0].i - 1].lower_ == "even")
        and _aux_tense(verb.head) == "future"
    )


# Phrasal verbs whose head alone looks ahead but which state a thing done: "brush fires set off
# by fireworks on the Fourth of July" (blind 218).
_DONE_PHRASAL = frozenset({("set", "off"), ("call", "out")})


def _done_phrasal(verb: Token) -> bool:
    """Whether the verb is a phrasal verb of a thing done (see :data:`_DONE_PHRASAL`)."""
    lemma = _lemma(verb)
    return any((lemma, c.lower_) in _DONE_PHRASAL for c in verb.children if c.dep_ == "prt")


def _marked_clause(verb: Token) -> bool:
    """An adverbial clause opened by a conjunction ("As his rivals seized..."), not a small
    clause ("make their wishes heard on Tuesday")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    found = _aux_tense(verb)
    if found:
        return found
    if _lets(verb):
        return "future"
    if _hypothetical(verb):
        return "future"
    if verb.tag_ == "VBD" or _bare_participle(verb) or _misread_past(verb):
        return "past"
    if _forward_participle(verb):
        return _ahead_of_clause(verb.head)
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and (_lemma(verb) not in _FUTURE_HEADS or _done_phrasal(verb))
    ):
        return "past"  # "a deal reached in July": done, whatever the clause above says
    if _reduced_passive(verb):
        return "past"
    if _invariant_beside_past(verb):
        return "past"
    if (
        verb.tag_ in ("VBZ", "VBP")
        or _misread_present(verb)
        or _present_conjunct(verb)
        or _conjoined_schedule_noun(verb)
    ):
        return "present"
    if _misread_base(verb):
        return "present"
    head = verb.head
    if depth > 4 or head.i == verb.i:
        return None
    if _present_after_past(verb):
        return "present"
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "amod") and (
        _lemma(head) in _FUTURE_HEADS and not _side_action(verb) and not _title_word(verb)
    ):
        return _ahead_of(head)
    # Infinitives, participles and bare verbs take the tense of the clause above them, except
    # the present: "accuses them of staging a coup in July" reports a July that may be past.
    above = clause_verb(head)
    inherited = _verb_tense(above, depth + 1) if above is not None else None
    if _onset(verb) and inherited in ("present", "future"):
        return "future"  # "pickup moves to Mondays starting in January": the change lies ahead
    if inherited == "present" and _with_absolute(verb) and _lemma(above) in _SCHEDULED:
        return "future"  # "The thaw ends tonight, with temperatures dropping ... Friday morning"
    if inherited == "present" and _done_before(verb):
        return "past"  # "The Knights are 5-0 after beating Franklin on Friday" (blind 87)
    return None if inherited == "present" else inherited


def _after_doing(root: Token, verb: Token) -> bool:
    """Whether "after" or "since" with an "-ing" verb hangs on the verb before the time."""
    return any(
        c.dep_ == "prep" and c.i < root.i and any(_done_before(g) for g in c.children)
        for c in verb.children
    )


def _done_before(verb: Token) -> bool:
    """An "-ing" verb after "after" or "since": done before the state the present tells."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "since")


# Participles that date when a change takes effect ("starting in January", "beginning
# Monday"): ahead of a present clause, behind a past one (blind 57).
_ONSETS = frozenset({"start", "begin", "commence"})


def _onset(verb: Token) -> bool:
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("acl", "advcl", "prep")  # "heavy on I-80 starting Friday" (blind 65)
        and _lemma(verb) in _ONSETS
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    )


def _with_absolute(verb: Token) -> bool:
    """ "with temperatures dropping": a participle on the object of "with", which comes with
    the clause it hangs on (blind 63)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp":  # the parser's other reading: the noun is the participle's subject
        return verb.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in verb.children)
    noun = verb.head
    return verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _present_after_past(verb: Token) -> bool:
    """ "The Eagles beat Northfield last Friday and play Central Friday": a bare form joined to
    a plain past is a present (a past conjunct would be "played"), with no auxiliary on
    either to lend it a tense."""
    return _bare_conjunct_of(verb, "VBD")


# A conjunction, auxiliary or subject makes a full clause; an agent ("a speech on Monday,
# followed by one on Tuesday") names a second event that takes the clause's own tense.
_NOT_REDUCED = frozenset({"mark", "aux", "auxpass", "nsubj", "agent"})


def _title_word(verb: Token) -> bool:
    """ "told CBS' Face the Nation on Sunday": a capitalised "verb" inside a sentence begins a
    show's or a work's title, not a complement of the verb before it."""
    return verb.text[:1].isupper() and not verb.is_sent_start and verb.i > verb.sent.start


def _side_action(verb: Token) -> bool:
    """ "with the senator calling the mayor her ally, meeting with him in July": a participle
    of the same subject's further act beside a verb, not what that verb asks or plans."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "aux", "nsubj") for c in verb.children)
    )


def _reduced_passive(verb: Token) -> bool:
    """ "told Fox in the interview, taped Saturday", "Arrested Friday, he will appear...": a
    bare past participle opening an adverbial clause with no conjunction ("once elected in
    November" has one) is a passive already done, not a complement of the verb above."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and _lemma(verb) not in _FUTURE_HEADS
        and not any(c.dep_ in _NOT_REDUCED for c in verb.children)
        and not any(c.lower_ in ("once", "when", "whenever", "if") for c in verb.children)
    )


def _be_to(verb: Token) -> bool:
    """ "was to begin", "are to be escorted": "be" with a to-infinitive is a plan."""
    return (
        verb.dep_ == "xcomp"
        and _lemma(verb.head) == "be"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    )


# Schedules reported in the past ("was set to speak Friday") point ahead of a past moment: the
# date may already be behind the reference, so they read as the present (weekdays: the nearest).
_SCHEDULES = frozenset({"set", "expect", "schedule", "due", "slate", "poise", "plan", "likely"})


# Participles that place what a noun names ahead of the clause: a schedule's ("the vote
# scheduled for Tuesday") and a broadcast's in progress ("an interview airing Sunday", not
# "aired Sunday"; sixteenth round). "premier" is the verb's other spelling, and the lemma of
# "premiering", which spelling cannot tell from "premiere"'s.
_BROADCASTS = frozenset({"air", "broadcast", "televise", "premiere", "premier", "stream"})


def _forward_participle(verb: Token) -> bool:
    lemma = _lemma(verb)
    return (
        verb.dep_ == "acl"
        and (
            (verb.tag_ in ("VBG", "VBN") and lemma in _SCHEDULES and not _done_phrasal(verb))
            or (verb.tag_ == "VBG" and lemma in _BROADCASTS)
        )
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _ahead_of_clause(tok: Token) -> str:
    """Ahead of the clause holding ``tok``: behind a past clause's moment it may already be, so
    the nearest reading then ("the game, scheduled for Sunday, was called off")."""
    above = clause_verb(tok.head) if tok.head.i != tok.i else None
    return "present" if above is not None and _verb_tense(above) == "past" else "future"


# Effort verbs: what one tries or races to do happens while trying, so a past effort ("tried to
# call him Monday") dates the past, a present one ("are racing to deliver food by Friday") ahead.
# A hope reads the same way: a past one's date is mostly gone by ("had hoped to win Tuesday's
# primary"), a present one's ahead ("is hoping to clinch a spot on Saturday").
_EFFORTS = frozenset({"try", "race", "rush", "strive", "hope"})


def _ahead_of(head: Token) -> str | None:
    """The tense of a complement of a forward-looking ``head``."""
    if head.pos_ == "NOUN":  # "a chance to win Tuesday": ahead of the clause that holds it
        return _ahead_of_clause(head)
    if _lemma(head) in _EFFORTS and (head.tag_ == "VBD" or _aux_tense(head) == "past"):
        return "past"
    if _lemma(head) not in _SCHEDULES:
        return "future"
    if head.tag_ == "VBD" or _aux_tense(head) == "past":
        return None if _still_waiting(head) else "present"
    return "future"


def _still_waiting(head: Token) -> bool:
    """ "was set to open in late August but is still waiting": a past plan a later present
    says has not come to pass, so its date may lie before the reference (blind 252)."""
    return any(
        c.dep_ == "conj" and c.i > head.i and _aux_tense(c) == "present" and c.lower_ != "is"
        for c in head.children
    )


def _under_ahead_of(tok: Token, verb: Token, lead_in: bool = False) -> bool:
    """ "ahead of the caucuses on Monday", "in advance of Tuesday's vote": the date is ahead;
    with ``lead_in`` also after "heading into" and the like (:func:`_lead_in`)."""
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in ("ahead", "advance") and any(c.lower_ == "of" for c in tok.children):
            return True
        if tok.lower_ == "of" and tok.head.lower_ in ("ahead", "advance"):
            return True
        if lead_in and _lead_in(tok):
            return True
    return False


def _lead_in(tok: Token) -> bool:
    """ "Heading into Tuesday's primary", "leading up to Friday's deadline", "in the run-up to
    Tuesday's vote", "days before Tuesday's primary": a day's event lies ahead of the clause's
    moment, as after "ahead of" (a possessive day only: "every contest leading up to Super
    Tuesday" may be behind, and "up to" is its signal)."""
    if tok.lower_ == "before":
        return True
    if tok.lower_ == "into":
        return tok.head.tag_ == "VBG" and _lemma(tok.head) in ("head", "go")
    if tok.lower_ != "to" or tok.head.lower_ != "up":
        return False
    up = tok.head
    return up.head.lower_ == "leading" or any(c.lower_ in _LEAD_NOUNS for c in up.children)


_LEAD_NOUNS = frozenset({"run", "lead", "build"})  # "the run-up to", "the lead-up to"


def _described_tense(root: Token) -> str | None:
    """The tense of a clause describing the expression itself ("from December, when 54 percent
    held...", "a rocky summer defined by...", "in November, when voters will choose")."""
    for child in root.children:
        if child.dep_ not in ("relcl", "acl") or not _is_verb(child):
            continue
        own = _aux_tense(child)
        if own in ("past", "future"):
            return own
        if _invariant(child):
            continue  # "Tuesday, when voters cast ballots": "cast" may be the present
        if child.tag_ == "VBD" or (child.tag_ == "VBN" and child.dep_ == "acl"):
            return "past"
    return None


def _after_a_described(root: Token) -> bool:
    """ "after a dry July", "following a record June": a period described as lived through."""
    return root.head.lower_ in ("after", "following") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children
    )


def _after_today(root: Token, verb: Token) -> bool:
    """ "Town Hall is open again today after the New Year's Day holiday": what a clause dated
    today follows lies behind it (blind 64)."""
    if not any(c.lower_ in ("today", "tonight") for c in verb.children):
        return False
    tok = root
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "prep":
            return tok.lower_ in ("after", "following") and tok.head.i == verb.i
        tok = tok.head
    return False


# Verbs whose past is their base form: the tagger's present on them is a guess.
_INVARIANT_PAST = frozenset(
    {"burst", "beat", "hit", "cut", "put", "set", "shut", "hurt", "cost", "spread", "let",
     "quit", "split", "upset", "bet", "cast", "thrust", "broadcast", "forecast", "shed", "bid"}
)  # fmt: skip


def _invariant_beside_past(verb: Token) -> bool:
    """ "Pipes burst at two churches Saturday night as temperatures fell": a present tag on a
    verb whose past is its base form, with a past clause or conjunct of its own, is that past
    (blind 218)."""
    return (
        verb.tag_ == "VBP"
        and _lemma(verb) in _INVARIANT_PAST
        and any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBD" for c in verb.children)
    )


def _invariant(verb: Token) -> bool:
    """A past tag on a verb whose past is its base form ("cast", "put", "set", "hit") with no
    auxiliary: the tagger's guess, which says nothing of the tense."""
    return verb.tag_ in ("VBD", "VBN") and verb.lower_ == verb.lemma_.lower()


def tense_of(span: Span) -> str | None:
    """``past``, ``present``, ``future`` or None for the clause governing ``span``."""
    root = span.root
    if root.head.i == root.i or root.head.i in range(span.start, span.end):
        return None
    if root.dep_ == "poss":  # "Monday's debate": only a future or present verb says which
        above = clause_verb(root.head)  # ("campaigns ahead of Tuesday's primary")
        if above is not None and _under_ahead_of(root, above, lead_in=True):
            return _ahead_in(above)  # behind a past clause's moment it may already be
        if above is not None and _verb_tense(above) == "present" and _compares(above):
            return None  # "The vote follows Tuesday's debate"
        if above is not None and _after_today(root, above):
            return "past"
        ahead = above is not None and (
            _verb_tense(above) in ("future", "present")
            or (_has_weekday(span) and _gerund_ahead(above))
        )
        return "future" if ahead else None
    described = _described_tense(root)
    if described is not None:
        return described
    if _has_weekday(span) and _schedule_verb_read_as_noun(span):
        return "future"
    verb = clause_verb(root.head)
    if verb is None:
        return "future" if _has_weekday(span) and _misread_schedule(span) else None
    if verb.tag_ in ("VBP", "VBZ") and verb.dep_ in ("nsubj", "nsubjpass") and _is_verb(verb.head):
        # "The March of Dimes walk along the river on Saturday raised $62,000": a noun the
        # parse read as a present verb is the subject of the clause's verb (blind 387)
        verb = verb.head
    if _past_an_aside(span, verb) and _has_weekday(span) and _misread_schedule(span):
        return "future"  # "The Owls, who went 22-6, open practice Monday" (blind 150)
    if _attributed_schedule(span, verb):
        return "future"
    reported = reported_clause(root, verb)
    verb = reported if reported is not None else verb
    predicate = apposed_predicate(root, verb) or apposed_predicate(root, verb.head)
    if predicate is not None and predicate.i in (verb.i, *(c.i for c in verb.children)):
        return _predicate_tense(span, predicate)
    if _under_ahead_of(root, verb):
        return _ahead_in(verb)
    if _be_to(verb) and _has_weekday(span):  # "were to be freed Friday": a schedule
        return "present" if _verb_tense(verb.head) == "past" else "future"
    if _set_up(root, verb):
        return _ahead_of_clause(verb)
    tense = _verb_tense(verb)
    if tense == "past" and (_set_for(root, verb) or _set_for(_first_head(span), verb)):
        return "future"
    if (tense in ("future", "present") and _month_modifier(root)) or _named_day_modifier(span):
        return None
    if tense == "present" and _compares(verb):
        return "past"  # "That number follows 292,000 in June": a figure already reported
    if tense == "present" and (_after_a_described(root) or _after_today(root, verb)):
        return "past"  # "is 14 feet below normal after a dry July": a state that followed it
    if tense == "present" and _after_doing(root, verb):
        return "past"  # "are 5-0 after beating Franklin on Friday": the parse hangs it on "are"
    if tense in ("present", "future") and _baseline(root, verb):
        return "past"
    if tense == "past" and _day_modifier(span):
        return None
    if tense in ("future", "present") and _weekday_of_noun(span):
        return "present"
    scheduled = _schedule_present(verb) or _scheduled_passive(verb) or _as_it_begins(verb)
    direct = reported is not None or _dates_directly(span, verb)
    scheduled = scheduled or (_plain_present(verb) and direct)
    if tense == "present" and scheduled and _weekday_dates_verb(span):
        return "future"
    if tense == "present" and _schedule_present(verb) and direct and _month_day(span):
        return "future"  # "The new fiscal year begins July 1" (blind 72)
    bare = tense is None and _bare_present(verb) and not _reporting(verb)
    if bare and _weekday_dates_verb(span):
        return "future"
    return tense


# Verbs whose simple present with a weekday states a schedule ("Wisconsin holds its primary on
# Tuesday", "Democrats vote Tuesday", "Yellen speaks Wednesday", a fixture's "the Hawks play
# Saturday", "crews return Monday"): the coming day, where a caption's or a progressive's
# present ("stand at a polling place on Tuesday", "is holding a rally Thursday") and a
# headline's historic present ("Obama signs bill Monday") keep the nearest (sixteenth round).
_SCHEDULED = frozenset(
    {"hold", "vote", "meet", "host", "begin", "start", "open", "reopen", "close", "end", "resume",
     "convene", "speak", "testify", "visit", "travel", "debate", "release", "launch", "announce",
     "run", "play", "face", "return", "roll", "change"}
)  # fmt: skip
# Phrasal schedule verbs, by their particle: "the festival kicks off Friday", "the Hawks take on
# Lincoln Tuesday", "the parade steps off at noon Saturday".
_SCHEDULED_PHRASAL = frozenset({("kick", "off"), ("take", "on"), ("step", "off")})


def _as_it_begins(verb: Token) -> bool:
    """ "Clocks move ahead an hour early Sunday as daylight saving time begins": a clause
    timed by a schedule verb's present ("as", "when" the season begins) is a schedule too."""
    return verb.tag_ in ("VBZ", "VBP") and any(_timing_clause(c) for c in verb.children)


def _timing_clause(clause: Token) -> bool:
    """Whether ``clause`` heads an "as" or "when" clause timed by a schedule's present."""
    return (
        clause.dep_ == "advcl"
        and _schedule_present(clause)
        and any(m.dep_ == "mark" and m.lower_ in ("as", "when") for m in clause.children)
    )


# A date the object is set for, put off to or moved to lies ahead of the setting, which news
# reports as just done: "the judge set the hearing for May 2", "the board postponed the vote
# until March" (by preposition: the verbs that take it in that sense).
_SET_FOR = {
    "for": frozenset({"set", "schedule", "reschedule", "slate", "plan"}),
    "to": frozenset({"postpone", "delay", "push", "move", "reschedule", "adjourn"}),
    "until": frozenset({"postpone", "delay", "push", "adjourn", "continue"}),
}


# Phrasal verbs whose object lies ahead: "teeing up the November showdown", "gearing up for
# Tuesday's primary", "looking ahead to the March vote".
_SET_UP = frozenset({("tee", "up"), ("set", "up"), ("gear", "up"), ("look", "ahead"),
                     ("look", "forward"), ("build", "up")})  # fmt: skip


def _set_up(root: Token, verb: Token) -> bool:
    """A month or day naming the object of a verb in :data:`_SET_UP` (as its modifier:
    "the November showdown", "Tuesday's vote"), directly or after the particle's preposition."""
    if root.dep_ not in ("compound", "nmod", "poss", "npadvmod") or root.head.pos_ != "NOUN":
        return False
    thing = root.head
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if not any((_lemma(verb), p) in _SET_UP for p in particles):
        return False
    if thing.dep_ == "dobj" and thing.head.i == verb.i:
        return True
    prep = thing.head
    return (
        thing.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i
        in (
            verb.i,
            *(c.i for c in verb.children if c.dep_ in ("prt", "advmod")),
        )
    )


# Auxiliaries that keep a scheduling verb's date ahead: the present perfect and the passive
# ("The election has been moved to June 2": blind 166), not the past perfect or a modal.
_SETTING_AUXILIARIES = frozenset({"has", "have", "'s", "'ve", "been", "is", "are", "was", "were"})


def _set_for(root: Token, verb: Token) -> bool:
    """A date in a "for/to/until" phrase of a scheduling verb in the plain past, present perfect
    or passive, on the verb or on its object ("set the trial for June 14")."""
    prep = root.head
    if prep.dep_ != "prep" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in _SETTING_AUXILIARIES for c in verb.children
    ):
        return False
    holder = prep.head
    if prep.lower_ == "to" and holder.dep_ == "pobj" and holder.head.lower_ == "from":
        holder = holder.head  # "moved the parade from Saturday to Sunday" (blind 321)
    if prep.lower_ == "to" and holder.dep_ == "prep" and holder.lower_ == "from":
        holder = holder.head  # ... whichever word of "from Saturday" the parse hangs it on
    if holder.i != verb.i and not (holder.dep_ == "dobj" and holder.head.i == verb.i):
        return False
    objects = [holder] if holder.i != verb.i else [c for c in verb.children if c.dep_ == "dobj"]
    if prep.lower_ == "for" and any(_lemma(o) in _FORECAST_NOUNS for o in objects):
        return True  # "issued a winter storm watch for Sunday night": what lies ahead
    return _lemma(verb) in _SET_FOR.get(prep.lower_, frozenset())


def _first_head(span: Span) -> Token:
    """The head within the span of its first word's phrase: "night" in "Sunday night into
    Monday morning", whose root the parse hangs elsewhere ("into")."""
    tok = span[0]
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        tok = tok.head
    return tok


# A forecast or warning's "for" names the time it covers, ahead of its issue (blind 39).
_FORECAST_NOUNS = frozenset({"watch", "warning", "advisory", "forecast", "outlook", "alert"})


def _schedule_verb(verb: Token) -> bool:
    lemma = _lemma(verb)
    if lemma in _SCHEDULED:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if any((lemma, p) in _SCHEDULED_PHRASAL for p in particles):
        return True
    # "The March of Dimes walk steps off ... at 9 a.m. Saturday" (blind 253): the phrasal's
    # verb read as the object of the subject's last noun, its particle left on that word
    objects = [_lemma(c) for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    return any((o, p) in _SCHEDULED_PHRASAL for o in objects for p in particles)


def _misread_schedule(span: Span) -> bool:
    """ "The Hawks host Lincoln on Tuesday", "The Hawks (9-2) host ...": a verbless parse of a
    schedule verb's present read as a noun after a proper-noun subject ("Hawks host" as one
    name, or "host" as an apposition after the record in brackets or after an aside that has
    the only verb: "The Owls, who lost Friday, host ...")."""
    sentence = span.sent
    # a clause joined after the head has verbs of its own ("..., and buses will run on new
    # routes": blind 325)
    joined = {t.i for c in sentence.root.rights if c.dep_ == "conj" for t in c.subtree}
    if _is_verb(sentence.root) or any(
        _is_verb(t) for t in sentence if not (_in_aside(t) or _in_timing_clause(t) or t.i in joined)
    ):
        return False
    return any(
        _schedule_noun(t) or _verb_of_plural_head(t) or _after_team(t) for t in sentence[:-1]
    )


def _in_timing_clause(tok: Token) -> bool:
    """Whether ``tok`` sits in a clause that times the sentence by a schedule's present ("Clocks
    change at 2 a.m. Sunday as daylight saving time begins": blind 275), as
    :func:`_as_it_begins` reads it."""
    return any(_timing_clause(a) for a in (tok, *tok.ancestors))


def _misread_past(verb: Token) -> bool:
    """ "A water main broke on Oak Street on Dec. 28 and was not fixed, residents told the
    council": an irregular verb's past form the tagger read as a noun heading a reported
    clause, with a phrase of its own, is that past (blind 253)."""
    return (
        verb.tag_ == "NN"
        and verb.dep_ in ("ccomp", "ROOT")
        and verb.lower_ in irregular_forms(("verb",))
        and any(c.dep_ == "prep" for c in verb.children)
    )


def _attributed_schedule(span: Span, verb: Token) -> bool:
    """ "Classes in the district start Aug. 22, the superintendent said": a schedule verb the
    parser read as a noun after the plural opening the sentence, in words with no verb before a
    trailing attribution, is their present, a schedule's (blind 254)."""
    if verb.lemma_.lower() not in REPORTING or verb.i < span.end:
        return False
    sent = span.sent
    before = span.doc[sent.start : span.start]
    if any(_is_verb(t) for t in before):
        return False
    return any(
        t.lower_ in _SCHEDULED
        and t.tag_ == "NN"
        and any(p.tag_ in ("NNS", "NNPS") for p in span.doc[sent.start : t.i])
        for t in before
    )


def _after_team(word: Token) -> bool:
    """ "The Blue Jays (3-0) open league play at home Monday" (blind 73): a schedule verb read
    as an adjective or noun right after a team's plural name (its record in brackets or an aside
    between commas between) is the team's verb."""
    if word.lower_ not in _SCHEDULED or word.tag_ not in ("JJ", "NN", "VB"):
        return False
    before = word.i - 1
    # past the record in brackets, or an aside between commas ("The Rams, coming off an 8-1
    # season, open at home Friday night": blind 106)
    closing = {")": "(", ",": ","}.get(word.doc[before].text) if before >= 0 else None
    if before >= word.sent.start and closing is not None:
        before -= 1
        while before >= word.sent.start and word.doc[before].text != closing:
            before -= 1
        before -= 1
    if before < word.sent.start:
        return False
    team = word.doc[before]
    return team.tag_ == "NNPS" or (team.tag_ == "NNP" and team.text.endswith("s"))  # "Owls"


def _verb_of_plural_head(word: Token) -> bool:
    """ "Students in the Maple Valley district return to class Tuesday": a schedule verb's bare
    form read as a noun after the plural noun the parse made the sentence's head (its first
    word or after an article), right before a preposition or a proper noun, is that plural's
    verb; so is "open", "close" or "reopen" read as an adjective right before a proper noun
    ("Pools reopen Monday": blind 27; "friends close to the mayor" stays)."""
    root, following = word.sent.root, word.doc[word.i + 1]
    misread = (word.tag_ == "NN" and following.tag_ in ("IN", "NNP")) or (
        word.tag_ == "JJ" and word.lower_ in _OPEN_CLOSE and following.tag_ == "NNP"
    )
    if misread and word.i == root.i and word.lower_ in _SCHEDULED:
        # "The Riverside Little League all-stars play for the title at 6 p.m. Saturday": the
        # verb itself made the head, right after the plural (blind 255) or with the plural its
        # subject ("Classes in the Lakeview district begin Tuesday": blind 325)
        return (word.i > word.sent.start and word.doc[word.i - 1].tag_ in ("NNS", "NNPS")) or any(
            c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in word.children
        )
    return (
        misread
        and word.lower_ in _SCHEDULED
        and root.tag_ in ("NNS", "NNPS")
        and root.i - word.sent.start <= 1
        and root.i < word.i
    )


# The schedule verbs the parser reads as adjectives ("Schools reopen Monday").
_OPEN_CLOSE = ("open", "close", "reopen")


def _past_an_aside(span: Span, verb: Token) -> bool:
    """Whether the parse hangs the time on a relative clause set off by commas that closes
    before it: the time belongs to what follows the aside."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return False
    return any(t.text == "," for t in verb.doc[verb.i : span.start])


def _in_aside(tok: Token) -> bool:
    """Whether ``tok`` sits in a clause describing a noun (a relative clause or a participle),
    or in a participle's phrase set off by a comma ("The Tigers, coming off a 9-2 season, open
    at home Friday night": blind 106)."""
    return any(a.dep_ in ("relcl", "acl") or _participle_aside(a) for a in (tok, *tok.ancestors))


def _participle_aside(tok: Token) -> bool:
    start = tok.left_edge.i
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBG", "VBN")
        and start > tok.sent.start
        and tok.doc[start - 1].text == ","
    )


def _schedule_noun(word: Token) -> bool:
    text = word.lower_
    stem = text[:-1] if text.endswith("s") else text
    # A noun takes no particle: "the parade steps off", "the fair kicks off" are verbs.
    phrasal = any(c.dep_ == "prt" for c in word.children)
    listed = (text in _SCHEDULED or stem in _SCHEDULED) and (
        _after_name(word) or _after_plural_opening(word) or _third_person_after_noun(word)
    )
    if word.tag_ in ("JJ", "RB") and text in _OPEN_CLOSE:
        # "Applications for the grant open at 8 a.m. Friday": the verb read as an adjective
        return word.dep_ == "ROOT" and (
            any(c.dep_ == "nsubj" for c in word.children) or _after_plural_opening(word)
        )
    return word.tag_ in ("NN", "NNS") and (phrasal or listed or text in _NEVER_NOUNS)


def _third_person_after_noun(word: Token) -> bool:
    """ "The Mardi Gras parade rolls at 6 p.m. Tuesday" (blind 179): the sentence's head, a
    schedule verb's "-s" form read as a plural noun right after the singular noun the parse hung
    on it, is that noun's verb (the caller has found no verb in the sentence)."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    return (
        word.dep_ == "ROOT"
        and word.tag_ == "NNS"
        and word.lower_.endswith("s")
        and before is not None
        and before.tag_ == "NN"
        and before.dep_ == "compound"
        and before.head.i == word.i
    )


def _after_plural_opening(word: Token) -> bool:
    """ "Schools reopen Monday", "Playgrounds reopen Monday" (blind 27), "The Little League
    all-stars play ... at 1 p.m. Saturday" (blind 138): the sentence's head, right after the
    plural noun that opens the sentence (its article and modifiers before it) and that the
    parse hung on it as a compound, is that plural's verb."""
    first = word.doc[word.i - 1] if word.i > word.sent.start else None
    return (
        word.dep_ == "ROOT"
        and first is not None
        and _opens_sentence(first, word)
        and first.dep_ == "compound"
        and first.tag_ in ("NNS", "NNPS")
        and first.head.i == word.i
    )


# The words a plural subject's phrase may open with ("The Little League all-stars").
_OPENING_DEPS = frozenset({"det", "compound", "amod", "punct", "nmod", "poss"})
_OPENING_WORDS = 5


def _opens_sentence(first: Token, head: Token) -> bool:
    """Whether only modifiers of the subject's phrase come before ``first``: each hangs on a
    word from the sentence's start to the ``head``."""
    start = first.sent.start
    before = first.doc[start : first.i]
    return len(before) <= _OPENING_WORDS and all(
        t.dep_ in _OPENING_DEPS and start <= t.head.i <= head.i for t in before
    )


# Schedule verbs' present forms that are no plural noun, whatever comes before them:
# "Registration for fall soccer closes at noon Friday" read verbless with "closes" as a noun;
# "The concert series on the green starts Thursday night" (blind 372).
_NEVER_NOUNS = frozenset({"opens", "closes", "reopens", "begins", "resumes", "convenes", "starts"})
# (with a plural subject's form that is no noun either: "the county reopen Tuesday")
_NEVER_NOUNS_BASE = _NEVER_NOUNS | {"reopen"}


def _schedule_verb_read_as_noun(span: Span) -> bool:
    """ "Public schools in the county reopen Tuesday after the winter break, a day later than
    planned" (blind 385): a schedule verb that is never a noun, right before the weekday and
    after a noun, read by the parse as that noun's object; the sentence's verb is elsewhere."""
    i = span.start - 1
    if i <= span.sent.start:
        return False
    word, before = span.doc[i], span.doc[i - 1]
    return (
        word.tag_ in ("NN", "NNS")
        and word.lower_ in _NEVER_NOUNS_BASE
        and before.tag_ in ("NN", "NNS", "NNP", "NNPS")
    )


def _after_name(tok: Token) -> bool:
    """Whether a proper noun comes right before ``tok``, over a bracketed aside ("(9-2)") or
    one set off by commas ("The Owls, winless this season, host ..."); over such commas, the
    sentence's opening noun may be a common one ("The team, now 31-12, hosts ...": blind 95)."""
    i, first = tok.i - 1, tok.sent.start
    opening = {")": "(", ",": ","}.get(tok.doc[i].text) if i > first else None
    if opening is not None:
        i -= 1
        while i > first and tok.doc[i].text != opening:
            i -= 1
        i -= 1
    if opening is None and i > first and tok.doc[i].tag_ == "POS":
        i -= 1  # a place named by its possessive: "services at St. Mark's begin" (blind 99)
    if i < first:
        return False
    if opening == "," and i - first == 1 and tok.doc[first].lower_ == "the":
        return tok.doc[i].tag_ in ("NN", "NNS", "NNP", "NNPS")
    if opening is None and i == first and tok.doc[i].is_title:
        return True  # a school's one-word name, read as an adjective: "Central hosts" (blind 279)
    return tok.doc[i].tag_ in ("NNP", "NNPS")


def _bare_present(verb: Token) -> bool:
    """ "The Owls take on Westfield on Tuesday": a main verb's present after a plural subject
    the tagger left as a bare form (VB with a subject and no auxiliary)."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and (any(c.dep_ == "nsubj" for c in verb.children) or _subject_in_aside(verb))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _subject_in_aside(verb: Token) -> bool:
    """ "The Rams, unbeaten this season, visit ...": the parser may hang the subject on the
    description set off by commas before the verb; an aside with a conjunction or auxiliary
    ("If the Rams win, ...") is a clause of its own."""
    return any(
        c.dep_ == "advcl"
        and c.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and any(g.dep_ == "nsubj" for g in c.children)
        and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)
        for c in verb.children
    )


def _weekday_dates_verb(span: Span) -> bool:
    """A weekday that dates the verb, not a noun it modifies ("hosts a Sunday talk show")."""
    return _has_weekday(span) and span.root.dep_ not in ("compound", "nmod", "amod")


def _schedule_present(verb: Token) -> bool:
    return (
        (
            verb.tag_ in ("VBZ", "VBP")
            or _present_after_past(verb)
            or _present_conjunct(verb)
            or _misread_open(verb)
        )
        and _schedule_verb(verb)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _reporting(verb: Token) -> bool:
    return _lemma(verb) in REPORTING


def _plain_present(verb: Token) -> bool:
    """ "The parade steps off Monday", "ballots go out Monday": news writes what is scheduled
    in the simple present, so any main verb's present (no auxiliary, not a verb of saying or
    a caption's :data:`_SCENE`) puts a weekday it governs ahead; a headline's historic present
    ("Mayor resigns Monday") keeps the nearest (twenty-seventh round)."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and _heads_clause(verb)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not _reporting(verb)
        and _lemma(verb) not in _SCENE
        and not _in_headline(verb)
    )


# Verbs of posture and gesture: a photo caption's present describes the scene shot ("Voters
# stand in front of a polling place on Tuesday"), not a plan.
_SCENE = frozenset(
    {"stand", "sit", "wait", "gather", "line", "wave", "cheer", "listen", "watch", "look",
     "pose", "smile", "kneel", "lie", "pray", "react", "embrace", "hug", "greet", "shake",
     "applaud", "chant", "walk"}
)  # fmt: skip


def _heads_clause(verb: Token) -> bool:
    """A present form with a subject of its own (or a conjunct's) heading a clause, not a noun
    the tagger read as a verb ("caused a dozen crashes early Monday": "crashes" an object). A
    conjunct of a past verb states how things stood then ("nine were killed and sixty remain in
    critical condition on Saturday")."""
    if verb.dep_ == "conj":
        return _is_verb(verb.head) and _verb_tense(verb.head) != "past"
    return verb.dep_ in _CLAUSE_DEPS and any(c.dep_ in ("nsubj", "expl") for c in verb.children)


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis"})


def _predicate_tense(span: Span, predicate: Token) -> str:
    """The tense of a predicate :func:`apposed_predicate` found: its auxiliary's, else the
    present, which with a weekday it governs is a schedule."""
    own = _aux_tense(predicate) if _is_verb(predicate) else None
    if own is not None:
        return own
    ahead = _weekday_dates_verb(span) and not _reporting(predicate)
    return "future" if ahead and not _in_headline(predicate) else "present"


def _dates_directly(span: Span, verb: Token) -> bool:
    """The expression modifies ``verb`` itself ("steps off Monday", "opens on Friday"), not a
    noun in its clause ("despite a loss in the primary Saturday, they are hopeful"; what "there
    is" names counts as the verb), and the subject is not a generic "you" ("you take her to
    dinner on Saturday night")."""
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        head = head.head  # "there is a hearing on Monday": the thing that there is
    generic = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children)
    return head.i == verb.i and not generic


_BODY_START = "dateline.time.body_start"


def _in_headline(tok: Token) -> bool:
    """Whether ``tok`` lies in the article's headline (before the body, once per Doc)."""
    doc = tok.doc
    start = doc.user_data.get(_BODY_START)
    if not isinstance(start, int):
        text = text_of(doc)
        start = body_start(text, paragraphs(text))
        doc.user_data[_BODY_START] = start
    return tok.idx < start


def _scheduled_passive(verb: Token) -> bool:
    """ "Strikes are planned from Monday to Wednesday", "the vote is scheduled for Tuesday": a
    present passive of a schedule puts its weekday ahead, not at the nearest."""
    return (
        verb.tag_ == "VBN"
        and _lemma(verb) in _SCHEDULES
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )


def _gerund_ahead(verb: Token) -> bool:
    """A gerund or infinitive with no tense of its own under a present or future clause
    ("is trying to prevent him from winning Tuesday's primaries"): what it names lies ahead,
    unless a preposition of time puts it behind ("after winning Tuesday's primaries") or it is
    a reason (:func:`_reason_for`)."""
    tok = verb
    if verb.lower_ in ("according", "including", "regarding", "following"):
        return False
    for _ in range(6):
        if not _is_verb(tok) or tok.tag_ not in ("VB", "VBG") or _aux_tense(tok):
            break
        if any(c.lower_ in ("after", "since", "following") for c in tok.children):
            return False
        step = tok.head
        if step.lower_ in ("after", "since", "following", "before") or _reason_for(tok):
            return False
        for _ in range(12):  # up to the next verb (tokens compare by index, not identity)
            if _is_verb(step) or step.head.i == step.i:
                break
            step = step.head
            if step.lower_ in ("after", "since", "following"):
                return False
        if step.i == tok.i or not _is_verb(step):
            return False
        tok = step
    if tok.i == verb.i:
        return False
    return _aux_tense(tok) in ("future", "present") or tok.tag_ in ("VBZ", "VBP")


def _reason_for(gerund: Token) -> bool:
    """ "are taking heat for not anticipating his win in Monday's caucuses", "was praised for
    winning Saturday's game": a gerund after "for" gives the reason, an act already known;
    not after a verb that looks ahead (:data:`_AHEAD_FOR`)."""
    prep = gerund.head
    return (
        gerund.dep_ == "pcomp"
        and prep.lower_ == "for"
        and prep.head.i != prep.i
        and _lemma(prep.head) not in _FUTURE_HEADS | _AHEAD_FOR
    )


# Verbs whose "for" looks ahead, besides the forward-looking heads: readiness and advocacy
# ("preparing for hosting Friday's debate", "pushing for holding Tuesday's vote").
_AHEAD_FOR = frozenset(
    {"prepare", "ready", "wait", "brace", "push", "lobby", "argue", "plead", "vote", "fight"}
)


def _has_weekday(span: Span) -> bool:
    return any(t.lower_ in WEEKDAYS for t in span)


def _month_day(span: Span) -> bool:
    """A month and day with no year ("July 1", "Sept. 30")."""
    return (
        any(t.lower_.rstrip(".") in MONTHS for t in span)
        and any(t.like_num and len(t.text) <= 2 for t in span)
        and not any(t.like_num and len(t.text) == 4 for t in span)
    )


# Nouns of things that have happened by the time news names them with a day ("because of the
# slaying in Chicago on Friday" under "will vote": the day just gone; seventeenth round).
_INCIDENTS = frozenset(
    {"slaying", "killing", "shooting", "murder", "death", "stabbing", "bombing", "attack",
     "crash", "explosion", "blast", "arrest", "assault", "ambush", "massacre", "collapse"}
)  # fmt: skip


def _incident_noun(tok: Token) -> bool:
    """Whether ``tok``, or the noun a place phrase it heads hangs on ("the slaying in Chicago"),
    is an incident noun."""
    for _ in range(3):
        if tok.pos_ == "NOUN":
            return _lemma(tok) in _INCIDENTS
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        tok = tok.head.head
    return False


def _weekday_of_noun(span: Span) -> bool:
    """A weekday that dates the clause's subject or a possessed noun, not its verb ("her
    victories on Tuesday will accelerate...", "Priebus' assertion Tuesday night"): it names a
    day already known, so the nearest, whatever the verb's tense."""
    if not _has_weekday(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        # Not a passive subject: "the summit on Monday will be held" is the event ahead.
        noun = root.head.head
        if _incident_noun(noun):
            return True
        return noun.pos_ == "NOUN" and noun.dep_ == "nsubj"
    if root.dep_ == "npadvmod" and span.start > 0:
        noun = span.doc[span.start - 1]
        # "The Panthers open their season Friday": a plain present's own object dates nothing
        # ("could undercut the senator's pledge Monday night" may be the pledge's day).
        # Nor a schedule verb's object its subject owns ("will hold its golf outing Friday
        # morning": blind 98), nor a future verb's ("will serve its pancake breakfast Saturday
        # morning": blind 107).
        verb = root.head
        own_event = (_schedule_verb(verb) or _aux_tense(verb) == "future") and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children
        )
        # So too the noun after the verb's preposition ("will return to their classrooms
        # Monday": blind 340).
        governed = (noun.dep_ == "dobj" and noun.head.i == verb.i) or (
            noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i
        )
        object_of_verb = governed and (_plain_present(verb) or own_event)
        return (
            noun.pos_ == "NOUN"
            and any(c.dep_ == "poss" for c in noun.children)
            and not object_of_verb
        )
    return False


def _ahead_in(verb: Token) -> str:
    """ "ahead of the March 1 contests": ahead of the clause's own moment, which a past verb
    puts behind the reference ("Ahead of the March 1 contests, Rubio assumed..." written on
    10 March is 1 March, not next year's): then the nearest reading."""
    return "present" if _verb_tense(verb) == "past" else "future"


def _named_day_modifier(span: Span) -> bool:
    """A day's name heading a noun ("bought ads in four Super Tuesday states", "a company
    Christmas party turned deadly" a week before Christmas): it names the coming or recent
    day, whatever the verb's tense; with no tense the nearest one."""
    root = span.root
    if root.dep_ not in ("compound", "nmod") or root.head.pos_ != "NOUN":
        return False
    if len(span) > 1 and root.lower_ in WEEKDAYS:
        return True
    # A holiday names an occasion only before one ("Christmas party"), not an object
    # ("the Rockefeller Center Christmas tree", "a Christmas present").
    return span.text.lower() in HOLIDAY_NAMES and _lemma(root.head) in _OCCASIONS


_OCCASIONS = frozenset(
    {"party", "season", "shopping", "sale", "rush", "break", "holiday", "weekend", "dinner",
     "truce", "ceasefire", "recess", "deadline", "celebration", "service", "market", "parade",
     "travel", "vacation", "message", "address", "speech", "firework", "fireworks", "picnic",
     "concert", "festivity", "festivities", "show", "festival", "fair", "dance",
     # what happened on the day ("follows upon the heels of the Bastille Day attack in Nice",
     # nine days after it: the recent one, not the coming one)
     "attack", "bombing", "shooting", "massacre", "riot", "storm", "flood", "fire", "crash"}
)  # fmt: skip


def _month_modifier(root: Token) -> bool:
    """A bare month used as a noun modifier ("will file their February reports" written in
    March): it names what the noun is about, which a future verb does not move a year ahead;
    with no tense it reads in the reference year (a present clause's too: "the October report
    represents", twenty-seventh round; "the August and September figures": both months)."""
    if root.dep_ == "conj" and root.head.lower_.rstrip(".") in MONTHS:
        root = root.head
    return (
        root.lower_.rstrip(".") in MONTHS
        and root.dep_ in ("compound", "nmod", "npadvmod")
        and root.head.pos_ in ("NOUN", "PROPN")
    )


# Verbs that set a figure or an event beside an earlier one, in the present of data copy ("the
# gain follows a drop in June", "compares with 2% in the first quarter"): that time is past.
_COMPARISONS = frozenset(
    {"follow", "compare", "trail", "lag", "top", "exceed", "surpass", "outpace", "mirror", "echo"}
)


def _compares(verb: Token) -> bool:
    """A comparison verb (:data:`_COMPARISONS`) in its own present, with what it compares;
    "follows its tour with a run in July" puts what comes with it ahead."""
    lemma = _lemma(verb)
    if verb.tag_ not in ("VBZ", "VBP") or lemma not in _COMPARISONS:
        return False  # its own present only ("one speech Monday, followed by one Tuesday")
    words = {c.lower_ for c in verb.children}
    if lemma == "follow" and words & {"with", "up"}:
        return False
    # something compared: an object, or "with"/"to" ("he follows on Friday" is a schedule)
    return any(c.dep_ == "dobj" for c in verb.children) or bool(words & {"with", "to"})


# Words of change whose "from" phrase gives the earlier level ("down from 4.6 percent in
# March", "a reversal from the survey in early March", "unchanged from late February").
_CHANGES = frozenset(
    {"up", "down", "unchanged", "high", "low", "reversal", "increase", "decrease", "rise",
     "drop", "fall", "decline", "jump", "gain", "improvement", "turnaround", "different",
     "climb", "slip", "dip", "plunge", "surge"}
)  # fmt: skip


def _baseline(root: Token, verb: Token) -> bool:
    """A time inside the "from" phrase of a word of change (:data:`_CHANGES`) dates the level
    compared with, which lies behind even in a present or future clause."""
    tok = root
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ == "from" and tok.dep_ == "prep" and _lemma(tok.head) in _CHANGES:
            return True
    return False


def _day_modifier(span: Span) -> bool:
    """A month and day heading a noun ("to influence the Nov. 8 election", "the nominee for the
    Nov. 8 election said"): it names the event's own day, which a past verb does not put
    behind the reference; with no tense the nearest such day. An incident ("blamed for the
    Sept. 11 attack") has happened, so it keeps the past."""
    root = span.root
    return (
        root.lower_.rstrip(".") in MONTHS
        and root.dep_ in ("compound", "nmod")
        and root.head.pos_ == "NOUN"
        and _lemma(root.head) not in _INCIDENTS
        and root.head.i >= span.end
        and any(t.like_num for t in span)
    )
