package org.tto.disclosure;

import java.util.Locale;
import java.util.Set;

/**
 * Office codes of WIPO Standard ST.3: the two-letter country codes (ISO 3166-1 alpha-2) and the codes of regional
 * and international offices.
 */
final class Offices {

    /** Regional and international offices of WIPO ST.3 (EP: EPO, EA: Eurasian, AP: ARIPO, OA: OAPI, GC: GCC, WO: PCT). */
    static final Set<String> REGIONAL = Set.of("EP", "EA", "AP", "OA", "GC", "EM", "BX", "QZ");
    static final String PCT = "WO";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Offices() {}

    static boolean isSt3(String code) {
        return code != null && (COUNTRIES.contains(code) || REGIONAL.contains(code) || PCT.equals(code));
    }
}
