"""Titles of people ("US Secretary of Defense James Mattis", "Madsen, an investigative
journalist,") and role references bound to them ("the Pentagon chief", "the defense secretary").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities._norm import norm_token
from dateline.entities._spans import tokens_where
from dateline.entities.coding import code_phrase
from dateline.entities.honorifics import sex_of
from dateline.entities.kb import kb
from dateline.entities.mentions import ROLE_HEADS, Mention, is_role_word

__all__ = ["attach_titles", "countries_from_context", "role_key", "role_mentions"]

_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_LINKS = frozenset({"of", "for"})
# Offices that an institution's "chief"/"head" holds; a small table for the common cases.
_INSTITUTION_ROLE = {
    "pentagon": "secretary defense",
    "defense department": "secretary defense",
    "defense ministry": "minister defense",
    "state department": "secretary state",
    "foreign ministry": "minister foreign",
    "foreign office": "minister foreign",
    "kremlin": "president",
    "white house": "president",
    "treasury": "minister treasury",
}
_ROLE_SYNONYMS = {"ministry": "minister", "affairs": "", "the": ""}
_HEAD_OF = frozenset({"chief", "head", "boss"})
# Where someone is from, not an office: "Brunson, a North Carolina native,".
_ORIGIN_NOUNS = frozenset({"native", "natives", "resident", "residents"})


def role_key(title: str) -> str:
    """Order-free key of an office: "Secretary of Defense" == "defense secretary"."""
    words = []
    for w in title.lower().replace("-", " ").split():
        w = norm_token(w)
        w = _ROLE_SYNONYMS.get(w, w)
        if w and w not in _LINKS and w not in {"us", "deputy"}:
            words.append(w)
    return " ".join(sorted(words))


def _country_of(m: Mention | None) -> str | None:
    if m is not None and m.label == "GPE" and m.place_country:
        return m.place_country  # "Virginia delegate": the state, whatever the table lists
    if m is None or m.entry is None or m.label not in {"GPE", "NORP"}:
        return None
    code = m.entry.code()
    return code.country if code and code.country else None


def _premodifier(doc: Doc, m: Mention, at: dict[int, Mention]) -> tuple[str, str | None] | None:
    """The title written before the name, and the country written before the title."""
    end = m.tok_start
    honorific = _honorific_start(doc, end) if HONORIFICS_END_TITLES else None
    if honorific is not None:  # "British diplomat Sir Peter Westmacott": the title is before "Sir"
        end = honorific
        if end > 0 and doc[end - 1].lower_ in _LINKS:
            return None  # "former critics of Mr Trump": no office
    i = end - 1
    if i >= 0 and doc[i].tag_ in {"NNS", "NNPS"} and not doc[i].text[:1].isupper():
        return None  # "the number of refugees Obama will accept": a title is singular
    # (a capitalised plural ends an office's name: "Minister for Foreign Affairs Julie Bishop")
    first = _title_start(doc, end, at)
    if first is None:
        return None
    first = _past_links(doc, first, end)
    words = doc[first:end]
    if not len(words) or not any(is_role_word(t.text) for t in words):
        return None
    if HONORIFICS_END_TITLES and all(t.lower_ in _TENSE_ONLY for t in words):
        return None  # "the former Mrs. Trump": when, not what
    j = first - 1
    if j >= 0 and doc[j].lower_ in {"'s", "’s"}:
        j -= 1
    return words.text, _country_of(at.get(j))


# An honorific right before the name ("Mr Trump", "Sir Peter") ends the title before it, and
# is no part of it ("diplomat Sir" is no office).
HONORIFICS_END_TITLES = True


_TENSE_ONLY = frozenset({"former", "current", "then", "late", "onetime", "longtime", "future"})


def _honorific_start(doc: Doc, start: int) -> int | None:
    """The token index of a capitalised honorific (and its full stop) right before ``start``."""
    i = start - 1
    if i >= 1 and doc[i].text == "." and not doc[i - 1].whitespace_:
        i -= 1
    ok = i >= 0 and sex_of(doc[i].text) is not None and doc[i].text[:1].isupper()
    return i if ok else None


def _title_start(doc: Doc, end: int, at: dict[int, Mention]) -> int | None:
    """The first token of the run of title-like words (at most six) before token ``end``
    (where the name, or its honorific, starts), which stops at another mention other than an
    organisation after a link word."""
    i = end - 1
    first = None
    while i >= 0 and end - i <= 6:
        t = doc[i]
        other = at.get(i)
        if other is not None and not (
            other.label == "ORG" and i > 0 and doc[i - 1].lower_ in _LINKS
        ):
            break
        abbreviation_stop = (  # the full stop of "Sgt." when spaCy splits it off
            t.text == "."
            and i > 0
            and not doc[i - 1].whitespace_
            and len(doc[i - 1]) <= 4
            and is_role_word(doc[i - 1].text)
        )
        if t.pos_ in _TITLE_POS or abbreviation_stop or (t.lower_ in _LINKS and first is not None):
            first = i
            i -= 1
            continue
        break
    return first


def _past_links(doc: Doc, first: int, end: int) -> int:
    """The title's start moved past leading link words and hyphens, and past a link word
    that no role word precedes."""
    while first < end and (doc[first].lower_ in _LINKS or "-" in doc[first].text):
        first += 1
    for k in range(first, end):  # "support for President Assad": the title follows "for"
        if doc[k].lower_ in _LINKS and not any(is_role_word(t.text) for t in doc[first:k]):
            first = k + 1
    return first


def _apposition(doc: Doc, m: Mention) -> str | None:
    """ "Madsen, a Washington-based author and investigative journalist, said" -> the last
    role noun of the apposition with its modifiers."""
    i = m.tok_end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
        j += 1
    if PLACE_ASIDES and _circumstance(doc, j):
        return None
    end = j
    while end < len(doc) and doc[end].text not in {",", ".", ";", ":"} and end - j < 10:
        end += 1
    roles = [k for k in range(j, end) if _role_head(doc, k, j)]
    if not roles:
        return None
    head = roles[-1]
    if PLACE_ASIDES and doc[head].tag_ == "NNS":
        return None  # "Mr Trump, officials said": a plural is others, not his office
    if any(doc[k].pos_ in {"VERB", "AUX", "PRON", "SCONJ"} for k in range(j, head)):
        return None  # a clause ("Obama, who wants to admit refugees,"), not an apposition
    s = head
    while s - 1 >= j and doc[s - 1].pos_ in {"ADJ", "NOUN"} and "-" not in doc[s - 1].text:
        s -= 1
    if s - 2 >= j and doc[s - 1].text == "-" and s < head:
        s -= 2  # the whole of "long-time dictator", not "time dictator"
    return doc[s : head + 1].text


# "Donald, then in college, did not approve": an aside that opens with a preposition (after
# "then"/"now") says where or when someone was, not their office ("college" is no title);
# "as a presidential candidate" still names one.
PLACE_ASIDES = True
_ASIDE_ADVERBS = frozenset({"then", "now", "still", "once", "later"})


def _circumstance(doc: Doc, j: int) -> bool:
    while j < len(doc) and doc[j].lower_ in _ASIDE_ADVERBS:
        j += 1
    return j < len(doc) and doc[j].pos_ == "ADP" and doc[j].lower_ not in {"of", "for", "as"}


def _role_head(doc: Doc, k: int, j: int) -> bool:
    """Whether token ``k`` ends a role: a role noun ("journalist") or two-word role phrase
    ("chief executive"); not a possessor ("the company's") nor an origin ("a native")."""
    t = doc[k]
    if t.pos_ != "NOUN" or t.lower_ in _ORIGIN_NOUNS:
        return False
    if k + 1 < len(doc) and doc[k + 1].lower_ in {"'s", "\u2019s"}:
        return False
    pair = k > j and kb().agent([norm_token(doc[k - 1].text), norm_token(t.text)]) is not None
    return pair or is_role_word(t.text)


def attach_titles(doc: Doc, mentions: list[Mention]) -> None:
    """Set ``title`` (and the country written with it) on PERSON mentions."""
    at = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    for m in mentions:
        if m.label != "PERSON" or m.role:
            continue
        pre = _premodifier(doc, m, at)
        if pre:
            m.title, m.title_country = pre
        else:
            m.title = _apposition(doc, m)
            if m.title:
                m.notes.add("apposition")


_OFFICE_WORDS = frozenset(
    {
        *("minister", "ministry", "secretary", "department", "office", "deputy", "vice"),
        *("chief", "head", "prime", "first", "general", "state", "of", "for", "the", "and"),
    }
)
_INSTITUTIONS = frozenset({"ministry", "minister", "department", "secretary", "office"})


def _portfolio(title: str) -> frozenset[str]:
    """The field of an office ("Defence Minister" -> {defense}); empty for a bare rank."""
    return frozenset(norm_token(w) for w in title.replace("-", " ").split()) - _OFFICE_WORDS


def _offices(doc: Doc, mentions: list[Mention]) -> list[tuple[str, list[str]]]:
    """(country, the words after it) for each mention of a country, read once per article
    rather than once per titled person."""
    out = []
    for m in mentions:
        country = _country_of(m)
        if country is None:
            continue
        after = [norm_token(t.text) for t in doc[m.tok_end : m.tok_end + 4]]
        out.append((country, [w for w in after if w not in {"'s", "s", ""}]))
    return out


def _office_countries(offices: list[tuple[str, list[str]]], field: frozenset[str]) -> set[str]:
    """Countries whose office of that field the text names: "Moldova's defence ministry",
    "the Moldovan defence minister"."""
    return {
        country
        for country, after in offices
        if field & set(after[:2]) and _INSTITUTIONS & set(after[:3])
    }


def countries_from_context(doc: Doc, mentions: list[Mention]) -> None:
    """A title written without its country ("Defence Minister Anatolie Nosatai") takes it
    from the text when the text names exactly one country's office of that field."""
    # read once: giving a person a title country changes no mention of a country
    offices: list[tuple[str, list[str]]] | None = None
    for m in mentions:
        if m.label != "PERSON" or not m.title or m.title_country:
            continue
        field = _portfolio(m.title)
        if not field:
            continue
        offices = _offices(doc, mentions) if offices is None else offices
        found = _office_countries(offices, field)
        if len(found) == 1:
            m.title_country = found.pop()


def role_mentions(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """Definite role references ("the defense secretary") as mentions, with their role key."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for i in tokens_where(doc, "LOWER", lambda w: w in ROLE_HEADS or w in _HEAD_OF):
        t = doc[i]
        lemma = t.lower_
        if t.i in taken or (lemma not in ROLE_HEADS and lemma not in _HEAD_OF):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # a title before a name, not a reference
        mods = [c for c in t.lefts if c.dep_ in {"compound", "amod"}]
        s = min([c.i for c in mods], default=t.i)
        words = doc[s : t.i + 1]
        inst = " ".join(norm_token(w.text) for w in words[:-1])
        office = _INSTITUTION_ROLE.get(inst, "") if lemma in _HEAD_OF else words.text
        k = role_key(office)
        if not k:
            continue
        m = Mention(words.start_char, words.end_char, "PERSON", words.text, s, t.i + 1)
        m.role = True
        code = code_phrase(words.text)[0]
        m.title_country = code.country if code and code.country else None
        out.append((m, k))
    return out
