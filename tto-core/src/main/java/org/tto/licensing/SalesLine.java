package org.tto.licensing;

import java.math.BigDecimal;

/** Net sales a royalty report declares for one field of use and territory. */
public record SalesLine(String fieldOfUse, String territory, BigDecimal netSales) {}
