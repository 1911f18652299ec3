"""Find time-expression candidates: spaCy DATE/TIME entities plus patterns spaCy misses.

Candidates are generous on purpose; the normaliser decides. spaCy misses signals ("since",
"by") and some expressions entirely ("for three months" as a duration, "Monday morning"), and
tags ages ("a 49-year-old") as dates, which are dropped here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from dateline.text_layout import line_at, title_case
from dateline.time._lexicon import (
    CLOCK,
    MONTHS,
    NUMBERS,
    O_CLOCK,
    SEASON_WORDS,
    TIME_ZONES,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_NAMES,
    alternation,
    zone_alternation,
)
from dateline.time._named import NAMED_PATTERN
from dateline.time._prefilter import Prefiltered, TextView

__all__ = ["AGE", "MEANINGFUL_SIGNALS", "candidates", "extend_left", "extend_right"]

_I = re.IGNORECASE
_MONTH_CAP = alternation(
    [m.capitalize() for m in MONTHS if len(m) > 3 and m != "may"]
    + [f"{m.capitalize()}." for m in MONTHS if len(m) <= 4 and m != "may"]
    + [m.upper() for m in MONTHS if len(m) > 4]
)
_WEEKDAY_CAP = WEEKDAY_NAMES
_SEASON = alternation(SEASON_WORDS)
_UNIT = rf"(?:{alternation(UNITS)})s?"
_NUM = rf"(?:\d+(?:\.\d+)?|{alternation([*NUMBERS, *VAGUE_NUMBERS])})(?: and a half)?"
_YEAR = r"(?:1[5-9]|20|21)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_CLOCK = f"{CLOCK}|{O_CLOCK}"
_PART_OF_DAY = "(?:morning|afternoon|evening|night)"
# The word naming a period relative to now ("this summer", "next week"): see _AMOUNT_BEFORE.
_NAMED_PERIOD_WORD = r"(?:this|next|last) "

# An hour of the 12-hour clock with its a.m. or p.m.
_HOUR_AMPM = r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)? ?[ap]\.? ?m\b\.?"
_HOLIDAY = (
    r"(?:Orthodox )?Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|"
    r"New Year's(?= (?:holiday )?weekend\b)|"
    # "because of New Year's.": the day, written bare at a clause's end (blind 257)
    r"New Year's(?=[.,;:!?]|$)|"
    r"Boxing Day|Halloween|"
    r"Valentine's Day|Valentine's(?= (?:[Nn]ight|[Ee]vening)\b)|"
    r"Independence Day|Bastille Day|Victory Day|Easter(?: Sunday| Monday)?|"
    r"Thanksgiving(?: Day| [Ee]ve)?|Armistice Day|Veterans Day|Labor Day|Memorial Day|Election Day|"
    r"Super Tuesday|Super Bowl Sunday|Black Friday|Small Business Saturday|Cyber Monday|"
    r"Friday the 13th|"
    r"Giving Tuesday|Tax Day|"
    r"Good Friday|Palm Sunday|Ash Wednesday|Lundi Gras|Mardi Gras|Fat Tuesday|Shrove Tuesday|"
    r"Rosh Hashanah?|Yom Kippur|Sukkot|Hanukkah|Chanukah|Purim|Passover|Shavuot|"
    r"Maundy Thursday|Holy Thursday|Holy Saturday|Pentecost|Juneteenth|"
    r"Martin Luther King(?: Jr\.?)? Day|"
    r"MLK Day|(?<!Luther )King Day|(?:the )?(?:Martin Luther King(?: Jr\.?)?|MLK) holiday|"
    r"[Tt]he King holiday|"
    r"Presidents'? Day|Washington's Birthday|Columbus Day|"
    r"Indigenous Peoples'? Day|"
    r"Mother's Day|Father's Day|(?:National )?Grandparents'? Day|(?:National )?Arbor Day|"
    r"(?:the )?Fourth of July|"
    r"July Fourth|Inauguration Day|Leap Day|Election Night|(?:St\.?|Saint) Patrick's Day|"
    r"Cinco de Mayo|Groundhog Day|Three Kings'? Day|C[eé]sar Ch[aá]vez Day|"
    r"Flag Day|Earth Day|Anzac Day|Canada Day|Australia Day|Waitangi Day|Remembrance Day|"
    r"Guy Fawkes Night|Bonfire Night|Mischief Night|Patriot Day|Patriots'? Day|"
    r"(?:the )?(?:Lunar|Chinese) New Year|"
    r"April Fools'? Day|April Fool's Day|"
    r"(?:National )?Pearl Harbor (?:Remembrance )?Day|All Saints'? Day|All Souls'? Day"
).replace("'", "['\u2019]")  # "Mother’s Day" is written with either apostrophe
# Events whose eve news dates things by ("on the eve of the vote"): recognised, no value.
_EVENT = (
    r"(?:election|elections|vote|referendum|summit|talks|meeting|visit|war|invasion|attack|"
    r"games|olympics|world cup|final|trial|inauguration|anniversary|conference|congress|"
    r"convention|holiday|holidays|festival|ceremony|launch|deadline|debate|strike|poll|polls)"
)
_RANGE_END = (
    rf"(?:(?:(?:early|mid|late)[- ])?(?:(?:{_MONTH_CAP}|May)(?: {_DAY})?(?:,? {_YEAR})?|{_YEAR})|"
    rf"{_WEEKDAY_CAP}|{_HOLIDAY}|the Fourth(?! [A-Z]))"
)  # ("from June 28 through the Fourth": blind 383)

# "the day before", "the weekend after": an anaphor, valued from a nearby date (not before a
# named day: "the busiest week of the year before Mother's Day", blind 130).
_UNIT_ANAPHOR = re.compile(
    rf"\b[Tt]he (?:day|night|week|month|year|weekend) (?:before|after)\b"
    rf"(?! (?:{_HOLIDAY}|the Fourth)\b)"
)

_PATTERNS = [
    NAMED_PATTERN,  # "9/11"
    # Month names (capitalised), with day and year when present; "May" needs a number.
    re.compile(rf"\b(?:(?:{_WEEKDAY_CAP}),? )?(?:{_MONTH_CAP}|May)\.? {_DAY}\b(?:,? {_YEAR}\b)?"),
    re.compile(rf"\b{_DAY} (?:of )?(?:{_MONTH_CAP}|May)\b(?:,? {_YEAR}\b)?"),
    re.compile(rf"\b(?:{_MONTH_CAP}|May),? (?:of )?{_YEAR}\b"),
    re.compile(rf"\b(?:{_MONTH_CAP})(?!\.)\b"),
    re.compile(
        r"\b(?:in|In|of|by|By|on|On|early|mid|late|since|Since|until|Until|during)[- ]"
        r"(?P<t>May)\b"
    ),
    # Weekdays, with a part of day or plural (sets).
    re.compile(rf"\b(?:{_WEEKDAY_CAP})s?\b(?: (?:morning|afternoon|evening|night)s?\b)?"),
    # Wire copy's abbreviated weekdays ("Thurs. night", "2 p.m. Fri."); "Sat." and "Sun." (also
    # words, and a newspaper) only after a clock time or "on", or before a part of day.
    re.compile(rf"\b(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri)\.(?!\w)(?: {_PART_OF_DAY}\b)?"),
    re.compile(rf"\b(?:Sat|Sun)\. {_PART_OF_DAY}\b"),
    re.compile(r"(?:\b[ap]\.m\.|\b[Oo]n|\bnoon|\bmidnight) (?P<t>(?:Sat|Sun)\.)(?!\w)"),
    # "two Fridays ago", "three summers ago".
    re.compile(rf"\b{_NUM} (?:{_WEEKDAY_CAP}|{_SEASON})s (?:ago|from now)\b", _I),
    # Years after a preposition (a bare number is too often a count).
    re.compile(
        rf"\b(?:in|In|of|by|By|since|Since|until|Until|from|From|through|before|"
        rf"after|during|to|and|early|mid|late) (?P<t>{_YEAR})\b(?![ -]*(?:%|percent))"
    ),
    re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[01]?\d/[0-3]?\d/(?:19|20)\d\d\b"),
    # Relative days, parts of day, units with this/last/next.
    re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last night|overnight)\b", _I),
    re.compile(r"\bthis (?:morning|afternoon|evening)\b", _I),
    re.compile(
        rf"\b(?:the )?(?:this past|this|last|next|past|coming|current|previous|upcoming) "
        rf"(?:{_NUM} )?(?:week|month|year|quarter|decade|century|weekend|{_SEASON}|"
        rf"{_UNIT})s?\b",
        _I,
    ),
    # "this November", "last May" (the month capitalised: "this may" is no month), which
    # spaCy may tag as the month alone, losing the word that places it
    re.compile(
        rf"\b(?:[Tt]his past|[Tt]his coming|[Tt]his|[Ll]ast|[Nn]ext) (?:{_MONTH_CAP}|May)\b"
    ),
    re.compile(r"\b(?:earlier|later) (?:this|in the) (?:week|month|year|decade)\b", _I),
    re.compile(rf"\bthe rest of (?:the|this) (?:week|month|year|decade|{_SEASON})\b", _I),
    re.compile(r"\bthe (?:long|three-day) weekend\b", _I),
    # ... but "every single day from now until the vote" is a set, no day from now
    re.compile(
        rf"(?<!\bevery )(?<!\beach )\b{_NUM}[ -]{_UNIT} (?:ago|later|earlier|from now)\b"
        rf"(?! {_NAMED_PERIOD_WORD})",  # see _AMOUNT_BEFORE
        _I,
    ),
    re.compile(r"\bthe (?:week|month|year|weekend) (?:after next|before last)\b", _I),
    # Durations and sets ("three straight weeks", "an hour and a half", "decade-long").
    re.compile(rf"\b{_NUM}[ -]{_UNIT}\b", _I),
    re.compile(rf"\b{_NUM} (?:straight|consecutive|successive|full|whole|entire) {_UNIT}\b", _I),
    re.compile(rf"\b{_NUM} {_UNIT} and a half\b", _I),
    re.compile(r"\b(?:decade|year|month|week|day|hour|century)-long\b", _I),
    re.compile(r"\b(?:decade|year|month|week|day|hour)s-long\b", _I),  # "a months-long fight"
    re.compile(r"\b(?:for|over) (?P<t>decades|years|months|weeks|days|hours)\b", _I),
    re.compile(
        rf"\b(?:once |twice |{_NUM} times )?(?:every|each)(?: other| second)? (?:{_NUM} )?"
        rf"(?:{_UNIT}|{_SEASON}|weekend|{_PART_OF_DAY}|{_WEEKDAY_CAP}(?: {_PART_OF_DAY})?|"
        rf"{_HOLIDAY}|"
        rf"(?-i:{_MONTH_CAP}|May))\b",  # "every January", never "each march"
        _I,
    ),
    re.compile(rf"\b(?:once|twice|{_NUM} times) (?:a|an|per) (?:{_UNIT})\b", _I),
    # Seasons, decades, centuries, quarters, halves.
    re.compile(rf"\b(?:the )?(?:{_SEASON})(?: of)? (?:{_YEAR}\b|'\d\d\b)", _I),
    re.compile(
        rf"\b(?:in|In|this|This|the|The|during|until|since|by|every|each|last|next) "
        rf"(?P<t>{_SEASON})\b"
    ),
    # "the 1970s", "the 1970's", "the '90s" (typographic apostrophes too).
    re.compile(
        r"\b(?:the )?(?:1[5-9]|20)\d0['\u2019]?s\b|(?:\bthe )?['\u2019]\d0['\u2019]?s\b|"
        r"\bthe [6-9]0s\b",
        _I,
    ),
    re.compile(
        r"\b(?:the )?(?:\d{1,2}(?:st|nd|rd|th)|twenty-first|twentieth|nineteenth) century\b", _I
    ),
    re.compile(rf"\bQ[1-4](?:,? {_YEAR}\b)?|\bH[12] {_YEAR}\b"),
    re.compile(
        rf"\b(?:the )?(?:first|second|third|fourth|final|1st|2nd|3rd|4th) quarter"
        rf"(?: of (?:{_YEAR}\b|this year|last year|next year|the year))?",
        _I,
    ),
    re.compile(
        rf"\b(?:the )?(?:first|second|latter|back|front) half of (?:{_YEAR}\b|this year|last year|"
        rf"next year|the year)",
        _I,
    ),
    re.compile(r"\b(?:(?:year|month)[- ]end|(?:the )?(?:year|month)['\u2019]s end)\b", _I),
    re.compile(r"\b(?:at )?(?:this|the same) time (?:last|next) (?:week|month|year)\b", _I),
    re.compile(
        rf"\b(?:the )?(?:first|second|third|fourth|last|final)(?: full)? week(?:end)? (?:of|in) "
        rf"(?:{_MONTH_CAP}|May)\b(?:,? {_YEAR}\b)?"
    ),
    # "Super Tuesday 2016", "the 1988 Super Tuesday": a year either side dates the day;
    # "Thanksgiving weekend" (or "holiday weekend") is the weekend joined to it, "Christmas
    # week" its week, "Halloween night" a part of it.
    re.compile(
        rf"\b(?:(?:[Tt]he )?{_YEAR} |(?:[Ll]ast|[Nn]ext|[Tt]his) )?(?:{_HOLIDAY})\b"
        rf"(?:,? {_YEAR}\b| (?:holiday )?weekend\b| week\b| {_PART_OF_DAY}\b)?"
    ),
    re.compile(r"\bSuper Tuesday (?:[2-4]|II|III|IV)\b(?![.,]?\d)"),  # a later round's Tuesday
    re.compile(r"\b(?:the (?:holiday )?)?weekend\b", _I),
    # "FY26", "FY2025", "fiscal '26", "fiscal 2024" (NER may join a date after it to one span)
    re.compile(r"\b(?:FY ?(?:\d\d)?|[Ff]iscal (?:['\u2019]|(?:1[5-9]|20|21)(?=\d\d))?)\d\d\b"),
    # "the governor's fiscal year 2050 budget": NER may stop at "fiscal year".
    re.compile(rf"\b(?:fiscal|financial|budget|tax) year {_YEAR}\b", _I),
    # Days defined from another date: "the first Monday in May", "on the 15th", "the day after
    # Christmas", "the eve of the vote" (see _rules_anchored), "the turn of the century".
    re.compile(
        rf"\b(?:the )?(?:first|second|third|fourth|fifth|last|final) (?:{_WEEKDAY_CAP}) "
        rf"(?:in|of) (?:(?:{_MONTH_CAP}|May)\b(?:,? {_YEAR}\b)?|(?:the|this|next|last) month\b)"
    ),
    re.compile(
        r"\b(?:on|by|until|since|from|before|after) (?P<t>the (?:[12]?\d|3[01])"
        r"(?:st|nd|rd|th))\b(?![ -][a-z])"
    ),
    re.compile(
        rf"\b(?:the )?(?:(?:(?:{_NUM}) )?(?:days?|weeks?) (?:before|after)|night before) (?:"
        rf"{_HOLIDAY}|(?:{_MONTH_CAP}|May)\.? {_DAY}\b|{_WEEKDAY_CAP}|the {_DAY}\b)",
        _I,
    ),
    # "a week from Monday", "two weeks from today", "a week from tonight".
    re.compile(
        rf"\b{_NUM} (?:days?|weeks?) from (?:{_WEEKDAY_CAP}|today|tonight|tomorrow|yesterday)\b",
        _I,
    ),
    # "the early hours of Friday", "the wee hours of Jan. 5".
    re.compile(
        rf"\b(?:the )?(?:early|small|wee) hours of (?:{_WEEKDAY_CAP}|(?:{_MONTH_CAP}|May)\.? "
        rf"{_DAY}\b|today|yesterday)\b(?: {_PART_OF_DAY}\b)?"
    ),
    # A league's, school's or budget's year across two calendar years ("the 2020-21 season",
    # "the 2027-28 financial year") or labelled by one ("the 2028 season").
    re.compile(
        rf"\b(?:the )?{_YEAR}(?: ?[-/\u2013] ?(?:\d\d|{_YEAR}))? (?:season|(?:school|academic|"
        rf"financial|fiscal|budget|tax) year)\b",
        _I,
    ),
    # The seasons' astronomical turns: "the summer solstice", "the first day of spring".
    re.compile(
        r"\b(?:the )?(?:(?:summer|winter) solstice|(?:spring|vernal|autumnal?|fall) equinox"
        r"|first day of (?:spring|summer|fall|autumn|winter))\b",
        _I,
    ),
    # Lent, after a preposition (the verb "lent" is lower case).
    re.compile(r"\b(?:during|throughout|through|before|after|until|for|of|in) (?P<t>Lent)\b"),
    # Holy Week (blind 327)
    re.compile(r"\bHoly Week\b"),
    # "the week between Christmas and New Year's" (blind 359), "the Labor Day holiday" (blind
    # 359), "away over the holidays" (no value, as the holiday season: blind 361)
    re.compile(r"\b[Tt]he week between Christmas and New Year['\u2019]s(?: Day)?\b"),
    # (not after "after" or "before": "open again today after the New Year's Day holiday" is
    # the day, blind 64)
    re.compile(rf"(?<!after )(?<!before )\b[Tt]he (?:{_HOLIDAY}) holiday\b(?!s)"),
    re.compile(r"\b(?:over|during|for|after|before|through|until) (?P<t>the holidays)\b"),
    # School and legislative breaks and the holiday season (no value: the school's dates).
    re.compile(
        rf"\b(?:the )?(?:{_SEASON}|Christmas|holiday|Thanksgiving|Easter|midwinter|mid-?term) "
        r"(?:break|recess)\b|\b(?:the )?(?:holiday|festive|Christmas) season\b",
        _I,
    ),
    # Company and budget periods: "the fiscal year to March 2028", "the quarter ended Sept.
    # 30", "the March quarter", "the April-June quarter", "the fiscal first quarter".
    re.compile(
        rf"\b(?:the )?(?:(?:fiscal|financial) )?(?:year (?:that ends|that ended|to|ended|ending)|"
        rf"quarter (?:to|ended|ending)) "
        rf"(?:{_MONTH_CAP}|May)(?: {_DAY}\b)?(?:,? {_YEAR}\b)?"
    ),
    re.compile(r"\b(?:the )?(?:March|June|Sept\.?|September|Dec\.|December) quarter\b"),
    re.compile(
        rf"\b(?:the )?(?:{_MONTH_CAP}|May)[-\u2013/](?:{_MONTH_CAP}|May) (?:quarter|period)\b"
    ),
    re.compile(r"\b(?:the )?fiscal (?:first|second|third|fourth) quarter\b", _I),
    re.compile(
        rf"\b(?:the )?(?:first|last|final) {_NUM} (?:months|weeks|days) of (?:(?:the|this|last|"
        rf"next) (?:year|month)\b|{_YEAR}\b|(?:{_MONTH_CAP}|May)\b)"
    ),
    re.compile(rf"\bthe (?:better|best|greater) part of (?:a |an |one |{_NUM} )?{_UNIT}\b", _I),
    # "the first of the month", "the 15th of each month".
    re.compile(
        r"\bthe (?:first|second|third|fourth|fifth|tenth|fifteenth|twentieth|"
        r"(?:[12]?\d|3[01])(?:st|nd|rd|th)) (?:day )?of (?:the|each|every) month\b",
        _I,
    ),
    re.compile(rf"\b[Aa]lternate (?:(?:{_WEEKDAY_CAP})s|days|weeks|months|years)\b"),
    # "on the first business day of the new year" (blind 389)
    re.compile(
        rf"\b(?:the )?(?:first|last) business day (?:of|in) (?:the (?:new )?(?:year|month)|"
        rf"(?:next|this) (?:year|month)|(?:{_MONTH_CAP}|May)(?:,? {_YEAR})?|{_YEAR})\b"
    ),
    # "closed Friday, New Year's Day" (blind 388); after a clock time the weekday is the
    # clock's and the holiday stands apart ("at 9:30 p.m. Thursday, the Fourth of July": blind
    # 106)
    re.compile(
        rf"(?<![ap]\.m\. )(?<![ap]m )(?<!noon )(?<!midnight )"
        rf"\b(?:{_WEEKDAY_CAP}), (?:{_HOLIDAY})\b"
    ),
    # "on the morning of July 4" (blind 386)
    re.compile(
        rf"\b(?:the )?{_PART_OF_DAY} of (?:(?:{_MONTH_CAP}|May)\.? {_DAY}\b|{_HOLIDAY}\b|"
        rf"(?:{_WEEKDAY_CAP})\b)"
    ),
    # "by the last day of November" (blind 378)
    re.compile(rf"\b(?:the )?(?:first|last|final) day (?:of|in) (?:{_MONTH_CAP}|May)\b"),
    # "the week of Thanksgiving", "the weekend before Christmas", "the weekend after the Fourth"
    # (blind 377), "the weekend of Jan. 24" (blind 375); "sunrise Saturday".
    re.compile(
        rf"\b(?:the )?(?:week of|weekend (?:before|after|of)) "
        rf"(?:{_HOLIDAY}|(?:{_MONTH_CAP}|May)\.? {_DAY}\b|the Fourth\b(?! [A-Z]))"
    ),
    re.compile(
        rf"\b(?:sunrise|dawn|daybreak|sunset|dusk|sundown|nightfall),? (?:on )?"
        rf"(?:{_WEEKDAY_CAP}|today|tomorrow|yesterday)\b"
        r"(?! (?:morning|afternoon|evening|night)\b)"  # "at dusk tomorrow night" (blind 121)
        rf"|\b(?:{_WEEKDAY_CAP}|today|tomorrow|"
        r"yesterday) at (?:sunrise|dawn|daybreak|sunset|dusk|sundown|nightfall)\b"
    ),
    re.compile(r"\b(?:the )?(?:Roaring|Swinging) (?:Twenties|Sixties)\b"),
    # "set in the Sixties": a capitalised decade word (lower case is as often a temperature or
    # an age: "in the sixties", "in her sixties").
    re.compile(
        r"\b[Tt]he (?:Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties)\b"
    ),
    re.compile(r"\b(?:the )?near future\b", _I),
    # Weather, sports, business and election copy (see _rules_copy): "overnight Tuesday into
    # Wednesday", "mid-afternoon Friday", "from 4 to 7 p.m. Monday" (a first hour with no a.m.
    # or p.m., which no other pattern finds), "a week ago Friday", "this season", "the 2028-29
    # campaign", "year to date", "the prior-year period", "the trailing 12 months",
    # "since the midterms", "Leap Day", "Inauguration Day" ("Election Night" is a holiday above:
    # capitalised only, as "an election night party" is any election's night, a primary's too).
    re.compile(
        rf"\b(?:[Oo]vernight (?:{_WEEKDAY_CAP})(?: night)?|(?:{_WEEKDAY_CAP}) night) into "
        rf"(?:{_WEEKDAY_CAP})(?: morning)?\b"
    ),
    re.compile(rf"\b[Mm]id-?(?:morning|afternoon),? (?:on )?(?:{_WEEKDAY_CAP})\b"),
    # "hours will be 6 to 8 p.m. on Halloween": an earlier bare hour to a later clock time is
    # a span without "from" too ("at 10 to 7" is a clock reading; the rule checks the order).
    re.compile(
        rf"(?<![Aa]t )(?<![Ff]rom )(?<![Bb]etween )\b(?:1[0-2]|0?[1-9]) to (?:{CLOCK})"
        rf"(?:,? (?:on )?(?:{_WEEKDAY_CAP}|today|tomorrow|tonight|{_HOLIDAY})\b)?"
    ),
    re.compile(
        rf"\b(?:[Ff]rom|[Bb]etween) (?:1[0-2]|0?[1-9])(?::[0-5]\d)? (?:to|and|until|-|\u2013) "
        rf"(?:{CLOCK})(?:,? (?:on )?(?:{_WEEKDAY_CAP}|today|tomorrow|tonight)\b)?"
    ),
    # "from 9 a.m. to noon Saturday" (blind 381): to or from noon or midnight, before its day
    re.compile(
        rf"\b[Ff]rom (?:{_HOUR_AMPM}|noon) (?:to|until|-|\u2013) "
        rf"(?:noon|midnight|{_HOUR_AMPM}),? (?:on )?"
        rf"(?:{_WEEKDAY_CAP}|today|tomorrow|tonight)\b"
    ),
    # An hour on one day to an hour on another: one duration ("from 9 p.m. Wednesday until 5
    # a.m. Thursday": blind 38).
    re.compile(
        rf"\b[Ff]rom (?:{CLOCK}),? (?:on )?(?:{_WEEKDAY_CAP}) (?:to|until|till|through) "
        rf"(?:{CLOCK}),? (?:on )?(?:{_WEEKDAY_CAP})\b"
    ),
    re.compile(rf"\b{_NUM} weeks? ago,? (?:on |last )?(?:{_WEEKDAY_CAP})\b", _I),
    # "10 years ago this month" (blind 384)
    re.compile(rf"\b{_NUM} years? ago (?:this (?:month|week)|today)\b", _I),
    re.compile(r"(?<!\bthe )\b(?:this|last|next) season\b(?! of\b)", _I),
    re.compile(rf"\b(?:the )?{_YEAR} ?[-/\u2013] ?(?:\d\d|{_YEAR}) campaign\b", _I),
    re.compile(r"\b(?:the )?(?:year|month|quarter)[- ]to[- ]date\b", _I),
    re.compile(
        r"\bthe (?:prior|previous|year)[- ](?:year|earlier|ago) (?:period|quarter|half)\b", _I
    ),
    re.compile(rf"\b(?:the )?trailing {_NUM}[ -]{_UNIT}\b", _I),
    re.compile(
        r"\b(?:the midterms|the midterm elections?|midterm election day|leap day|"
        r"inauguration day)\b",
        _I,
    ),
    # Calendar idioms (see _rules_phrases): "two Christmases ago", "biennially", "midweek",
    # "come fall", "Golden Week", "this school year", "the first half of last season", "the
    # fiscal year starting April 1", "six days a week"; "the Fourth" only capitalised and
    # alone ("on the Fourth."; not "the Fourth Amendment", "the fourth time").
    re.compile(
        rf"\b{_NUM} (?:Christmases|Thanksgivings|Easters|Halloweens) (?:ago|from now)\b", _I
    ),
    re.compile(r"\b(?:biennially|mid-?week)\b", _I),
    # "for the season this Saturday": NER may take the whole phrase, which reads no date.
    re.compile(
        rf"\b(?:[Ll]ast|[Nn]ext|[Tt]his(?: past)?) (?:{_WEEKDAY_CAP})"
        rf"(?:, (?:{_MONTH_CAP}|May)\.? {_DAY}\b| {_PART_OF_DAY}\b|\b)"
    ),  # ("next Friday, Jan. 7": blind 387)
    re.compile(
        rf"(?<![Tt]o )(?<!ll )(?<!ould )(?<!ill )(?<!can )(?<!did )(?<!may )\b[Cc]ome "
        rf"(?:{_SEASON}|{_WEEKDAY_CAP}|{_MONTH_CAP}|{_HOLIDAY})\b"
    ),
    re.compile(r"\bthe Fourth\b(?=\s*(?:[.,;:!?)]|$))"),
    # "Fireworks on the Fourth drew ..." (blind 387): after "on", before a lower-case word
    re.compile(r"(?<=\b[Oo]n )the Fourth\b(?= [a-z])(?! of\b)"),
    re.compile(r"\bGolden Week\b"),
    re.compile(
        r"\b(?:(?:the|this|next|last) )?(?:school|academic) year\b|\b(?:the )?(?:first|second) "
        r"half of (?:the |this |last |next )?season\b",
        _I,
    ),
    re.compile(
        rf"\b(?:the |its |their )?(?:(?:fiscal|financial|business|budget|tax) )?year "
        rf"(?:starting|beginning|that (?:starts|begins|started|began)) "
        rf"(?:{_MONTH_CAP}|May)\.? {_DAY}\b"
    ),
    re.compile(
        rf"\b{_NUM} (?:days|nights|hours|mornings|evenings) (?:a|an|per|each) "
        r"(?:day|week|month|year)\b",
        _I,
    ),
    # A half year with no year after a preposition ("improve in H2"); a following word other
    # than a year or a clause's joint reads as hydrogen ("in H2 production").
    re.compile(
        rf"\b(?:in|In|during|by|for|from|through|until) (?P<t>H[12])\b"
        rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?:{_YEAR}|as|and|but|when|if|after|before|than)\b)"
    ),
    # "now", but not the conjunction ("now that"), "from now on", an adverb in a compound
    # ("the now-defunct firm"), nor "now" in "X from now" (the pattern above has it whole).
    re.compile(r"(?<!from )\b[Nn]ow\b(?![-\u2010\u2011]| that\b| on\b)"),
    re.compile(r"\b(?:the )?(?:end|start|beginning|middle|close) of the quarter\b", _I),
    # US month/day ("held 3/14"); fractions, scores and "24/7" are kept out by _fraction.
    re.compile(r"(?<![\w/.,-])(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\w/%-]|[.,]\d)"),
    _UNIT_ANAPHOR,
    re.compile(rf"\b[Tt]he eve of (?:(?:{_HOLIDAY})\b|(?:the |a |an )?(?:[a-z]+ )?{_EVENT}\b)"),
    re.compile(
        r"\b(?:the )?turn of the (?:\d\d?(?:st|nd|rd|th) |[a-z]+(?:-[a-z]+)? )?"
        r"(?:century|millennium)\b",
        _I,
    ),
    re.compile(rf"\b[0-2]\d[0-5]\d ?(?:{zone_alternation('local time')})\b"),
    re.compile(rf"\b(?:{_WEEKDAY_CAP}) (?:to|through|until) (?:{_WEEKDAY_CAP})\b"),
    # A span of two month-days without "from" ("runs June 20 to July 29"): one duration.
    re.compile(
        rf"\b(?:{_MONTH_CAP}|May)\.? {_DAY} (?:to|through) (?:{_MONTH_CAP}|May)\.? {_DAY}\b"
    ),
    # "all week", "all month long": the whole current unit ("all year round" is no time).
    re.compile(r"\ball (?:week|month|year)\b", _I),
    # Ranges: "between 2010 and 2014", "from March to May" (one duration; see _normalise).
    # "from Tuesday, July 26, through Sunday, July 31": each end may carry its weekday
    re.compile(
        rf"\b(?:[Bb]etween|[Ff]rom) (?:(?:{_WEEKDAY_CAP}), )?{_RANGE_END},? "
        rf"(?:and|to|through|until|-) (?:(?:{_WEEKDAY_CAP}), )?{_RANGE_END}\b"
    ),
    # A range's last month at a sentence's end ("ran from March 2 to April.", "through early
    # December."): the month patterns above leave "April." to spaCy, which may tag only the
    # whole range or miss it.
    re.compile(
        rf"\b(?:to|through|until|till) (?P<t>(?:(?:early|mid|late)[- ])?(?:{_MONTH_CAP}|May))"
        r"(?=\.(?:\s|$))"
    ),
    re.compile(
        r"\b(?:that|the same) (?:day|week|month|year|morning|night|evening|afternoon)\b", _I
    ),
    re.compile(r"\b(?:earlier|later) (?:in|that) (?:the )?(?:day|night|evening|morning)\b", _I),
    re.compile(_CLOCK, _I),
    re.compile(r"\b(?:in )?recent (?:years|months|weeks|days|decades)\b|\brecently\b", _I),
    re.compile(r"\bthe coming (?:years|months|weeks|days|decades)\b", _I),
]
# Each pattern searched only where its needed words are (same matches, about a quarter of the time).
_PREFILTERED = [Prefiltered(pattern) for pattern in _PATTERNS]

# Signal and modifier words that may precede an expression; the normaliser says if they fit.
_LEFT = re.compile(
    r"(?:\b(?:ever since|since|by|until|till|through|before|after|from|within|no later than|circa|"
    r"every|each|more than|less than|about|around|nearly|almost|at least|up to|roughly|"
    r"approximately|some|early-to|mid-to|early|mid|late|earlier|later|the end of|the beginning of|"
    r"the start of|the middle of|the close of|the early part of|the (?:final|closing) "
    r"(?:days|weeks|months) of|the lat(?:t)?er part of|so far|the|in|on|at|during|over|for)"
    r"[\s-]+|"
    r"\bmid-)$",
    _I,
)
# A clock time followed by its own day is that day's ("begins July 1, at 7 p.m. Monday").
_NO_DAY_OF_ITS_OWN = rf"(?![\w.]*,? (?:on )?(?:{_WEEKDAY_CAP}|today|tonight|tomorrow)\b)"
_RIGHT = re.compile(
    rf"^(?:[\s,]+(?:ago|(?:later|earlier)(?! {_NAMED_PERIOD_WORD})|prior|from now|long"
    rf"|running(?=\s*(?:[^\w\s]|$))|in a row|"
    rf"morning|afternoon|evening|night|"
    # (a clock whole: "Easter at 6:30 a.m. Sunday" is no "Easter at 6:30", blind 238)
    rf"(?:at |around )?(?:{_CLOCK})(?! ?[ap]\.? ?m\b)(?: [A-Z]{{2,4}}\b)?{_NO_DAY_OF_ITS_OWN}|"
    rf"{zone_alternation('local time')})\b\.?)",
    _I,
)
# Words whose presence changes an expression's meaning: kept even when the value is the same.
MEANINGFUL_SIGNALS = frozenset(
    {"since", "ever since", "by", "until", "till", "through", "before", "after", "circa",
     "within", "no later than", "every", "each", "more than", "less than", "about", "around",
     "nearly", "almost", "at least", "up to", "roughly", "approximately", "early", "mid",
     "early-to", "mid-to",
     "late", "earlier", "later", "the end of", "the beginning of", "the start of",
     "the middle of", "the close of", "so far", "the", "the early part of", "the final days of",
     "the closing days of", "the final weeks of", "the closing weeks of", "the final months of",
     "the closing months of", "the latter part of", "the later part of"}
)  # fmt: skip
# Entities spaCy mistags as names: zones ("0300 GMT": ORG), holidays alone ("Easter": LOC, "the
# Mardi Gras" before "weekend": PERSON, blind 296) and fiscal years ("FY26": GPE); "Easter
# Island" is longer and still a name.
_NOT_A_NAME = re.compile(
    rf"(?:{alternation(TIME_ZONES)}|(?:(?:Last|Next|This|[Tt]he) )?(?:{_HOLIDAY})(?: weekend)?"
    r"|FY ?(?:\d\d)?\d\d|"
    r"Q[1-4]|H[12])"
)
_NAMES = frozenset({"ORG", "GPE", "LOC", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A capitalised "Today" after a capitalised word is a title ("Russia Today", "USA TODAY").
_IN_NAME = re.compile(r"(?<![.!?\"\u201c])\b[A-Z][\w.]*\s+(?:Today|TODAY)$")
# A weekday inside a day's name ("Bloody Sunday", "Ash Wednesday": not this week's weekday;
# the US ones with a rule are holidays) and a capitalised "This Week" after a word (a
# programme: "told ABC's This Week").
_DAY_NAME_WORD = re.compile(
    r"\b(?:Super|Black|Cyber|Good|Ash|Holy|Maundy|Bloody|Shrove|Giving|Palm|Fat|Mad)\s+$"
)
_WEEKDAY_START = re.compile(rf"(?:{_WEEKDAY_CAP})\b")
_PROGRAMME_BEFORE = re.compile(r"[\w,'\u2019]\s+$")


def _in_day_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    if _WEEKDAY_START.match(text, start, end):
        return bool(_DAY_NAME_WORD.search(before))
    return text[start:end] == "This Week" and bool(_PROGRAMME_BEFORE.search(before))


def _dates_after_day_names(
    text: str, found: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """ "on Super Tuesday, March 3": the date set after a named day's weekday and a comma, a
    candidate of its own where the weekday's candidate is the name's (blind 109)."""
    out = []
    for start, end, from_spacy in found:
        if _in_day_name(text, start, end):
            comma = _WEEKDAY_AND_COMMA.match(text, start, end)
            if comma is not None and comma.end() < end:
                out.append((comma.end(), end, from_spacy))
    return out


_WEEKDAY_AND_COMMA = re.compile(rf"(?:{_WEEKDAY_CAP}),\s+")
_IN_COMPOUND = re.compile(r"[\w$]-$")
_MID = re.compile(r"\bmid-$", re.IGNORECASE)


def _in_compound(text: str, start: int) -> bool:
    """A candidate after a hyphenated word ("$12-an-hour"); "mid-" is the expression's own
    modifier ("the mid-'70s", "mid-2019")."""
    before = text[max(0, start - 5) : start]
    return bool(_IN_COMPOUND.search(before)) and not _MID.search(before)


# "$12 an hour", "$40 a day", "12 euros per month": a rate of pay or a price, no duration.
_MONEY_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s(?:million|billion|thousand))?|"
    r"\b\d[\d,.]*\s(?:dollars|cents|pounds|euros))\s$",
    re.IGNORECASE,
)
_RATE_UNIT = re.compile(r"(?:an?|per)\s(?:hour|day|week|month|year)", re.IGNORECASE)


def _rate(text: str, start: int, end: int) -> bool:
    """ "$12 an hour": a unit after an amount of money is a rate, not a span of time."""
    return (
        _RATE_UNIT.fullmatch(text, start, end) is not None
        and _MONEY_BEFORE.search(text, max(0, start - 40), start) is not None
    )


AGE = re.compile(r"year[- ]olds?\b|years? old\b|\bages? \d|\baged\b", _I)
_MARK = re.compile(r"[\s-]+mark\b", _I)
_AGE_AFTER = re.compile(r"^[\s-]*(?:old|olds)\b", _I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$", _I)
# "a man in his late 70s", "in their mid-20s": a decade of someone's life, not of a century.
_OWN_DECADE = re.compile(r"(?:(?:early|mid|late)[\s-]+)?['\u2019]?\d0['\u2019]?s", _I)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$", _I
)


# "stay open an hour later this summer", "run 30 minutes later next week" (table 227): an
# amount a time moves by makes "later" or "earlier" a comparative, no signal of the period after
# it and no anaphor's ("an hour later") either.
_AMOUNT_BEFORE = re.compile(rf"\b{_NUM}[ -]{_UNIT}\s$", _I)
_NAMED_PERIOD = re.compile(_NAMED_PERIOD_WORD, _I)


def extend_left(text: str, start: int) -> tuple[int, str] | None:
    """The start of one more preceding signal word and the word, or None."""
    m = _LEFT.search(text, max(0, start - 40), start)
    if m is None or m.end() != start:
        return None
    word = m.group(0).strip(" -").lower()
    if word in ("later", "earlier") and _moved_by_an_amount(text, m.start(), start):
        return None
    return m.start(), word


def _moved_by_an_amount(text: str, signal: int, start: int) -> bool:
    """Whether "later" or "earlier" at ``signal`` follows an amount and comes before "this",
    "next" or "last" at ``start`` (see :data:`_AMOUNT_BEFORE`; not "in three years earlier
    Tuesday", where it opens the day)."""
    return _NAMED_PERIOD.match(text, start) is not None and (
        _AMOUNT_BEFORE.search(text, max(0, signal - 40), signal) is not None
    )


def extend_right(text: str, end: int) -> int | None:
    """The end of a following "ago", "morning" or clock time, or None."""
    m = _RIGHT.match(text[end : end + 40])
    if m is None:
        return None
    matched = m.group(0)
    return end + len(matched if _ABBREVIATION_DOT.search(matched) else matched.rstrip("."))


# "at 7 p.m." keeps the dot that closes its abbreviation; "two days ago." loses the full stop.
_ABBREVIATION_DOT = re.compile(r"\.[a-z]\.$", _I)


# "Highs will be in the 90s", "approval in the low 60s": a bare two-digit decade after a
# measured quantity, or before its unit, is a band of figures, not a decade of the century.
_BARE_DECADE = re.compile(
    r"(?:(?:in|into)\s+)?(?:the\s+)?(?:(?:early|mid|late|low|high|upper)[\s-]+)?\d0s", _I
)
_MEASURE_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?|temps|readings?|degrees|heat index|wind chills?|approval)"
    r"\b[^.!?;]{0,40}$",
    _I,
)
_UNIT_AFTER = re.compile(r"\s*(?:degrees|\u00b0|percent|%)", _I)


