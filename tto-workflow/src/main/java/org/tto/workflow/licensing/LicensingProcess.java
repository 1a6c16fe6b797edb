package org.tto.workflow.licensing;

/** The names the licensing process (bpmn/licensing.bpmn) and its code share. */
public final class LicensingProcess {

    public static final String KEY = "licensing";

    private LicensingProcess() {}

    /** Process variables: ids and gateway flags only. The business key is the case's reference. */
    public static final class Variables {
        public static final String DISCLOSURE_ID = "disclosureId";
        public static final String INSTITUTION_CODE = "institutionCode";
        /** Who started the path (a username); the case's process passes whoever chose the licensing route. */
        public static final String STARTED_BY = "startedBy";
        public static final String PATH_ID = "licensingPathId";
        public static final String AGREEMENT_ID = "agreementId";
        public static final String OPTION_FIRST = "optionFirst";
        public static final String CONFLICT_FLAGGED = "conflictFlagged";
        public static final String CONFLICT_CLEARED = "conflictCleared";
        public static final String APPROVED = "agreementApproved";

        private Variables() {}
    }

    /** Messages the process waits for. */
    public static final class Messages {
        /** An officer or the director abandons the path at any wait state (interrupting event sub-process). */
        public static final String ABANDONED = "LicensingAbandoned";

        private Messages() {}
    }

    /** User tasks and ends, by their element ids. */
    public static final class Elements {
        public static final String PREPARE_BRIEF = "Task_PrepareBrief";
        public static final String MARKET_TECHNOLOGY = "Task_MarketTechnology";
        public static final String MARKETING_REMINDER = "Timer_MarketingReminder";
        public static final String RECORD_CONFIDENTIALITY = "Task_RecordConfidentiality";
        public static final String RECORD_OPTION = "Task_RecordOption";
        public static final String AGREE_TERM_SHEET = "Task_AgreeTermSheet";
        public static final String DRAFT_AGREEMENT = "Task_DraftAgreement";
        public static final String CLEAR_CONFLICT = "Task_ClearConflict";
        public static final String APPROVE_AGREEMENT = "Task_ApproveAgreement";
        public static final String RECORD_EXECUTION = "Task_RecordExecution";
        public static final String END = "End_LicenceExecuted";
        public static final String END_CONFLICT_NOT_CLEARED = "End_ConflictNotCleared";
        public static final String END_APPROVAL_REFUSED = "End_ApprovalRefused";
        public static final String ABANDON_SUB_PROCESS = "SubProcess_Abandon";
        public static final String END_ABANDONED = "End_LicensingAbandoned";

        private Elements() {}
    }
}
