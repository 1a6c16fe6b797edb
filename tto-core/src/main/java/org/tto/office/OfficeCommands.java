package org.tto.office;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers send to keep the TTO's own records and the country's appropriate-technology projects. */
public final class OfficeCommands {

    private OfficeCommands() {}

    /** A member of the office's staff: {@code fte} more than 0 and at most 1; a certification date needs one. */
    public record StaffDetails(String name, String position, BigDecimal fte, LocalDate joinedOn, LocalDate leftOn,
            String certification, LocalDate certifiedOn) {}

    /** A partnership of the office; {@code endedOn} null while it lasts. */
    public record PartnershipDetails(String partner, PartnershipKind kind, LocalDate startedOn, LocalDate endedOn,
            String description) {}

    /** A patent-information service the office delivered, and to whom. */
    public record ServiceDetails(PatentServiceKind kind, String requester, LocalDate deliveredOn,
            String description) {}

    /** The operating budget of a fiscal year, with where the figure comes from. */
    public record BudgetEntry(BigDecimal amount, String currency, String source) {}

    /** {@code institution}: the code of an institution of the project's country, or null. */
    public record ProjectDetails(String title, String need, String institution, LocalDate landscapeReportOn,
            LocalDate businessPlanOn, LocalDate implementedOn) {}
}
