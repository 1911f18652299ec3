"""Features of an (actor, recipient) pair in a parsed sentence, for the PLOVER pair classifier.

Bag-of-words alone tops out around 0.6-0.7 macro-F1 on PLV; the gain comes from marking the
pair in the text (``[A]``/``[R]`` tokens that a custom tokenizer keeps), the words between
them, the dependency path joining their heads, the governing verb and the root the CAMEO verb
lexicon gives it (with its object), and negation/modality. Character n-grams are left out: the
transformer it is blended with sees subwords already, and without them the blend scored higher
on held-out splits (docs/benchmarks.md, tenth session). Training and inference share this
module, so a feature means the same thing in both.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
from spacy.tokens import Doc, Span, Token

from dateline.events.embed import load_embeddings, pair_vector
from dateline.events.lexicon import lexicon
from dateline.nlp import governing_verb, text_of

__all__ = [
    "governing_verb",
    "head_token",
    "pair_dense",
    "pair_features",
    "tokens",
    "trigger_of",
]

_TOKEN = re.compile(r"\[[ar]\]|[a-z0-9]+(?:['’][a-z]+)?")
_MARK = {"A": " [A] ", "R": " [R] "}
_VERBAL = {"VERB", "AUX"}
_OBJ_DEPS = {"dobj", "obj", "attr", "oprd", "pobj", "dative", "compound", "amod", "nsubjpass"}


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens that keep the ``[A]``/``[R]`` pair markers."""
    return _TOKEN.findall(text.lower())


def _marked(sent: Span, actor: tuple[int, int], recipient: tuple[int, int] | None) -> str:
    text = text_of(sent.doc)
    marks = [(actor, "A")]
    if recipient is not None:
        marks.append((recipient, "R"))
    out, pos = [], sent.start_char
    for (start, end), tag in sorted(marks):
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(_MARK[tag])
        pos = max(pos, end)
    out.append(text[pos : sent.end_char])
    return "".join(out)


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _path(a: Token, r: Token) -> tuple[list[Token], list[Token], Token | None]:
    up_a, up_r = _chain(a), _chain(r)
    ids_r = {t.i: k for k, t in enumerate(up_r)}
    for k, t in enumerate(up_a):
        if t.i in ids_r:
            return up_a[: k + 1], up_r[: ids_r[t.i] + 1], t
    return up_a, up_r, None


def trigger_of(tok: Token | None) -> Token | None:
    """The default event predicate for an argument head: its verb, down the xcomp chain."""
    gov = governing_verb(tok.head if tok is not None else None)
    return _deepest_xcomp(gov) if gov is not None else None


def _object_words(verb: Token) -> list[str]:
    words: list[str] = []
    for child in verb.children:
        if child.dep_ in _OBJ_DEPS or child.dep_ == "prep":
            words.extend(t.lemma_.lower() for t in child.subtree if t.is_alpha)
            words.extend(t.lower_ for t in child.subtree if t.is_alpha)
    return words


def _lexicon_features(verb: Token, prefix: str) -> list[str]:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    particle = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemmas = [f"{lemma} {particle[0]}", lemma] if particle else [lemma]
    out: list[str] = []
    for lem in lemmas:
        for root, mode in lex.default(lem):
            out += [f"{prefix}cam:{root}", f"{prefix}camm:{root}|{mode}"]
        for root, mode in lex.with_object(lem, _object_words(verb)):
            out += [f"{prefix}camp:{root}", f"{prefix}campm:{root}|{mode}"]
        if out:
            break
    classes = {lex.word_class(w) for w in _object_words(verb)} - {None}
    out += [f"{prefix}objc:{c}" for c in sorted(classes)]
    return out


def _modality(verb: Token) -> list[str]:
    out = []
    for child in verb.children:
        if child.dep_ == "neg":
            out.append("neg")
        elif child.dep_ == "aux" and child.tag_ == "MD":
            out.append(f"mod:{child.lemma_.lower()}")
    if verb.dep_ in {"xcomp", "ccomp"}:
        out.append(f"under:{verb.head.lemma_.lower()}")
    out.append(f"tag:{verb.tag_}")
    return out


# Verbs that turn the predicate under them into an announced intention ("agreed to meet").
_INTENT_HEADS = {
    "agree", "plan", "intend", "promise", "pledge", "vow", "decide", "offer", "threaten",
    "want", "seek", "aim", "prepare", "expect", "hope", "consider", "propose", "commit",
}  # fmt: skip
_FUTURE_AUX = {"will", "would", "shall", "'ll", "going"}


def _intent(trig: Token, gov: Token | None) -> str | None:
    """How the trigger is framed as not yet done: ``fut`` (will/would) or ``intent:<head>``."""
    for verb in {trig.i: trig, **({gov.i: gov} if gov is not None else {})}.values():
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            return "fut"
    head = trig
    for _ in range(3):
        if head.dep_ not in {"xcomp", "ccomp"} or head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in _INTENT_HEADS:
            return f"intent:{head.lemma_.lower()}"
    return None


