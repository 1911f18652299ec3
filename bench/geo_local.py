"""Blind local-news toponyms: does dateline put a namesake town in the story's state?

``bench/data/local_news_places.tsv`` holds short synthetic local-news items (US and UK papers'
style: "Essex, a Chittenden County town", "Portland ... Maine", "Athens" in a Georgia campus
story), written before dateline was run on them. For each row the first occurrence of the name
(or the n-th, 'Name#n') is scored end to end (the place of ``dateline.extract`` whose span covers
it) and, as a context-free baseline, by ``dateline.geo.resolve`` given that span alone. Right means
within 161 km of the intended entry: the gazetteer's most populous place of that name in the
row's country and first-level unit (one bearing the very name first, when its population is known).

Run: ``python bench/geo_local.py [--table 2..393] [--show]`` (``--show`` lists every
end-to-end miss; ``--table 2`` the second table, ``local_news_places_2.tsv``, written after the
fixes the first one prompted; ``--table 3`` the third, written after the second's; ``--table 4``
the fourth, after the third's; ``--table 5`` to ``--table 9`` (and the later tables, to 135) were
written by writers who had not seen the geo code, each before the round its first run measured).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from dateline import extract
from dateline.geo import resolve
from dateline.geo.gazetteer import gazetteer
from dateline.geo.mention import haversine_km

_DATA = Path(__file__).with_name("data")
# Table 1 is local_news_places.tsv; table N > 1 is local_news_places_N.tsv.
TABLES = {
    n: _DATA / (f"local_news_places_{n}.tsv" if n > 1 else "local_news_places.tsv")
    for n in range(1, 394)
}
ACC_KM = 161.0


def _rows(table: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, cc, adm1, text = line.split("\t")
            rows.append((name, cc, adm1, text))
    return rows


def _bare(name: str) -> str:
    """``name`` without a qualifier in brackets, accents, case, spaces or punctuation."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    letters = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in letters.casefold() if ch.isalnum())


def _intended(name: str, cc: str, adm1: str) -> tuple[float, float]:
    """The most populous gazetteer entry of ``name`` in ``cc`` (and ``adm1`` when given).

    Entries whose own name is ``name`` come first, when their population is known: "Charles
    Town" is Charles Town, W.Va., not Charleston, which lists "Charles Town" among its other
    names; "Halle" is Halle (Saale); "Sudbury" stays Greater Sudbury, not an unpeopled point.
    """
    cands = [
        c
        for c in gazetteer().lookup(name)
        if c.cc == cc and (not adm1 or c.adm1 == adm1) and c.kind != "country"
    ]
    if not cands:
        raise SystemExit(f"no gazetteer entry for {name} in {cc} {adm1}")
    own = [c for c in cands if _bare(c.name) == _bare(name) and c.pop]
    best = max(own or cands, key=lambda c: c.pop)
    return best.lat, best.lon


def _right(place: object | None, target: tuple[float, float]) -> bool:
    lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
    if lat is None or lon is None:
        return False
    return haversine_km(lat, lon, *target) <= ACC_KM


def _describe(place: object | None) -> str:
    if place is None:
        return "nothing"
    lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
    return f"{getattr(place, 'name', '?')} ({getattr(place, 'country', '?')} {lat}, {lon})"


def main() -> None:
    show = "--show" in sys.argv
    number = int(sys.argv[sys.argv.index("--table") + 1]) if "--table" in sys.argv else 1
    rows = _rows(TABLES[number])
    resolved_right = e2e_right = 0
    for written, cc, adm1, text in rows:
        written, _, nth = written.partition("#")
        name, _, entry = written.partition("=")
        m = list(re.finditer(rf"\b{re.escape(name)}\b", text))[int(nth or 1) - 1]
        target = _intended(entry or name, cc, adm1)
        (given,) = resolve(text, [m.span()])
        found = [p for p in extract(text, id="row").places if p.start <= m.start() < p.end]
        e2e = found[0] if found else None
        resolved_right += _right(given, target)
        e2e_right += _right(e2e, target)
        if show and not _right(e2e, target):
            print(f"miss {name} ({cc} {adm1}): resolve {_describe(given)}")
            print(f"     end to end {_describe(e2e)}")
            print(f"     {text[:110]}")
    n = len(rows)
    print(f"local-news toponyms, {TABLES[number].name}: {n} rows")
    print(f"the span alone        Acc@161 {resolved_right}/{n} = {resolved_right / n:.3f}")
    print(f"end to end           Acc@161 {e2e_right}/{n} = {e2e_right / n:.3f}")


if __name__ == "__main__":
    main()
