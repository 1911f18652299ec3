"""Attribution candidates from the dependency parse: a cue, its content and its source.

Every verb proposes the few contents the parse allows ("X said *that ...*", "*...*, X said",
"X criticized *the plan*", "X called *for ...*"); a small logistic model
(:mod:`dateline.quotes.model`, trained on PolNeAR train) scores each proposal from the verb's
lemma, the frame and the shape of subject and content, and the best proposal per verb is kept
when it is likely enough. "according to X" is always an attribution. The source is the cue's
subject, inherited from the governing verb for participles ("..., adding that ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.quotes._doc import text_of
from dateline.quotes.lexicon import ANON_NOUNS, TITLE_NOUNS, cue_lemmas
from dateline.quotes.model import probability, threshold

__all__ = [
    "Candidate",
    "according_candidates",
    "features",
    "frames",
    "fronted_participle",
    "relative_antecedent",
    "relative_subject",
    "source_of",
    "source_span",
    "speech_forms",
    "verb_candidates",
]

_SUBJ_DEPS = {"nsubj", "csubj"}
_INHERIT_DEPS = {"advcl", "conj", "xcomp"}
_REVERSED_DEPS = {"parataxis", "ccomp", "advcl", "conj"}
_WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
_CUT = {",", "(", "—", "–", "-", ";", ":"}
_QUOTES = set('"“”«»„')
_CLAUSAL = {"ccomp", "reversed", "dobj_that"}
_CONTENT_PREPS = {"for", "to", "about", "on", "of", "as", "against", "with"}
# A verb outside the reporting lexicon with a noun object ("placed battalions") needs more
# evidence than one governing a clause.
NON_CLAUSAL_DISCOUNT = 0.6
# Report a cue set off inside the clause it reports ("The plan, she said, is dead") as one
# content in two parts (switch for measuring).
USE_ASIDES = True
# End a content before a verb of saying coordinated after it ("... would fail *and warned* that
# ..."), which reports anew with the first verb's speaker (switch for measuring).
CUT_CONJ_CUES = True
# "vowed *to keep abortion legal* and celebrated the ruling": a finite verb cannot be coordinated
# with an infinitive or participle content, so it ends that content (it is the reporter's).
FINITE_AFTER_NONFINITE = True
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# A cue participle on a reported clause belongs to any cue verb's subject, not only speech's.
WIDE_REPORTERS = True
# "saying X and suggesting Y": a participle coordinated after a participle's clause reports anew.
PARALLEL_PARTICIPLES = True
# The person asked or told is no content ("asked Pence", "told reporters").
SKIP_ADDRESSEES = True
_ADDRESSING = {"ask", "tell"}
_PERSONAL = {"me", "us", "you", "him", "her", "them"}
# Verbs of saying: with a subject and a clause they report speech whatever the model thinks.
SPEECH_VERBS = {
    "say", "tell", "add", "note", "stress", "warn", "insist", "claim", "state", "explain",
    "argue", "write", "announce", "declare", "recall", "reply", "respond", "acknowledge",
    "admit", "confirm", "deny", "emphasize", "emphasise", "tweet", "testify", "assert",
}  # fmt: skip
_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "tweet": ("tweeted",), "testify": ("testified", "testifies"), "deny": ("denied", "denies"),
    "reply": ("replied", "replies"), "admit": ("admitted", "admitting"),
}  # fmt: skip


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    """Inflected forms of :data:`SPEECH_VERBS` ("said", "notes", "warning", ...)."""
    out: set[str] = set()
    for verb in SPEECH_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
        out.update((verb, third, stem + "ed", stem + "ing"))
        out.update(_IRREGULAR.get(verb, ()))
    return frozenset(out)


@dataclass
class Candidate:
    """One attribution found in the parse; offsets index ``doc.text``."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source_token: Token | None
    source: tuple[int, int] | None
    weight: float
    # Pieces of a content interrupted by its cue ("X, according to Y, did Z").
    parts: list[tuple[int, int]] | None = None
    # Roles the neural tagger marked beside a tagged content ("Q" cue, "S" source).
    tagged: frozenset[str] = frozenset()


