package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who paid for the research, and what the grant obliges the institution to (e.g. government-use rights). */
@Entity
@Table(name = "disclosure_funding")
public class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sponsor", nullable = false, length = 200)
    private String sponsor;

    @Column(name = "grant_id", length = 100)
    private String grantId;

    @Column(name = "obligations", length = 2000)
    private String obligations;

    protected FundingSource() {}

    public FundingSource(String sponsor, String grantId, String obligations) {
        this.sponsor = sponsor;
        this.grantId = grantId;
        this.obligations = obligations;
    }

    public String sponsor() {
        return sponsor;
    }

    public String grantId() {
        return grantId;
    }

    public String obligations() {
        return obligations;
    }
}
