package org.tto.plan;

/** Who pays for a budget line. Everything but the programme counts towards sustainability. */
public enum FundingSource {
    PROGRAMME,
    INSTITUTION,
    GOVERNMENT,
    OTHER
}
