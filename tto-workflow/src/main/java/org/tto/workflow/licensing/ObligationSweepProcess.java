package org.tto.workflow.licensing;

/**
 * The daily sweep of licence obligations ({@code bpmn/obligation-sweep.bpmn}): a timer start event, daily at 07:00,
 * and one service task ({@link SweepLateObligationsDelegate}) that marks every open obligation past its due date late
 * and escalates it. The safety net behind the per-obligation watches of {@link ObligationWatchProcess}.
 *
 * <p>An engine timer rather than {@code @Scheduled}, for the reasons of {@code PlanWatchProcess}: the due timer is
 * one job row that a single node's job executor locks, so two application nodes never sweep the same day twice;
 * a failed sweep is retried and shows as an incident in Cockpit; every run is in the history with its count.
 */
public final class ObligationSweepProcess {

    public static final String KEY = "obligationSweep";

    private ObligationSweepProcess() {}

    public static final class Elements {
        public static final String TIMER_DAILY = "Timer_DailySweep";
        public static final String SWEEP_LATE = "Service_SweepLateObligations";
        public static final String END = "End_Swept";

        private Elements() {}
    }

    public static final class Variables {
        /** How many obligations this run marked late and escalated (a count for the history, no gateway). */
        public static final String MARKED_LATE = "markedLate";

        private Variables() {}
    }
}
