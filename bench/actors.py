"""Actor coding accuracy of ``dateline.entities.code_actor`` on the NGEC actor cases.

    python bench/actors.py [--cases ../shared/data/events/actors/ngec_actor_resolution_cases.jsonl]
        [--docs ../shared/data/quotes/polnear/train/text --limit 40] [--places]

Scores what the cases define: ``country`` (expected '' = no country), ``code_1`` (the
primary PLOVER sector; '' = none) and ``is_none`` (nothing should be coded). Wikipedia-title
cases (``query_wiki``) are out of scope and skipped. The optional second/third arguments are
a context word ("German") or a date; a context fills a missing country.

``--places`` also scores the entities stage's actor country of place entities on real news:
every GPE/LOC/FAC entity mention that overlaps a gold toponym of TR-News or GeoVirus
(``../shared/data/geo``) is compared with the gold place's country (the country of the
gazetteer reading of the gold phrase nearest the gold point, within 161 km; toponyms with no
such reading are skipped), and place-typed entities on no gold toponym are counted.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

from dateparser import parse as parse_date

from dateline.entities import code_actor

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/events/actors"
DEFAULT_CASES = DEFAULT / "ngec_actor_resolution_cases.jsonl"


def _context(args: list[str]) -> tuple[str | None, date | None]:
    ctx, when = None, None
    for a in args:
        if not a or a.lower() == "today":
            continue
        if any(c.isdigit() for c in a):
            d = parse_date(a, settings={"PREFER_DAY_OF_MONTH": "first"})
            when = d.date() if d else None
        else:
            ctx = a
    return ctx, when


def stage_speed(folder: Path, limit: int) -> None:
    """Per-document time of the entities stage alone, on already parsed texts."""
    from dateline import nlp
    from dateline.config import Settings
    from dateline.entities.stage import build_entities

    paths = sorted(folder.glob("*.txt"))[:limit]
    docs = list(nlp.load(Settings().model).pipe(p.read_text(encoding="utf-8") for p in paths))
    build_entities(docs[0], None)  # table load, once per process
    t0 = time.perf_counter()
    n_ents = sum(len(build_entities(doc, None)) for doc in docs)
    per_doc = (time.perf_counter() - t0) / max(len(docs), 1)
    tokens = sum(len(d) for d in docs) / max(len(docs), 1)
    print(f"entities stage: {len(docs)} docs, {tokens:.0f} tokens/doc, {n_ents} entities, ")
    print(f"  {per_doc * 1000:.1f} ms/doc (spaCy parse excluded)")


def place_countries(corpora: list[str]) -> None:
    """Actor country of place entities against the geo corpora's gold points."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import geo as geo_bench  # the geo benchmark's corpus loader

    from dateline import extract
    from dateline.config import Settings
    from dateline.geo.gazetteer import gazetteer
    from dateline.geo.resolve import haversine_km

    gaz = gazetteer()
    settings = Settings(clean=False, check_language=False)
    for corpus in corpora:
        right = total = unplaced = no_code = 0
        for d in geo_bench.load(corpus):
            if not d.text.strip():
                continue
            gold = []
            for g in d.gold:
                cands = [c for c in gaz.lookup(g.phrase) if c.cc and g.lat is not None]
                near = [(haversine_km(g.lat, g.lon, c.lat, c.lon), c) for c in cands]
                near = [x for x in near if x[0] <= 161]
                if near:
                    gold.append((g.start, g.end, gaz.alpha3(min(near, key=lambda x: x[0])[1].cc)))
            rec = extract(d.text, settings=settings, stages=["entities"])
            for e in rec.entities:
                if e.type not in {"GPE", "LOC", "FAC"}:
                    continue
                for m in e.mentions:
                    hit = next((c for s, t, c in gold if m.start < t and s < m.end), None)
                    if hit is None:
                        unplaced += 1
                        continue
                    total += 1
                    got = e.actor.country if e.actor else None
                    no_code += got is None
                    right += got == hit
        print(
            f"{corpus}: place-entity mentions on gold toponyms: country {right}/{total} = "
            f"{right / max(total, 1):.3f} (no country: {no_code}); on no gold toponym: {unplaced}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--show", action="store_true", help="print the failures")
    ap.add_argument("--docs", type=Path, help="also time the stage on the *.txt in this folder")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument(
        "--places", action="store_true", help="also score place entities' actor country"
    )
    args = ap.parse_args()
    if args.docs:
        stage_speed(args.docs, args.limit)
    if args.places:
        place_countries(["TR-News", "GeoVirus"])
    right, total = Counter(), Counter()
    t0, n = time.perf_counter(), 0
    for line in args.cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["method"] == "query_wiki":
            continue
        text, rest = case["args"][0], case["args"][1:]
        ctx, when = _context(rest)
        actor = code_actor(text, when)
        n += 1
        if ctx and (actor is None or actor.country is None):
            extra = code_actor(ctx)
            if extra and extra.country:
                actor = actor.model_copy(update={"country": extra.country}) if actor else extra
        exp = case["expected"]
        got = {
            "country": (actor.country if actor else None) or "",
            "code_1": (actor.sector if actor else None) or "",
        }
        checks = {}
        if exp.get("is_none"):
            checks["is_none"] = actor is None
        for field in ("country", "code_1"):
            if field in exp:
                checks[field] = got[field] == exp[field]
        for field, ok in checks.items():
            total[field] += 1
            right[field] += ok
        if args.show and not all(checks.values()):
            print(f"  {text!r} {rest} expected {exp} got {got}")
    elapsed = time.perf_counter() - t0
    print(f"cases scored: {n} (query_wiki skipped)")
    for field in ("country", "code_1", "is_none"):
        if total[field]:
            print(f"{field:8s} {right[field]}/{total[field]} = {right[field] / total[field]:.3f}")
    print(f"{n / elapsed:.0f} phrases/s (incl. table load)")


if __name__ == "__main__":
    main()
