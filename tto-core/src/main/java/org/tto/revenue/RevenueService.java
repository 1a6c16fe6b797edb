package org.tto.revenue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.CaseAccess;
import org.tto.disclosure.CaseEvent;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseAgreementRepository;
import org.tto.licensing.LicensingService;
import org.tto.licensing.RoyaltyReport;
import org.tto.licensing.RoyaltyReportRepository;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordCost;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * Income and its distribution: patent and legal costs per case, receipts, the institution's versioned policy, and
 * each receipt's distribution by the policy in force on its date. Officers and directors of the case's institution
 * record; inventors read their own statements.
 */
@Service
@Transactional
public class RevenueService {

    private final DisclosureService cases;
    private final CaseLocks locks;
    private final DistributionPolicyRepository policies;
    private final CaseCostRepository costs;
    private final ReceiptRepository receipts;
    private final DistributionRepository distributions;
    private final LicenseAgreementRepository agreements;
    private final RoyaltyReportRepository reports;
    private final LicensingService licensing;
    private final Clock clock;

    public RevenueService(DisclosureService cases, CaseLocks locks, DistributionPolicyRepository policies,
            CaseCostRepository costs, ReceiptRepository receipts, DistributionRepository distributions,
            LicenseAgreementRepository agreements, RoyaltyReportRepository reports, LicensingService licensing,
            Clock clock) {
        this.cases = cases;
        this.locks = locks;
        this.policies = policies;
        this.costs = costs;
        this.receipts = receipts;
        this.distributions = distributions;
        this.agreements = agreements;
        this.reports = reports;
        this.licensing = licensing;
        this.clock = clock;
    }

