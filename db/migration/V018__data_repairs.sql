-- One row per data repair the application has run (e.g. stripping control characters that an earlier version let
-- into stored text), so that each runs once per database, and what it changed stays on record.

CREATE TABLE data_repair (
    name      VARCHAR(100)   NOT NULL PRIMARY KEY,
    done_at   TIMESTAMP(6)   NOT NULL,
    summary   VARCHAR(4000)  NOT NULL
);
