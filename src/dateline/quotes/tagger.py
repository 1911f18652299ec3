"""A token-level BIO tagger for attribution contents, to catch what the parse frames miss.

A linear model over each token's parse features (word, lemma, tag, dependency, head, the
nearest governing cue verb and the path to it, quotation-mark and sentence position) labels
tokens B/I/O; runs of B/I inside a sentence become candidate contents. Weights live in
``data/quotes/content_tagger.json`` (written by ``scripts/train_quote_tagger.py`` from PolNeAR
train). Without that file the tagger proposes nothing, so the stage still works.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from dateline.quotes.learned import learned_file
from dateline.quotes.lexicon import cue_lemmas
from dateline.quotes.model import probability, threshold
from dateline.quotes.syntax import Candidate, _trim, features, frames, source_of, source_span

__all__ = [
    "LABELS",
    "TAGGER_PATH",
    "confirmed_frame",
    "content_spans",
    "forget_features",
    "tagger_candidates",
    "token_features",
]

TAGGER_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "content_tagger.json"
LABELS = ("B", "I", "O")
MIN_TOKENS = 3
# Keep tagger spans that no cue verb governs (they get no cue and no source).
KEEP_CUELESS = False
# Without a governing cue verb, take the word the span hangs from as its cue.
HEAD_CUE = True
# Prefer a verb frame the tagger agrees with, if its score reaches this share of the threshold.
FRAME_SHARE = 0.5
# Keep a tagged span only when it confirms such a frame (on train hold-out, spans kept on
# their own added more wrong sources than right ones).
FRAMES_ONLY = True
# Without FRAMES_ONLY: keep a span that confirms no frame only when its cue has a subject.
NEED_SOURCE = True
# Weight of a tagger candidate: below the parse's own (1.0 for quotations, p for verbs).
TAGGER_WEIGHT = 0.3
_MAX_DEPTH = 6
_FEATS_KEY = "dateline.quotes.token_features"
_QUOTE_CHARS = set('"“”«»„')


@dataclass(frozen=True)
class _Columns:
    """Each token's forms, read once per document: a token's features also read its
    neighbours', its head's and its ancestors' (``lemma`` is lower-cased)."""

    lower: list[str]
    lemma: list[str]
    tag: list[str]
    dep: list[str]
    pos: list[str]
    head: list[int]
    sent_first: list[bool | None]


def _columns(doc: Doc) -> _Columns:
    cols = _Columns([], [], [], [], [], [], [])
    for t in doc:
        cols.lower.append(t.lower_)
        cols.lemma.append(t.lemma_.lower())
        cols.tag.append(t.tag_)
        cols.dep.append(t.dep_)
        cols.pos.append(t.pos_)
        cols.head.append(t.head.i)
        cols.sent_first.append(t.is_sent_start)
    return cols


def _ancestors(cols: _Columns, i: int) -> Iterator[int]:
    """``Token.ancestors`` by index: head after head up to the root."""
    for _ in range(len(cols.head)):
        if cols.head[i] == i:
            return
        i = cols.head[i]
        yield i


def _cue_ancestor(
    cols: _Columns, i: int, lemmas: frozenset[str]
) -> tuple[int | None, str, int, str]:
    """The nearest governing verb of the cue lexicon, the dependency of the path's last step
    below it, the depth and the path's last three dependencies."""
    child = i
    path = [cols.dep[i]]
    for depth, anc in enumerate(_ancestors(cols, i), start=1):
        if depth > _MAX_DEPTH:
            break
        if cols.pos[anc] in ("VERB", "AUX") and cols.lemma[anc] in lemmas:
            return anc, cols.dep[child], depth, ">".join(path[-3:])
        child = anc
        path.append(cols.dep[anc])
    return None, "", 0, ""


def _subject_kind(verb: Token) -> str:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.dep_ + "|" + (c.ent_type_ or c.pos_)
    return "none"


def _verb_ancestor(cols: _Columns, i: int) -> tuple[int | None, str]:
    """The nearest governing verb (any verb) and the dependency of the step below it."""
    child = i
    for depth, anc in enumerate(_ancestors(cols, i), start=1):
        if depth > _MAX_DEPTH:
            break
        pos = cols.pos[anc]
        if pos in ("VERB", "AUX") or (pos == "NOUN" and cols.dep[child] in ("acl", "ccomp")):
            return anc, cols.dep[child]
        child = anc
    return None, ""


def _in_quotes(doc: Doc) -> list[bool]:
    """Per token: between an opening and a closing quotation mark (straight marks toggle)."""
    out, inside = [], False
    for t in doc:
        ch = t.text[:1]
        if t.text in ("“", "«", "„"):
            inside = True
        elif t.text in ("”", "»"):
            inside = False
        elif ch == '"' and t.text == '"':
            inside = not inside
        if "\n" in t.text:
            inside = False
        out.append(inside)
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else "8+")


def token_features(doc: Doc) -> list[list[str]]:
    """Sparse string features of every token of ``doc`` (computed once per document: the
    CRF reads them too; callers must not change the lists)."""
    cached = doc.user_data.get(_FEATS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    feats = _token_features(doc)
    doc.user_data[_FEATS_KEY] = feats
    return feats


def forget_features(doc: Doc) -> None:
    """Drop the cached features (a few MB on a long article) once the finder is done."""
    doc.user_data.pop(_FEATS_KEY, None)


def _sentence_starts(doc: Doc) -> list[int]:
    """Per token: the first token of its sentence, in one pass (``Token.sent`` walks to both
    ends of the sentence for every token)."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * len(sent)
    return starts


def _token_features(doc: Doc) -> list[list[str]]:
    quoted = _in_quotes(doc)
    sentence_starts = _sentence_starts(doc)
    lemmas = cue_lemmas()
    cols = _columns(doc)
    lower, lemma, tag, dep, pos = cols.lower, cols.lemma, cols.tag, cols.dep, cols.pos
    subjects: dict[int, str] = {}  # per cue verb: many tokens share one
    has_subject: dict[int, bool] = {}  # per governing verb
    out = []
    for i in range(len(doc)):
        cue, rel, depth, path = _cue_ancestor(cols, i, lemmas)
        head = cols.head[i]
        own_cue = pos[i] in ("VERB", "AUX") and lemma[i] in lemmas
        f = [
            "bias",
            "w=" + lower[i],
            "l=" + lemma[i],
            "p=" + tag[i],
            "d=" + dep[i],
            "dp=" + dep[i] + "|" + pos[i],
            "hl=" + lemma[head],
            "hd=" + dep[i] + "|" + pos[head],
            "q=" + str(quoted[i]),
            "owncue=" + str(own_cue),
            "sfirst=" + str(cols.sent_first[i]),
            "spos=" + _bucket(i - sentence_starts[i]),
        ]
        if cue is not None:
            side = "L" if i < cue else "R"
            if cue not in subjects:
                subjects[cue] = _subject_kind(doc[cue])
            f += [
                "cue=" + lemma[cue],
                "rel=" + rel,
                "rel=" + rel + "|" + side,
                "relcue=" + rel + "|" + lemma[cue],
                "depth=" + _bucket(depth),
                "path=" + path,
                "csubj=" + subjects[cue],
                "cuerel=" + dep[cue] + "|" + rel,
                "dist=" + side + _bucket(abs(i - cue)),
            ]
        else:
            f.append("nocue")
        verb, vrel = _verb_ancestor(cols, i)
        if verb is not None:
            if verb not in has_subject:
                has_subject[verb] = any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in doc[verb].children
                )
            f += [
                "vrel=" + vrel + "|" + pos[verb],
                "vrelv=" + vrel + "|" + lemma[verb],
                "vsubj=" + str(has_subject[verb]),
            ]
        if i > 0:
            f.append("bi=" + lower[i - 1] + "|" + lower[i])
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < len(doc):
                f += [f"w{k}=" + lower[j], f"p{k}=" + tag[j], f"d{k}=" + dep[j]]
            else:
                f.append(f"w{k}=<edge>")
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[float, float, float]] | None:
    path = learned_file(TAGGER_PATH)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()}


def _tag(
    feats: list[str], weights: dict[str, tuple[float, float, float]], prev: str
) -> tuple[str, float]:
    """The greedy label of one token and its margin over the best other label."""
    b = i = o = 0.0
    for f in (*feats, "prev=" + prev):
        w = weights.get(f)
        if w is not None:
            b += w[0]
            i += w[1]
            o += w[2]
    if prev == "O" and i > max(b, o):
        return "B", i - o  # I after O opens a span
    if b >= max(i, o):
        return "B", b - max(i, o)
    return ("I", i - max(b, o)) if i >= o else ("O", o - max(b, i))


def _spans(doc: Doc, tags: list[str]) -> list[tuple[int, int]]:
    out, start = [], None
    for t, tag in zip(doc, tags, strict=True):
        if start is not None and (tag != "I" or t.is_sent_start or "\n" in t.text):
            out.append((start, t.i))
            start = None
        if tag in ("B", "I") and start is None:
            start = t.i
    if start is not None:
        out.append((start, len(doc)))
    return out


def content_spans(doc: Doc) -> list[tuple[int, int, float]]:
    """Token ranges ``[start, end)`` the tagger labels as contents (at least
    :data:`MIN_TOKENS` words) with their mean margin, or nothing when no weights are shipped."""
    weights = _weights()
    if weights is None or len(doc) == 0:
        return []
    tags: list[str] = []
    margins: list[float] = []
    prev = "O"
    for feats in token_features(doc):
        prev, margin = _tag(feats, weights, prev)
        tags.append(prev)
        margins.append(margin)
    out = []
    for s, e in _spans(doc, tags):
        while s < e and (doc[s].is_punct or doc[s].is_space) and doc[s].text not in _QUOTE_CHARS:
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if sum(1 for t in doc[s:e] if t.is_alpha) >= MIN_TOKENS:
            out.append((s, e, sum(margins[s:e]) / (e - s)))
    return out


def _governing_cue(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest cue verb outside the span that governs the span's root; failing that
    (with :data:`HEAD_CUE`), the word the span hangs from ("appeared *to ...*", "the advice
    *that ...*")."""
    root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if root is None or root.head.i == root.i:
        return None
    lemmas = cue_lemmas()
    for depth, anc in enumerate(root.ancestors, start=1):
        if depth > _MAX_DEPTH:
            break
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in lemmas:
            return anc
    head = root.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "call for *X*": the word the preposition hangs from
    return head if HEAD_CUE else None


def _half_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    common = min(a[1], b[1]) - max(a[0], b[0])
    return common > 0 and 2 * common >= a[1] - a[0] and 2 * common >= b[1] - b[0]


def confirmed_frame(doc: Doc, s: int, e: int) -> Candidate | None:
    """The best-scoring proposal of a verb governing the span whose content the tagged span
    matches: the parse's boundaries, cue and subject, rescued from a score below threshold."""
    span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
    root = next((t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i), None)
    if root is None:
        return None
    best: tuple[float, tuple[int, int], Token] | None = None
    for depth, verb in enumerate(root.ancestors, start=1):
        if depth > 3:
            break
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        src = source_of(verb)
        for frame, start, end in frames(verb):
            content = _trim(doc, start, end)
            if content is None or not _half_overlap(content, span):
                continue
            p = probability(features(verb, frame, start, end, src))
            if best is None or p > best[0]:
                best = (p, content, verb)
    if best is None or best[0] < FRAME_SHARE * threshold():
        return None
    verb = best[2]
    src = source_of(verb)
    return Candidate(
        content=best[1],
        cue=(verb.idx, verb.idx + len(verb.text)),
        source_token=src,
        source=source_span(src) if src is not None else None,
        weight=TAGGER_WEIGHT,
    )


def tagger_candidates(doc: Doc) -> list[Candidate]:
    """Tagged contents as candidates: a verb frame the span confirms, or (unless
    :data:`FRAMES_ONLY`) the span itself with cue = the nearest cue verb governing it and
    source = that verb's subject when it has one."""
    out = []
    for s, e, _ in content_spans(doc):
        frame = confirmed_frame(doc, s, e)
        if frame is not None:
            out.append(frame)
            continue
        if FRAMES_ONLY:
            continue
        cue = _governing_cue(doc, s, e)
        if cue is None and not KEEP_CUELESS:
            continue
        src = source_of(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
        if src is None and NEED_SOURCE:
            continue
        last = doc[e - 1]
        out.append(
            Candidate(
                content=(doc[s].idx, last.idx + len(last.text)),
                cue=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
                source_token=src,
                source=source_span(src) if src is not None else None,
                weight=TAGGER_WEIGHT,
            )
        )
    return out
