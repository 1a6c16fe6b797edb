-- Schema tidy-up (no data changes).
--
-- 1. An explicit index on every foreign key that had none leading an index. MySQL and MariaDB create one
--    implicitly for a foreign key (H2 too), so this is mostly a statement of intent that holds on every database
--    and survives a constraint being dropped; the composite index below is new work for the audit search.
-- 2. The audit log is searched by institution, newest first (a director's audit page and export).
-- 3. CHECK constraints on the status columns of V005 and V007: a value the code does not know cannot be written
--    by hand or by a faulty import; SchemaChecksTest keeps each list equal to its Java enum.

CREATE INDEX ix_institution_country_code ON institution (country_code);
CREATE INDEX ix_app_user_institution_id ON app_user (institution_id);
CREATE INDEX ix_app_user_country_code ON app_user (country_code);
CREATE INDEX ix_disclosure_inventor_disclosure_id ON disclosure_inventor (disclosure_id);
CREATE INDEX ix_disclosure_funding_disclosure_id ON disclosure_funding (disclosure_id);
CREATE INDEX ix_public_disclosure_disclosure_id ON public_disclosure (disclosure_id);
CREATE INDEX ix_protection_decision_disclosure_id ON protection_decision (disclosure_id);
CREATE INDEX ix_filing_disclosure_id ON filing (disclosure_id);
CREATE INDEX ix_filing_priority_claim_claimed_filing_id ON filing_priority_claim (claimed_filing_id);
CREATE INDEX ix_deadline_disclosure_id ON deadline (disclosure_id);
CREATE INDEX ix_deadline_filing_id ON deadline (filing_id);
CREATE INDEX ix_plan_action_item_plan_id ON plan_action_item (plan_id);
CREATE INDEX ix_plan_budget_line_plan_id ON plan_budget_line (plan_id);
CREATE INDEX ix_plan_transition_plan_id ON plan_transition (plan_id);
CREATE INDEX ix_plan_notification_plan_id ON plan_notification (plan_id);
CREATE INDEX ix_sustainability_checkpoint_plan_id ON sustainability_checkpoint (plan_id);
CREATE INDEX ix_deadline_rule_office_code ON deadline_rule (office_code);
CREATE INDEX ix_license_agreement_institution_id ON license_agreement (institution_id);
CREATE INDEX ix_license_royalty_tier_agreement_id ON license_royalty_tier (agreement_id);
CREATE INDEX ix_license_milestone_agreement_id ON license_milestone (agreement_id);
CREATE INDEX ix_royalty_report_line_report_id ON royalty_report_line (report_id);
CREATE INDEX ix_receipt_disclosure_id ON receipt (disclosure_id);
CREATE INDEX ix_receipt_agreement_id ON receipt (agreement_id);
CREATE INDEX ix_receipt_duplicate_of ON receipt (duplicate_of);
CREATE INDEX ix_startup_company_disclosure_id ON startup_company (disclosure_id);
CREATE INDEX ix_startup_company_institution_id ON startup_company (institution_id);
CREATE INDEX ix_startup_company_agreement_id ON startup_company (agreement_id);
CREATE INDEX ix_startup_founder_startup_id ON startup_founder (startup_id);
CREATE INDEX ix_startup_status_change_startup_id ON startup_status_change (startup_id);
CREATE INDEX ix_prospect_institution_id ON prospect (institution_id);
CREATE INDEX ix_prospect_interaction_prospect_id ON prospect_interaction (prospect_id);
CREATE INDEX ix_licensing_path_institution_id ON licensing_path (institution_id);
CREATE INDEX ix_licensing_path_prospect_id ON licensing_path (prospect_id);
CREATE INDEX ix_licensing_path_agreement_id ON licensing_path (agreement_id);
CREATE INDEX ix_startup_plan_review_startup_id ON startup_plan_review (startup_id);
CREATE INDEX ix_pct_office_regional_route ON pct_office (regional_route);
CREATE INDEX ix_pct_office_alternative_route ON pct_office (alternative_route);
CREATE INDEX ix_programme_indicator_result_expected_result ON programme_indicator_result (expected_result);
CREATE INDEX ix_indicator_target_revision_target_id ON indicator_target_revision (target_id);
CREATE INDEX ix_indicator_entry_institution_id ON indicator_entry (institution_id);
CREATE INDEX ix_reporting_period_event_period_id ON reporting_period_event (period_id);
CREATE INDEX ix_training_event_institution_institution_id ON training_event_institution (institution_id);
CREATE INDEX ix_training_participation_institution_id ON training_participation (institution_id);
CREATE INDEX ix_training_response_institution_id ON training_response (institution_id);
CREATE INDEX ix_appropriate_technology_project_country_code ON appropriate_technology_project (country_code);
CREATE INDEX ix_appropriate_technology_project_institution_id ON appropriate_technology_project (institution_id);

CREATE INDEX ix_audit_log_institution_time ON audit_log (institution_id, occurred_at);

ALTER TABLE license_agreement ADD CONSTRAINT ck_license_agreement_status CHECK (status IN ('DRAFT', 'APPROVED', 'EXECUTED', 'WITHDRAWN'));
ALTER TABLE obligation ADD CONSTRAINT ck_obligation_status CHECK (status IN ('OPEN', 'LATE', 'FULFILLED'));
ALTER TABLE startup_company ADD CONSTRAINT ck_startup_company_status CHECK (status IN ('FORMING', 'ACTIVE', 'ACQUIRED', 'CLOSED', 'ABANDONED'));
ALTER TABLE startup_status_change ADD CONSTRAINT ck_startup_status_change_status CHECK (status IN ('FORMING', 'ACTIVE', 'ACQUIRED', 'CLOSED', 'ABANDONED'));
ALTER TABLE prospect ADD CONSTRAINT ck_prospect_status CHECK (status IN ('IDENTIFIED', 'CONTACTED', 'INTERESTED', 'NEGOTIATING', 'DECLINED'));
ALTER TABLE licensing_path ADD CONSTRAINT ck_licensing_path_stage CHECK (stage IN ('BRIEF', 'MARKETING', 'CONFIDENTIALITY', 'OPTION', 'TERM_SHEET', 'AGREEMENT', 'EXECUTED', 'ABANDONED'));
