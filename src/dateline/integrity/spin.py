"""``spun_wording``: fingerprints of machine rewording, and US/British spelling mixed in one text.

The fingerprints are word n-grams (with a ``<lw>`` backoff for "any lowercase word") learned by
``scripts/make_integrity_set.py learn`` from clean PolNeAR train articles and spun versions of
them: n-grams that spun text uses far more often than clean text ("north atlantic treaty",
"russian federation", "usa <lw>", "military workouts"). One hit proves little (clean text says
"stated" now and then), so an article fires only when several distinct fingerprints add up past
the threshold calibrated on clean text at learning time. An expansion followed by its acronym in
parentheses ("North Atlantic Treaty Organization (NATO)") is house style, not spin, and is skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.integrity._text import QuoteMask
from dateline.integrity.spelling import commonwealth_us, is_ise, spelling_system
from dateline.records import Signal

__all__ = [
    "Hit",
    "article_score",
    "fingerprint_hits",
    "grams_of",
    "load_table",
    "mixed_spelling",
    "spun_wording",
    "words",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z.\-']*[A-Za-z]|[A-Za-z]")
_RUN_BREAK = re.compile(r"[\n.;:!?]")  # between two words: a new run starts
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z.]{2,8}\)")
_MAX_N = 4


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    gram: str
    weight: float
    core: str


# Spellings that are a newsroom's house style, not rewording: the spinner that made the training
# data wrote "e-mail" for "email", but the Post and the Times wrote "e-mail" themselves.
_HOUSE_STYLE = re.compile(r"\b(?:e-mails?|web sites?|per cent|on-line)\b")


@lru_cache(maxsize=1)
def load_table() -> dict:
    """The learned fingerprint table shipped under ``dateline/data/integrity`` (less the
    fingerprints that are only a house-style spelling)."""
    path = resources.files("dateline") / "data" / "integrity" / "spin_fingerprints.json"
    try:
        table = json.loads(path.read_text(encoding="utf8"))
    except FileNotFoundError:
        return {"fingerprints": {}, "threshold": 1.0, "cores": {}}
    prints = table.get("fingerprints", {})
    table["fingerprints"] = {g: w for g, w in prints.items() if not _HOUSE_STYLE.search(g)}
    return table


def words(text: str, mask: QuoteMask | None = None) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of words in the writer's voice: quotes and paragraph breaks split the runs."""
    run: list[tuple[int, int, str]] = []
    last_end = 0
    for m in _WORD.finditer(text):
        quoted = mask is not None and mask.inside(m.start())
        if quoted or _RUN_BREAK.search(text, last_end, m.start()):
            if run:
                yield run
            run = []
        last_end = m.end()
        if not quoted:
            run.append((m.start(), m.end(), m.group(0)))
    if run:
        yield run


