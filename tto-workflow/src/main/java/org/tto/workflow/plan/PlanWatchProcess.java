package org.tto.workflow.plan;

/** The daily watch over implementation plans ({@code bpmn/plan-watch.bpmn}). */
public final class PlanWatchProcess {

    public static final String KEY = "planWatch";

    private PlanWatchProcess() {}

    public static final class Elements {
        public static final String TIMER_DAILY = "Timer_Daily";
        public static final String FLAG_OVERDUE = "Service_FlagOverduePlanItems";
        public static final String END = "End_Flagged";

        private Elements() {}
    }

    public static final class Variables {
        public static final String OVERDUE_ITEMS = "overdueItems";
        public static final String OVERDUE_CHECKPOINTS = "overdueCheckpoints";
        public static final String ESCALATED = "escalatedToReviewers";

        private Variables() {}
    }
}
