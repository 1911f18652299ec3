"""Twenty-third-session signatures once the tokenizer splits a glued dash: the quotation on the
signature's line goes to the person named, whose entity name and title carry no dash."""

from __future__ import annotations

from dateline_helpers import quote_with, source_text

from dateline import extract

SIGNED = (
    "Heard at the harbour meeting on Tuesday.\n\n"
    '"We will dredge the channel before the storms come." -Mayor Anne Dupont\n\n'
    '"Nobody asked the fishermen what they wanted." --Senator Tom Baker\n'
)


def test_a_signature_after_the_quotation_gives_its_speaker() -> None:
    record = extract(SIGNED)
    names = {e.id: (e.name, e.title) for e in record.entities}
    dredge = quote_with(record, "dredge the channel")
    asked = quote_with(record, "Nobody asked")
    assert source_text(record.text, dredge) == "Mayor Anne Dupont"
    assert source_text(record.text, asked) == "Senator Tom Baker"
    assert names[dredge.speaker] == ("Anne Dupont", "Mayor")
    assert names[asked.speaker] == ("Tom Baker", "Senator")
