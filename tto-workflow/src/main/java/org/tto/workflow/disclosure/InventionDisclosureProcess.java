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
        public static final String LICENSING_CHOSEN = "licensingChosen";
        public static final String STARTUP_CHOSEN = "startupChosen";
        /** The officer who chose the routes: the called processes record their start in that name. */
        public static final String ROUTES_CHOSEN_BY = "routesChosenBy";

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
        public static final String CHOOSE_ROUTES = "Task_ChooseCommercialisationRoutes";
        public static final String CALL_LICENSING = "Call_Licensing";
        public static final String CALL_STARTUP_FORMATION = "Call_StartupFormation";
        public static final String END_ROUTES_ENDED = "End_CommercialisationRoutesEnded";

        private Elements() {}
    }
}
