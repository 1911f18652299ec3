"""The country a story is told from, when the text alone may not say: the user's setting, or
the country-code domain of the outlet that published it.

A local story that names one town and no other place ("the San Marcos city council voted")
gives the resolver nothing to place it by, so the prior alone picks the biggest namesake
(Guatemala's department for a Texas paper). Whoever runs one outlet's archive knows its
country (``Settings.home_country``, ``DATELINE_HOME_COUNTRY``, ``--home-country``), and a
URL often tells it: ``www.cbc.ca`` publishes from Canada, ``www.abc.net.au`` from Australia.
The resolver counts that country as weak evidence, one name among the story's own
(:data:`dateline.geo.scoring.HOME_WEIGHT`), so the text still wins wherever it speaks.

Only country-code domains newsrooms use for their own country count. Those sold for their
letters (``.co``, ``.io``, ``.tv``, ``.fm``, ...) say nothing, unless under a national
second-level domain (``.com.co`` is Colombian); generic domains (``.com``, ``.org``) say
nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["check_home_country", "home_from_url", "story_home"]


def _codes(listed: str) -> dict[str, str]:
    """Country-code domains, space-separated, each to its ISO alpha-2 code."""
    return {tld: tld.upper() for tld in listed.split(" ")}


# Country-code top-level domains a newsroom of that country uses (the code is the ISO 3166
# alpha-2 one but for the United Kingdom's ".uk").
_NEWSROOM_TLDS = _codes(
    "ae ar at au bd be bg br ca ch cl cn cz de dk ee eg es et fi fr gh gr hk hr hu id ie il "
    "in iq ir is it jm jo jp ke kr kw lb lk lt lu lv ma mt mw mx my na ng nl no np nz pe ph "
    "pk pl pt qa ro rs ru rw sa se sg si sk sn th tr tt tw tz ua ug us uy ve vn za zm zw"
) | {"uk": "GB"}
# Country-code domains sold for their letters ("news.io", "radio.fm"): a site under one may be
# anywhere, so they count only under a national second-level domain ("eltiempo.com.co").
_GENERIC_TLDS = _codes("ag ai am bz cc cd co fm gg gl io la ly me ms nu pw sh st tk to tv vc ws")
_NATIONAL_SECOND_LEVEL = frozenset(_codes("ac co com edu gov gob net nic org"))
# What people write for the United Kingdom, though ISO gives it GB.
_ALIASES = {"UK": "GB"}


def home_from_url(url: str | None) -> str | None:
    """The country (ISO alpha-2) a URL's host says the outlet is in, or None: "https://www.
    cbc.ca/news/..." -> "CA", "bbc.co.uk" -> "GB", "example.com" -> None. Never raises."""
    host = _host(url) if isinstance(url, str) else None
    if not host:
        return None
    labels = host.split(".")
    if len(labels) < 2 or not all(labels):
        return None
    last = labels[-1]
    if last in _NEWSROOM_TLDS:
        return _NEWSROOM_TLDS[last]
    if last in _GENERIC_TLDS and len(labels) >= 3 and labels[-2] in _NATIONAL_SECOND_LEVEL:
        return _GENERIC_TLDS[last]
    return None


def _host(url: str) -> str | None:
    """The lower-case host name of a URL, with or without its scheme ("www.cbc.ca/news")."""
    text = url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:  # "http://[::1" and other broken brackets
        return None
    return host.rstrip(".") if host else None


def check_home_country(code: str | None) -> str | None:
    """``code`` as the upper-case ISO 3166 alpha-2 code of a country the gazetteer holds ("gb"
    -> "GB"; "UK" is taken for "GB"); None stays None. A code the gazetteer does not know is a
    ValueError whose message says what to give instead."""
    if code is None:
        return None
    cleaned = code.strip().upper()
    cleaned = _ALIASES.get(cleaned, cleaned)
    if cleaned not in _known_codes():
        raise ValueError(
            f"unknown home country {code!r}: give an ISO 3166 alpha-2 code such as US, GB or CA"
        )
    return cleaned


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    from dateline.geo.gazetteer import gazetteer

    return frozenset(k.removeprefix("iso3:") for k in gazetteer().iso3)


def story_home(analysis: Analysis) -> str | None:
    """The home country to read one article's places by: the setting, else its URL's."""
    return analysis.settings.home_country or home_from_url(analysis.article.url)