def _chars(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _dangling_cc(tok: Token) -> bool:
    """'... Ryan's agenda *and*' once the conjunct after it is cut off."""
    return tok.dep_ == "cc" and tok.head.i < tok.i


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range ``[start, end)`` without edge punctuation (quote marks kept) or a dangling
    conjunction at its end, as chars."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and not doc[start].is_quote:
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space or _dangling_cc(doc[end - 1]))
        and not doc[end - 1].is_quote
    ):
        end -= 1
    if end <= start:
        return None
    return _chars(list(doc[start:end]))


def _relative_verb(pron: Token) -> Token:
    verb = pron.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _name_read_as_modal(tok: Token, verb: Token) -> bool:
    """'..., *Will* believes Christie ...': a capitalised "modal" before a finite verb
    mid-sentence is a name (Will, May) the tagger misread."""
    return (
        tok.dep_ == "aux"
        and tok.tag_ == "MD"
        and tok.text[:1].isupper()
        and tok.i != tok.sent.start
        and tok.i == verb.i - 1
        and verb.tag_ in ("VBD", "VBZ")
    )


def fronted_participle(verb: Token) -> bool:
    """'*Asked* whether ..., she said': a past participle fronted as an adjunct, with no
    subject or agent of its own (the tagger may read it as a finite past). The main clause's
    subject was asked: the asker is not named."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "agent") for c in verb.children)
    )


def relative_antecedent(src: Token) -> Token | None:
    """The noun a relative-pronoun subject refers to ("the man *who* said"), else None:
    PolNeAR marks the pronoun as the source, but the speaker is the noun."""
    if src.tag_ not in ("WP", "WDT") or src.lower_ not in ("who", "that", "which"):
        return None
    verb = _relative_verb(src)
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return _person_for_who(verb.head) if src.lower_ == "who" else verb.head


_PLACE_TYPES = {"GPE", "LOC", "FAC"}


def _person_for_who(head: Token) -> Token:
    """'Alan Berger, a dentist from Englewood, New Jersey, *who* said': the parser hangs the
    clause on the nearest noun, a place; "who" is the person the place phrase describes. So is
    a description in apposition after a name ("Terry Branstad, a Republican *who* ...")."""
    if (
        head.dep_ == "appos"
        and head.tag_ in ("NN", "NNP")  # one person: not "Clinton ..., the party leaders who"
        and head.head.ent_type_ == "PERSON"
        and head.head.i < head.i
    ):
        return head.head  # 'Gov. Terry Branstad, a Republican *who* has not endorsed ...'
    tok = head
    while tok.ent_type_ in _PLACE_TYPES and tok.dep_ in ("pobj", "appos", "compound", "conj"):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok is head or tok.ent_type_ in _PLACE_TYPES or tok.pos_ not in ("NOUN", "PROPN"):
        return head
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":  # the name the description follows
        return tok.head
    return tok


def source_of(cue: Token) -> Token | None:
    """Who speaks through the cue: its subject or agent, else (for participles and bare
    conjuncts) the subject of the verb it hangs from. A passive subject is not a source
    ("Asked about it, she..." / "he is expected to..."): those have none unless an agent."""
    subjects = [c for c in cue.children if c.dep_ in _SUBJ_DEPS and not _line_between(c, cue)]
    if not subjects:  # '"...," Conway notes': the parser may read "Conway notes" as one noun
        subjects = [c for c in cue.lefts if c.dep_ == "compound" and c.i == cue.i - 1]
        subjects = [c for c in subjects if c.pos_ in ("PROPN", "PRON", "NOUN")]
    if not subjects:
        subjects = [c for c in cue.lefts if _name_read_as_modal(c, cue)]
    if subjects:  # the parser may hang a headline's noun on the next line's verb too
        return min(subjects, key=lambda c: abs(c.i - cue.i))
    passive = False
    for child in cue.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        passive = passive or child.dep_ in ("nsubjpass", "auxpass")
    if passive or (cue.tag_ == "VBN" and not _perfect(cue)):
        return None
    head = cue.head
    if head is cue:
        return None
    if cue.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if cue.dep_ == "pcomp" and head.head is not head:  # "by saying", "in announcing"
        head = head.head
        return source_of(head) if head.pos_ in ("VERB", "AUX") else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG":  # "released a statement saying ..."
        issuer = source_of(head.head) if head.dep_ == "dobj" else None
        return issuer or head
    if cue.dep_ == "acl" and cue.tag_ == "VB" and head.pos_ == "NOUN":
        return _noun_agent(head)
    if cue.dep_ in _INHERIT_DEPS:
        if cue.dep_ == "advcl" and cue.tag_ != "VBG" and not _purpose(cue) and not _perfect(cue):
            return None
        if cue.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # 'voters are more likely *to say* ...', 'she was quick to note'
        if CUT_CONJ_CUES and head.dep_ == "ccomp" and _conj_report(head, cue):
            head = head.head  # 'she said the plan would fail *and warned* ...': she warned
        elif _reported_participle(cue, head):
            head = head.head  # 'he said the storm would pass, *adding* ...': he added
        src = source_of(head) if head.pos_ in ("VERB", "AUX") else None
        if src is not None and cue.dep_ == "xcomp" and src.lower_ == "it":
            return None  # "it's fair to say", "it means admitting": nobody speaks
        return src
    return None


def _reported_participle(cue: Token, head: Token) -> bool:
    """ "said the storm would pass, adding that ...": the participle hangs, in the parse, on
    the reported clause, but it is the reporter who adds."""
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and cue.lemma_.lower() in cue_lemmas()
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in (cue_lemmas() if WIDE_REPORTERS else SPEECH_VERBS)
    )


def _noun_agent(noun: Token) -> Token | None:
    """Who acts in '*X's* effort to paint ...' / '*X* made an attempt to deflect ...'."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb is not noun:
        return source_of(verb)
    return None


def _perfect(verb: Token) -> bool:
    """'... and *has promised* to ...': a past participle in an active perfect tense."""
    forms = ("have", "has", "had", "having", "'ve", "’ve", "'d", "’d")
    return any(c.dep_ == "aux" and c.lower_ in forms for c in verb.children)


def _purpose(verb: Token) -> bool:
    """'X appeared on Fox to discuss the polls': an infinitive of purpose, whose speaker is
    the subject of the clause it hangs from."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _line_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def source_span(tok: Token) -> tuple[int, int]:
    """The source noun phrase, cut before any appositive, relative clause or aside."""
    out: list[Token] = []
    for t in tok.subtree:
        if t.i > tok.i and (_source_break(t) or t.dep_ in ("relcl", "acl") or _aside(t) or _wh(t)):
            while _wh(t) and out and out[-1].pos_ == "ADP" and out[-1].i == t.i - 1:
                out.pop()  # "the time frame *in which* ..."
            break
        if t.i > tok.i and t.head.i == tok.i and _occasion(t):
            break
        out.append(t)
    dashes = [k for k, t in enumerate(out) if t.i < tok.i and _source_break(t) and t.text != ","]
    if dashes:  # "a cheeseburger - an old favorite - others say": the source follows the dash
        out = out[dashes[-1] + 1 :]
    while out and (out[0].is_punct or out[0].dep_ in ("cc", "mark")):
        out.pop(0)
    # "said Mike Ware an / attorney ...": a word that needs a noun after it ends no name.
    while out and (out[-1].is_punct or out[-1].is_space or (len(out) > 1 and _dangling(out[-1]))):
        out.pop()
    return _chars(_line_of(out, tok) or [tok])


_DANGLING = {"DET", "ADP", "CCONJ", "PART"}
# What a source spoke in or when ("officials in a statement on Sunday"): not part of who.
_MEDIA = {"statement", "interview", "post", "tweet", "release", "letter", "email", "speech"}


def _source_break(t: Token) -> bool:
    """Punctuation that ends a source phrase; a hyphen only after a space ("prime-time"
    stays)."""
    if t.text not in _CUT and t.text != "--":
        return False
    return t.text != "-" or t.i == 0 or bool(t.doc[t.i - 1].whitespace_)


def _occasion(t: Token) -> bool:
    """A preposition after the source naming a time or a medium ("on Monday", "in a
    statement"), which the parser hangs on the source noun."""
    if t.dep_ != "prep":
        return False
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _MEDIA for o in objs)


def _aside(t: Token) -> bool:
    """An appositive set off by punctuation ("Madsen, an author"); an unpunctuated one is the
    name the title before it leads to ("economist Benjamin Tal")."""
    if t.dep_ != "appos":
        return False
    left = t.left_edge.i
    if left == 0 or t.doc[left - 1].is_punct or t.pos_ != "PROPN":
        return True
    return t.doc[left - 1].whitespace_ != " "  # a line or block break between


