"""Derive dateline's event-verb lexicon from the CAMEO verb dictionary (PETRARCH format).

Reads ``../shared/data/events/cameo/CAMEO.2.0.verbs.txt`` (MIT, openeventdata/petrarch2) and
maps its CAMEO codes to PLOVER roots/modes with ``plover/CAMEO2PLOVER-2021.txt``; writes
``src/dateline/data/events/cameo_lexicon.json`` and copies ``LICENSE.petrarch2.txt`` beside it.
The shipped table holds only verb lemmas, object words and the PLOVER root/mode they code.

Usage: python scripts/build_events_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/data/events"


def read_cameo2plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER root, mode or '')."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m:
            table[m.group(1)] = (m.group(2), (m.group(3) or "").strip().lower())
    return table


def plover_for(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    code = code.split(":")[0].strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        s = line.split("#")[0].rstrip()
        if s.startswith("&"):
            current = s.strip()
            sets[current] = []
        elif s.startswith("+") and current:
            sets[current].append(s[1:].strip().rstrip("_").lower().replace("_", " "))
        elif not s.strip():
            continue
        elif s.startswith("-") or s.startswith("---"):
            current = None
    return sets


def words_of(pattern: str, synsets: dict[str, list[str]]) -> list[str]:
    """The object words a pattern wants right after the verb ('*'): a phrase or a synset.

    Prepositional groups in parentheses are skipped; ``{A B}`` is one phrase.
    """
    after = pattern.split("*", 1)[1] if "*" in pattern else ""
    after = re.sub(r"\([^)]*\)", " ", after)
    m = re.search(r"\{([^}]*)\}|([&A-Z0-9'_+-]+)", after.upper())
    if not m:
        return []
    if m.group(1):
        parts = m.group(1).split()
        heads = synsets.get(parts[-1], [parts[-1]]) if parts[-1].startswith("&") else [parts[-1]]
        mods = [w for w in parts[:-1] if not w.startswith("&")]
        alts = [" ".join([*(w.lower() for w in mods), h.lower()]) for h in heads]
    else:
        tok = m.group(2)
        alts = synsets.get(tok, []) if tok.startswith("&") else [tok]
    alts = [a.strip("+_ ").lower().replace("_", " ") for a in alts]
    return sorted({a for a in alts if a and a not in {"to", "of", "the", "a", "back"}})


def build(shared: Path) -> dict:
    table = read_cameo2plover(shared / "data/events/plover/CAMEO2PLOVER-2021.txt")
    lines = (shared / "data/events/cameo/CAMEO.2.0.verbs.txt").read_text(encoding="latin-1")
    lines = lines.splitlines()
    start = next(i for i, s in enumerate(lines) if "VERB PATTERNS" in s)
    synsets = read_synsets(lines[:start])
    verbs: dict[str, list[int]] = {}
    blocks: list[dict] = []
    block = None
    for raw in lines[start + 1 :]:
        s = raw.split("#")[0].rstrip()
        if not s.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", s)
        if head:
            default = plover_for(head.group(2), table)
            block = {"name": head.group(1).lower(), "default": default, "patterns": []}
            blocks.append(block)
            continue
        if block is None:
            continue
        if s.startswith("-"):
            code = re.search(r"\[([^\]]*)\]", s)
            pv = plover_for(code.group(1), table) if code else None
            words = words_of(s[1 : code.start()] if code else s[1:], synsets)
            if pv and words:
                block["patterns"].append([words, pv[0], pv[1]])
            continue
        m = re.match(r"^\+?([A-Z][A-Z'_-]*)\s*(?:\[([^\]]*)\])?", s.strip())
        if m:
            lemma = m.group(1).strip("_").lower().replace("_", " ")
            own = plover_for(m.group(2), table) if m.group(2) else None
            verbs.setdefault(lemma, []).append(len(blocks) - 1)
            if own:
                block.setdefault("own", {})[lemma] = own
    classes = {
        name.strip("&_").lower(): sorted({w.split()[-1] for w in synsets.get(name, [])})
        for name in ("&MILITARY", "&WEAPON", "&AIRCRAFT", "&WMD", "&PKO", "&SECURITY")
    }
    return {"verbs": verbs, "blocks": blocks, "classes": classes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    lex = build(args.shared)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cameo_lexicon.json").write_text(json.dumps(lex, separators=(",", ":")))
    shutil.copy(args.shared / "data/events/cameo/LICENSE.petrarch2.txt", OUT)
    n_pat = sum(len(b["patterns"]) for b in lex["blocks"])
    print(f"{len(lex['verbs'])} verbs, {len(lex['blocks'])} blocks, {n_pat} patterns -> {OUT}")


if __name__ == "__main__":
    main()
