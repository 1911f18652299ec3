"""Times that name something else: a title ("the film Leap Day", NBC's "Election Day"
special), a school's exams ("students cram for the midterms") and a kind of thing ("winter
coats", "summer fishing trips"), and "fall" as a decline or a collapse ("after the fall in
prices", "the fall of the Berlin Wall").

A holiday's name is also the name of films, shows and songs; written in quotes on its own or
right after a noun that names a work, it is that work, not the day. A quoted name after
"called" or a time preposition ("what he called \u201cLiberation Day\u201d", "on \u201cElection
Day\u201d") still names a day, and so does a quoted name that someone says ("\u201cChristmas,\u201d
she said"). "The midterms" are US elections in political copy but a school's exams in a sentence
about students and classes with no word of elections. A bare season right before the noun it
classifies says what kind of thing it is, not when ("a winter storm warning", "took summer
jobs"); with a determiner or a time noun it stays a date ("the summer months", "summer
break"). "Fall" followed by "of" and no year ("the fall of Rome"), or with an "in" phrase of
its own on a common noun ("this fall in prices"; not "this fall in Iowa", where "in" is the
verb's, nor "in the fall in most states"), is the noun for a drop, not the season. A weekday
(or "Friday Night") modifying a capitalised noun after it is part of a name ("the Saturday
Market", "the Tuesday Club", "Friday Night Lights"): no time, unless that word is a time word
("Friday Night", "Saturday Morning"), a title or a person ("said Friday President Obama..."), or
the whole line is written in title case (a headline's "Senate Votes Tuesday On Bill"). A
capitalised weekday that ends a one-word name after an article ("in the former Ruby Tuesday")
is that name when its clause's verb has another date its day does not fall in ("will open ...
next month"): one event has one date, so the weekday is no date of it. A weekday inside a
quoted title of several capitalised words ("The Man Who Was Thursday", "Ruby Tuesday") is part
of that title, unless someone says the quote ("\u201cWe Vote Friday,\u201d he said") or it
follows "called" or "on". A bare month after an article that opens a run of capitalised words
modifying the last of them is a name too ("the April Rose Bakery"). A weekday and a capitalised
part of the day after a determiner and
before the lower-case noun they modify name a thing ("the Tuesday Morning store").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from dateline.nlp import lemma_index_words
from dateline.time._grammar import Result
from dateline.time._rules_dates import HOLIDAY_NAMES
from dateline.time._tense import clause_verb

__all__ = [
    "day_in_a_name",
    "day_in_a_quoted_title",
    "fall_as_decline",
    "month_in_a_name",
    "names_a_part_of_day",
    "names_a_work",
    "school_midterms",
    "season_of_a_kind",
    "weekdays_ending_names",
]

_NAMED_DAYS = frozenset(n.removeprefix("the ") for n in HOLIDAY_NAMES) | {"election night"}
_WORK = re.compile(
    r"\b(?P<w>film|movie|show|series|sitcom|documentary|miniseries|episode|novel|book|memoir|"
    r"song|single|album|play|musical|opera|comedy|drama|thriller|podcast|painting)"
    r"\s*,?\s*[\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r"[\"\u201c'\u2018]$")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"\u201d'\u2019](?!s\b)")
# A quote that names a day, not a work: "called 'Liberation Day'", "on 'Election Day'".
_DAY_BEFORE_QUOTE = re.compile(
    r"\b(?:called|dubbed|so-called|named|known as|declared|proclaimed|on|since|until|till|"
    r"before|after|by|from|through|during|ahead of)\s*[\"\u201c'\u2018]$",
    re.IGNORECASE,
)
_SPOKEN = re.compile(
    r"\s*(?:\S+\s+){0,3}?(?:said|says|told|asked|added|replied|answered|wrote)\b", re.IGNORECASE
)


def _named_day(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    return span[:1].isupper() and span.lower().removeprefix("the ") in _NAMED_DAYS


def names_a_work(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the named day ``text[start:end]`` is the title of a work."""
    if not _named_day(text, start, end):
        return False
    before = text[max(0, start - 40) : start]
    work = _WORK.search(before)
    if work is not None and _is_noun(doc, start - len(before) + work.start("w")):
        return True
    closing = _CLOSING_QUOTE.match(text, end)
    return (
        _OPENING_QUOTE.search(before) is not None
        and closing is not None
        and _DAY_BEFORE_QUOTE.search(before) is None
        and _SPOKEN.match(text, closing.end()) is None
    )


