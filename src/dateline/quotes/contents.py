"""What a cue verb reports: the content spans ("frames") the parse allows for a verb.

"X said *that ...*", "*...*, X said", "X criticized *the plan*", "X called *for ...*" and the
parenthetical "The plan, she said, is dead"; each frame is cut where the parse shows that the
reporter's own words or another report begin.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.quotes.candidate import SPEECH_VERBS, SUBJ_DEPS, WH_TAGS
from dateline.quotes.lexicon import ANON_NOUNS, TITLE_NOUNS, cue_lemmas

__all__ = ["conj_report", "frames", "paragraph_clip", "parenthetical", "relative_subject"]

_REVERSED_DEPS = {"parataxis", "ccomp", "advcl", "conj"}
_CONTENT_PREPS = {"for", "to", "about", "on", "of", "as", "against", "with"}
# End a content before a verb of saying coordinated after it ("... would fail *and warned* that
# ..."), which reports anew with the first verb's speaker (switch for measuring).
CUT_CONJ_CUES = True
# "vowed *to keep abortion legal* and celebrated the ruling": a finite verb cannot be coordinated
# with an infinitive or participle content, so it ends that content (it is the reporter's).
FINITE_AFTER_NONFINITE = True
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# "saying X and suggesting Y": a participle coordinated after a participle's clause reports anew.
PARALLEL_PARTICIPLES = True
# The person asked or told is no content ("asked Pence", "told reporters").
SKIP_ADDRESSEES = True
_ADDRESSING = {"ask", "tell"}
_PERSONAL = {"me", "us", "you", "him", "her", "them"}
_ASIDE = {",", "—", "–"}
# 'rejected *the claims* through her lawyer', 'recounted *the incident* in an interview': a
# preposition of time, place or means after the object is the writer's setting, not part of
# the object's wide reading (which keeps 'criticized *Clinton for her ties*').
WIDE_STOPS_AT_SETTING = True
_SETTING_PREPS = {
    "during",
    "through",
    "via",
    "amid",
    "amidst",
    "despite",
    "after",
    "before",
    "since",
    "following",
    "throughout",
    "at",
    "in",
    "inside",
    "outside",
    "within",
}
# A "who"/"which" clause after a comma that the parser hung on a cue as its complement is a
# relative clause, not the cue's content (span round two, nineteenth session).
SKIP_MISREAD_RELATIVES = True
# "alleges that X, *a claim that Y disputes*": an object after the reported clause, set off by a
# comma, is the writer's appositive on that clause (misparsed as an object), no second content.
SKIP_CLAUSE_APPOSITIVES = True


def _reversed_content(cue: Token) -> tuple[int, int] | None:
    """'That would happen, they said': the head clause minus the cue's own subtree."""
    head = cue.head
    if head.i == cue.i or cue.dep_ not in _REVERSED_DEPS or head.pos_ not in ("VERB", "AUX"):
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


def parenthetical(cue: Token) -> list[tuple[int, int]] | None:
    """'In his state, *Christie said*, offenders are sent ...': a cue set off by commas in the
    middle of the clause it reports; the content is the clause on both sides (token ranges)."""
    head = cue.head
    if head.i == cue.i or cue.dep_ not in _REVERSED_DEPS or head.pos_ not in ("VERB", "AUX"):
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
    if doc[lo + 1].tag_ in WH_TAGS:
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
        elif CUT_CONJ_CUES and conj_report(child, t):
            end = min(end, _before_cc(t))
    return end


def conj_report(child: Token, t: Token) -> bool:
    """'... found him "charming" *and called* his standing "unheard of"': a finite verb of
    saying coordinated after the content, with no subject of its own, reports anew; so does any
    finite verb after a non-finite content ('vowed *to keep it* and celebrated the ruling')."""
    if t.i <= child.i or t.dep_ != "conj" or any(c.dep_ in SUBJ_DEPS for c in t.children):
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


def paragraph_clip(tok: Token, start: int, end: int) -> tuple[int, int]:
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
        start, end = paragraph_clip(tok, start, end)
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
        if child.i > obj.i and _setting(child):
            break
        if child.i > obj.i and child.dep_ in ("oprd", "prep", "ccomp", "xcomp", "dative"):
            end = max(end, child.right_edge.i + 1)
        elif child.i > obj.i and child.dep_ not in ("punct",):
            break
    return end


