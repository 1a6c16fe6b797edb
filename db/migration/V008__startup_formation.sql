-- Start-up formation as a process (bpmn/startup-formation.bpmn): the director reviews the business plan (approve,
-- send back for revision, or decline), and reviews the conflict of interest when an inventor founds the start-up
-- (cleared or refused). A declined plan or a refused conflict abandons the start-up: status ABANDONED, with the
-- reason in its status history (startup_status_change).

-- Where the business plan stands: SUBMITTED, REVISION_REQUESTED, APPROVED or DECLINED.
ALTER TABLE startup_company ADD COLUMN plan_status VARCHAR(20) DEFAULT 'SUBMITTED' NOT NULL;

-- The conflict-of-interest review: cleared or refused, by whom, when, why.
ALTER TABLE startup_company RENAME COLUMN coi_cleared_by TO coi_reviewed_by;
ALTER TABLE startup_company ADD COLUMN coi_verdict VARCHAR(20);
ALTER TABLE startup_company ADD COLUMN coi_note VARCHAR(1000);
ALTER TABLE startup_company ADD COLUMN coi_reviewed_at TIMESTAMP(6);
UPDATE startup_company SET coi_verdict = 'CLEARED' WHERE coi_reviewed_by IS NOT NULL;

-- Every review of the business plan, with the plan as it was reviewed.
CREATE TABLE startup_plan_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    startup_id    BIGINT        NOT NULL,
    list_index    INT           NOT NULL,
    verdict       VARCHAR(20)   NOT NULL,
    plan_summary  VARCHAR(2000),
    note          VARCHAR(1000),
    reviewed_by   VARCHAR(64)   NOT NULL,
    reviewed_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_plan_review_startup FOREIGN KEY (startup_id) REFERENCES startup_company (id)
);
