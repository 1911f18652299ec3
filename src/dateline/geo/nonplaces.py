"""Spans that carry a place's name but name no place.

People named in full (their surnames and given names used alone), names after kinship nouns
or titles, news agencies that speak, leaders' surnames before "administration", products and
pets named after places: read on real news (eleventh session QA round), these are the
commonest false places among names the gazetteer knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.entities.naming import ROYAL_TITLES, after_kin, before_product_noun
from dateline.geo.candidates import given_name
from dateline.geo.containers import find_container
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.nlp import lemma_index_words, text_of

__all__ = [
    "BIG_CITY",
    "CLUB_NAMED_RE",
    "SPACED_DASH",
    "STRONG_KINDS",
    "WORD_TOWN_POP",
    "People",
    "Things",
    "acceptable",
    "big_town",
    "common_noun_name",
    "common_word_opening",
    "common_words",
    "council_subject",
    "named_people",
    "not_a_place",
    "thing_names",
]

# Names of these kinds, and of cities this big, are places on their own, even as a speaker
# ("China said": metonymy) or a one-word other name.
STRONG_KINDS = {
    *("country", "continent", "region", "sea", "lake", "river", "bay", "landmark", "admin1"),
}
BIG_CITY = 100_000
# A town named by a common word, stop word or given name is read so, where the wording says it is
# a place ("the town of Most", "at Same in the Kilimanjaro region"), only with this many people.
WORD_TOWN_POP = 10_000
# An admin-1 unit this small (or of unknown size: the "Phoenix" Islands) does not make a name
# before "pay system" a place.
SMALL_ADMIN1 = 10_000
SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# Nouns for places: "a town called Hope" is a place, "a turkey named Rose" is not.
PLACE_NOUNS = {
    *("town", "village", "city", "county", "area", "place", "region", "district", "island"),
    *("river", "lake", "street", "neighbourhood", "neighborhood", "settlement", "community"),
    *("hamlet", "suburb", "province", "state", "country", "township", "port", "valley"),
}
# Words before a germ's serotype name ("Salmonella Litchfield", "serovar Poona").
_SEROTYPE_WORDS = frozenset({"salmonella", "serotype", "serovar"})
_SPEECH = frozenset({"say", "report", "tell", "add", "announce", "quote", "write", "claim"})
# Nouns a leader's surname heads: "the Bush administration", "the Blair years".
_LEADER_NOUNS = frozenset({"administration", "presidency", "era", "doctrine", "years"})
# Offices and honorifics before a surname: "Justice Kennedy", "Sen. Lincoln", "Gov. Austin" are
# people (fifteenth session second round; royal titles are in ROYAL_TITLES).
_OFFICE_TITLES = frozenset(
    {
        *("justice", "judge", "sen.", "senator", "gov.", "governor", "rep.", "representative"),
        *("secretary", "mayor", "gen.", "col.", "lt.", "sgt.", "capt.", "adm.", "maj.", "cmdr."),
        *("mr.", "mrs.", "ms.", "dr.", "rev.", "sheriff", "ambassador", "chancellor", "speaker"),
        *("congressman", "congresswoman", "commissioner", "bishop", "minister", "premier"),
    }
)
# A newspaper's masthead word after a place's name: "The New York Times reported", "the Baltimore
# Sun", "USA TODAY": the paper, not where the story happens.
_MASTHEADS = frozenset(
    {
        *("Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Chronicle", "Examiner"),
        *("Inquirer", "Globe", "Observer", "Courier", "Dispatch", "Sentinel", "Telegraph"),
        *("Sun", "Sun-Times", "Star", "Star-Tribune", "Star-Ledger", "Bee", "Register", "TODAY"),
        *("Daily", "Free", "Press-Enterprise", "Review-Journal", "Plain"),
    }
)
# News outlets that run regional editions and bureaus under a place's name: "POLITICO Florida",
# "Patch New Jersey", "Sky News Australia" are the outlet, not where it happens.
_OUTLETS = frozenset(
    {
        *("POLITICO", "Politico", "Axios", "AXIOS", "Patch", "CNN", "NBC", "CBS", "ABC", "Fox"),
        *("FOX", "NPR", "PBS", "BBC", "CBC", "Bloomberg", "Yahoo", "HuffPost", "BuzzFeed", "VICE"),
        *("Vice", "Telemundo", "Univision", "Reuters", "News", "Spectrum", "Newsweek", "Vox"),
    }
)
# Livestock after a breed's place name: "Angus cattle", "Hereford bulls", "Suffolk ewes".
_LIVESTOCK = frozenset(
    {
        *("cattle", "bull", "bulls", "cow", "cows", "beef", "steer", "steers", "heifer"),
        *("heifers", "calves", "sheep", "ewes", "rams", "lambs", "hogs", "pigs", "goats"),
        *("breed", "breeds", "breeder", "breeders", "herd", "herds"),
    }
)
_TELLING = frozenset({"told", "tell", "tells", "telling"})
# The games' adjective alone ("the Olympic high jump champion") is no town (Olympic, Hong Kong);
# "Olympic Peninsula" and "Olympic Park" are longer names (sixteenth round).
_GAMES = frozenset({"Olympic", "Olympics", "Paralympic", "Paralympics"})
# A wire story's credit line ("Editing by Raju Gopalakrishnan and Lincoln Feast"), looked for
# this many tokens back.
_CREDIT_WORDS = frozenset({"reporting", "editing", "writing", "written", "compiled", "produced"})
_CREDIT_REACH = 40
# Words that make a county's name a firm's ("Wright County Egg").
_FIRM_WORDS = frozenset(
    {"Egg", "Eggs", "Farm", "Farms", "Foods", "Dairy", "Creamery", "Ranch", "Produce",
     "Bank", "Bancorp", "Inc.", "LLC", "Co."}
)  # fmt: skip
# Words that make a city's name a football club's ("Real Madrid", "Bayern Munich", "Leeds
# United", "Paris Saint-Germain"; TR-News marks no place in them).
_CLUB_BEFORE = frozenset(
    {"Real", "Atletico", "Atl\u00e9tico", "Inter", "AC", "Bayern", "Borussia", "Olympique",
     "Sporting", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "CSKA", "Deportivo"}
)  # fmt: skip
_CLUB_AFTER = frozenset(
    {"United", "FC", "Rovers", "Wanderers", "Hotspur", "Albion", "Argyle", "Saint-Germain"}
)
CLUB_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(_CLUB_BEFORE))}) ")
CLUB_AFTER_RE = re.compile(rf" (?:{'|'.join(sorted(_CLUB_AFTER))})\b")
# A club named by its suffix anywhere in a story ("Leeds FC", "Bolton Wanderers"), the test of
# whether a story is about football: not "United", which "The United States" would match.
CLUB_NAMED_RE = re.compile(rf"[A-Z][\w-]+ (?:{'|'.join(sorted(_CLUB_AFTER - {'United'}))})\b")
# Nouns of things that bear names, right before the name: "the tech news site Pando", "the band
# Chicago", "sold under the brand Lucerne" (sixteenth round).
_THING_NOUNS = frozenset(
    {
        *("site", "website", "blog", "outlet", "magazine", "newspaper", "tabloid", "app"),
        *("company", "firm", "startup", "start-up", "brand", "label", "band", "retailer"),
        *("airline", "carrier", "podcast", "album", "song", "film", "movie", "novel", "ship"),
    }
)
# The United States' short names as the last word of an organisation's name: "Priorities USA",
# "Bank of America", "Concerned Veterans for America" are groups, not the country.
_ORG_FINAL_COUNTRY = frozenset({"USA", "America", "US", "U.S.", "U.S.A."})
# What a person's possessive heads, and a town's seldom does: "Obama's cabinet" is the president's,
# not Obama, Japan's (a country or big city keeps its reading: "Japan's cabinet").
_PERSONAL_NOUNS = frozenset(
    {
        *("cabinet", "administration", "presidency", "campaign", "wife", "husband", "son"),
        *("daughter", "spokesman", "spokeswoman", "lawyer", "lawyers", "attorney", "aide", "aides"),
        *("staff", "running", "remarks", "comments", "tweet", "tweets", "supporters", "memoir"),
    }
)


@dataclass(frozen=True)
class People:
    """Words of the names of people named in full in the document."""

    surnames: frozenset[str]
    given: frozenset[str]

    def named(self, span: Span) -> bool:
        """A bare surname ("Jordan" after "Michael Jordan"), or a bare given name used as a
        person ("Georgia skates" after "Georgia Stevens") or that NER reads as a person ("a
        friend of Vladimir" after "Vladimir Putin"): the person, not the place."""
        if len(span) != 1:
            return False
        tok = span[0]
        if tok.text in self.surnames:
            return True
        person = tok.dep_ in {"nsubj", "nsubjpass", "poss"} or tok.ent_type_ == "PERSON"
        return tok.text in self.given and person


# Words a place's name follows, never a person's given name: NER's "Village Malakal" (a
# children's village in Malakal) is no person whose surname makes "Malakal" a person.
# Police forces NER reads as a surname after their town's name.
_FORCE_WORDS = frozenset({"Garda", "Gardai", "Gardaí"})
_SETTLEMENT_WORDS = frozenset(
    {"village", "city", "town", "camp", "county", "district", "province", "port", "lake",
     "mount", "fort", "state", "region", "valley"}
)  # fmt: skip


# The last words of a water's name, which NER may read as a person's surname.
_WATER_WORDS = frozenset({"Lake", "Pond", "Creek", "River", "Reservoir"})
# A landmark's last word ("Rathfarnham Castle", read as a person: table 259).
_LANDMARK_WORDS = frozenset({"Castle", "Abbey", "Priory", "Cathedral", "Palace", "Manor"})


def named_people(ents: list[Span]) -> People:
    """The surnames and given names of the people the document names in full."""
    full = [
        ent
        for ent in ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].is_title
        and not SPACED_DASH.search(ent.text)  # "Trump - Wisconsin" is no name
        and ent[0].lower_ not in _SETTLEMENT_WORDS  # "(SOS Children's) Village Malakal"
        and ent[-1].text not in _FORCE_WORDS  # "Dublin Garda": a town's police, no person
        and not _feature_named(ent)
        and not any(t.tag_ == "POS" for t in ent)  # "Cruz's Iowa" is no one's full name
    ]
    given = {e[0].text for e in full} | _coordinated_given(ents)
    return People(frozenset(e[-1].text for e in full), frozenset(given))