def _dangling(t: Token) -> bool:
    return t.pos_ in _DANGLING or t.dep_ in ("det", "prep", "cc")


def _line_of(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens on the head's own line: a line break inside a source noun phrase is a
    misparse across a heading ("Source: Civil Aviation Authority / London City airport told")."""
    runs: list[list[Token]] = [[]]
    for t in tokens:
        if runs[-1] and ("\n" in runs[-1][-1].whitespace_ or "\n" in t.text):
            runs.append([])
        if "\n" not in t.text:
            runs[-1].append(t)
    return next((r for r in runs if head in r), tokens)


def _wh(t: Token) -> bool:
    """A relative pronoun opens a clause the parser may not hang as ``relcl``."""
    return t.tag_ in _WH_TAGS and t.dep_ != "poss"


def _reversed_content(cue: Token) -> tuple[int, int] | None:
    """'That would happen, they said': the head clause minus the cue's own subtree."""
    head = cue.head
    if head is cue or cue.dep_ not in _REVERSED_DEPS or head.pos_ not in ("VERB", "AUX"):
        return None
    own = {t.i for t in cue.subtree}
    toks = [t.i for t in head.subtree if t.i not in own]
    if not toks:
        return None
    if cue.i > toks[0]:
        end = max(i for i in toks if i < cue.i) + 1
        return toks[0], end
    start = min(i for i in toks if i > cue.i)
    return start, toks[-1] + 1


_ASIDE = {",", "—", "–"}


def _parenthetical(cue: Token) -> list[tuple[int, int]] | None:
    """'In his state, *Christie said*, offenders are sent ...': a cue set off by commas in the
    middle of the clause it reports; the content is the clause on both sides (token ranges)."""
    head = cue.head
    if head is cue or cue.dep_ not in _REVERSED_DEPS or head.pos_ not in ("VERB", "AUX"):
        return None
    doc = cue.doc
    lo, hi = cue.left_edge.i, cue.right_edge.i
    while lo < cue.i and doc[lo].text not in _ASIDE and doc[lo].is_punct:
        lo += 1
    while hi > cue.i and doc[hi].text not in _ASIDE and doc[hi].is_punct:
        hi -= 1
    if doc[lo].text not in _ASIDE:
        lo -= 1
    if doc[hi].text not in _ASIDE:
        hi += 1
    if lo <= 0 or hi + 1 >= len(doc) or doc[lo].text not in _ASIDE or doc[hi].text not in _ASIDE:
        return None
    if doc[lo + 1].tag_ in _WH_TAGS:
        return None  # ", whose spokesman said ...": a relative clause, not an aside
    own = set(range(lo, hi + 1))
    sent = cue.sent
    toks = [t.i for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end]
    left = [i for i in toks if i < lo]
    right = [i for i in toks if i > hi]
    if not left or not right:
        return None
    return [(left[0], left[-1] + 1), (right[0], right[-1] + 1)]


def _end(child: Token) -> int:
    """End of a content subtree, stopping before a trailing ', adding/noting/saying ...'."""
    end = child.right_edge.i + 1
    for t in child.subtree:
        if (
            t.i > child.i
            and t.dep_ in ("advcl", "conj")
            and t.tag_ == "VBG"
            and t.lemma_.lower() in cue_lemmas()
        ):
            end = min(end, t.left_edge.i)
        elif CUT_CONJ_CUES and _conj_report(child, t):
            end = min(end, _before_cc(t))
    return end


def _conj_report(child: Token, t: Token) -> bool:
    """'... found him "charming" *and called* his standing "unheard of"': a finite verb of
    saying coordinated after the content, with no subject of its own, reports anew; so does any
    finite verb after a non-finite content ('vowed *to keep it* and celebrated the ruling')."""
    if t.i <= child.i or t.dep_ != "conj" or any(c.dep_ in _SUBJ_DEPS for c in t.children):
        return False
    if t.tag_ == "VBG":  # 'a response *saying* he would not ... *and suggesting* that ...'
        return (
            PARALLEL_PARTICIPLES and child.head.tag_ == "VBG" and t.lemma_.lower() in cue_lemmas()
        )
    if t.tag_ in ("VBD", "VBZ") and t.lemma_.lower() in SPEECH_VERBS | {"call"}:
        return True
    nonfinite = child.tag_ in ("VB", "VBG") and not _finite(child)
    return FINITE_AFTER_NONFINITE and nonfinite and _finite(t)


def _finite(verb: Token) -> bool:
    """A tensed verb, or one with a tensed auxiliary or modal ('has withheld', 'would not')."""
    return verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in verb.children)


