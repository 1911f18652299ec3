"""Rewrite the golden whole-article records in tests/golden/ from the shipped samples.

    python scripts/update_golden.py

Run it after a deliberate change of output, then read the diff (git diff tests/golden)
before committing: every changed line is a change users will see.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from dateline import extract

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    samples = resources.files("dateline") / "samples"
    for path in sorted(samples.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".txt"):
            continue
        record = extract(path.read_text("utf-8"), id=path.name.removesuffix(".txt"))
        target = GOLDEN / f"{path.name.removesuffix('.txt')}.json"
        target.write_text(
            json.dumps(record.to_json_dict(), indent=1, ensure_ascii=False) + "\n", "utf-8"
        )
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