def _feature_named(ent: Span) -> bool:
    """ "Webster Lake", "Otter Creek", "Rathfarnham Castle" read as a person: a water's or
    landmark's name, its word last and no given name first (table 36: "Webster police pulled
    kayakers from Webster Lake"), whose first word may be its town's; "Greg Lake" and "Mike
    Castle" stay people."""
    last = ent[-1].text
    return (last in _WATER_WORDS or last in _LANDMARK_WORDS) and not given_name(ent[0].text)


def _coordinated_given(ents: list[Span]) -> set[str]:
    """ "Brent and Lynnette Hain": a lone given name joined by "and" to a person named in full
    shares the surname, so later "Brent told" is that person, not Brent, London (eighteenth
    round: a couple named this way is common in local news)."""
    starts = {e.start: e for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = set()
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_title:
            continue
        doc = ent.doc
        partner = starts.get(ent.end + 1)
        if ent.end < len(doc) and doc[ent.end].lower_ == "and" and partner is not None:
            out.add(ent.text)
    return out


def acceptable(span: Span, people: People, *, any_tag: bool = False) -> bool:
    """Whether a span may be a place by its words: no demonym, no name a place's name is
    written into, and a single word only when no person's name, a proper noun, noun or
    adjective (any part of speech with ``any_tag``, where the wording around vouches), and no
    stop word unless in capitals ("US")."""
    if gazetteer().demonym(span.text) is not None or not_a_place(span):
        return False
    if len(span) == 1:
        tok = span[0]
        if people.named(span) or not (any_tag or tok.pos_ in ("PROPN", "NOUN", "ADJ")):
            return False
        if tok.is_stop and not tok.is_upper:
            return False
    return True


@dataclass(frozen=True)
class Things:
    """Names the story gives to things: where each was given, and court cases' parties."""

    names: frozenset[str]
    given_at: frozenset[int]  # character offsets of the names right after the thing's noun
    cases: frozenset[str]

    def drops(self, text: str, start: int, name: str, placed: bool) -> bool:
        """Whether the mention of ``name`` at ``start`` is the thing's, not a place.

        The named occurrence is the thing's; a repeat too ("a Pando investor"), unless a place
        preposition or another cue (``placed``) reads it as a place ("a screening in
        Philadelphia" after "the film Philadelphia").
        """
        if name in self.cases or start in self.given_at:
            return True
        if name not in self.names or placed:
            return False
        return _PLACE_PREPOSITION.search(text, max(0, start - 8), start) is None


_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|at|near)\s+$", re.IGNORECASE)


