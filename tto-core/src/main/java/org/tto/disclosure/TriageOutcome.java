package org.tto.disclosure;

public enum TriageOutcome {
    ACCEPT,
    MORE_INFO,
    REJECT
}
