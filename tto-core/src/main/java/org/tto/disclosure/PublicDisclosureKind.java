package org.tto.disclosure;

public enum PublicDisclosureKind {
    PAPER,
    THESIS,
    CONFERENCE,
    POSTER,
    WEB,
    OTHER
}
