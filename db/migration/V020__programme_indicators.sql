-- Programme indicators (issue 15): the expected results and the indicator definitions as versioned data, their
-- targets and baselines per scope with every revision kept, the values a coordinator or director enters with their
-- evidence, the yearly reporting period of a country and its approval (an approved period is locked), the records
-- the indicators are computed from that no other feature holds (training events with participants and surveys, the
-- TTO's staff register, partnerships, patent-information services, operating budgets, appropriate-technology
-- projects) and the exchange rates that let money roll up across countries. Checkpoints keep the computed value of
-- each indicator beside the submitted one; a conditional verdict's conditions are chased when late.
-- Portable SQL: runs on H2 (embedded default), MySQL 8.0+ and MariaDB 10.6+.

CREATE TABLE expected_result (
    code   VARCHAR(10)   NOT NULL PRIMARY KEY,
    title  VARCHAR(500)  NOT NULL
);

-- One version of an indicator's definition; a changed definition is a new version (the old one stays for the
-- periods it was used in). The formula of a computed indicator is code, keyed by the indicator's code.
CREATE TABLE programme_indicator (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)    NOT NULL,
    version     INT            NOT NULL,
    ordinal     INT            NOT NULL,
    name        VARCHAR(300)   NOT NULL,
    definition  VARCHAR(3000)  NOT NULL,
    method      VARCHAR(10)    NOT NULL,
    valid_from  DATE           NOT NULL,
    basis       VARCHAR(1000)  NOT NULL,
    CONSTRAINT uk_programme_indicator UNIQUE (code, version),
    CONSTRAINT ck_programme_indicator_method CHECK (method IN ('COMPUTED', 'ENTERED'))
);

CREATE TABLE programme_indicator_result (
    indicator_id     BIGINT       NOT NULL,
    expected_result  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_programme_indicator_result PRIMARY KEY (indicator_id, expected_result),
    CONSTRAINT fk_indicator_result_indicator FOREIGN KEY (indicator_id) REFERENCES programme_indicator (id),
    CONSTRAINT fk_indicator_result_result FOREIGN KEY (expected_result) REFERENCES expected_result (code)
);

CREATE TABLE programme_indicator_programme (
    indicator_id  BIGINT  NOT NULL,
    programme     INT     NOT NULL,
    CONSTRAINT pk_programme_indicator_programme PRIMARY KEY (indicator_id, programme),
    CONSTRAINT fk_indicator_programme_indicator FOREIGN KEY (indicator_id) REFERENCES programme_indicator (id)
);

