-- Receipts paid against a royalty report: the report (checked against the terms) says what is owed for a period; the
-- receipts linked to it say what came in. Optional: receipts of other kinds (issue fees, milestones, equity) and those
-- recorded before this migration have none. The application checks that the report is under the receipt's agreement.
-- A report's payment obligation (kind ROYALTY_PAYMENT, created when a report owes something) needs no column of its
-- own: obligation.kind is a VARCHAR(30).

ALTER TABLE receipt ADD COLUMN royalty_report_id BIGINT;
CREATE INDEX ix_receipt_royalty_report ON receipt (royalty_report_id);
ALTER TABLE receipt ADD CONSTRAINT fk_receipt_royalty_report
    FOREIGN KEY (royalty_report_id) REFERENCES royalty_report (id);
