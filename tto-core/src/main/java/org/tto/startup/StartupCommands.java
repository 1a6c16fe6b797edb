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

    /** Of the institution's start-ups incorporated long enough ago, how many were still going 3 and 5 years on. */
    public record Survival(int formed, int knownAt3Years, int aliveAt3Years, int knownAt5Years, int aliveAt5Years) {}
}