-- COUNTRY, REGION, LDC, INSTITUTION, PROGRAMME (the country's implementing programme), SEX
CREATE TABLE programme_indicator_disaggregation (
    indicator_id  BIGINT       NOT NULL,
    dimension     VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_programme_indicator_disaggregation PRIMARY KEY (indicator_id, dimension),
    CONSTRAINT fk_indicator_disaggregation_indicator FOREIGN KEY (indicator_id) REFERENCES programme_indicator (id)
);

-- What an indicator measures: a sum (of counts, US dollars or FTE) or a ratio, kept as numerator and denominator
-- so that it rolls up across slices; value = numerator / denominator x factor.
CREATE TABLE programme_indicator_measure (
    indicator_id  BIGINT          NOT NULL,
    position      INT             NOT NULL,
    code          VARCHAR(40)     NOT NULL,
    name          VARCHAR(300)    NOT NULL,
    unit          VARCHAR(40)     NOT NULL,
    aggregation   VARCHAR(10)     NOT NULL,
    factor        DECIMAL(19, 4)  NOT NULL,
    CONSTRAINT pk_programme_indicator_measure PRIMARY KEY (indicator_id, position),
    CONSTRAINT uk_programme_indicator_measure UNIQUE (indicator_id, code),
    CONSTRAINT fk_indicator_measure_indicator FOREIGN KEY (indicator_id) REFERENCES programme_indicator (id),
    CONSTRAINT ck_indicator_measure_aggregation CHECK (aggregation IN ('SUM', 'RATIO'))
);

-- A target (for a year) or a baseline (as of a year) of one measure for one scope: the whole programme (key '*'),
-- a region, a country or an institution (its code). original_value is the first value ever set; each change is a
-- revision with its reason, who and when.
CREATE TABLE indicator_target (
    id              BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(10)     NOT NULL,
    indicator_code  VARCHAR(40)     NOT NULL,
    measure_code    VARCHAR(40)     NOT NULL,
    scope_kind      VARCHAR(20)     NOT NULL,
    scope_key       VARCHAR(40)     NOT NULL,
    period_year     INT             NOT NULL,
    original_value  DECIMAL(19, 4)  NOT NULL,
    target_value    DECIMAL(19, 4)  NOT NULL,
    source          VARCHAR(1000)   NOT NULL,
    set_by          VARCHAR(64)     NOT NULL,
    set_at          TIMESTAMP(6)    NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT uk_indicator_target UNIQUE (kind, indicator_code, measure_code, scope_kind, scope_key, period_year),
    CONSTRAINT ck_indicator_target_kind CHECK (kind IN ('TARGET', 'BASELINE')),
    CONSTRAINT ck_indicator_target_scope CHECK (scope_kind IN ('PROGRAMME', 'REGION', 'COUNTRY', 'INSTITUTION'))
);

-- Append-only.
CREATE TABLE indicator_target_revision (
    id              BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_id       BIGINT          NOT NULL,
    previous_value  DECIMAL(19, 4)  NOT NULL,
    new_value       DECIMAL(19, 4)  NOT NULL,
    reason          VARCHAR(1000)   NOT NULL,
    revised_by      VARCHAR(64)     NOT NULL,
    revised_at      TIMESTAMP(6)    NOT NULL,
    CONSTRAINT fk_target_revision_target FOREIGN KEY (target_id) REFERENCES indicator_target (id)
);

-- US dollars per unit of a currency, the year's average as an admin enters it (with its source): money of several
-- countries is added up in US dollars, and each converted amount names the rate it used.
CREATE TABLE exchange_rate (
    currency      VARCHAR(3)      NOT NULL,
    rate_year     INT             NOT NULL,
    usd_per_unit  DECIMAL(19, 10) NOT NULL,
    source        VARCHAR(500)    NOT NULL,
    entered_by    VARCHAR(64)     NOT NULL,
    entered_at    TIMESTAMP(6)    NOT NULL,
    CONSTRAINT pk_exchange_rate PRIMARY KEY (currency, rate_year),
    CONSTRAINT ck_exchange_rate_positive CHECK (usd_per_unit > 0)
);

-- The value of an entered indicator's measure for a country (institution_id null) or an institution, for a year.
CREATE TABLE indicator_entry (
    id              BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_code  VARCHAR(40)     NOT NULL,
    measure_code    VARCHAR(40)     NOT NULL,
    country_code    VARCHAR(2)      NOT NULL,
    institution_id  BIGINT,
    period_year     INT             NOT NULL,
    numerator       DECIMAL(19, 4)  NOT NULL,
    denominator     DECIMAL(19, 4),
    evidence        VARCHAR(1000)   NOT NULL,
    entered_by      VARCHAR(64)     NOT NULL,
    entered_at      TIMESTAMP(6)    NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT fk_indicator_entry_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_indicator_entry_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_indicator_entry_values CHECK (numerator >= 0 AND (denominator IS NULL OR denominator > 0))
);
CREATE INDEX ix_indicator_entry_period ON indicator_entry (country_code, period_year);

-- A country's reporting period (a calendar year): OPEN, SUBMITTED by the coordinator, APPROVED or RETURNED by a
-- reviewer. An approved period is locked; an unlock needs a reason and reopens it.
CREATE TABLE reporting_period (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country_code  VARCHAR(2)     NOT NULL,
    period_year   INT            NOT NULL,
    status        VARCHAR(12)    NOT NULL,
    submitted_by  VARCHAR(64),
    submitted_at  TIMESTAMP(6),
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMP(6),
    version       BIGINT         NOT NULL,
    CONSTRAINT uk_reporting_period UNIQUE (country_code, period_year),
    CONSTRAINT fk_reporting_period_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_reporting_period_status CHECK (status IN ('OPEN', 'SUBMITTED', 'APPROVED', 'RETURNED'))
);

-- Append-only: SUBMIT, APPROVE, RETURN, UNLOCK, with who, when and the comment or reason.
CREATE TABLE reporting_period_event (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id    BIGINT         NOT NULL,
    action       VARCHAR(10)    NOT NULL,
    actor        VARCHAR(64)    NOT NULL,
    occurred_at  TIMESTAMP(6)   NOT NULL,
    remark       VARCHAR(2000),
    CONSTRAINT fk_period_event_period FOREIGN KEY (period_id) REFERENCES reporting_period (id)
);

-- Capacity building. A training event (WORKSHOP, PATENT_DRAFTING_SEMINAR, DISTANCE_COURSE, LICENSING_TRAINING,
-- TRAIN_THE_TRAINERS) in a country, for the institutions it invited.
CREATE TABLE training_event (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(30)    NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    country_code  VARCHAR(2)     NOT NULL,
    programme     INT            NOT NULL,
    starts_on     DATE           NOT NULL,
    ends_on       DATE           NOT NULL,
    trainers      VARCHAR(1000)  NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    created_at    TIMESTAMP(6)   NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT fk_training_event_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_training_event_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_training_event_country ON training_event (country_code, starts_on);

CREATE TABLE training_event_institution (
    event_id        BIGINT  NOT NULL,
    institution_id  BIGINT  NOT NULL,
    CONSTRAINT pk_training_event_institution PRIMARY KEY (event_id, institution_id),
    CONSTRAINT fk_training_institution_event FOREIGN KEY (event_id) REFERENCES training_event (id),
    CONSTRAINT fk_training_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- How many took part, by institution (null: from outside the invited institutions) and sex (FEMALE, MALE, OTHER,
-- NOT_RECORDED).
CREATE TABLE training_participation (
    event_id        BIGINT       NOT NULL,
    institution_id  BIGINT,
    sex             VARCHAR(12)  NOT NULL,
    participants    INT          NOT NULL,
    CONSTRAINT fk_training_participation_event FOREIGN KEY (event_id) REFERENCES training_event (id),
    CONSTRAINT fk_training_participation_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_training_participation_count CHECK (participants > 0)
);
CREATE INDEX ix_training_participation_event ON training_participation (event_id);

-- One participant's survey: at the end of the event (overall satisfaction 1-5, and any items) or the follow-up six
-- months later (whether they apply the skills).
CREATE TABLE training_response (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT        NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    institution_id  BIGINT,
    sex             VARCHAR(12)   NOT NULL,
    overall         INT,
    applying_skills BOOLEAN,
    received_on     DATE          NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_training_response_event FOREIGN KEY (event_id) REFERENCES training_event (id),
    CONSTRAINT fk_training_response_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_training_response_kind CHECK (kind IN ('END_OF_EVENT', 'FOLLOW_UP')),
    CONSTRAINT ck_training_response_overall CHECK (overall IS NULL OR overall BETWEEN 1 AND 5)
);
CREATE INDEX ix_training_response_event ON training_response (event_id);

CREATE TABLE training_response_item (
    response_id  BIGINT        NOT NULL,
    item         VARCHAR(100)  NOT NULL,
    score        INT           NOT NULL,
    CONSTRAINT pk_training_response_item PRIMARY KEY (response_id, item),
    CONSTRAINT fk_response_item_response FOREIGN KEY (response_id) REFERENCES training_response (id),
    CONSTRAINT ck_response_item_score CHECK (score BETWEEN 1 AND 5)
);

-- The TTO's own records. The staff register: who works in the office, at what FTE, from when to when, and their
-- professional certification (e.g. RTTP) if any.
CREATE TABLE tto_staff_member (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT         NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    position        VARCHAR(200)   NOT NULL,
    fte             DECIMAL(5, 2)  NOT NULL,
    joined_on       DATE           NOT NULL,
    left_on         DATE,
    certification   VARCHAR(200),
    certified_on    DATE,
    version         BIGINT         NOT NULL,
    CONSTRAINT fk_staff_member_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_staff_member_fte CHECK (fte > 0 AND fte <= 1)
);
CREATE INDEX ix_staff_member_institution ON tto_staff_member (institution_id);

-- TWINNING, REGIONAL_NETWORK, INDUSTRY_ASSOCIATION, OTHER
CREATE TABLE partnership (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT         NOT NULL,
    partner         VARCHAR(300)   NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    started_on      DATE           NOT NULL,
    ended_on        DATE,
    description     VARCHAR(2000),
    version         BIGINT         NOT NULL,
    CONSTRAINT fk_partnership_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_partnership_institution ON partnership (institution_id);

-- PRIOR_ART_SEARCH, FREEDOM_TO_OPERATE, LANDSCAPE_REPORT, TECHNOLOGY_WATCH
CREATE TABLE patent_information_service (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT         NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    requester       VARCHAR(300)   NOT NULL,
    delivered_on    DATE           NOT NULL,
    description     VARCHAR(2000),
    recorded_by     VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_patent_service_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_patent_service_institution ON patent_information_service (institution_id, delivered_on);

-- The TTO's operating budget of a fiscal year (staff and running costs; patent costs are the cases' own).
CREATE TABLE operating_budget (
    id              BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT          NOT NULL,
    fiscal_year     INT             NOT NULL,
    currency        VARCHAR(3)      NOT NULL,
    amount          DECIMAL(19, 4)  NOT NULL,
    source          VARCHAR(500)    NOT NULL,
    entered_by      VARCHAR(64)     NOT NULL,
    entered_at      TIMESTAMP(6)    NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT uk_operating_budget_year UNIQUE (institution_id, fiscal_year),
    CONSTRAINT fk_operating_budget_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_operating_budget_amount CHECK (amount >= 0)
);

-- An appropriate-technology project of a (usually least-developed) country: its landscape report, its business
-- plan and its implementation, each dated when done.
CREATE TABLE appropriate_technology_project (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country_code         VARCHAR(2)     NOT NULL,
    institution_id       BIGINT,
    title                VARCHAR(300)   NOT NULL,
    need                 VARCHAR(2000)  NOT NULL,
    landscape_report_on  DATE,
    business_plan_on     DATE,
    implemented_on       DATE,
    version              BIGINT         NOT NULL,
    CONSTRAINT fk_at_project_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_at_project_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- An action item can stand for a programme milestone (IP_POLICY_ADOPTED): indicator 2 counts the plans that
-- completed it with evidence.
ALTER TABLE plan_action_item ADD COLUMN milestone VARCHAR(40);

-- What the system computed for a checkpoint's indicator when it was submitted, beside what the coordinator reported.
ALTER TABLE checkpoint_indicator ADD COLUMN computed DECIMAL(19, 4);
ALTER TABLE checkpoint_indicator ADD COLUMN computed_basis VARCHAR(2000);

-- A condition of a conditional pass is met on a date, or chased once late.
ALTER TABLE checkpoint_condition ADD COLUMN met_on DATE;
ALTER TABLE checkpoint_condition ADD COLUMN overdue_flagged_on DATE;

INSERT INTO expected_result (code, title) VALUES
('III.1', 'National innovation and IP strategies and plans consistent with national development goals'),
('III.2', 'Enhanced human resource capacities able to deal with the broad range of requirements for the effective use of IP for development in developing countries, LDCs and countries with economies in transition'),
('III.4', 'Strengthened cooperation mechanisms and programmes tailored to the needs of developing countries and LDCs'),
('III.6', 'Increased capacity of SMEs, universities and research institutions to successfully use IP to support innovation'),
('IV.2', 'Enhanced access to, and use of, IP information by IP institutions and the public to promote innovation and creativity'),
('V.2', 'Wider and better use of WIPO economic analysis in policy formulation');

INSERT INTO programme_indicator (code, version, ordinal, name, definition, method, valid_from, basis) VALUES
('PLAN_STAGES', 1, 1, 'Institutions by plan stage',
 'Institutions whose implementation plan stood at each stage on the last day of the period, read from the plan''s transition history: needs assessed (needs assessment, needs assessed, action plan drafted), action plan approved (approved, implementing), operational, sustainable, at risk. Suspended and closed plans are not counted.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 1'),
('IP_POLICY_ADOPTED', 1, 2, 'Institutions with an adopted institutional IP policy',
 'Institutions whose plan has the action item marked as the IP_POLICY_ADOPTED milestone done, with evidence, on or before the last day of the period.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 2'),
('NATIONAL_IP_STRATEGIES', 1, 3, 'National IP strategies adopted with a technology-transfer component',
 'National IP strategies with a technology-transfer component adopted, as the country''s coordinator enters them for the year with the strategy document as evidence.',
 'ENTERED', '2024-01-01', 'Programme indicators note, indicator 3'),
('DISCLOSURES', 1, 4, 'Invention disclosures received',
 'Invention disclosures submitted in the period, counted by the day of submission (UTC); and per US$10 million of research expenditure, the research expenditure of the fiscal years ending in the period converted at each year''s recorded rate (institutions without a recorded expenditure count in neither part of the ratio).',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 4; AUTM and Knowledge Transfer Ireland normalise per research expenditure'),
('PATENT_APPLICATIONS', 1, 5, 'Patent applications filed',
 'Patent applications filed in the period (every filing, first or follow-on); and the share of the disclosures received in the period whose first filing was made within 12 months of submission.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 5'),
('LICENCES_AND_OPTIONS', 1, 6, 'Licences and options executed',
 'Licence and option agreements executed in the period, and options granted on licensing paths; and per US$10 million of research expenditure (as for disclosures).',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 6'),
('LICENCE_INCOME', 1, 7, 'Licence income received',
 'Receipts recorded in the period, in US dollars at the recorded rate of the currency for the year of receipt; and per FTE of TTO staff in the staff register on the last day of the period.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 7'),
('COST_RECOVERY', 1, 8, 'Cost-recovery ratio',
 'Income retained by the institution (every part of the period''s distributions but the inventors'': cost recovery, fee, department and institution) over the operating budget of the fiscal years ending in the period plus the patent and legal costs of the cases incurred in the period, all in US dollars.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 8; Abrams, Leung and Stevens 2009 for the reference share'),
('STARTUPS', 1, 9, 'Start-ups formed',
 'Start-ups incorporated in the period; and of the start-ups incorporated at least three years before the last day of the period, the share still active three years after incorporation.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 9; Knowledge Transfer Ireland reports spin-outs active after 3 years'),
('INDUSTRY_AGREEMENTS', 1, 10, 'Research and consultancy agreements with industry',
 'Research and consultancy agreements with industry signed in the year, and the share of them with local SMEs, as the institution''s director enters them with evidence.',
 'ENTERED', '2024-01-01', 'Programme indicators note, indicator 10'),
('TRAINING', 1, 11, 'TTO staff and others trained',
 'Participants of the training events that started in the period, by sex and institution; the share of end-of-event survey respondents who rated the event 4 or 5 on a 1 to 5 scale; and the share of six-month follow-up respondents who apply the skills.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 11'),
('CERTIFIED_STAFF', 1, 12, 'Certified professional TTO staff',
 'FTE of the staff in the register on the last day of the period who hold a professional certification obtained on or before that day.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 12 (a staff register replaces the entered figure)'),
('PARTNERSHIPS', 1, 13, 'Active partnerships',
 'Partnerships (twinning, regional networks, industry associations) active at any time in the period.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 13'),
('APPROPRIATE_TECHNOLOGY', 1, 14, 'Appropriate-technology projects',
 'Appropriate-technology projects whose landscape report was produced, whose business plan was produced, and which were implemented, each in the period.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 14'),
('PATENT_INFORMATION', 1, 15, 'Patent-information services delivered',
 'Patent-information services (prior-art searches, freedom-to-operate searches, landscape reports, technology watch) delivered in the period.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 15'),
('DATA_ON_TIME', 1, 16, 'Required data reported complete and on time',
 'Of the reporting periods (calendar years) ending in the period, for countries with an implementation plan, the share submitted by 31 March of the following year with every entered indicator of the year filled in, and not returned.',
 'COMPUTED', '2024-01-01', 'Programme indicators note, indicator 16; DHIS2 reporting rates (on time and complete)');

INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'III.6' FROM programme_indicator WHERE code IN ('PLAN_STAGES', 'IP_POLICY_ADOPTED', 'DISCLOSURES',
    'PATENT_APPLICATIONS', 'LICENCES_AND_OPTIONS', 'LICENCE_INCOME', 'COST_RECOVERY', 'STARTUPS', 'INDUSTRY_AGREEMENTS');
INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'III.1' FROM programme_indicator WHERE code = 'NATIONAL_IP_STRATEGIES';
INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'III.2' FROM programme_indicator WHERE code IN ('TRAINING', 'CERTIFIED_STAFF');
INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'III.4' FROM programme_indicator WHERE code IN ('INDUSTRY_AGREEMENTS', 'PARTNERSHIPS', 'APPROPRIATE_TECHNOLOGY');
INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'IV.2' FROM programme_indicator WHERE code IN ('APPROPRIATE_TECHNOLOGY', 'PATENT_INFORMATION');
INSERT INTO programme_indicator_result (indicator_id, expected_result)
SELECT id, 'V.2' FROM programme_indicator WHERE code = 'DATA_ON_TIME';

INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 9 FROM programme_indicator;
INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 10 FROM programme_indicator WHERE code NOT IN ('APPROPRIATE_TECHNOLOGY');
INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 30 FROM programme_indicator WHERE code IN ('DISCLOSURES', 'LICENCES_AND_OPTIONS', 'LICENCE_INCOME',
    'STARTUPS', 'INDUSTRY_AGREEMENTS');
INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 11 FROM programme_indicator WHERE code IN ('TRAINING', 'CERTIFIED_STAFF');
INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 1 FROM programme_indicator WHERE code IN ('NATIONAL_IP_STRATEGIES', 'PATENT_APPLICATIONS', 'PATENT_INFORMATION');
INSERT INTO programme_indicator_programme (indicator_id, programme)
SELECT id, 16 FROM programme_indicator WHERE code = 'DATA_ON_TIME';

INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'COUNTRY' FROM programme_indicator;
INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'REGION' FROM programme_indicator;
INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'LDC' FROM programme_indicator;
INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'PROGRAMME' FROM programme_indicator;
INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'INSTITUTION' FROM programme_indicator
WHERE code NOT IN ('NATIONAL_IP_STRATEGIES', 'APPROPRIATE_TECHNOLOGY', 'DATA_ON_TIME');
INSERT INTO programme_indicator_disaggregation (indicator_id, dimension)
SELECT id, 'SEX' FROM programme_indicator WHERE code = 'TRAINING';

INSERT INTO programme_indicator_measure (indicator_id, position, code, name, unit, aggregation, factor)
SELECT id, 1, 'NEEDS_ASSESSED', 'Needs assessed', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'PLAN_STAGES'
UNION ALL SELECT id, 2, 'ACTION_PLAN_APPROVED', 'Action plan approved', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'PLAN_STAGES'
UNION ALL SELECT id, 3, 'OPERATIONAL', 'Operational', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'PLAN_STAGES'
UNION ALL SELECT id, 4, 'SUSTAINABLE', 'Sustainable', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'PLAN_STAGES'
UNION ALL SELECT id, 5, 'AT_RISK', 'At risk', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'PLAN_STAGES'
UNION ALL SELECT id, 1, 'ADOPTED', 'Institutions with an adopted IP policy', 'institutions', 'SUM', 1 FROM programme_indicator WHERE code = 'IP_POLICY_ADOPTED'
UNION ALL SELECT id, 1, 'ADOPTED', 'Strategies adopted', 'strategies', 'SUM', 1 FROM programme_indicator WHERE code = 'NATIONAL_IP_STRATEGIES'
UNION ALL SELECT id, 1, 'RECEIVED', 'Disclosures received', 'disclosures', 'SUM', 1 FROM programme_indicator WHERE code = 'DISCLOSURES'
UNION ALL SELECT id, 2, 'PER_10M_RESEARCH', 'Disclosures per US$10M research expenditure', 'per US$10M', 'RATIO', 10000000 FROM programme_indicator WHERE code = 'DISCLOSURES'
UNION ALL SELECT id, 1, 'FILED', 'Applications filed', 'applications', 'SUM', 1 FROM programme_indicator WHERE code = 'PATENT_APPLICATIONS'
UNION ALL SELECT id, 2, 'FIRST_FILED_WITHIN_12_MONTHS', 'Disclosures with a first filing within 12 months', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'PATENT_APPLICATIONS'
UNION ALL SELECT id, 1, 'EXECUTED', 'Licences and options executed', 'agreements', 'SUM', 1 FROM programme_indicator WHERE code = 'LICENCES_AND_OPTIONS'
UNION ALL SELECT id, 2, 'PER_10M_RESEARCH', 'Licences and options per US$10M research expenditure', 'per US$10M', 'RATIO', 10000000 FROM programme_indicator WHERE code = 'LICENCES_AND_OPTIONS'
UNION ALL SELECT id, 1, 'RECEIVED', 'Licence income received', 'USD', 'SUM', 1 FROM programme_indicator WHERE code = 'LICENCE_INCOME'
UNION ALL SELECT id, 2, 'PER_STAFF_FTE', 'Licence income per TTO staff FTE', 'USD per FTE', 'RATIO', 1 FROM programme_indicator WHERE code = 'LICENCE_INCOME'
UNION ALL SELECT id, 1, 'RATIO', 'Income retained over operating and patent costs', 'ratio', 'RATIO', 1 FROM programme_indicator WHERE code = 'COST_RECOVERY'
UNION ALL SELECT id, 1, 'FORMED', 'Start-ups formed', 'start-ups', 'SUM', 1 FROM programme_indicator WHERE code = 'STARTUPS'
UNION ALL SELECT id, 2, 'ACTIVE_AT_3_YEARS', 'Start-ups still active at 3 years', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'STARTUPS'
UNION ALL SELECT id, 1, 'AGREEMENTS', 'Agreements with industry', 'agreements', 'SUM', 1 FROM programme_indicator WHERE code = 'INDUSTRY_AGREEMENTS'
UNION ALL SELECT id, 2, 'LOCAL_SME_SHARE', 'Share with local SMEs', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'INDUSTRY_AGREEMENTS'
UNION ALL SELECT id, 1, 'TRAINED', 'People trained', 'participants', 'SUM', 1 FROM programme_indicator WHERE code = 'TRAINING'
UNION ALL SELECT id, 2, 'SATISFIED', 'Respondents satisfied (4 or 5)', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'TRAINING'
UNION ALL SELECT id, 3, 'APPLYING_AT_6_MONTHS', 'Respondents applying the skills at 6 months', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'TRAINING'
UNION ALL SELECT id, 1, 'CERTIFIED_FTE', 'Certified professional staff', 'FTE', 'SUM', 1 FROM programme_indicator WHERE code = 'CERTIFIED_STAFF'
UNION ALL SELECT id, 1, 'ACTIVE', 'Active partnerships', 'partnerships', 'SUM', 1 FROM programme_indicator WHERE code = 'PARTNERSHIPS'
UNION ALL SELECT id, 1, 'LANDSCAPE_REPORTS', 'Landscape reports produced', 'projects', 'SUM', 1 FROM programme_indicator WHERE code = 'APPROPRIATE_TECHNOLOGY'
UNION ALL SELECT id, 2, 'BUSINESS_PLANS', 'Business plans produced', 'projects', 'SUM', 1 FROM programme_indicator WHERE code = 'APPROPRIATE_TECHNOLOGY'
UNION ALL SELECT id, 3, 'IMPLEMENTED', 'Projects implemented', 'projects', 'SUM', 1 FROM programme_indicator WHERE code = 'APPROPRIATE_TECHNOLOGY'
UNION ALL SELECT id, 1, 'DELIVERED', 'Services delivered', 'services', 'SUM', 1 FROM programme_indicator WHERE code = 'PATENT_INFORMATION'
UNION ALL SELECT id, 1, 'ON_TIME', 'Periods reported complete and on time', '%', 'RATIO', 100 FROM programme_indicator WHERE code = 'DATA_ON_TIME';