def _before_cc(t: Token) -> int:
    """Where the conjunct ``t`` starts, its conjunction and commas included."""
    doc = t.doc
    cut = t.left_edge.i
    while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    return cut


def _paragraph_clip(tok: Token, start: int, end: int) -> tuple[int, int]:
    """Keep a content inside the cue's paragraph (the parser may run across a line break)."""
    doc = tok.doc
    for i in range(tok.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    for i in range(tok.i, end):
        if "\n" in doc[i].text or ("\n" in doc[i].whitespace_ and i >= start):
            end = i + 1 if "\n" not in doc[i].text else i
            break
    return start, max(start, end)


def _that_clauses(noun: Token) -> list[Token]:
    """'the possibility *that ...*': a clause hanging off a noun, opened by 'that'."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
    ]


def frames(tok: Token) -> Iterator[tuple[str, int, int]]:
    """(frame, first token, end token) for each content this verb could govern."""
    for frame, start, end in _raw_frames(tok):
        start, end = _paragraph_clip(tok, start, end)
        if end > start:
            yield frame, start, end


def _cut(head: Token, deps: set[str], end: int) -> int:
    """End before the first right-hand child of ``head`` with one of ``deps`` (and its
    leading comma or conjunction)."""
    for child in head.rights:
        if child.dep_ in deps and child.left_edge.i < end:
            cut = child.left_edge.i
            doc = head.doc
            while cut > head.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return end


def _variants(name: str, child: Token) -> Iterator[tuple[str, int, int]]:
    """The whole subtree, and shorter readings the annotators often prefer."""
    start, end = child.left_edge.i, _end(child)
    yield name, start, end
    noconj = _cut(child, {"conj"}, end)
    if noconj < end:
        yield f"{name}:noconj", start, noconj
    if name in ("dobj", "pobj"):
        core = _cut(child, {"relcl", "acl", "prep", "advcl", "appos", "conj"}, end)
    else:
        core = _cut(child, {"advcl", "conj", "npadvmod", "parataxis", "appos"}, end)
    if core < min(end, noconj):
        yield f"{name}:core", start, core
    if name == "dobj":
        wide = _wide_end(child)
        if wide > end:
            yield f"{name}:wide", start, wide


def _wide_end(obj: Token) -> int:
    """'called *the judge a hater*', 'criticized *Clinton for her ties*': the object with the
    verb's other right-hand complements."""
    verb = obj.head
    end = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i > obj.i and child.dep_ in ("oprd", "prep", "ccomp", "xcomp", "dative"):
            end = max(end, child.right_edge.i + 1)
        elif child.i > obj.i and child.dep_ not in ("punct",):
            break
    return end


def relative_subject(verb: Token) -> bool:
    """ "..., whose spokesman said": the verb heads a relative clause (however it is parsed)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.tag_ in _WH_TAGS for c in verb.children
    )


def _raw_frames(tok: Token) -> Iterator[tuple[str, int, int]]:
    relative = relative_subject(tok)
    for child in tok.children:
        dep = child.dep_
        if dep in ("ccomp", "parataxis") and child.i != tok.i:
            if relative and child.i < tok.i:
                continue  # the clause before a relative clause is not what it reports
            yield from _variants("ccomp", child)
        elif dep == "xcomp":
            yield from _variants("xcomp", child)
        elif dep == "dobj":
            told = SKIP_ADDRESSEES and _addressee(tok, child)
            for name, start, end in _variants("dobj", child):
                if not told or (name == "dobj:wide" and _clause_after(tok, child.i, end)):
                    yield name, start, end  # 'asked *X to lay out his path*'
            for clause in _that_clauses(child):
                yield "dobj_that", clause.left_edge.i, _end(clause)
        elif dep == "prep" and child.lower_ in _CONTENT_PREPS:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                for name, s, e in _variants("pobj", objs[0]):
                    yield name.replace("pobj", f"prep_{child.lower_}"), s, e
    rev = _reversed_content(tok)
    if rev is not None:
        yield "reversed", rev[0], rev[1]


def _addressee(verb: Token, obj: Token) -> bool:
    """'Todd *asked Pence* ...', '*told NBC News*': the object of ask/tell is who was asked or
    told when it names a person, an organisation or an office, not what was said (unless it
    comes with what they were asked: 'asked *Kasich to lay out his path*')."""
    if verb.lemma_.lower() not in _ADDRESSING:
        return False
    return (
        obj.lower_ in _PERSONAL
        or obj.pos_ == "PROPN"
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lemma_.lower() in TITLE_NOUNS | ANON_NOUNS
    )


def _clause_after(verb: Token, obj: int, end: int) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and obj < c.i < end for c in verb.children)


def _subject_kind(src: Token | None) -> str:
    if src is None:
        return "none"
    if src.pos_ == "PRON":
        return f"pron_{src.lower_}"
    if src.ent_type_:
        return f"ent_{src.ent_type_}"
    return src.pos_.lower()


def _bucket(n: int) -> str:
    for limit in (1, 3, 7, 15, 30):
        if n <= limit:
            return str(limit)
    return "more"


def _under_cue(tok: Token) -> bool:
    """The verb sits inside what a reporting verb above it reports ("X said Y *wants* Z")."""
    child = tok
    for anc in tok.ancestors:
        if child.dep_ in ("ccomp", "xcomp") and anc.lemma_.lower() in cue_lemmas():
            return True
        child = anc
    return False


def _first(tok: Token) -> str:
    if tok.dep_ == "mark" or tok.lower_ in ("whether", "how", "what", "why", "to"):
        return tok.lower_
    return tok.pos_


def features(tok: Token, frame: str, start: int, end: int, src: Token | None) -> list[str]:
    """Sparse binary features of one (cue verb, frame, content) proposal."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    content = doc[start:end]
    text = content.text
    sk = _subject_kind(src)
    side = "before" if end <= tok.i else "after"
    base, _, variant = frame.partition(":")
    feats = [
        f"lemma={lemma}",
        f"frame={frame}",
        f"base={base}",
        f"variant={variant or 'full'}",
        f"lv={lemma}|{variant or 'full'}",
        f"lf={lemma}|{frame}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"subj={sk}",
        f"subj_frame={sk.split('_')[0]}|{frame}",
        f"len={_bucket(end - start)}",
        f"flen={frame}|{_bucket(end - start)}",
        f"first={_first(content[0])}",
        f"side={side}",
        f"lside={lemma}|{side}",
        f"fside={frame}|{side}",
        f"sside={sk}|{side}",
    ]
    head = content.root
    feats.append(f"head={head.lemma_.lower()}")
    if sum(1 for t in tok.sent if t.i < tok.i and t.is_quote and t.text in _QUOTES) % 2:
        feats.append("in_quote")
        feats.append(f"in_quote|{base}")
    if _under_cue(tok):
        feats.append("under_cue")
        feats.append(f"under_cue|{base}")
    feats.append(f"lsubj={lemma}|{sk.split('_')[0]}")
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        feats.append(f"clause|{frame}")
    if lemma in cue_lemmas():
        feats.append("lexicon")
        feats.append(f"lexicon|{frame}")
    if any(ch in _QUOTES for ch in text):
        feats.append("quoted")
    if src is not None and src.pos_ != "PRON":
        feats.append(f"subj_lemma={src.lemma_.lower()}")
    for child in tok.children:
        if child.dep_ == "neg":
            feats.append("neg")
        if child.dep_ == "aux" and child.tag_ == "MD":
            feats.append("modal")
        if child.dep_ == "dobj" and frame != "dobj":
            feats.append("has_dobj")
    return feats


def verb_candidates(doc: Doc) -> list[Candidate]:
    """The best-scoring content of each verb whose probability reaches the model threshold."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        src = source_of(tok)
        best: tuple[float, int, int] | None = None
        lemma = tok.lemma_.lower()
        listed = lemma in cue_lemmas()
        for frame, start, end in frames(tok):
            p = probability(features(tok, frame, start, end, src))
            if not listed and frame.partition(":")[0] not in _CLAUSAL:
                p = min(p, p * NON_CLAUSAL_DISCOUNT)
            elif lemma in SPEECH_VERBS and frame.startswith("ccomp") and src is not None:
                p = max(p, threshold())  # a reporting verb with subject and clause: always
            if best is None or p > best[0]:
                best = (p, start, end)
        cue = (tok.idx, tok.idx + len(tok.text))
        aside = _aside_candidate(tok, src, cue) if listed and src is not None else None
        if aside is not None:
            out.append(aside)
            continue
        if best is None or best[0] < threshold():
            continue
        content = _trim(doc, best[1], best[2])
        if content is None:
            continue
        out.append(
            Candidate(
                content=content,
                cue=cue,
                source_token=src,
                source=source_span(src) if src is not None else None,
                weight=best[0],
            )
        )
    return out


def _aside_candidate(tok: Token, src: Token, cue: tuple[int, int]) -> Candidate | None:
    """A reporting verb with a subject set off inside the clause it reports: the clause on
    both sides of it, in two parts."""
    pieces = _parenthetical(tok) if USE_ASIDES else None
    if pieces is None:
        return None
    doc = tok.doc
    parts = [_trim(doc, *_paragraph_clip(tok, s, e)) for s, e in pieces]
    if any(p is None for p in parts):
        return None
    spans = [p for p in parts if p is not None]
    return Candidate(
        content=(spans[0][0], spans[-1][1]),
        cue=cue,
        source_token=src,
        source=source_span(src),
        weight=max(threshold(), 0.5),
        parts=spans,
    )


def _according_phrase(tok: Token) -> list[Token] | None:
    if _per_source(tok) is not None:
        return sorted(tok.subtree, key=lambda t: t.i)
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ != "to":
        return None
    return sorted(set(tok.subtree) | set(tok.nbor().subtree), key=lambda t: t.i)


_PER_NOT = {"cent", "capita", "annum", "person", "head", "share", "hour", "day", "week"}
_PER_NOT |= {"month", "year", "minute", "second", "mile", "gallon", "unit", "barrel", "ton"}


def _per_source(tok: Token) -> Token | None:
    """', per the party's bylaws' / 'Per the report, ...': "per" set off as an aside names a
    source like "according to" ("$5 per person" is a rate, not a source)."""
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return None
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and doc[k].is_quote:
        k -= 1  # '..., the ticket," per the bylaws'
    if tok.i > tok.sent.start and doc[k].text not in (",", "—", "–", "("):
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objs or objs[0].lemma_.lower() in _PER_NOT:
        return None
    obj = objs[0]
    if obj.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    return obj


def according_candidates(doc: Doc) -> list[Candidate]:
    """'according to X': X is the source; the content is the clause the phrase modifies,
    without the phrase (in two parts when the phrase interrupts it)."""
    out = []
    for tok in doc:
        phrase = _according_phrase(tok)
        if phrase is None:
            continue
        prep = tok if tok.lower_ == "per" else tok.nbor()
        objs = [t for t in prep.children if t.dep_ == "pobj"]
        src = objs[0] if objs else None
        pieces = _around(tok, phrase)
        if not pieces:
            continue
        content = (pieces[0][0], pieces[-1][1])
        out.append(
            Candidate(
                content=content,
                cue=(tok.idx, prep.idx + len(prep.text)),
                source_token=src,
                source=source_span(src) if src is not None else None,
                weight=1.0,
                parts=pieces if len(pieces) > 1 else None,
            )
        )
    return out


def _around(tok: Token, phrase: list[Token]) -> list[tuple[int, int]]:
    """The clause ``tok`` modifies, minus ``phrase``: the piece before it and the one after."""
    doc = tok.doc
    sent: Span = tok.sent
    head = tok.head if tok.head is not tok else tok
    clause = [t.i for t in head.subtree if sent.start <= t.i < sent.end]
    if not clause:
        return []
    first, last = phrase[0].i, phrase[-1].i
    lo, hi = min(clause[0], first), max(clause[-1] + 1, last + 1)
    pieces = [_trim(doc, lo, first), _trim(doc, last + 1, hi)]
    return [p for p in pieces if p is not None and len(text_of(doc)[p[0] : p[1]].split()) > 1]
