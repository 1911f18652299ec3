from __future__ import annotations

import trafilatura

from dateline.errors import ArticleRejected
from dateline.ingest._article import Article

# Only dates the page states as its own (meta tags, JSON-LD, <time>, the URL): htmldate's
# extensive search also guesses from copyright lines and stray numbers, which turned
# "Copyright 2024" into a publication date of 2024-01-01.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_to_article(html: str, id: str, **fields: str | None) -> Article:
    """Extract an HTML page's main text and metadata (title, date, site) with trafilatura."""
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    doc = extracted.as_dict() if extracted is not None else {}
    text = doc.get("text") or ""
    if not text.strip():
        return Article(id=id, error=ArticleRejected("html_no_text"))
    title = fields.pop("title", None) or doc.get("title")
    source = fields.pop("source", None) or doc.get("sitename")
    url = fields.pop("url", None) or doc.get("url")
    # Put the title on top, as in a plain-text article, so that it is analysed too.
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return Article(
        id=id,
        text=body,
        title=title,
        url=url,
        source=source,
        published=fields.pop("published", None),
        metadata_published=doc.get("date"),
    )
