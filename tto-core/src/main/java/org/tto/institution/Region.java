package org.tto.institution;

/** WIPO's regional groupings, as the programme reports indicators by region. */
public enum Region {
    AFRICA,
    ARAB_REGION,
    ASIA_AND_THE_PACIFIC,
    LATIN_AMERICA_AND_THE_CARIBBEAN,
    CERTAIN_COUNTRIES_IN_EUROPE_AND_ASIA
}
