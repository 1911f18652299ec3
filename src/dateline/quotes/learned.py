"""Where the quotes stage finds its learned weights.

The shipped files sit in ``data/quotes/``. ``DATELINE_QUOTE_MODELS`` may name a folder of
refitted ones (e.g. fitted without the quotes bench's hold-out, so that figure is honest); a
file the folder lacks is taken from the shipped set. Unset, nothing changes.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["MODELS_ENV", "learned_file"]

MODELS_ENV = "DATELINE_QUOTE_MODELS"


def learned_file(shipped: Path) -> Path:
    """``shipped``, or its namesake in the ``DATELINE_QUOTE_MODELS`` folder when that has one."""
    folder = os.environ.get(MODELS_ENV, "").strip()
    if folder:
        candidate = Path(folder) / shipped.name
        if candidate.is_file():
            return candidate
    return shipped
