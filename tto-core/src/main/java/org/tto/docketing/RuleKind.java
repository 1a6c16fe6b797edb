package org.tto.docketing;

/** What a deadline rule is about; the V004 migration lists the rules of each kind. */
public enum RuleKind {
    PARIS_PRIORITY,
    US_NON_PROVISIONAL,
    PCT_PUBLICATION,
    PCT_DEMAND,
    PCT_NATIONAL_PHASE
}