    /** Defines the next version of an institution's policy; directors for their own institution, admins for any. */
    public DistributionPolicy definePolicy(Actor actor, DefinePolicy command) {
        Long institutionId;
        if (actor.is(Role.ADMIN)) {
            if (command.institutionId() == null) {
                throw new InvalidInputException("institutionId", "Name the institution whose policy this is.");
            }
            institutionId = command.institutionId();
        } else if (actor.is(Role.DIRECTOR)) {
            institutionId = actor.institutionId();
        } else {
            throw new ForbiddenException("Only the TTO's director or an admin may define a distribution policy.");
        }
        List<DistributionPolicy> existing = policies.findByInstitutionIdOrderByVersionNumber(institutionId);
        if (!existing.isEmpty()
                && !command.effectiveFrom().isAfter(existing.get(existing.size() - 1).effectiveFrom())) {
            throw new RuleViolationException("policy.effective-after-last", "A new version takes effect after the "
                    + "last one (" + existing.get(existing.size() - 1).effectiveFrom() + "); past receipts keep "
                    + "their version.");
        }
        return policies.save(new DistributionPolicy(institutionId, existing.size() + 1, command.effectiveFrom(),
                currency(command.currency()), command.costRecoveryFirst(), command.adminFeePercent(),
                command.departmentName(), command.source(), command.bands(), actor.username(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<DistributionPolicy> policies(Actor actor) {
        CaseAccess.requireStaff(actor, "read the distribution policies");
        return policies.findByInstitutionIdOrderByVersionNumber(actor.institutionId());
    }

    public CaseCost recordCost(Actor actor, long disclosureId, RecordCost command) {
        InventionDisclosure disclosure = staffCase(actor, disclosureId, "record costs");
        Currency currency = currency(command.currency());
        requirePositive(command.amount(), currency);
        CaseCost cost = costs.save(new CaseCost(disclosure.id(), command.kind(), command.description(),
                command.incurredOn(), currency, command.amount(), actor.username(), clock.instant()));
        cases.recordEvent(disclosureId, actor.username(), CaseEvent.COST_RECORDED, command.kind() + " " + currency
                + " " + command.amount().toPlainString() + ": " + command.description());
        return cost;
    }

    @Transactional(readOnly = true)
    public List<CaseCost> costs(Actor actor, long disclosureId) {
        staffCase(actor, disclosureId, "read the case's costs");
        return costs.findByDisclosureIdOrderByIncurredOnAscIdAsc(disclosureId);
    }

    /**
     * Records a receipt and distributes it at once, by the policy in force on its date. A receipt paid against a
     * royalty report names the report's agreement, is in the agreement's currency and is a category a report owes
     * (running royalty, sublicence income, annual minimum); when the receipts against the report come to cover what
     * it owes, the report's payment obligation is fulfilled. Over-payment is accepted and recorded as such.
     */
    public Distribution recordReceipt(Actor actor, RecordReceipt command) {
        InventionDisclosure disclosure = staffCase(actor, command.disclosureId(), "record income");
        Currency currency = currency(command.currency());
        requirePositive(command.amount(), currency);
        LicenseAgreement agreement = null;
        if (command.agreementId() != null) {
            agreement = agreements.findById(command.agreementId())
                    .filter(a -> a.disclosureId().equals(disclosure.id()))
                    .orElseThrow(() -> new NotFoundException("agreement", command.agreementId()));
            if (!agreement.currency().equals(currency)) {
                throw new InvalidInputException("currency", "The agreement is in " + agreement.currency() + ".");
            }
        }
        RoyaltyReport report = command.royaltyReportId() == null ? null
                : reportPaid(agreement, command.royaltyReportId(), command.category());
        locks.lock(disclosure.id());
        Long repeats = duplicateCheck(disclosure.id(), command, currency);
        Receipt receipt = receipts.save(new Receipt(disclosure.id(), disclosure.institution().id(),
                command.agreementId(), command.royaltyReportId(), command.category(), currency, command.amount(),
                command.receivedOn(), command.note(), actor.username(), clock.instant())
                .withPayer(blankToNull(command.payerReference()), repeats,
                        repeats == null ? null : command.duplicateReason().strip()));
        Distribution distribution = distribute(disclosure, receipt);
        cases.recordEvent(disclosure.id(), actor.username(), CaseEvent.RECEIPT_DISTRIBUTED, command.category() + " "
                + currency + " " + command.amount().toPlainString() + " received " + command.receivedOn()
                + (report == null ? "" : " against royalty report " + report.id())
                + ", distributed by policy version " + distribution.policyVersion() + " (distribution "
                + distribution.id() + ")");
        if (report != null) {
            settle(actor, report, receipt);
        }
        return distribution;
    }

    /**
     * The same payment posted twice (a retried form, a statement imported twice) would be recorded and distributed
     * twice: an exact duplicate of a receipt of the case (same agreement, date, currency, amount and payer reference)
     * is refused with the earlier receipt's id, unless the caller confirms it is meant and says why. Runs under the
     * case's lock, so two identical posts at once are one receipt and one refusal. Returns the repeated receipt's id
     * when a duplicate is confirmed, else null.
     */
    private Long duplicateCheck(long disclosureId, RecordReceipt command, Currency currency) {
        String payer = blankToNull(command.payerReference());
        Receipt earlier = receipts.findByDisclosureIdOrderByReceivedOnAscIdAsc(disclosureId).stream()
                .filter(r -> r.sameAs(command.agreementId(), command.receivedOn(), currency, command.amount(), payer))
                .findFirst().orElse(null);
        if (earlier == null) {
            return null;
        }
        if (!command.confirmDuplicate()) {
            throw new RuleViolationException("receipt.duplicate", "Receipt " + earlier.id() + " (recorded by "
                    + earlier.recordedBy() + " at " + earlier.recordedAt() + ") has the same agreement, date, amount"
                    + " and payer reference. If this is a second payment, confirm the duplicate and say why.");
        }
        if (command.duplicateReason() == null || command.duplicateReason().isBlank()) {
            throw new InvalidInputException("duplicateReason", "Say why this receipt repeats receipt "
                    + earlier.id() + ".");
        }
        return earlier.id();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Distributes a recorded receipt that has no distribution yet (receipts loaded into the receipt table from a
     * previous system): once only, under the case's lock, so a second call for the same receipt waits for the first
     * and is refused.
     */
    public Distribution distribute(Actor actor, long receiptId) {
        Receipt receipt = receipts.findById(receiptId).orElseThrow(() -> new NotFoundException("receipt",
                receiptId));
        InventionDisclosure disclosure = NotFoundException.reachedThrough("receipt", receiptId,
                () -> staffCase(actor, receipt.disclosureId(), "distribute income"));
        locks.lock(disclosure.id());
        distributions.findByReceiptId(receiptId).ifPresent(d -> {
            throw new RuleViolationException("distribution.once", "Receipt " + receiptId + " is already "
                    + "distributed (distribution " + d.id() + "); a receipt is distributed once.");
        });
        Distribution distribution = distribute(disclosure, receipt);
        cases.recordEvent(disclosure.id(), actor.username(), CaseEvent.RECEIPT_DISTRIBUTED, receipt.category() + " "
                + receipt.currency() + " " + receipt.amount().toPlainString() + " received "
                + receipt.receivedOn() + ", distributed by policy version " + distribution.policyVersion()
                + " (distribution " + distribution.id() + ")");
        return distribution;
    }

    /** What each royalty report of an agreement owes, and what was received against it. */
    @Transactional(readOnly = true)
    public Map<Long, RoyaltyReportPayments> reportPayments(Actor actor, long agreementId) {
        LicenseAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("agreement", agreementId));
        NotFoundException.reachedThrough("agreement", agreementId,
                () -> staffCase(actor, agreement.disclosureId(), "read royalty reports"));
        List<Receipt> linked = receipts.findByAgreementIdAndRoyaltyReportIdNotNullOrderByReceivedOnAscIdAsc(
                agreementId);
        Map<Long, RoyaltyReportPayments> payments = new TreeMap<>();
        for (RoyaltyReport report : reports.findByAgreementIdOrderByPeriodStartAsc(agreementId)) {
            payments.put(report.id(), RoyaltyReportPayments.of(report, linked));
        }
        return payments;
    }

    private RoyaltyReport reportPaid(LicenseAgreement agreement, long reportId, AutmCategory category) {
        if (agreement == null) {
            throw new InvalidInputException("agreementId", "A receipt paid against a royalty report names the "
                    + "report's agreement.");
        }
        RoyaltyReport report = reports.findById(reportId).filter(r -> r.agreementId().equals(agreement.id()))
                .orElseThrow(() -> new NotFoundException("royalty report", reportId));
        BigDecimal owedInCategory = switch (category) {
            case RUNNING_ROYALTY -> report.runningRoyalty();
            case SUBLICENCE_INCOME -> report.sublicenceShare();
            case ANNUAL_MINIMUM -> report.minimumTopUp();
            default -> throw new InvalidInputException("category", "A royalty report is paid as running royalty, "
                    + "sublicence income or annual minimum, not " + category + ".");
        };
        if (owedInCategory.signum() <= 0) {
            throw new InvalidInputException("category", "Royalty report " + reportId + " owes no "
                    + category.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        return report;
    }

    /**
     * After a receipt against a report (under the case's lock, so receipts of one report are summed one after the
     * other): when the receipts first cover what the report owes, its payment obligation is fulfilled and the case
     * history says so; every receipt that leaves them above it is recorded as an over-payment (each one adds to it).
     */
    private void settle(Actor actor, RoyaltyReport report, Receipt receipt) {
        RoyaltyReportPayments payments = RoyaltyReportPayments.of(report,
                receipts.findByRoyaltyReportIdOrderByReceivedOnAscIdAsc(report.id()));
        BigDecimal before = payments.received().subtract(receipt.amount());
        String what = "Royalty report " + report.id() + " (agreement " + report.agreementId() + ", "
                + report.periodStart() + " to " + report.periodEnd() + "): owed " + report.owed().toPlainString()
                + ", received " + payments.received().toPlainString() + " in " + payments.receipts().size()
                + " receipt(s) " + payments.receipts().stream().map(r -> String.valueOf(r.id())).toList();
        if (payments.settled() && before.compareTo(report.owed()) < 0) {
            String obligation = licensing.fulfilRoyaltyPayment(report.agreementId(), report.periodStart(),
                    receipt.receivedOn())
                    .map(o -> "; payment obligation " + o.id() + " fulfilled on " + receipt.receivedOn())
                    .orElse("; no open payment obligation for the period");
            cases.recordEvent(receipt.disclosureId(), actor.username(), CaseEvent.ROYALTY_REPORT_PAID,
                    what + obligation);
        }
        if (payments.overpaid()) {
            cases.recordEvent(receipt.disclosureId(), actor.username(), CaseEvent.ROYALTY_REPORT_OVERPAID, what
                    + "; over-paid by " + payments.outstanding().negate().toPlainString() + " after receipt "
                    + receipt.id());
        }
    }

    private Distribution distribute(InventionDisclosure disclosure, Receipt receipt) {
        DistributionPolicy policy = policies
                .findFirstByInstitutionIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(receipt.institutionId(),
                        receipt.receivedOn())
                .orElseThrow(() -> new RuleViolationException("policy.in-force", "No distribution policy of the "
                        + "institution is in force on " + receipt.receivedOn() + "."));
        String code = receipt.currency().getCurrencyCode();
        if (policy.bands().size() > 1 && !policy.currency().equals(receipt.currency())) {
            throw new RuleViolationException("policy.currency", "The policy's bands are in " + policy.currency()
                    + "; a receipt in " + code + " cannot be placed in them (no exchange rates are kept).");
        }
        long unrecovered = Math.max(0, MinorUnits.of(costs.total(disclosure.id(), code), receipt.currency())
                - distributions.costRecovered(disclosure.id(), code));
        long cumulative = distributions.cumulativeNet(disclosure.id(), code);
        List<Beneficiary> inventors = disclosure.inventors().stream()
                .map(i -> Beneficiary.inventor(i.name(), i.username(), i.sharePercent())).toList();
        Split split = DistributionCalculator.split(MinorUnits.of(receipt.amount(), receipt.currency()), unrecovered,
                cumulative, policy.terms(), inventors, policy.departmentName(), disclosure.institution().name());
        return distributions.save(new Distribution(receipt, policy, unrecovered, cumulative, split, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Distribution distribution(Actor actor, long id) {
        Distribution distribution = distributions.findById(id)
                .orElseThrow(() -> new NotFoundException("distribution", id));
        NotFoundException.reachedThrough("distribution", id,
                () -> staffCase(actor, distribution.disclosureId(), "read distributions"));
        return distribution;
    }

    @Transactional(readOnly = true)
    public Receipt receipt(Actor actor, long id) {
        Receipt receipt = receipts.findById(id).orElseThrow(() -> new NotFoundException("receipt", id));
        NotFoundException.reachedThrough("receipt", id,
                () -> staffCase(actor, receipt.disclosureId(), "read receipts"));
        return receipt;
    }

    @Transactional(readOnly = true)
    public List<Distribution> distributions(Actor actor, long disclosureId) {
        staffCase(actor, disclosureId, "read distributions");
        return distributions.findByDisclosureIdOrderByIdAsc(disclosureId);
    }

    /**
     * A beneficiary's statement for a period: an inventor's (by username) for the inventor themself or the TTO's
     * staff; the department's, institution's, fee's or cost recovery's for the staff.
     */
    @Transactional(readOnly = true)
    public Statement statement(Actor actor, String beneficiary, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "The period starts after it ends.");
        }
        Beneficiary.Kind kind = kindOf(beneficiary);
        boolean staff = actor.is(Role.OFFICER, Role.DIRECTOR);
        boolean self = actor.is(Role.INVENTOR) && kind == Beneficiary.Kind.INVENTOR
                && actor.username().equals(beneficiary);
        if (!staff && !self) {
            if (actor.is(Role.INVENTOR)) {
                throw new ForbiddenException("Inventors read their own statements only.");
            }
            throw new NotFoundException("statement", beneficiary);
        }
        List<StatementLine> lines = distributions.statementLines(actor.institutionId(), kind,
                kind == Beneficiary.Kind.INVENTOR ? beneficiary : null, from, to);
        Map<String, BigDecimal> totals = lines.stream().collect(Collectors.groupingBy(StatementLine::currency,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO,
                        l -> MinorUnits.toAmount(l.amountMinor(), Currency.getInstance(l.currency())),
                        BigDecimal::add)));
        return new Statement(beneficiary, kind, from, to, lines, totals);
    }

    private static Beneficiary.Kind kindOf(String beneficiary) {
        for (Beneficiary.Kind kind : Beneficiary.Kind.values()) {
            if (kind != Beneficiary.Kind.INVENTOR && kind.name().equalsIgnoreCase(beneficiary)) {
                return kind;
            }
        }
        return Beneficiary.Kind.INVENTOR;
    }

    private InventionDisclosure staffCase(Actor actor, long disclosureId, String action) {
        InventionDisclosure disclosure = cases.get(actor, disclosureId);
        CaseAccess.requireStaff(actor, action);
        return disclosure;
    }

    private static void requirePositive(BigDecimal amount, Currency currency) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "The amount is more than zero.");
        }
        MinorUnits.of(amount, currency);
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", code + " is not an ISO-4217 currency code.");
        }
    }
}
