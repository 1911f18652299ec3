"""A linear-chain CRF that labels attribution contents, sources and cues token by token.

The parse-driven finder only sees what a verb frame or a quotation mark proposes; this labeller
proposes spans on its own (noun cues, "according to", odd frames) and gives learned boundaries.
Labels are BIO over three roles: ``C`` content, ``S`` source, ``Q`` cue (content wins where
roles nest). Weights live in ``data/quotes/crf.json`` (written by
``scripts/train_quote_crf.py`` with python-crfsuite from PolNeAR train); decoding is Viterbi in
numpy, so nothing beyond numpy is needed at run time. Without the file nothing is proposed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from dateline.quotes.learned import learned_file
from dateline.quotes.lexicon import cue_lemmas
from dateline.quotes.neural import load_neural
from dateline.quotes.syntax import Candidate, _trim, fronted_participle, source_of, source_span
from dateline.quotes.tagger import _governing_cue, token_features

__all__ = [
    "CRF_PATH",
    "LABELS",
    "Tagged",
    "crf_candidates",
    "crf_features",
    "decode",
    "marginals",
    "tag_doc",
]

CRF_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "crf.json"
LABELS = ("O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q")
# Label with the fine-tuned transformer (quotes.neural) when it is shipped, not the CRF.
USE_NEURAL = True
# Noun and preposition cues the verb lexicon lacks ("the claim that", "according to").
_AUXILIARIES = {"be", "have", "do"}
# A tagged source counts from this mean probability; a lone "it" never does (it is mostly
# expletive: "it is fair to say"), and the parse's subject is taken instead.
MIN_SOURCE = 0.5
# A fronted participle ("Asked whether ..., she said") names no asker: no tagged source.
NO_ASKER = True
_NOUN_CUES = {
    "accord", "claim", "statement", "view", "belief", "argument", "warning", "promise",
    "call", "demand", "criticism", "suggestion", "assertion", "charge", "allegation",
    "report", "opinion", "plan", "concern", "fear", "hope", "idea", "notion", "proposal",
    "support", "opposition", "comment", "remark", "praise", "accusation", "insistence",
}  # fmt: skip


@dataclass(frozen=True)
class Tagged:
    """One labelled span: token range ``[start, end)``, its role (C, S or Q) and the mean
    probability of that role over its tokens."""

    role: str
    start: int
    end: int
    prob: float = 1.0


def _window_flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token: its sentence has a cue verb / a quotation mark."""
    lemmas = cue_lemmas()
    has_cue = [False] * len(doc)
    has_quote = [False] * len(doc)
    for sent in doc.sents:
        cue = any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lemmas for t in sent)
        quote = any(t.is_quote for t in sent)
        for t in sent:
            has_cue[t.i] = cue
            has_quote[t.i] = quote
    return has_cue, has_quote


def crf_features(doc: Doc) -> list[list[str]]:
    """The tagger's token features plus entity, noun-cue and sentence-level features. (Marks
    of where the parse's verb frames and the quotations start and end were tried: no gain.)"""
    base = [list(f) for f in token_features(doc)]
    has_cue, has_quote = _window_flags(doc)
    for t, f in zip(doc, base, strict=True):
        head = t.head
        f += [
            "ent=" + (t.ent_iob_ + t.ent_type_ if t.ent_type_ else "-"),
            "hent=" + (head.ent_type_ or "-"),
            "ncue=" + str(t.lemma_.lower() in _NOUN_CUES),
            "hncue=" + str(head.lemma_.lower() in _NOUN_CUES),
            "scue=" + str(has_cue[t.i]),
            "squote=" + str(has_quote[t.i]),
            "shape=" + (t.shape_[:4] if not t.is_alpha else ("X" if t.is_title else "x")),
            "hh=" + head.head.lemma_.lower(),
            "hdd=" + t.dep_ + "|" + head.dep_,
        ]
    return [[_clean(x) for x in f] for f in base]