def thing_names(doc: Doc) -> Things:
    """Names the story gives to things right after a noun for them ("the tech news site Pando",
    "the band Chicago", "sold under the labels Lucerne, Albertson and Bayview") and court cases'
    parties (see :meth:`Things.drops` for which of their other mentions are the things')."""
    names: set[str] = set()
    given_at: set[int] = set()
    for tok in doc[:-1]:
        if tok.lemma_.lower() not in _THING_NOUNS or not tok.text.islower() or tok.pos_ != "NOUN":
            continue
        plural = tok.tag_ == "NNS"
        i = tok.i + 1
        while True:
            end = _title_run(doc, i)
            if end == i:
                break
            names.add(doc[i:end].text)
            given_at.add(doc[i].idx)
            if not plural or end >= len(doc) - 1 or doc[end].lower_ not in (",", "and"):
                break
            i = end + 2 if doc[end + 1].lower_ == "and" else end + 1
    return Things(frozenset(names), frozenset(given_at), frozenset(_case_names(doc)))


def _case_names(doc: Doc) -> set[str]:
    """A party's name before "v." ("Fisher v. University of Texas") names the case wherever it
    recurs ("In Fisher, the court ..."); not a state's or country's ("Texas v. United States"
    keeps Texas)."""
    names: set[str] = set()
    text = text_of(doc)
    if " v. " not in text and " vs. " not in text:
        return names
    for tok in doc[1:]:
        if tok.text not in ("v.", "vs."):
            continue
        start = tok.i
        while start > max(0, tok.i - 3) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        name = doc[start : tok.i].text
        if start < tok.i and not any(
            c.kind in ("country", "admin1") and c.quality <= ALTERNATE
            for c in gazetteer().lookup(name)
        ):
            names.add(name)
    return names


