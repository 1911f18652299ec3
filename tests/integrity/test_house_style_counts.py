"""``style_clashes`` counts the rest of the article from one scan of the whole text; it must
give what scanning the text without the paragraph gives."""

from __future__ import annotations

from dateline.integrity._text import paragraphs
from dateline.integrity.house_style import STYLES, style_clashes

ARTICLE = (
    "Rebels Take Town\n\n"
    "The U.S. envoy said on Sept. 4 that rates rose 5% in the year's first half.\n\n"
    "Mr. Lee said the U.S. plan \u2014 the envoy's idea \u2014 would work.\n\n"
    "\u201cIt\u2019s over,\u201d Ms. Park said on Sept. 9, adding that the US rate was 3 "
    "percent.\n\n"
    'Sen. Cole said "no" - twice - and the U.S. team left... on September 12.\n\n'
    "US officials said rates fell 2 percent, Governor Diaz's office said\u2026"
)


def _naive(text: str, start: int, end: int) -> list[str]:
    mine, rest = text[start:end], text[:start] + "\n" + text[end:]
    out = []
    for habit, a, b in STYLES:
        pa, ra = len(a.findall(mine)), len(a.findall(rest))
        if b is None:
            if pa and not ra:
                out.append(habit)
            continue
        pb, rb = len(b.findall(mine)), len(b.findall(rest))
        if (pa and not pb and rb >= 2 and not ra) or (pb and not pa and ra >= 2 and not rb):
            out.append(habit)
    return out


def test_clashes_match_a_scan_without_the_paragraph() -> None:
    paras = paragraphs(ARTICLE)
    found = [style_clashes(ARTICLE, paras, k) for k in range(len(paras))]
    assert found == [_naive(ARTICLE, p.start, p.end) for p in paras]
    assert any(found)  # the article does clash somewhere
