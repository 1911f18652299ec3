"""Turn candidate spans into :class:`Time` records: widen, normalise, keep the best."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from dateline.records import Time
from dateline.time._anaphora import anchor_anaphora
from dateline.time._clause_year import clause_years
from dateline.time._clock_day import clock_days, clock_ranges
from dateline.time._find import (
    MEANINGFUL_SIGNALS,
    any_election_night,
    article_of_a_later_noun,
    candidates,
    extend_left,
    extend_right,
)
from dateline.time._lexicon import CLOCK
from dateline.time._named import NAMED_PATTERN, in_title, named_year
from dateline.time._normalise import Result, parse
from dateline.time._not_days import (
    day_in_a_name,
    day_in_a_quoted_title,
    fall_as_decline,
    month_in_a_name,
    names_a_work,
    school_midterms,
    season_as_verb,
    season_of_a_kind,
    weekdays_ending_names,
)
from dateline.time._repeated_day import repeat_dated_weekdays
from dateline.time._tense import tense_of
from dateline.time._until import after_extended

__all__ = ["find_times", "to_time"]


def to_time(start: int, end: int, text: str, result: Result) -> Time:
    """A record from a normalised result (an inverted interval loses its dates)."""
    first, last = result.start, result.end
    if first is not None and last is not None and first > last:
        first = last = None
    return Time(
        start=start,
        end=end,
        text=text,
        value=result.value,
        start_date=first.isoformat() if first else None,
        end_date=last.isoformat() if last else None,
        kind=result.kind,  # type: ignore[arg-type]
        mod=result.mod,
    )


def _tense(doc: Doc | None, start: int, end: int) -> str | None:
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return tense_of(span) if span is not None and len(span) else None


def _on_the_day(result: Result, reference: date | None) -> bool:
    """Whether the result falls on the reference day itself."""
    return reference is not None and (result.value or "").startswith(reference.isoformat())


def _resolve(
    text: str, doc: Doc | None, start: int, end: int, reference: date | None
) -> tuple[int, int, Result] | None:
    """Normalise ``text[start:end]``, widened by signals and suffixes that the rules accept."""
    tense = _tense(doc, start, end)
    result = parse(text[start:end], reference, tense)
    if result is None:
        return None
    for _ in range(2):
        right = extend_right(text, end)
        wider = parse(text[start:right], reference, tense) if right else None
        if right is None or wider is None or _record_span_earlier(text, doc, start, right):
            break
        end, result = right, wider
    possessive = text[end : end + 2] in ("'s", "\u2019s")  # "after Monday's debate"
    described = _DESCRIBED.match(text, end) is not None or _one_of(text, start, end)
    for _ in range(0 if possessive else 3):
        left = extend_left(text, start)
        if left is None or (described and left[1] == "in"):  # "in a year that ...": not ahead
            break
        article = None if doc is None or left[1] != "the" else doc.char_span(left[0], end)
        if article is not None and article_of_a_later_noun(article):
            break  # "The Fourth of July fireworks show": the article is the show's (blind 124)
        # a record's "in" looks back over a span ("its lowest in 33 years"), not over a date,
        # which the clause places ("will hold its first budget hearing in mid-September")
        looks_back = left[1] == "in" and result.kind == "duration"
        own = "past" if looks_back and _record_before(text, doc, left[0]) else tense
        wider = parse(text[left[0] : end], reference, own)
        if wider is None or (left[1] not in MEANINGFUL_SIGNALS and wider == result):
            break
        start, result = left[0], wider
    deictic = _DEICTIC_BEFORE.search(text, max(0, start - 8), start) if possessive else None
    if deictic is not None:  # "ahead of next Tuesday's primary": "next" is the expression's
        wider = parse(text[deictic.start() : end], reference, tense)
        if wider is not None:
            start, result = deictic.start(), wider
    if _BARE_YEAR.fullmatch(text[start:end]):  # "the 2012 election": the year is the expression
        start += 4
    event_year = _SIGNAL_EVENT_YEAR.fullmatch(text, start, end)
    if event_year is not None and _NOUN_AFTER.match(text, end):
        bare = parse(event_year["y"], reference, tense)
        if bare is not None:
            start, result = event_year.start("y"), bare
    period = _period_of_event(text, doc, start, end)
    if period is not None:
        again = parse(f"{text[start:period]}the {text[period:end]}", reference, tense)
        result = again if again is not None else result
    return start, end, result


_DEICTIC_BEFORE = re.compile(r"\b(?:next|last|this|coming)\s+$", re.IGNORECASE)
_BARE_PERIOD = re.compile(r"(?:[A-Za-z]+ )*(?P<p>[QqHh][1-4])")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|over|through|throughout|for|by|before|until|till|after|from|since|"
    r"within|into)\s+$",
    re.IGNORECASE,
)
_NOUNS = frozenset({"NOUN", "PROPN"})


def _period_of_event(text: str, doc: Doc | None, start: int, end: int) -> int | None:
    """Where "Q1" or "H2" starts in ``text[start:end]`` when a preposition puts the clause's
    event in it ("sales will fall in Q1": next year's first quarter when written in April),
    unlike a bare period naming figures ("Q1 results", "a drop in Q1 sales": the quarter just
    ended, which the rules read from the bare form); None otherwise."""
    m = _BARE_PERIOD.fullmatch(text, start, end)
    if m is None or doc is None:
        return None
    signal = m.start("p") > start
    if not signal and not _PREPOSITION_BEFORE.search(text, max(0, start - 15), start):
        return None
    token = doc.char_span(m.start("p"), end, alignment_mode="expand")
    if token is None or len(token) != 1:
        return None
    word = token[0]
    if word.head.i > word.i and word.head.pos_ in _NOUNS:  # modifies a noun after it
        return None
    return m.start("p")


_BARE_YEAR = re.compile(r"[Tt]he [12]\d{3}")
# "after the 2012 Benghazi attack", "before the 2012 vote": the signal governs the event the
# year dates, which lies somewhere in that year, so the year alone is the expression (not
# "after 2012", from 2013 on).
_SIGNAL_EVENT_YEAR = re.compile(r"[A-Za-z][A-Za-z ]* [Tt]he (?P<y>[12]\d{3})")
_NOUN_AFTER = re.compile(r" [A-Za-z]")
# A record set "in 33 years" looks back over them ("its lowest in 33 years", "the first time in
# two decades", "the biggest one-day drop in five years"): a span behind, not a date ahead.
_RECORD = re.compile(
    r"\b(highest|lowest|largest|biggest|smallest|greatest|strongest|weakest|fastest|slowest|"
    r"longest|shortest|cheapest|hottest|coldest|warmest|wettest|driest|deadliest|busiest|"
    r"sharpest|steepest|heaviest|worst|best|first)"
    r"(?:\s+(?!to\b)[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_VERBAL = frozenset({"VERB", "AUX"})


def _record_before(text: str, doc: Doc | None, start: int) -> bool:
    """Whether the "in" at ``start`` belongs to a superlative or "first" a few words before.

    A verb between them ("the first shipments will arrive in two weeks") makes "in" the
    verb's, a date ahead, unless the parse hangs "in" on the record's own phrase.
    """
    match = _RECORD.search(text, max(0, start - 60), start)
    if match is None:
        return False
    if doc is None:
        return True
    record = doc.char_span(match.start(1), match.end(1))
    prep = doc.char_span(start, start + 2)
    if record is None or prep is None:
        return True
    top, word = record[0], prep[0]
    if not any(t.pos_ in _VERBAL for t in doc[top.i + 1 : word.i]):
        return True
    return _attached(word, top)


def _attached(prep: Token, record: Token) -> bool:
    """Whether ``prep`` hangs on ``record``, the noun it modifies, or a participle of that noun."""
    head = prep.head
    if head.dep_ == "acl" and head.tag_ == "VBN":  # "the lowest level seen in 20 years"
        head = head.head
    return head == record or (record.dep_ in ("amod", "advmod") and head == record.head)


# A relative clause after the expression describes it ("a year that already had..."), so a
# preceding "in" is not "in a year" from now.
_DESCRIBED = re.compile(r",?\s+(?:that|when|which|in which|where)\b", re.IGNORECASE)


# "in a year of voter anger": an indefinite period an "of" phrase describes, not one from now.
_ONE_UNIT = re.compile(r"(?:a|an|one) (?:day|week|month|year|decade|season|era)", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")


def _one_of(text: str, start: int, end: int) -> bool:
    return bool(_ONE_UNIT.fullmatch(text, start, end) and _OF_AFTER.match(text, end))


def _clusters(spans: list[tuple[int, int, bool]]) -> list[list[tuple[int, int, bool]]]:
    """Groups of overlapping candidate spans, in text order."""
    groups: list[list[tuple[int, int, bool]]] = []
    end = -1
    for span in sorted(spans):
        if groups and span[0] < end:
            groups[-1].append(span)
            end = max(end, span[1])
        else:
            groups.append([span])
            end = span[1]
    return groups


# Any run of white space: web text breaks lines inside an expression ("the fall of\n  2013").
_JOINER = re.compile(r"[\s,]*(?:(?:on|at|of|in)\s+)?")


def _join_adjacent(
    text: str, doc: Doc | None, found: list[tuple[int, int, Result]], reference: date | None
) -> list[tuple[int, int, Result]]:
    """Merge neighbours that form one expression ("10 a.m." + "Monday")."""
    merged: list[tuple[int, int, Result]] = []
    for k, item in enumerate(found):
        later = found[k + 1] if k + 1 < len(found) else None
        if later is not None and _clock_of_later_day(text, doc, item, later, reference):
            merged.append(item)  # "for Father's Day at 8 a.m. Sunday": the hour is Sunday's
            continue
        if merged and _JOINER.fullmatch(text[merged[-1][1] : item[0]]):
            start = merged[-1][0]
            joined = parse(text[start : item[1]], reference, _tense(doc, start, item[1]))
            if joined is not None and joined.value is not None:
                merged[-1] = (
                    _with_the(text, doc, start, item[1], joined, reference),
                    item[1],
                    joined,
                )
                continue
        merged.append(item)
    return merged


_BARE_CLOCK = re.compile(rf"(?:{CLOCK})", re.IGNORECASE)
_CLOCK_TO_DAY = re.compile(r"[\s,]*(?:on\s+)?")


def _clock_of_later_day(
    text: str,
    doc: Doc | None,
    clock: tuple[int, int, Result],
    later: tuple[int, int, Result],
    reference: date | None,
) -> bool:
    """Whether a bare clock time is the hour of the day named right after it ("at 8 a.m.
    Sunday"), which it joins instead of a day before it (blind 144)."""
    if not _BARE_CLOCK.fullmatch(text, clock[0], clock[1]):
        return False
    if not _CLOCK_TO_DAY.fullmatch(text, clock[1], later[0]):
        return False
    joined = parse(text[clock[0] : later[1]], reference, _tense(doc, clock[0], later[1]))
    return joined is not None and joined.value is not None


def _with_the(
    text: str, doc: Doc | None, start: int, end: int, joined: Result, reference: date | None
) -> int:
    """The start of a joined expression, taking a "the" before it that keeps its value ("on
    the Monday after Thanksgiving": "the" + "Monday" did not parse alone)."""
    if text[max(0, start - 4) : start].lower() != "the ":
        return start
    wider = parse(text[start - 4 : end], reference, _tense(doc, start - 4, end))
    return start - 4 if wider == joined else start


def _ordinal_second(text: str, doc: Doc | None, end: int) -> bool:
    """ "a second look", "a second-generation Syrian": the ordinal, not one second of time."""
    if text[max(0, end - 6) : end].lower() != "second":
        return False
    if text[end : end + 1] == "-":
        return True
    token = doc.char_span(end - 6, end, alignment_mode="expand") if doc is not None else None
    return token is not None and len(token) == 1 and token[0].tag_ == "JJ"


_DAY_WORDS = frozenset({"today", "tomorrow", "yesterday"})
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?P<adj>[a-z]+\s+)?$", re.IGNORECASE)
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _day_word_as_noun(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """ "Imagine a tomorrow where...", "a better tomorrow": a day word after an article, or
    after an article and an adjective, is a noun for the future or the present, not a date
    ("issued a statement today" keeps its date: a noun stands between)."""
    if text[start:end].lower() not in _DAY_WORDS:
        return False
    m = _ARTICLE_BEFORE.search(text, max(0, start - 20), start)
    if m is None or m["adj"] is None:
        return m is not None
    word = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if word is None or not len(word) or word.start == 0:
        return False
    return doc[word.start - 1].tag_ in _ADJECTIVE_TAGS  # type: ignore[index]


def _titled(text: str, start: int, end: int) -> bool:
    """ "Fahrenheit 9/11": a named day's short name inside a title is no time."""
    short = NAMED_PATTERN.search(text, start, end)
    return short is not None and short.end() == end and in_title(text, short.start())


def _named(
    text: str, doc: Doc | None, item: tuple[int, int, Result], reference: date | None
) -> tuple[int, int, Result]:
    """A month and day that names a day of one year ("the Sept. 11 attacks") takes that year."""
    start, end, _ = item
    year = named_year(text, start, end, _tense(doc, start, end))
    if year is None:
        return item
    dated = parse(f"{text[start:end]}, {year}", reference, _tense(doc, start, end))
    return item if dated is None or dated.value is None else (start, end, dated)


# "one day in June 2014", "one night last week", "One morning, ...": some day, not a span of one.
_INDEFINITE = re.compile(r"(?:one|some) (?:day|night|morning|afternoon|evening)", re.IGNORECASE)
_TO_DATE = re.compile(r",?\s+(?:in|on|during|of)?\s*")
_COUNTED_BEFORE = re.compile(
    r"\b(?:for|within|in|than|only|just|about|nearly|almost|after|least|most|"
    r"last(?:s|ed|ing)?|take|takes|taking|took|spend|spends|spending|spent)\s+$",
    re.IGNORECASE,
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.!?:;\n][\"'\u201c\u2018]?\s*|\b(?:and|but|then|until|when)\s+)$"
)


def _drop_indefinite_days(
    text: str, found: list[tuple[int, int, Result]]
) -> list[tuple[int, int, Result]]:
    """Drop "one day" read as a one-day duration where it names some day: before the date it
    falls in ("one day in June 2014", "one night last week") or opening a clause ("One
    morning, the soldiers came"). "for one day", "within one day" stay durations."""
    out = []
    for k, (start, end, result) in enumerate(found):
        if (
            result.kind == "duration"
            and _INDEFINITE.fullmatch(text, start, end)
            and not _COUNTED_BEFORE.search(text, max(0, start - 12), start)
            and (_dated(text, end, found[k + 1 :]) or _opens_clause(text, start, end))
        ):
            continue
        out.append((start, end, result))
    return out


def _dated(text: str, end: int, rest: list[tuple[int, int, Result]]) -> bool:
    """Whether a date follows at once ("one day| in June 2014")."""
    gap = _TO_DATE.match(text, end)
    return bool(rest) and gap is not None and gap.end() == rest[0][0] and rest[0][2].kind == "date"


def _opens_clause(text: str, start: int, end: int) -> bool:
    """ "One morning, ...": the expression opens a clause and a comma closes it."""
    return text.startswith(",", end) and bool(
        _CLAUSE_OPENING.search(text, max(0, start - 12), start)
    )


# A half, quarter or period with no year, and a sentence about a game: a part of the game
# ("trailed 21-7 in the second half", "scored 17 points in the fourth quarter"). "points" and
# "led" alone are no cue: polls have points and campaigns lead ("down from plus 21 points
# during the first quarter" is a calendar quarter).
_GAME_PART = re.compile(
    r"(?:(?:in|during|into|at|by|after|before|until|throughout|early|late|midway through) )*"
    r"(?:the )?(?:first|second|third|fourth|final|1st|2nd|3rd|4th) (?:half|quarter|period)",
    re.IGNORECASE,
)
_GAME_CUE = re.compile(
    r"\b(?:scored|scoring|touchdowns?|field goals?|halftime|half-time|overtime|innings?|"
    r"free throws?|three-pointers?|quarterback|goalkeeper|Super Bowl|World Series|Stanley Cup|"
    r"World Cup|playoffs?|(?:led|trailed|leading|trailing|lead|won|lost|beat|tied)"
    r"(?: by)? \d{1,3}-\d{1,3})\b",
    re.IGNORECASE,
)


def _game_part(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a half or quarter of a game rather than of a year."""
    if not _GAME_PART.fullmatch(text, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    sentence = span.sent if span is not None and len(span) else None
    if sentence is not None:
        return _GAME_CUE.search(text, sentence.start_char, sentence.end_char) is not None
    return _GAME_CUE.search(text, max(0, start - 200), min(len(text), end + 200)) is not None


# A day that names a body or a cause ("the March 8 movement", "the 9/11 commission"): the name
# of the group, not a date of the sentence ("the Sept. 11 attacks" keep theirs: an event).
_BODY = re.compile(
    r"[\s-]+(?:movement|commission|committee|coalition|alliance|brigade|group|memorial|museum|"
    r"foundation|fund|generation)s?\b",
    re.IGNORECASE,
)
_BARE_DAY = re.compile(r"(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2}/\d{1,2})")


def _names_a_body(text: str, start: int, end: int, result: Result) -> bool:
    return _BARE_DAY.fullmatch(text, start, end) is not None and bool(_BODY.match(text, end))


# "the Class of 2019", "the class of '88": a cohort named by its year.
_COHORT = re.compile(r"\b[Cc]lass of\s+$")


def _cohort(text: str, start: int) -> bool:
    return _COHORT.search(text, max(0, start - 10), start) is not None


# "a 24-hour store", "a 24-hour pharmacy": open around the clock, no stretch of time.
_ALWAYS_OPEN = re.compile(
    r"\s+(?:store|shop|supermarket|pharmacy|diner|restaurant|cafe|caf\u00e9|gym|"
    r"hotline|helpline|news|channel|clinic|casino|bar)s?\b",
    re.IGNORECASE,
)


def _round_the_clock(text: str, start: int, end: int) -> bool:
    return text[start:end].lower() == "24-hour" and bool(_ALWAYS_OPEN.match(text, end))


# "two days after the vote": a count before "after" or "before" and an event with no date is
# anaphoric; the span takes the preposition and keeps no value (the anchor is not a date).
_COUNTED = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:day|week|month|year)s?"
)
_STRETCH_WORDS = frozenset({"ADJ", "NUM", "CCONJ"})


def _the_stretch(doc: Doc | None, start: int, end: int) -> bool:
    """ "the final nine weeks before the vote", "the three or six months after a rise": "the"
    and only adjectives, numbers and "or" before the count make it a stretch, not a move."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in _STRETCH_WORDS:  # type: ignore[index]
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"  # type: ignore[index]


_EVENT_AFTER = re.compile(r" (?P<p>after|before) (?!\d)")


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_EARLIER = re.compile(r".+\s(?:earlier|later)", re.IGNORECASE)


def _record_span_earlier(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """ "their highest level in two decades earlier this week": after a record's "in", the
    count is the span looked back over and "earlier" opens the date that follows, so "two
    decades earlier" is no expression ("two decades" and "earlier this week" are)."""
    before = _IN_BEFORE.search(text, max(0, start - 4), start)
    return (
        before is not None
        and _EARLIER.fullmatch(text, start, end) is not None
        and _record_before(text, doc, before.start())
    )


_PERIOD_ENDED = re.compile(
    r"(?:the )?(?:(?:fiscal|financial) )?(?P<p>year|quarter) (?P<v>ended|ending) ", re.IGNORECASE
)


def _period_ended_clause(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """ "The county's fiscal year ended Sept. 30 with a surplus": "ended" is the clause's verb
    and the date alone is the expression, unlike the noun phrase "(profit in) the year ended
    March 31", one year ending that day. The parse often hangs such a clause on the noun, so a
    period noun at the root of its sentence counts as the subject too."""
    m = _PERIOD_ENDED.match(text, start, end)
    if m is None or doc is None:
        return False
    noun = doc.char_span(m.start("p"), m.end("p"))
    verb = doc.char_span(m.start("v"), m.end("v"))
    if noun is None or verb is None or len(noun) != 1 or len(verb) != 1:
        return False
    period, ended = noun[0], verb[0]
    if period.dep_ == "ROOT" and ended.head.i == period.i:
        return True
    return period.dep_ == "nsubj" and period.head.i == ended.i and ended.dep_ != "acl"


# Verbs whose count is the time spent ("served 12 years", "spent two weeks").
_SPELL_VERBS = frozenset({"serve", "spend", "work", "wait", "last", "stay", "remain", "teach"})


def _spell_before_gerund(doc: Doc | None, prep: int, word: int) -> bool:
    """ "served 12 years before retiring": after a verb of time spent, a count before "before"
    or "after" and a gerund is the spell itself, not a move from an event ("appointed him two
    days after taking office" stays anchored; blind 68)."""
    if doc is None:
        return False
    preposition = doc.char_span(prep, prep + 1, alignment_mode="expand")
    gerund = doc.char_span(word, word + 1, alignment_mode="expand")
    if not preposition or not gerund or gerund[0].tag_ != "VBG":
        return False
    return preposition[0].head.lemma_ in _SPELL_VERBS


# Verbs whose "by" gives the amount of a change ("extend the school year by three days").
_CHANGE_VERBS = frozenset(
    {"extend", "delay", "postpone", "push", "cut", "shorten", "lengthen", "move", "increase",
     "reduce", "raise", "lower", "grow", "shrink", "trim"}
)  # fmt: skip


def _changed_by(doc: Doc | None, start: int) -> bool:
    """ "extend the school year by three days after the snow closings" (blind 179): a count
    after a change verb's "by" is the change itself, not a move from the event after it
    ("ballots must arrive by three days after the election" stays anchored)."""
    if doc is None:
        return False
    count = doc.char_span(start, start + 1, alignment_mode="expand")
    if not count or count[0].i == 0:
        return False
    by = doc[count[0].i - 1]
    return by.lower_ == "by" and by.head.lemma_ in _CHANGE_VERBS


def _anchored_by_event(
    text: str, found: list[tuple[int, int, Result]], reference: date | None, doc: Doc | None
) -> list[tuple[int, int, Result]]:
    out = []
    for k, (start, end, result) in enumerate(found):
        follow = _EVENT_AFTER.match(text, end)
        next_start = found[k + 1][0] if k + 1 < len(found) else len(text)
        if (
            result.kind == "duration"
            and follow is not None
            and follow.end() < next_start
            and _COUNTED.fullmatch(text, start, end)
            and not _COUNTED_BEFORE.search(text, max(0, start - 12), start)
            and not _the_stretch(doc, start, end)
            and not _spell_before_gerund(doc, follow.start("p"), follow.end())
            and not _changed_by(doc, start)
        ):
            widened = parse(text[start : follow.end("p")], reference, _tense(doc, start, end))
            if widened is not None:
                out.append((start, follow.end("p"), widened))
                continue
        out.append((start, end, result))
    return out


def find_times(text: str, doc: Doc | None, reference: date | None) -> list[Time]:
    """Every time expression in ``text``, normalised, non-overlapping, in text order."""
    found: list[tuple[int, int, Result]] = []
    taken_until = 0
    for group in _clusters(candidates(text, doc)):
        union = (min(s for s, _, _ in group), max(e for _, e, _ in group))
        options = [union, *sorted({(s, e) for s, e, _ in group}, key=lambda se: se[0] - se[1])]
        chosen: list[tuple[int, int, Result]] = []
        for start, end in options:
            if any(start < e and s < end for s, e, _ in chosen):
                continue
            if _period_ended_clause(text, doc, start, end) or _record_span_earlier(
                text, doc, start, end
            ):
                continue
            resolved = _resolve(text, doc, start, end, reference)
            if resolved is None or resolved[0] < taken_until:
                continue
            if any(resolved[0] < e and s < resolved[1] for s, e, _ in chosen):
                continue
            chosen.append(resolved)
        for start, end, result in sorted(chosen, key=lambda c: c[0]):
            if _ordinal_second(text, doc, end) or _titled(text, start, end):
                continue
            if any_election_night(text, start, end) and not _on_the_day(result, reference):
                continue
            if _day_word_as_noun(text, doc, start, end) or _game_part(text, doc, start, end):
                continue
            if _names_a_body(text, start, end, result) or _cohort(text, start):
                continue
            if _round_the_clock(text, start, end) or day_in_a_name(text, doc, start, end):
                continue
            if month_in_a_name(text, doc, start, end):
                continue
            if names_a_work(text, doc, start, end) or school_midterms(text, doc, start, end):
                continue
            if season_of_a_kind(text, doc, start, end) or fall_as_decline(text, doc, start, end):
                continue
            if season_as_verb(text, doc, start, end) or day_in_a_quoted_title(
                text, doc, start, end
            ):
                continue
            found.append((start, end, result))
            taken_until = max(taken_until, end)
    found = [
        _named(text, doc, item, reference) for item in _join_adjacent(text, doc, found, reference)
    ]
    found = weekdays_ending_names(text, doc, _drop_indefinite_days(text, found))
    found = anchor_anaphora(text, doc, clause_years(text, doc, found, reference))
    found = repeat_dated_weekdays(text, doc, found, reference)
    found = _anchored_by_event(text, found, reference, doc)
    found = clock_ranges(
        text, found, lambda start, end: parse(text[start:end], reference, _tense(doc, start, end))
    )
    found = clock_days(text, after_extended(text, found))
    return [to_time(start, end, text[start:end], result) for start, end, result in found]
