package org.tto.training;

/** The sex of participants and respondents, as recorded for the sex-disaggregated training indicator. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    NOT_RECORDED
}
