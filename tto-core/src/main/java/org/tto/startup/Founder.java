package org.tto.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A founder of a start-up: one of the case's inventors, or not. */
@Entity
@Table(name = "startup_founder")
public class Founder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "inventor", nullable = false)
    private boolean inventor;

    @Column(name = "username", length = 64)
    private String username;

    protected Founder() {}

    public Founder(String name, boolean inventor, String username) {
        this.name = name;
        this.inventor = inventor;
        this.username = username;
    }

    public String name() {
        return name;
    }

    public boolean inventor() {
        return inventor;
    }

    public String username() {
        return username;
    }
}
