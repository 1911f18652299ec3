-- dateline store, migration 1. One row per article; child tables keyed by article_id.
-- Offsets index articles.text. Every write happens in one transaction per article batch.

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    input_hash VARCHAR NOT NULL,
    schema_version VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    published DATE,
    published_source VARCHAR,
    text VARCHAR NOT NULL,
    record JSON NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS errors (
    article_id VARCHAR PRIMARY KEY,
    input_hash VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS removed (
    article_id VARCHAR NOT NULL,
    start_offset INTEGER, end_offset INTEGER,
    text VARCHAR, reason VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    name VARCHAR, type VARCHAR, title VARCHAR,
    country VARCHAR, sector VARCHAR,
    mention_count INTEGER
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    start_offset INTEGER, end_offset INTEGER,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    quote_id VARCHAR NOT NULL,
    kind VARCHAR,
    content_start INTEGER, content_end INTEGER, content VARCHAR,
    cue_start INTEGER, cue_end INTEGER, cue VARCHAR,
    source_start INTEGER, source_end INTEGER, source VARCHAR,
    speaker VARCHAR, speaker_name VARCHAR,
    speaker_country VARCHAR, speaker_sector VARCHAR,
    anonymous BOOLEAN
);

CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL,
    place_index INTEGER,
    start_offset INTEGER, end_offset INTEGER,
    text VARCHAR, name VARCHAR,
    lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    country VARCHAR, kind VARCHAR
);

CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL,
    time_index INTEGER,
    start_offset INTEGER, end_offset INTEGER,
    text VARCHAR, value VARCHAR,
    start_date DATE, end_date DATE,
    kind VARCHAR, mod VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    type VARCHAR, mode VARCHAR,
    actor_entity VARCHAR, actor_text VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
    recipient_entity VARCHAR, recipient_text VARCHAR,
    recipient_country VARCHAR, recipient_sector VARCHAR,
    place_name VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
    place_geonameid BIGINT, place_country VARCHAR,
    time_value VARCHAR, time_start DATE, time_end DATE,
    status VARCHAR, attributed_to VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER, sentence VARCHAR,
    confidence DOUBLE
);

CREATE TABLE IF NOT EXISTS signals (
    article_id VARCHAR NOT NULL,
    signal_index INTEGER,
    kind VARCHAR,
    start_offset INTEGER, end_offset INTEGER,
    detail VARCHAR, strength DOUBLE
);
