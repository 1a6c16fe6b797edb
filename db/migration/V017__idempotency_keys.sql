-- Idempotency keys: the answer to a request that created something, stored in that request's transaction, so that
-- a client which lost the answer (a timeout, a 500 after the commit, a double click) can repeat the request with
-- the same Idempotency-Key header and get the first answer back instead of a duplicate. Kept for a day.

CREATE TABLE idempotency_key (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)    NOT NULL,
    idem_key      VARCHAR(100)   NOT NULL,
    method        VARCHAR(10)    NOT NULL,
    path          VARCHAR(500)   NOT NULL,
    fingerprint   VARCHAR(64)    NOT NULL,
    status        INT            NOT NULL,
    content_type  VARCHAR(200),
    location      VARCHAR(500),
    body          VARCHAR(12000),
    created_at    TIMESTAMP(6)   NOT NULL,
    CONSTRAINT uq_idempotency_key UNIQUE (username, idem_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
