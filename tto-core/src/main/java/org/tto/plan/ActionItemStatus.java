package org.tto.plan;

public enum ActionItemStatus {
    OPEN,
    DONE
}
