package org.tto.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Month;
import java.util.Objects;

/** A university or research institution that runs (or is setting up) a technology-transfer office. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short code used in human references, e.g. {@code UNA} in {@code UNA-2026-0042}. */
    @Column(name = "code", nullable = false, length = 16)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    /** Month (1-12) in which the institution's fiscal year starts; AUTM figures follow it. */
    @Column(name = "fiscal_year_start_month", nullable = false)
    private int fiscalYearStartMonth;

    /** Day of that month on which the fiscal year starts (1 unless an admin says otherwise). */
    @Column(name = "fiscal_year_start_day", nullable = false)
    private int fiscalYearStartDay;

    /** Segregation of duties: whether the officer who assessed a case may also take its protection decision. */
    @Column(name = "assessor_may_decide", nullable = false)
    private boolean assessorMayDecide;

    @Version
    private long version;

    protected Institution() {}

    public Institution(String code, String name, String countryCode, int fiscalYearStartMonth) {
        this(code, name, countryCode, fiscalYearStartMonth, 1);
    }

    public Institution(String code, String name, String countryCode, int fiscalYearStartMonth,
            int fiscalYearStartDay) {
        if (code == null || !code.matches("[A-Z0-9]{2,16}")) {
            throw new IllegalArgumentException("institution code must be 2-16 upper-case letters or digits, was " + code);
        }
        requireFiscalYearStart(fiscalYearStartMonth, fiscalYearStartDay);
        this.code = code;
        this.name = Objects.requireNonNull(name);
        this.countryCode = Objects.requireNonNull(countryCode);
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.fiscalYearStartDay = fiscalYearStartDay;
    }

    /** Moves the start of the fiscal year (an admin's correction); reports of every year follow the new start. */
    public void changeFiscalYearStart(int month, int day) {
        requireFiscalYearStart(month, day);
        this.fiscalYearStartMonth = month;
        this.fiscalYearStartDay = day;
    }

    /** A day that exists every year: 1-12 for the month, a day of that month, never 29 February. */
    private static void requireFiscalYearStart(int month, int day) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1-12, was " + month);
        }
        int days = Month.of(month).length(false);
        if (day < 1 || day > days) {
            throw new IllegalArgumentException("fiscal year start day must be 1-" + days + " in month " + month
                    + " (a day that exists every year), was " + day);
        }
    }

    /** Lets (or no longer lets) the officer who assessed a case take its protection decision too. */
    public void allowAssessorToDecide(boolean allowed) {
        this.assessorMayDecide = allowed;
    }

    public boolean assessorMayDecide() {
        return assessorMayDecide;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String countryCode() {
        return countryCode;
    }

    public int fiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public int fiscalYearStartDay() {
        return fiscalYearStartDay;
    }
}
