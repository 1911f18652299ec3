"""Towns the small NER model mistypes, read by the frame round them and the story's region.

Local news places things "two miles south of Hollister", "at Marysville", "headed to Port
Clinton", names a town inside its college or fair ("Hollister College", "the Kingsport rodeo",
"the Port of Tillamook") and joins towns under one body ("the councils of Hollister and
Gilroy"), while the small model types the town ORG or PERSON or leaves it untagged, so no
other source finds it (twenty-third round: a blind local-news table lost 11 of 60 places so).
:func:`~dateline.geo.listed.framed_towns` takes big one-word towns in such frames; here a name
of one to three words is taken when the gazetteer has a town of that very name in the story's
region (near a town or county the story names, or in a state it names; a sizeable one in a
country it names; one the gazetteer lists by that name only as another name, near a town or
county the story names), or, for a name of two or three words known only as a town (and the
district named after it), when that town is sizeable. A college, school or hospital may bear
a person's name ("Emerson College"), so its town must lie near a town or county the story
names. A person of the story (or a surname the story writes after a given name), a common
word, a given name in a weak frame, a one-word organisation after "to"/"from"/"at" ("a degree
from Harvard"), a body one sits in ("in Congress") and a name a capitalised word or "of" runs
on from ("at Lincoln Financial Field", "to Secretary of State") are no such town. A side in
a result with its score ("Tifton beat Cairo 28-14", twenty-fifth round) is its town when the
gazetteer knows the name as one sizeable town only, or the town lies near one the story names;
the side may be its town's team ("Tifton's Blue Devils"), and the opening side NER reads as a
person (twenty-ninth round).
A town naming a person after "a" ("a 19-year-old Bear man", "a Baraboo family's bakery":
twenty-ninth round) is read in a weak frame, NER's person or organisation tag on it aside, and
so is a shore town off which a boat founders or a named water lies ("capsized off Kincardine",
"in Lake Huron off Goderich") and where a crossing of a named water starts ("across Lake Erie
from Conneaut": thirtieth round), and so are a numbered highway's exit named for its town ("on
Interstate 65 near the Shepherdsville exit"), rain or snow that falls on a town and a town's
works or casino after "a" ("a Marton meatworks", where NER's person tag does not count but
its organisation tag, a firm's, does: thirty-first round).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span

from dateline.geo.beside import STATE_LINE_AFTER, beyond_line
from dateline.geo.blocking import overlapping, people_besides
from dateline.geo.candidates import WATER_KINDS, given_name, own_towns
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.listed import INSTITUTIONS
from dateline.geo.mention import Mention, inside, km
from dateline.geo.nonplaces import People, acceptable, common_words
from dateline.geo.scoring import demonym_context
from dateline.geo.sites import opens_sentence
from dateline.geo.spans import POSITIONAL
from dateline.nlp import text_of
from dateline.time import MONTHS, SEASON_WORDS, WEEKDAYS

__all__ = ["LOCATIVE_FRAMES", "add_locative_towns", "result_sides"]

# Module switch, so the rule can be measured off and on in the same tree (the environment
# variable turns it off for a whole benchmark run).
LOCATIVE_FRAMES = not os.environ.get("DATELINE_NO_LOCATIVE_FRAMES")

# The switch for the twenty-fourth round's frames: two names joined by "and", a town's team
# ("Coldwater's Cavaliers") and a council joined with a town.
PAIRED_TOWNS = not os.environ.get("DATELINE_NO_PAIRED_TOWNS")
# The switch for one-word untagged names the gazetteer knows as one sizeable town only.
UNIQUE_TOWNS = not os.environ.get("DATELINE_NO_UNIQUE_TOWNS")
# A lone town's namesakes must all be this many times smaller than it ("in Hershey": the
# Pennsylvania town of 14,000, not a Nebraska village of 700).
DOMINANT_RATIO = 10
# Words of the calendar the small model rightly tags DATE, never a town read as one.
_CALENDAR_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *SEASON_WORDS, "christmas", "easter", "thanksgiving", "halloween",
     "pentecost", "juneteenth", "hanukkah", "passover", "ramadan", "diwali", "eid", "lent",
     "advent", "purim", "kwanzaa", "hogmanay", "today", "tonight", "tomorrow", "yesterday"}
)  # fmt: skip
# The switch for the towns a result names with its score ("Tifton beat Cairo 28-14").
SCORED_TOWNS = not os.environ.get("DATELINE_NO_SCORED_TOWNS")
# Frames too loose for a state or country to vouch: the town must lie near one the story names.
_NEAR_ONLY = frozenset({"pair", "team", "score", "owned"})
# Frames where a common word or given name is a town that a county of its sentence holds.
_COUNTY_VOUCHED_FRAMES = frozenset(
    {
        "weak",
        "body",
        "strong",
        "townsfolk",  # "Residents of Tower near Blarney in County Cork" (table 325)
        "named",
        "described",
        "owned",
        "firm",
        "county school",
        "owned event",
    }
)

# A town this near a town or county the story names lies in its region.
REGION_KM = 80
# A city this big rings so many towns that lying near it says nothing of where a college or
# school named like one of them stands ("Emerson College" in a story naming New York).
METRO_POP = 1_000_000
# A story naming more states than this is national news, set in none of them.
LOCAL_STATES = 2
# The smallest town taken in the region (a hamlet of a common name lies near many a town).
REGION_TOWN_POP = 500
# The smallest town taken for lying in a country the story names (no nearer context).
COUNTRY_TOWN_POP = 5_000
# The smallest city taken by another of its names for lying in a country the story names.
ALIAS_CITY_POP = 20_000
# The smallest town of two or three words taken with no context at all.
LONG_NAME_TOWN_POP = 5_000
# A found name with more town readings than this says nothing of the region ("Springfield");
# a county's every namesake counts, since a town near one of them is rare enough to tell.
AMBIGUOUS_READINGS = 6

# The switch for a common word or given name in a frame that a county of its sentence vouches
# for ("returned to Hope, and Hempstead County officials said").
COUNTY_VOUCHED = not os.environ.get("DATELINE_NO_COUNTY_VOUCHED")
# A town this near the point of a county its sentence names, in the county's state, lies in it.
COUNTY_TOWN_KM = 40

# A town's name: one to three capitalised words, a saint's or mount's abbreviation first.
# (capitals and small letters with their accents: "around Šilutė in western Lithuania": table
# 238)
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_SMALL = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
_WORD = rf"[{_CAPITAL}][{_SMALL}][\w'\u2019-]*"
# A French article elided onto a later word of a town's name: "Coeur d'Alene", "Lac
# d'Orient", "Pont l'Eveque"; lower case, so no capitalised word.
_ELIDED_WORD = r"[dl]['\u2019][A-Z][a-z][\w'\u2019-]*"
_NAME = (
    rf"(?:(?:St|Ste|Mt|Ft)\.\s)?{_WORD}"
    rf"(?:\s(?:(?:Ste?\.\s)?{_WORD}|{_ELIDED_WORD})){{0,2}}"
)
# Nouns of a town's own people, streets and mayor, and "of" before its name.
_TOWNSFOLK = r"[Rr]esidents|[Ss]treets|[Oo]utskirts|mayor"
# Weak frames: a preposition of place or of going ("at" not where one works or studies; "above"
# and "below" for the hills, slopes and dams round a town: "the ski area above Whitefish"), a
# verb of weather's harm to a town ("Hail pounded Vermillion", "Floodwaters swamped Kinston":
# table 18) or of crowds filling it ("Tourists crowded Girardot": table 127), or a noun of a
# town's people or streets and "of", which may open a sentence ("Residents of Lismore were told
# to leave").
_WEAK_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|from|to|for|into|through|toward|towards|via|past|"
    r"above|below|pounded|battered|lashed|pummell?ed|drenched|swamped|blanketed|flooded|crowded|"
    r"packed|thronged|"
    r"(?<!professor )(?<!student )(?<!students )(?<!works )(?<!worked )(?<!studied )"
    r"(?<!teaches )(?<!taught )(?<!coach )at)"
    rf"|\b(?:{_TOWNSFOLK}|edge|people|centre|center) of)\s$"
)
# No person has residents, streets, outskirts or a mayor, so NER's person or organisation tag on
# the name after them does not count ("told residents of Linda to move cars ... Yuba County
# officials": table 229).
_TOWNSFOLK_BEFORE = re.compile(rf"\b(?:{_TOWNSFOLK}) of\s$")
# A quake's or a storm's harm, its force the verb's subject ("A magnitude 3.8 earthquake jolted
# Gisborne", "Gales lashed Bude": table 20): no person is shaken by a quake, so NER's person or
# organisation tag on a lone one-word name there does not count.
_HARM_BEFORE = re.compile(
    r"\b(?:(?:earth)?quakes?|tremors?|aftershocks?|storms?|gales?|winds|hail|floodwaters"
    r"|tornado(?:es)?|hurricanes?|cyclones?|typhoons?)\s+(?:shook|jolted|rattled|rocked|struck"
    r"|hit|pounded|battered|lashed|pummell?ed|swamped|flooded)\s$"
    # Rain or snow that fell on a town ("dropped four inches of rain on Laurinburg", "a foot
    # of snow on Marquette": table 39): weather falls on places, not on people.
    r"|\b(?:rain|rainfall|snow|snowfall|hail|sleet)\s+(?:fell\s+)?on\s$"
)
# Strong frames: a bearing, a distance, "between ... and", "bound for". One takes a bearing
# or a distance of a place, never of a person or a firm ("the plant north of McPherson",
# which the small model reads as a person: table 19), and so of its side, edge or end ("on the
# north side of Mount Sterling": thirty-first session, table 41).
_BEARING = (
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:(?:side|edge|end)\s+)?of"
    r"|\b(?:miles?|kilometers?|kilometres?|km)\s+(?:from|outside|of)"
)
_BEARING_BEFORE = re.compile(rf"(?:{_BEARING})\s$")
_STRONG_BEFORE = re.compile(
    rf"(?:{_BEARING}"
    r"|\bbetween\s+(?:[A-Z][\w.'-]*\s+){1,3}and|\bbetween|\bbound\s+for)\s$"
)
# A preposition of place and "the" before a name that modifies a noun of a town's own site or
# area ("at the Enid food bank", "near the Tulsa airport", "in the Peoria area"): the town whose
# site it is (twenty-sixth round); not any noun, since a family's name modifies its events
# ("from the Hammond protest").
_MODIFIER_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into)\s+(?:the|its|their)\s$")
# A town's man, woman or family, after "a" and maybe an age: "a 19-year-old Bear man was
# charged", "a Baraboo family's bakery" (police and local copy name a person by the town; tables
# 21 and 23); no person's name stands between "a" and "man".
_RESIDENT_BEFORE = re.compile(r"\b[Aa]n?\s+(?:\d+-year-old\s+)?$")
_RESIDENT_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|teen|teenager|boy|girl|couple|family|youth)\b(?!-)"
)
# A highway's exit named for its town, on a numbered highway the sentence names before it ("on
# Interstate 65 near the Shepherdsville exit", "off I-95 at the Kennebunk interchange": table
# 39); the road keeps out a person's exit ("after the Rooney exit").
_EXIT_BEFORE = re.compile(r"\b(?:at|near|past|off|before|after|from|to|by)\s+the\s$")
_EXIT_AFTER = re.compile(r"\s+(?:exit|interchange|off-?ramp|turnoff|junction)\b")
_NUMBERED_ROAD = re.compile(
    r"\b(?:Interstate|I-|Highway|Hwy\.?|Route|U\.S\.|US|State Route|Turnpike|Motorway|M)"
    r"\s?\d+\b[^.;!?]*$"
)
# A town's works or shop, after "a" and maybe one word of its kind: "a Metropolis riverboat
# casino", "A Marton meatworks will cut 70 jobs" (local copy names a business by its town:
# table 39). A firm names its own plant as often ("a Toyota plant"), but NER reads a firm
# an organisation, so only its person tag on a town it does not know is set aside.
_BUSINESS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:casino|meatworks|freezing\s+works|abattoir|sawmill|mill|cannery"
    r"|creamery|brewery|distillery|winery|bakery|factory|plant|foundry|quarry|mine|dealership"
    r"|supermarket|hotel|motel|nursing\s+home|care\s+home)\b(?!-)"
    # "An Onaga feed company" (table 142): a firm's kind before "company" (not "a Hershey
    # company", a firm's own name)
    r"|\s+(?:feed|grain|seed|trucking|lumber|construction|manufacturing|engineering|machine"
    r"|farm\s+equipment)\s+(?:company|firm|cooperative|co-op)\b"
)
# "A Reinbeck company that builds grain bins ... the Grundy County board" (table 150): a firm
# named for a town or for its founder, so the town only where a county of its sentence holds it.
_FIRM_AFTER = re.compile(r"\s+(?:company|firm|cooperative|co-op)\b")
# A route's end: "the ferry linking Nanaimo to ...", "the road connecting Tralee with ...", "a
# lift will link Razlog with ..." (table 310).
_ROUTE_BEFORE = re.compile(
    r"\b(?:link|links|linked|linking|connect|connects|connected|connecting)\s$"
)
# A service's ends: "Ferry sailings from Larne to Cairnryan", "trains from Crewe" (table 23); a
# ferry, train or bus runs from a place to a place, never from a person.
_SERVICE = r"\b(?i:ferry|ferries|sailings?|crossings?|flights?|trains?|bus|buses|coaches)\s+from\s"
_SERVICE_BEFORE = re.compile(rf"{_SERVICE}$|{_SERVICE}{_NAME}\s+to\s$")
# A named water: "Lake Michigan", "Georgian Bay", "the Irish Sea", "Cook Strait".
_WATER_NAME = (
    rf"(?:the\s+)?(?:(?:Lake|Loch|Lough)\s+{_WORD}"
    rf"|{_NAME}\s+(?:Bay|Sea|Strait|Channel|Sound|Lake|Harbou?r|Gulf|Ocean|Firth))"
)
# A shore town off which a boat founders or a named water lies: "capsized off Tobermory",
# "in Cardigan Bay off Aberaeron"; not any "off" ("off Broadway", "off Main Street").
_OFFSHORE_BEFORE = re.compile(
    rf"(?:{_WATER_NAME}|\b(?:capsized|sank|aground|anchored|moored|drowned|overturned|foundered"
    r"|waters))\s+off\s$"
)
# A river's gauge, read at a town: "rose above flood stage at Ionia", "crested at 21 feet at
# Moorhead" (thirty-first session, table 40); a river's level is read at a place, never at a
# person or a firm, so NER's tags on the name do not count.
_GAUGE_BEFORE = re.compile(
    r"\bflood\s+stage\s+at\s$|\bcrest(?:ed|s|ing)?\s+(?:at\s+[\d.]+\s+(?:feet|ft|metres|meters)\s+)?at\s$"
)
# Where a crossing of a named water starts: "carries trucks across Lake Erie from Sandusky".
_CROSSING_BEFORE = re.compile(rf"\bacross\s+{_WATER_NAME}\s+from\s$")
# Frames where the small model's tags on a lone one-word name do not count, with the frame
# each is otherwise read as: a name modifying a town's site ("at its Ballarat hospital") or
# ending a route is read ORG for the noun it leans on, yet no firm is linked by a ferry; a
# service's end, a shore town off which a boat founders or a water's crossing starts is read
# PERSON or ORG, yet no ferry sails from either nor boat sinks off one; a bearing's or
# distance's name, or a quake's or storm's object, is read ORG or PERSON, yet none is taken
# of them.
_TAGGED_FRAMES: dict[str, tuple[str, frozenset[str]]] = {
    "site": ("weak", frozenset({"ORG"})),
    "route": ("weak", frozenset({"ORG"})),
    "exit": ("weak", frozenset({"ORG", "PERSON"})),
    "service": ("weak", frozenset({"ORG", "PERSON"})),
    "offshore": ("weak", frozenset({"ORG", "PERSON"})),
    "crossing": ("weak", frozenset({"ORG", "PERSON"})),
    "bearing": ("strong", frozenset({"ORG", "PERSON"})),
    "harm": ("weak", frozenset({"ORG", "PERSON"})),
    "gauge": ("weak", frozenset({"ORG", "PERSON"})),
    "opening site": ("weak", frozenset({"ORG", "PERSON"})),
    "owned site": ("owned", frozenset({"ORG", "PERSON"})),
    "resident": ("weak", frozenset({"ORG", "PERSON"})),
    "townsfolk": ("weak", frozenset({"ORG", "PERSON"})),
    "business": ("weak", frozenset({"PERSON"})),
    "firm": ("firm", frozenset({"ORG", "PERSON"})),
    "owned event": ("owned event", frozenset({"ORG", "PERSON"})),
    "opening score": ("score", frozenset({"PERSON"})),
}
# Frames where a firm is named as often as a town, so NER's nationality tag, which it gives
# firms it does not know, still counts ("a Hershey factory").
_FIRM_FRAMES = frozenset({"business"})
# A sentence's opening name that the sentence goes on to call "the Latah County town" or "the
# small southwest Virginia town" (tables 104, 120, 122), "the Adams County wheat town" (table
# 189): the town of that county or state.
_DESCRIBED_LATER = re.compile(
    r"[^.!?]*?\bthe (?:[a-z]+[ -]){0,2}(?:(?:St\. )?[A-Z][\w'-]+ ){1,3}(?:[a-z]+ )?"
    r"(?:town|city|village|borough|hamlet)\b"
)
# A town's own yearly event after its possessive ("Lyle's fall festival drew a record crowd, and
# Mower County deputies reported no trouble": table 190): a town a county of the sentence holds,
# though the name is a person's too (no person owns a festival).
_EVENT_OWNED = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+){0,2}(?:festival|fair|parade|rodeo|carnival|celebration|homecoming"
    r"|derby|picnic)\b"
)
# "Lambert's girls won the state title, and the Quitman County school gave students Monday off"
# (table 167): the opening name is a town of the county whose school the sentence names.
_SCHOOL_LATER = re.compile(r"[^.!?]*?\bthe (?:[A-Z][\w'-]+ ){1,2}(?:County|Parish) school\b")
_TOWN_SITE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:area|airport|library|hospital|courthouse|jail|zoo|fairgrounds"
    r"|food\s+bank|food\s+pantry|(?:animal|homeless)\s+shelter|water\s+plant"
    r"|(?:bus|train|railway|fire|police)\s+station|city\s+limits|waterfront|harbou?r"
    r"|rodeo\s+grounds|showgrounds|pier|mall"  # "The Cayucos pier will reopen" (table 253)
    r"|rotary|roundabout)\b"  # "collided at the Armdale rotary" (table 266)
)
# The same site's noun right after a name opening its sentence ("Maryport harbour will
# reopen": table 20): no person's name stands bare before a lower-case noun of a town's site,
# so NER's person tag there does not count; no word between, since "Preston left hospital" is
# a person's going.
_SITE_NOUN_AFTER = re.compile(_TOWN_SITE_AFTER.pattern.replace(r"(?:[a-z]+\s+)?", "", 1))
_FRAMED_NAME = re.compile(rf"(?<![\w.'-])({_NAME})(?![\w'-])")
# An article opening a capitalised run ("The Milbridge health clinic": table 154).
_ARTICLE_WORD = re.compile(r"(?:An|The)\s(?=\S)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# Frames whose own words say the name is a town's, whatever it owns ("Armour's fairgrounds").
_OWNED_FRAMES = frozenset({"described", "county school", "owned site", "owned event"})
# What a person owns and a town does not, after "'s" ("to Smith's lawyer").
_OWNER = re.compile(r"['\u2019]s\s+([a-z]+)")
_TOWN_OWNED = frozenset(
    {"mayor", "council", "police", "residents", "streets", "downtown", "schools", "population",
     "economy", "history", "harbour", "harbor", "waterfront", "main", "city", "town", "outskirts"}
)  # fmt: skip

# A town's own event's head noun ("the Kutztown Folk Festival", "Cowes Week").
_EVENT_NOUN = (
    r"(?:(?i:rodeo|round-?up|fair|rally|regatta|stampede|carnival|exhibition|parade|festival|fest"
    r"|show)|Week)\b"
)
# The town inside a college's, school's, library's, hospital's, club's, track's, castle's,
# port's or event's name: "Hollister College", "Kingsport State University", "SUNY Oneonta",
# "Carmel High School", "Ripon Grammar School", "the Dexter Free Public Library", "Batavia
# Downs", "the Granby Zoo", "Rhuddlan Castle", "the Port of Tillamook", "the Kingsport rodeo",
# "the Kutztown Folk Festival", "Carthage Memorial Hospital" (a hospital, like a college, may
# bear a person's name), "Clearfield Hospital" (the tables score a town opening its hospital's
# name: "Danbury Hospital", tables 15, 17 and 38), "Sonoma Valley Hospital", "Carrickmacross
# GAA club", "Ballina RFC" (table 37), "the Mars Area School Board" (tables 103-130). Not
# "<Town> University": a university is a national body whose town TR-News leaves unmarked (two
# of two).
_INSTITUTION = re.compile(
    rf"(?<![\w.'-])(?!The\s)({_NAME})\s+(?:State\s+University|(?:Community\s+)?College"
    r"|(?:High|Grammar)\s+School|Academy|Memorial\s+Library"
    r"|(?:Memorial|Regional|Community|General)\s+(?:Hospital|Medical\s+Center)"
    r"|(?<!Memorial\s)(?<!Regional\s)(?<!Community\s)(?<!General\s)(?<!Valley\s)"
    r"(?:Hospital|Medical\s+Center))\b"
    rf"|(?<![\w.'-])({_WORD})\s+Valley\s+(?:Hospital|Medical\s+Center)\b"
    rf"|(?<![\w.'-])(?!The\s)({_NAME})(?<!\sArea)(?<!\sFree)\s+(?:Zoo|Downs|Raceway|Speedway"
    r"|Fairgrounds|Castle|Palace|Abbey|Cathedral|GAA|RFC|(?:Area\s+)?School\s+(?:Board|District)|(?:Free\s+)?Public\s+Library"
    r"|(?:Rugby|Football|Hurling)\s+Club)\b"
    rf"|\bSUNY\s+({_NAME})(?![\w'-])"
    rf"|\b(?:the\s+)?Port\s+of\s+({_NAME})(?![\w'-])"
    # ... or opening its sentence, all its words capitalised ("Broadstairs Folk Week will
    # return in August": table 226)
    rf"|(?:\b[Tt]he\s+|(?:^|(?<=\n)|(?<=[.!?]\s))(?=(?:[A-Z][\w'-]*\s+){{1,4}}{_EVENT_NOUN}))"
    rf"(?!(?:The|An?)\s)({_NAME})\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){{0,3}}{_EVENT_NOUN}"
)
# Words of an institution's own name, never of the town inside it ("University College").
_INSTITUTION_WORDS = frozenset(
    {"University", "College", "Community", "State", "Royal", "National", "Technical", "Naval",
     "School", "Hospital", "Institute", "Academy"}
)  # fmt: skip
# What runs a name on into a longer one: a capitalised word, a joined part, "of" and a name.
_RUNS_ON = re.compile(r"\s+(?:St\.\s+)?[A-Z0-9]|-[A-Za-z]|\s+of\s+(?:the\s+)?[A-Z]")
# Prepositions one also goes "to", comes "from" or is "at" a person or organisation by ("a
# degree from Harvard", "a letter to Marshall"): a one-word name NER reads as an organisation
# is that body there.
_BODY_PREPOSITION = re.compile(r"\b(?:to|from|at|for)\s$", re.I)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'-]*\s$")
# A town's own body after its name: "The Pound town council voted", "Confluence borough
# council", "Rector firefighters fought a blaze", "Herculaneum aldermen approved" (tables 103,
# 113, 117, 120, 121), an English village's "Alrewas parish council" (table 217).
_TOWN_BODY = re.compile(
    rf"(?<![\w.'-])(?!The\s)({_NAME})\s+(?:(?:city|town|village|borough|township|parish)\s+"
    r"(?:council|board|commission|commissioners|officials|manager|clerk|hall|trustees)"
    r"|aldermen|selectmen|select\s*board|(?:volunteer\s+)?firefighters|fire\s+department)\b"
)
# "the councils of Hollister and Gilroy", "Masterton and Palmerston North councils".
_COUNCILS = re.compile(
    rf"\bcouncils\s+of\s+({_NAME})\s+and\s+({_NAME})(?![\w'-])"
    rf"|(?<![\w.'-])({_NAME})\s+and\s+({_NAME})\s+(?:(?:city|town|district|borough)\s+)?councils\b"
)
# "Hollister and Gilroy will share ...": two names joined as one subject or object; both must
# be towns of the story's region (twenty-fourth round).
_PAIR = re.compile(rf"(?<![\w.'\u2019-])({_NAME}) and ({_NAME})(?![\w'\u2019-])")
# "Manawatu District Council and Palmerston North will share ...": a council joined with a
# town in one undertaking names that town.
_COUNCIL_AND = re.compile(
    rf"\b(?:District|City|County|Town|Borough|Shire|Regional) Council and ({_NAME})(?![\w'\u2019-])"
)
# "Coldwater's Cavaliers", "Hollister's Haybalers": a town's possessive before its team's
# capitalised plural nickname; the town must lie near a town or county the story names.
_TEAM_OWNER = re.compile(rf"(?<![\w.'\u2019-])({_NAME})['\u2019]s (?:[A-Z][a-z]+ )?[A-Z][a-z]+s\b")
# "Tifton beat Cairo 28-14", "Hibbing State edged Grand Rapids 3-2": a local side named after
# its town (or its town's state college) in a result with its score; the towns are taken by
# :func:`_lone_town`'s test, NER's organisation or nationality tag on them notwithstanding.
# A side's team named by its town's possessive ("Beecher's football team beat Peotone 28-14":
# table 186).
_TEAM_OWNED = r"['\u2019]s\s+(?:[a-z]+\s+){0,2}(?:team|squad|boys|girls|varsity)"
_RESULT = re.compile(
    rf"(?<![\w.'\u2019-])({_NAME})(?:{_TEAM_OWNED})?\s+(?:beat|defeated|edged|topped|downed|routed"
    rf"|blanked|outlasted|upset|held\s+off|rallied\s+past|rolled\s+past|cruised\s+past"
    rf"|knocked\s+off|shut\s+out|outscored)\s+({_NAME})\s+\d+-\d+\b"
)
# "Tifton scored late to beat Cairo 28-14": the subject opening the sentence, a few lower-case
# words or numbers of how it played, then the result as an infinitive (twenty-sixth round).
_RESULT_TO = re.compile(
    rf"(?<![\w.'\u2019-])({_NAME})\s+(?:(?:[a-z][\w-]*|\d+),?\s+){{1,8}}?to\s+"
    rf"(?:beat|defeat|edge|top"
    rf"|down|rout|blank|outlast|upset|hold\s+off|rally\s+past)\s+({_NAME})\s+\d+-\d+\b"
)
# A result's score after a side's name, which NER may run the side's entity over.
_SCORE = re.compile(r"\s+\d+-\d+")
# A state college's or a town's school's side: "Hibbing State", "Muncie Central", "Tifton
# Christian", "Cairo Catholic", or a town's team, its nickname after the town's possessive
# ("Tifton's Blue Devils"), whose town is the name before the word.
_SCHOOL_SIDE = re.compile(
    r" (?:State|Catholic|Christian|Central|Prep)$|['\u2019]s (?:[A-Z][a-z]+ )?[A-Z][a-z]+s$"
)
# A town's school team by its town and its plural nickname after "the" ("The Tifton Blue
# Devils beat Cairo 28-14", "the Glens Falls Indians": table 36): the town is the words
# between; without "the", a last plural word may be the town's own ("Grand Rapids").
_THE_TEAM = re.compile(r"(?:[Tt]he )?(?P<town>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) [A-Z][a-z]+s")
# A town's school team named so in a sentence that gives its result's score ("The Tifton Blue
# Devils will host a quarterfinal after a 21-20 win": table 39): the town opens the team's name
# (see :func:`_team_town`), as in a result written out.
_SCORED_TEAM = re.compile(
    rf"\b[Tt]he ({_WORD}(?: {_WORD}){{1,3}})(?![\w'\u2019-])"
    r"(?=[^.]*?\b\d+-\d+\s+(?:win|loss|victory|defeat)\b)"
)
# NER's tags on a town's own event ("the Bloomsburg Fair" read as a facility): its name's.
_EVENT_TAGS = frozenset({"ORG", "FAC", "EVENT"})
# NER's tags on a side's town name that do not make it a person's: a side's town read as a people.
_SIDE_TAGS = frozenset({"ORG", "NORP", "GPE"})
# The endings of a people's or a faith's word ("Syrian", "Kurdish", "Maltese", "Baltic").
_DEMONYM_END = re.compile(r"(?:ish|ian|ese|ic|ean|an|i)$")
# A sentence's capitalised preposition of place before a name: "In Kingsport, ...".
_OPENER = re.compile(r"(?:In|Near|Outside|Around|From|At|Inside)\s(?=[A-Z])")
_COUNTY = re.compile(r" (?:County|Parish)$|^County ")  # "County Cork" (table 325)
# What follows a county's name in its council's ("Perth and Kinross Council", "Wexford County
# Council"): the council names the county for the towns beside it (table 19).
_COUNCIL_OF_COUNTY = re.compile(r" (?:County |District )?Council")
_NO_FIRST_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "His", "Her"})


class Claims(Protocol):
    """The part of recognition's claims this rule uses."""

    text: str
    mentions: list[Mention]

    def add(self, start: int, end: int, hint: str | None = None, within: str | None = None) -> None:
        """Claim a mention unless a more trusted source holds part of it."""


