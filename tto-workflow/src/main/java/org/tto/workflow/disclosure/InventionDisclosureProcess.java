package org.tto.workflow.disclosure;

/** The names the invention-disclosure process (bpmn/invention-disclosure.bpmn) and its code share. */
public final class InventionDisclosureProcess {

    public static final String KEY = "inventionDisclosure";

    private InventionDisclosureProcess() {}

    /** Process variables: ids and gateway flags only. The business key is the disclosure's reference. */
    public static final class Variables {
        public static final String DISCLOSURE_ID = "disclosureId";
        public static final String INSTITUTION_CODE = "institutionCode";
        public static final String SUBMITTED_BY = "submittedBy";
        public static final String TRIAGE_OUTCOME = "triageOutcome";
        public static final String PROTECTION_OUTCOME = "protectionOutcome";

        private Variables() {}
    }

    public static final class Messages {
        public static final String NOVELTY_RISK = "NoveltyRisk";

        private Messages() {}
    }

    /** User tasks, by their element ids. */
    public static final class Elements {
        public static final String TRIAGE = "Task_Triage";
        public static final String ANSWER_QUESTIONS = "Task_AnswerTriageQuestions";
        public static final String ASSESS = "Task_AssessPatentability";
        public static final String DECIDE_PROTECTION = "Task_DecideProtection";
        public static final String RECORD_FILINGS = "Task_RecordFilings";
        public static final String ACT_ON_NOVELTY_RISK = "Task_ActOnNoveltyRisk";

        private Elements() {}
    }
}
