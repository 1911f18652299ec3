"""The expression table (cases.tsv): text, reference date, tense and the expected normalisation.

A row may follow a ``# s:`` comment holding the news sentence it comes from; that sentence is
kept on the case (``sentence``) so that the finder can be scored in context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

__all__ = ["CASES_PATH", "Case", "load_cases"]

CASES_PATH = Path(__file__).with_name("cases.tsv")


@dataclass(frozen=True)
class Case:
    text: str
    reference: date | None
    tense: str | None
    value: str | None
    is_time: bool
    kind: str | None
    mod: str | None
    dates: tuple[str | None, str | None] | None
    sentence: str | None = None


# A writer's note after the sentence ("(choice)", "(corrected after the first run: ...)").
_NOTE = re.compile(r"(?<=[.!?\"\u201d'])\s+\(.*\)\s*$")


def _opt(field: str) -> str | None:
    return field or None


def load_cases(path: Path = CASES_PATH) -> list[Case]:
    cases = []
    sentence = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# s:"):
            sentence = _NOTE.sub("", line[4:].strip())
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * (8 - len(line.split("\t")))
        text, ref, tense, value, kind, mod, start, end = cols[:8]
        has_dates = len(line.split("\t")) >= 8
        cases.append(
            Case(
                text=text,
                reference=None if ref in ("", "none") else date.fromisoformat(ref),
                tense=_opt(tense),
                value=None if value in ("", "-") else value,
                is_time=value != "-",
                kind=_opt(kind),
                mod=_opt(mod),
                dates=(_opt(start), _opt(end)) if has_dates else None,
                sentence=sentence,
            )
        )
        sentence = None
    return cases
