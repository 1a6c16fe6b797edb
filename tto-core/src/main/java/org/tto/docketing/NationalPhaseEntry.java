package org.tto.docketing;

import java.util.List;
import java.util.Objects;

/**
 * National/regional phase entry for one designated/elected office: the office asked about, the office actually
 * entered (itself, or the regional office when its national route is closed: FR through EP) and the deadlines there,
 * the ordinary limit first, then the longer one on a fee or request where the office grants one.
 */
public record NationalPhaseEntry(PctOffice designated, PctOffice route, List<ComputedDeadline> deadlines) {

    public NationalPhaseEntry {
        Objects.requireNonNull(designated);
        Objects.requireNonNull(route);
        deadlines = List.copyOf(deadlines);
        if (deadlines.isEmpty()) {
            throw new IllegalArgumentException("no deadline for " + designated.code() + " through " + route.code());
        }
    }

    public boolean nationalRouteClosed() {
        return designated.nationalRouteClosed();
    }

    public ComputedDeadline ordinary() {
        return deadlines.get(0);
    }
}
