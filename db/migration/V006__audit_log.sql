-- The append-only audit log: every state-changing request, accepted or refused. The application only ever inserts.

CREATE TABLE audit_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     TIMESTAMP(6)  NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    user_role       VARCHAR(20),
    institution_id  BIGINT,
    action          VARCHAR(200)  NOT NULL,
    entity_type     VARCHAR(60),
    entity_id       VARCHAR(64),
    summary         VARCHAR(2000),
    request_id      VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    http_status     INT           NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_user ON audit_log (username, occurred_at);
CREATE INDEX ix_audit_time ON audit_log (occurred_at);
