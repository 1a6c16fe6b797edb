-- Invention disclosures and everything kept with a case: inventors, funding, public disclosures, the versioned
-- assessment scorecard, the protection decision, filings, docketed deadlines and the case history.

CREATE TABLE disclosure_sequence (
    institution_id  BIGINT NOT NULL,
    seq_year        INT    NOT NULL,
    last_value      INT    NOT NULL,
    CONSTRAINT pk_disclosure_sequence PRIMARY KEY (institution_id, seq_year),
    CONSTRAINT fk_disclosure_sequence_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE TABLE disclosure (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference                 VARCHAR(32)   NOT NULL,
    institution_id            BIGINT        NOT NULL,
    ref_year                  INT           NOT NULL,
    ref_number                INT           NOT NULL,
    title                     VARCHAR(300)  NOT NULL,
    summary                   VARCHAR(2000) NOT NULL,
    confidential_description  VARCHAR(8000) NOT NULL,
    keywords                  VARCHAR(500),
    trl                       INT           NOT NULL,
    status                    VARCHAR(40)   NOT NULL,
    novelty_at_risk           BOOLEAN       NOT NULL,
    submitted_by              VARCHAR(64)   NOT NULL,
    submitted_at              TIMESTAMP(6)  NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT uk_disclosure_reference UNIQUE (reference),
    CONSTRAINT uk_disclosure_number UNIQUE (institution_id, ref_year, ref_number),
    CONSTRAINT fk_disclosure_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_disclosure_trl CHECK (trl BETWEEN 1 AND 9)
);
CREATE INDEX ix_disclosure_institution_status ON disclosure (institution_id, status);

CREATE TABLE disclosure_inventor (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    list_index     INT           NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    affiliation    VARCHAR(200)  NOT NULL,
    share_percent  DECIMAL(7,4)  NOT NULL,
    username       VARCHAR(64),
    CONSTRAINT fk_inventor_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE disclosure_funding (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    list_index     INT           NOT NULL,
    sponsor        VARCHAR(200)  NOT NULL,
    grant_id       VARCHAR(100),
    obligations    VARCHAR(2000),
    CONSTRAINT fk_funding_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE public_disclosure (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id    BIGINT        NOT NULL,
    list_index       INT           NOT NULL,
    disclosure_date  DATE          NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_public_disclosure_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE assessment (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id             BIGINT        NOT NULL,
    version                   INT           NOT NULL,
    novelty                   VARCHAR(30)   NOT NULL,
    prior_art                 VARCHAR(4000),
    inventive_step            INT           NOT NULL,
    industrial_applicability  INT           NOT NULL,
    market_potential          INT           NOT NULL,
    trl                       INT           NOT NULL,
    recommendation            VARCHAR(30)   NOT NULL,
    comments                  VARCHAR(4000),
    assessed_by               VARCHAR(64)   NOT NULL,
    assessed_at               TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_assessment_version UNIQUE (disclosure_id, version),
    CONSTRAINT fk_assessment_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE protection_decision (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    outcome        VARCHAR(30)   NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    decided_by     VARCHAR(64)   NOT NULL,
    decided_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_decision_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE filing (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id       BIGINT        NOT NULL,
    office              VARCHAR(4)    NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    application_number  VARCHAR(60)   NOT NULL,
    filing_date         DATE          NOT NULL,
    priority_date       DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_filing_application UNIQUE (office, application_number),
    CONSTRAINT fk_filing_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);

CREATE TABLE filing_priority_claim (
    filing_id          BIGINT NOT NULL,
    claimed_filing_id  BIGINT NOT NULL,
    CONSTRAINT pk_filing_priority_claim PRIMARY KEY (filing_id, claimed_filing_id),
    CONSTRAINT fk_priority_claim_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
    CONSTRAINT fk_priority_claim_claimed FOREIGN KEY (claimed_filing_id) REFERENCES filing (id)
);

CREATE TABLE filing_target_office (
    filing_id  BIGINT     NOT NULL,
    office     VARCHAR(4) NOT NULL,
    CONSTRAINT pk_filing_target_office PRIMARY KEY (filing_id, office),
    CONSTRAINT fk_target_office_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);

CREATE TABLE deadline (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    filing_id      BIGINT,
    rule_id        VARCHAR(64)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    legal_basis    VARCHAR(1000) NOT NULL,
    office         VARCHAR(4),
    anchor_kind    VARCHAR(40)   NOT NULL,
    anchor_date    DATE          NOT NULL,
    months         INT           NOT NULL,
    raw_date       DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    rolls          VARCHAR(4000) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    closed_reason  VARCHAR(1000),
    closed_by      VARCHAR(64),
    closed_at      TIMESTAMP(6),
    escalated      BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_deadline_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_deadline_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX ix_deadline_due ON deadline (status, due_date);

CREATE TABLE case_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id  BIGINT        NOT NULL,
    occurred_at    TIMESTAMP(6)  NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    detail         VARCHAR(4000),
    CONSTRAINT fk_case_event_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
);
CREATE INDEX ix_case_event_disclosure ON case_event (disclosure_id, occurred_at);
