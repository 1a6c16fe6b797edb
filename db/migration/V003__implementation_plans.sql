-- TTO implementation plans: the plan and its state, needs-assessment findings, action items with evidence, budget
-- lines, sustainability targets, the immutable transition history, notifications, and sustainability checkpoints
-- with indicator values, verdicts and conditions.
-- Portable SQL: runs on H2 (embedded default), MySQL 8.0+ and MariaDB 10.6+.

CREATE TABLE implementation_plan (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id      BIGINT       NOT NULL,
    country_code        VARCHAR(2)   NOT NULL,
    state               VARCHAR(30)  NOT NULL,
    operational_on      DATE,
    checkpoint_months   VARCHAR(60)  NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uk_plan_institution UNIQUE (institution_id),
    CONSTRAINT fk_plan_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_plan_country FOREIGN KEY (country_code) REFERENCES country (code)
);

CREATE TABLE plan_finding (
    plan_id    BIGINT        NOT NULL,
    dimension  VARCHAR(40)   NOT NULL,
    finding    VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_plan_finding PRIMARY KEY (plan_id, dimension),
    CONSTRAINT fk_plan_finding_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE plan_target (
    plan_id    BIGINT         NOT NULL,
    indicator  VARCHAR(40)    NOT NULL,
    target     DECIMAL(19, 4) NOT NULL,
    unit       VARCHAR(20)    NOT NULL,
    CONSTRAINT pk_plan_target PRIMARY KEY (plan_id, indicator),
    CONSTRAINT fk_plan_target_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE plan_action_item (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id              BIGINT       NOT NULL,
    title                VARCHAR(200) NOT NULL,
    dimension            VARCHAR(40)  NOT NULL,
    owner                VARCHAR(100),
    due_date             DATE,
    mandatory            BOOLEAN      NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    completed_on         DATE,
    remediation_for      BIGINT,
    overdue_flagged_on   DATE,
    reviewer_notified_on DATE,
    CONSTRAINT fk_action_item_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE plan_action_item_evidence (
    action_item_id  BIGINT        NOT NULL,
    position        INT           NOT NULL,
    reference       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_action_item_evidence PRIMARY KEY (action_item_id, position),
    CONSTRAINT fk_evidence_action_item FOREIGN KEY (action_item_id) REFERENCES plan_action_item (id)
);

CREATE TABLE plan_budget_line (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT         NOT NULL,
    description  VARCHAR(200)   NOT NULL,
    amount       DECIMAL(19, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    source       VARCHAR(20)    NOT NULL,
    CONSTRAINT fk_budget_line_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id),
    CONSTRAINT ck_budget_line_amount CHECK (amount > 0)
);

-- Append-only: the application never updates or deletes a row of the history.
CREATE TABLE plan_transition (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    event        VARCHAR(30)   NOT NULL,
    from_state   VARCHAR(30)   NOT NULL,
    to_state     VARCHAR(30)   NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT fk_transition_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE plan_notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    recipients   VARCHAR(1000) NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    delivery     VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_notification_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE sustainability_checkpoint (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id                BIGINT        NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    months_after           INT,
    due_date               DATE          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    submitted_by           VARCHAR(64),
    submitted_at           TIMESTAMP(6),
    verdict                VARCHAR(20),
    reviewer               VARCHAR(64),
    judged_at              TIMESTAMP(6),
    comments               VARCHAR(4000),
    reasons                VARCHAR(4000),
    overdue_flagged_on     DATE,
    reviewer_notified_on   DATE,
    version                BIGINT        NOT NULL,
    CONSTRAINT fk_checkpoint_plan FOREIGN KEY (plan_id) REFERENCES implementation_plan (id)
);

CREATE TABLE checkpoint_indicator (
    checkpoint_id  BIGINT         NOT NULL,
    indicator      VARCHAR(40)    NOT NULL,
    actual         DECIMAL(19, 4) NOT NULL,
    target         DECIMAL(19, 4) NOT NULL,
    unit           VARCHAR(20)    NOT NULL,
    CONSTRAINT pk_checkpoint_indicator PRIMARY KEY (checkpoint_id, indicator),
    CONSTRAINT fk_indicator_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES sustainability_checkpoint (id)
);

CREATE TABLE checkpoint_condition (
    checkpoint_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    due_date       DATE          NOT NULL,
    CONSTRAINT pk_checkpoint_condition PRIMARY KEY (checkpoint_id, position),
    CONSTRAINT fk_condition_checkpoint FOREIGN KEY (checkpoint_id) REFERENCES sustainability_checkpoint (id)
);

CREATE INDEX ix_plan_country ON implementation_plan (country_code);
CREATE INDEX ix_checkpoint_status ON sustainability_checkpoint (status, due_date);
