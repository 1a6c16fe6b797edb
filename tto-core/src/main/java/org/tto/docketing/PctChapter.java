package org.tto.docketing;

/** PCT Chapter I (no demand for international preliminary examination) or Chapter II (demand filed). */
public enum PctChapter {
    I,
    II
}
