from __future__ import annotations

import re

from dateline.errors import ArticleRejected

# The commonest English function words: together they are 35-50% of the tokens of English
# news, and rare in other languages written in Latin script.
_FUNCTION_WORDS = frozenset(
    """the of and to a in that is was he for it with as his on be at by i this had not are but
    from or have an they which one you were her all she there would their we him been has
    when who will more no if out so said what its about into than them can only other new
    some could these two may then do first any my now such like our over man me even most
    made after also did many before must through back years where much your way well down
    should because each just those people how too little state good very make world still
    own see men work long get here between both life being under never day same another
    know while last might us great old year off come since against go came right used take
    three""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_WORDS = 25
_MIN_FUNCTION_SHARE = 0.15
_MIN_LATIN_SHARE = 0.7


def check_language(text: str) -> None:
    """Reject text that is clearly not English; short or ambiguous text passes."""
    words = _WORD.findall(text)
    letters = [ch for w in words for ch in w]
    if len(letters) >= 20:
        latin = sum(1 for ch in letters if ch < "\u0250")
        if latin / len(letters) < _MIN_LATIN_SHARE:
            raise ArticleRejected("not_english", "most letters are not in the Latin script")
    if len(words) < _MIN_WORDS:
        return
    share = sum(1 for w in words if w.lower() in _FUNCTION_WORDS) / len(words)
    if share < _MIN_FUNCTION_SHARE:
        raise ArticleRejected(
            "not_english", f"only {share:.0%} of the words are common English function words"
        )
