package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * What a migration changed in one rule, and why (e.g. V015: PCT-NP-LS-II 30 -> 31 months, from WIPO's guide): the
 * follow-up recomputes the open deadlines docketed under the rule and writes the reason into their traces.
 */
@Entity
@Table(name = "deadline_rule_change")
public class DeadlineRuleChange {

    /** How the rule changed. */
    public enum Kind {
        /** Its months or days changed. */
        FIGURE,
        /** The office closed its national route: the rule is gone, the regional route's rule replaces it. */
        ROUTE_CLOSED,
        /** The rule is gone with nothing in its place. */
        WITHDRAWN,
        /** Same figure, but the source no longer confirms it. */
        UNCONFIRMED
    }

    @Id
    private Long id;

    @Column(name = "rule_id", nullable = false, length = 40)
    private String ruleId;

    @Column(name = "migration", nullable = false, length = 10)
    private String migration;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "replaced_by", length = 40)
    private String replacedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected DeadlineRuleChange() {}

    public String ruleId() {
        return ruleId;
    }

    public String migration() {
        return migration;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> replacedBy() {
        return Optional.ofNullable(replacedBy);
    }

    public String reason() {
        return reason;
    }
}
