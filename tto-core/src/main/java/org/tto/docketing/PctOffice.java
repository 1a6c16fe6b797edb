package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A designated/elected office of the PCT national-phase table (WIPO ST.3 code), where its figures come from, and, for
 * a state whose national route is closed, the regional office to enter through.
 */
@Entity
@Table(name = "pct_office")
public class PctOffice {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provenance", nullable = false, length = 30)
    private Provenance provenance;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    /** The office's chapter of WIPO's PCT Applicant's Guide, where the figure was read. */
    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "national_route_closed", nullable = false)
    private boolean nationalRouteClosed;

    @Column(name = "regional_route", length = 2)
    private String regionalRoute;

    @Column(name = "alternative_route", length = 2)
    private String alternativeRoute;

    @Column(name = "unconfirmed_reason", length = 500)
    private String unconfirmedReason;

    @Column(name = "note", length = 1000)
    private String note;

    protected PctOffice() {}

    /** An office with its own national route, its figures confirmed by the source. */
    public PctOffice(String code, String name, Provenance provenance, String source) {
        this(code, name, provenance, source, null, null, null, null, null);
    }

    /**
     * @param regionalRoute     for a state whose national route is closed, the regional office to enter through;
     *                          null when the national route is open
     * @param alternativeRoute  a second route of a closed state (LI: CH beside EP), or null
     * @param unconfirmedReason why the figures are the PCT default, unconfirmed (provenance PCT_DEFAULT_UNCONFIRMED)
     */
    public PctOffice(String code, String name, Provenance provenance, String source, String address,
            String regionalRoute, String alternativeRoute, String unconfirmedReason, String note) {
        if ((provenance == Provenance.PCT_DEFAULT_UNCONFIRMED) != (unconfirmedReason != null)) {
            throw new IllegalArgumentException("an unconfirmed office needs its reason, and only it has one");
        }
        if (regionalRoute == null && alternativeRoute != null) {
            throw new IllegalArgumentException("an alternative route is only for a closed national route");
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.provenance = Objects.requireNonNull(provenance);
        this.source = Objects.requireNonNull(source);
        this.address = address;
        this.nationalRouteClosed = regionalRoute != null;
        this.regionalRoute = regionalRoute;
        this.alternativeRoute = alternativeRoute;
        this.unconfirmedReason = unconfirmedReason;
        this.note = note;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Provenance provenance() {
        return provenance;
    }

    public String source() {
        return source;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** The state closed its national route: it is reached only through {@link #regionalRoute()}. */
    public boolean nationalRouteClosed() {
        return nationalRouteClosed;
    }

    public Optional<String> regionalRoute() {
        return Optional.ofNullable(regionalRoute);
    }

    public Optional<String> alternativeRoute() {
        return Optional.ofNullable(alternativeRoute);
    }

    /** False where the figures are the PCT default because the source gives none. */
    public boolean confirmed() {
        return unconfirmedReason == null;
    }

    public Optional<String> unconfirmedReason() {
        return Optional.ofNullable(unconfirmedReason);
    }

    /** What the figures leave out, e.g. a discretionary extension that is no rule. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The kind of source an office's figures come from. */
    public enum Provenance {
        /** WIPO's table "Time Limits for Entering National/Regional Phase under PCT Chapters I and II". */
        WIPO_TABLE,
        /** WIPO's PCT Applicant's Guide, the office's national chapter summary. */
        WIPO_GUIDE,
        /** The guide has no figure yet ("Information not yet available"): the PCT default, unconfirmed. */
        PCT_DEFAULT_UNCONFIRMED
    }
}
