package org.tto.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tto.institution.Institution;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * One institution's plan to set up its technology-transfer office: the needs-assessment findings, the action items,
 * the budget, the sustainability targets, and where the plan stands. The state is a plain column guarded by
 * optimistic locking; which transitions are allowed is decided by {@link PlanTransitions}, never here. Every accepted
 * transition is appended to the history, which is never rewritten.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan {

    /** Checkpoints after the plan became operational, in months, unless the plan says otherwise. */
    public static final List<Integer> DEFAULT_CHECKPOINT_MONTHS = List.of(12, 24, 36);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private PlanState state;

    @Column(name = "operational_on")
    private LocalDate operationalOn;

    @Column(name = "checkpoint_months", nullable = false, length = 60)
    private String checkpointMonths;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_finding", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "dimension", length = 40)
    @Column(name = "finding", nullable = false, length = 4000)
    private Map<CapabilityDimension, String> findings = new EnumMap<>(CapabilityDimension.class);

    @ElementCollection
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "indicator", length = 40)
    private Map<SustainabilityIndicator, Target> targets = new EnumMap<>(SustainabilityIndicator.class);

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ActionItem> actionItems = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BudgetLine> budget = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PlanTransition> history = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PlanNotification> notifications = new ArrayList<>();

    protected ImplementationPlan() {}

    public ImplementationPlan(Institution institution, List<Integer> checkpointMonths, Instant createdAt) {
        this.institution = Objects.requireNonNull(institution, "institution");
        this.countryCode = institution.countryCode();
        this.state = PlanState.NEEDS_ASSESSMENT;
        this.checkpointMonths = format(checkpointMonths == null || checkpointMonths.isEmpty()
                ? DEFAULT_CHECKPOINT_MONTHS : checkpointMonths);
        this.createdAt = Objects.requireNonNull(createdAt);
        for (SustainabilityIndicator indicator : SustainabilityIndicator.values()) {
            targets.put(indicator, new Target(indicator.defaultTarget(), indicator.unit()));
        }
    }

    private static String format(List<Integer> months) {
        List<Integer> sorted = months.stream().sorted().distinct().toList();
        if (sorted.get(0) < 1 || sorted.get(sorted.size() - 1) > 120 || sorted.size() > 10) {
            throw new IllegalArgumentException("checkpoints are 1 to 120 months after becoming operational, at most 10");
        }
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    // --- the needs assessment -------------------------------------------------------------------------------------

    public void recordFinding(CapabilityDimension dimension, String finding) {
        requireState("findings-during-assessment", "Findings are recorded during the needs assessment",
                PlanState.NEEDS_ASSESSMENT);
        if (finding == null || finding.isBlank()) {
            throw new IllegalArgumentException("a finding cannot be empty");
        }
        findings.put(Objects.requireNonNull(dimension), finding.strip());
    }

    // --- the action plan ------------------------------------------------------------------------------------------

    public ActionItem addActionItem(String title, CapabilityDimension dimension, String owner, LocalDate dueDate,
            boolean mandatory) {
        requireOpen();
        ActionItem item = new ActionItem(this, title, dimension, owner, dueDate, mandatory, null);
        actionItems.add(item);
        return item;
    }

    /** A mandatory item that answers a failed checkpoint. */
    public ActionItem addRemediationItem(long checkpointId, String title, CapabilityDimension dimension, String owner,
            LocalDate dueDate) {
        requireOpen();
        ActionItem item = new ActionItem(this, title, dimension, owner, dueDate, true, checkpointId);
        actionItems.add(item);
        return item;
    }

    public void updateActionItem(long itemId, String title, CapabilityDimension dimension, String owner,
            LocalDate dueDate, boolean mandatory) {
        requireOpen();
        ActionItem item = actionItem(itemId);
        if (item.status() == ActionItemStatus.DONE) {
            throw new RuleViolationException("done-items-are-final", "A done action item cannot be changed");
        }
        if (item.isRemediation() && !mandatory) {
            throw new RuleViolationException("remediation-is-mandatory", "A remediation item is always mandatory");
        }
        item.update(title, dimension, owner, dueDate, mandatory);
    }

    public void completeActionItem(long itemId, List<String> evidence, LocalDate on) {
        requireOpen();
        actionItem(itemId).complete(evidence, on);
    }

    public ActionItem actionItem(long itemId) {
        return actionItems.stream().filter(i -> i.id() != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("action item", itemId));
    }

    public BudgetLine addBudgetLine(String description, BigDecimal amount, String currency, FundingSource source) {
        requireOpen();
        BudgetLine line = new BudgetLine(this, description, amount, currency, source);
        budget.add(line);
        return line;
    }

    public void setTarget(SustainabilityIndicator indicator, BigDecimal value) {
        requireOpen();
        targets.put(Objects.requireNonNull(indicator), new Target(indicator.requireInRange("target", value),
                indicator.unit()));
    }

    // --- transitions ----------------------------------------------------------------------------------------------

    /**
     * Records a transition the state machine accepted. Becoming operational for the first time sets the operational
     * date the checkpoints are counted from.
     */
    public PlanTransition apply(PlanEvent event, PlanState target, String actor, String reason, Instant at,
            LocalDate today) {
        PlanTransition transition = new PlanTransition(this, at, actor, event, state, target,
                reason == null || reason.isBlank() ? null : reason.strip());
        history.add(transition);
        if (target == PlanState.OPERATIONAL && operationalOn == null) {
            operationalOn = today;
        }
        state = target;
        return transition;
    }

    /** The state the plan was in when it was last suspended. */
    public Optional<PlanState> suspendedFrom() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == PlanState.SUSPENDED) {
                return Optional.of(history.get(i).from());
            }
        }
        return Optional.empty();
    }

    /** Flags the mandatory items that are past due and not flagged yet; returns them. */
    public List<ActionItem> flagOverdueMandatoryItems(LocalDate today) {
        List<ActionItem> flagged = actionItems.stream()
                .filter(ActionItem::mandatory)
                .filter(item -> item.isOverdue(today) && item.overdueFlaggedOn().isEmpty())
                .toList();
        flagged.forEach(item -> item.flagOverdue(today));
        return flagged;
    }

    /**
     * Marks the mandatory items overdue by more than the grace period whose reviewers were not told yet; returns
     * them.
     */
    public List<ActionItem> escalateOverdueMandatoryItems(LocalDate today, int graceDays) {
        List<ActionItem> escalated = actionItems.stream()
                .filter(ActionItem::mandatory)
                .filter(item -> item.isOverdue(today.minusDays(graceDays)) && item.reviewerNotifiedOn().isEmpty())
                .toList();
        escalated.forEach(item -> item.markReviewerNotified(today));
        return escalated;
    }

    public PlanNotification recordNotification(Instant at, List<String> recipients, String subject, String body,
            String delivery) {
        PlanNotification notification = new PlanNotification(this, at,
                recipients.isEmpty() ? "(nobody)" : String.join(", ", recipients), subject, body, delivery);
        notifications.add(notification);
        return notification;
    }

    private void requireOpen() {
        if (state == PlanState.CLOSED || state == PlanState.SUSTAINABLE) {
            throw new RuleViolationException("plan-open", "The plan is " + state + ": it can no longer be changed");
        }
    }

    private void requireState(String rule, String message, PlanState... states) {
        if (!Arrays.asList(states).contains(state)) {
            throw new RuleViolationException(rule, message + "; the plan is " + state);
        }
    }

    // --- reading --------------------------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String countryCode() {
        return countryCode;
    }

    public PlanState state() {
        return state;
    }

    public Optional<LocalDate> operationalOn() {
        return Optional.ofNullable(operationalOn);
    }

    public List<Integer> checkpointMonths() {
        return Arrays.stream(checkpointMonths.split(",")).map(Integer::valueOf).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Map<CapabilityDimension, String> findings() {
        return findings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(findings));
    }

    public Map<SustainabilityIndicator, Target> targets() {
        return Collections.unmodifiableMap(targets);
    }

    public List<ActionItem> actionItems() {
        return List.copyOf(actionItems);
    }

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    public List<PlanTransition> history() {
        return List.copyOf(history);
    }

    public List<PlanNotification> notifications() {
        return List.copyOf(notifications);
    }
}