def _figure_band(text: str, start: int, end: int) -> bool:
    """Whether the bare decade ``text[start:end]`` counts a measured quantity."""
    if not _BARE_DECADE.fullmatch(text, start, end):
        return False
    return bool(
        _MEASURE_BEFORE.search(text, max(0, start - 60), start) or _UNIT_AFTER.match(text, end)
    )


def _is_age(text: str, start: int, end: int) -> bool:
    inside = text[start:end]
    return bool(
        AGE.search(inside)
        or _AGE_AFTER.match(text[end : end + 8])
        or _AGE_BEFORE.search(text[max(0, start - 8) : start])
        or (
            _OWN_DECADE.search(inside) is not None
            and _POSSESSIVE_BEFORE.search(text, max(0, start - 14), start) is not None
        )
    )


# A move's ends: "moved trick-or-treating from Halloween to Monday" names two days, no span
# between them (blind 321).
_MOVE_BEFORE = re.compile(
    r"\b(?:move[sd]?|moving|postponed|pushed|shifted|switched|changed|rescheduled)"
    r"(?:\s+[\w'\u2019-]+){0,3}\s+$",
    _I,
)


def _moved_between(text: str, start: int, end: int) -> bool:
    """Whether the candidate is "<day> to <day>" after "from" and a verb of moving (or spans
    the "from")."""
    if text[start : start + 5].lower() != "from ":
        if text[max(0, start - 5) : start].lower() != "from ":
            return False
        start -= 5
    return " to " in text[start:end] and bool(_MOVE_BEFORE.search(text, max(0, start - 50), start))


