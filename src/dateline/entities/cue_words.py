"""Reporting verbs that NER glues to a name: '"...," Tweeted Murphy', a line opening "Added
Smith:" after a quotation, or a headline's "Maher Tells Critics ...".

Capitalised, such a verb looks like a first name (or a headline word), so the small model
tags "Tweeted Murphy" as one person. The name is the rest. Only inflected forms of the quotes
lexicon's cue verbs count ("Says", "Tweeted"; not the base form "Say"), and only where a cue
can stand: right after a quotation, or in a title-case headline line.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.nlp import text_of

__all__ = ["USE_CUE_WORDS", "cue_form", "strip_cue_words"]

# Switch for the rule (tests turn it off to show it matters).
USE_CUE_WORDS = True

_IRREGULAR = {"said": "say", "says": "say", "wrote": "write", "writes": "write", "told": "tell"}
_QUOTE_MARKS = frozenset({'"', "”", "“", "'", "’", "»", "''", "``"})
_CUE_LABELS = frozenset({"PERSON", "ORG"})


@lru_cache(maxsize=1 << 12)
def cue_form(word: str) -> str | None:
    """The cue lemma an inflected, capitalised word is a form of ("Tweeted" -> "tweet"); None
    for other words and for base forms, which open imperatives ("Say Yes")."""
    from dateline.quotes.lexicon import cue_weight  # late: the quotes package imports this one

    if not word[:1].isupper() or not word[1:].islower():
        return None
    low = word.lower()
    forms = [_IRREGULAR.get(low, "")]
    if low.endswith("ied"):
        forms.append(low[:-3] + "y")
    if low.endswith("ed"):
        forms += [low[:-2], low[:-1], low[:-3] if low[-3:-2] == low[-4:-3] else ""]
    if low.endswith("s"):
        forms += [low[:-1], low[:-2] if low.endswith("es") else ""]
    return next((f for f in forms if len(f) > 2 and cue_weight(f) > 0), None)


def _prev(doc: Doc, i: int) -> Token | None:
    """The token before ``i``, skipping commas and whitespace ('"...," Added')."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in {",", "—", "–"}):
        j -= 1
    return doc[j] if j >= 0 else None


def _after_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a closing quotation mark (possibly on the line before)."""
    prev = _prev(doc, i)
    return prev is not None and prev.text in _QUOTE_MARKS


def _name_word(t: Token) -> bool:
    return (t.text[:1].isupper() and t.is_alpha) or t.text in {".", "-"}


def _headline(doc: Doc, s: int, e: int) -> bool:
    """Whether the span lies in a title-case line (a headline): most of its words capitalised."""
    text = text_of(doc)
    start = text.rfind("\n", 0, doc[s].idx) + 1
    end = text.find("\n", doc[e - 1].idx)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    upper = sum(w[:1].isupper() for w in words)
    return len(words) >= 3 and upper >= 0.75 * len(words)


def _present(word: str) -> bool:
    """A headline's present-tense cue ("Tells", "Says"); not "Worried" in "Asians Worried"."""
    return word.endswith("s") and cue_form(word) is not None


def strip_cue_words(doc: Doc, s: int, e: int, label: str) -> tuple[int, int]:
    """Token bounds of a name without a glued cue verb: a leading one right after a
    quotation ("Tweeted Murphy"), or one that ends the name in a headline ("Maher Tells")."""
    if not USE_CUE_WORDS or label not in _CUE_LABELS or e - s < 2:
        return s, e
    rest = doc[s + 1 : e]
    if cue_form(doc[s].text) and _after_quotation(doc, s) and all(map(_name_word, rest)):
        return s + 1, e
    cut = next((i for i in range(s + 1, e) if _present(doc[i].text)), None)
    if cut == e - 1 and label != "PERSON":
        return s, e  # "Consumer Reports": an organisation's name may end in such a word
    if cut is not None and _headline(doc, s, e):
        return s, cut
    return s, e
