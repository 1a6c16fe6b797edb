package org.tto.revenue;

import java.math.BigDecimal;

/**
 * Who receives a part of a receipt. Inventors carry their contribution share (percent, from the disclosure) and,
 * when they have one, their username (for their statement).
 */
public record Beneficiary(Kind kind, String name, String username, BigDecimal contributionPercent) {

    /** The kinds of beneficiary, in the order parts are listed and remainders are broken on ties. */
    public enum Kind {
        COST_RECOVERY,
        ADMIN_FEE,
        INVENTOR,
        DEPARTMENT,
        INSTITUTION
    }

    public static Beneficiary inventor(String name, String username, BigDecimal contributionPercent) {
        return new Beneficiary(Kind.INVENTOR, name, username, contributionPercent);
    }

    public static Beneficiary of(Kind kind, String name) {
        return new Beneficiary(kind, name, null, null);
    }
}
