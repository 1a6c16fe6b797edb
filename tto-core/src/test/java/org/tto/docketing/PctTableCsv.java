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

    /** One office: months from the priority date under Chapter I and II, and the longer limit if any. */
    public record Row(String office, String name, int chapterI, int chapterII, Integer extended,
            String extendedCondition, String source) {

        static Row of(List<String> fields) {
            if (fields.size() != 7) {
                throw new IllegalStateException("expected 7 fields, got " + fields);
            }
            return new Row(fields.get(0), fields.get(1), Integer.parseInt(fields.get(2)),
                    Integer.parseInt(fields.get(3)), fields.get(4).isEmpty() ? null : Integer.parseInt(fields.get(4)),
                    fields.get(5), fields.get(6));
        }

        public int months(PctChapter chapter) {
            return chapter == PctChapter.I ? chapterI : chapterII;
        }
    }
}
