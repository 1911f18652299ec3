"""Twenty-fourth session (times). Short synthetic sentences check each rule: "will" that the
parser hangs on a passive's "be" ("will be closed Monday") still makes the clause future; a
weekday's possessive whose head is a capitalised common noun right after it ("Thursday's
Child, the bakery") is a name, no time; then rules from reading real output: a month and day
heading a noun under a past verb (the nearest such day), a bare past participle opening a
clause (done), lemmas the lemmatiser cuts short ("slated", "hoping"), a gerund of reason after
"for", "heading into" or "days before" a day's event, "next" before a weekday's possessive, a
side action beside a forward verb, a conjunct with its own subject and tense, a show's title
after "told", a noun-tagged verb with a modal, a present comparison ("follows 180,000 in
March") and "a week from tonight". Near misses must stay as they were."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "will" hung on the passive's "be": still the future, so the coming weekday
        ("The county library will be closed Monday.", "2031-04-10", [("Monday", "2031-04-14")]),
        ("City offices will be shut Friday for the holiday.", "2031-04-09",
         [("Friday", "2031-04-11")]),
        # a weekday's possessive heading a capitalised common noun is a name, not a time
        ("Thursday's Child, the bakery on Elm Road, moved to a larger space.", "2031-04-09",
         []),
        ("Shoppers lined up outside Saturday's Closet, a thrift store, this week.", "2031-04-09",
         [("this week", "2031-W15")]),
        # a month and day heading a noun under a past verb: the event's nearest such day
        ("Aides said the ads aimed to sway the Nov. 5 runoff.", "2031-07-20",
         [("Nov. 5", "2031-11-05")]),
        ("The mayor's pick for the Oct. 2 ballot later withdrew.", "2031-07-20",
         [("Oct. 2", "2031-10-02")]),
        # a bare past participle opening a clause is done, not what the verb above asks
        ("The coach told reporters about the drill, filmed Sunday.", "2031-04-09",
         [("Sunday", "2031-04-06")]),
        ("Arrested Friday, the driver will appear in court next week.", "2031-04-09",
         [("Friday", "2031-04-04"), ("next week", "2031-W16")]),
        # "slated", "hopes", "hoping": verbs whose lemma the lemmatiser cuts short
        ("Organisers had canceled a parade slated for Thursday, citing rain.", "2031-04-07",
         [("Thursday", "2031-04-10")]),
        ("The club is hoping to clinch the title on Saturday.", "2031-04-09",
         [("Saturday", "2031-04-12")]),
        ("She hopes to finish the survey by Friday.", "2031-04-09",
         [("by Friday", "2031-04-11")]),
        # a gerund after "for" gives a reason: an act already known
        ("Forecasters are taking heat for missing Monday night's storm.", "2031-04-09",
         [("Monday night", "2031-04-07TNI")]),
        # "heading into" a day's event: ahead of the clause's moment, so the nearest
        ("Heading into Tuesday's runoff, the challenger has gained ground.", "2031-04-07",
         [("Tuesday", "2031-04-08")]),
        ("Going into Tuesday's vote, the mayor had four supporters.", "2031-04-09",
         [("Tuesday", "2031-04-08")]),
        ("The senator's shaky interview just days before Tuesday's Ohio primary has worried his"
         " aides.", "2031-04-06", [("Tuesday", "2031-04-08")]),
        # a present comparison sets the figure beside one already reported
        ("That figure follows 180,000 in March and tops forecasts.", "2031-04-09",
         [("March", "2031-03")]),
        ("The dispute echoes a row in June over the budget.", "2031-04-09",
         [("June", "2030-06")]),
        ("The vote follows Tuesday's debate.", "2031-04-10", [("Tuesday", "2031-04-08")]),
        # "next" before a weekday's possessive is part of the expression
        ("Crews were setting up ahead of next Tuesday's parade.", "2031-04-09",
         [("next Tuesday", "2031-04-15")]),
        # a side action beside "calling" (a forward verb) keeps the clause's past
        ("The two had been allies, with Ortiz calling her a friend, meeting her in May.",
         "2031-01-15", [("May", "2030-05")]),
        # a conjunct with its own subject and past tense borrows no "could" from before it
        ("Prices could rise, hurting shoppers, whom the mayor praised Tuesday night.",
         "2031-04-09", [("Tuesday night", "2031-04-08TNI")]),
        # a capitalised "verb" after "told" begins a show's title, not a complement ahead
        ("The governor told NBC's Meet the Press on Sunday that taxes would rise.",
         "2031-04-07", [("Sunday", "2031-04-06")]),
        # a verb the tagger read as a noun still has its modal
        ("Not only can Reyes win in November, she can win big.", "2031-01-15",
         [("November", "2031-11")]),
        # "a week from tonight" counts from today, like "a week from today"
        ("We will know the answer a week from tonight.", "2031-04-09",
         [("a week from tonight", "2031-W16")]),
    ],
)  # fmt: skip
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past passive keeps the last weekday
        ("The county library was closed Monday.", "2031-04-10", [("Monday", "2031-04-07")]),
        # a day's event after a proper noun or in lower case, and a time word, stay times
        ("Turnout rose in Tuesday's Ohio primary.", "2031-04-10", [("Tuesday", "2031-04-08")]),
        ("The council voted at Tuesday's meeting.", "2031-04-10", [("Tuesday", "2031-04-08")]),
        ("Tuesday's Morning Briefing led with the storm.", "2031-04-10",
         [("Tuesday", "2031-04-08")]),
        # an incident named by its day has happened; a past hope's day is gone by
        ("She was blamed for the Aug. 30 blast at the depot.", "2031-05-01",
         [("Aug. 30", "2030-08-30")]),
        ("Ruiz had hoped to win Tuesday's runoff.", "2031-04-09", [("Tuesday", "2031-04-08")]),
        # a reason after a forward verb's "for" stays ahead; "once" keeps a clause ahead
        ("Staff are preparing for hosting Friday's debate.", "2031-04-09",
         [("Friday", "2031-04-11")]),
        ("Once elected in November, she will move to the capital.", "2031-04-09",
         [("November", "2031-11")]),
        ("The band follows its spring tour with a summer run in July.", "2031-04-09",
         [("July", "2031-07")]),
        ("She will speak first and he follows on Friday.", "2031-04-09",
         [("Friday", "2031-04-11")]),
        # "followed by" names a second event in the clause's own tense
        ("She had been scheduled to speak in Lyon on Monday, followed by one in Nice on Tuesday.",
         "2031-04-07", [("Monday", "2031-04-07"), ("Tuesday", "2031-04-08")]),
        # "leading up to" a holiday without a possessive keeps its signal and the past
        ("In every contest leading up to Super Tuesday, turnout has been way down.", "2032-03-03",
         [("up to Super Tuesday", "2032-03-02")]),
        # an apposition naming an event keeps the day's event
        ("Fans packed Saturday's Derby, the first race of the season.", "2031-04-10",
         [("Saturday", "2031-04-05")]),
    ],
)  # fmt: skip
def test_near_misses_unchanged(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected
