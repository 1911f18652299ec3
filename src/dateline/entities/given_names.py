"""The sex a common given name states ("Hillary Clinton": f, "Bill Clinton": m).

Honorifics are rare in wire copy, and without them "Mrs. Clinton" could join either of the
story's two Clintons, and "she" could go to James Comey. A short hand-written table of given
names that are, in English-language news, nearly always one sex settles those cases; names
borne by both (Jordan, Taylor, Kelly, Jean, Robin...) are left out and say nothing. The table is
evidence of the weakest kind: an honorific, a gendered title or a pronoun the text resolves
outranks it wherever they disagree (see ``quotes.gender``).
"""

from __future__ import annotations

__all__ = ["GIVEN_SEX", "given_sex"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MALE = _words(
    """aaron adam adrian ahmed alan albert alberto alejandro alexander alexei alfred allen amir
    andre andreas andrew andrei angelo anthony antonio antonin arnold arthur barack barry
    ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brett brian
    bruce bryan carl carlos charles charlie christian christopher chuck clarence craig dan
    daniel danny darrell dave david dennis denis derek dick dmitry dmitri don donald doug
    douglas duncan dwight eddie edward elijah emmanuel eric ernest eugene evan felix
    fernando francis francisco frank franklin fred frederick gary gavin george gerald
    gilbert giuseppe glenn gordon grant greg gregory guy hank harold harry harvey hassan
    hector henry herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jared
    jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel johann john johnny jon
    jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin
    khalid kurt larry lawrence leo leon leonard lloyd louis luis luke malcolm manuel marco
    marcus mario mark martin matt matthew maurice max michael miguel mike mikhail mitch
    mitchell mohammad mohammed muhammad nathan neil nicholas nick nigel noah norman oliver
    omar oscar patrick paul pedro peter philip phillip pierre rahm ralph randy raul ray
    raymond reince ricardo richard rick rob robert roberto roger ron ronald rudy russell
    ryan salman samuel scott sean sergei sergey seth sergio shawn simon stanley stephen
    steve steven stuart ted theodore thomas tim timothy todd tom tommy tony travis trevor
    troy victor vincent vladimir walter warren wayne willard william xavier yuri zachary"""
)
_FEMALE = _words(
    """abigail alice alicia alison allison amanda amber amy angela angelina ann anna anne annie
    barbara betsy betty beverly brenda bridget carla carly carmen carol caroline carolyn
    catherine cathy cecilia charlotte cheryl christina christine cindy claire claudia
    colleen cynthia daisy deborah debbie denise diana diane donna doris dorothy edith eileen
    elaine eleanor elena elisabeth elizabeth ellen emily emma erica erin eva evelyn fatima
    fiona florence frances gabriela gabrielle gloria grace hannah heather heidi helen
    hillary ingrid irene isabel isabella jacqueline jane janet janice jennifer jenny jessica
    jill joan joanna josephine joyce judith judy julia julie karen kate katherine kathleen
    kathryn kathy katie kayleigh kirsten kristen kristy laura lauren linda lisa loretta lori
    louise lucy madeleine maggie margaret maria marie marilyn martha mary megan megyn
    melania melanie melissa michelle monica nancy naomi natalie nicole nikki nina olga
    olivia pamela patricia paula pauline penny priscilla rachel rebecca renee rita rosa rose
    ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophie
    stephanie susan suzanne sylvia tammy teresa theresa tiffany tina ursula valerie vanessa
    victoria virginia wendy yvonne zoe"""
)
GIVEN_SEX: dict[str, str] = {**{n: "m" for n in _MALE}, **{n: "f" for n in _FEMALE}}


def given_sex(name: str) -> str | None:
    """The sex the first word of a full name states ("Hillary Clinton": "f"), or None for a
    single word, an initial, or a given name the table does not hold."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return GIVEN_SEX.get(words[0].lower().rstrip("."))