def _clean(name: str) -> str:
    """Whitespace-free feature names (crfsuite's model dump splits on whitespace)."""
    return name if name.isprintable() and " " not in name else "_".join(name.split()) + "~"


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, np.ndarray], np.ndarray] | None:
    path = learned_file(CRF_PATH)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["labels"]) != LABELS:
        return None
    scale = float(data.get("scale", 1.0))
    state = {k: np.asarray(v, dtype=np.float32) / scale for k, v in data["state"].items()}
    trans = np.asarray(data["transitions"], dtype=np.float32)
    return state, trans


def decode(emit: np.ndarray, trans: np.ndarray) -> list[int]:
    """The best label sequence for emission scores ``emit`` (n x L) and transitions (L x L)."""
    n = emit.shape[0]
    if n == 0:
        return []
    score = emit[0].copy()
    back = np.zeros((n, emit.shape[1]), dtype=np.int32)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emit[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


def marginals(emit: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Per-token label probabilities (forward-backward in log space)."""
    n, k = emit.shape
    alpha = np.zeros((n, k), dtype=np.float64)
    beta = np.zeros((n, k), dtype=np.float64)
    alpha[0] = emit[0]
    for i in range(1, n):
        alpha[i] = np.logaddexp.reduce(alpha[i - 1][:, None] + trans, axis=0) + emit[i]
    for i in range(n - 2, -1, -1):
        beta[i] = np.logaddexp.reduce(trans + (emit[i + 1] + beta[i + 1])[None, :], axis=1)
    post = alpha + beta
    post -= np.logaddexp.reduce(post, axis=1)[:, None]
    return np.exp(post)


def _emissions(feats: list[list[str]], state: dict[str, np.ndarray]) -> np.ndarray:
    emit = np.zeros((len(feats), len(LABELS)), dtype=np.float32)
    for i, f in enumerate(feats):
        for name in f:
            w = state.get(name)
            if w is not None:
                emit[i] += w
    return emit


def _spans(labels: list[str]) -> list[Tagged]:
    out: list[Tagged] = []
    role, start = None, 0
    for i, lab in enumerate([*labels, "O"]):
        kind = lab[2:] if lab != "O" else None
        if role is not None and (lab.startswith("B-") or kind != role):
            out.append(Tagged(role, start, i))
            role = None
        if kind is not None and role is None:
            role, start = kind, i
    return out


def _bio_transitions() -> np.ndarray:
    """Log transition scores that forbid an ``I-X`` after anything but ``B-X`` or ``I-X``."""
    trans = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            for i, prev in enumerate(LABELS):
                if prev[2:] != lab[2:]:
                    trans[i, j] = -1e4
    return trans


_BIO = _bio_transitions()
_Scored = tuple[np.ndarray, np.ndarray, np.ndarray]  # emissions, probabilities, transitions


def _neural_scores(doc: Doc) -> _Scored | None:
    """The fine-tuned tagger's log-probabilities and probabilities, decoded under BIO rules."""
    tagger = load_neural() if USE_NEURAL else None
    if tagger is None or tagger.labels != LABELS:
        return None
    post = tagger.proba(doc)
    return np.log(np.maximum(post, 1e-9)), post, _BIO


def _crf_scores(doc: Doc) -> _Scored | None:
    model = _model()
    if model is None:
        return None
    state, trans = model
    emit = _emissions(crf_features(doc), state)
    return emit, marginals(emit, trans), trans


def tag_doc(doc: Doc) -> list[Tagged]:
    """Content, source and cue spans of ``doc`` in token order: the fine-tuned tagger's
    (:mod:`dateline.quotes.neural`) where it is shipped, else the CRF's; none without either."""
    if len(doc) == 0:
        return []
    scored = _neural_scores(doc) or _crf_scores(doc)
    if scored is None:
        return []
    emit, post, trans = scored
    spans = _spans([LABELS[k] for k in decode(emit, trans)])
    out = []
    for sp in spans:
        cols = [LABELS.index("B-" + sp.role), LABELS.index("I-" + sp.role)]
        prob = float(post[sp.start : sp.end, cols].sum(axis=1).mean())
        out.append(Tagged(sp.role, sp.start, sp.end, prob))
    return out


def _sent_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the sentences that span ``[start, end)``."""
    return doc[start].sent.start, doc[end - 1].sent.end


def _nearest(spans: list[Tagged], lo: int, hi: int, to: tuple[int, int]) -> Tagged | None:
    """The span in ``[lo, hi)`` outside ``to`` that lies closest to it."""
    best, dist = None, None
    for sp in spans:
        if sp.start < lo or sp.end > hi or (sp.start < to[1] and to[0] < sp.end):
            continue
        d = to[0] - sp.end if sp.end <= to[0] else sp.start - to[1]
        if dist is None or d < dist:
            best, dist = sp, d
    return best


def _root(doc: Doc, start: int, end: int):
    for t in doc[start:end]:
        if not start <= t.head.i < end or t.head.i == t.i:
            return t
    return doc[start]


def _left_edge(doc: Doc, start: int, end: int) -> int:
    """Move ``start`` left over the words that hang from the span ('*As* many as 100,000
    troops'): a content does not begin inside a phrase."""
    lo = doc[start].sent.start
    while start > lo:
        prev = doc[start - 1]
        if prev.is_punct or prev.is_space or prev.dep_ in ("mark", "cc"):
            break
        if not start <= prev.head.i < end:
            break
        start -= 1
    return start


def crf_candidates(doc: Doc) -> list[Candidate]:
    """Tagged contents as candidates, each with the nearest tagged cue and source of its
    sentences (failing those, the parse's governing cue verb and its subject). A cue tagged on
    an auxiliary or modal ('troops *are* expected', '*will* be dubbed') moves to its verb; a
    bare 'be' is no cue."""
    tagged = tag_doc(doc)
    cues = [t for t in tagged if t.role == "Q"]
    sources = [t for t in tagged if t.role == "S" and t.prob >= MIN_SOURCE]
    sources = [t for t in sources if t.end - t.start > 1 or doc[t.start].lower_ != "it"]
    out = []
    for c in (t for t in tagged if t.role == "C"):
        content = _trim(doc, _left_edge(doc, c.start, c.end), c.end)
        if content is None or sum(1 for t in doc[c.start : c.end] if t.is_alpha) < 1:
            continue
        lo, hi = _sent_range(doc, c.start, c.end)
        cue = _nearest(cues, lo, hi, (c.start, c.end))
        cue_tok = _root(doc, cue.start, cue.end) if cue is not None else None
        if cue_tok is None:
            cue_tok = _governing_cue(doc, c.start, c.end)
        if cue_tok is not None and (cue_tok.lemma_.lower() in _AUXILIARIES or cue_tok.tag_ == "MD"):
            cue_tok = cue_tok.head if cue_tok.dep_ in ("aux", "auxpass") else None
            if cue_tok is None or cue_tok.lemma_.lower() in _AUXILIARIES:
                continue
        near = (cue.start, cue.end) if cue is not None else (c.start, c.end)
        src = _nearest(sources, lo, hi, near)
        if NO_ASKER and cue_tok is not None and fronted_participle(cue_tok):
            src = None  # "Asked whether ..., she said": her tagged name is the answer's source
        src_tok = _root(doc, src.start, src.end) if src is not None else None
        if src is None and cue_tok is not None and cue_tok.pos_ in ("VERB", "AUX"):
            src_tok = source_of(cue_tok)
        out.append(
            Candidate(
                content=content,
                cue=(cue_tok.idx, cue_tok.idx + len(cue_tok.text)) if cue_tok is not None else None,
                source_token=src_tok,
                source=_chars(doc, src)
                if src is not None
                else (source_span(src_tok) if src_tok is not None else None),
                weight=c.prob,
                tagged=frozenset(r for r, sp in (("Q", cue), ("S", src)) if sp is not None),
            )
        )
    return out


def _chars(doc: Doc, sp: Tagged) -> tuple[int, int]:
    last = doc[sp.end - 1]
    return doc[sp.start].idx, last.idx + len(last.text)
