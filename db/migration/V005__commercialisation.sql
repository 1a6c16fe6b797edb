-- Commercialisation: licence agreements with their terms and obligation schedule, royalty reports checked against
-- the terms, patent and legal costs per case, receipts by AUTM category, distribution policies as versioned data,
-- and each receipt's distribution with its trace.
-- Money: DECIMAL(19,4) for amounts as received; BIGINT minor units of the currency for distributed parts.

CREATE TABLE license_agreement (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id               BIGINT        NOT NULL,
    institution_id              BIGINT        NOT NULL,
    licensee                    VARCHAR(200)  NOT NULL,
    licensee_contact            VARCHAR(254),
    licensee_linked_to_inventor BOOLEAN       NOT NULL,
    agreement_type              VARCHAR(20)   NOT NULL,
    field_of_use                VARCHAR(200)  NOT NULL,
    territory                   VARCHAR(200)  NOT NULL,
    start_date                  DATE          NOT NULL,
    end_date                    DATE          NOT NULL,
    currency                    VARCHAR(3)    NOT NULL,
    issue_fee                   DECIMAL(19,4) NOT NULL,
    annual_minimum              DECIMAL(19,4) NOT NULL,
    sublicence_share_percent    DECIMAL(7,4)  NOT NULL,
    patent_cost_reimbursement   BOOLEAN       NOT NULL,
    reporting_period            VARCHAR(20)   NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    coi_cleared_by              VARCHAR(64),
    approved_by                 VARCHAR(64),
    executed_on                 DATE,
    created_by                  VARCHAR(64)   NOT NULL,
    created_at                  TIMESTAMP(6)  NOT NULL,
    version                     BIGINT        NOT NULL,
    CONSTRAINT fk_license_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_license_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_license_dates CHECK (end_date > start_date)
);
CREATE INDEX ix_license_disclosure ON license_agreement (disclosure_id);

CREATE TABLE license_royalty_tier (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id    BIGINT        NOT NULL,
    list_index      INT           NOT NULL,
    from_net_sales  DECIMAL(19,4) NOT NULL,
    rate_percent    DECIMAL(7,4)  NOT NULL,
    CONSTRAINT fk_royalty_tier_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);

CREATE TABLE license_milestone (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT        NOT NULL,
    list_index    INT           NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    due_date      DATE          NOT NULL,
    payment       DECIMAL(19,4) NOT NULL,
    CONSTRAINT fk_milestone_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);

CREATE TABLE obligation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    period_start  DATE,
    period_end    DATE,
    due_date      DATE          NOT NULL,
    amount        DECIMAL(19,4),
    status        VARCHAR(20)   NOT NULL,
    fulfilled_on  DATE,
    escalated     BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_obligation_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);
CREATE INDEX ix_obligation_due ON obligation (status, due_date);
CREATE INDEX ix_obligation_agreement ON obligation (agreement_id, due_date);

CREATE TABLE royalty_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id      BIGINT        NOT NULL,
    period_start      DATE          NOT NULL,
    period_end        DATE          NOT NULL,
    received_on       DATE          NOT NULL,
    net_sales         DECIMAL(19,4) NOT NULL,
    sublicence_income DECIMAL(19,4) NOT NULL,
    paid              DECIMAL(19,4) NOT NULL,
    running_royalty   DECIMAL(19,4) NOT NULL,
    sublicence_share  DECIMAL(19,4) NOT NULL,
    minimum_top_up    DECIMAL(19,4) NOT NULL,
    owed              DECIMAL(19,4) NOT NULL,
    variance          DECIMAL(19,4) NOT NULL,
    closes_year       BOOLEAN       NOT NULL,
    trace             VARCHAR(4000) NOT NULL,
    recorded_by       VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_royalty_report_period UNIQUE (agreement_id, period_start),
    CONSTRAINT fk_royalty_report_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);

CREATE TABLE royalty_report_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    list_index    INT           NOT NULL,
    field_of_use  VARCHAR(200)  NOT NULL,
    territory     VARCHAR(200)  NOT NULL,
    net_sales     DECIMAL(19,4) NOT NULL,
    CONSTRAINT fk_report_line_report FOREIGN KEY (report_id) REFERENCES royalty_report (id)
);

CREATE TABLE case_cost (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    incurred_on    DATE          NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_case_cost_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);
CREATE INDEX ix_case_cost_disclosure ON case_cost (disclosure_id);

