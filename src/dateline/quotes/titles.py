"""Which person a title or role noun source names ("the Turkish president", "the businessman").

A title matches the one person entity whose title shares a word with it and names each place it
does; failing that, a singular role noun with "the" is the one person of its sentence or the one
before who spoke or was a subject (:class:`TitleAntecedents`), unless the article already used
the noun for someone it did not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dateline.entities.kb import kb
from dateline.entities.naming import KIN
from dateline.quotes._doc import text_of
from dateline.quotes.lexicon import ROLE_NOUNS
from dateline.quotes.mentions import Speaker, party_member
from dateline.quotes.names import PERSON_TYPES
from dateline.quotes.seen import Mention, Seen
from dateline.records import Entity

__all__ = [
    "COUNTRY_TITLES",
    "ROLE_ANTECEDENTS",
    "TitleAntecedents",
    "definite",
    "described_before",
    "title_match",
    "title_places",
]

# "..., said the New York businessman": a role noun is the one person just before it.
ROLE_ANTECEDENTS = True
# "Gina Rodriguez ... the star's identity": a role noun after a name in its sentence is that person.
NAMED_SENTENCES = True
# "the nation's largest gun group": a common-noun possessor with "the" makes a noun definite.
POSSESSED_DEFINITE = True
# ... and, among several people there, the one of them who spoke, when only one did.
SPEAKER_FIRST = True
# "the Turkish president": a country or demonym before a title matches the actor's country.
COUNTRY_TITLES = True
# "When the moderator pointed out that Trump hadn't answered, the candidate said": the one
# person of the role noun's own sentence, though named in someone else's words.
NESTED_OWN = True
# ... and two sentences back, when the sentence between names only that person.
ROLE_CHAINS = True
# A role noun with a description in apposition introduces a new person: no antecedent.
INTRODUCTIONS = True
# "the former Mexican leader" matches a person whose title is a head of state's or government's.
LEADER_TITLES = True
HEAD_TITLES = frozenset({"president", "premier", "chancellor", "prime"})
# ... but not "the Senate minority leader", whose other words name a lesser office.
LESSER_LEADERS = True
_POSSESSIVE = ("'s", "’s")
# "the former CEO of a firm" is not "former President Bush": a word that only says when someone
# held an office names no office, so sharing it matches no one.
TENSE_WORDS = frozenset({"former", "current", "outgoing", "incoming", "onetime", "longtime"})
# Abbreviated titles as the entities stage keeps them ("Gov." for "the governor").
ABBREVIATED_TITLES = {
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator",
    "rep.": "representative", "gen.": "general", "sec.": "secretary", "pres.": "president",
    "lt.": "lieutenant", "sgt.": "sergeant", "capt.": "captain", "col.": "colonel",
    "det.": "detective", "insp.": "inspector", "supt.": "superintendent",
}  # fmt: skip
_BEFORE_CHARS = 24


def title_match(
    title_text: str,
    entities: Sequence[Entity],
    places: frozenset[str] = frozenset(),
    text: str | None = None,
) -> Entity | None:
    """The one person whose title shares a word with ``title_text`` and names each place
    the title does (``places``): "the Florida senator" is not the senator from Vermont. With
    the article's ``text``, a place written right before one of the person's mentions counts
    ("New Jersey Gov. Chris Christie" is "the New Jersey governor")."""
    padded = f" {title_text} "
    named = [e for e in entities if e.type in PERSON_TYPES and f" {e.name} " in padded]
    if len(named) == 1:  # "former Vermont governor Howard Dean": the name is there
        return named[0]
    words = {w.lower() for w in title_text.split() if len(w) > 3} - TENSE_WORDS
    office = {w for w in words if not w.endswith(_POSSESSIVE)} - {"leader"} - places
    lesser = LESSER_LEADERS and bool(office)  # (a possessive says whose: "the country's")
    if LEADER_TITLES and "leader" in words and not lesser:
        words |= HEAD_TITLES  # "the former Mexican leader": its president or premier
    hits = []
    for e in entities:
        own = {w.lower() for w in (e.title or "").split()}
        own |= {ABBREVIATED_TITLES[w] for w in own if w in ABBREVIATED_TITLES}
        if e.type in PERSON_TYPES and words & own and _places_fit(places, own, e, text):
            hits.append(e)
    return hits[0] if len(hits) == 1 else None


def _places_fit(
    places: frozenset[str], own: set[str], ent: Entity, text: str | None = None
) -> bool:
    """Each place word of the title is in the person's title, or is a country or its people
    whose code is the person's actor country ("the Turkish president" for Erdogan, coded TUR;
    "the Florida senator" still needs "Florida" in the title), or, given the article's ``text``,
    is written just before one of the person's mentions."""
    country = ent.actor.country if ent.actor else None
    left = [
        p
        for p in places
        if p not in own and not (COUNTRY_TITLES and country and _country(p) == country)
    ]
    # the words before each of the person's mentions, read only when a place is still unmet
    return not left or (text is not None and set(left) <= _words_before(text, ent))


