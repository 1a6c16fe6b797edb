package org.tto.workflow.licensing;

/** The names the licensing process (bpmn/licensing.bpmn) and its code share. */
public final class LicensingProcess {

    public static final String KEY = "licensing";

    private LicensingProcess() {}

    /** Process variables: ids and gateway flags only. The business key is the case's reference. */
    public static final class Variables {
        public static final String DISCLOSURE_ID = "disclosureId";
        public static final String INSTITUTION_CODE = "institutionCode";
        public static final String AGREEMENT_ID = "agreementId";
        public static final String CONFLICT_FLAGGED = "conflictFlagged";

        private Variables() {}
    }

    /** User tasks, by their element ids. */
    public static final class Elements {
        public static final String DRAFT_AGREEMENT = "Task_DraftAgreement";
        public static final String CLEAR_CONFLICT = "Task_ClearConflict";
        public static final String APPROVE_AGREEMENT = "Task_ApproveAgreement";
        public static final String RECORD_EXECUTION = "Task_RecordExecution";
        public static final String END = "End_LicenceExecuted";

        private Elements() {}
    }
}
