package org.tto.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tto.institution.Region;
import org.tto.programme.Counted.Row;
import org.tto.programme.IndicatorDefinition.Aggregation;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.IndicatorDefinition.Method;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;
import org.tto.programme.Rollup.Figure;
import org.tto.programme.Rollup.MeasureFigures;
import org.tto.programme.Rollup.Scope;
import org.tto.programme.Rollup.Slice;

/** Summing what the records gave: the figure of a measure, its slices by dimension, and which records a slice has. */
class RollupTest {

    private static final Measure SHARE = new Measure("SHARE", "share", "%", Aggregation.RATIO, new BigDecimal("100"));
    private static final Measure TRAINED = new Measure("TRAINED", "trained", "people", Aggregation.SUM,
            BigDecimal.ONE);

    /** Kenya (programme 9), Uganda and Tanzania (LDCs, programme 10) in Africa; Peru (programme 10) elsewhere. */
    private static final Scope SCOPE = new Scope(
            List.of(new CountryFact("KE", "Kenya", Region.AFRICA, false, 9),
                    new CountryFact("UG", "Uganda", Region.AFRICA, true, 10),
                    new CountryFact("PE", "Peru", Region.LATIN_AMERICA_AND_THE_CARIBBEAN, false, 10),
                    new CountryFact("TZ", "Tanzania", Region.AFRICA, true, 10)),
            List.of(new InstitutionFact(1, "UON", "University of Nairobi", "KE"),
                    new InstitutionFact(2, "MAK", "Makerere University", "UG"),
                    new InstitutionFact(3, "PUCP", "Pontificia Universidad Catolica del Peru", "PE"),
                    new InstitutionFact(4, "KU", "Kenyatta University", "KE")));

    /**
     * Kenya 1 of 2 (50 %), Uganda 1 of 8 (12.5 %), Peru 3 of 4 (75 %); an uncounted row and another measure's row
     * that must be ignored. Tanzania and Kenyatta University have nothing.
     */
    private static final List<Counted> SHARES = List.of(
            counted("SHARE", "KE", 1L, null, "1", "2", true),
            counted("SHARE", "UG", 2L, null, "1", "8", true),
            counted("SHARE", "PE", 3L, null, "3", "4", true),
            counted("SHARE", "KE", 1L, null, "5", "5", false),
            counted("OTHER", "TZ", 4L, "X", "100", "100", true));

    private static final Set<Dimension> BY_PLACE = EnumSet.of(Dimension.REGION, Dimension.LDC, Dimension.PROGRAMME,
            Dimension.COUNTRY, Dimension.INSTITUTION);

    // figure --------------------------------------------------------------------------------------------------------

    @Test
    void aSumAddsTheNumeratorsOfTheCountedRowsOnly() {
        Figure figure = Rollup.figure(TRAINED, List.of(
                counted("TRAINED", "KE", 1L, "F", "1", null, true),
                counted("TRAINED", "KE", 1L, "M", "2.5", null, true),
                counted("TRAINED", "KE", 1L, "M", "10", "3", false)));

        assertThat(figure.numerator()).isEqualByComparingTo("3.5");
        assertThat(figure.denominator()).isNull();
        assertThat(figure.value()).isEqualByComparingTo("3.5");
        assertThat(figure.records()).isEqualTo(2);
    }

    @Test
    void aSumOfNothingIsZero() {
        Figure figure = Rollup.figure(TRAINED, List.of());

        assertThat(figure.numerator()).isEqualByComparingTo("0");
        assertThat(figure.denominator()).isNull();
        assertThat(figure.value()).isEqualByComparingTo("0");
        assertThat(figure.records()).isZero();
    }

    @Test
    void aRatioIsTheSummedNumeratorsOverTheSummedDenominatorsTimesTheFactorToTwoPlaces() {
        Figure figure = Rollup.figure(SHARE, List.of(
                counted("SHARE", "KE", 1L, null, "1", "4", true),
                counted("SHARE", "KE", 1L, null, "2", null, true),
                counted("SHARE", "KE", 1L, null, "0", "3", true),
                counted("SHARE", "KE", 1L, null, "5", "5", false)));

        assertThat(figure.numerator()).isEqualByComparingTo("3");
        assertThat(figure.denominator()).isEqualByComparingTo("7");
        assertThat(figure.value()).isEqualByComparingTo("42.86");
        assertThat(figure.value().scale()).isEqualTo(2);
        assertThat(figure.records()).isEqualTo(3);
    }

