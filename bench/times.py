"""Times benchmark: accuracy of dateline.time.normalise on the expression table.

Tables: tests/time/cases.tsv (the test table), tests/time/cases_fresh.tsv,
tests/time/cases_blind2.tsv to cases_blind135.tsv (each written after the rules and first run
unseen; see docs/benchmarks.md), rows: text, reference date, tense, expected TIMEX3 value,
kind, mod, interval.
Prints value exact-match accuracy, full-match accuracy (value, kind, mod and interval), and the
same value accuracy for dateparser 1.5 on the same rows (granularity from its ``period``) as a
baseline. Then the figure "in context": each row with its news sentence (a ``# s:`` comment) is
scored on what the stage's finder makes of the whole sentence, with the row's reference date as
the published date and the tense read from the sentence, as in real use: right when a found time
covers the row's text with the expected value (a non-time row: when no time overlaps the text).
Last, when ../shared is present, the stage over every fifth PolNeAR *train* article (168;
volume, speed; dev is kept unread for the lead's final figures; ``--sample N [--seed S]``
prints N random found expressions, seed S (default N), for judging by hand). Run:
``python bench/times.py [--sample 60 --seed 7]``; ``--train N --seed S`` instead prints every
time found in N random PolNeAR train articles with its sentence, for reading.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cases(name: str) -> list:
    spec = importlib.util.spec_from_file_location("time_cases", ROOT / "tests/time/time_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.load_cases(ROOT / "tests/time" / name)


def _dateparser_value(text: str, reference: date | None, tense: str | None) -> str | None:
    """dateparser's answer as a TIMEX3-like value at the granularity it reports."""
    from dateparser.date import DateDataParser

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    if tense in ("past", "future"):
        settings["PREFER_DATES_FROM"] = tense
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    d, period = data.date_obj, data.period
    if d is None:
        return None
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if period == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.date().isoformat()


POLNEAR_TRAIN = ROOT.parent / "shared/data/quotes/polnear/train/text"


def main() -> None:
    for name in ("cases.tsv", "cases_fresh.tsv", *(f"cases_blind{n}.tsv" for n in range(2, 394))):
        print(f"== tests/time/{name}")
        cases = _cases(name)
        _report(cases)
        _in_context(cases)
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else sample
    if "--train" in sys.argv and POLNEAR_TRAIN.exists():
        _read_train(int(sys.argv[sys.argv.index("--train") + 1]), seed)
        return
    if POLNEAR_TRAIN.exists():
        _corpus(sample, seed)


def _analysed(files: list[Path]) -> list:
    """The times stage over ``files`` (reference date from the file name), with their docs."""
    import re

    from dateline.config import Settings
    from dateline.ingest import Article
    from dateline.nlp import load
    from dateline.pipeline import Analysis
    from dateline.time import run

    texts = [f.read_text(encoding="utf-8") for f in files]
    settings = Settings()
    out = []
    for f, text, doc in zip(files, texts, load(settings.model).pipe(texts), strict=True):
        m = re.search(r"_(\d{4})-(\d\d)-(\d\d)_", f.name)
        a = Analysis(article=Article(id=f.stem, text=text), settings=settings, text=text)
        a.published = date(*(int(g) for g in m.groups())) if m else None
        a.doc = doc
        started = time.perf_counter()
        run(a)
        out.append((f, a, time.perf_counter() - started))
    return out


def _read_train(n: int, seed: int) -> None:
    """``--train N --seed S``: every time found in N random PolNeAR *train* articles, with its
    sentence, for reading by hand."""
    import random

    random.seed(seed)
    files = random.sample(sorted(POLNEAR_TRAIN.glob("*.txt")), n)
    for f, a, _ in _analysed(files):
        print(f"##### {f.name} ({a.published:%A})")
        for t in a.times:
            span = a.doc.char_span(t.start, t.end, alignment_mode="expand")
            sent = span.sent.text.replace("\n", " ") if span is not None else ""
            print(f"  [{t.text}] {t.value} {t.kind} {t.mod or ''} || {sent[:200]}")


