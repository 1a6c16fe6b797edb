package org.tto.workflow.licensing;

/** The names the obligation-watch process (bpmn/obligation-watch.bpmn) and its code share. */
public final class ObligationWatchProcess {

    public static final String KEY = "obligationWatch";

    private ObligationWatchProcess() {}

    /** One watch per obligation, under this business key. */
    public static String businessKey(long obligationId) {
        return "obligation-" + obligationId;
    }

    public static final class Variables {
        public static final String OBLIGATION_ID = "obligationId";
        /** When the reminder timer fires (a date). */
        public static final String REMIND_AT = "remindAt";
        /** When the late timer fires: the morning after the due date. */
        public static final String LATE_AT = "lateAt";

        private Variables() {}
    }

    public static final class Messages {
        public static final String FULFILLED = "ObligationFulfilled";

        private Messages() {}
    }

    public static final class Elements {
        public static final String END_FULFILLED = "End_Fulfilled";
        public static final String END_ESCALATED = "End_Escalated";

        private Elements() {}
    }
}
