"""``stitched_text``, first sign: one person named two ways ("James Mattis" ... "Jim Mattis").

Copy joined from different reports keeps each report's form of a first name; one writer keeps
one. The nickname groups pair the formal and familiar forms of common first names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp import text_of
from dateline.records import Signal

__all__ = ["NICKNAMES", "name_variants"]

_NICK_GROUPS = """James Jim Jimmy Jamie|William Bill Billy Will Willie|Robert Bob Bobby Rob|
Richard Dick Rick Ricky Rich|Michael Mike Mickey|Thomas Tom Tommy|Joseph Joe Joey|
Charles Chuck Charlie|Edward Ed Eddie Ted Ned|Christopher Chris|Nicholas Nick|Daniel Dan Danny|
David Dave|Steven Steve|Stephen Steve|Anthony Tony|Jonathan Jon|Benjamin Ben|Samuel Sam|
Alexander Alex|Timothy Tim|Patrick Pat|Lawrence Larry|Ronald Ron|Donald Don|Kenneth Ken|
Andrew Andy Drew|Matthew Matt|Gregory Greg|Jeffrey Jeff|Theodore Ted Teddy|Frederick Fred|
Douglas Doug|Philip Phil|Mitchell Mitch|John Jack Johnny|Elizabeth Liz Beth Betsy|
Katherine Kate Kathy Katie|Catherine Cathy Kate|Jennifer Jen Jenny|Rebecca Becky|Susan Sue|
Margaret Maggie Peggy Meg|Bernard Bernie|Gerald Jerry|Raymond Ray|Eugene Gene|Albert Al|
Harold Hal|Henry Hank|Peter Pete|Victoria Vicky|Deborah Debbie Deb|Abraham Abe|
Jacob Jake|Joshua Josh|Zachary Zach|Nathaniel Nate|Vladimir Volodymyr|Gennady Gennadiy"""
NICKNAMES: dict[str, int] = {
    name: k
    for k, group in enumerate(_NICK_GROUPS.replace("\n", "").split("|"))
    for name in group.split()
}


# A lookahead, so "Defense James Mattis" yields "James Mattis" too.
_FIRST_LAST = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")


def name_variants(doc: Doc | None) -> list[Signal]:
    """A surname written with two first names that are forms of the same name.

    Candidates are "First Last" pairs whose surname the tagger calls a person somewhere in the
    article (the tagger often mislabels the rarer form itself). A middle name or initial
    ("Joseph R. Biden" against "Joe Biden") is formal style, not a seam, and is not a pair.
    """
    if doc is None:
        return []
    surnames = _person_surnames(doc)
    firsts: dict[str, tuple[str, int, int]] = {}
    out: list[Signal] = []
    text = text_of(doc)
    for m in _FIRST_LAST.finditer(text):
        first, last = m.group(1), m.group(2)
        if first not in NICKNAMES or last not in surnames:
            continue
        start, end = m.start(1), m.end(2)
        seen = firsts.get(last)
        if seen is None:
            firsts[last] = (first, start, end)
        elif seen[0] != first and NICKNAMES[seen[0]] == NICKNAMES[first]:
            out.append(_named_two_ways(text, start, end, seen))
    return out


def _person_surnames(doc: Doc) -> set[str]:
    """Last words of PERSON entities (before a possessive "'s" too): the surnames to pair."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].text[:1].isupper()}
    surnames |= {
        e[-2].text
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 2 and e[-1].lower_ in ("'s", "’s")
    }
    return surnames


def _named_two_ways(text: str, start: int, end: int, seen: tuple[str, int, int]) -> Signal:
    return Signal(
        kind="stitched_text",
        start=start,
        end=end,
        detail=(
            f"'{text[start:end]}' is named '{text[seen[1] : seen[2]]}' at "
            f"{seen[1]}-{seen[2]}: the same person named two ways, as when copy "
            "from different reports is joined"
        ),
        strength=0.7,
    )