def candidates(text: str, doc: Doc | None) -> list[tuple[int, int, bool]]:
    """Candidate spans ``(start, end, from_spacy)``, ages removed, unsorted and overlapping."""
    found: list[tuple[int, int, bool]] = []
    if doc is not None:
        found += [_unquoted(e) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        found += _inner_phrases(doc)
        found += _frequency_adverbs(doc)
    view = TextView(text)
    for pattern in _PREFILTERED:
        group = "t" if "t" in pattern.pattern.groupindex else 0
        found += [(m.start(group), m.end(group), False) for m in pattern.finditer(view)]
    names = (
        []
        if doc is None
        else [
            (e.start_char, e.end_char, e.label_ in _PLACE_LABELS)
            for e in doc.ents
            if e.label_ in _NAMES and not _NOT_A_NAME.fullmatch(e.text)
        ]
    )
    ends = [e for _, e, _ in names]
    found += _dates_after_day_names(text, found)
    return [
        c
        for c in found
        if not _is_age(text, c[0], c[1])
        and not _figure_band(text, c[0], c[1])
        and not _street_name(text, c[0], c[1])
        # "USA Today", "Easter Island"; a name inside the candidate stays ("Super" GPE in
        # "Super Tuesday")
        and not any(
            not _strictly_inside(s, e, c)
            and not _mistagged(text, s, e, c, place)
            and not _day_after_route(text, s, c)
            for s, e, place in _overlapping(names, ends, c)
        )
        and not _IN_NAME.search(text[max(0, c[0] - 30) : c[0]] + text[c[0] : c[1]])
        and not _in_day_name(text, c[0], c[1])
        and not _in_compound(text, c[0])  # "$12-an-hour"
        and not _rate(text, c[0], c[1])
        and not _is_modifier(doc, c[0], c[1])
        and not _ordinal_of_noun(doc, c[0], c[1])
        and not _month_in_name(doc, c[0], c[1])
        and not _model_year(text, doc, c[0], c[1])
        and not _counted_number(text, doc, c[0], c[1])
        and not _numbered_unit(text, c[0], c[1])
        and not _NOON_YEAR.match(text, c[0])
        and not _NOT_OVERNIGHT.search(text[max(0, c[0] - 40) : c[1]])
        and not _show_title(text, c[0], c[1])
        and not _furniture(doc, c[0], c[1])
        and not _MARK.match(text, c[1])  # "around the 2:05 mark": a place in a recording
        and not (c[2] and _CLOCK_RANGE.search(text, c[0], c[1]))
        and not _fraction(text, c[0], c[1])
        and not _PLACE_QUARTER.search(text, max(0, c[0] - 8), c[1])
        and not _season_of(text, c[0], c[1])
        and not _street_number(text, c[0], c[1])
        and not _YEAR_ROUND.match(text, c[1])
        and not _of_yesterday(text, c[0], c[1])
        and not _moved_between(text, c[0], c[1])
        and not _unit_before_a_clause(text, c[0], c[1])
    ]


# "arrested over the weekend after a fight": after a preposition the unit is that phrase's
# time, and "after" opens a phrase of its own, so "the weekend after" is no anaphor (blind 53;
# "worked through the weekend after 14 inches of snow fell", blind 204).
_PREPOSITION_BEFORE = re.compile(r"\b(?:over|during|through|throughout|in|on|at)\s+$", _I)
_ANCHORLESS_AFTER = re.compile(r"\s+(?:(?:a|an|his|her|their|its)\b|\d)", _I)


def _unit_before_a_clause(text: str, start: int, end: int) -> bool:
    return (
        _UNIT_ANAPHOR.fullmatch(text, start, end) is not None
        and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is not None
        and _ANCHORLESS_AFTER.match(text, end) is not None
    )


# Prepositions inside a date entity that open the time phrase proper ("the season in late
# April": the small model runs the noun before it into the entity; blind 55).
_INNER_PREPOSITIONS = frozenset({"in", "on", "at", "by", "during", "until", "since", "from"})


def _inner_phrases(doc: Doc) -> list[tuple[int, int, bool]]:
    """The rest of a date entity after a preposition inside it, as a candidate of its own:
    where the whole entity reads as no time, its time phrase still does."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME"):
            continue
        for tok in e[1:-1]:
            if tok.lower_ in _INNER_PREPOSITIONS and tok.dep_ == "prep":
                out.append((doc[tok.i + 1].idx, e.end_char, True))
                break
    return out


def article_of_a_later_noun(span: Span) -> bool:
    """Whether the span's opening article belongs to a noun after it, the named day only
    modifying that noun ("The Fourth of July boat parade"; a season keeps it: "The summer
    months")."""
    return (
        len(span) > 1 and span[1].is_title and span[0].dep_ == "det" and span[0].head.i >= span.end
    )


def _unquoted(entity: Span) -> tuple[int, int, bool]:
    """An entity's span without the quote marks the model sometimes takes in at either end
    ("'Sunday Morning'" gives "Sunday Morning'"), nor the article of a noun after a named day."""
    tokens = list(entity)
    while len(tokens) > 1 and tokens[-1].is_quote:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_quote:
        tokens.pop(0)
    if article_of_a_later_noun(entity.doc[tokens[0].i : tokens[-1].i + 1]):
        tokens.pop(0)  # "The Fourth of July fireworks show": the article is the show's (blind 124)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1]), True


# "open all year round": the whole year, every year, no time (a candidate ending in "year").
_YEAR_ROUND = re.compile(r"(?<=year)\s+(?:a)?round\b", _I)


# Suffixes that seldom end another name ("Court", "Square", "Place" do: "a 2019 Supreme Court
# ruling", "a 2019 Times Square rally").
_STREET_WORDS = r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Parkway|Pkwy|Terrace"
_STREET_SUFFIX = rf"(?:{_STREET_WORDS}|Drive)\b"
# A house number: a number, then a capitalised street name and its suffix ("2033 Main St.",
# "1450 N. Oak Avenue"); a comma or a period between them ends the year's clause ("in 2033,
# Main Street reopened").
_STREET_AFTER = re.compile(
    rf"\s+(?:(?:[NSEW]\.|North|South|East|West)\s+)?(?:[A-Z][\w'\u2019-]*\s+){{1,3}}{_STREET_SUFFIX}"
)
_HOUSE_NUMBER = re.compile(r"\d{3,5}")
# A year's signal or a determiner before the number keeps the year ("in 1990 Main Street was
# paved", "the 2019 Main Street parade").
_YEAR_SIGNAL_BEFORE = re.compile(
    r"\b(?:in|since|by|until|during|before|after|of|a|an|the|its|his|her|their)\s+$", _I
)


# Adverbs that say how often ("serves 200 meals daily"): spaCy's entities miss some after an
# object; as adjectives ("a daily newspaper") they are left to the entities.
_FREQUENCY_ADVERBS = frozenset(
    {"daily", "nightly", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly",
     "biweekly", "biannually"}
)  # fmt: skip


def _frequency_adverbs(doc: Doc) -> list[tuple[int, int, bool]]:
    """How-often adverbs (by dependency or tag), as candidates the normaliser makes sets."""
    return [
        (t.idx, t.idx + len(t.text), False)
        for t in doc
        if t.lower_ in _FREQUENCY_ADVERBS and (t.dep_ == "advmod" or t.tag_ == "RB")
    ]


# A street's own suffix after a capitalised candidate ("1225 Christmas Lane", "Easter Road"):
# the street's name (not "Drive": "the Christmas Drive" collects toys).
_STREET_NAMED = re.compile(rf"\s+(?:{_STREET_WORDS})\b")


# A business or farm named for a month or a day, maybe with one more word ("October Hill
# Winery", "Sunday Creek Farm"), unless a time's preposition comes first ("on Sunday Creek Farm
# reopened" is rare; "in May Hilltop Inn opened" keeps its month).
_SITE_NAMED = re.compile(
    r"(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:Winery|Vineyards?|Farms?|Orchards?|Inn|Tavern|Brewery|Brewing"
    r"|Bakery|Diner|Caf[eé]|Motel|Hotel|Ranch|Florists?|Flowers|Boutique|Salon|Deli|Pizzeria"
    r"|Bookstore|Grill|Pub|Bar|Lounge|Lanes|Daiquiris|Seals|Antiques|Emporium|Gallery|Bistro"
    r")\b"  # "the Easter Seals" (blind 330), "Sunday Drive Antiques" (blind 350)
)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|since|by|until|till|through|from|during|before|after|last|next|this|early|late"
    r"|mid-?)\s*$",
    _I,
)


def _street_name(text: str, start: int, end: int) -> bool:
    """Whether the candidate opens a street's or a business's name ("the gas station at 1225
    Christmas Lane", "the tasting room at October Hill Winery")."""
    if not text[start : start + 1].isupper():
        return False
    if _STREET_NAMED.match(text, end):
        return True
    return bool(_SITE_NAMED.match(text, end)) and not _TIME_PREPOSITION_BEFORE.search(
        text, max(0, start - 8), start
    )


def _street_number(text: str, start: int, end: int) -> bool:
    """ "the store at 2033 Main St.": a number before a street name is an address, not a year
    ("in 1990 Main Street was paved" keeps its year)."""
    if not _HOUSE_NUMBER.fullmatch(text, start, end):
        return False
    if _YEAR_SIGNAL_BEFORE.search(text, max(0, start - 12), start):
        return False
    return bool(_STREET_AFTER.match(text, end))


# "in this season of giving": a season named for what fills it, no league's or calendar's.
_THIS_SEASON = re.compile(r"(?:this|last|next) season", _I)
_OF = re.compile(r"\s+of\b")


def _season_of(text: str, start: int, end: int) -> bool:
    """Whether the candidate is "this season" of something named after it (no league's)."""
    return _THIS_SEASON.fullmatch(text, start, end) is not None and bool(_OF.match(text, end))


# A lower-case "election night" (or "Election night" opening a sentence) is the night of any
# election the story is about (a primary's too); only the capitalised name is Election Day's
# night (see _rules_copy), or the lower-case one said on Election Day itself (blind 130).
_ANY_ELECTION_NIGHT = re.compile(r"\b[Ee]lection night\b")


def any_election_night(text: str, start: int, end: int) -> bool:
    """Whether the candidate holds a lower-case "election night" (see above)."""
    return _ANY_ELECTION_NIGHT.search(text, start, end) is not None


# "trusted in every quarter", "support from every quarter": everywhere, no time.
_PLACE_QUARTER = re.compile(r"\b(?:in|from|of|across|to)\s+(?:every|each|all)\s+quarters?$", _I)


_SLASHED = re.compile(r"\d{1,2}/\d{1,2}")
# A number, "a" or "an" before "1/2" makes it a fraction ("2 1/2 years", "a 2/3 majority"), as
# do "of", a unit or a count after it ("3/4 of the vote", "1/2 cup", "5/12 shooting", "4/5
# stars").
_FRACTION_BEFORE = re.compile(r"(?:\d[\s-]*|\b(?:a|an|about|nearly|almost|over|under)\s+)$", _I)
_FRACTION_AFTER = re.compile(
    r"\s*(?:of|th|cups?|tsp|tbsp|teaspoons?|tablespoons?|inch|inches|feet|foot|ft|miles?|"
    r"pounds?|lbs?|ounces?|oz|gallons?|acres?|hours?|days?|weeks?|months?|years?|points?|"
    r"percent|shares?|stakes?|majority|odds|shooting|from the field|split|ratio|stars?)\b",
    _I,
)


def _fraction(text: str, start: int, end: int) -> bool:
    """A slashed month and day that reads as a fraction or a count by its neighbours."""
    if not _SLASHED.fullmatch(text, start, end):
        return False
    return bool(
        _FRACTION_BEFORE.search(text, max(0, start - 40), start) or _FRACTION_AFTER.match(text, end)
    )


# "from 7 p.m. to 8:15 p.m.": spaCy's one span would be a bare duration; its two clock times,
# which the patterns find, keep when the thing happens (and take the day named before them).
_CLOCK_RANGE = re.compile(rf"(?:{_CLOCK})\s*(?:to|until|till|through|and|-)\s*(?:{_CLOCK})", _I)


def _overlapping(
    names: list[tuple[int, int, bool]], ends: list[int], c: tuple[int, int, bool]
) -> list[tuple[int, int, bool]]:
    """The names overlapping candidate ``c``: entities never overlap, so their ends are sorted
    like their starts and a bisection finds the run (scanning every name for every candidate
    made a long article quadratic)."""
    lo = bisect_right(ends, c[0])
    hi = lo
    while hi < len(names) and names[hi][0] < c[1]:
        hi += 1
    return names[lo:hi]


def _strictly_inside(s: int, e: int, c: tuple[int, int, bool]) -> bool:
    return c[0] <= s < e <= c[1] and e - s < c[1] - c[0]


# "it's not going to happen overnight", "tensions don't heal overnight": the idiom for
# "quickly" under a negation, no night (seventeenth round).
_NOT_OVERNIGHT = re.compile(r"(?:\bnot|n['\u2019]t|\bnever)\b[^.,;:!?]*\bovernight$", _I)


# "the policies of yesterday", "the leaders of tomorrow": the past or the future as an idea, no
# day; a day's own events keep it ("the events of yesterday", "the edition of tomorrow").
_NOUN_OF = re.compile(r"\b(?P<noun>[a-z]+) of $", _I)
_LITERAL_OF_DAY = frozenset(
    {"events", "event", "morning", "afternoon", "evening", "night", "end", "start", "meeting",
     "session", "vote", "attack", "attacks", "edition", "issue", "remarks", "comments", "rest"}
)  # fmt: skip


def _of_yesterday(text: str, start: int, end: int) -> bool:
    """Whether the bare "yesterday" or "tomorrow" follows "<noun> of" naming an idea."""
    if text[start:end].lower() not in ("yesterday", "tomorrow"):
        return False
    m = _NOUN_OF.search(text, max(0, start - 30), start)
    return m is not None and m["noun"].lower() not in _LITERAL_OF_DAY


# "ABC's \"This Week with George Stephanopoulos\"": every word capitalised mid-sentence, a
# title, not the week (seventeenth round).
_TITLE_CASE = re.compile(r"(?:This|Last|Next) (?:Week|Month|Year|Weekend|Morning)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s*|\n\s*)[\"\u201c'\u2018(]*$")


# "The last Friday Night Live concert", "Monday Night Football": a day's capitalised night or
# morning running on into another capitalised word names a show (blind 83).
_DAY_ENDING = re.compile(rf"(?:{_WEEKDAY_CAP})$")
_PART_TITLE_AFTER = re.compile(r" (?:Night|Morning|Evening) [A-Z][a-z]")


def _show_title(text: str, start: int, end: int) -> bool:
    """Capitalised mid-sentence in a line that is not itself a title-case headline ("Senate
    Will Vote On Health Bill This Week" keeps its week)."""
    if _DAY_ENDING.search(text, start, end) and _PART_TITLE_AFTER.match(text, end):
        return not title_case(line_at(text, start))
    if not _TITLE_CASE.fullmatch(text[start:end]):
        return False
    if title_case(line_at(text, start)):
        return False
    return _SENTENCE_OPEN.search(text, max(0, start - 6), start) is None


# "a night table", "a day job": a day's or night's word naming a thing (seventeenth round).
_THING_WORDS = frozenset({"night", "day", "morning", "evening"})


def _furniture(doc: Doc | None, start: int, end: int) -> bool:
    span = None if doc is None else doc.char_span(start, end)
    if span is None or len(span) != 2 or span[0].lower_ not in ("a", "an"):
        return False  # "a three-day trip", "a Wednesday night rally" keep their times
    if span[-1].lower_ not in _THING_WORDS:
        return False
    last = span[-1]
    return last.dep_ == "compound" and last.head.i == span.end and last.head.pos_ == "NOUN"


def _is_modifier(doc: Doc | None, start: int, end: int) -> bool:
    """ "an overnight stay", "overnight rates": the adjective, not a time of the event."""
    span = None if doc is None else doc.char_span(start, end)
    return (
        span is not None
        and len(span) == 1
        and span[0].lower_ == "overnight"
        and span[0].dep_ in ("amod", "compound", "nmod")
    )


_ORDINAL = re.compile(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", _I)


def _ordinal_of_noun(doc: Doc | None, start: int, end: int) -> bool:
    """ "the 12th incremental release", "its 3rd attempt": an ordinal counting the noun after
    it, not a day of the month ("on the 12th")."""
    span = None if doc is None else doc.char_span(start, end)
    if span is None or not _ORDINAL.fullmatch(span.text):
        return False
    ordinal = span[-1]
    return (
        ordinal.dep_ in ("amod", "nummod")
        and ordinal.head.i > ordinal.i
        and ordinal.head.pos_ in ("NOUN", "PROPN")
    )


# A place's last word and a preposition that opens the holiday NER ran the place's name over
# ("at Oak Hill Cemetery for Memorial Day": blind 191; "born at Memorial Hospital on Leap Day":
# blind 251; "the Committee for Christmas" stays).
_HOLIDAY_AFTER_NAME = re.compile(
    r"\b(?:Cemetery|Park|Square|Green|Common|Hall|Plaza|Church|Field|Beach|Lake|Memorial"
    r"|Hospital|School|Library|Center|Centre)"
    r" (?:for|on|over) $"
)


def _mistagged(
    text: str, start: int, end: int, c: tuple[int, int, bool], place: bool = False
) -> bool:
    """A time that spaCy folded into a name it starts ("FY26 revenue forecast" as a place, "Q4"
    as a country): the time is the whole name or the name goes on in lower case ("Easter
    Island" goes on capitalised and stays a name); or a holiday that ends a name after a
    preposition (see :data:`_HOLIDAY_AFTER_NAME`). ``place``: NER's name is a place's, which
    may take the article ("the Anzac Day dawn service", NER's place "the Anzac Day": blind 194;
    not the title "The Last Good Friday")."""
    if not _NOT_A_NAME.fullmatch(text, c[0], c[1]):
        return False
    if place and text[start : c[0]] in ("the ", "The "):
        start = c[0]
    if start != c[0]:
        return end == c[1] and _HOLIDAY_AFTER_NAME.search(text, max(0, c[0] - 20), c[0]) is not None
    return end <= c[1] or text[c[1] : c[1] + 2][1:2].islower()


# A numbered road right before a candidate ("on Interstate 80 Sunday night", NER's place
# "Interstate 80 Sunday": blind 308): the road's name ends at its number.
_ROUTE_BEFORE = re.compile(
    r"\b(?:Interstate|Route|Highway|Hwy\.?|I-|U\.S\.|US|SR|State Road|County Road) ?\d+[A-Z]? $"
)


def _day_after_route(text: str, start: int, c: tuple[int, int, bool]) -> bool:
    """Whether NER ran a numbered road's name on over the weekday candidate ``c``."""
    return (
        start < c[0]
        and _WEEKDAY_START.match(text, c[0], c[1]) is not None
        and _ROUTE_BEFORE.search(text, max(start, c[0] - 30), c[0]) is not None
    )


_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)
_NAME_JOINTS = frozenset({"for", "of", "on", "against", "to"})


def _month_in_name(doc: Doc | None, start: int, end: int) -> bool:
    """A bare month that is part of a name: a first name ("August Wilson": the month hangs on
    the proper noun after it as a compound) or a march ("the March for Life": "the" before it,
    a preposition and a capitalised word after it)."""
    span = None if doc is None else doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].text.rstrip(".") not in _MONTH_NAMES:
        return False
    month = span[0]
    after = doc[month.i + 1] if month.i + 1 < len(doc) else None  # type: ignore[index]
    if after is None:
        return False
    if month.dep_ == "compound" and month.head == after and _capitalised_name(after):
        return True
    before = doc[month.i - 1] if month.i > 0 else None  # type: ignore[index]
    if before is None or before.lower_ != "the":
        return False
    if _plural_name_word(after):
        return True  # "The September Sounds concert series" (blind 355)
    beyond = doc[month.i + 2] if month.i + 2 < len(doc) else None  # type: ignore[index]
    return after.lower_ in _NAME_JOINTS and beyond is not None and _capitalised_name(beyond)