def grams_of(run: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Lowercased 1-4-grams of a run, plus 'word <lw>' when the next word is lowercase."""
    for i in range(len(run)):
        for n in range(1, _MAX_N + 1):
            part = run[i : i + n]
            if len(part) == n:
                yield part[0][0], part[-1][1], " ".join(w.lower() for *_, w in part)
        if i + 1 < len(run) and run[i + 1][2][0].islower():
            yield run[i][0], run[i + 1][1], f"{run[i][2].lower()} <lw>"


def fingerprint_hits(
    text: str, mask: QuoteMask | None = None, table: dict | None = None
) -> list[Hit]:
    table = table if table is not None else load_table()
    prints: dict[str, float] = table.get("fingerprints", {})
    cores: dict[str, str] = table.get("cores", {})
    # Only grams whose first word starts some fingerprint can be one: the others are not built.
    firsts = {gram.split(" ")[0] for gram in prints}
    out: list[Hit] = []
    for run in words(text, mask):
        starts = [i for i, (*_, w) in enumerate(run) if w.lower() in firsts]
        for start, end, gram in _grams_at(run, starts):
            weight = prints.get(gram)
            if weight is None or _ACRONYM_AFTER.match(text, end):
                continue
            out.append(Hit(start, end, gram, weight, cores.get(gram, gram)))
    return out


def _grams_at(run: list[tuple[int, int, str]], starts: list[int]) -> Iterator[tuple[int, int, str]]:
    """:func:`grams_of` for the grams that begin at the positions ``starts``, in the same order."""
    lows = [w.lower() for *_, w in run]
    for i in starts:
        for n in range(1, min(_MAX_N, len(run) - i) + 1):
            yield run[i][0], run[i + n - 1][1], " ".join(lows[i : i + n])
        if i + 1 < len(run) and run[i + 1][2][0].islower():
            yield run[i][0], run[i + 1][1], f"{lows[i]} <lw>"


def article_score(hits: list[Hit]) -> tuple[float, int]:
    """Sum over distinct fingerprint cores of the strongest weight, and the number of cores."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.core] = max(best.get(h.core, 0.0), h.weight)
    return sum(best.values()), len(best)


def spun_wording(text: str, mask: QuoteMask, table: dict | None = None) -> list[Signal]:
    """Signals on fingerprint hits when the article as a whole looks spun, plus mixed spelling."""
    table = table if table is not None else load_table()
    hits = fingerprint_hits(text, mask, table)
    score, cores = article_score(hits)
    out: list[Signal] = []
    if cores >= table.get("min_cores", 2) and score >= table.get("threshold", 1.0):
        for h in _outermost(hits):
            h = _whole_name(text, h)
            out.append(
                Signal(
                    kind="spun_wording",
                    start=h.start,
                    end=h.end,
                    detail=f"'{text[h.start : h.end]}': machine-rewording fingerprint",
                    strength=round(min(1.0, h.weight), 2),
                )
            )
    out.extend(mixed_spelling(text, mask))
    return out


_NAME_TAIL = re.compile(r"(?:\s+(?:of\s+)?[A-Z][a-z]+)+")


def _whole_name(text: str, hit: Hit) -> Hit:
    """Extend a hit that ends inside a capitalised name to the whole name."""
    if not text[hit.start : hit.end].split()[-1][:1].isupper():
        return hit
    m = _NAME_TAIL.match(text, hit.end)
    return Hit(hit.start, m.end(), hit.gram, hit.weight, hit.core) if m else hit


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Merge overlapping hits, keeping the longest (then strongest) of each cluster."""
    ranked = sorted(hits, key=lambda h: (-(h.end - h.start), -h.weight))
    kept: list[Hit] = []
    for h in ranked:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def mixed_spelling(text: str, mask: QuoteMask) -> list[Signal]:
    """Flag the minority spelling system's words when a text writes both US and British forms
    (US forms that Canadian and Oxford styles share count only against British "-ise")."""
    seen: dict[str, list[re.Match[str]]] = {"us": [], "uk": []}
    for m in re.finditer(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", text):
        system = spelling_system(m.group(0))
        if system and not mask.inside(m.start()):
            seen[system].append(m)
    shared = [m for m in seen["us"] if commonwealth_us(m.group(0))]
    if not any(is_ise(m.group(0)) for m in seen["uk"]):
        seen["us"] = [m for m in seen["us"] if not commonwealth_us(m.group(0))]
    if not seen["us"] or not seen["uk"]:
        return []
    # Shared forms still lean US when deciding which system is the odd one out.
    us_weight = len(seen["us"]) + 0.5 * sum(m not in seen["us"] for m in shared)
    minority = "uk" if len(seen["uk"]) <= us_weight else "us"
    majority = "us" if minority == "uk" else "uk"
    example = seen[majority][0].group(0)
    return [
        Signal(
            kind="spun_wording",
            start=m.start(),
            end=m.end(),
            detail=(
                f"'{m.group(0)}' is {_NAMES[minority]} spelling in a text that elsewhere "
                f"writes {_NAMES[majority]} ('{example}')"
            ),
            strength=0.5,
        )
        for m in seen[minority]
    ]


_NAMES = {"us": "US", "uk": "British"}
