package org.tto.office;

/** The patent-information services a TTO delivers. */
public enum PatentServiceKind {
    PRIOR_ART_SEARCH,
    FREEDOM_TO_OPERATE,
    LANDSCAPE_REPORT,
    TECHNOLOGY_WATCH
}
