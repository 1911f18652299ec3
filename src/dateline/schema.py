"""The published JSON Schema of dateline's output, generated from :mod:`dateline.records`."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Union

from pydantic import TypeAdapter

from dateline.records import SCHEMA_VERSION, ErrorRecord, Record

__all__ = ["SCHEMA_FILE", "generate_schema", "load_schema"]

SCHEMA_FILE = "dateline-1.schema.json"


def generate_schema() -> dict[str, Any]:
    """The JSON Schema of one output line: a record or an error record."""
    schema = TypeAdapter(Union[Record, ErrorRecord]).json_schema(  # noqa: UP007
        by_alias=True, mode="serialization"
    )
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://dateline.invalid/schema/{SCHEMA_VERSION}"
    schema["title"] = f"dateline output record ({SCHEMA_VERSION})"
    return schema


def load_schema() -> dict[str, Any]:
    """The schema file shipped with this version of dateline."""
    path = resources.files("dateline") / "data" / "schema" / SCHEMA_FILE
    return json.loads(path.read_text(encoding="utf-8"))


if __name__ == "__main__":  # python -m dateline.schema > src/dateline/data/schema/...
    print(json.dumps(generate_schema(), indent=2, sort_keys=True))
