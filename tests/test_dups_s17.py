"""The shared pieces that replaced repeated word lists and tests (title case, surname particles,
clock times, sentence ends, unit lists, club names)."""

from __future__ import annotations

from datetime import date

from dateline import extract
from dateline.entities.kb import name_parts
from dateline.entities.surnames import SURNAME_PARTICLES, particle
from dateline.geo.containers import COUNTIES_AFTER, units_after
from dateline.geo.nonplaces import CLUB_NAMED_RE
from dateline.quotes.headline import is_title_case
from dateline.text_layout import SENTENCE_END, title_case
from dateline.time._clock_day import _CLOCK as DAY_CLOCK
from dateline.time._lexicon import CLOCK, O_CLOCK


def test_title_case_skips_short_words_by_default() -> None:
    assert title_case("Trump Says He Will Not Back Down on the Wall")
    assert not title_case("The mayor said on Monday that the budget would pass")


def test_title_case_counts_spaced_words_for_a_name_line() -> None:
    assert title_case("Getty/Instagram.", shortest=1)
    assert not title_case("Getty/Instagram.", shortest=1, spaced=True)
    assert title_case("CNN's Fault", shortest=1, spaced=True)


def test_the_headline_test_needs_four_capitalised_words() -> None:
    assert not is_title_case("Maher Tells Guest")
    assert is_title_case("Maher Tells Guest Muslim Violence Is Beyond Compare")
    assert not is_title_case("Maher tells guest that violence is beyond compare")


def test_one_particle_table_with_given_names_apart() -> None:
    assert {"de", "bin", "ter", "al"} <= SURNAME_PARTICLES
    assert particle("de") and particle("De") and particle("al")
    assert not particle("Van") and not particle("Al") and not particle("Smith")


def test_al_gore_and_tipper_gore_stay_two_people() -> None:
    text = "Al Gore met Tipper Gore in Nashville on Monday. Both spoke about the climate."
    names = {e.name for e in extract(text).entities if e.type == "PERSON"}
    assert {"Al Gore", "Tipper Gore"} <= names


def test_bin_laden_is_the_bare_surname_of_the_full_name() -> None:
    text = "Osama bin Laden was killed in 2011. Officials said bin Laden had lived there."
    people = [e for e in extract(text).entities if e.type == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_actor_keys_keep_chinese_syllables_that_look_like_particles() -> None:
    assert name_parts("du qinglin") == ["du", "qinglin"]
    assert name_parts("levon ter petrosyan") == ["levon", "petrosyan"]


def test_one_builder_for_counties_and_provinces() -> None:
    provinces = units_after("provinces|governorates")
    assert COUNTIES_AFTER.match(" and DeKalb counties") and COUNTIES_AFTER.match(" County")
    assert provinces.match(", Hama and Idlib provinces") and provinces.match(" provinces")
    assert not provinces.match(" Province")


def test_one_clock_pattern_with_o_clock_for_the_finder_only() -> None:
    assert DAY_CLOCK.fullmatch("at 7 p.m.") and DAY_CLOCK.fullmatch("8:15")
    assert not DAY_CLOCK.fullmatch("three o'clock")
    assert CLOCK and O_CLOCK


def test_a_sentence_does_not_end_at_a_title() -> None:
    assert SENTENCE_END.search("Gov. Smith spoke") is None
    assert SENTENCE_END.search('he said." He left') is not None
    assert SENTENCE_END.search("J. Smith spoke") is None


def test_a_clock_time_after_a_title_takes_the_day() -> None:
    text = "On Dec. 14, Gov. Smith will speak at 7 p.m. in the capital."
    values = [t.value for t in extract(text, published=date(2026, 12, 1)).times]
    assert "2026-12-14T19:00" in values


def test_a_club_is_named_by_its_suffix_but_not_by_united() -> None:
    assert CLUB_NAMED_RE.search("fans of Bolton Wanderers cheered")
    assert CLUB_NAMED_RE.search("The United States said") is None