def _words_before(text: str, ent: Entity) -> set[str]:
    """The words written just before the person's mentions ("New Jersey Gov." before "Chris
    Christie"), where a name's place and title stand."""
    words: set[str] = set()
    for m in ent.mentions:
        words.update(w.lower() for w in text[max(0, m.start - _BEFORE_CHARS) : m.start].split())
    return words


def _country(word: str) -> str | None:
    """The country a country name or demonym ("turkish") codes to, else None."""
    entries = [e for e in kb().lookup(word) if e.kind in ("country", "demonym")]
    code = entries[0].code() if entries else None
    return code.country if code else None


def _sentence_before(doc: Doc, start: int) -> int:
    """The first token of the sentence before the one starting at ``start`` (itself at 0)."""
    return doc[start - 1].sent.start if start > 0 else start


def described_before(tok: Token) -> bool:
    """The role noun already named someone, not as a subject and without a name ("beside the
    leader of the GRS team" before "the team leader"): it refers back to that description, not
    to the last speaker. ("businessman Donald Trump" names a person and does not count, nor
    does a use after a person named earlier in its sentence, which refers back to them.)"""
    for t in tok.doc[: tok.i]:
        if t.lemma_ != tok.lemma_ or t.tag_ != "NN" or t.dep_ in ("nsubj", "nsubjpass"):
            continue  # a subject "the governor" is itself read as the person before it
        named = t.head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in t.children)
        if NAMED_SENTENCES and not named:  # "Gina Rodriguez ... questioned the star's identity"
            named = any(w.ent_type_ == "PERSON" for w in t.doc[t.sent.start : t.i + 2])
        if not named and any(c.lower_ == "the" for c in t.lefts):
            return True
    return False


def _introduced(tok: Token) -> bool:
    """ "The Grand Mufti, the highest official of religious law in Egypt, condemned": a role
    noun with a description set off after it introduces someone new, not the last speaker."""
    return INTRODUCTIONS and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children)


def _two_back(seen: Seen, at: int, here: int) -> list[Mention]:
    """The person mentions two sentences back, not in anyone's words."""
    return [
        m
        for m in seen.mentions
        if m.pos < at
        and seen.narrative_gap(m.sent, here) == 2
        and m.speaker.kind == "person"
        and not m.nested
    ]


def _proper_role(tok: Token) -> bool:
    """ "The Grand Mufti": a capitalised singular role noun."""
    return tok.tag_ == "NNP" and tok.lower_ in ROLE_NOUNS


def definite(tok: Token) -> bool:
    """A noun with "the", or whose possessor is a common noun with "the" ("the nation's
    largest gun group", "the country's top diplomat"): one the text has in view."""
    if any(c.lower_ == "the" for c in tok.lefts):
        return True
    return POSSESSED_DEFINITE and any(
        c.dep_ == "poss" and c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.lefts)
        for c in tok.lefts
    )


def _who(pool: list) -> set[str]:
    """The distinct people of a list of seen mentions."""
    return {m.speaker.entity or m.speaker.name or "" for m in pool}


def title_places(tok: Token) -> frozenset[str]:
    """The place or nationality words before a title noun ("the *Florida* senator")."""
    return frozenset(c.lower_ for c in tok.lefts if c.ent_type_ in ("GPE", "NORP", "LOC"))


