"""Attributions that no reporting verb carries: speaker labels and findings of polls.

- Transcript and headline labels: a line that opens with a name and a colon
  ("BENENSON: Senator Sanders doesn't get to decide...", "Mark Cuban: A businessman can...").
- Findings "in" a poll, survey or study: "In a new Fox News poll, Trump leads by 8 points."
- Hearsay adverbs: "The minister reportedly resigned" reports a claim whose source the text
  does not give (no source: an orphan by construction).
- A gloss after a report: '"...," X said, *referring to* the new bill' is X's report about the
  bill, which PolNeAR marks as an attribution of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.quotes._doc import text_of
from dateline.quotes.lexicon import cue_weight
from dateline.quotes.sources import source_of
from dateline.quotes.syntax import Candidate, source_span

__all__ = ["finding_candidates", "hearsay_candidates", "label_candidates", "referring_candidates"]

# A transcript quoted paragraph by paragraph opens each turn with a mark: '"PENCE: Well, ...'.
_LABEL = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]+(\S[^\n]*)", re.M
)
_HEADLINE = re.compile(r"\s*([A-Z][^:\n]{0,50}?):[ \t]+(\S[^\n]*)")
# A roundup item: the editor's summary, a dash, then who says the quotation after the colon
# ('Turnout held steady - Dana Holt: "The northern counties ..." [Poll Desk]') (switch).
USE_ROUNDUP_LABELS = True
_ROUNDUP = re.compile(
    r"^[^\n]*?\S[ \t\xa0]+[-–—][ \t\xa0]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):"
    r"[ \t\xa0]+([\"“][^\n]*[\"“”])",
    re.M,
)
_NOT_SPEAKERS = {
    "update", "related", "note", "editor", "photo", "source", "read", "watch", "video",
    "correction", "warning", "breaking", "exclusive", "opinion", "analysis", "live", "q", "a",
    "question", "answer", "transcript", "disclosure", "full", "also", "more", "see", "tags",
    "by", "contributor", "contributors", "author", "credit", "photos", "reporting", "writer",
    "posted", "published", "updated", "filed", "share", "comments", "topics", "file",
}  # fmt: skip
# Headline labels that are not names ("Poll: ...", "Clinton camp: ...") (switch for measuring).
USE_HEADLINE_LABELS = True
# A kicker before a headline's colon ("BOOM: ...", "Wow: ...", "Bombshell: ...") is the writer's
# exclamation or a tabloid flag announcing the story, not who says it (switch for measuring).
DROP_KICKERS = True
_KICKERS = {
    "boom", "wow", "whoa", "woah", "yikes", "oops", "ouch", "uh-oh", "omg", "look", "listen",
    "bombshell", "busted", "shocking", "shocker", "huge", "alert", "unreal", "incredible",
    "unbelievable", "epic", "wham", "bam", "gotcha", "caught",
}  # fmt: skip
_HEARSAY = {"reportedly", "allegedly", "purportedly", "reputedly"}
_FINDING_NOUNS = {"poll", "survey", "study", "report", "analysis", "census", "audit", "review"}


_NOT_HEADLINE_SPEAKERS = {"the", "a", "an", "this", "these", "how", "why", "what", "when", "who"}


def _is_name(doc: Doc, start: int, end: int, label: str) -> bool:
    if label.split()[0].lower().strip(".") in _NOT_SPEAKERS:
        return False
    if DROP_KICKERS and _kicker(doc, start, end, label):
        return False
    if label.isupper() and any(ch.isalpha() for ch in label):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and any(t.ent_type_ == "PERSON" for t in span):
        return True
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False  # 'Officials said on Monday: ...' is a verb's report
    return USE_HEADLINE_LABELS and _headline_speaker(text_of(doc), start, label)


def _roundup_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """The words between a roundup item's dash and colon name a person or an outlet: no verb
    ("... - Pew Research:", not "... - Polls Show:") and no label word ("Update", "Source")."""
    if label.split()[0].lower().strip(".") in _NOT_SPEAKERS or _kicker(doc, start, end, label):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _kicker(doc: Doc, start: int, end: int, label: str) -> bool:
    """'BOOM: Trump fired back', 'Wow: ...': a one-word label that is an interjection or a
    tabloid flag. Transcript turns keep their speakers ("BENENSON:"): those are names."""
    words = label.split()
    if len(words) != 1:
        return False
    if words[0].lower().rstrip("!") in _KICKERS:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "INTJ"


def _headline_speaker(text: str, start: int, label: str) -> bool:
    """'Clinton camp: Trump's rhetoric threatens security' / 'Poll: X leads': in the headline
    (the text's first line) a short capitalised label before a colon names who says the rest."""
    if text[:start].strip():
        return False
    words = label.split()
    return len(words) <= 5 and words[0].lower() not in _NOT_HEADLINE_SPEAKERS


def label_candidates(doc: Doc) -> list[Candidate]:
    """'NAME: what they said' at the start of a line, or after a roundup item's dash."""
    out = []
    text = text_of(doc)
    found = list(_LABEL.finditer(text))
    head = _HEADLINE.match(text) if USE_HEADLINE_LABELS else None
    if head is not None and not any(m.start() == head.start() for m in found):
        found.insert(0, head)
    if USE_ROUNDUP_LABELS:
        starts = {m.start() for m in found}
        found += [m for m in _ROUNDUP.finditer(text) if m.start() not in starts]
    for m in found:
        s, e = m.span(1)
        if m.re is _ROUNDUP:
            if not _roundup_name(doc, s, e, m.group(1)):
                continue
        elif not _is_name(doc, s, e, m.group(1)):
            continue
        cs, ce = m.span(2)
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if m.re is _HEADLINE and text[ce - 1] == "." and not text[cs:ce].count('"') % 2:
            ce -= 1  # a headline's closing period is not part of what was said
        if len(text_of(doc)[cs:ce].split()) < 3:
            continue
        colon = e
        out.append(Candidate((cs, ce), (colon, colon + 1), _token(doc, s), (s, e), 0.9))
    return out


def _token(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.root if span is not None else None


def _aside_end(doc: Doc, last: int) -> int:
    """'In the new poll*, conducted March 11-13,* 40 percent ...': a participle set off by
    commas right after the poll describes the poll; the finding starts after it."""
    j = last + 1
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].tag_ not in ("VBN", "VBG"):
        return last
    for k in range(j + 2, min(j + 12, len(doc))):
        if doc[k].text == ",":
            return k
        if doc[k].is_sent_start or doc[k].text in (".", ";", "\n"):
            break
    return last


# "Voters had a dim view of X *in a new poll*": the parse hangs the poll on the verb's object;
# the finding is still the clause's (first four fifths of train: the gold marks "in" 2 times in
# 2, the last fifth 2 in 2, all polls; hung on a subject or a preposition's object 3 in 14, left
# out; "find more details *in X's analysis*" is no finding, so only polls and surveys).
OBJECT_FINDINGS = True
_OBJECT_FINDING_NOUNS = {"poll", "survey"}


def _object_finding(prep: Token) -> bool:
    """'in a poll' hung on the direct object of a verb."""
    noun = prep.head
    return (
        OBJECT_FINDINGS
        and noun.dep_ == "dobj"
        and noun.head.pos_ in ("VERB", "AUX")
        and any(
            c.lemma_.lower() in _OBJECT_FINDING_NOUNS for c in prep.children if c.dep_ == "pobj"
        )
    )


def finding_candidates(doc: Doc) -> list[Candidate]:
    """'In a new poll, X leads': the poll is the source, the rest of the sentence its content."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in _FINDING_NOUNS]
        # "leads in the polls", "mired in single digits in recent surveys": a standing, not
        # one poll's finding (on PolNeAR train a plural object was a report 7 times in 45).
        objs = [c for c in objs if c.tag_ not in ("NNS", "NNPS")]
        if not objs or not (tok.head.pos_ in ("VERB", "AUX") or _object_finding(tok)):
            continue
        phrase = list(tok.subtree)
        sent = tok.sent
        before = [t for t in sent if t.i < phrase[0].i and not t.is_punct]
        after = [t for t in sent if t.i > _aside_end(doc, phrase[-1].i) and not t.is_punct]
        side = before if len(before) >= len(after) else after
        if len(side) < 3:
            continue
        content = (side[0].idx, side[-1].idx + len(side[-1].text))
        src = objs[0]
        out.append(Candidate(content, (tok.idx, tok.idx + 2), src, source_span(src), 0.8))
    return out


def hearsay_candidates(doc: Doc) -> list[Candidate]:
    """'X reportedly did Y': the clause is a claim with no source in the text; its content is
    the clause around the adverb, in two pieces when the adverb sits inside it."""
    out = []
    for tok in doc:
        if (
            tok.lower_ not in _HEARSAY
            or tok.head.i == tok.i
            or tok.head.pos_ not in ("VERB", "AUX")
        ):
            continue
        framing = _claim_frame(tok.head) if TRIM_HEARSAY_FRAME else set()
        clause = [
            t
            for t in tok.head.subtree
            if t.i != tok.i and t.sent == tok.sent and t.i not in framing
        ]
        while clause and (clause[-1].is_punct or clause[-1].is_space):
            clause.pop()
        while clause and (clause[0].is_punct or clause[0].is_space):
            clause.pop(0)
        if len(clause) < 3:
            continue
        content = (clause[0].idx, clause[-1].idx + len(clause[-1].text))
        before = [t for t in clause if t.i < tok.i]
        after = [t for t in clause if t.i > tok.i]
        parts = None
        if TRIM_HEARSAY_FRAME and before and after:
            parts = [
                (before[0].idx, before[-1].idx + len(before[-1].text)),
                (after[0].idx, after[-1].idx + len(after[-1].text)),
            ]
        cue = (tok.idx, tok.idx + len(tok.text))
        out.append(Candidate(content, cue, None, None, 0.7, parts=parts))
    return out


# 'In total, X reportedly did Y, leaving Z': the claim is "X did Y"; a scene-setting phrase
# before the subject, a trailing adverbial clause and a clause with its own subject after it
# frame the claim and are not its words (span round, twenty-first session).
TRIM_HEARSAY_FRAME = True
_LEADING_FRAME = {"advcl", "prep", "npadvmod", "advmod", "cc", "mark", "punct", "intj"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def _claim_frame(verb: Token) -> set[int]:
    """Indices of the tokens of ``verb``'s clause that frame the claim rather than state it."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    first = subjects[0].left_edge.i if subjects else verb.i
    out: set[int] = set()
    for child in verb.children:
        if child.i < first and child.dep_ in _LEADING_FRAME:
            out.update(t.i for t in child.subtree)
        elif child.i > verb.i and (
            child.dep_ == "advcl"
            or (child.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in child.children))
        ):
            start = child.left_edge.i
            while start > verb.i + 1 and verb.doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1
            out.update(range(start, child.right_edge.i + 1))
    return out


