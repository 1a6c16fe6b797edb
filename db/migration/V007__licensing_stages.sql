-- The licensing path before the agreement: the case's non-confidential technology brief, prospects (companies and
-- contacts) with their interactions, and one row per licensing path carrying its stages: the prospect chosen, the
-- NDA/CDA, an optional option, the term sheet, then the agreement drafted from it; a path ends executed or abandoned.

CREATE TABLE technology_brief (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id        BIGINT         NOT NULL,
    title                VARCHAR(300)   NOT NULL,
    problem              VARCHAR(2000)  NOT NULL,
    advantage            VARCHAR(2000)  NOT NULL,
    economic_comparison  VARCHAR(2000)  NOT NULL,
    trl                  INT            NOT NULL,
    applications         VARCHAR(2000),
    updated_by           VARCHAR(64)    NOT NULL,
    updated_at           TIMESTAMP(6)   NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT uk_brief_disclosure UNIQUE (disclosure_id),
    CONSTRAINT fk_brief_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT ck_brief_trl CHECK (trl BETWEEN 1 AND 9)
);

CREATE TABLE prospect (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id       BIGINT        NOT NULL,
    institution_id      BIGINT        NOT NULL,
    company             VARCHAR(200)  NOT NULL,
    company_size        VARCHAR(20)   NOT NULL,
    country             VARCHAR(2),
    contact_name        VARCHAR(200),
    contact_email       VARCHAR(254),
    linked_to_inventor  BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_prospect_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_prospect_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_prospect_disclosure ON prospect (disclosure_id);

CREATE TABLE prospect_interaction (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prospect_id  BIGINT         NOT NULL,
    list_index   INT            NOT NULL,
    occurred_on  DATE           NOT NULL,
    channel      VARCHAR(20)    NOT NULL,
    summary      VARCHAR(2000)  NOT NULL,
    next_step    VARCHAR(500),
    recorded_by  VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_interaction_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id)
);

CREATE TABLE licensing_path (
    id                        BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    disclosure_id             BIGINT         NOT NULL,
    institution_id            BIGINT         NOT NULL,
    process_instance_id       VARCHAR(64)    NOT NULL,
    stage                     VARCHAR(20)    NOT NULL,
    prospect_id               BIGINT,
    confidentiality_kind      VARCHAR(3),
    confidentiality_signed_on DATE,
    confidentiality_expires_on DATE,
    confidentiality_reference VARCHAR(200),
    option_exclusive          BOOLEAN,
    option_field_of_use       VARCHAR(200),
    option_territory          VARCHAR(200),
    option_granted_on         DATE,
    option_expires_on         DATE,
    option_currency           VARCHAR(3),
    option_fee                DECIMAL(19,4),
    term_sheet_agreed_on      DATE,
    term_sheet_type           VARCHAR(20),
    term_sheet_field_of_use   VARCHAR(200),
    term_sheet_territory      VARCHAR(200),
    term_sheet_summary        VARCHAR(4000),
    agreement_id              BIGINT,
    ended_on                  DATE,
    end_reason                VARCHAR(1000),
    started_by                VARCHAR(64)    NOT NULL,
    started_at                TIMESTAMP(6)   NOT NULL,
    version                   BIGINT         NOT NULL,
    CONSTRAINT uk_path_process UNIQUE (process_instance_id),
    CONSTRAINT fk_path_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_path_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_path_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
    CONSTRAINT fk_path_agreement FOREIGN KEY (agreement_id) REFERENCES license_agreement (id)
);
CREATE INDEX ix_path_disclosure ON licensing_path (disclosure_id);
