-- The AUTM Licensing Activity Survey report: the institution's fiscal-year start (month and day; periods follow it),
-- the licensee's size on each agreement (for the licensee-size split), the research expenditure an institution enters
-- per fiscal year (it cannot be derived from case data), and the metric definitions as data, versioned by survey year.
-- Portable SQL: runs on H2 (embedded default), MySQL 8.0+ and MariaDB 10.6+.

-- V001 kept the start month; the day completes it (1 January unless an admin says otherwise).
ALTER TABLE institution ADD COLUMN fiscal_year_start_day INT DEFAULT 1 NOT NULL;
ALTER TABLE institution ADD CONSTRAINT ck_institution_fy_day CHECK (fiscal_year_start_day BETWEEN 1 AND 31);

-- STARTUP, SMALL (fewer than 500 employees), LARGE; agreements recorded before sizes were asked are UNKNOWN.
ALTER TABLE license_agreement ADD COLUMN licensee_size VARCHAR(20) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE license_agreement ADD CONSTRAINT ck_license_licensee_size
    CHECK (licensee_size IN ('STARTUP', 'SMALL', 'LARGE', 'UNKNOWN'));

-- fiscal_year is the label of the institution's fiscal year: the calendar year its last day falls in.
CREATE TABLE research_expenditure (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT        NOT NULL,
    fiscal_year     INT           NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    entered_by      VARCHAR(64)   NOT NULL,
    entered_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_research_expenditure_year UNIQUE (institution_id, fiscal_year),
    CONSTRAINT fk_research_expenditure_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_research_expenditure_amount CHECK (amount >= 0)
);

-- A metric's definition as the survey of one year words it; a report uses the latest survey year not after its
-- fiscal year (and says which).
CREATE TABLE autm_metric_definition (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    metric_code  VARCHAR(40)    NOT NULL,
    survey_year  INT            NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    definition   VARCHAR(2000)  NOT NULL,
    basis        VARCHAR(1000)  NOT NULL,
    CONSTRAINT uk_autm_metric_definition UNIQUE (metric_code, survey_year)
);

INSERT INTO autm_metric_definition (metric_code, survey_year, title, definition, basis) VALUES
('INVENTION_DISCLOSURES', 2025, 'Invention disclosures received',
 'Invention disclosures received by the technology-transfer office during the fiscal year, counted by the date each was submitted, whatever became of it later.',
 'AUTM Licensing Activity Survey minimum metric (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('NEW_PATENT_APPLICATIONS', 2025, 'New patent applications filed',
 'A "new" patent application is the first filing on an invention; its follow-on PCT or non-provisional application is not new. Counted by filing date within the fiscal year: the earliest filing of each case, when it claims no priority.',
 'AUTM Licensing Activity Survey minimum metric (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('TOTAL_PATENT_APPLICATIONS', 2025, 'Total patent applications filed',
 'Every patent application filed during the fiscal year: first filings and follow-on PCT, national, regional and non-provisional applications alike.',
 'AUTM Licensing Activity Survey (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('ISSUED_PATENTS', 2025, 'Issued patents',
 'Patents issued (granted) during the fiscal year, counted by grant date.',
 'AUTM Licensing Activity Survey split commonly asked (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('LICENSES_EXECUTED', 2025, 'Licences executed',
 'Licences executed during the fiscal year (by execution date), options excluded; split exclusive / non-exclusive and by licensee size: start-up, small company (fewer than 500 employees), large company.',
 'AUTM Licensing Activity Survey minimum metric and splits (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('OPTIONS_EXECUTED', 2025, 'Options executed',
 'Options executed during the fiscal year (by execution date); split by licensee size: start-up, small company (fewer than 500 employees), large company.',
 'AUTM Licensing Activity Survey minimum metric and splits (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('ACTIVE_LICENSES', 2025, 'Active licences and options',
 'Licences and options executed and in force on the last day of the fiscal year (started on or before it, ending on or after it), by type.',
 'AUTM Licensing Activity Survey split commonly asked (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('LICENSE_INCOME', 2025, 'Licence income received',
 'Licence income received during the fiscal year: running royalties, issue fees, option payments, annual minimums, milestone payments, sublicence income, termination and other payments, and cashed-in equity; patent-cost reimbursements are not licence income (they are the legal fees reimbursed). One figure per currency, never converted.',
 'AUTM Licensing Activity Survey minimum metric (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('RUNNING_ROYALTIES', 2025, 'Running royalties received',
 'Running royalties = royalties on product sales. They exclude licence issue fees, option payments, termination payments, annual minimums not supported by sales, and cashed-in equity.',
 'AUTM Licensing Activity Survey definition (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('CASHED_IN_EQUITY', 2025, 'Cashed-in equity',
 'Cashed-in equity = cash actually received from selling equity during the fiscal year; equity held but not sold is not counted.',
 'AUTM Licensing Activity Survey definition (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('LEGAL_FEES_SPENT', 2025, 'Legal fees spent',
 'Patent and legal costs the office spent on its cases during the fiscal year, by the date each was incurred. One figure per currency.',
 'AUTM Licensing Activity Survey "legal fees spent vs reimbursed" (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('LEGAL_FEES_REIMBURSED', 2025, 'Legal fees reimbursed',
 'Patent and legal costs reimbursed to the office during the fiscal year (receipts of the patent-cost reimbursement category). One figure per currency.',
 'AUTM Licensing Activity Survey "legal fees spent vs reimbursed" (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('STARTUPS_FORMED', 2025, 'Start-ups formed',
 'A start-up counts only if it depended on licensing the institution''s technology for its initiation: incorporated during the fiscal year and holding a licence or option from the institution.',
 'AUTM Licensing Activity Survey minimum metric (project DOMAIN.md, AUTM section); survey instrument text not quoted'),
('RESEARCH_EXPENDITURE', 2025, 'Research expenditure',
 'The institution''s total research expenditure in the fiscal year, as the institution enters it with its source; it cannot be derived from case data.',
 'AUTM Licensing Activity Survey minimum metric (project DOMAIN.md, AUTM section); survey instrument text not quoted');
