package org.tto.licensing;

/**
 * Where an agreement stands: drafted from the term sheet, approved by the director (after clearing a conflict of
 * interest when the licensee is linked to an inventor), executed (its obligations then run); a draft or approved
 * agreement is withdrawn when its licensing path is abandoned.
 */
public enum AgreementStatus {
    DRAFT,
    APPROVED,
    EXECUTED,
    WITHDRAWN
}
