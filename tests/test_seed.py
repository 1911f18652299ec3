"""The seed article (../shared/examples/patriot-lithuania.txt): the foundation's promises."""

import jsonschema

from dateline.schema import load_schema


def test_reference_date_is_inferred_from_the_text(seed_record):
    assert seed_record.published == "2017-05-10"
    assert seed_record.published_source == "inferred"


def test_comment_boilerplate_is_removed_and_reported(seed_record, seed_text):
    for phrase in ("Share with Us", "Flag as Inappropriate", "Leroy Wright"):
        assert phrase not in seed_record.text
        assert any(phrase in r.text for r in seed_record.removed)
    for removal in seed_record.removed:
        assert seed_text[removal.start : removal.end] == removal.text
    assert seed_record.text.rstrip().endswith("two billion dollars by 2020.")


def test_seed_record_validates(seed_record):
    jsonschema.validate(seed_record.to_json_dict(), load_schema())
