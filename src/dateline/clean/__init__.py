"""Clean: drop web boilerplate that survives in plain text, and say what was dropped.

Cleaning works on whole lines, so what remains is the input minus some lines: no character
inside a kept line moves relative to its neighbours, and every removal is reported with its
offsets into the input and a reason. The one other change is whitespace: text hard-wrapped at a
fixed width (wire copy, e-mail, XML exports) has its wrapped lines joined back into sentences,
since a newline in mid-sentence would otherwise cut quotes and sentences in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.records import Removal

__all__ = ["BOILERPLATE_RULES", "Cleaned", "classify_line", "clean_text", "unwrap_lines"]

# Each rule: (reason, pattern). A line is boilerplate when a pattern matches it and it is
# short enough to be page furniture rather than prose (see _MAX_BOILERPLATE_CHARS).
_I = re.IGNORECASE
# Share buttons, as a menu of them names them ("Facebook Twitter WhatsApp").
_BUTTON = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|e-?mail"
    r"|copy link)"
)
BOILERPLATE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("bullet_only", re.compile(r"^\s*[•·*\-–—▪►●◦|]+\s*$")),
    (
        "comment_section",
        re.compile(
            r"\b(flag as inappropriate|abusive posts?|comments? (are|is) (now )?closed|"
            r"leave a (comment|reply)|post a comment|join the (discussion|conversation)|"
            r"comment(ing)? (policy|guidelines|section)|we'?d love to hear|share with us|"
            r"(log|sign) ?in to (comment|reply)|\d+ comments?\s*$|view comments|show comments|"
            r"report abuse|newest first|oldest first)\b",
            _I,
        ),
    ),
    (
        "cookie_notice",
        re.compile(
            r"\b(we|this (web)?site) uses? cookies\b|\baccept (all )?cookies\b|"
            r"\bcookie (policy|settings|preferences)\b|\bby continuing to (browse|use)\b",
            _I,
        ),
    ),
    (
        "share_prompt",
        re.compile(
            r"^\s*(share( this)?( article| story| on \w+)?|tweet( this)?|email( this)?|"
            r"print( this)?|"
            # Two or more share buttons; one separator pattern per gap (a "\s*sep?\s*" between
            # repeated names backtracks exponentially on a line that fails to match).
            rf"{_BUTTON}(?:(?:\s*[|,·/]\s*|\s*){_BUTTON})+(?:\s*[|,·/])?|"
            r"follow us( on \w+)?|like us on facebook)\s*[:!.]?\s*$|"
            r"\bshare (this|on) (article|story|facebook|twitter|whatsapp|linkedin)\b",
            _I,
        ),
    ),
    (
        "subscription_prompt",
        re.compile(
            r"\b(subscribe (now|today|to our)|sign up for (our|the) \w*\s*newsletter|"
            r"already a subscriber|click here to (subscribe|read|sign)|"
            r"sign up (for|to) (our|the) ([\w'\u2019-]+\s+){0,4}newsletters?|"
            r"get (our|the) (free )?newsletter|download (our|the) app)\b",
            _I,
        ),
    ),
    (
        "page_furniture",
        re.compile(
            r"^\s*(advertisement|sponsored( content)?|read more|related( articles| stories| news)?|"
            r"recommended( for you)?|most (read|popular)|trending( now)?|skip to (main )?content|"
            r"back to top|all rights reserved\.?|(©|\(c\))\s.*|copyright\s+(©|\(c\)|\d{4}).*|"
            r"before you go|"
            r"image (copyright|caption|source)\b.*|"
            # A link to another story: "Read more: Monsoon rains kill 12 in Nepal".
            r"(read more|also read|read also|related|see also|more on this story)"
            r"\s*[:|\u203a\u00bb]\s*\S.*|"
            # A relative timestamp alone: "Updated 3 hours ago".
            r"((updated|published|posted|last updated)\s*:?\s*)?\d+\s+"
            r"(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)\s*[:.]?\s*$",
            _I,
        ),
    ),
    # A menu: three or more short items between bars or dots ("Home | World | Business"); a
    # byline or dateline in that shape ("By Ann Lee | Reuters | May 5, 2023") is not one.
    (
        "page_furniture",
        re.compile(r"^\s*(?!by\s)[^|·•\d]{1,30}(\s[|·•]\s[^|·•\d]{1,30}){2,}\s*$", _I),
    ),
    # A line that is nothing but a markup tag left by an export ("<tweet id=...>", "</div>").
    ("markup", re.compile(r"^\s*</?[A-Za-z][\w:-]*(\s[^<>]*)?/?>\s*$")),
]

_MAX_BOILERPLATE_CHARS = 300
# A bullet followed by a short name-like text: a commenter or a link in a list of them.
_BULLET_NAME = re.compile(r"^\s*[•·*▪►●◦]\s*([A-Z][\w'.\-]*(\s+[A-Z][\w'.\-]*){0,3})\s*$")
# After a comment-section prompt, a short line without sentence punctuation is UI text.
_SHORT_UI_LINE = re.compile(r"^\s*[^.!?\"“”]{1,60}\s*$")
# A comment's own furniture: its author with a relative time ("Ravi K. 2 hours ago"), or a
# button ("Reply", "Like").
_COMMENT_UI = re.compile(
    r"^\s*(([A-Z][\w'.\-]*\s+){1,4}\d+\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
    r"reply|like|report|load more comments|show more replies)\s*$",
    _I,
)
# A short line between two comment lines is itself a comment.
_MAX_COMMENT_CHARS = 200


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: list[Removal]


def classify_line(line: str) -> str | None:
    """The boilerplate reason for one line, or None when it is article text."""
    if not line.strip() or len(line) > _MAX_BOILERPLATE_CHARS:
        return None
    for reason, pattern in BOILERPLATE_RULES:
        if pattern.search(line):
            return reason
    if _BULLET_NAME.match(line):
        return "commenter_name"
    if _COMMENT_UI.match(line):
        return "comment_section"
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def clean_text(text: str) -> Cleaned:
    """Remove boilerplate lines; once a comment section starts, its short lines go too."""
    spans = _lines(text)
    reasons: list[str | None] = []
    in_comments = False
    for start, end in spans:
        line = text[start:end]
        reason = classify_line(line)
        if reason is None and in_comments and line.strip() and _SHORT_UI_LINE.match(line):
            reason = "comment_section"
        if reason == "comment_section":
            in_comments = True
        elif reason is None and line.strip():
            in_comments = False
        reasons.append(reason)
    _fill_comment_gaps(text, spans, reasons)

    kept: list[str] = []
    removed: list[Removal] = []
    for (start, end), reason in zip(spans, reasons, strict=True):
        if reason is None:
            kept.append(text[start:end])
        else:
            removed.append(Removal(start=start, end=end, text=text[start:end], reason=reason))
    cleaned = unwrap_lines(_collapse_blank_runs("\n".join(kept))).strip()
    return Cleaned(text=cleaned, removed=removed)


def _fill_comment_gaps(text: str, spans: list[tuple[int, int]], reasons: list[str | None]) -> None:
    """A short kept line whose nearest non-blank neighbours are both comment lines is a comment
    ("Government must act now!!" between its author line and its Reply button)."""
    filled = [i for i, (start, end) in enumerate(spans) if text[start:end].strip()]
    for before, here, after in zip(filled, filled[1:], filled[2:], strict=False):
        start, end = spans[here]
        if (
            reasons[here] is None
            and end - start <= _MAX_COMMENT_CHARS
            and reasons[before] == reasons[after] == "comment_section"
        ):
            reasons[here] = "comment_section"


# A line that ends a sentence, a heading or a list item: the newline after it is real.
_LINE_END = re.compile(r"""[.!?:;"\u201d\u2019')\]\u2026|]\s*$""")
# Wrapped text has lines no longer than this (web text has one paragraph per line), and no
# shorter: a column of short lines is a list, not prose.
_MAX_WRAP_WIDTH = 200
_MIN_WRAP_WIDTH = 40
_MIN_WRAPS = 3


