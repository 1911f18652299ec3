"""The story's home country as context (issue 5): a setting, a CLI option or the outlet's
country-code domain places a bare name the text gives nothing else to place by, and never
outvotes what the text says. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dateline import extract
from dateline.cli import main
from dateline.config import Settings
from dateline.engine import input_hash
from dateline.geo import check_home_country, home_from_url, resolve
from dateline.ingest import Article
from dateline.pipeline import extract_many
from dateline.records import Record

SAN_MARCOS = "The San Marcos school board voted on Tuesday to raise bus fees again."
RICHMOND = "The mayor of Richmond opened the new library on Saturday."


def _country(text: str, name: str, home: str | None = None) -> str | None:
    start = text.index(name)
    (place,) = resolve(text, [(start, start + len(name))], home_country=home)
    assert place is not None
    return place.country


def _countries(text: str, names: list[str], home: str | None) -> dict[str, str | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    places = resolve(text, spans, home_country=home)
    return {n: p.country if p else None for n, p in zip(names, places, strict=True)}


@pytest.mark.parametrize(
    ("text", "name", "home", "without", "with_home"),
    [
        (SAN_MARCOS, "San Marcos", "US", "GTM", "USA"),
        ("Residents of Jamestown filled the library for the budget hearing.", "Jamestown", "US",
         "SHN", "USA"),
        ("Students in Cambridge marched against the tuition rise.", "Cambridge", "US", "GBR",
         "USA"),
        ("A fire in Newcastle destroyed a warehouse near the river.", "Newcastle", "GB", "AUS",
         "GBR"),
        (RICHMOND, "Richmond", "GB", "USA", "GBR"),
        ("Voters in Victoria queued outside the polling stations.", "Victoria", "CA", "AUS",
         "CAN"),
        (RICHMOND, "Richmond", "CA", "USA", "CAN"),
        (RICHMOND, "Richmond", "AU", "USA", "AUS"),
    ],
)  # fmt: skip
def test_home_country_places_a_bare_namesake(text, name, home, without, with_home) -> None:
    assert _country(text, name) == without
    assert _country(text, name, home) == with_home


def test_a_famous_city_keeps_its_reading_under_any_hint() -> None:
    assert _country("The Paris police said the roads were closed.", "Paris", "GB") == "FRA"
    assert _country("Police in London said the man was arrested.", "London", "CA") == "GBR"


def test_the_text_outvotes_the_hint() -> None:
    heathrow = "Police in London said the man was arrested near Heathrow."
    assert _countries(heathrow, ["London", "Heathrow"], "CA")["London"] == "GBR"
    waikato = "The Hamilton council said flooding closed roads across the Waikato region."
    assert _countries(waikato, ["Hamilton", "Waikato"], "CA")["Hamilton"] == "NZL"
    fraser = "The Richmond council said ferries to Vancouver were cancelled."
    assert _countries(fraser, ["Richmond", "Vancouver"], "US")["Richmond"] == "CAN"


def test_a_demonym_is_text_enough() -> None:
    text = "British officials said the Richmond bridge would close for a week."
    assert _country(text, "Richmond", "US") == _country(text, "Richmond")


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://www.cbc.ca/news/canada/story-1.2345", "CA"),
        ("http://news.bbc.co.uk/2/hi/uk_news/1234.stm", "GB"),
        ("https://www.abc.net.au/news/2024-01-01/item", "AU"),
        ("www.stuff.co.nz/national/123", "NZ"),
        ("https://www.thehindu.com.in/", "IN"),
        ("https://mg.co.za/article", "ZA"),
        ("https://www.irishtimes.ie/news", "IE"),
        ("https://www.spiegel.de/politik", "DE"),
        ("https://WWW.LEMONDE.FR/a", "FR"),
        ("https://www.city.example.us/news", "US"),
        ("http://user:secret@www.nation.co.ke:8080/x?y=1#z", "KE"),
        ("https://www.eltiempo.com.co/colombia", "CO"),
        ("https://local.example.uk./path", "GB"),
        ("https://edition.cnn.com/2024/world", None),
        ("https://www.npr.org/sections/news", None),
        ("https://news.example.net/a", None),
        ("https://startup.io/blog", None),
        ("https://www.example.co/news", None),
        ("https://channel.tv/clip", None),
        ("https://news.me/a", None),
        ("http://192.168.0.1/page", None),
        ("http://[::1", None),
        ("not a url at all", None),
        ("", None),
        (None, None),
    ],
)
def test_home_from_url(url: str | None, home: str | None) -> None:
    assert home_from_url(url) == home


@given(st.text())
def test_home_from_url_never_raises(url: str) -> None:
    found = home_from_url(url)
    assert found is None or (len(found) == 2 and found.isupper())


def test_codes_are_checked_and_normalised() -> None:
    assert check_home_country(" gb ") == "GB"
    assert check_home_country("UK") == "GB"
    assert check_home_country(None) is None
    with pytest.raises(ValueError, match="ISO 3166 alpha-2"):
        check_home_country("Texas")
    with pytest.raises(ValueError, match="unknown home country"):
        resolve(SAN_MARCOS, [(4, 14)], home_country="XQ")
    with pytest.raises(ValueError, match="unknown home country"):
        Settings(home_country="ZZ")


def test_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_HOME_COUNTRY", "us")
    assert Settings().home_country == "US"
    monkeypatch.delenv("DATELINE_HOME_COUNTRY")
    assert Settings().home_country is None


def _place_countries(record: Record) -> list[str | None]:
    assert isinstance(record, Record)
    return [p.country for p in record.places]


def test_setting_through_extract() -> None:
    assert _place_countries(extract(SAN_MARCOS)) == ["GTM"]
    assert _place_countries(extract(SAN_MARCOS, settings=Settings(home_country="US"))) == ["USA"]
    assert _place_countries(extract(SAN_MARCOS, url="https://news.example.us/a")) == ["USA"]


def test_url_through_the_pipeline_and_the_setting_wins() -> None:
    articles = [
        Article(id="us", text=SAN_MARCOS, url="https://www.example.us/local/1"),
        Article(id="generic", text=SAN_MARCOS, url="https://www.example.com/local/1"),
        Article(id="none", text=SAN_MARCOS),
    ]
    by_id = {r.id: _place_countries(r) for r in extract_many(articles)}
    assert by_id == {"us": ["USA"], "generic": ["GTM"], "none": ["GTM"]}
    gb = Settings(home_country="GB")
    uk_setting = next(extract_many([Article(id="a", text=RICHMOND, url="https://x.us/")], gb))
    assert _place_countries(uk_setting) == ["GBR"]


def test_a_generic_url_changes_nothing() -> None:
    plain = extract(RICHMOND)
    (with_url,) = extract_many([Article(id="article", text=RICHMOND, url="https://a.com/b")])
    assert isinstance(plain, Record) and isinstance(with_url, Record)
    assert plain.places == with_url.places and plain.entities == with_url.entities


def test_ingest_reanalyses_when_the_setting_changes() -> None:
    article = Article(id="a", text=SAN_MARCOS)
    unset = input_hash(article, Settings(home_country=None))
    assert input_hash(article, Settings(home_country="US")) != unset


def _cli(args: list[str], **env: str):
    return CliRunner().invoke(main, args, env=env or None, catch_exceptions=False)


def test_cli_option(tmp_path) -> None:
    path = tmp_path / "council.txt"
    path.write_text(SAN_MARCOS + "\n", encoding="utf-8")
    for option, country in (([], "GTM"), (["--home-country", "us"], "USA")):
        result = _cli(["extract", *option, str(path)])
        assert result.exit_code == 0
        (record,) = [json.loads(line) for line in result.stdout.splitlines() if line]
        assert [p["country"] for p in record["places"]] == [country]


def test_cli_rejects_an_unknown_code(tmp_path) -> None:
    path = tmp_path / "council.txt"
    path.write_text(SAN_MARCOS + "\n", encoding="utf-8")
    result = _cli(["extract", "--home-country", "Texas", str(path)])
    assert result.exit_code == 2
    assert "unknown home country 'Texas'" in result.output
    result = _cli(["ingest", "--home-country", "XQ", "--db", str(tmp_path / "x.duckdb"), str(path)])
    assert result.exit_code == 2
    result = _cli(["extract", str(path)], DATELINE_HOME_COUNTRY="Texas")
    assert result.exit_code == 2
    assert "DATELINE_HOME_COUNTRY" in result.output