# Degrees of latitude beyond which two points lie farther apart than :data:`REGION_KM` at
# any longitude (a degree is 111 km), so the region's points are searched by latitude only
# in that band: a long story names hundreds of points and asks of hundreds of towns.
_LATITUDE_REACH = 1.0


@dataclass(frozen=True)
class _Region:
    """Where the story's found places lie: town and county points, states, countries."""

    points: tuple[Candidate, ...]
    states: frozenset[tuple[str, str]]
    countries: frozenset[str]
    # states the story names as a line or border ("near the Oregon line"): the towns just
    # beyond them lie in its region too
    lines: tuple[Candidate, ...] = ()
    # the points, and those below a metropolis's size, as (latitudes, points) by latitude
    _all: tuple[list[float], list[Candidate]] = field(init=False, repr=False, compare=False)
    _small: tuple[list[float], list[Candidate]] = field(init=False, repr=False, compare=False)
    # the test of a town lying just beyond each of the lines, built once per story
    _beyond: tuple[Callable[[Candidate], bool], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_all", _by_latitude(self.points))
        small = [p for p in self.points if p.pop < METRO_POP]
        object.__setattr__(self, "_small", _by_latitude(small))
        object.__setattr__(self, "_beyond", tuple(beyond_line(state) for state in self.lines))

    def near(self, town: Candidate) -> bool:
        """Whether the town lies near a town or county the story names."""
        return _any_near(town, *self._all)

    def holds(self, town: Candidate, frame: str) -> bool:
        """Whether the town lies near a found town or county; or, but for a college's or
        school's (often named after a person: "Emerson College", "Lincoln High School"), in
        a found state; or, in a locative frame, is sizeable and lies in a found country."""
        if _any_near(town, *(self._small if frame == "eponym" else self._all)):
            return True
        if frame in _NEAR_ONLY:
            return False
        if frame != "eponym" and (town.cc, town.adm1) in self.states:
            return True
        if frame != "eponym" and any(beyond(town) for beyond in self._beyond):
            return True  # "Farmers around Tulelake near the Oregon line": a California town
        sizeable = town.pop >= COUNTRY_TOWN_POP or not town.pop  # 0: a seat of unknown size
        in_country = town.cc in self.countries and sizeable
        return frame in ("weak", "strong", "body") and in_country


def _big_in_country(town: Candidate, region: _Region, frame: str) -> bool:
    """Whether a city of :data:`ALIAS_CITY_POP` people lies in a country the story names, in a
    locative frame."""
    return (
        frame in ("weak", "strong", "body")
        and town.cc in region.countries
        and town.pop >= ALIAS_CITY_POP
    )


def _by_latitude(points: Iterable[Candidate]) -> tuple[list[float], list[Candidate]]:
    ordered = sorted(points, key=lambda p: p.lat)
    return [p.lat for p in ordered], ordered


def _any_near(town: Candidate, latitudes: list[float], ordered: list[Candidate]) -> bool:
    """Whether a point lies within :data:`REGION_KM` of the town: only those in its band of
    latitude can (the distance is at least the latitudes' difference along a meridian)."""
    low = bisect_left(latitudes, town.lat - _LATITUDE_REACH)
    high = bisect_right(latitudes, town.lat + _LATITUDE_REACH)
    return any(km(town, p) <= REGION_KM for p in ordered[low:high])


def add_locative_towns(doc: Doc, people: People, found: Claims) -> None:
    """Add the towns that locative frames, institutions and councils name (see the module)."""
    if not LOCATIVE_FRAMES:
        return
    text = text_of(doc)
    region = _region(found.mentions, text)
    story = _Story(doc, found.mentions)
    for start, end, frame in _candidates(text):
        span = doc.char_span(start, end)
        if span is not None and _town(span, people, region, frame, story):
            found.add(start, end)
    if COUNTY_VOUCHED:
        for span in _unframed_names_beside_counties(doc, story):
            if _county_town(span, people, story):
                found.add(span.start_char, span.end_char)
    if SCORED_TOWNS:
        for sides in result_sides(text):
            _add_sides_together(doc, sides, people, story, found)
    if PAIRED_TOWNS:
        for pair in _PAIR.finditer(text):
            spans = [doc.char_span(*pair.span(group)) for group in (1, 2)]
            if _vouched_pair(pair) and all(
                s is not None and _town(s, people, region, "pair", story) for s in spans
            ):
                for group in (1, 2):
                    found.add(*pair.span(group))


def _add_sides_together(
    doc: Doc,
    sides: tuple[tuple[int, int, int], tuple[int, int, int]],
    people: People,
    story: _Story,
    found: Claims,
) -> None:
    """ "Blackduck beat Kelliher 61-44" (table 140): local sides play their neighbours, so two
    sides that are towns lying within :data:`REGION_KM` of each other vouch for each other,
    where the story names nothing else near them; both must pass the frame's other tests."""
    spans = [doc.char_span(start, end) for _, start, end in sides]
    if any(s is None or not _own_name(story.text, s.start_char, s.end_char) for s in spans):
        return
    frames = ["opening score" if opens_sentence(story.text, sides[0][0]) else "score", "score"]
    towns = [[t for t in own_towns(s.text) if t.pop >= REGION_TOWN_POP] for s in spans]
    regions = [_Region(tuple(other), frozenset(), frozenset()) for other in reversed(towns)]
    if all(
        _town(s, people, region, frame, story)
        for s, region, frame in zip(spans, regions, frames, strict=True)
    ):
        for s in spans:
            found.add(s.start_char, s.end_char)


# A capitalised word and one space: the given name a surname may follow ("Marco Rubio").
_WORD_AND_SPACE = re.compile(r"\b([A-Z][a-z]+) ")
_BOUNDARY = re.compile(r"\b")


class _Story:
    """What every candidate asks of the document, read once: NER's entities (spaCy rebuilds
    ``doc.ents`` on each access) and, by name, whether the text writes it as a surname."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.ents = list(doc.ents)
        self.text = text_of(doc)
        self._surnames: dict[str, bool] = {}
        self.doc = doc
        self._counties = [m for m in mentions if m.kind_hint is None and _names_county(m)]
        self._by_sentence: dict[int, list[Candidate]] | None = None
        # (start, capitalised word) by where the text after "Word " starts, read once
        self._after_word: dict[int, tuple[int, str]] | None = None
        # per name length: the text of that length after each "Word ", to where it starts
        self._by_length: dict[int, dict[str, list[int]]] = {}

    def counties_beside(self, span: Span) -> list[Candidate]:
        """The readings of the counties the span's sentence names."""
        return self._county_readings().get(span.sent.start, [])

    def county_sentences(self, doc: Doc) -> list[Span]:
        """The sentences that name a county, once each, in order."""
        return [doc[i].sent for i in sorted(self._county_readings())]

    def _county_readings(self) -> dict[int, list[Candidate]]:
        """The readings of the counties each sentence names, by the sentence's first token:
        built once, since every name of a long story may ask."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for m in self._counties:
                sent = self.doc.char_span(m.start, m.end, alignment_mode="expand").sent
                readings = gazetteer().lookup(m.text) or _county_by_bare_name(m.text)
                self._by_sentence.setdefault(sent.start, []).extend(
                    c for c in readings if c.kind in ("admin1", "admin2") and c.quality == OFFICIAL
                )
        return self._by_sentence

    def overlapping(self, span: Span) -> list[Span]:
        return list(overlapping(self.ents, span.start, span.end))

    def written_as_surname(self, name: str) -> bool:
        """Whether the story writes ``name`` after a given name ("Marco Rubio")."""
        if name not in self._surnames:
            self._surnames[name] = any(given_name(word) for word in self._words_before(name))
        return self._surnames[name]

    def _words_before(self, name: str) -> Iterator[str]:
        """The capitalised words the text writes ``name`` after, as ``re.finditer`` of
        ``\\b([A-Z][a-z]+) <name>\\b`` reads them (in order, no two overlapping), from an
        index of the text built once: a scan of the whole text per name is quadratic."""
        if self._after_word is None:
            self._after_word = {
                hit.end(): (hit.start(), hit.group(1))
                for hit in _WORD_AND_SPACE.finditer(self.text)
            }
        size = len(name)
        index = self._by_length.get(size)
        if index is None:
            index = {}
            for at in self._after_word:
                index.setdefault(self.text[at : at + size], []).append(at)
            self._by_length[size] = index
        last_end = 0
        for at in index.get(name, ()):
            start, word = self._after_word[at]
            if start >= last_end and _BOUNDARY.match(self.text, at + size):
                last_end = at + size
                yield word


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, frame) of each name a frame, institution or council list names: the frame
    is "weak" (a preposition), "body" (one that also takes people: "to", "from", "at"),
    "strong" (a bearing, "between"), "named" (inside a port's, event's or council's name) or
    "eponym" (inside a college's or school's name)."""
    for hit in _FRAMED_NAME.finditer(text):
        start, end = hit.span(1)
        article = _ARTICLE_WORD.match(text, start, end)
        if article is not None and not _article_in_name(text[start:end]):
            start = article.end()  # "An Onaga feed company": the article is no word of the name
        owned = end
        if _POSSESSIVE_END.search(text, start, end):
            end -= 2  # "Tumble's old hall": the owner's name without its "'s" (read below)
        opener = _OPENER.match(text, start, end)
        if opener is not None:  # "In Kingsport, ...": the sentence's preposition opens it
            start, frame = opener.end(), "weak"
        else:
            before = text[max(0, start - 50) : start]
            if _BEARING_BEFORE.search(before):
                frame = "bearing"
            elif _STRONG_BEFORE.search(before):
                frame = "strong"
            elif _SERVICE_BEFORE.search(before):
                frame = "service"
            elif before.endswith("off ") and _OFFSHORE_BEFORE.search(before):
                frame = "offshore"  # the ending read first: a water's name is slow to seek
            elif before.endswith("from ") and _CROSSING_BEFORE.search(before):
                frame = "crossing"
            elif _HARM_BEFORE.search(before):
                frame = "harm"
            elif before.endswith("at ") and _GAUGE_BEFORE.search(before):
                frame = "gauge"  # "flood stage at Ionia": a river's level read at the town
            elif _WEAK_BEFORE.search(before) and _SITE_NOUN_AFTER.match(text, end):
                frame = "site"  # "arrested at Warrenpoint harbour": the town's own harbour
            elif _TOWNSFOLK_BEFORE.search(before):
                frame = "townsfolk"  # "residents of Linda": a town's people, no person's
            elif _WEAK_BEFORE.search(before):
                frame = "body" if _BODY_PREPOSITION.search(before) else "weak"
            elif _MODIFIER_BEFORE.search(before) and _TOWN_SITE_AFTER.match(text, end):
                frame = "site"  # "at the Enid food bank": the town names what stands there
            elif _EXIT_BEFORE.search(before) and _highway_exit(text, start, end):
                frame = "exit"  # "on Interstate 65 near the Shepherdsville exit"
            elif _ROUTE_BEFORE.search(before):
                frame = "route"
            elif _RESIDENT_BEFORE.search(before) and _RESIDENT_AFTER.match(text, end):
                frame = "resident"  # "a 19-year-old Bear man": the man is of the town
            elif _RESIDENT_BEFORE.search(before) and _BUSINESS_AFTER.match(text, end):
                frame = "business"  # "a Marton meatworks": the works stand in the town
            elif _opens_with_article(text, start) and _SITE_NOUN_AFTER.match(text, end):
                frame = "opening site"  # "Whitehaven harbour will ...", "The Red Creek library"
            elif opens_sentence(text, start) and _SITE_NOUN_AFTER.match(text, owned):
                frame = "owned site"  # "Armour's fairgrounds will ...", near a place named
            elif _opens_with_article(text, start) and _DESCRIBED_LATER.match(text, end):
                frame = "described"  # "Potlatch will ... after the Latah County town won"
            elif _opens_with_article(text, start) and _SCHOOL_LATER.match(text, end):
                frame = "county school"
            elif _RESIDENT_BEFORE.search(before) and _FIRM_AFTER.match(text, end):
                frame = "firm"  # "A Reinbeck company ..., and the Grundy County board"
            elif opens_sentence(text, start) and owned > end and _EVENT_OWNED.match(text, end):
                frame = "owned event"  # "Lyle's fall festival ..., and Mower County deputies"
            else:
                continue
        if _runs_on(text, end):
            continue
        owner = _OWNER.match(text, end)
        if owner is not None and owner.group(1) not in _TOWN_OWNED and frame not in _OWNED_FRAMES:
            continue  # "to Smith's lawyer" (not "Tumble's old hall ... the Welsh village")
        yield start, end, frame
    if PAIRED_TOWNS:
        for hit in _TEAM_OWNER.finditer(text):
            if not _runs_on(text, hit.start(1) - 1) and _own_name(text, *hit.span(1)):
                yield *hit.span(1), "team"
        for hit in _COUNCIL_AND.finditer(text):
            if not _runs_on(text, hit.end(1)):
                yield *hit.span(1), "named"
    if SCORED_TOWNS:
        for hit in _SCORED_TEAM.finditer(text):
            start, end = _team_town(text, *hit.span(1))
            if end < hit.end(1) and _own_name(text, start, end):
                yield start, end, "score"
        for sides in result_sides(text):
            for group, (first, start, end) in enumerate(sides, 1):
                if end > start and _own_name(text, start, end):
                    opening = group == 1 and opens_sentence(text, first)
                    yield start, end, "opening score" if opening else "score"
    for pattern in (_INSTITUTION, _COUNCILS, _TOWN_BODY):
        for hit in pattern.finditer(text):
            for group in range(1, (pattern.groups or 0) + 1):
                if hit.group(group) is not None and _own_name(text, *hit.span(group)):
                    frame = _institution_frame(pattern, group)
                    start, end = hit.span(group)
                    if frame == "event":
                        end = _town_words(text, start, end)
                    yield start, end, frame


# "A Galva company ... the Henry County city" (table 141): an article may open the sentence.
_OPENING_ARTICLE = re.compile(r"(?:An?|The)\s$")


def _article_in_name(name: str) -> bool:
    """Whether a town's own name opens with the article ("The Dalles", "The Pas")."""
    return any(t.name.casefold() == name.casefold() for t in own_towns(name))


def _opens_with_article(text: str, start: int) -> bool:
    """Whether the name opens its sentence, alone or after an article."""
    article = _OPENING_ARTICLE.search(text, max(0, start - 4), start)
    return opens_sentence(text, start if article is None else article.start())


def result_sides(text: str) -> Iterator[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """Per result with its score ("Tifton beat Cairo 28-14", "The Tifton Blue Devils beat Cairo
    Catholic 28-14"), its two sides as (where the side's words start, the start and end of its
    town's words); a side with no town's words is empty (start == end)."""
    results = [*_RESULT.finditer(text)]
    results += [r for r in _RESULT_TO.finditer(text) if opens_sentence(text, r.start())]
    for hit in results:
        yield _side_town(text, *hit.span(1)), _side_town(text, *hit.span(2))


def _side_town(text: str, first: int, end: int) -> tuple[int, int, int]:
    start, end = _team_town(text, first, end)
    side = _SCHOOL_SIDE.search(text, start, end)
    return first, start, max(start, side.start() if side is not None else end)


def _highway_exit(text: str, start: int, end: int) -> bool:
    """Whether the name before "exit" (or "interchange") names a numbered highway's exit: the
    highway stands earlier in its sentence."""
    return (
        _EXIT_AFTER.match(text, end) is not None
        and _NUMBERED_ROAD.search(text, max(0, start - 120), start) is not None
    )


def _team_town(text: str, start: int, end: int) -> tuple[int, int]:
    """The town's words of a result's side named "the <Town> <Nicknames>" (see
    :data:`_THE_TEAM`), its first word alone where the two are no town's name (a nickname of
    two words: "the Tifton Blue Devils"), or the side as it stands."""
    after_the = text[max(0, start - 4) : start] in ("The ", "the ")
    team = _THE_TEAM.fullmatch(text, start, end)
    if team is None or not (after_the or text.startswith(("The ", "the "), start)):
        return start, end
    town_start, town_end = team.span("town")
    first = text.find(" ", town_start, town_end)
    if first > 0 and not own_towns(text[town_start:town_end]):
        return town_start, first  # "Tifton Blue Devils": the nickname's two words
    return town_start, town_end


def _institution_frame(pattern: re.Pattern[str], group: int) -> str:
    """The frame of a name inside an institution's or council's words: "eponym" for a
    college's or school's (often a person's name), "event" for a town's own event ("the
    Bloomsburg Fair", its last group), "named" for the rest."""
    if pattern is not _INSTITUTION:
        return "named"
    if group == 1:
        return "eponym"
    return "event" if group == pattern.groups else "named"


def _town_words(text: str, start: int, end: int) -> int:
    """Where the town ends in the words opening an event's name: the longest run of their
    first words the gazetteer has a town of ("the Saranac Lake Winter Carnival": thirty-first
    session, table 42; "the Kutztown Folk Festival"), or all of them where none is; one word
    only where it is no given name, which opens a person's name ("the John Smith Memorial
    fair")."""
    cut = end
    while cut > start:
        words = text[start:cut]
        if any(c.kind == "city" for c in gazetteer().lookup(words)) and (
            " " in words or not given_name(words)
        ):
            return cut
        cut = max(start, text.rfind(" ", start, cut))
    return end


def _own_name(text: str, start: int, end: int) -> bool:
    """Whether a name inside an institution's or a council list's words is whole: no word of
    the institution's own and no capitalised word before it ("Britannia Royal Naval College"),
    but a sentence's first word."""
    if any(w in _INSTITUTION_WORDS for w in text[start:end].split()):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is None or before.group().startswith("SUNY") or opens_sentence(text, before.start())
    )


def _runs_on(text: str, end: int) -> bool:
    """Whether a capitalised word or a joined part follows: the name is part of a longer one
    ("at Lincoln Financial Field", "to Carlow County Council", "to Secretary of State")."""
    return _RUNS_ON.match(text, end) is not None


def _described_elsewhere(span: Span, text: str) -> bool:
    """Whether the later "the <Unit> town" names a unit that holds no town of the name ("Officer
    cadets at Sandhurst ... in the Berkshire town": Sandhurst is the Berkshire town, and no
    Officer lies in Berkshire; table 302)."""
    described = _DESCRIBED_LATER.match(text, span.end_char)
    if described is None:
        return False
    phrase = text[described.start() : described.end()]
    names = re.findall(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*", phrase.rpartition(" the ")[2])
    units = [
        c
        for name in names
        for c in gazetteer().lookup(name)
        if c.kind in ("admin1", "admin2", "region") and c.quality <= ALTERNATE and c.cc
    ]
    return bool(units) and not any(
        t.cc == u.cc and (u.kind == "region" or not u.adm1 or inside(t, u))
        for t in own_towns(span.text)
        for u in units
    )


def _town(span: Span, people: People, region: _Region, frame: str, story: _Story) -> bool:
    """Whether the framed name is a town of the story's region, or a sizeable town of a long
    name, and no person, common word or (in a weak frame) given name."""
    peoples_tag_counts = frame in _FIRM_FRAMES  # "a Hershey factory": a firm's, read NORP
    frame, tags = _TAGGED_FRAMES.get(frame, (frame, frozenset()))
    person_ok = "PERSON" in tags  # the frame's words say no person is meant
    if not any(c.kind == "city" and c.quality <= ALTERNATE for c in gazetteer().lookup(span.text)):
        return False  # every test that makes it a town below needs a town of the name
    words = span.text.split()
    if POSITIONAL.match(span.text) or (
        words[0] in _NO_FIRST_WORDS and not _article_in_name(span.text)
    ):
        return False  # (but "at The Entrance", a town's own name: table 314)
    if frame == "described" and _described_elsewhere(span, story.text):
        return False
    institution = any(w in _INSTITUTION_WORDS for w in words) and not own_towns(span.text)
    if institution or _surname_in_text(span, story):
        return False  # "at Tufts University" (not "to Annapolis Royal"); "Congrats to Rubio"
    others = people_besides(span, people, story.ents)
    if any(w in others.surnames for w in words) or (len(words) == 1 and words[0] in others.given):
        return False
    if not acceptable(span, others, any_tag=True):
        return False
    if frame not in ("named", "eponym", "event") and _person_in_full(span, story):
        return False  # a college NER reads as a person vouches
    if len(words) == 1 and (words[0] in INSTITUTIONS or _body(span, frame, story)):
        return False  # "in Congress", "a Ph.D. from Harvard"
    common = len(words) == 1 and frame != "pair" and _common(span.text)
    if common or (frame in ("weak", "body") and _given_name_first(span, story)):
        # a pair's common word is vouched for by its partner (see the caller); one the
        # sentence calls "the Carmarthenshire village" by the unit it names (table 136)
        if frame == "described" and any(region.near(t) for t in own_towns(span.text)):
            return True
        return frame in _COUNTY_VOUCHED_FRAMES and _in_county_beside(
            span, story, person_ok=person_ok
        )
    if frame in ("firm", "county school", "owned event"):
        person_ok = frame == "owned event"
        return _in_county_beside(span, story, min_pop=REGION_TOWN_POP, person_ok=person_ok)
    towns = own_towns(span.text)
    # (a population of 0 is unknown: GeoNames lists such a town as a seat, whatever its size)
    if any(region.holds(t, frame) for t in towns if t.pop >= REGION_TOWN_POP or not t.pop):
        return True
    if (
        not towns
        and frame != "eponym"
        and any(
            region.near(t) or _big_in_country(t, region, frame) for t in _towns_by_alias(span.text)
        )
    ):
        # "in Clonmel", the gazetteer's "Cluain Meala", near the county named; "police in
        # Jinju", the gazetteer's "Chinju", a big city of the country a demonym names
        return True
    if _lone_town(span, frame, region, story, tags, peoples_tag_counts):
        return True
    return (
        len(words) > 1
        and _only_towns(span.text)
        and any(t.pop >= LONG_NAME_TOWN_POP for t in towns)
    )


def _unframed_names_beside_counties(doc: Doc, story: _Story) -> Iterator[Span]:
    """The one-word names in no frame, untagged or mistyped, within a sentence that names a
    county: after no capitalised word and running on into none; opening the sentence only
    where NER reads an organisation of just that word ("Kinston will hold its festival ...
    across Lenoir County": table 19), since any sentence's first word is capitalised."""
    text = story.text
    for sent in story.county_sentences(doc):
        for hit in _FRAMED_NAME.finditer(text, sent.start_char, sent.end_char):
            start, end = hit.span(1)
            if " " in hit.group(1) or _runs_on(text, end):
                continue
            if _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
                continue
            span = doc.char_span(start, end)
            if span is None:
                continue
            ents = story.overlapping(span)
            if opens_sentence(text, start):
                if ents and all(_mistyped(e, span, org_only=True) for e in ents):
                    yield span
            elif all(_mistyped(e, span) for e in ents):
                yield span


def _mistyped(ent: Span, span: Span, org_only: bool = False) -> bool:
    """Whether NER's entity over a one-word name is the small model's mistyping of a town: an
    organisation, a person or a date of just that word ("Tralee" read as an organisation);
    ``org_only``: an organisation."""
    if (ent.start, ent.end) != (span.start, span.end):
        return False
    if org_only:
        return ent.label_ == "ORG"
    return ent.label_ in ("ORG", "PERSON") or _misdated(ent)


def _county_town(span: Span, people: People, story: _Story) -> bool:
    """ "Storms left Tralee without power, Kerry County Council said": a name in no frame
    (untagged, or one word NER calls an organisation or person) is the town of that name lying
    in a county its sentence names (local copy names the council beside its towns), when it is
    no person, common word or given name."""
    name = span.text
    if name in _NO_FIRST_WORDS or name in _INSTITUTION_WORDS or name in INSTITUTIONS:
        return False
    if _common(name) or given_name(name) or name.lower() in _CALENDAR_WORDS:
        return False
    if not _in_county_beside(span, story, min_pop=REGION_TOWN_POP):
        return False  # first: the people of a long story are costly to list again
    others = people_besides(span, people, story.ents)
    if _surname_in_text(span, story) or name in others.surnames or name in others.given:
        return False
    return acceptable(span, others, any_tag=True)


def _in_county_beside(span: Span, story: _Story, min_pop: int = 0, person_ok: bool = False) -> bool:
    """ "returned to Hope this weekend, and Hempstead County officials said": a common word or
    given name in a frame is the town of that name lying in a county its sentence names
    (``person_ok``: though NER reads a given name there as a person)."""
    if not COUNTY_VOUCHED:
        return False
    if not person_ok and any(t.ent_type_ == "PERSON" and given_name(t.text) for t in span):
        return False  # "returned to Hope": the person (not "a warning for Fossil", table 118)
    counties = story.counties_beside(span)
    return any(
        _same_unit(t, c) and km(t, c) <= COUNTY_TOWN_KM
        for t in own_towns(span.text)
        if t.pop >= min_pop
        for c in counties
    )


def _same_unit(town: Candidate, county: Candidate) -> bool:
    """Whether the town lies in the county's state: an Irish county, a first-level unit the
    gazetteer lists with no code of its own, holds the towns of its country near it."""
    if county.kind == "admin1" and not county.adm1:
        return town.cc == county.cc
    return (town.cc, town.adm1) == (county.cc, county.adm1)


def _lone_town(
    span: Span,
    frame: str,
    region: _Region,
    story: _Story,
    tags: frozenset[str] = frozenset(),
    peoples_tag_counts: bool = False,
) -> bool:
    """ "ferries from Oban": a one-word name NER leaves untagged (or tags a date) after a
    preposition of place, which the gazetteer knows by its own name as one sizeable town and
    nothing else but much smaller towns, is that town, unless the story names countries and
    none is the town's. A side in a result
    ("Cordele beat Americus 14-10") may carry NER's organisation or nationality tag, a
    person's when it opens the sentence, or any tag run over its score (:func:`_mistyped_side`),
    a town's own event ("the Bloomsburg Fair") its name's, and so may a name in a site's, a
    route's or a bearing's frame (``tags``: those its frame allows). A nationality's tag on a
    word that reads as no people's counts for nothing ("Police in Wetherby"), but where a firm
    is named as often as a town (``peoples_tag_counts``: "a Hershey factory")."""
    frames = ("weak", "body", "strong", "score", "event")
    if not UNIQUE_TOWNS or frame not in frames or len(span) != 1:
        return False
    allowed = {"score": _SIDE_TAGS | tags, "event": _EVENT_TAGS}.get(frame, tags)
    for e in story.overlapping(span):
        if e.label_ in allowed or _misdated(e):
            continue
        if not peoples_tag_counts and _misnamed_people(e, span):
            continue
        if frame != "score" or not _mistyped_side(e, span):
            return False
    town = None if span.text.lower() in _CALENDAR_WORDS else _dominant_town(span.text)
    if town is None:
        return False
    return not region.countries or town.cc in region.countries


def _misnamed_people(ent: Span, span: Span) -> bool:
    """ "Police in Wetherby", "the ferry from Anacortes": the small model may tag a one-word
    town it does not know NORP, as if a people; a word that reads as no people's ("Syrian",
    "Kurdish", a demonym the gazetteer knows) is such a town (table 38)."""
    if ent.label_ != "NORP" or (ent.start, ent.end) != (span.start, span.end):
        return False
    return gazetteer().demonym(span.text) is None and not _DEMONYM_END.search(span.text)


def _mistyped_side(ent: Span, span: Span) -> bool:
    """Whether NER's entity over a result's one-word side runs on over the score ("Americus
    14-10" read as a law): the small model's misreading of the side, not a name of its own."""
    if ent.start != span.start or ent.end == span.end:
        return False
    return _SCORE.fullmatch(ent.doc.text, span.end_char, ent.end_char) is not None


def _misdated(ent: Span) -> bool:
    """ "Snow fell in Bemidji overnight": the small model may tag a one-word town after a
    preposition DATE or TIME; a word of the calendar ("in August", "by Easter") is one."""
    return (
        ent.label_ in ("DATE", "TIME") and len(ent) == 1 and ent.text.lower() not in _CALENDAR_WORDS
    )


def _dominant_town(name: str) -> Candidate | None:
    """The sizeable town the gazetteer knows by the name as its own, when every other reading
    of the name is a town :data:`DOMINANT_RATIO` times smaller (a hamlet namesake says
    nothing against it) and none is a unit, region or landmark."""
    own = [c for c in gazetteer().lookup(name) if c.quality == OFFICIAL]
    if not own or any(c.kind != "city" for c in own):
        return None
    top = max(own, key=lambda c: c.pop)
    if top.pop < COUNTRY_TOWN_POP:
        return None
    if any(c is not top and DOMINANT_RATIO * c.pop > top.pop for c in own):
        return None
    return top


def _vouched_pair(pair: re.Match[str]) -> bool:
    """Whether a common word in the pair ("Sterling and Rock Falls") has a partner of two or
    three words to vouch for it: two one-word names may be people's ("Sterling and Dayton")."""
    first, second = pair.group(1), pair.group(2)
    if _common(first):
        return " " in second and not _common(second)
    return not _common(second) or " " in first


def _common(name: str) -> bool:
    """Whether the name is also a common word ("Hope", "Sterling")."""
    return name.lower() in (common_words() or frozenset())


# A place's own position after its name: on or near a named feature ("on the Wash").
_PLACED_AFTER = re.compile(r"\s+(?:on|near|beside) the [A-Z]")


def _body(span: Span, frame: str, story: _Story) -> bool:
    """Whether NER reads the one word after "to", "from" or "at" as an organisation of that
    one word (not a list it runs over: "crews from Hornsey, Camden and Islington"). The
    story's entities, not ``span.ents``, which rebuilds the document's on each call. One
    placed on a named shore or road is no body ("at Snettisham on the Wash": table 312)."""
    if frame != "body" or _names_a_water(span.text, story.text):
        return False
    if _PLACED_AFTER.match(story.text, span.end_char):
        return False
    return any(
        e.label_ == "ORG" and (e.start, e.end) == (span.start, span.end)
        for e in story.overlapping(span)
    )


def _names_a_water(name: str, text: str) -> bool:
    """Whether the story names a river, lake or bay by the name ("closed at Nipigon ... the
    bridge over the Nipigon River": table 152): a body's name names no water, a place's may."""
    word = re.escape(name)
    return (
        re.search(rf"\b{word} (?:River|Lake|Bay|Creek|Harbou?r)\b|\bLake {word}\b", text)
        is not None
    )


def _surname_in_text(span: Span, story: _Story) -> bool:
    """Whether the story writes the one-word name after a given name elsewhere ("Marco
    Rubio"): a person's surname, though NER missed the person."""
    return len(span) == 1 and story.written_as_surname(span.text)


def _given_name_first(span: Span, story: _Story) -> bool:
    """Whether a framed name opens with a given name as a person's does: one word, or several
    NER reads as a person ("to Brooke Henderson"; not "in Otis Orchards", an organisation to
    NER: table 235)."""
    words = span.text.split()
    if not given_name(words[0]):
        return False
    return len(words) == 1 or any(e.label_ == "PERSON" for e in story.overlapping(span))


def _person_in_full(span: Span, story: _Story) -> bool:
    """Whether NER reads the words as part of a longer person's name ("Jordan Henderson")."""
    return any(
        e.label_ == "PERSON" and (e.start < span.start or e.end > span.end)
        for e in story.overlapping(span)
    )


def _towns_by_alias(name: str) -> list[Candidate]:
    """The sizeable towns the gazetteer knows by that name as another name of theirs (an
    English name of a town listed by its Irish or Welsh one)."""
    return [
        c
        for c in gazetteer().lookup(name)
        if c.kind == "city" and c.quality == ALTERNATE and c.pop >= COUNTRY_TOWN_POP
    ]


def _only_towns(name: str) -> bool:
    """Whether the gazetteer knows the name by its own name as towns only (no landmark, unit
    or region: "White House"), but the district its town gives its name to ("Wagga Wagga"
    the city and the local government area round it)."""
    own = [c for c in gazetteer().lookup(name) if c.quality == OFFICIAL]
    towns = {(c.cc, c.adm1) for c in own if c.kind == "city"}
    return bool(towns) and all(
        c.kind == "city" or (c.kind == "admin2" and (c.cc, c.adm1) in towns) for c in own
    )


def _region(mentions: list[Mention], text: str) -> _Region:
    """The story's region from the names found so far, and from the words outside them that
    place a story as a name does: a people's or a state's demonym, a national police force, a
    state agency, a phone number's area code ("South Korean police in Jinju", "RCMP in
    Beausejour": table 110, 111)."""
    gaz = gazetteer()
    points: list[Candidate] = []
    states: set[tuple[str, str]] = set()
    countries: set[str] = set()
    for units in demonym_context(text, mentions).values():
        states |= {(c.cc, c.adm1) for c in units if c.kind == "admin1" and c.adm1}
        countries |= {c.cc for c in units if c.kind == "country" and c.cc}
    for m in mentions:
        if m.kind_hint and m.kind_hint.startswith("unlocated"):
            continue
        readings = gaz.lookup(m.text)
        if not readings:
            points += _county_by_bare_name(m.text)
        towns = [c for c in readings if c.kind == "city" and c.quality == OFFICIAL] or [
            c for c in readings if c.kind == "city" and c.quality == ALTERNATE
        ]  # "Limerick City and County Council": the city known by another name (table 138)
        if len(towns) <= AMBIGUOUS_READINGS:
            points += towns
        points += [c for c in readings if c.kind == "admin2" and c.quality <= ALTERNATE]
        points += [c for c in readings if _county_sized(c)]
        states |= _named_states(readings)
        states |= _feature_state(readings)
        countries |= {c.cc for c in readings if c.kind == "country" and c.quality <= ALTERNATE}
    if len(states) > LOCAL_STATES:
        states = set()  # national news: a state it names is no story's home
    lines = tuple(_line_states(mentions, text))
    return _Region(tuple(points), frozenset(states), frozenset(countries), lines)


def _line_states(mentions: list[Mention], text: str) -> Iterator[Candidate]:
    """The states named as a line or border ("near the Oregon line", "the Kansas state line")."""
    for m in mentions:
        if STATE_LINE_AFTER.match(text, m.end):
            yield from (c for c in gazetteer().lookup(m.text) if c.kind == "admin1" and c.adm1)


def _county_sized(unit: Candidate) -> bool:
    """Whether a first-level unit filed under no state code is a county-sized one, a point like
    a county: Britain's and Ireland's counties and unitary authorities ("the Torbay charity",
    "Clackmannanshire") and their named regions ("the Lake District", "Teesside")."""
    return (
        (unit.kind == "region" or (unit.kind == "admin1" and not unit.adm1))
        and unit.quality == OFFICIAL
        and unit.cc in ("GB", "IE")
    )


def _named_states(readings: list[Candidate]) -> set[tuple[str, str]]:
    """The states a found name names: by their own name, or by another name where the name
    is nothing's own ("the NSW SES said": New South Wales, whose short form the gazetteer
    lists only as another name, sets an Australian flood story in the state)."""
    own = any(c.quality == OFFICIAL for c in readings)
    states = {
        (c.cc, c.adm1)
        for c in readings
        if c.kind == "admin1" and (c.quality == OFFICIAL or (not own and c.quality <= ALTERNATE))
    }
    if not states and len(readings) == 1 and readings[0].kind == "admin1":
        # "near Buchans in central Newfoundland" (table 237): the one reading, a state's
        # name's first part, names it
        states = {(readings[0].cc, readings[0].adm1)}
    return states


def _feature_state(readings: list[Candidate]) -> set[tuple[str, str]]:
    """The state of a river or lake the gazetteer knows by one reading ("the Lamoille River
    flooded farms near ..."): a flood or a shore story is set where its water is."""
    if len(readings) != 1 or readings[0].kind not in WATER_KINDS or not readings[0].adm1:
        return set()
    return {(readings[0].cc, readings[0].adm1)}


def _names_county(m: Mention) -> bool:
    """Whether the mention names a county: "<X> County" or "<X> Parish", or the county a
    council is named for (its readings must still be units, see :meth:`_Story._county_readings`)."""
    if _COUNTY.search(m.text):
        return True
    within = m.within or ""
    rest = within[len(m.text) :] if within.startswith(m.text) else ""
    return _COUNCIL_OF_COUNTY.fullmatch(rest) is not None


def _county_by_bare_name(name: str) -> list[Candidate]:
    """The county "<X> County" names when the gazetteer knows it only as "<X>" ("Tipperary
    County": Irish and British counties are first- or second-level units by their bare name)."""
    if not name.endswith(" County"):
        return []
    bare = name.removesuffix(" County")
    return [
        c
        for c in gazetteer().lookup(bare)
        if c.kind in ("admin1", "admin2") and c.quality == OFFICIAL
    ]