def _plural_name_word(word: Token) -> bool:
    """A capitalised plural that modifies a noun after it ("Sounds" in "the September Sounds
    concert series"): with a month before it, a series' or festival's name, not its date."""
    return (
        _capitalised_name(word)
        and word.text.endswith("s")
        and word.dep_ == "compound"
        and word.head.i > word.i
        and word.head.pos_ == "NOUN"
    )


def _capitalised_name(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.text.rstrip(".") not in _MONTH_NAMES
        and not _WEEKDAY_START.fullmatch(token.text)
    )


_BARE_YEAR = re.compile(_YEAR)
# The name modifies a noun after it ("a 2008 Clinton veteran", "a 2014 University of
# California paper"): the year dates that noun.
_MODIFYING = frozenset({"compound", "nmod", "poss", "amod"})


# Nouns that an "of" phrase counts the members of ("a poll of 2047 registered voters").
_COUNT_NOUNS = frozenset(
    {"poll", "survey", "sample", "study", "group", "total", "crowd", "audience", "panel",
     "census", "list", "field", "pool", "number"}
)  # fmt: skip
# A plural verb: a year as a subject takes the singular ("2016 was", "1128 were" counts).
_PLURAL_VERBS = frozenset({"were", "are", "have", "do"})
_FOUR_DIGITS = re.compile(r"\d{4}")


