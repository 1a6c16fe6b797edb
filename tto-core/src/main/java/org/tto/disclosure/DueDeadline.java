package org.tto.disclosure;

/** An open deadline with the case it belongs to, as the officer's deadline list shows it. */
public record DueDeadline(Deadline deadline, long disclosureId, String reference, String caseTitle) {}
