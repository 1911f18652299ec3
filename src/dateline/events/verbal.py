"""Words as acts: idioms, verbal blows and contests that the pair classifier misreads.

Political news borrows the language of fighting and sport ("took aim at", "slammed", "hit",
"defeated") and puts praise and support in idioms ("offered kind words about", "lined up
behind"). The pair classifier, trained on PLV's mostly international sentences, reads these
as ASSAULT or REJECT, or as nothing; a reader codes an accusation, a show of support, or (for
an election won) no event at all. These are general lexical classes, not one article's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.lexicon import lexicon

__all__ = ["BLOWS", "blow_target", "contest", "idiom", "physical", "questioned", "social"]

# Verbs of blows that news uses for words: "Clinton hammered Sanders", "Trump attacked Bush".
BLOWS = frozenset(
    [
        "attack", "hammer", "assail", "blast", "slam", "lash", "pummel", "bash", "hit", "target",
        "lambaste", "skewer", "savage", "rip", "batter", "knock", "pound",
    ]
)  # fmt: skip
# Verbs of winning a contest: an election won is no PLOVER event between the candidates.
_CONTESTS = frozenset(["defeat", "beat", "trounce", "outpoll", "edge", "upset", "outvote"])
# Word classes and words that make a blow physical: a weapon, forces, a casualty, a fight.
_PHYSICAL_CLASSES = {"weapon", "military", "aircraft", "wmd", "security"}
_HARM = frozenset(
    [
        "kill", "wound", "injure", "injury", "shoot", "shooting", "stab", "punch", "kick",
        "knife", "gun", "hospital", "dead", "death", "casualty", "blood", "police", "arrest",
        "fighting", "battle", "battlefield", "front", "troop", "soldier", "fighter", "militant",
        "rebel", "insurgent", "bomb", "explosion", "fire", "war", "border", "village", "base",
    ]
)  # fmt: skip
# "kind words for X", "harsh words for X": the adjective gives the act.
_KIND = frozenset(
    ["kind", "warm", "nice", "good", "glowing", "high", "generous", "complimentary", "flattering"]
)
_HARSH = frozenset(["harsh", "tough", "sharp", "strong", "angry", "bitter", "scathing", "choice"])
_SPEAK = frozenset(["offer", "have", "say", "speak", "share", "reserve", "save"])
# "hit Iran with sanctions", "slapped tariffs on": penalties dealt are a sanction.
_PENALTIES = frozenset(
    ["sanction", "tariff", "penalty", "fine", "embargo", "restriction", "ban", "duty", "levy"]
)
# "lined up behind X", "rallied behind X", "threw their weight behind X": support.
# ("fell behind X" lags in a race: not one of them)
_BEHIND = frozenset(["line", "rally", "unite", "coalesce", "stand", "throw", "get"])


def _pobj(tok: Token, preps: set[str]) -> Token | None:
    """The object of the first of ``preps`` under ``tok`` (or under its particle/object)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
            if found is not None and found.ent_type_ not in {"DATE", "TIME"}:
                return found
    return None


def _under(verb: Token, preps: set[str]) -> Token | None:
    """A prepositional target attached to the verb's object or particle, else to the verb."""
    hosts = [c for c in verb.children if c.dep_ in {"prt", "dobj", "obj"}] + [verb]
    return next((t for h in hosts if (t := _pobj(h, preps)) is not None), None)


def idiom(verb: Token) -> tuple[str, str | None, Token | None] | None:
    """(root, mode, target) of an idiom of accusing or supporting, else None.

    "took aim at X" and "had harsh words for X" accuse X; "offered kind words about X" and
    "lined up behind X" support X; "hit X with sanctions" sanctions X.
    """
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if lemma in BLOWS | {"slap"}:
        dealt = _pobj(verb, {"with"})
        if dealt is not None and dealt.lemma_.lower() in _PENALTIES:
            return "SANCTION", None, objs[0] if objs else None
    if lemma == "take" and any(o.lemma_.lower() == "aim" for o in objs):
        return "ACCUSE", "disapprove", _under(verb, {"at"})
    if lemma in _SPEAK:
        for o in objs:
            if o.lemma_.lower() != "word":
                continue
            mods = {t.lower_ for t in o.children if t.dep_ in {"amod", "compound"}}
            target = _under(verb, {"about", "for", "of", "on"})
            if mods & _KIND:
                return "SUPPORT", None, target
            if mods & _HARSH:
                return "ACCUSE", "disapprove", target
    if lemma in _BEHIND:
        target = _under(verb, {"behind"})
        if target is not None:
            return "SUPPORT", None, target
    return None


def physical(verb: Token) -> bool:
    """Whether the verb's clause names a weapon, forces, a casualty or a place of fighting."""
    lex = lexicon()
    for t in verb.subtree:
        lemma, lower = t.lemma_.lower(), t.lower_
        if lemma in _HARM or lower in _HARM:
            return True
        if lex.word_class(lemma) in _PHYSICAL_CLASSES or lex.word_class(lower) in _PHYSICAL_CLASSES:
            return True
    return False


def blow_target(verb: Token) -> Token | None:
    """The one struck by a blow verb used for words ("slammed Clinton", "hit out at Bush"), or
    None when the verb is no blow, has an instrument ("hit Iran with sanctions") or is physical.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BLOWS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or physical(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    return obj if obj is not None else _under(verb, {"at"})


def contest(verb: Token) -> bool:
    """A contest won or run ("defeated Mr. Cruz in Iowa", "is challenging Rep. X in Florida"),
    with no weapon or fighting in the clause."""
    lemma = verb.lemma_.lower()
    if lemma == "challenge":  # a person challenged, not a ruling or "to a debate"
        objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if not any(o.ent_type_ == "PERSON" for o in objs):
            return False
        if any(c.dep_ == "prep" and c.lower_ in {"to", "over", "on"} for c in verb.children):
            return False
        return not physical(verb)
    return lemma in _CONTESTS and not physical(verb)


# Social occasions one hosts: "hosted dinners for donors" is no meeting between parties.
_OCCASIONS = frozenset(
    [
        "dinner", "lunch", "luncheon", "breakfast", "reception", "party", "fundraiser", "gala",
        "banquet", "barbecue", "brunch", "cocktail", "tea", "picnic", "celebration",
    ]
)  # fmt: skip
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def social(verb: Token) -> bool:
    """A social occasion hosted with no named guest ("hosting dinners for donors"); "hosted a
    dinner for the Chinese president" stays a meeting."""
    if verb.lemma_.lower() not in {"host", "throw", "give", "hold", "organize", "organise"}:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not any(o.lemma_.lower() in _OCCASIONS for o in objs):
        return False
    hosts = [*objs, *(c for c in verb.children if c.lower_ in {"for", "with"})]
    spans = [t for h in hosts for t in h.subtree]
    places = {t.i for p in spans if p.lower_ in {"in", "at"} for t in p.subtree}
    return not any(t.ent_type_ in _NAMED and t.i not in places for t in spans)


def questioned(verb: Token) -> bool:
    """ "didn't ask her about it", "asked him about the emails": a question put, not a request
    to act (which has a complement, "asked X to leave", or a thing asked for, "asked for aid").
    """
    if verb.lemma_.lower() not in {"ask", "question", "quiz"}:
        return False
    kids = list(verb.children)
    if any(c.dep_ in {"xcomp", "ccomp", "advcl"} and c.pos_ in {"VERB", "AUX"} for c in kids):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
