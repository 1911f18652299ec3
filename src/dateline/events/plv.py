"""Read the PLV pair data (``<s>source</s>``, ``<t>target</t>`` marked sentences) and split it.

The dev part is fixed and stratified: within each gold root, rows are ordered by a CRC32 of
their sentence id and every fifth one is dev (20%). Training and benchmarking share it, so the
dev figures are never computed on training rows.
"""

from __future__ import annotations

import csv
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PairExample", "dev_split", "read_plv", "unmark"]

_MARK = re.compile(r"</?[st]>")


@dataclass(frozen=True)
class PairExample:
    id: str
    text: str
    actor: tuple[int, int]
    recipient: tuple[int, int] | None
    label: str


def unmark(marked: str) -> tuple[str, tuple[int, int], tuple[int, int] | None] | None:
    """Plain text and the source/target character spans (target may be absent)."""
    spans: dict[str, list[int]] = {}
    out, pos = [], 0
    length = 0
    for m in _MARK.finditer(marked):
        piece = marked[pos : m.start()]
        out.append(piece)
        length += len(piece)
        spans.setdefault(m.group()[-2], []).append(length)
        pos = m.end()
    out.append(marked[pos:])
    s, t = spans.get("s", []), spans.get("t", [])
    if len(s) != 2 or len(t) not in {0, 2}:
        return None
    return "".join(out), (s[0], s[1]), (t[0], t[1]) if t else None


def read_plv(path: Path) -> list[PairExample]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            parsed = unmark(row["marked_sentence"])
            if parsed is None or not row.get("gold_root"):
                continue
            text, actor, recipient = parsed
            rows.append(PairExample(row["sentence_id"], text, actor, recipient, row["gold_root"]))
    return rows


def dev_split(rows: list[PairExample]) -> tuple[list[PairExample], list[PairExample]]:
    """(train, dev): a fixed, stratified 80/20 split."""
    train, dev = [], []
    for label in sorted({r.label for r in rows}):
        group = sorted(
            (r for r in rows if r.label == label),
            key=lambda r: zlib.crc32(r.id.encode()),
        )
        for k, r in enumerate(group):
            (dev if k % 5 == 2 else train).append(r)
    return train, dev
