package org.tto.api.docketing;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tto.docketing.PctTimeLimits.OfficeLimits;

/** One office of the PCT national-phase table: months from the priority date under Chapter I and II. */
@Schema(description = "An office of the PCT national-phase table. The *Extended fields are present only where the "
        + "office grants a longer limit on a fee or request.")
record OfficeLimitsResponse(@Schema(example = "CN") String code, @Schema(example = "China") String name,
        @Schema(example = "WIPO_TABLE") String provenance, String source,
        @Schema(example = "30") int chapterIMonths,
        @Schema(example = "32", nullable = true) Integer chapterIExtendedMonths,
        @Schema(example = "30") int chapterIIMonths,
        @Schema(example = "32", nullable = true) Integer chapterIIExtendedMonths) {

    static OfficeLimitsResponse of(OfficeLimits limits) {
        return new OfficeLimitsResponse(limits.office().code(), limits.office().name(),
                limits.office().provenance().name(), limits.office().source(), limits.chapterI(),
                limits.chapterIExtended(), limits.chapterII(), limits.chapterIIExtended());
    }
}
