"""Place names written into other things' names: people named in a family context ("his wife,
Tonya", "daughters Malia and Sasha") or after a title ("Queen Elizabeth"), and products or
schemes ("the Phoenix pay system").

Shared by the entities and places stages: NER types such names as places when a town shares
them, and an analyst then sees Obama's daughter on a map of Greece.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = [
    "KIN",
    "PARTY_MEMBERS",
    "PERSONAL_WORDS",
    "PRODUCT_NOUNS",
    "ROYAL_TITLES",
    "after_kin",
    "before_product_noun",
    "called_it",
]

KIN = frozenset(
    {
        *("wife", "husband", "son", "sons", "daughter", "daughters", "child", "children"),
        *("brother", "brothers", "sister", "sisters", "mother", "father", "mom", "dad"),
        *("grandson", "granddaughter", "grandsons", "granddaughters", "grandchildren"),
        *("nephew", "niece", "cousin", "aunt", "uncle", "stepson", "stepdaughter", "widow"),
        *("fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "partner"),
    }
)
# Nouns that make a capitalised word before them the name of a product or scheme ("the Phoenix
# pay system", "Molotov cocktails", "the Marburg virus"), not a place.
PRODUCT_NOUNS = frozenset(
    {
        *("system", "systems", "pay", "payroll", "software", "program", "programme", "app"),
        *("platform", "rocket", "missile", "missiles", "engine", "spacecraft", "lander"),
        *("cocktail", "cocktails", "virus", "strain", "vaccine", "fever", "disease", "flu"),
        *("hemorrhagic", "haemorrhagic", "influenza", "beef", "cattle", "cheese", "breed"),
    }
)
# A member of a party, as the press calls one ("the Kentucky Republican"): a group's word, not
# a person's name, though the model sometimes tags it as one.
PARTY_MEMBERS = frozenset({"republican", "democrat", "conservative", "liberal", "libertarian"})
# Titles before a given name: "Queen Elizabeth", "King Edward", "President Lincoln".
ROYAL_TITLES = frozenset(
    {
        *("queen", "king", "prince", "princess", "lord", "lady", "sir", "dame", "pope"),
        *("emperor", "empress", "duke", "duchess", "president", "saint", "st", "st."),
    }
)
_REACH = 8
# Words that refer back to a person, never to an organisation.
PERSONAL_WORDS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
_NO_REFERENCE = frozenset({"be", "seem", "appear", "take", "rain"})  # "it was": no referent


def called_it(tok: Token) -> bool:
    """ "Swissport said it had made numerous offers", "Uber argued its cars ...": a name its
    own clause then calls "it" or "its", with no "he" or "she" there, is an organisation, not
    a person (so that a later "It said" finds it)."""
    after = [t for t in tok.sent if t.i > tok.i]
    if any(t.lower_ in PERSONAL_WORDS for t in after):
        return False
    return any(
        t.lower_ in ("its", "itself")
        or (t.lower_ == "it" and t.dep_ == "nsubj" and t.head.lemma_ not in _NO_REFERENCE)
        for t in after[:12]
    )


def after_kin(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows a kinship noun, directly or in a list of
    names after it; a preposition ("his son in Texas") or any other word breaks the link."""
    i = start - 1
    while i >= 0 and start - i <= _REACH:
        t = doc[i]
        if t.lower_ in KIN:
            return True
        if not (t.text == "," or t.lower_ == "and" or (t.is_title and t.pos_ == "PROPN")):
            return False
        i -= 1
    return False


def before_product_noun(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` heads a product noun: "Phoenix pay
    system" (through one lowercase noun), "Molotov cocktails"."""
    nxt = doc[end : end + 2]
    if not len(nxt) or not nxt[0].is_lower:
        return False
    if nxt[0].lower_ in PRODUCT_NOUNS:
        return True
    return nxt[0].pos_ == "NOUN" and len(nxt) > 1 and nxt[1].lower_ in PRODUCT_NOUNS
