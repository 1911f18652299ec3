"""Read attribution annotations in brat standoff (PolNeAR's format) for benchmarks and training.

PolNeAR stores ``Source``/``Cue``/``Content`` text-bound spans (discontinuous ones as
``a b;c d``) linked by ``E`` lines; ``Attribution-no-source`` events have no source. Articles
annotated by several people have one ``.ann`` per annotator: :func:`load_split` keeps the
alphabetically first, so every run scores against the same gold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldAttribution", "GoldDoc", "load_split", "parse_ann", "parse_cached"]

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: content, cue and (maybe) source, each possibly discontinuous."""

    content: Spans
    cue: Spans
    source: Spans


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    attributions: list[GoldAttribution]


def _spans(field: str) -> Spans:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Attributions of one ``.ann`` file (events without a content are skipped)."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            _, _, rest = cols[1].partition(" ")
            spans[cols[0]] = _spans(rest)
        elif cols[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        out.append(
            GoldAttribution(
                content=content,
                cue=spans.get(roles.get("Cue", ""), ()),
                source=spans.get(roles.get("Source", ""), ()),
            )
        )
    return out


def load_split(root: Path) -> list[GoldDoc]:
    """All articles of a split directory holding ``text/`` and ``attributions/``."""
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    docs = []
    for name, ann in sorted(chosen.items()):
        txt = root / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDoc(name, text, parse_ann(ann.read_text(encoding="utf-8"))))
    return docs


def parse_cached(gold: list[GoldDoc], cache: Path | None, model: str) -> list:
    """Parse gold texts with dateline's own pipeline (as at run time), cached as a DocBin."""
    from spacy.tokens import DocBin

    from dateline.nlp import load

    nlp = load(model)
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((g.text for g in gold), batch_size=16))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs
