"""Twenty-third session (times). Short synthetic sentences check each rule: a holiday's name
as the title of a work ("the film Leap Day", a quoted "Election Day" special), a school's
"midterms", "in Q1" under a future verb (next year's quarter; "Q1 results" and "fell in Q1"
keep the quarter just ended, and "Q1 results are due" reads like "will be due"), a signal
before "the 2012 attack" (the year dates the event), a bare season classifying a noun ("winter
coats"), "fall" as a drop ("after the fall in prices"), a participle with its own subject in
an "as" clause (a misread past), a simple past in an "if" clause under "would" (ahead), a line
break inside an expression and "bailed to appear" (ahead). Near misses must stay as they were
(a holiday used as a day, a quoted day after "called" or "on", quoted speech, a verb before
the day, "the midterms" in political copy, autumn "in the fall", "even if", "would have")."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday's name after a noun that names a work, or quoted on its own, is a title
        ("The film Leap Day opens in theaters next week.", "2031-04-09",
         [("next week", "2031-W16")]),
        ("He starred in the 1996 movie Independence Day.", "2031-04-09", [("1996", "1996")]),
        ("The network's \u201cElection Day\u201d special drew 9 million viewers.", "2031-04-09",
         []),
        ("Critics praised \"Leap Day,\" a comedy about a wedding.", "2031-04-09", []),
        ("Fans of 'Groundhog Day' gathered in a small town.", "2031-04-09", []),
        # a school's midterms are exams, not the US midterm elections
        ("Students are cramming for the midterms this week.", "2031-04-09",
         [("this week", "2031-W15")]),
        ("Professors said the midterms would be graded by Friday.", "2031-04-09",
         [("by Friday", "2031-04-11")]),
        # "in Q1" under a future verb: the next first quarter, not the one just ended
        ("Sales will fall in Q1, the company said.", "2031-04-09", [("Q1", "2032-Q1")]),
        ("The merger should close by Q1.", "2031-04-09", [("by Q1", "2032-Q1")]),
        # figures of the quarter just ended are due in the present tense as in the future
        ("Q1 results are due May 8.", "2031-04-09", [("Q1", "2031-Q1"), ("May 8", "2031-05-08")]),
        # a signal before "the 2012 attack" governs the attack: the year alone, no AFTER/BEFORE
        ("Trust fell after the 2028 bridge collapse.", "2031-04-09", [("2028", "2028")]),
        ("Before the 2028 vote, polls were close.", "2031-04-09", [("2028", "2028")]),
        # a bare season classifying the noun after it is a kind of thing, not a time
        ("Farmers bought winter coats for their workers.", "2031-04-09", []),
        ("She took summer jobs at the docks as a student.", "2031-04-09", []),
        # a line break inside an expression
        ("The firm held talks in the fall of\n        2028 with investors.", "2031-04-09",
         [("the fall of\n        2028", "2028-FA")]),
        # "fall" as a drop or a collapse
        ("Oil producers struggled after the fall in prices.", "2031-04-09", []),
        ("The fall of the old regime changed the region.", "2031-04-09", []),
        # a participle with a subject in a clause opened by "as" is a misread simple past
        ("As rivals seized on his answer in Saturday's debate, he told voters to stay calm.",
         "2031-04-09", [("Saturday", "2031-04-05")]),
        # a simple past in an "if" clause under "would" is a case ahead
        ("Ties would improve if she won the election on Nov. 4.", "2031-05-16",
         [("Nov. 4", "2031-11-04")]),
        # bail to return or appear: a date ahead
        ("A third man was bailed to appear in court in January.", "2031-11-20",
         [("January", "2032-01")]),
    ],
)  # fmt: skip
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday used as a day stays a date, and so does one after a verb ("play")
        ("On Inauguration Day the president signed three orders.", "2031-04-09",
         [("Inauguration Day", "2029-01-20")]),
        ("The Lakers play Christmas Day against Boston.", "2031-04-09",
         [("Christmas Day", "2031-12-25")]),
        # a quoted day after "on" or "called", and quoted speech, name the day
        ("Voters go to the polls on \"Election Day\" in November.", "2031-04-09",
         [("Election Day", "2031-11-04"), ("November", "2031-11")]),
        ("\"Christmas,\" she said when asked about the deadline.", "2031-04-09",
         [("Christmas", "2030-12-25")]),
        # the midterms in political copy stay the elections, students or not
        ("Republicans could lose the House in the midterms.", "2031-04-09",
         [("the midterms", "2034-11-07")]),
        ("Students campaigned for Democrats before the midterms.", "2031-04-09",
         [("before the midterms", "2030-11-05")]),
        # past figures and a period a figure names keep the quarter just ended
        ("Sales fell 3% in Q1.", "2031-04-09", [("Q1", "2031-Q1")]),
        ("Analysts expect a rebound in Q1 sales.", "2031-04-09", [("Q1", "2031-Q1")]),
        ("Q1 results beat forecasts.", "2031-04-09", [("Q1", "2031-Q1")]),
        # a season with a determiner or before a time noun stays a date
        ("The summer months were dry.", "2031-04-09", [("The summer", "2030-SU")]),
        ("Congress returns from its summer break in September.", "2031-04-09",
         [("summer break", None), ("September", "2031-09")]),
        ("The Winter Olympics drew crowds.", "2031-04-09", []),
        # autumn: "in the fall", "this fall in Iowa", "the fall of last year"
        ("He will campaign this fall in Iowa.", "2031-04-09", [("this fall", "2031-FA")]),
        ("Classes resume in the fall in most states.", "2031-04-09", [("the fall", "2031-FA")]),
        ("Enrollment rose in the fall of last year.", "2031-04-09",
         [("the fall of last year", "2030-FA")]),
        # a small clause under "make" keeps the verb's future
        ("Tenants will get a chance to make their wishes heard on Tuesday.", "2031-04-10",
         [("Tuesday", "2031-04-15")]),
        # a concession may grant what already happened
        ("Even if she managed to win Tuesday's vote, she would need more.", "2031-04-10",
         [("Tuesday", "2031-04-08")]),
        # "would have" keeps the past
        ("He would have been mayor if he won the race in November.", "2031-05-16",
         [("November", "2030-11")]),
        # a signal before a bare year keeps it
        ("Sales have risen since 2028.", "2031-04-09", [("since 2028", "2028")]),
    ],
)  # fmt: skip
def test_near_misses_unchanged(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected
