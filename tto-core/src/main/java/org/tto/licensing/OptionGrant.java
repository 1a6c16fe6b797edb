package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An option granted to the prospect before the licence: the right, for a fee and a period, to evaluate the technology
 * and negotiate a licence in a field and territory. An exclusive option reserves that field and territory
 * ({@link Exclusivity}).
 */
@Embeddable
public record OptionGrant(
        @Column(name = "option_exclusive") Boolean exclusive,
        @Column(name = "option_field_of_use", length = 200) String fieldOfUse,
        @Column(name = "option_territory", length = 200) String territory,
        @Column(name = "option_granted_on") LocalDate grantedOn,
        @Column(name = "option_expires_on") LocalDate expiresOn,
        @Column(name = "option_currency", length = 3) String currency,
        @Column(name = "option_fee", precision = 19, scale = 4) BigDecimal fee) {}
