package org.tto.training;

/** What kind of capacity-building a training event is. */
public enum TrainingKind {
    WORKSHOP,
    PATENT_DRAFTING_SEMINAR,
    /** A course taken at a distance, e.g. WIPO Academy's DL-320 "Basics of Patent Drafting". */
    DISTANCE_COURSE,
    LICENSING_TRAINING,
    TRAIN_THE_TRAINERS
}
