"""Name normalisation shared by the gazetteer builder and the resolver (keys must agree)."""

from __future__ import annotations

import itertools
import re
import unicodedata

__all__ = [
    "NAME_PARTICLES",
    "ascii_key",
    "normalize",
    "short_key",
    "skeleton",
    "strip_accents",
    "undotted_key",
    "variants",
]

# The lower-case particles inside a place's name ("Fond du Lac", "Port au Choix", "Volcan de
# Fuego", Persian "Qala i Naw", Norwegian "Mo i Rana"): a town's capitalised words they join
# make one name. Never "of"/"and", which join two names as often as they make one.
NAME_PARTICLES = frozenset(
    {"au", "aux", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "i"}
)
_SPACE = re.compile(r"\s+")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_DROP = re.compile(r"[.\u2019'`\u2018]")
_DASH = re.compile(r"[\u2010-\u2015-]")
# Abbreviated words of place names and their full forms, both ways ("St. Louis" = "Saint
# Louis", "Mt. Vernon" = "Mount Vernon", "Ft. Worth" = "Fort Worth"); sources spell either.
_WORD_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_WORD_FORMS.update({v: k for k, v in _WORD_FORMS.items()})
# Abbreviated unit words, only as the last word ("Fulton Co." = "Fulton County").
_TAIL_FORMS = {"co": "county", "twp": "township", "par": "parish"}
# Transliteration skeleton: no article, no vowels or glides, q as k, no doubled letters.
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az)\s+(?=\S{4})")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_VOWELS = re.compile(r"[aeiouyw\s]")
_DOUBLE = re.compile(r"(.)\1+")
SKELETON_CONSONANTS = 3  # fewer match too many names
# Letters of their own that NFKD leaves whole (no base letter and accent), as news writes them
# in ASCII: "Wroclaw" for Wrocław, "Tromso" for Tromsø, "Kirikkale" for Kırıkkale.
_ASCII_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe",
     "þ": "th"}
)  # fmt: skip


def normalize(text: str) -> str:
    """Case- and accent-insensitive key: "Pabradė" and "PABRADE" both give "pabrade".

    Periods and apostrophes go ("St. Louis" = "St Louis"), hyphens become spaces and a
    leading "the " is dropped ("the Netherlands" = "Netherlands").
    """
    base = _DASH.sub(" ", _DROP.sub("", strip_accents(text).casefold()))
    base = _SPACE.sub(" ", base).strip()
    if base.startswith("the "):
        base = base[4:]
    return base


def strip_accents(text: str) -> str:
    """``text`` without its accents, case kept: "Râmnicu Vâlcea" -> "Ramnicu Valcea"."""
    base = unicodedata.normalize("NFKD", text)
    return "".join(c for c in base if not unicodedata.combining(c))


def ascii_key(key: str) -> str:
    """A normalised key in ASCII letters: :func:`normalize` drops accents, but letters such as
    "ł" and "ø" are no accented base letter, so "Wroclaw" and "Wrocław" key apart."""
    return key.translate(_ASCII_LETTERS)


def short_key(text: str) -> str:
    """Case-sensitive key for short capitals ("US", "U.S.", "CA"), kept apart from words.

    Dotted initialisms keep their dots ("L.A." is Los Angeles, "LA" the postal code of
    Louisiana and the ISO code of Laos); other periods go ("Calif." = "Calif").
    """
    compact = text.replace(" ", "").strip()
    if _INITIALISM.fullmatch(compact):
        return "=" + compact
    return "=" + compact.replace(".", "")


def undotted_key(text: str) -> str | None:
    """The short key of a dotted initialism without its dots ("D.R.C." -> "=DRC"), else None."""
    compact = text.replace(" ", "").strip()
    return "=" + compact.replace(".", "") if _INITIALISM.fullmatch(compact) else None


def variants(key: str) -> list[str]:
    """Other spellings of a normalised key: abbreviated words spelled out or shortened.

    "st louis county" gives "saint louis county"; "fulton co" gives "fulton county"; with
    several such words every mix is tried ("fort saint john" gives "fort st john").
    """
    words = key.split()
    if len(words) < 2:
        return []
    options = [(w, _WORD_FORMS[w]) if w in _WORD_FORMS else (w,) for w in words]
    if words[-1] in _TAIL_FORMS:
        options[-1] = (*options[-1], _TAIL_FORMS[words[-1]])
    out = [" ".join(combo) for combo in itertools.islice(itertools.product(*options), 16)]
    out += _article_spacings(key)
    return [v for v in out if v != key]


# A county's name opening with an article, spelled joined or apart ("DeSoto County", "De Soto
# County"; "LaSalle Parish"): sources list a town's other spelling, a county's only one.
_JOINED_ARTICLE = re.compile(r"^(de|la|le|du)(?=[a-z]{3,} (?:county|parish)$)")
_SPACED_ARTICLE = re.compile(r"^(de|la|le|du) (?=[a-z]{3,} (?:county|parish)$)")


def _article_spacings(key: str) -> list[str]:
    """The county key with its opening article apart or joined (see :data:`_JOINED_ARTICLE`)."""
    if _SPACED_ARTICLE.match(key):
        return [_SPACED_ARTICLE.sub(r"\1", key)]
    if _JOINED_ARTICLE.match(key):
        return [_JOINED_ARTICLE.sub(r"\1 ", key)]
    return []


def skeleton(key: str) -> str | None:
    """A normalised key's transliteration skeleton ("menoufia", "monufia" and "al minufiyah"
    all give "~mnf"; "daqahliya" and "dakahlia" give "~dkhl"), for spellings of Arabic and other
    transliterated names that no source lists; None when too short to be telling."""
    base = _ARTICLE.sub("", key)
    base = _FINAL_H.sub("", base).replace("q", "k").replace("ph", "f")
    base = _DOUBLE.sub(r"\1", _VOWELS.sub("", base))
    return "~" + base if len(base) >= SKELETON_CONSONANTS and base.isalpha() else None