def _title_run(doc: Doc, i: int) -> int:
    """The end of the run of up to three title-case words from token ``i``."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].is_title:
        end += 1
    return end


def common_word_opening(span: Span) -> bool:
    """ "Man, you are working it hard", "Hail Trump": a sentence's first word that English
    also uses as a verb, adjective or adverb, or that the story writes in lower case too
    ("unity ... Unity doesn't mean"), which NER does not call a place. Such a name
    needs the story's support to stay a town (resolution checks it); a country or state is
    never one ("Chad", "Georgia" are nouns only anyway)."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or not tok.is_title:
        return False
    opening = tok.is_sent_start or all(t.is_punct for t in tok.doc[tok.sent.start : tok.i])
    if not (opening or _opens_a_title(tok)):
        return False
    if tok.lower_ not in common_words() and not _written_lower(tok):
        return False
    if _TOWN_OFFICERS_AFTER.match(text_of(tok.doc), tok.idx + len(tok.text)) and (
        tok.tag_ != "JJ" or big_town(span.text, BIG_CITY)
    ):
        # "Norman police said": the town's own officers ("Federal police": a kind, unless a
        # big city bears the word: "Mobile police arrested")
        return False
    if council_subject(tok, owned=True):
        return False  # "Sandy will raise its water rates ..., the City Council decided"
    return not any(
        c.quality <= ALTERNATE and c.kind in {"country", "continent"}
        for c in gazetteer().lookup(span.text)
    )


# A town's own officers right after a sentence's first word ("Norman police said", "Reading
# city council voted"), or after its possessive ("Summit's Common Council approved", "Hope's
# mayor"): the word names the town, whatever else English uses it for (twenty-second round: a
# blind local-news table opened sentences so; twenty-eighth round: the possessive), its "Area"
# school district's included ("Beaver Area School Board members agreed": table 31), and a
# borough's or village's council ("Clarion borough council tabled": table 41).
_TOWN_OFFICERS_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:police|[Pp]olice\s+[Dd]epartment|[Ff]ire\s+[Dd]epartment|mayor"
    r"|(?:[Cc]ity|[Tt]own|[Cc]ommon|[Bb]orough|[Vv]illage)\s+[Cc]ouncil"
    r"|(?:Area\s+)?[Ss]chool\s+(?:[Bb]oard|[Dd]istrict))\b"
)


