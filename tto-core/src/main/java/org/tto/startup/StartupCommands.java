package org.tto.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of start-up formation. */
public final class StartupCommands {

    private StartupCommands() {}

    public record FormStartup(String name, String businessPlanSummary, List<NewFounder> founders) {}

    public record NewFounder(String name, boolean inventor, String username) {}

    public record Incorporate(LocalDate incorporatedOn, String registryId, long equityShares,
            BigDecimal equityPercent, Long agreementId) {}

    public record ChangeStatus(StartupStatus status, LocalDate effectiveOn, String note) {}

    /**
     * Of the institution's start-ups incorporated long enough ago, how many were still going 3 and 5 years on; with
     * the rule, the day it was counted on, and how each start-up counted.
     */
    public record Survival(int formed, int knownAt3Years, int aliveAt3Years, int knownAt5Years, int aliveAt5Years,
            String rule, LocalDate asOf, List<SurvivalLine> basis) {}

    /**
     * How one incorporated start-up counts: the days 3 and 5 years after incorporation, and whether it was still going
     * then (null while not yet known).
     */
    public record SurvivalLine(long startupId, String name, LocalDate incorporatedOn, StartupStatus status,
            LocalDate closedOn, LocalDate mark3Years, Boolean aliveAt3Years, LocalDate mark5Years,
            Boolean aliveAt5Years) {}
}
