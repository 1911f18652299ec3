-- Migration 2: figures as claims, and the article-level integrity score.

CREATE TABLE IF NOT EXISTS figures (
    article_id VARCHAR NOT NULL,
    figure_index INTEGER,
    start_offset INTEGER, end_offset INTEGER,
    text VARCHAR, kind VARCHAR, unit VARCHAR,
    value DOUBLE, low DOUBLE, high DOUBLE,
    qualifier VARCHAR, time VARCHAR, measures VARCHAR,
    claimed_by VARCHAR, named_source BOOLEAN
);

ALTER TABLE articles ADD COLUMN integrity_score DOUBLE;