# The council of the town a sentence is about, named bare as its decider ("Sandy will raise
# its water rates ..., the City Council decided": table 23): the sentence's subject is that
# town.
_BARE_COUNCIL = re.compile(
    r",\s+the\s+(?:(?:City|Town|Village|Borough)\s+(?:Council|Board)"
    r"|(?:city|town|village|borough)\s+(?:council|board)"
    r"|[Bb]oard\s+of\s+(?:Aldermen|Selectmen)|[Ss]elect\s*[Bb]oard)\s+(?:decided|voted|agreed"
    r"|approved|ruled|announced|said)\b"
)
_ITS = re.compile(r"\bits\b")
# The town's bare mayor or manager as the voice of what the sentence's subject will do
# ("Prineville will break ground on a new police station beside City Hall, the city manager
# told the council", "... will open its new library branch ..., the mayor said": tables
# 37-38): no other's mayor goes unnamed, yet a person may be the subject too ("Johnson will
# lead the department, the mayor said"), so the subject must own something back or work on a
# town's own building (:data:`_CIVIC_BUILDINGS`).
_BARE_VOICE = re.compile(
    r",\s+the\s+(?:mayor|(?:city|town|village|borough)\s+(?:manager|administrator))"
    r"\s+(?:said|told|announced)\b"
)
_CIVIC_BUILDINGS = re.compile(
    r"\b(?:(?:police|fire)\s+station|[Cc]ity\s+[Hh]all|(?:[Tt]own|[Vv]illage)\s+[Hh]all|library)\b"
)
# A town's own works and services, which its sentence rebuilds, widens or runs ("Tomah will
# reline the sewer mains", "Pella is repaving its sidewalks ..., and the school district will
# ...": tables 28-29; "Kannapolis will close part of West Avenue ... so crews can replace water
# lines": table 31; "Red Lodge will close Broadway Avenue for its carnival": table 34): no
# person, firm or team has water mains or lines, a school district or blocks of its streets, nor
# closes or repaves a named street. Named as where something happens ("will speak at the
# courthouse") they are a venue anyone visits, not the subject's own business (see
# :func:`_own_works`).
_TOWN_WORKS = re.compile(
    r"\b(?:water\s+(?:mains?|lines?)|sewers?|sewer\s+(?:mains?|lines?|system)|storm\s+drains?"
    r"|sidewalks|intersections?|riverwalk|courthouse|(?:city|town|village)\s+hall|school\s+district"
    r"|(?:(?:blocks|part)\s+of|close|closes|closed|closing|reopen|reopens|repave|repaves|resurface"
    r"|resurfaces)\s+(?:[A-Z][\w'-]+\s+){1,2}(?:Street|Avenue|Road|Boulevard|Drive))\b"
)
# What only a town calls its own ("is repaving its streets", "will survey its residents", "is
# reviving its downtown"): the owner named back is the town, as no other is said to own them;
# read only as what the subject's own verb works on ("its downtown store" is a firm's, and in
# "Obama praised the city and its residents" the city owns them).
_TOWN_OWNS = re.compile(r"\b(?:streets|roads|alleys|residents|neighbou?rhoods|downtown)\b")
# What a subject does to a town's works or people that a person does as well ("Obama will tour
# the courthouse", "praised its residents"), and what a firm owns ("Kohler will rebuild the
# sidewalks outside its factory"): neither makes the subject the town.
_VISITS = _SPEECH | {
    *("visit", "tour", "inspect", "attend", "speak", "address", "meet"),
    *("praise", "thank", "criticize", "criticise", "blame", "greet"),
}
_FIRM_OWNS = re.compile(
    r"\bits\s+(?:[a-z]+\s+)?(?:factory|factories|headquarters|stores?|shareholders|products"
    r"|brand|dealerships?|franchises?)\b"
)


def council_subject(tok: Token, owned: bool = False, words: int = 1) -> bool:
    """Whether ``tok`` opens its sentence as the subject of its own municipal business: the
    subject its bare council decides for (see :data:`_BARE_COUNCIL`) or one whose sentence works
    on a town's own works (see :data:`_TOWN_WORKS`), not one that speaks of them. ``owned``:
    and its clause owns something back ("will raise its water rates"), as a given name or
    common word there must, since a person may be the subject too ("Sandy will lead the office,
    the City Council said"). ``words``: the name's words, ``tok`` its last ("Red Lodge")."""
    if not tok.dep_.startswith("nsubj") or tok.i - words + 1 != tok.sent.start:
        return False
    text = text_of(tok.doc)
    council = _BARE_COUNCIL.search(text, tok.idx, tok.sent.end_char)
    if council is not None:
        evidence = council.start()
    elif tok.head.lemma_ in _VISITS:
        return False
    elif (works := _own_works(tok)) is not None or (works := _voiced(tok)) is not None:
        evidence = works
    else:
        return False
    if not owned or _ITS.search(text, tok.idx, evidence) is not None:
        return True
    # a bare council's subject that works on the town's own works is the town, though it owns
    # nothing back ("Floyd will repave Locust Street ..., the Town Council decided": table 112)
    return council is not None and _own_works(tok) is not None


def _own_works(tok: Token) -> int | None:
    """Where the first of a town's works (:data:`_TOWN_WORKS`) named after ``tok`` in its
    sentence ends, when the sentence works on it rather than placing something at it ("around
    the courthouse square"), unless the subject owns it ("its busiest intersection"); or where
    what only a town owns (:data:`_TOWN_OWNS`) ends, as its own verb's "its" object."""
    doc, text = tok.doc, text_of(tok.doc)
    if _FIRM_OWNS.search(text, tok.idx, tok.sent.end_char):
        return None
    start, end = tok.idx + len(tok.text), tok.sent.end_char
    for m in _TOWN_WORKS.finditer(text, start, end):
        head = _head_noun(doc, m)
        if head is not None and (head.dep_ != "pobj" or _owned(head)):
            return m.end()
    for m in _TOWN_OWNS.finditer(text, start, end):
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.root.head.i == tok.head.i and _owned(span.root):
            return m.end()
    return None


