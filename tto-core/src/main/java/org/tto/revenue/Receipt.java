package org.tto.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received for a case, with its AUTM category and, when it came under one, the licence agreement and the
 * royalty report it pays.
 */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Column(name = "royalty_report_id", updatable = false)
    private Long royaltyReportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30, updatable = false)
    private AutmCategory category;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @Column(name = "payer_reference", length = 100, updatable = false)
    private String payerReference;

    /** The earlier receipt this one repeats on purpose (same agreement, date, amount and payer reference). */
    @Column(name = "duplicate_of", updatable = false)
    private Long duplicateOf;

    @Column(name = "duplicate_reason", length = 500, updatable = false)
    private String duplicateReason;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Receipt() {}

    Receipt(Long disclosureId, Long institutionId, Long agreementId, Long royaltyReportId, AutmCategory category,
            Currency currency, BigDecimal amount, LocalDate receivedOn, String note, String recordedBy,
            Instant recordedAt) {
        this.disclosureId = disclosureId;
        this.institutionId = institutionId;
        this.agreementId = agreementId;
        this.royaltyReportId = royaltyReportId;
        this.category = category;
        this.currency = currency.getCurrencyCode();
        this.amount = amount;
        this.receivedOn = receivedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    /** The payer's own reference for the payment, or null. */
    public String payerReference() {
        return payerReference;
    }

    public Optional<Long> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public Optional<String> duplicateReason() {
        return Optional.ofNullable(duplicateReason);
    }

    /** Whether {@code other} is the same payment: same case, agreement, date, currency, amount and payer reference. */
    boolean sameAs(Long otherAgreementId, LocalDate otherDate, Currency otherCurrency, BigDecimal otherAmount,
            String otherPayerReference) {
        return Objects.equals(agreementId, otherAgreementId) && receivedOn.equals(otherDate)
                && currency.equals(otherCurrency.getCurrencyCode()) && amount.compareTo(otherAmount) == 0
                && Objects.equals(payerReference, otherPayerReference);
    }

    /** Records that this receipt knowingly repeats {@code earlier}. */
    Receipt withPayer(String reference, Long repeats, String reason) {
        this.payerReference = reference;
        this.duplicateOf = repeats;
        this.duplicateReason = reason;
        return this;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public Long institutionId() {
        return institutionId;
    }

    public Long agreementId() {
        return agreementId;
    }

    /** The royalty report this receipt pays, or null. */
    public Long royaltyReportId() {
        return royaltyReportId;
    }

    public AutmCategory category() {
        return category;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
