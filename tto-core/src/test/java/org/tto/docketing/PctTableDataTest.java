package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The test CSV the migrations are held to ({@link PctTableCsv}) against the source data it was written from, copied
 * into the test resources: the L..Z table ({@code pct-time-limits-L-Z.tsv}) and WIPO's guide passage of every office
 * ({@code pct-time-limits-eguide-passages.txt}), for both halves of the table.
 */
class PctTableDataTest {

    private static final Pattern LIMIT = Pattern.compile("Under PCT Article (22|39)\\([^:]*:\\s*(\\d+) months");
    private static final Set<String> NOT_AN_OFFICE_OF_THE_TABLE = Set.of("IB", "XN", "XV");

    private final Map<String, PctTableCsv.Row> csv = PctTableCsv.rows().stream()
            .collect(Collectors.toMap(PctTableCsv.Row::office, row -> row, (a, b) -> a, LinkedHashMap::new));

    @Test
    void everyOfficeOfTheLToZDataIsInTheCsvWithItsFigures() {
        List<String[]> tsv = tsv();
        SoftAssertions softly = new SoftAssertions();
        for (String[] line : tsv) {
            String office = line[0];
            PctTableCsv.Row row = csv.get(office);
            softly.assertThat(row).as(office).isNotNull();
            if (row == null) {
                continue;
            }
            softly.assertThat(row.name()).as(office).isEqualTo(line[1]);
            softly.assertThat(row.chapterI()).as(office).isEqualTo(number(line[2]));
            softly.assertThat(row.chapterII()).as(office).isEqualTo(number(line[3]));
            softly.assertThat(row.provenance()).as(office)
                    .isEqualTo(line[7].equals("low") ? "PCT_DEFAULT_UNCONFIRMED" : "WIPO_GUIDE");
            boolean closed = line[2].isEmpty();
            softly.assertThat(row.nationalRouteClosed()).as(office).isEqualTo(closed);
            if (closed) {
                Matcher via = Pattern.compile("protection only via (\\w\\w)").matcher(line[8]);
                softly.assertThat(via.find()).as(office).isTrue();
                softly.assertThat(line[8].substring(via.start())).as(office).contains(row.regionalRoute());
            }
            if (line[4].isEmpty()) {
                softly.assertThat(row.extended()).as(office).isNull();
            } else if (line[5].contains("30 days")) {
                softly.assertThat(row.extended()).as(office).isEqualTo(row.chapterI());
                softly.assertThat(row.extendedDays()).as(office).isEqualTo(30);
            } else {
                softly.assertThat(row.extended()).as(office).isEqualTo(number(line[4]));
                softly.assertThat(row.extendedDays()).as(office).isZero();
            }
        }
        softly.assertThat(csv.keySet().stream().filter(code -> code.compareTo("LA") >= 0).toList())
                .as("the CSV's L..Z offices").containsExactlyElementsOf(tsv.stream().map(l -> l[0]).toList());
        softly.assertAll();
    }

    @Test
    void everyOfficeOfBothHalvesAgreesWithItsPassageInWiposGuide() {
        Map<String, String> passages = passages();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(csv.keySet()).as("every office of the guide is in the CSV and no other")
                .containsExactlyInAnyOrderElementsOf(passages.keySet().stream()
                        .filter(code -> !NOT_AN_OFFICE_OF_THE_TABLE.contains(code)).toList());
        for (PctTableCsv.Row row : csv.values()) {
            String passage = passages.getOrDefault(row.office(), "");
            if (row.nationalRouteClosed()) {
                softly.assertThat(passage).as(row.office()).contains("The Office closed the national route");
                softly.assertThat(passage.toUpperCase()).as(row.office())
                        .contains("(" + (row.office().equals("LI") ? row.alternativeRoute() : row.regionalRoute())
                                + ")");
            } else if (!row.confirmed()) {
                softly.assertThat(passage).as(row.office()).contains("Information not yet available");
                softly.assertThat(List.of(row.chapterI(), row.chapterII())).as(row.office()).containsOnly(30);
            } else if (row.provenance().equals("WIPO_TABLE") && passage.contains("Information not yet available")) {
                // DM, GD: WIPO's table gives the figure the guide does not yet; the table is the source
                softly.assertThat(row.source()).as(row.office()).startsWith("W1 ");
            } else {
                Map<String, Integer> limits = new LinkedHashMap<>();
                Matcher limit = LIMIT.matcher(passage);
                while (limit.find()) {
                    limits.put(limit.group(1), Integer.valueOf(limit.group(2)));
                }
                softly.assertThat(limits).as(row.office()).containsEntry("22", row.chapterI())
                        .containsEntry("39", row.chapterII());
            }
        }
        softly.assertAll();
    }

    private static Integer number(String field) {
        return field.isEmpty() ? null : Integer.valueOf(field);
    }

    private static List<String[]> tsv() {
        String[] lines = read("/docketing/pct-time-limits-L-Z.tsv").split("\n");
        return Arrays.stream(lines).skip(1).filter(line -> !line.isBlank())
                .map(line -> line.replace("\r", "").split("\t", -1)).toList();
    }

    /** Each office's block of the guide passages file, from its "=== XX |" line to the next. */
    private static Map<String, String> passages() {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (String block : read("/docketing/pct-time-limits-eguide-passages.txt").split("\n(?==== )")) {
            if (block.startsWith("=== ")) {
                blocks.put(block.substring(4, 6), block);
            }
        }
        return blocks;
    }

    private static String read(String resource) {
        try (InputStream in = PctTableDataTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