    @Test
    void aRatioIsRoundedHalfUp() {
        Measure plain = new Measure("R", "r", "ratio", Aggregation.RATIO, BigDecimal.ONE);

        Figure figure = Rollup.figure(plain, List.of(counted("R", "KE", 1L, null, "1", "8", true)));

        assertThat(figure.value()).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void aRatioIsScaledByItsFactor() {
        Measure perTenMillion = new Measure("PER_10M_RESEARCH", "per 10M", "per USD 10M", Aggregation.RATIO,
                new BigDecimal("10000000"));

        Figure figure = Rollup.figure(perTenMillion, List.of(
                counted("PER_10M_RESEARCH", "KE", 1L, null, "0", "7700000.00", true),
                counted("PER_10M_RESEARCH", "KE", 1L, null, "1", "0", true),
                counted("PER_10M_RESEARCH", "KE", 1L, null, "1", "0", true)));

        assertThat(figure.value()).isEqualByComparingTo("2.60");
    }

    @Test
    void aRatioOverAZeroDenominatorHasNoValue() {
        Figure figure = Rollup.figure(SHARE, List.of(counted("SHARE", "KE", 1L, null, "2", "0", true),
                counted("SHARE", "KE", 1L, null, "1", "6", false)));

        assertThat(figure.numerator()).isEqualByComparingTo("2");
        assertThat(figure.denominator()).isEqualByComparingTo("0");
        assertThat(figure.value()).isNull();
        assertThat(figure.records()).isEqualTo(1);
    }

    @Test
    void aRatioOfNothingIsZeroOverZeroWithoutValue() {
        Figure figure = Rollup.figure(SHARE, List.of());

        assertThat(figure.numerator()).isEqualByComparingTo("0");
        assertThat(figure.denominator()).isEqualByComparingTo("0");
        assertThat(figure.value()).isNull();
        assertThat(figure.records()).isZero();
    }

    // measure -------------------------------------------------------------------------------------------------------

    @Test
    void theTotalIsTheFigureOfTheMeasuresRowsOnly() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertThat(figures.measure()).isSameAs(SHARE);
        assertThat(figures.total().dimension()).isNull();
        assertThat(figures.total().key()).isEqualTo("*");
        assertThat(figures.total().label()).isEqualTo("All");
        assertFigure(figures.total().figure(), "5", "14", "35.71", 3);
    }

