"""The CAMEO-derived verb lexicon: which PLOVER root a predicate (and its object) suggests.

The table ``data/events/cameo_lexicon.json`` is built by ``scripts/build_events_lexicon.py``
from the MIT-licensed CAMEO verb dictionary (licence beside it).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

__all__ = ["DATA", "Lexicon", "lexicon"]

DATA = Path(__file__).resolve().parents[1] / "data" / "events"


class Lexicon:
    """Verb lemma -> PLOVER roots by default and by object words (CAMEO patterns)."""

    def __init__(self, table: dict) -> None:
        self._verbs: dict[str, list[int]] = table["verbs"]
        self._blocks: list[dict] = table["blocks"]
        self._patterns: list[dict[str, list[tuple[str, str]]]] = []
        self._classes: dict[str, str] = {
            w: name for name, words in table.get("classes", {}).items() for w in words
        }
        for block in self._blocks:
            index: dict[str, list[tuple[str, str]]] = {}
            for words, root, mode in block["patterns"]:
                for w in words:
                    index.setdefault(w, []).append((root, mode))
            self._patterns.append(index)

    def known(self, lemma: str) -> bool:
        return lemma in self._verbs

    def word_class(self, word: str) -> str | None:
        """CAMEO noun class of a word: military, weapon, aircraft, wmd, pko or security."""
        return self._classes.get(word)

    def has_pattern_root(self, lemma: str, root: str) -> bool:
        """Whether a CAMEO pattern of the verb codes ``root`` (deploy -> MOBILIZE)."""
        return any(
            r == root for i in self._verbs.get(lemma, []) for ps in self._patterns[i].values()
            for r, _ in ps
        )  # fmt: skip

    def pattern_roots(self, lemma: str) -> set[str]:
        """Every root the verb's CAMEO patterns can code ("speak" + situation -> CONSULT)."""
        return {
            r for i in self._verbs.get(lemma, []) for ps in self._patterns[i].values()
            for r, _ in ps
        }  # fmt: skip

    def default(self, lemma: str) -> list[tuple[str, str]]:
        """The roots a verb codes without any object (its block's or its own code)."""
        out = []
        for i in self._verbs.get(lemma, []):
            block = self._blocks[i]
            own = block.get("own", {}).get(lemma)
            code = own or block["default"]
            if code:
                out.append((code[0], code[1]))
        return out

    def with_object(self, lemma: str, words: list[str]) -> list[tuple[str, str]]:
        """Roots of the verb's CAMEO patterns whose object word(s) occur in ``words``."""
        out: list[tuple[str, str]] = []
        if not words:
            return out
        bigrams = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        grams = dict.fromkeys([*words, *bigrams])  # text order: a set's order follows the hash seed
        for i in self._verbs.get(lemma, []):
            index = self._patterns[i]
            for g in grams:
                out.extend(index.get(g, []))
        return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    path = DATA / "cameo_lexicon.json"
    return Lexicon(json.loads(path.read_text(encoding="utf-8")))