CREATE TABLE distribution_policy (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id       BIGINT        NOT NULL,
    version_number       INT           NOT NULL,
    effective_from       DATE          NOT NULL,
    currency             VARCHAR(3)    NOT NULL,
    cost_recovery_first  BOOLEAN       NOT NULL,
    admin_fee_percent    DECIMAL(7,4)  NOT NULL,
    department_name      VARCHAR(200)  NOT NULL,
    source               VARCHAR(500),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_policy_version UNIQUE (institution_id, version_number),
    CONSTRAINT uk_policy_effective UNIQUE (institution_id, effective_from),
    CONSTRAINT fk_policy_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE TABLE distribution_policy_band (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_id           BIGINT        NOT NULL,
    list_index          INT           NOT NULL,
    up_to_minor         BIGINT,
    inventors_percent   DECIMAL(7,4)  NOT NULL,
    department_percent  DECIMAL(7,4)  NOT NULL,
    institution_percent DECIMAL(7,4)  NOT NULL,
    CONSTRAINT fk_policy_band_policy FOREIGN KEY (policy_id) REFERENCES distribution_policy (id)
);

CREATE TABLE receipt (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id   BIGINT        NOT NULL,
    institution_id  BIGINT        NOT NULL,
    agreement_id    BIGINT,
    category        VARCHAR(30)   NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    received_on     DATE          NOT NULL,
    note            VARCHAR(500),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_receipt_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_receipt_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_receipt_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id),
    CONSTRAINT ck_receipt_amount CHECK (amount >= 0)
);
CREATE INDEX ix_receipt_institution_date ON receipt (institution_id, received_on);

CREATE TABLE distribution (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receipt_id               BIGINT        NOT NULL,
    disclosure_id            BIGINT        NOT NULL,
    policy_id                BIGINT        NOT NULL,
    policy_version           INT           NOT NULL,
    currency                 VARCHAR(3)    NOT NULL,
    receipt_minor            BIGINT        NOT NULL,
    cost_recovered_minor     BIGINT        NOT NULL,
    admin_fee_minor          BIGINT        NOT NULL,
    net_minor                BIGINT        NOT NULL,
    cumulative_before_minor  BIGINT        NOT NULL,
    unrecovered_before_minor BIGINT        NOT NULL,
    bands_trace              VARCHAR(1000) NOT NULL,
    distributed_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_distribution_receipt UNIQUE (receipt_id),
    CONSTRAINT fk_distribution_receipt FOREIGN KEY (receipt_id) REFERENCES receipt (id),
    CONSTRAINT fk_distribution_policy FOREIGN KEY (policy_id) REFERENCES distribution_policy (id)
);
CREATE INDEX ix_distribution_disclosure ON distribution (disclosure_id, currency);

CREATE TABLE distribution_share (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    distribution_id       BIGINT         NOT NULL,
    list_index            INT            NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    beneficiary           VARCHAR(200)   NOT NULL,
    username              VARCHAR(64),
    contribution_percent  DECIMAL(7,4),
    exact_minor           DECIMAL(30,8)  NOT NULL,
    floor_minor           BIGINT         NOT NULL,
    remainder_units       BIGINT         NOT NULL,
    amount_minor          BIGINT         NOT NULL,
    how                   VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_share_distribution FOREIGN KEY (distribution_id) REFERENCES distribution (id)
);
CREATE INDEX ix_share_username ON distribution_share (username);

-- Start-ups formed on a case: founders, conflict-of-interest review, incorporation, the institution's equity, the
-- licence or option granted to it, and its status over time (so survival at 3 and 5 years can be counted).
CREATE TABLE startup_company (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id         BIGINT        NOT NULL,
    institution_id        BIGINT        NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    business_plan_summary VARCHAR(2000),
    coi_cleared_by        VARCHAR(64),
    incorporated_on       DATE,
    registry_id           VARCHAR(100),
    equity_shares         BIGINT,
    equity_percent        DECIMAL(7,4),
    agreement_id          BIGINT,
    status                VARCHAR(20)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_startup_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_startup_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_startup_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);

CREATE TABLE startup_founder (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    startup_id  BIGINT        NOT NULL,
    list_index  INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    inventor    BOOLEAN       NOT NULL,
    username    VARCHAR(64),
    CONSTRAINT fk_founder_startup FOREIGN KEY (startup_id) REFERENCES startup_company (id)
);

CREATE TABLE startup_status_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    startup_id    BIGINT        NOT NULL,
    list_index    INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    effective_on  DATE          NOT NULL,
    note          VARCHAR(1000),
    recorded_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_status_change_startup FOREIGN KEY (startup_id) REFERENCES startup_company (id)
);