# "the Democratic front-runner" is no person the text calls a Republican ("Republican
# front-runner Donald Trump", "Ted Cruz (R-Texas)", "Trump, the Republican nominee,").
PARTY_AGREEMENT = True
_PARTY_WORDS = {
    "gop": "R", "republican": "R", "republicans": "R", "democratic": "D", "democrat": "D",
    "democrats": "D",
}  # fmt: skip
_PARTY = r"(GOP|Republican|Democratic|Democrat)"
# "(R-Texas)", "(D-Nev.)" right after a name ("(I-Vt.)" names no party: an independent may
# still run as "the Democratic candidate")
_PARTY_AFTER = re.compile(r"\s*\(([RD])-")
# "Republican presidential front-runner Donald Trump": the party and title words before a name
_PARTY_BEFORE = re.compile(rf"\b{_PARTY}((?:[ \t]+[\w\-’']+){{0,3}})[ \t]+$")
# "Trump, the Republican nominee,": an apposition after the name
_PARTY_APPOSED = re.compile(rf",\s+(?:the|a|an)\s+((?:[\w\-]+\s+){{0,2}}?){_PARTY}\b[^,.;]*,")
_NOT_TITLE_WORDS = frozenset(
    {"on", "of", "for", "against", "to", "with", "by", "about", "and", "or", "like", "from"}
)
_PARTY_REACH = 60


def parties_in(title: str) -> set[str]:
    """The parties a title names ("the GOP front-runner": {"R"})."""
    return {_PARTY_WORDS[w] for w in title.lower().split() if w in _PARTY_WORDS}