def _voiced(tok: Token) -> int | None:
    """Where the bare voice of the town (:data:`_BARE_VOICE`) starts after ``tok`` in its
    sentence, when the subject owns something back or works on a town's own building before
    it, and owns nothing a firm does."""
    text, end = text_of(tok.doc), tok.sent.end_char
    voice = _BARE_VOICE.search(text, tok.idx, end)
    if voice is None or _FIRM_OWNS.search(text, tok.idx, end):
        return None
    at = voice.start()
    if _ITS.search(text, tok.idx, at) or _CIVIC_BUILDINGS.search(text, tok.idx, at):
        return at
    return None


def _head_noun(doc: Doc, m: re.Match[str]) -> Token | None:
    """The noun that heads the words ``m`` matched ("the courthouse square": "square")."""
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head


def _owned(noun: Token) -> bool:
    """Whether "its" determines ``noun`` ("its busiest intersection")."""
    return any(c.lower_ == "its" for c in noun.children)


def _written_lower(tok: Token) -> bool:
    """Whether the story also writes the word in lower case ("Democratic unity ... Unity
    doesn't mean"): a common noun then, capitalised only to open the sentence."""
    return tok.lower_ in _lower_words(tok.doc)


def _lower_words(doc: Doc) -> frozenset[str]:
    """The document's all-lower-case token texts, gathered once per document (a scan per
    sentence-opening name is quadratic in a long article)."""
    key = "dateline.geo.lower_words"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.text for t in doc if t.text.islower())
    return doc.user_data[key]


# Words that place the name after them: "a shop in Metro" keeps the city.
_PLACING_WORDS = frozenset(
    {"in", "at", "from", "near", "to", "outside", "toward", "towards", "between"}
)


def common_noun_name(span: Span) -> bool:
    """ "Louisville Metro police", "Commonwealth lawmakers": one capitalised word English also
    uses as a common noun, which NER does not tag a place and no preposition places. Resolution
    drops its reading as a foreign city the story's other places do not support (see
    ``revise._foreign_common_nouns``)."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.ent_type_ in ("GPE", "LOC") or not tok.is_title or not tok.is_alpha:
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PLACING_WORDS:
        return False
    return tok.lower_ in lemma_index_words(("noun",))


def _opens_a_title(tok: Token) -> bool:
    """ "Man of the World", "Chase of the Year": a word opening a capitalised "X of (the) Y"."""
    doc = tok.doc
    i = tok.i + 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    return i < len(doc) and doc[i].is_title


def common_words() -> frozenset[str]:
    """English verbs, adjectives and adverbs: words a capitalised sentence opener may be rather
    than a namesake town (see :func:`lemma_index_words`)."""
    return lemma_index_words(("verb", "adj", "adv"))


def not_a_place(span: Span) -> bool:
    """A person or product that a place's name is written into: "his wife, Tonya", "the
    Phoenix pay system". (A saint's "St. Michael's Hospital" stays: TR-News counts buildings.)"""
    return (
        span.text in _GAMES
        or _club_named(span)
        or _county_firm(span)
        or _credited(span)
        or after_kin(span.doc, span.start)
        or _titled(span)
        or _speaker(span)
        or _product_named(span)
        or _called(span)
        or _leader_named(span)
        or _masthead(span)
        or _edition(span)
        or _org_final_country(span)
        or _personal_possessive(span)
        or _serotype(span)
        or _celestial(span)
    )


# Bodies of the solar system, whose names small towns also bear (Earth and Mars, Texas and Pa.).
_CELESTIAL = frozenset({"Earth", "Mars", "Venus", "Jupiter", "Saturn", "Mercury", "Pluto"})
# Capitalised words after a town's name in its own bodies' names, never after a planet's.
_TOWNS_OWN_AFTER = frozenset({"Area", "Borough", "Township", "Village", "Elementary", "High"})


# A town this big that bears a planet's name is the town "off" its coast: "a boat capsized
# off Jupiter" (table 18); a spacecraft is "off Earth" only where no such town is (Earth, Tex.).
COASTAL_NAMESAKE_POP = 5_000