def _counted_number(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """A bare four-digit number that counts: the subject of a plural verb ("Of the 1,590 votes,
    1128 were for Cruz") or the size of what a poll or a sample holds ("a poll of 2047
    registered voters"), where a year's subject is singular and a year before a plural noun
    follows a determiner or stands alone ("the 2016 candidates", "among 2016 voters")."""
    if doc is None or not _FOUR_DIGITS.fullmatch(text, start, end):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    number, head = span[0], span[0].head
    if number.dep_ in ("nsubj", "nsubjpass"):  # "1998 and 1999 were": joined years, plural
        auxes = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
        plural = any(
            w.lower_ in _PLURAL_VERBS or (w.tag_ == "VBP" and w.lemma_ != "be") for w in auxes
        )
        return plural and not any(c.dep_ in ("conj", "cc") for c in number.children)
    if number.dep_ != "nummod" or head.tag_ != "NNS" or number.i == 0:
        return False
    of = doc[number.i - 1]
    return of.lower_ == "of" and of.head.lemma_.lower() in _COUNT_NOUNS


# "the library's Noon Year's Eve party": children's New Year's Eve at noon, a party's name
# (blind 385).
_NOON_YEAR = re.compile(r"Noon Year['\u2019]s\b")
# The capitalised nouns a number names one of: a veterans' post, a lodge, a union local, a scout
# troop ("VFW Post 1944": blind 387).
_NUMBERED_UNIT_BEFORE = re.compile(r"\b(?:Post|Lodge|Local|Chapter|Troop|Pack|Precinct|Ward) $")


def _numbered_unit(text: str, start: int, end: int) -> bool:
    """Whether the bare four-digit number is the number of a post, lodge or union local."""
    return bool(
        _FOUR_DIGITS.fullmatch(text, start, end)
        and _NUMBERED_UNIT_BEFORE.search(text, max(0, start - 12), start)
    )


# What a make and its model year name ("a 2019 Ford pickup": blind 236); "a 2019 Toyota recall"
# dates the recall.
_VEHICLES = frozenset(
    {"pickup", "truck", "car", "sedan", "suv", "van", "minivan", "coupe", "hatchback", "wagon",
     "convertible", "motorcycle", "jeep", "crossover", "tractor", "bus", "camper", "motorhome"}
)  # fmt: skip


def _vehicle_by_make(doc: Doc, year: Token, head: Token) -> bool:
    """ "a 2019 Ford pickup", "a 2018 Chevrolet Silverado truck": after "a", a year, a
    capitalised make (and model) and a vehicle's noun the year hangs on."""
    between = doc[year.i + 1 : head.i]
    return (
        year.i > 0
        and doc[year.i - 1].lower_ in ("a", "an")
        and head.lower_ in _VEHICLES
        and len(between) > 0
        and all(t.pos_ == "PROPN" or t.is_title for t in between)
    )


def _model_year(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """ "a 2019 Honda Civic": a year before a product's name is its model year, not a date ("a
    2019 Supreme Court ruling" dates the ruling, a common noun)."""
    if doc is None or not _BARE_YEAR.fullmatch(text, start, end):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    head = span[0].head
    if _vehicle_by_make(doc, span[0], head):
        return True
    if head.pos_ != "PROPN" or head.i <= span[0].i or head.dep_ in _MODIFYING:
        return False
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("ADP", "NOUN", "PROPN"):
        return False  # the name goes on ("a 2014 University of California paper")
    product = any(e.label_ == "PRODUCT" and e.start <= head.i < e.end for e in doc.ents)
    article = span[0].i > 0 and doc[span[0].i - 1].lower_ in ("a", "an")
    return product or article