def _setting(child: Token) -> bool:
    """A prepositional phrase that places the report in time or place, or gives its means."""
    return WIDE_STOPS_AT_SETTING and child.dep_ == "prep" and child.lower_ in _SETTING_PREPS


def relative_subject(verb: Token) -> bool:
    """ "..., whose spokesman said": the verb heads a relative clause (however it is parsed)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.tag_ in WH_TAGS for c in verb.children
    )


def _raw_frames(tok: Token) -> Iterator[tuple[str, int, int]]:
    relative = relative_subject(tok)
    for child in tok.children:
        dep = child.dep_
        if dep in ("ccomp", "parataxis") and child.i != tok.i:
            if relative and child.i < tok.i:
                continue  # the clause before a relative clause is not what it reports
            if SKIP_MISREAD_RELATIVES and _misread_relative(tok, child):
                continue
            yield from _variants("ccomp", child)
        elif dep == "xcomp":
            yield from _variants("xcomp", child)
        elif dep == "dobj":
            if SKIP_CLAUSE_APPOSITIVES and _clause_appositive(tok, child):
                continue
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


def _misread_relative(verb: Token, clause: Token) -> bool:
    """'..., said his friend, Ann Lee, *who*, like others, *recalled* ...': a clause after the
    verb opened by "who" or "which" right after a comma, with that pronoun as its subject, is a
    relative clause on the noun before it that the parser hung on the verb, which does not
    report it ('X, *which* he said *was* false' keeps its content: the pronoun comes first)."""
    doc = clause.doc
    first = clause.left_edge
    return (
        first.i > verb.i
        and first.lower_ in ("who", "which")
        and first.dep_ in ("nsubj", "nsubjpass")
        and first.head.i == clause.i
        and first.i > 0
        and (doc[first.i - 1].text == "," or _relative_after_fronted(verb, first))
    )


# '"...," X told *the lawmakers and the viewers who could guess* ...': "who" right after a noun,
# on a verb that already reports a clause before it, is a relative clause misread as a second
# report (a quotation is one report; switch for measuring).
SKIP_RELATIVES_AFTER_FRONTED = True


def _relative_after_fronted(verb: Token, first: Token) -> bool:
    before = verb.doc[first.i - 1]
    return SKIP_RELATIVES_AFTER_FRONTED and before.pos_ in ("NOUN", "PROPN") and _fronted(verb)


def _fronted(verb: Token) -> bool:
    """The verb reports a quotation before it ('"...," X told ...'); a clause without a
    quotation mark before the verb may be misparsed ('..., he tells one joke')."""
    doc = verb.doc
    return any(
        c.dep_ in ("ccomp", "parataxis")
        and c.i < verb.i
        and any(t.is_quote for t in doc[c.right_edge.i : verb.i])
        for c in verb.children
    )


def _clause_appositive(verb: Token, obj: Token) -> bool:
    """The object comes after a reported clause of the same verb, right after a comma."""
    doc = verb.doc
    start = obj.left_edge.i
    if start == 0 or doc[start - 1].text not in _ASIDE:
        return False
    return any(c.dep_ == "ccomp" and verb.i < c.i < start for c in verb.children)


def _addressee(verb: Token, obj: Token) -> bool:
    """'Todd *asked Pence* ...', '*told NBC News*': the object of ask/tell is who was asked or
    told when it names a person, an organisation or an office, not what was said (unless it
    comes with what they were asked: 'asked *Kasich to lay out his path*')."""
    if verb.lemma_.lower() not in _ADDRESSING:
        return False
    return (
        (SKIP_RELATIVES_AFTER_FRONTED and _fronted(verb) and obj.i > verb.i)
        or obj.lower_ in _PERSONAL
        or obj.pos_ == "PROPN"
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lemma_.lower() in TITLE_NOUNS | ANON_NOUNS
    )


def _clause_after(verb: Token, obj: int, end: int) -> bool:
    return any(
        c.dep_ in ("xcomp", "ccomp") and obj < c.i < end and not _misread_relative(verb, c)
        for c in verb.children
    )