def _celestial(span: Span) -> bool:
    """ "The astronauts returned to Earth": a planet, unless a state or country follows it
    ("Mars, Pa."), a place noun comes before it ("the town of Mars"), or "off" places a
    sizeable town of the name on a coast ("capsized off Jupiter")."""
    if span.text not in _CELESTIAL:
        return False
    doc = span.doc
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "off"
        and big_town(span.text, COASTAL_NAMESAKE_POP)
    ):
        return False
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].text[:1].isupper():
        return False
    if after and after[0].text in _TOWNS_OWN_AFTER:
        return False  # "the Mars Area School Board" (table 118)
    before = doc[max(0, span.start - 2) : span.start]
    return not any(t.lower_ in PLACE_NOUNS for t in before)


def big_town(name: str, least: int) -> bool:
    """Whether the gazetteer has a town of that very name of ``least`` people or more."""
    return any(
        c.kind == "city" and c.quality == OFFICIAL and c.pop >= least
        for c in gazetteer().lookup(name)
    )


def _serotype(span: Span) -> bool:
    """ "an outbreak of Salmonella Newport", "serotype Montevideo": Salmonella serotypes are
    named after the place they were first found, but name the germ, not a place."""
    i = span.start - 1
    return i >= 0 and span.doc[i].lower_ in _SEROTYPE_WORDS


def _credited(span: Span) -> bool:
    """ "(Reporting by Paige Lim in Singapore; Editing by Lincoln Feast)": in a wire story's
    credit line names are people's, and a place stands only after "in", "from" or "at"."""
    doc = span.doc
    bys = [b for b in _credit_bys(doc) if span.start - _CREDIT_REACH < b < span.start]
    if not bys or doc[span.start - 1].lower_ in ("in", "from", "at"):
        return False
    between = doc[bys[-1] : span.start]
    return not any(t.text in (";", "(", ")") or "\n" in t.text_with_ws for t in between)


def _credit_bys(doc: Doc) -> list[int]:
    """Token indices of "by" after a credit word ("Editing by"), found once per document."""
    key = "dateline.geo.credit_bys"
    if key not in doc.user_data:
        doc.user_data[key] = [
            t.i for t in doc[1:] if t.lower_ == "by" and doc[t.i - 1].lower_ in _CREDIT_WORDS
        ]
    return doc.user_data[key]


def _county_firm(span: Span) -> bool:
    """ "Wright County Egg", "Hillandale Farms": a county's name before a farm's or firm's
    word is the firm's name (a state's or country's stays: "Texas Farm Bureau")."""
    doc = span.doc
    unit = span[-1].lower_ in ("county", "parish")
    return unit and span.end < len(doc) and doc[span.end].text in _FIRM_WORDS


def _club_named(span: Span) -> bool:
    """ "Real Madrid", "Inter Milan", "Leeds United": a city's name in a football club's."""
    starts, ends = _club_marks(span.doc)
    return span.start_char in starts or span.end_char in ends