def unwrap_lines(text: str) -> str:
    """Join lines that were broken at a fixed width in mid-sentence.

    A text counts as hard-wrapped when at least three full-width lines (60% of the 90th
    percentile of line lengths, itself 40 to 200 characters) end in mid-sentence and they are a
    quarter of its lines or more; only such lines are joined to the next, with its indentation
    dropped. A short line without a full stop (a headline, a byline) is never joined.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < _MIN_WRAPS + 1:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return text
    joins = [i for i in range(len(lines) - 1) if _wrapped(lines[i], lines[i + 1], width)]
    if len(joins) < _MIN_WRAPS or len(joins) < 0.25 * len(lengths):
        return text
    joined = set(joins)
    out: list[str] = []
    for i, line in enumerate(lines):
        line = line.rstrip() if i in joined else line
        if i - 1 in joined:
            out[-1] += " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(line: str, following: str, width: int) -> bool:
    body = line.strip()
    return (
        bool(body)
        and bool(following.strip())
        and len(body) >= 0.6 * width
        and not _LINE_END.search(body)
    )


def _collapse_blank_runs(text: str) -> str:
    """Removing a line between two blank lines leaves a double gap: close it."""
    return re.sub(r"\n[ \t]*\n([ \t]*\n)+", "\n\n", text)
