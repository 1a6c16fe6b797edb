-- The transactional outbox for e-mail: a notice commits with the change that owes it, and is sent after the commit,
-- with retries, by whichever node claims it first. The Message-ID is fixed when the row is written, so a resend after
-- a crash between sending and marking it sent carries the same id and a mail client shows it once.

CREATE TABLE mail_outbox (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id       VARCHAR(200)   NOT NULL,
    recipients       VARCHAR(4000)  NOT NULL,
    subject          VARCHAR(1000)  NOT NULL,
    body             VARCHAR(8000)  NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    attempts         INT            NOT NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    next_attempt_at  TIMESTAMP(6)   NOT NULL,
    claimed_until    TIMESTAMP(6),
    sent_at          TIMESTAMP(6),
    last_error       VARCHAR(1000),
    CONSTRAINT uq_mail_outbox_message UNIQUE (message_id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'NOT_CONFIGURED', 'GAVE_UP'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
