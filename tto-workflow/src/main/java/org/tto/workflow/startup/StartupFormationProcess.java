package org.tto.workflow.startup;

/** The names the start-up formation process (bpmn/startup-formation.bpmn) and its code share. */
public final class StartupFormationProcess {

    public static final String KEY = "startupFormation";

    private StartupFormationProcess() {}

    /**
     * Process variables: ids and gateway flags only. The business key is the case's reference; {@code disclosureId},
     * {@code institutionCode} and, when known, {@code startedBy} come in at the start (from the officer's start or
     * the case's call activity).
     */
    public static final class Variables {
        public static final String DISCLOSURE_ID = "disclosureId";
        public static final String INSTITUTION_CODE = "institutionCode";
        /** Who opened the path (the officer, or the one who chose the routes on the case); the start is theirs. */
        public static final String STARTED_BY = "startedBy";
        public static final String STARTUP_ID = "startupId";
        /** An inventor is among the founders: the director reviews the conflict of interest. */
        public static final String CONFLICT_FLAGGED = "conflictFlagged";
        /** The director's verdict on the business plan: {@code APPROVE}, {@code REVISE} or {@code DECLINE}. */
        public static final String PLAN_VERDICT = "planVerdict";
        public static final String CONFLICT_CLEARED = "conflictCleared";

        private Variables() {}
    }

    /** User tasks, end events and the reminder timer, by their element ids. */
    public static final class Elements {
        public static final String RECORD_FOUNDERS = "Task_RecordFounders";
        public static final String REVIEW_PLAN = "Task_ReviewBusinessPlan";
        public static final String REVISE_PLAN = "Task_ReviseBusinessPlan";
        public static final String REVIEW_CONFLICT = "Task_ReviewStartupConflict";
        public static final String RECORD_INCORPORATION = "Task_RecordIncorporation";
        public static final String INCORPORATION_REMINDER = "Timer_IncorporationReminder";
        public static final String END_ACTIVE = "End_StartupActive";
        public static final String END_ABANDONED = "End_StartupAbandoned";

        private Elements() {}
    }
}
