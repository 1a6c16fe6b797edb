package org.tto.docketing;

/** An office code that is not in the PCT national-phase table (or not yet: see the V004 migration's notes). */
public class UnknownOfficeException extends IllegalArgumentException {

    private final String office;

    public UnknownOfficeException(String office) {
        super("Office '" + office + "' is not in the PCT national-phase table");
        this.office = office;
    }

    public String office() {
        return office;
    }
}
