package org.tto.revenue;

import java.time.LocalDate;

/** One receipt's part for a beneficiary, as a statement lists it (amount in minor units of the currency). */
public record StatementLine(LocalDate receivedOn, Long receiptId, Long distributionId, Long disclosureId,
        AutmCategory category, String currency, Beneficiary.Kind kind, String beneficiary, long amountMinor,
        String how) {}