# '"...," X said, referring to Y': Y is what X spoke of (first four fifths of PolNeAR train:
# ", referring to" is a gold cue 29 times in 35; span round, twentieth session).
USE_REFERRING = True


def _reporting_ancestor(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` that reports ("said", "told"), whose subject speaks."""
    head = tok.head
    while head.i != head.head.i and cue_weight(head.lemma_.lower()) == 0:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and cue_weight(head.lemma_.lower()) > 0 else None


def referring_candidates(doc: Doc) -> list[Candidate]:
    """', referring to Y' after a report: Y is the content, the reporter the source."""
    out: list[Candidate] = []
    if not USE_REFERRING:
        return out
    for tok in doc:
        if tok.lower_ != "referring" or tok.i == 0 or doc[tok.i - 1].text not in (",", "—", "–"):
            continue
        to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
        objs = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
        reporter = _reporting_ancestor(tok)
        if not objs or reporter is None or reporter.i > tok.i:
            continue
        obj = objs[0]
        gloss = [c for c in obj.rights if c.dep_ == "appos"]
        end = gloss[0].left_edge.i if gloss else obj.right_edge.i + 1  # "Y, his adviser": Y
        words = [t for t in obj.subtree if t.sent == tok.sent and t.i < end]
        while words and (words[-1].is_punct or words[-1].is_space or words[-1].is_quote):
            words.pop()
        if not words:
            continue
        src = source_of(reporter)
        out.append(
            Candidate(
                content=(words[0].idx, words[-1].idx + len(words[-1].text)),
                cue=(tok.idx, to[0].idx + len(to[0].text)),
                source_token=src,
                source=source_span(src) if src is not None else None,
                weight=0.8,
            )
        )
    return out