def _intent_features(trig: Token, gov: Token | None) -> list[str]:
    """The framing conjoined with the trigger's CAMEO roots and lemma.

    PLV codes an announced meeting or release as AGREE and an announced attack as THREATEN,
    an interaction a linear model cannot learn from separate ``mod:will`` and root features.
    """
    frame = _intent(trig, gov)
    if frame is None:
        return []
    kind = "fut" if frame == "fut" else "intent"
    lemma = trig.lemma_.lower()
    roots = {r for r, _ in lexicon().default(lemma)}
    roots |= {r for r, _ in lexicon().with_object(lemma, _object_words(trig))}
    out = [frame, f"{kind}:t:{lemma}"]
    out += [f"{kind}:cam:{r}" for r in sorted(roots)]
    return out


def _ngrams(toks: list[str], prefix: str) -> list[str]:
    out = [f"{prefix}:{t}" for t in toks]
    out += [f"{prefix}2:{a}_{b}" for a, b in itertools.pairwise(toks)]
    return out


def _between(toks: list[str]) -> tuple[list[str], list[str], list[str]]:
    marks = [i for i, t in enumerate(toks) if t in {"[a]", "[r]"}]
    if not marks:
        return [], toks[:3], toks[-3:]
    lo, hi = marks[0], marks[-1]
    return toks[lo : hi + 1], toks[max(0, lo - 3) : lo], toks[hi + 1 : hi + 4]


def _path_features(a: Token, r: Token) -> list[str]:
    up_a, up_r, lca = _path(a, r)
    if lca is None:
        return ["p:none"]
    steps = [f"{t.dep_}" for t in up_a[:-1]] + ["^" + lca.lemma_.lower()]
    steps += [f"{t.dep_}" for t in reversed(up_r[:-1])]
    out = [f"pd:{' '.join(steps)}", f"lca:{lca.lemma_.lower()}", f"lcapos:{lca.pos_}"]
    inner = [t for t in up_a[1:] + up_r[1:] if t.i not in {a.i, r.i}]
    out += [f"pl:{t.lemma_.lower()}" for t in inner]
    out.append(f"plen:{min(len(up_a) + len(up_r) - 2, 6)}")
    out.append(f"adep:{a.dep_}")
    out.append(f"rdep:{r.dep_}")
    return out


def _deepest_xcomp(verb: Token) -> Token:
    """``considering sending`` -> ``sending``: the predicate a control verb introduces."""
    for _ in range(4):
        nxt = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in _VERBAL]
        if not nxt:
            break
        verb = nxt[0]
    return verb


def pair_features(
    sent: Span,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
    trigger: Token | None = None,
) -> list[str]:
    """String features of the pair (``recipient`` may be None for one-party events).

    ``trigger`` is the event predicate when the caller knows it; otherwise the actor's
    governing verb, followed down its ``xcomp`` chain.
    """
    toks = tokens(_marked(sent, actor, recipient))
    between, left, right = _between(toks)
    feats = _ngrams(toks, "w") + _ngrams(between, "b")
    feats += [f"l:{t}" for t in left] + [f"r:{t}" for t in right]
    doc = sent.doc
    a = head_token(doc, *actor)
    r = head_token(doc, *recipient) if recipient is not None else None
    verbs: list[Token] = []
    if a is not None and r is not None and a.i != r.i:
        feats += _path_features(a, r)
        up_a, up_r, _lca = _path(a, r)
        verbs = [t for t in up_a + up_r if t.pos_ in _VERBAL and t.i not in {a.i, r.i}]
    gov = governing_verb(a.head if a is not None else None)
    if gov is not None:
        feats += [f"v:{gov.lemma_.lower()}", *_lexicon_features(gov, "g"), *_modality(gov)]
    trig = trigger if trigger is not None else trigger_of(a)
    if trig is not None:
        feats += [f"t:{trig.lemma_.lower()}", *_lexicon_features(trig, "t")]
        feats += _intent_features(trig, gov)
    for v in {t.i: t for t in verbs}.values():
        feats += [f"pv:{v.lemma_.lower()}", *_lexicon_features(v, "p")]
        feats += [f"pm:{m}" for m in _modality(v) if not m.startswith("tag")]
    if a is not None:
        feats.append(f"aent:{a.ent_type_ or a.pos_}")
    if r is not None:
        feats.append(f"rent:{r.ent_type_ or r.pos_}")
    return feats


def pair_dense(
    sent: Span,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
    trigger: Token | None = None,
) -> np.ndarray | None:
    """Static-embedding blocks of the pair (:func:`dateline.events.embed.pair_vector`).

    None when no embeddings are shipped. Spans are clipped to the sentence; the trigger is
    found as in :func:`pair_features` and embedded by its lemma.
    """
    emb = load_embeddings()
    if emb is None:
        return None
    base, end = sent.start_char, sent.end_char

    def local(span: tuple[int, int]) -> tuple[int, int]:
        lo = min(max(span[0], base), end) - base
        return lo, max(lo, min(max(span[1], base), end) - base)

    if trigger is None:
        trigger = trigger_of(head_token(sent.doc, *actor))
    lemma = trigger.lemma_.lower() if trigger is not None else None
    rec = local(recipient) if recipient is not None else None
    return pair_vector(emb, sent.text, local(actor), rec, lemma)