def _club_marks(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Where a name after a club's first word may start and where one before a club's last
    word may end (character offsets), found once per document with one pass of a pattern."""
    key = "dateline.geo.club_marks"
    if key not in doc.user_data:
        text = text_of(doc)
        starts = frozenset(m.end() for m in CLUB_BEFORE_RE.finditer(text))
        ends = frozenset(m.start() for m in CLUB_AFTER_RE.finditer(text))
        doc.user_data[key] = (starts, ends)
    return doc.user_data[key]


def _titled(span: Span) -> bool:
    """ "Queen Elizabeth (University Hospital)", "President Lincoln", "Justice Kennedy": a name
    after a title or an office."""
    i = span.start - 1
    if i < 0 or not span.doc[i].is_title:
        return False
    word = span.doc[i].lower_
    return word in ROYAL_TITLES or word in _OFFICE_TITLES


def _masthead(span: Span) -> bool:
    """ "The New York Times", "the Baltimore Sun", "USA TODAY": a newspaper's name (not "the
    Milo Free Public Library": table 125)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _MASTHEADS:
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return not (after is not None and after.text in ("Public", "Library", "Clinic", "School"))


def _edition(span: Span) -> bool:
    """ "POLITICO Florida reported", "Patch New Jersey": a news outlet's edition; but in "told
    Reuters Iran had agreed" the name after the outlet opens the reported clause."""
    doc = span.doc
    i = span.start - 1
    while i >= span.start - 2 and i > 0 and doc[i].is_title and doc[i].text not in _OUTLETS:
        i -= 1  # "Patch New| Jersey": the outlet heads the whole name
    if i < 0 or doc[i].text not in _OUTLETS or doc[i].whitespace_ != " ":
        return False
    told = any(doc[j].lower_ in _TELLING for j in range(max(0, i - 3), i))
    clause = span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB")
    return not (told and clause) and _wider_than_a_city(span.text)


def _wider_than_a_city(name: str) -> bool:
    """Whether a name reads first as a country, state or region: editions bear those ("POLITICO
    Florida"), while a station named after its city sits there ("CBC Toronto", "Axios Denver")."""
    cands = gazetteer().lookup(name)
    city = max((c.pop for c in cands if c.kind == "city"), default=0)
    return any(
        c.quality == 0
        and (c.kind in ("country", "continent", "region") or (c.kind == "admin1" and c.pop > city))
        for c in cands
    )


def _org_final_country(span: Span) -> bool:
    """ "Priorities USA", "Bank of America": the country's name ends an organisation's name."""
    if span.text not in _ORG_FINAL_COUNTRY:
        return False
    doc = span.doc  # token entity tags, not ``doc.ents``, which spaCy rebuilds on each access
    inside = all(t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in span)
    return inside and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def _personal_possessive(span: Span) -> bool:
    """ "Obama's cabinet", "Kennedy's wife": a small town's name in the possessive before a
    noun that belongs to a person is the person's name."""
    doc = span.doc
    after = span.end
    if after + 1 >= len(doc) or doc[after].lower_ not in ("'s", "\u2019s"):
        return False
    if doc[after + 1].lower_ not in _PERSONAL_NOUNS:
        return False
    return not any(
        c.quality <= ALTERNATE
        and (c.kind in STRONG_KINDS or (c.kind == "city" and c.pop >= BIG_CITY))
        for c in gazetteer().lookup(span.text)
    )


def _speaker(span: Span) -> bool:
    """A one-word small place's name that speaks ("Xinhua reported", "according to Xinhua"):
    a news agency or a person; a country or big city that speaks is metonymy and stays, and so
    does a town its state follows ("Bartow, Fla., said goodbye": no agency or person is named
    so)."""
    if len(span) != 1:
        return False
    tok = span[0]
    speaks = tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEECH
    doc = span.doc
    cited = tok.i >= 2 and doc[tok.i - 2].lower_ == "according" and doc[tok.i - 1].lower_ == "to"
    if not (speaks or cited) or _state_apposed(span):
        return False
    return not any(
        c.quality <= ALTERNATE
        and (c.kind in STRONG_KINDS or (c.kind == "city" and c.pop >= BIG_CITY))
        for c in gazetteer().lookup(span.text)
    )


def _state_apposed(span: Span) -> bool:
    """Whether a state or country set off by commas follows the name ("Bartow, Fla.,")."""
    text = text_of(span.doc)
    unit = find_container(text, span.end_char, span.start_char)
    return unit is not None and text.startswith(",", unit[1])


def _leader_named(span: Span) -> bool:
    """ "the Bush administration": a surname naming a government or period, not Būsh (Egypt);
    a country or state keeps its reading ("the Texas administration")."""
    doc = span.doc
    before, after = span.start - 1, span.end
    if before < 0 or after >= len(doc) or doc[before].lower_ != "the":
        return False
    if doc[after].lower_ not in _LEADER_NOUNS:
        return False
    return not any(
        c.quality <= ALTERNATE and c.kind in {"country", "admin1", "continent"}
        for c in gazetteer().lookup(span.text)
    )


def _product_named(span: Span) -> bool:
    """A name before "pay system", "program", "cocktails": the thing's name, unless the name
    is a country or state ("the U.S. missile system" is still the United States'). An oil
    price benchmark ("Brent crude") and a breed ("Angus cattle") are products too; "Texas
    crude" stays."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    benchmark = after == "crude" or after in _LIVESTOCK  # "Angus bulls" is a breed
    if after == "syndrome":
        return True  # "Stockholm Syndrome": a condition named for a city
    if not (before_product_noun(span.doc, span.end) or benchmark):
        return False
    return not any(
        c.quality <= ALTERNATE and c.kind in {"country", "admin1", "continent"} and not _tiny(c)
        for c in gazetteer().lookup(span.text)
    )


def _called(span: Span) -> bool:
    """ "a turkey named Rose", "a dog called Paris": a name given to something not a place."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in {"named", "called", "nicknamed", "dubbed"}:
        return False
    return doc[i - 1].pos_ == "NOUN" and doc[i - 1].lower_ not in PLACE_NOUNS


def _tiny(c: Candidate) -> bool:
    """An admin-1 unit too small (or of unknown size) to make a name before a product noun
    a place."""
    return c.kind == "admin1" and c.pop < SMALL_ADMIN1
