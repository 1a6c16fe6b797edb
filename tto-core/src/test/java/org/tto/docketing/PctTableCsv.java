package org.tto.docketing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked-in copy of the PCT national-phase table ({@code docketing/pct-national-phase.csv}) that the V004
 * migration was written from, so tests can hold the database and the preview to it. Shipped in the test-jar.
 */
public final class PctTableCsv {

    public static final String RESOURCE = "/docketing/pct-national-phase.csv";

    private PctTableCsv() {}

    public static List<Row> rows() {
        try (InputStream in = PctTableCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return records.subList(1, records.size()).stream().map(Row::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: fields separated by commas, optionally quoted, a quote inside a quoted field doubled. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    /**
     * One office: where its figures come from; the regional route (and a second one) of a state whose national route
     * is closed, which has no months of its own; else months from the priority date under Chapter I and II, and the
     * longer limit on a fee or request if any, in months and days.
     */
    public record Row(String office, String name, String provenance, String regionalRoute, String alternativeRoute,
            Integer chapterI, Integer chapterII, Integer extended, Integer extendedDays, String extendedCondition,
            String source) {

        static Row of(List<String> fields) {
            if (fields.size() != 11) {
                throw new IllegalStateException("expected 11 fields, got " + fields);
            }
            return new Row(fields.get(0), fields.get(1), fields.get(2), text(fields.get(3)), text(fields.get(4)),
                    number(fields.get(5)), number(fields.get(6)), number(fields.get(7)), number(fields.get(8)),
                    fields.get(9), fields.get(10));
        }

        private static String text(String field) {
            return field.isEmpty() ? null : field;
        }

        private static Integer number(String field) {
            return field.isEmpty() ? null : Integer.valueOf(field);
        }

        public boolean nationalRouteClosed() {
            return regionalRoute != null;
        }

        public boolean confirmed() {
            return !"PCT_DEFAULT_UNCONFIRMED".equals(provenance);
        }

        /** The months under that chapter; for a closed national route, those of its regional office's row. */
        public int months(PctChapter chapter) {
            Row own = nationalRouteClosed() ? byOffice(regionalRoute) : this;
            return chapter == PctChapter.I ? own.chapterI : own.chapterII;
        }

        /** The row of the office actually entered: this one, or its regional office's. */
        public Row route() {
            return nationalRouteClosed() ? byOffice(regionalRoute) : this;
        }
    }

    public static Row byOffice(String office) {
        return rows().stream().filter(row -> row.office().equals(office)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(office + " is not in " + RESOURCE));
    }
}