def _corpus(sample: int, seed: int) -> None:
    """The stage over PolNeAR train articles (reference date from the file name): volume, speed,
    and with ``--sample N`` a seeded random sample of found expressions to judge by hand."""
    import random

    files = sorted(POLNEAR_TRAIN.glob("*.txt"))[::5]
    found, stage_s = [], 0.0
    for _, a, seconds in _analysed(files):
        stage_s += seconds
        found += [(a.published, t, a.text) for t in a.times]
    valued = sum(t.value is not None for _, t, _ in found)
    print(
        f"== PolNeAR train, every fifth: {len(files)} articles (reference date from the file name)"
    )
    print(f"time expressions: {len(found)} ({len(found) / len(files):.1f} per article)")
    print(f"with a value: {valued}/{len(found)} = {valued / max(len(found), 1):.3f}")
    print(f"times stage: {1000 * stage_s / len(files):.1f} ms per article (spaCy parse excluded)")
    random.seed(seed)
    for ref, t, text in random.sample(found, min(sample, len(found))):
        context = text[max(0, t.start - 60) : t.end + 40].replace("\n", " ")
        print(f"{ref} {t.text!r} {t.value} {t.kind} {t.mod} || {context}")


_PLAIN_SIGNAL = re.compile(r"(?:(?:in|on|at|during|over|for) )?", re.IGNORECASE)


def _in_context(cases: list) -> None:
    """Score the rows that carry their sentence on what the finder finds in that sentence."""
    from dateline.config import Settings
    from dateline.nlp import load
    from dateline.time import find_times

    rows = [c for c in cases if c.sentence]
    if not rows:
        return
    nlp = load(Settings().model)
    right, misses = 0, []
    for c, doc in zip(rows, nlp.pipe([c.sentence for c in rows]), strict=True):
        at = c.sentence.lower().find(c.text.lower())
        times = find_times(c.sentence, doc, c.reference) if at >= 0 else []
        end = at + len(c.text)
        over = [t for t in times if t.start < end and at < t.end]
        if not c.is_time:
            ok = at >= 0 and not over
        else:  # a signal that leaves the value alone stays out of the span ("in Q4")
            at += len(_PLAIN_SIGNAL.match(c.text).group(0))  # type: ignore[union-attr]
            ok = any(t.start <= at and end <= t.end and t.value == c.value for t in over)
        right += ok
        if not ok:
            misses.append((c.text, c.value, [(t.text, t.value) for t in over], c.sentence))
    n = len(rows)
    print(f"in context (finder over the row's sentence): {right}/{n} = {right / n:.3f}")
    for miss in misses:
        print("context miss:", miss)


def _report(cases: list) -> None:
    from dateline.time import normalise

    value_ok = full_ok = baseline_ok = 0
    misses = []
    started = time.perf_counter()
    for c in cases:
        got = normalise(c.text, c.reference, c.tense)
        got_value = got.value if got else None
        expected_none = not c.is_time
        value_right = (got is None) if expected_none else (got is not None and got_value == c.value)
        value_ok += value_right
        full = value_right and (
            expected_none
            or (
                (got.kind, got.mod) == (c.kind or "date", c.mod)
                and (c.dates is None or (got.start_date, got.end_date) == c.dates)
            )
        )
        full_ok += full
        if not full:
            misses.append((c.text, c.reference, c.tense, c.value, got))
    elapsed = time.perf_counter() - started
    for c in cases:
        base = _dateparser_value(c.text, c.reference, c.tense) if c.reference else None
        baseline_ok += base is None if not c.is_time or c.value is None else base == c.value
    n = len(cases)
    print(f"expressions: {n}")
    print(f"dateline value exact match: {value_ok}/{n} = {value_ok / n:.3f}")
    print(f"dateline full match (value, kind, mod, interval): {full_ok}/{n} = {full_ok / n:.3f}")
    print(f"dateparser 1.5 value exact match (baseline): {baseline_ok}/{n} = {baseline_ok / n:.3f}")
    print(f"normalise speed: {1000 * elapsed / n:.2f} ms per expression")
    for miss in misses:
        print("miss:", miss)


if __name__ == "__main__":
    main()