    @Test
    void theSlicesFollowTheDimensionsInOrderWithEveryKeyOfTheScopeSorted() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertThat(figures.slices()).extracting(Slice::dimension, Slice::key, Slice::label).containsExactly(
                tuple(Dimension.REGION, "AFRICA", "AFRICA"),
                tuple(Dimension.REGION, "LATIN_AMERICA_AND_THE_CARIBBEAN", "LATIN_AMERICA_AND_THE_CARIBBEAN"),
                tuple(Dimension.LDC, "false", "not LDC"),
                tuple(Dimension.LDC, "true", "LDC"),
                tuple(Dimension.PROGRAMME, "10", "Programme 10"),
                tuple(Dimension.PROGRAMME, "9", "Programme 9"),
                tuple(Dimension.COUNTRY, "KE", "Kenya"),
                tuple(Dimension.COUNTRY, "PE", "Peru"),
                tuple(Dimension.COUNTRY, "TZ", "Tanzania"),
                tuple(Dimension.COUNTRY, "UG", "Uganda"),
                tuple(Dimension.INSTITUTION, "KU", "Kenyatta University"),
                tuple(Dimension.INSTITUTION, "MAK", "Makerere University"),
                tuple(Dimension.INSTITUTION, "PUCP", "Pontificia Universidad Catolica del Peru"),
                tuple(Dimension.INSTITUTION, "UON", "University of Nairobi"));
    }

    @Test
    void aRegionsRatioIsItsCountriesSummedNumeratorsOverSummedDenominatorsNotTheAverageOfTheirRatios() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        // Kenya 50 % and Uganda 12.5 % average 31.25 %; together they are 2 of 10.
        assertFigure(slice(figures, Dimension.REGION, "AFRICA"), "2", "10", "20.00", 2);
        assertFigure(slice(figures, Dimension.REGION, "LATIN_AMERICA_AND_THE_CARIBBEAN"), "3", "4", "75.00", 1);
    }

    @Test
    void theLdcSlicesPoolTheirCountries() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertFigure(slice(figures, Dimension.LDC, "false"), "4", "6", "66.67", 2);
        assertFigure(slice(figures, Dimension.LDC, "true"), "1", "8", "12.50", 1);
    }

    @Test
    void theProgrammeSlicesPoolTheirCountries() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertFigure(slice(figures, Dimension.PROGRAMME, "10"), "4", "12", "33.33", 2);
        assertFigure(slice(figures, Dimension.PROGRAMME, "9"), "1", "2", "50.00", 1);
    }

    @Test
    void aCountryInScopeWithoutRowsHasAZeroSlice() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertFigure(slice(figures, Dimension.COUNTRY, "KE"), "1", "2", "50.00", 1);
        assertFigure(slice(figures, Dimension.COUNTRY, "PE"), "3", "4", "75.00", 1);
        assertFigure(slice(figures, Dimension.COUNTRY, "UG"), "1", "8", "12.50", 1);
        Figure tanzania = slice(figures, Dimension.COUNTRY, "TZ");
        assertThat(tanzania.numerator()).isEqualByComparingTo("0");
        assertThat(tanzania.denominator()).isEqualByComparingTo("0");
        assertThat(tanzania.value()).isNull();
        assertThat(tanzania.records()).isZero();
    }

    @Test
    void anInstitutionInScopeWithoutRowsHasAZeroSlice() {
        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), SHARE, SHARES, SCOPE);

        assertFigure(slice(figures, Dimension.INSTITUTION, "UON"), "1", "2", "50.00", 1);
        assertFigure(slice(figures, Dimension.INSTITUTION, "MAK"), "1", "8", "12.50", 1);
        assertFigure(slice(figures, Dimension.INSTITUTION, "PUCP"), "3", "4", "75.00", 1);
        Figure kenyatta = slice(figures, Dimension.INSTITUTION, "KU");
        assertThat(kenyatta.numerator()).isEqualByComparingTo("0");
        assertThat(kenyatta.value()).isNull();
        assertThat(kenyatta.records()).isZero();
    }

    @Test
    void onlyTheIndicatorsDimensionsAreSliced() {
        assertThat(Rollup.measure(definition(Set.of(Dimension.COUNTRY)), SHARE, SHARES, SCOPE).slices())
                .extracting(Slice::dimension).containsOnly(Dimension.COUNTRY).hasSize(4);
        assertThat(Rollup.measure(definition(Set.of()), SHARE, SHARES, SCOPE).slices()).isEmpty();
    }

    @Test
    void sexSlicesAreOnlyThoseOfTheMeasuresRowsAndAddUp() {
        List<Counted> rows = List.of(
                counted("TRAINED", "KE", 1L, "F", "12", null, true),
                counted("TRAINED", "KE", 1L, "M", "3", null, true),
                counted("TRAINED", "UG", 2L, "F", "5", null, true),
                counted("TRAINED", "PE", null, null, "2", null, true),
                counted("SATISFIED", "KE", 1L, "X", "1", "1", true));

        MeasureFigures figures = Rollup.measure(definition(Set.of(Dimension.SEX)), TRAINED, rows, SCOPE);

        assertThat(figures.slices()).extracting(Slice::key, Slice::label).containsExactly(tuple("F", "F"),
                tuple("M", "M"));
        assertThat(slice(figures, Dimension.SEX, "F").value()).isEqualByComparingTo("17");
        assertThat(slice(figures, Dimension.SEX, "F").records()).isEqualTo(2);
        assertThat(slice(figures, Dimension.SEX, "M").value()).isEqualByComparingTo("3");
        assertThat(figures.total().figure().value()).isEqualByComparingTo("22");
        assertThat(figures.total().figure().records()).isEqualTo(4);
        assertThat(figures.total().figure().denominator()).isNull();
    }

    @Test
    void aSumIsSlicedByPlaceToo() {
        List<Counted> rows = List.of(
                counted("TRAINED", "KE", 1L, "F", "12", null, true),
                counted("TRAINED", "KE", 4L, "M", "3", null, true),
                counted("TRAINED", "UG", 2L, "F", "5", null, true));

        MeasureFigures figures = Rollup.measure(definition(BY_PLACE), TRAINED, rows, SCOPE);

        assertThat(slice(figures, Dimension.COUNTRY, "KE").value()).isEqualByComparingTo("15");
        assertThat(slice(figures, Dimension.REGION, "AFRICA").value()).isEqualByComparingTo("20");
        assertThat(slice(figures, Dimension.REGION, "LATIN_AMERICA_AND_THE_CARIBBEAN").value())
                .isEqualByComparingTo("0");
        assertThat(slice(figures, Dimension.INSTITUTION, "KU").value()).isEqualByComparingTo("3");
    }

    // belongsTo -----------------------------------------------------------------------------------------------------

    @Test
    void aRecordBelongsToTheSliceOfItsCountry() {
        Predicate<Counted> kenya = Rollup.belongsTo(Dimension.COUNTRY, "KE", SCOPE);

        assertThat(kenya.test(counted("M", "KE", 1L, null, "1", null, true))).isTrue();
        assertThat(kenya.test(counted("M", "UG", 2L, null, "1", null, true))).isFalse();
        assertThat(kenya.test(counted("M", null, 99L, null, "1", null, true))).isFalse();
    }

    @Test
    void aRecordBelongsToTheSliceOfItsInstitutionByCode() {
        Predicate<Counted> nairobi = Rollup.belongsTo(Dimension.INSTITUTION, "UON", SCOPE);

        assertThat(nairobi.test(counted("M", "KE", 1L, null, "1", null, true))).isTrue();
        assertThat(nairobi.test(counted("M", "KE", 4L, null, "1", null, true))).isFalse();
        assertThat(nairobi.test(counted("M", "KE", null, null, "1", null, true))).isFalse();
        assertThat(nairobi.test(counted("M", "KE", 99L, null, "1", null, true))).isFalse();
    }

    @Test
    void aRecordBelongsToTheRegionOfItsCountryInScope() {
        Predicate<Counted> africa = Rollup.belongsTo(Dimension.REGION, "AFRICA", SCOPE);

        assertThat(africa.test(counted("M", "UG", 2L, null, "1", null, true))).isTrue();
        assertThat(africa.test(counted("M", "PE", 3L, null, "1", null, true))).isFalse();
        assertThat(africa.test(counted("M", "NG", 5L, null, "1", null, true))).isFalse();
        assertThat(africa.test(counted("M", null, null, null, "1", null, true))).isFalse();
    }

    @Test
    void aRecordBelongsToTheLdcSliceOfItsCountry() {
        Predicate<Counted> ldc = Rollup.belongsTo(Dimension.LDC, "true", SCOPE);
        Predicate<Counted> notLdc = Rollup.belongsTo(Dimension.LDC, "false", SCOPE);

        assertThat(ldc.test(counted("M", "UG", 2L, null, "1", null, true))).isTrue();
        assertThat(ldc.test(counted("M", "KE", 1L, null, "1", null, true))).isFalse();
        assertThat(notLdc.test(counted("M", "KE", 1L, null, "1", null, true))).isTrue();
        assertThat(notLdc.test(counted("M", "NG", 5L, null, "1", null, true))).isFalse();
    }

    @Test
    void aRecordBelongsToTheProgrammeOfItsCountry() {
        Predicate<Counted> nine = Rollup.belongsTo(Dimension.PROGRAMME, "9", SCOPE);

        assertThat(nine.test(counted("M", "KE", 1L, null, "1", null, true))).isTrue();
        assertThat(nine.test(counted("M", "PE", 3L, null, "1", null, true))).isFalse();
        assertThat(nine.test(counted("M", "NG", 5L, null, "1", null, true))).isFalse();
        assertThat(Rollup.belongsTo(Dimension.PROGRAMME, "10", SCOPE)
                .test(counted("M", "PE", 3L, null, "1", null, true))).isTrue();
    }

    @Test
    void aRecordBelongsToTheSliceOfItsSex() {
        Predicate<Counted> women = Rollup.belongsTo(Dimension.SEX, "F", SCOPE);

        assertThat(women.test(counted("M", "KE", 1L, "F", "1", null, true))).isTrue();
        assertThat(women.test(counted("M", "KE", 1L, "M", "1", null, true))).isFalse();
        assertThat(women.test(counted("M", "KE", 1L, null, "1", null, true))).isFalse();
    }

    // helpers -------------------------------------------------------------------------------------------------------

    private static IndicatorDefinition definition(Set<Dimension> disaggregations) {
        return new IndicatorDefinition("TEST", 1, 1, "Test indicator", Method.COMPUTED, Set.of("ER1"),
                Set.of(9, 10), disaggregations, List.of(SHARE, TRAINED));
    }

    private static Counted counted(String measure, String country, Long institution, String sex, String numerator,
            String denominator, boolean counted) {
        return new Counted(measure, country, institution, sex, new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                new Row("ENTRY", 1, "test row", null, null, null, null, counted, counted ? "counted" : "not counted"));
    }

    private static Figure slice(MeasureFigures figures, Dimension dimension, String key) {
        return figures.slices().stream().filter(s -> s.dimension() == dimension && s.key().equals(key))
                .map(Slice::figure).findFirst().orElseThrow(() -> new AssertionError("no slice " + dimension + " "
                        + key));
    }

    private static void assertFigure(Figure figure, String numerator, String denominator, String value,
            int records) {
        assertThat(figure.numerator()).isEqualByComparingTo(numerator);
        assertThat(figure.denominator()).isEqualByComparingTo(denominator);
        assertThat(figure.value()).isEqualByComparingTo(value);
        assertThat(figure.records()).isEqualTo(records);
    }
}
