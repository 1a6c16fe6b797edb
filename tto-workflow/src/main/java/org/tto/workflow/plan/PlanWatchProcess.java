package org.tto.workflow.plan;

/**
 * The daily watch over implementation plans ({@code bpmn/plan-watch.bpmn}): a timer start event, daily at 06:00, and
 * one service task ({@link FlagOverduePlanItemsDelegate}).
 *
 * <p>Why a Camunda timer rather than {@code @Scheduled} behind ShedLock: the engine is already here, with its job
 * table in the shared database; a due timer is one job row that a node's job executor must lock (an optimistic,
 * version-checked update of {@code LOCK_OWNER_}) before running it, so exactly one node runs it — no second locking
 * library, no extra table. Failures are retried and visible as incidents in Cockpit, every run is in the history,
 * and the next day's timer is created when this one completes. {@code PlanWatchTwoNodesIT} shows two engines on one
 * MariaDB running each due timer once.
 */
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
