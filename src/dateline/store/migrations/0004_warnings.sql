-- Migration 4: per-article warnings, for optional input that was malformed and set aside while
-- the article itself was analysed (a "published" that is not a date, a title that is a list).

CREATE TABLE IF NOT EXISTS warnings (
    article_id VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    warned_at TIMESTAMP NOT NULL
);
