package org.tto.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The terms of a licence agreement, as negotiated in the term sheet; {@code licenseeSize} is the licensee's size for
 * the AUTM licensee-size split.
 */
public record LicenseTerms(String licensee, String licenseeContact, boolean licenseeLinkedToInventor,
        AgreementType type, String fieldOfUse, String territory, LocalDate startDate, LocalDate endDate,
        String currency, BigDecimal issueFee, List<RoyaltyTier> royaltyTiers, BigDecimal annualMinimum,
        List<Milestone> milestones, BigDecimal sublicenceSharePercent, boolean patentCostReimbursement,
        ReportingPeriod reportingPeriod, LicenseeSize licenseeSize) {}
