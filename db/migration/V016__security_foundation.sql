-- The security foundation: credential versions (a password change or a disabled user takes effect at once on every
-- node), passwords to change at next sign-in, personal API tokens, the page sessions (Spring Session JDBC), and the
-- institution's segregation-of-duties setting.
-- Portable SQL: runs on H2 (embedded default), MySQL 8.0+ and MariaDB 10.6+.

-- Raised whenever what a user signs in with changes (password, enabled); cached sign-ins are checked against it.
ALTER TABLE app_user ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
-- Set when an admin resets the password: the user chooses a new one at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Personal API tokens: only the SHA-256 of the token is kept; the token itself is shown once, when created.
CREATE TABLE api_token (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    expires_at    TIMESTAMP(6)  NOT NULL,
    last_used_at  TIMESTAMP(6),
    revoked_at    TIMESTAMP(6),
    revoked_by    VARCHAR(64),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- Page sessions, shared by every node (Spring Session JDBC's schema, in portable SQL).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID             CHAR(36)      NOT NULL,
    SESSION_ID             CHAR(36)      NOT NULL,
    CREATION_TIME          BIGINT        NOT NULL,
    LAST_ACCESS_TIME       BIGINT        NOT NULL,
    MAX_INACTIVE_INTERVAL  INT           NOT NULL,
    EXPIRY_TIME            BIGINT        NOT NULL,
    PRINCIPAL_NAME         VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID  CHAR(36)      NOT NULL,
    ATTRIBUTE_NAME      VARCHAR(200)  NOT NULL,
    ATTRIBUTE_BYTES     BLOB          NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
);

-- Segregation of duties: whether the officer who assessed a case may also take its protection decision.
ALTER TABLE institution ADD COLUMN assessor_may_decide BOOLEAN DEFAULT FALSE NOT NULL;
