"""Agreements, promises, status words and argument structure, on synthetic sentences.

PLOVER manual: promises, offers or agreement for future cooperation are AGREE; joint military
manoeuvres are COOPERATE; "X received Y from Z" has Z as the actor. Status: planned "will" /
"plans to" / "would" reported, considered, hypothetical "if", negated "did not", historical.
"""

from __future__ import annotations

from dateline_helpers import extract_record
from dateline_helpers import trigger_text as _trig

from dateline.records import Record


def _record(text: str, published: str = "2017-05-10") -> Record:
    return extract_record(text, published)


def _by(rec: Record, word: str) -> list:
    return [e for e in rec.events if _trig(rec, e).lower().startswith(word)]


# --- agreements to future cooperation -------------------------------------------------------


def test_agreement_to_run_joint_patrols_is_agree() -> None:
    rec = _record("Finland and Estonia agreed to run joint patrols in the Baltic Sea.")
    types = {e.type for e in rec.events}
    assert types == {"AGREE"}
    assert {e.actor.country for e in rec.events} == {"FIN", "EST"}
    assert all(e.status == "asserted" for e in rec.events)


def test_agreement_to_a_thing_is_agree() -> None:
    rec = _record("Latvia and Lithuania agree to joint air patrols over the Baltic Sea.")
    assert {e.type for e in rec.events} == {"AGREE"}
    assert {(e.actor.country, e.recipient.country) for e in rec.events} == {
        ("LVA", "LTU"),
        ("LTU", "LVA"),
    }


def test_agreement_and_its_complement_give_one_event_per_actor() -> None:
    rec = _record("Japan and India agreed to share intelligence on Monday.")
    assert sorted((e.type, e.actor.country) for e in rec.events) == [
        ("AGREE", "IND"),
        ("AGREE", "JPN"),
    ]


def test_promise_of_future_aid_is_agree() -> None:
    rec = _record("The European Union said it would provide 40 million euros in aid to Moldova.")
    ev = [e for e in rec.events if e.actor.country == "EUR"]
    assert ev and ev[0].type == "AGREE" and ev[0].status == "asserted"
    assert ev[0].recipient is not None and ev[0].recipient.country == "MDA"


def test_past_aid_stays_aid() -> None:
    rec = _record("Germany provided weapons to Ukraine last week.")
    ev = _by(rec, "provided")
    assert ev and ev[0].type == "AID"
    assert ev[0].recipient is not None and ev[0].recipient.country == "UKR"


def test_scheduled_meeting_is_not_turned_into_an_agreement() -> None:
    from dateline.events.detect import _future_cooperation

    assert _future_cooperation("CONSULT", "planned", "visit") == ("CONSULT", "planned", "visit")
    assert _future_cooperation("AID", "planned", None) == ("AGREE", "asserted", None)
    assert _future_cooperation("AID", "considered", None) == ("AID", "considered", None)


# --- nominal events and support verbs -------------------------------------------------------


def test_planned_drills_held_by_a_country() -> None:
    rec = _record("Russia will hold drills in Belarus in September.")
    ev = [e for e in rec.events if e.type == "MOBILIZE"]
    assert ev and ev[0].actor.country == "RUS" and ev[0].status == "planned"


def test_reported_drills_are_asserted_and_attributed() -> None:
    rec = _record("The Russian drills began on Monday, officials said.")
    ev = [e for e in rec.events if e.type == "MOBILIZE"]
    assert ev and ev[0].status == "asserted" and ev[0].attributed_to is not None


def test_staged_protest_codes_each_named_group() -> None:
    rec = _record("US and British activists staged a protest in Beijing on Wednesday.")
    ev = [e for e in rec.events if e.type == "PROTEST"]
    assert {e.actor.country for e in ev} == {"USA", "GBR"}


def test_joint_exercises_are_cooperation() -> None:
    rec = _record("Russia held joint drills with Belarus on Tuesday.")
    assert [e.type for e in rec.events] == ["COOPERATE"]
    assert rec.events[0].recipient is not None and rec.events[0].recipient.country == "BLR"


def test_condemning_an_attack_is_not_an_attack() -> None:
    rec = _record("France condemned the attack on its embassy.")
    assert "ASSAULT" not in {e.type for e in rec.events}


def test_an_event_entity_is_never_an_actor() -> None:
    rec = _record("Crowds gathered near the stadium where the Olympics will open in two days.")
    assert not [e for e in rec.events if "Olympics" in e.actor.text]


# --- actors: passive control, "it", receiving -------------------------------------------------


