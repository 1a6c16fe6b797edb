package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a public disclosure before the first filing does to novelty, jurisdiction by jurisdiction.
 *
 * @param atRisk  true when the disclosure falls before every filing of the case (or there is no filing yet)
 */
public record NoveltyRisk(LocalDate disclosureDate, LocalDate firstFilingDate, boolean atRisk,
        List<Jurisdiction> jurisdictions) {

    public NoveltyRisk {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /**
     * One jurisdiction's rule: absolute novelty (the disclosure destroys novelty there), or a grace period of so many
     * months, so that a filing there by {@code fileBy} still counts as novel.
     */
    public record Jurisdiction(String code, String name, Effect effect, Integer graceMonths, LocalDate fileBy,
            String legalBasis) {}

    public enum Effect {
        DESTROYS_NOVELTY,
        GRACE_PERIOD
    }
}