def person_parties(doc: Doc, entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Person entity id -> the parties the text writes beside its mentions: a party and title
    words right before a mention, "(R-Texas)" right after it, or an apposition naming one."""
    text = text_of(doc)
    out: dict[str, set[str]] = {}
    for e in entities:
        if e.type not in PERSON_TYPES:
            continue
        for m in e.mentions:
            found = set()
            after = _PARTY_AFTER.match(text, m.end)
            if after:
                found.add(after[1])
            reach = max(0, m.start - _PARTY_REACH)
            before = _PARTY_BEFORE.search(text[reach : m.start])
            if before and _title_words(doc, reach + before.start(2), m.start):
                found.add(_PARTY_WORDS[before[1].lower()])
            apposed = _PARTY_APPOSED.match(text, m.end, m.end + _PARTY_REACH)
            if apposed and not set(apposed[1].lower().split()) & _NOT_TITLE_WORDS:
                found.add(_PARTY_WORDS[apposed[2].lower()])  # not "a foe of Democratic ideas"
            if found:
                out.setdefault(e.id, set()).update(found)
    return out


def _title_words(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between a party and a name are title words ("presidential
    front-runner"), not a phrase ("attacks on") nor a clause ("Democratic lawmakers criticized
    Donald Trump")."""
    words = doc.char_span(start, end, alignment_mode="contract") or ()
    return not any(t.lower_ in _NOT_TITLE_WORDS or t.pos_ in {"VERB", "AUX"} for t in words)


# "Rubio stopped by his headquarters. ... the senator said": a title's one holder named far
# back yields to the one person just before who spoke or was a subject when no title is known
# for that person (the entities stage does not learn every title).
UNTITLED_ANTECEDENTS = True

# "The former governor ... noted" when two governors are named and no one near spoke: the one
# named before it (not "Gov. Scott Walker" in the quotation after it).
TITLES_LOOK_BACK = True


class TitleAntecedents(Seen):
    """Title and role noun sources, read as a person entity or the person just before."""

    _parties: dict[str, set[str]] | None = None

    def _resolve_title(self, tok: Token, speaker: Speaker, start: int | None) -> Speaker:
        """The person entity a title source names, else the role noun's antecedent, else the
        one holder of the title named before it, else the title itself; never a person the
        text puts in another party than the title's."""
        places, text = title_places(tok), text_of(self.doc)
        ent = title_match(speaker.name or "", self.entities, places, text)
        if ent is None and tok.lower_ in KIN:
            return speaker  # "the mother" is whose mother the text says, not the last speaker
        found = (
            self._role_antecedent(tok, start)
            if ent is None
            else self._untitled_antecedent(tok, start, ent)
            or Speaker("person", False, entity=ent.id, name=ent.name)
        )
        if found is None and self._looked_back(tok):
            ent = title_match(speaker.name or "", self._named_before(tok), places, text)
            found = None if ent is None else Speaker("person", False, entity=ent.id, name=ent.name)
        if found is None or self._other_party(speaker.name or "", found.entity):
            return speaker
        return found

    def _untitled_antecedent(self, tok: Token, start: int | None, holder: Entity) -> Speaker | None:
        """The role noun's antecedent when it is another person whose title the text never
        gave, named in the two sentences before the role's (in its own it would be "he"), and
        the title's holder is named in none of these three."""
        if not UNTITLED_ANTECEDENTS or f" {holder.name} " in f" {tok.text} ":
            return None
        own = tok.sent.start
        before = _sentence_before(tok.doc, own)
        first = _sentence_before(tok.doc, before)
        if any(tok.doc[first].idx <= m.start < tok.idx for m in holder.mentions):
            return None
        found = self._role_antecedent(tok, start)
        if found is None or found.entity in (None, holder.id):
            return None
        other = next((e for e in self.entities if e.id == found.entity), None)
        if other is None or other.title or first == own:
            return None
        named = [m.start for m in other.mentions if m.start < tok.idx]
        if any(m >= tok.doc[own].idx and not self.quoted(m) for m in named):
            return None
        return found if any(m >= tok.doc[first].idx for m in named) else None

    def _named_before(self, tok: Token) -> list[Entity]:
        """The entities a definite title may refer back to, when two people hold it and no
        one just spoke: those named before it (not "Gov. Scott Walker" inside the quotation
        after "the former governor noted")."""
        return [e for e in self.entities if any(m.start < tok.idx for m in e.mentions)]

    @staticmethod
    def _looked_back(tok: Token) -> bool:
        """Whether a title refers back: one with "the" ("a federal judge" may introduce
        someone named after it)."""
        return TITLES_LOOK_BACK and definite(tok)

    def _other_party(self, title: str, entity: str | None) -> bool:
        """Whether the title names a party ("the Democratic front-runner") and the text puts
        the person in none but another ("Republican front-runner Donald Trump", "(R-Texas)").
        A person whose party the text does not write stays a candidate: "the Wisconsin
        Republican" is Paul Ryan though no "Republican" stands beside his name."""
        wanted = parties_in(title) if PARTY_AGREEMENT else set()
        if not wanted or entity is None:
            return False
        if self._parties is None:
            self._parties = person_parties(self.doc, self.entities)
        known = self._parties.get(entity, set())
        return bool(known) and not known & wanted

    def _named_again(self, far: list[Mention], at: int) -> Speaker | None:
        """ "Comedian George Lopez stopped by ... Lopez's show was cancelled ... The star
        noted": the one person two sentences back, in the role noun's paragraph, when the
        sentence between names that person (as a possessor, say) and no one else."""
        if not ROLE_CHAINS or len(_who(far)) != 1 or far[-1].speaker.entity is None:
            return None
        last = far[-1]
        gap = self._sentence_start(last.sent + 1)
        between = [e for pos, e in self._persons if gap <= pos < at]
        if "\n" in text_of(self.doc)[last.pos : at] or not between:
            return None
        return last.speaker if all(e == last.speaker.entity for e in between) else None

    def _role_antecedent(self, tok: Token, start: int | None) -> Speaker | None:
        """'Trump continued ..., saying ...  "...," said the New York businessman': a singular
        role noun with "the" names the one person of the previous sentence or its own who
        spoke or was a subject, when no other such person is in that stretch, or the one of
        them who spoke; sentences wholly inside quotation marks do not count as between."""
        if (
            not ROLE_ANTECEDENTS
            or (tok.tag_ != "NN" and not party_member(tok) and not _proper_role(tok))
            or not definite(tok)
        ):
            return None
        if described_before(tok) or _introduced(tok):
            return None
        here, at = self._read_at(tok, start)
        near = [
            m
            for m in self.mentions
            if m.pos < at and self.narrative_gap(m.sent, here) <= 1 and m.speaker.kind == "person"
        ]
        pool = [m for m in near if not m.nested]
        own = [m for m in near if m.sent == here]
        if NESTED_OWN and own and all(m.nested for m in own) and len(_who(own)) == 1:
            return own[-1].speaker  # "When the moderator pointed out that Trump ..., the candidate"
        if not pool:
            return self._named_again(_two_back(self, at, here), at)
        best = max(pool, key=lambda m: (m.pos, m.spoke))
        spoke = [m for m in pool if m.spoke]
        spoke = [m for m in spoke if m.sent == max(k.sent for k in spoke)]  # the latest ones
        if SPEAKER_FIRST and len(_who(pool)) > 1 and len(_who(spoke)) == 1:
            pool, best = spoke, spoke[-1]  # "Ryan says no matter what Obama takes ..."
        return best.speaker if len(_who(pool)) == 1 else None
