package org.tto.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an AUTM metric means in one survey year: the definition text and where it comes from. Kept as data, seeded
 * by migration; definitions change by survey year, so a report names the version it used.
 */
@Entity
@Table(name = "autm_metric_definition")
public class AutmMetricDefinition {

    @Id
    private Long id;

    @Column(name = "metric_code", nullable = false, length = 40, updatable = false)
    private String metricCode;

    @Column(name = "survey_year", nullable = false, updatable = false)
    private int surveyYear;

    @Column(name = "title", nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "definition", nullable = false, length = 2000, updatable = false)
    private String definition;

    @Column(name = "basis", nullable = false, length = 1000, updatable = false)
    private String basis;

    protected AutmMetricDefinition() {}

    public String metricCode() {
        return metricCode;
    }

    public int surveyYear() {
        return surveyYear;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    public String basis() {
        return basis;
    }
}
