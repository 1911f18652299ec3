"""The docs say what the code does: quick start, CLI commands, schema fields, error codes."""

import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import CATALOGUE
from dateline.records import Entity, Event, Figure, Integrity, Place, Quote, Record, Signal, Time
from dateline.schema import generate_schema, load_schema

ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA_DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def _quick_start_lines() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [line for line in block.strip().splitlines() if line.strip()]


def test_quick_start_is_two_lines_and_ci_runs_the_second():
    lines = _quick_start_lines()
    assert len(lines) == 2
    assert "dateline demo" in lines[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci.splitlines()


def test_every_command_in_the_readme_exists():
    used = set(re.findall(r"^dateline (\w+)", README, flags=re.MULTILINE))
    assert used
    runner = CliRunner()
    for command in sorted(used):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, command


def test_schema_doc_names_every_field():
    for model in (Record, Entity, Quote, Place, Time, Event, Signal, Figure, Integrity):
        for field in model.model_fields:
            name = model.model_fields[field].alias or field
            assert f"`{name}`" in SCHEMA_DOC or name in SCHEMA_DOC, (model.__name__, name)


def test_schema_doc_lists_every_error_code():
    for code in CATALOGUE:
        assert f"`{code}`" in SCHEMA_DOC, code


def test_shipped_json_schema_matches_the_models():
    assert load_schema() == generate_schema(), (
        "regenerate: python -m dateline.schema > src/dateline/data/schema/dateline-1.schema.json"
    )


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "bench", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
