package org.tto.workflow.disclosure;

/** The names the deadline-watch process (bpmn/deadline-watch.bpmn) and its code share. */
public final class DeadlineWatchProcess {

    public static final String KEY = "deadlineWatch";

    private DeadlineWatchProcess() {}

    public static final class Variables {
        public static final String DEADLINE_ID = "deadlineId";
        public static final String REMIND_90_AT = "remind90At";
        public static final String REMIND_30_AT = "remind30At";
        public static final String REMIND_7_AT = "remind7At";
        public static final String DUE_AT = "dueAt";
        public static final String DAYS_BEFORE = "daysBefore";

        private Variables() {}
    }

    public static final class Messages {
        public static final String DEADLINE_CLOSED = "DeadlineClosed";

        private Messages() {}
    }

    /** The business key of a deadline's watch. */
    public static String businessKey(long deadlineId) {
        return "deadline-" + deadlineId;
    }
}
