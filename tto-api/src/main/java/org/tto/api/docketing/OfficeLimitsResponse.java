package org.tto.api.docketing;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tto.docketing.PctOffice;
import org.tto.docketing.PctTimeLimits.OfficeLimits;

/** One office of the PCT national-phase table: months from the priority date under Chapter I and II. */
@Schema(description = "An office of the PCT national-phase table. The *Extended fields are present only where the "
        + "office grants a longer limit on a fee or request (*ExtendedDays: days counted after those months). A state "
        + "whose national route is closed has no months of its own: it is entered through regionalRoute.")
record OfficeLimitsResponse(@Schema(example = "CN") String code, @Schema(example = "China") String name,
        @Schema(example = "WIPO_TABLE", allowableValues = {"WIPO_TABLE", "WIPO_GUIDE", "PCT_DEFAULT_UNCONFIRMED"})
        String provenance,
        String source,
        @Schema(nullable = true) String address,
        boolean nationalRouteClosed,
        @Schema(example = "EP", nullable = true) String regionalRoute,
        @Schema(example = "CH", nullable = true) String alternativeRoute,
        boolean confirmed,
        @Schema(nullable = true) String unconfirmedReason,
        @Schema(nullable = true) String note,
        @Schema(example = "30", nullable = true) Integer chapterIMonths,
        @Schema(example = "32", nullable = true) Integer chapterIExtendedMonths,
        @Schema(example = "0", nullable = true) Integer chapterIExtendedDays,
        @Schema(example = "30", nullable = true) Integer chapterIIMonths,
        @Schema(example = "32", nullable = true) Integer chapterIIExtendedMonths,
        @Schema(example = "0", nullable = true) Integer chapterIIExtendedDays) {

    static OfficeLimitsResponse of(OfficeLimits limits) {
        PctOffice office = limits.office();
        return new OfficeLimitsResponse(office.code(), office.name(), office.provenance().name(), office.source(),
                office.address().orElse(null), office.nationalRouteClosed(), office.regionalRoute().orElse(null),
                office.alternativeRoute().orElse(null), office.confirmed(), office.unconfirmedReason().orElse(null),
                office.note().orElse(null), limits.chapterI(), limits.chapterIExtended(),
                limits.chapterIExtendedDays(), limits.chapterII(), limits.chapterIIExtended(),
                limits.chapterIIExtendedDays());
    }
}
