-- A receipt carries the payer's own reference, and a receipt that knowingly repeats an earlier one (same agreement,
-- date, amount and payer reference) says which, and why: an exact duplicate is otherwise refused.
ALTER TABLE receipt ADD COLUMN payer_reference VARCHAR(100);
ALTER TABLE receipt ADD COLUMN duplicate_of BIGINT;
ALTER TABLE receipt ADD COLUMN duplicate_reason VARCHAR(500);
ALTER TABLE receipt ADD CONSTRAINT fk_receipt_duplicate_of FOREIGN KEY (duplicate_of) REFERENCES receipt (id);