def _is_noun(doc: Doc | None, at: int) -> bool:
    """ "the film", not "the Lakers play Christmas Day" (no parse: trust the word)."""
    token = doc.char_span(at, at + 1, alignment_mode="expand") if doc is not None else None
    return token is None or not len(token) or token[0].pos_ in ("NOUN", "PROPN")


_SCHOOL = re.compile(
    r"\b(?:students?|pupils?|exams?|examinations?|schools?|teachers?|professors?|colleges?|"
    r"universit(?:y|ies)|campus|semesters?|classes|classmates|classroom|homework|cram\w*|"
    r"stud(?:y|ying|ied)|grades?|graded|grading|lectures?|syllabus|finals)\b",
    re.IGNORECASE,
)
_POLITICS = re.compile(
    r"\b(?:House|Senate|Congress\w*|Republicans?|Democrats?|GOP|(?i:elect\w*|vot\w*|ballots?|"
    r"polls?|part(?:y|ies)|campaign\w*|candidates?|seats?|governors?|president\w*|majority|"
    r"lawmakers?|incumbents?))\b"
)


def school_midterms(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether "the midterms" at ``text[start:end]`` are a school's exams: its sentence is
    about school and says nothing of elections."""
    if text[start:end].lower() != "the midterms":
        return False
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span):
        first, last = span.sent.start_char, span.sent.end_char
    else:
        first, last = max(0, start - 200), min(len(text), end + 200)
    sentence = text[first:last]
    return _SCHOOL.search(sentence) is not None and _POLITICS.search(sentence) is None


_SEASON = re.compile(r"summer|winter|spring|fall|autumn")
_TIME_NOUNS = frozenset(
    {"month", "week", "day", "weekend", "night", "season", "session", "term", "semester",
     "quarter", "break", "vacation", "holiday", "recess", "solstice", "equinox", "time", "half"}
)  # fmt: skip


def season_of_a_kind(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the bare lower-case season ``text[start:end]`` classifies the noun after it."""
    if doc is None or not _SEASON.fullmatch(text[start:end].lower()):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    word = span[0]
    if text[start].isupper() and not word.is_sent_start:  # "Winter Olympics": a name
        return False
    head = word.head
    return (
        word.dep_ in ("compound", "amod", "nmod")
        and head.i > word.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in _TIME_NOUNS
    )


def season_as_verb(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the bare season ``text[start:end]`` is the verb of its clause ("clocks spring
    forward an hour", "prices fall when supply rises"): a finite verb, no time."""
    if doc is None or not _SEASON.fullmatch(text[start:end].lower()):
        return False
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].tag_ in ("VBP", "VBZ", "VBD", "VB")


_FALL_OF = re.compile(
    r"\s+of\s+(?=\S)(?!(?:[12]\d{3}|'\d\d|this|last|next|that|the same|the year)\b)", re.IGNORECASE
)

# "in the fall in most states", "during the fall in Ohio": the season, whatever follows it.
_IN_THE_SEASON = re.compile(
    r"\b(?:in|during|throughout|until|till) (?:the|this|last|next) fall$", re.IGNORECASE
)


def fall_as_decline(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the "fall" ending ``text[start:end]`` is a drop or a collapse, not autumn."""
    if text[max(start, end - 4) : end].lower() != "fall":
        return False
    if _FALL_OF.match(text, end):
        return True
    word = doc.char_span(end - 4, end) if doc is not None else None
    if word is None or len(word) != 1 or _IN_THE_SEASON.search(text, max(0, end - 30), end):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in child.children)
        for child in word[0].children
    )


_DAY_NAME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:Night|Morning|Afternoon|Evening))?"
)
_NAME_WORD = re.compile(r" (?P<w>[A-Z][a-z]+)\b(?!['\u2019]s\b)")
_NOT_NAME_WORDS = frozenset(
    {"night", "morning", "afternoon", "evening", "noon", "midnight", "and", "or", "through",
     "president", "secretary", "senator", "sen", "gov", "governor", "rep", "mayor", "judge",
     "minister", "chairman", "prime", "general", "gen", "chief", "officials", "police", "the",
     "a", "an", "at", "in", "on", "after", "before", "when", "while", "as", "is", "was"}
)  # fmt: skip


# A weekday in a title-cased name after "the": "the Sunday in the Park concert series" (blind
# 166), whose day in running text would be the park's in lower case.
_TITLED_PHRASE_AFTER = re.compile(
    r" (?:in|on|at|by) the [A-Z][a-z]+ (?:concerts?|series|festival|show|fair|market|program)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_PLURAL_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days")


def _titled_phrase(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` opens a title-cased name after "the"."""
    return bool(
        _THE_BEFORE.search(text, max(0, start - 4), start) and _TITLED_PHRASE_AFTER.match(text, end)
    )


# The restaurant chain written with its initials ("the new T.G.I. Friday's": blind 171; "The
# TGI Fridays on Main Street": blind 178).
_CHAIN_INITIALS_BEFORE = re.compile(r"\bT\.?G\.?I\.? $")
_CHAIN_DAY = re.compile(r"Fridays?")


# A church's class for children, held on Sundays: no date.
_SUNDAY_SCHOOL = re.compile(r"Sunday school")
# A place's feature noun after a weekday makes one name of the two: towns and resorts named so
_FEATURE_AFTER = re.compile(
    r" (?:Harbou?r|Bay|Creek|River|Island|Lake|Point|Beach|Springs?|Falls|Valley|Cove)\b"
    r"(?! (?:Area|Shore|Street|Road|Drive|Avenue|Boulevard|Parkway|Bridge|Expressway)\b)"
)  # (not "said Sunday Bay Area officials", "closed Saturday Lake Shore Drive")


def day_in_a_name(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the weekday ``text[start:end]`` begins a name with the capitalised noun after it,
    or belongs to a title-cased name or a chain's name (see :data:`_TITLED_PHRASE_AFTER`)."""
    if doc is None:
        return False
    if _CHAIN_DAY.fullmatch(text, start, end) and _CHAIN_INITIALS_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True
    if _PLURAL_DAY.fullmatch(text, start, end):  # "The Fridays on the Green concert series"
        return _titled_phrase(text, start, end)  # (blind 269)
    if not _DAY_NAME.fullmatch(text, start, end):
        return False
    if _FEATURE_AFTER.match(text, end):
        return True  # "The state ferry to Friday Harbor", "Sunday River" (blind 375)
    if _SUNDAY_SCHOOL.fullmatch(text, start, end + 7):
        return True  # "Children from the Sunday school made place mats" (blind 391)
    if _NAME_BEFORE_DAY.search(text, max(0, start - 40), start) and _SHOP_AFTER.match(text, end):
        return True  # "The Ruby Tuesday restaurant near the mall has closed" (blind 173)
    if _opens_with_named_day(text, start) or _habit_named_by_day(text, start, end):
        return True
    if _titled_phrase(text, start, end):
        return True
    if _POSSESSIVE_NAME.match(text, end):
        return _possessive_name(text, doc, start, end)
    if " " in text[start:end] and _part_of_day_in_a_name(doc, start, end):
        return True
    following = _NAME_WORD.match(text, end)
    if following is None or following["w"].lower() in _NOT_NAME_WORDS:
        return False
    span = doc.char_span(start, end)
    noun = doc.char_span(following.start("w"), following.end("w"))
    if span is None or noun is None or len(noun) != 1 or _title_case(span.sent):
        return False
    day, word = span[-1], noun[0]
    if word.pos_ not in ("NOUN", "PROPN") or word.ent_type_ in ("PERSON", "NORP", "GPE"):
        return False
    if word.dep_ in ("nsubj", "nsubjpass") and not _opens_phrase(span[0]):
        return False  # "said Monday Congress would return": a date before the subject
    return day.dep_ in ("compound", "nmod", "amod") and day.head.i >= word.i


# An apposition set off by commas that says what a name is: an article and lower-case words
# ("Tuesday Morning, the discount chain, will close"; not "ends Saturday Morning, the store
# said").
_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+[a-z][\w' -]*,")


def _part_of_day_in_a_name(doc: Doc, start: int, end: int) -> bool:
    """ "The Tuesday Morning store", "Tuesday Morning will close": a weekday and a capitalised
    part of the day name something (a chain, a show) as a clause's subject outside a
    title-cased headline, and so do a weekday and part of the day between a determiner and the
    lower-case noun both modify; in running text the morning itself is written in lower case."""
    span = doc.char_span(start, end)
    if span is None or span.end >= len(doc):
        return False
    if span[-1].is_title and _subject(span) and not _title_case(span.sent):
        return True  # "Tuesday Morning will close its store" (blind 109), not "Saturday Morning,"
    if (
        span[-1].is_title
        and span.start == span.sent.start
        and _DESCRIBED.match(doc.text, span.end_char)
    ):
        return True  # "Tuesday Morning, the discount chain, will close" (blind 152)
    if span.start == span.sent.start:
        return False
    before, after = doc[span.start - 1], doc[span.end]
    if before.dep_ == "amod" and span.start - 1 > span.sent.start:
        before = doc[span.start - 2]  # "The old Tuesday Morning store" (blind 163)
    return (
        before.dep_ in ("det", "poss")
        and after.pos_ == "NOUN"
        and after.text.islower()
        and span.root.dep_ in ("compound", "nmod", "amod")
        and span.root.head.i >= after.i
        and not _title_case(span.sent)
    )


def _subject(span: Span) -> bool:
    """Whether ``span`` is its clause's subject: so parsed, or read as a time adverbial of a
    verb that has no subject and with no comma after it."""
    root = span.root
    if root.dep_.startswith("nsubj"):
        return True
    if span.end < len(span.doc) and span.doc[span.end].is_punct:
        return False
    return root.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_.startswith("nsubj") for c in root.head.children
    )


_POSSESSIVE_NAME = re.compile(r"['\u2019]s (?P<w>[A-Z][a-z]+)\b(?!['\u2019]s\b)")


# What a day's event is called in apposition ("Saturday's Derby, the first race of ..."): the
# day's event, so the weekday stays a time.
_EVENT_NOUNS = frozenset(
    {"race", "game", "match", "contest", "debate", "primary", "caucus", "vote", "election",
     "meeting", "final", "fight", "bout", "tournament", "festival", "parade", "ceremony",
     "event", "rally", "summit", "hearing", "concert"}
)  # fmt: skip


def _possessive_name(text: str, doc: Doc, start: int, end: int) -> bool:
    """ "Tuesday's Child, the consignment shop": a weekday's possessive whose own head is a
    capitalised word right after it is a name (a shop's, a rhyme's) when that word is a common
    noun, a shop's or eatery's noun ("Thursday's Bistro") or is described by a common noun in
    apposition ("Sunday's Basket, a thrift store"),
    where a day's event names its event in lower case or after a proper noun ("Tuesday's New
    Hampshire primary", "Monday's Iowa caucuses"; "Tuesday's Morning Email" has a time word)."""
    following = _POSSESSIVE_NAME.match(text, end)
    span = doc.char_span(start, end)
    if following is None or following["w"].lower() in _NOT_NAME_WORDS:
        return False
    if _THE_BEFORE.search(text, max(0, start - 4), start):
        return True  # "The Wednesday's Child program" (blind 195): "the" owns no day's possessive
    noun = doc.char_span(following.start("w"), following.end("w"))
    if span is None or noun is None or len(noun) != 1 or _title_case(span.sent):
        return False
    day, word = span[-1], noun[0]
    if day.dep_ == "poss" and _shop_name(day, word):
        return True
    if day.dep_ != "poss" or day.head.i != word.i or word.ent_type_ in ("EVENT", "PERSON"):
        return False
    described = any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in _EVENT_NOUNS
        for c in word.children
    )
    business = word.lower_ in _BUSINESS_NOUNS  # "at Thursday's Bistro", read as a proper noun
    return word.pos_ == "NOUN" or (word.pos_ == "PROPN" and (described or business))


# Nouns that name a shop or an eatery when capitalised after a weekday's possessive (blind 29).
_BUSINESS_NOUNS = frozenset(
    {"bistro", "diner", "cafe", "café", "bakery", "deli", "pub", "tavern", "grill", "saloon",
     "restaurant", "kitchen", "eatery", "pizzeria", "boutique", "salon", "shop", "store", "bar"}
)  # fmt: skip


# A shop's or eatery's noun right after a weekday that ends a name (see :func:`day_in_a_name`).
_SHOP_AFTER = re.compile(rf" (?:{'|'.join(sorted(_BUSINESS_NOUNS))})s?\b")


# A business's head noun ending a capitalised name ("Friday's Fish House": blind 255).
_SHOP_HEADS = _BUSINESS_NOUNS | {"house", "inn"}


def _shop_name(day: Token, word: Token) -> bool:
    """ "Monday's Child Boutique", "Friday's Gas & Go": capitalised words after a weekday's
    possessive that end in the shop's noun the day hangs on, or that an ampersand joins, name
    a business (blind 44, 46); a day's event is named in lower case ("Monday's board meeting")."""
    doc, end = day.doc, word.i
    while end + 1 < len(doc) and (doc[end + 1].text == "&" or doc[end + 1].is_title):
        end += 1
    run = doc[word.i : end + 1]
    if len(run) < 2:
        return False
    shop = run[-1].lower_ in _SHOP_HEADS and day.head.i == run[-1].i
    return shop or any(t.text == "&" for t in run[1:-1])


def _opens_phrase(day: Token) -> bool:
    """Whether the weekday starts its sentence or follows a determiner ("The Saturday Market
    opens ...") or an owner's possessive ("St. Mark's Sunday Supper served ...": blind 33), so
    a subject after it is the name it begins; lower-case words describing the name may come
    between ("The downtown Saturday Market will move indoors": blind 287)."""
    first = day
    while first.i > first.sent.start and _describes(first.nbor(-1), day.head):
        first = first.nbor(-1)
    before = first.nbor(-1) if first.i > 0 else None
    return first.is_sent_start or (before is not None and before.dep_ in ("det", "case"))


def _describes(word: Token, name: Token) -> bool:
    """Whether ``word`` is a lower-case modifier of the name's noun ("downtown", "annual")."""
    return word.is_lower and word.dep_ in ("compound", "amod") and word.head.i == name.i


def _title_case(sentence: Span) -> bool:
    """A headline in title case: no word of four letters or more in lower case, nor a short one
    that title case capitalises ("Tickets for the Saturday Night Supper ... are $12" is a
    sentence: "are" is a verb)."""
    return all(
        t.text[0].isupper()
        for t in sentence
        if t.is_alpha and (len(t) > 3 or t.lower_ not in _TITLE_LOWER)
    )


# A sentence opening "The", a capitalised word and the weekday: "The Ruby Tuesday on Highway 45
# closed last week" (blind 199). No news sentence opens with a day so; the words that make a
# day's own name with it ("The Super Tuesday primaries", "The Good Friday service") are not
# read so.
_OPENING_NAME_BEFORE_DAY = re.compile(r"(?:^|[.!?]\s+)The (?P<w>[A-Z][a-z]+) $")
_DAY_NAME_WORDS = frozenset(
    {"Super", "Black", "Cyber", "Good", "Easter", "Palm", "Holy", "Ash", "Shrove", "Fat",
     "Maundy", "Giving", "Plough", "Whit", "Low", "Pentecost", "Trinity", "Bloody", "Blue",
     "Manic", "Small", "Boxing", "Election", "Thanksgiving", "Mother", "Father", "Memorial",
     "Labor", "Labour", "Christmas", "Following", "Same", "Next", "Last", "First", "Final"}
    | set(calendar.month_name[1:])
)  # fmt: skip


def _opens_with_named_day(text: str, start: int) -> bool:
    """Whether "The", a capitalised word and the weekday open the sentence (see
    :data:`_OPENING_NAME_BEFORE_DAY`)."""
    hit = _OPENING_NAME_BEFORE_DAY.search(text, max(0, start - 40), start)
    return hit is not None and hit["w"] not in _DAY_NAME_WORDS


# "serves its Friday fish fry every Friday" (blind 216): a thing its owner holds on that
# weekday, which the sentence sets as a habit; "at its Tuesday meeting" alone is a date.
_OWNER_BEFORE_DAY = re.compile(r"\b(?:its|their|our|his|her) $")
_NOUN_AFTER_DAY = re.compile(r" [a-z]")


def _habit_named_by_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday stands between an owner and a noun, and the sentence also says
    "every" or "each" of that weekday (see :data:`_OWNER_BEFORE_DAY`)."""
    if not _OWNER_BEFORE_DAY.search(text, max(0, start - 6), start):
        return False
    if not _NOUN_AFTER_DAY.match(text, end):
        return False
    day = re.escape(text[start:end])
    return re.search(rf"\b(?:every|each) {day}s?\b", text, re.I) is not None


# The short words a title-cased headline leaves in lower case.
_TITLE_LOWER = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in", "of",
     "off", "on", "out", "to", "up", "via", "vs", "as", "per"}
)  # fmt: skip


# A one-word name opened by an article, right before the weekday: "the former Ruby| Tuesday".
_NAME_BEFORE_DAY = re.compile(r"\b(?:[Tt]he|an?)(?: [a-z]+){0,2} [A-Z][a-z]+ $")
_BARE_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NAMED_PART_OF_DAY = re.compile(rf"{_BARE_DAY.pattern} (?:Morning|Afternoon|Evening|Night)")


def names_a_part_of_day(text: str) -> bool:
    """ "Tuesday Morning": a weekday with a capitalised part of the day, alone, is a name (a
    chain's, a show's); running text writes the morning itself in lower case."""
    return _NAMED_PART_OF_DAY.fullmatch(text.strip()) is not None


def weekdays_ending_names(
    text: str, doc: Doc | None, found: list[tuple[int, int, Result]]
) -> list[tuple[int, int, Result]]:
    """``found`` less the bare weekdays that end a name (see the module docstring): a weekday
    after a one-word name whose clause verb also has a date that does not hold the weekday's."""
    if doc is None:
        return found
    return [item for item in found if not _ends_a_name(text, doc, item, found)]


def _ends_a_name(
    text: str, doc: Doc, item: tuple[int, int, Result], found: list[tuple[int, int, Result]]
) -> bool:
    start, end, result = item
    if not _BARE_DAY.fullmatch(text, start, end) or result.start is None:
        return False
    if not _NAME_BEFORE_DAY.search(text, max(0, start - 40), start):
        return False
    verb = _verb_at(doc, start, end)
    if verb is None:
        return False
    day = result.start
    return any(
        other is not item and _dates_verb_elsewhere(doc, other, verb, day) for other in found
    )


def _dates_verb_elsewhere(doc: Doc, other: tuple[int, int, Result], verb: int, day: date) -> bool:
    """Whether ``other`` is a date of the clause verb ``verb`` that does not hold ``day``."""
    start, end, r = other
    if r.kind != "date" or r.start is None or r.end is None or r.start <= day <= r.end:
        return False
    return _verb_at(doc, start, end) == verb


def _verb_at(doc: Doc, start: int, end: int) -> int | None:
    """The index of the verb heading the clause of ``text[start:end]``, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = None if span is None else clause_verb(span.root)
    return None if verb is None else verb.i


# The text of a quote up to the day, and after it up to the closing mark.
_QUOTE_BEFORE = re.compile(r"[\"\u201c](?P<inner>[^\"\u201c\u201d\n]*)$")
_QUOTE_AFTER = re.compile(r"(?P<inner>[^\"\u201c\u201d\n]*?)[,.!?]?[\"\u201d]")
# The same in single quotes, which are also apostrophes: one opens only after a space or a
# bracket and before a capital, and closes only before a non-letter, with no apostrophe
# inside ("will discuss 'A Tuesday in Winter' at its meeting").
_SINGLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))['\u2018](?P<inner>(?:[A-Z][^'\u2018\u2019\"\n]*)?)$")
_SINGLE_AFTER = re.compile(r"(?P<inner>[^'\u2018\u2019\"\n]*?)[,.!?]?['\u2019](?![A-Za-z])")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


_MONTH_WORD = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
# Short words a title leaves in lower case ("Sunday in the Park with George").
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon"})
# The capitalised times a title may hold: a weekday (with its part of day, or plural), a month,
# a counted unit ("A Month of Sundays"), a day word ("Last Week Tonight"), a season ("A
# Wednesday in Winter": blind 27); a named day in a greeting stays ("Happy Good Friday to All!").
_TITLE_TIME = re.compile(
    r"(?:(?:Last|Next|This) )?"  # "The Last Friday in June", a play (blind 47)
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s| Night| Morning| Afternoon| Evening)?|"
    rf"{_MONTH_WORD.pattern}|"
    r"(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) (?:Day|Night|Week|Month|Year)s?|"
    r"Today|Tonight|Tomorrow|Yesterday|Midday|Midnight|Spring|Summer|Fall|Autumn|Winter"
)


def day_in_a_quoted_title(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the capitalised time ``text[start:end]`` ("Sunday", "Sundays", "A Month") lies
    inside a quoted title: a quote of two words or more, its first and every long word
    capitalised, that nobody says."""
    if not _TITLE_TIME.fullmatch(text, start, end):
        return False
    before, after = _quote_around(text, start, end, _QUOTE_BEFORE, _QUOTE_AFTER)
    if before is None or after is None:
        before, after = _quote_around(text, start, end, _SINGLE_BEFORE, _SINGLE_AFTER)
    if before is None or after is None or _SPOKEN.match(text, after.end()) is not None:
        return False
    opening = text[before.start()]
    if opening == '"' and text.count('"', text.rfind("\n", 0, start) + 1, start) % 2 == 0:
        return False  # the straight quote before closes an earlier quote
    if _DAY_BEFORE_QUOTE.search(text, max(0, before.start() - 40), before.start() + 1):
        return False  # "called \u201cBlack Friday\u201d", "on \u201cSuper Tuesday\u201d": the day
    words = _WORD.findall(f"{before['inner']} {text[start:end]} {after['inner']}")
    capitalised = words[:1] + [  # a title's first word, too
        w for w in words if len(w) > 3 and w not in _TITLE_SMALL_WORDS
    ]
    own = _WORD.findall(text[start:end])  # a quote that is the time itself names it: "Golden Week"
    return len(words) > max(1, len(own)) and all(w[0].isupper() for w in capitalised)


def _quote_around(
    text: str, start: int, end: int, opening: re.Pattern[str], closing: re.Pattern[str]
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The quote's text before ``start`` and after ``end``, within 80 characters each way."""
    before = opening.search(text, max(0, start - 80), start)
    return before, closing.match(text, end, min(len(text), end + 80))


# A one-word holiday that may open an event's name as a month does ("the Halloween Hustle 5K"),
# and the carnival's day, whose two words are one name ("the Fat Tuesday Grill": blind 13).
_CARNIVAL_DAYS = ("mardi gras", "fat tuesday", "shrove tuesday")
_HOLIDAY_WORD = re.compile(
    "|".join(
        sorted(n.title() for n in _NAMED_DAYS if " " not in n and n != "midterms")
        + [n.title() for n in _CARNIVAL_DAYS]
    )
)
# Nouns of a body or its sitting: "the March Council meeting" is dated by its month.
_SITTING_NOUNS = frozenset(
    {"council", "board", "commission", "committee", "meeting", "session", "election", "primary",
     "court", "assembly", "legislature", "congress", "senate", "house", "term", "convention",
     "caucus", "caucuses", "vote", "ballot", "budget", "report", "jobs", "quarter"}
)  # fmt: skip


def _named_by_a_noun(words: list[str]) -> bool:
    """Whether the capitalised run after the month is one English common noun, no body's or
    sitting's, that gives the thing its name ("Madness", "Jubilee")."""
    if len(words) != 1 or not words[0][1:].islower():
        return False  # "a July NATO summit": an acronym is a body's name
    word = words[0].lower()
    if word in _UNLISTED_NAME_NOUNS:
        return True
    return word not in _SITTING_NOUNS and word in lemma_index_words(("noun",))


# Nouns that name a thing and the lexicon lacks ("The church's October Fest craft sale": blind
# 146).
_UNLISTED_NAME_NOUNS = frozenset({"fest"})


# (or an owner's possessive: "The church's October Fest craft sale", blind 146)
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|\ban?|\b[a-z]+['\u2019]s) $")
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w'&/-]*)+")  # "Post-ABC News", "Post/ABC News"
_LOWER_WORD = re.compile(r" ([a-z]+)\b")
_POSSESSIVE = re.compile(r"['\u2019]s\b")  # "June's Diner", "at April's Bakery"


# Set phrases a month opens that name no time: the college basketball tournament ("for March
# Madness games": blind 235) and the campaign term ("braced for an October surprise").
_MONTH_PHRASES = re.compile(r"(?:March (?=Madness\b)|October (?=[Ss]urprises?\b))")


# A race a month or holiday names, of any number of words: "the Leap Day 5K" (blind 374), as
# "the April Fools 5K" and "the Halloween Hustle 5K" are names, not their days.
_RACE_AFTER = re.compile(r" (?:[1-9]\d?[Kk]|(?:Fun )?Run|Dash|Trot|(?:Half )?Marathon)\b")


def _race_named(text: str, start: int, end: int) -> bool:
    return (
        _RACE_AFTER.match(text, end) is not None
        and (_MONTH_WORD.fullmatch(text, start, end) is not None or _named_day(text, start, end))
        and _ARTICLE_BEFORE.search(text[max(0, start - 20) : start]) is not None
    )


def month_in_a_name(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the bare month or one-word holiday ``text[start:end]`` opens a name after an
    article ("at the April Rose Bakery", "the Halloween Hustle 5K") or as its owner ("June's
    Diner"): capitalised words follow, none of them a time word, and the month modifies one of
    them; a title-cased headline capitalises every word, so it proves nothing. A set phrase
    ("March Madness", "an October surprise") is one wherever it stands."""
    phrase = _MONTH_PHRASES.match(text, start)
    if phrase is not None and phrase.end() == end + 1:
        return True
    if _race_named(text, start, end):
        return True
    if doc is None or not (
        _MONTH_WORD.fullmatch(text, start, end) or _HOLIDAY_WORD.fullmatch(text, start, end)
    ):
        return False
    possessive = _POSSESSIVE.match(text, end)
    run = _CAPITALISED_RUN.match(text, possessive.end() if possessive else end)
    if run is None:
        return False
    if not possessive and not _ARTICLE_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    words = run.group().split()
    if any(w.lower() in _NOT_NAME_WORDS or _DAY_NAME.fullmatch(w) for w in words):
        return False
    span = doc.char_span(start, end)
    if span is None or _title_case(span.sent):
        return False
    # A lower-case noun after the capitalised words is what the month dates ("the July
    # Democratic convention", "a September Washington Post-ABC News poll").
    following = _LOWER_WORD.match(text, run.end())
    word = None if following is None else doc.char_span(*following.span(1))
    # (unless it is the kind of place the name is: "at the October Moon bar", blind 69, or one
    # common noun names the thing: "The March Madness party", "The July Jubilee sidewalk sale")
    if (
        word is not None
        and word[0].pos_ in ("NOUN", "ADJ")
        and word[0].lower_ not in _BUSINESS_NOUNS
        and not _named_by_a_noun(words)
    ):
        return False
    root = span.root
    # "The July Jam concert series continues": the parse may hang the month and its article on
    # the verb, as if a time, though no month takes "the" of its own (blind 125)
    owned = root.dep_ == "npadvmod" and any(c.dep_ == "det" for c in root.children)
    return owned or root.dep_ in ("compound", "nmod", "amod", "poss")
