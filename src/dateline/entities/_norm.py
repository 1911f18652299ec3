"""Name normalisation shared by the data build and run-time lookups.

Both sides must turn "U.S.", "US" and "Us" into the same key, and "Organisation" into
"organization", or lookups silently miss; so there is exactly one function for it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["TOKEN_RE", "key", "norm_token", "tokens"]

# A word, allowing inner hyphens, apostrophes and dots ("Kassym-Jomart", "O'Neill", "U.S.").
TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*\.?")

_SPELLING = (
    ("isation", "ization"),
    ("ised", "ized"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("labour", "labor"),
    ("programme", "program"),
    ("centre", "center"),
)


@lru_cache(maxsize=1 << 16)
def norm_token(tok: str) -> str:
    """Lowercase, strip accents and dots, fold British spellings, drop a possessive (cached:
    names recur across mentions and articles)."""
    tok = unicodedata.normalize("NFKD", tok)
    tok = "".join(c for c in tok if not unicodedata.combining(c)).lower()
    tok = tok.replace("’", "'")
    if tok.endswith("'s"):
        tok = tok[:-2]
    elif tok.endswith("'"):
        tok = tok[:-1]
    tok = tok.replace(".", "")
    for a, b in _SPELLING:
        if a in tok:
            tok = tok.replace(a, b)
    return tok


def tokens(text: str) -> list[str]:
    """Normalised word tokens of a phrase (underscores count as spaces)."""
    out = []
    for m in TOKEN_RE.finditer(text.replace("_", " ")):
        t = norm_token(m.group())
        if t:
            out.append(t)
    return out


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The lookup key of a phrase: its normalised tokens joined by spaces (cached, as above)."""
    return " ".join(tokens(text))
