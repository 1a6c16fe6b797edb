package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expected result of the programme (III.1, III.2, ...) that indicators report to; its title is data. */
@Entity
@Table(name = "expected_result")
public class ExpectedResult {

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    protected ExpectedResult() {}

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