def test_passive_subject_acts_in_its_complement() -> None:
    rec = _record("Obama is scheduled to attend a summit in Switzerland.")
    ev = [e for e in rec.events if e.actor.country == "USA"]
    assert ev and ev[0].type == "CONSULT" and ev[0].status == "planned"


def test_it_in_reported_speech_is_the_organisation() -> None:
    rec = _record("The Iraqi army said it would send troops to Mosul.")
    ev = _by(rec, "send")
    assert ev and "Iraqi army" in ev[0].actor.text and ev[0].status == "planned"


def test_it_is_never_a_person() -> None:
    rec = _record("The minister said it would send troops to the border.")
    assert not rec.events


def test_received_from_makes_the_giver_the_actor() -> None:
    rec = _record("Georgian demonstrators received assurances from the Georgian government.")
    for e in rec.events:
        assert "government" in e.actor.text
        assert e.recipient is not None and "demonstrators" in e.recipient.text


def test_people_can_be_recipients() -> None:
    rec = _record("Syrian forces attacked Turkish troops near the border on Monday.")
    ev = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "TUR"


# --- deployment or transfer -------------------------------------------------------------------


def test_weapons_to_a_group_are_not_a_deployment() -> None:
    rec = _record("The United States sent weapons to the rebels.")
    assert "MOBILIZE" not in {e.type for e in rec.events}


def test_troops_to_a_country_are_a_deployment_even_if_mistagged() -> None:
    rec = _record("France was considering sending troops to Mali, officials said.")
    ev = [e for e in rec.events if e.type == "MOBILIZE"]
    assert ev and ev[0].status == "considered" and ev[0].mode == "troops"


# --- refusals and allegations ---------------------------------------------------------------


def test_announced_refusal_of_support_is_reject() -> None:
    rec = _record("Obama said he would not provide support to Israel.")
    ev = [e for e in rec.events if e.type == "REJECT"]
    assert ev and ev[0].actor.country == "USA"


def test_a_plain_denial_is_not_a_refusal() -> None:
    rec = _record("Adelson has not endorsed anyone in the race.")
    assert "REJECT" not in {e.type for e in rec.events}
    rec = _record("Trump might not win the general election.")
    assert "REJECT" not in {e.type for e in rec.events}


def test_claimed_attack_by_another_party_is_also_an_accusation() -> None:
    rec = _record("The United States claimed that ISIL had attacked Iraq.")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and acc[0].actor.country == "USA" and acc[0].mode == "allege"
    assert acc[0].recipient is not None and "ISIL" in acc[0].recipient.text


def test_claiming_ones_own_attack_is_no_accusation() -> None:
    rec = _record("The United States claimed that it had attacked Iraq.")
    assert "ACCUSE" not in {e.type for e in rec.events}


# --- status -------------------------------------------------------------------------------


def _deploy_status(text: str) -> str | None:
    rec = _record(text)
    ev = [e for e in rec.events if e.type == "MOBILIZE"]
    return ev[0].status if ev else None


def test_status_of_deployments() -> None:
    assert _deploy_status("The United States will deploy troops to Poland.") == "planned"
    assert _deploy_status("Russia plans to deploy missiles to Kaliningrad.") == "planned"
    assert (
        _deploy_status("The United States was considering sending troops to Poland.")
        == "considered"
    )
    assert _deploy_status("Russia did not deploy missiles to Kaliningrad.") == "negated"
    assert _deploy_status("Russia deployed missiles to Kaliningrad last year.") == "historical"
    assert _deploy_status("Russia deployed missiles to Kaliningrad on Monday.") == "asserted"


def test_condition_clause_makes_the_main_event_hypothetical() -> None:
    text = "Russia would deploy missiles to Kaliningrad if NATO expanded."
    assert _deploy_status(text) == "hypothetical"
    text = "If Russia deploys missiles to Kaliningrad, Poland will protest."
    assert _deploy_status(text) == "hypothetical"


def test_even_if_does_not_make_a_condition() -> None:
    rec = _record("Germany deployed troops to Lithuania, even if Russia objected.")
    ev = [e for e in rec.events if e.type == "MOBILIZE"]
    assert ev and ev[0].status == "asserted"


def test_an_auxiliary_does_not_make_agreeing_planned() -> None:
    rec = _record("Norway and Sweden have agreed a fisheries accord in Oslo.")
    ev = _by(rec, "agreed")
    assert ev and all(e.status == "asserted" for e in ev)


def test_a_politicians_attack_noun_is_words() -> None:
    rec = _record("The source of Senator Rubio's attack on his rival is unclear.")
    assert "ASSAULT" not in {e.type for e in rec.events}
