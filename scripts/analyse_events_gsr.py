"""GSR error analysis: per sentence, the gold CAMEO/PLOVER events and what the detector did.

For every candidate trigger it prints why it did or did not become an event (no actor, actor
not coded, classifier root/probability under the gate, ...), so missed gold events can be put
down to a cause. Dev data: read it to find general causes, never to write special cases.

Usage: python scripts/analyse_events_gsr.py [--shared ../shared] [--only-missed]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from events import YIELD_MAP, cameo_to_plover, read_gsr  # noqa: E402

from dateline import nlp as _nlp  # noqa: E402
from dateline.config import Settings  # noqa: E402
from dateline.events import detect as D  # noqa: E402
from dateline.events.classify import classify_span  # noqa: E402
from dateline.events.parties import agents, coordinated, party, recipients  # noqa: E402
from dateline.ingest import Article  # noqa: E402
from dateline.pipeline import STAGES, _prepare  # noqa: E402


def extract_analysis(text: str, published: str | None):
    """The pipeline's Analysis (events included), kept for tracing."""
    settings = Settings()
    an = _prepare(Article(id="g", text=text, published=published), settings)
    an.doc = _nlp.load(settings.model)(an.text)
    for name in ("entities", "places", "times", "quotes", "events"):
        STAGES[name](an)
    return an


def trace(analysis, sent) -> list[str]:
    """Why each candidate trigger of the sentence did (not) become an event."""
    out = []
    when = analysis.published
    for tok in sent:
        if tok.pos_ not in {"VERB", "NOUN"}:
            continue
        lemma = tok.lemma_.lower()
        is_trig = tok in list(D._triggers(sent))
        if not is_trig:
            if tok.pos_ == "VERB":
                why = "not-event-verb" if lemma in D._NOT_EVENT else f"dep={tok.dep_}"
                out.append(f"    - {tok.text}: not a trigger ({why})")
            continue
        heads = [h for h in agents(tok) if h.lemma_ not in D.NOMINAL]
        if not heads:
            subj = [c.text for c in tok.children if c.dep_.startswith("nsubj")]
            out.append(f"    - {tok.text}: no actor (subj={subj})")
            continue
        parties = [c for h in heads for c in coordinated(h)]
        acts = [(h, *party(h, analysis.entities, when)) for h in dict.fromkeys(parties)]
        kinds = {e.id: e.type for e in analysis.entities}
        coded = [a for a in acts if D._coded(a[1], kinds) and D._agentive(a[0])]
        if not coded:
            out.append(f"    - {tok.text}: actor not coded ({[a[1].text for a in acts]})")
            continue
        recs = [(t, *party(t, analysis.entities, when)) for t in recipients(tok, heads)]
        recs_ok = [r for r in recs if D._recipient_ok(r[0], r[1])]
        r_span = recs_ok[0][2] if recs_ok else None
        if tok.pos_ == "NOUN":
            out.append(f"    - {tok.text}: nominal {D.nominal(tok)} actor={coded[0][1].text}")
            continue
        arg_span = party(heads[0], analysis.entities, when)[1]
        res = classify_span(sent, arg_span, r_span, tok)
        if res is None:
            out.append(f"    - {tok.text}: no model")
            continue
        thr = D._threshold(tok, res.root)
        lex = sorted(D._lexicon_roots(tok))
        actor = coded[0][1]
        found = [f"{r[1].text}({r[1].country})" for r in recs]
        kept = [r[1].text for r in recs_ok]
        out.append(
            f"    - {tok.text}: {res.root} p={res.probability:.2f} gate={thr} lex={lex} "
            f"actor={actor.text!r}({actor.country}) recip={found} ok={kept}"
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only-missed", action="store_true")
    ap.add_argument("--text", nargs="*", help="trace these sentences instead")
    args = ap.parse_args()
    if args.text:
        for text in args.text:
            an = extract_analysis(text, "2017-05-20")
            print(text)
            for sent in D._sentences(an.doc):
                print("\n".join(trace(an, sent)))
        return
    rows = read_gsr(args.shared, cameo_to_plover(args.shared))
    rows = [r for r in rows if r["text"].strip()]
    miss = Counter()
    for i, row in enumerate(rows):
        an = extract_analysis(row["text"], row["date"])
        events = an.events
        gold = Counter(YIELD_MAP(g[0]) for g in row["gold"])
        pred = Counter(YIELD_MAP(e.type) for e in events)
        missed = gold - pred
        extra = pred - gold
        miss.update(missed)
        if args.only_missed and not missed and not extra:
            continue
        print(f"[{i}] {row['text']}")
        print(f"  gold: {row['gold']}{' NOEVENT' if row['none'] else ''}")
        for e in events:
            rec = e.recipient.text if e.recipient else None
            trig = an.text[e.trigger.start : e.trigger.end]
            who = f"{e.actor.text}({e.actor.country}) -> {rec}"
            print(f"  pred: {e.type}/{e.mode} {who} [{trig}] {e.confidence} {e.status}")
        print(f"  missed={dict(missed)} extra={dict(extra)}")
        for sent in D._sentences(an.doc):
            print("\n".join(trace(an, sent)))
    print("missed by root:", dict(miss))


if __name__ == "__main__":
    main()
