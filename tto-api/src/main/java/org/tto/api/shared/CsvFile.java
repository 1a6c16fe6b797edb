package org.tto.api.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the API hands out (Commons CSV, RFC 4180: a header line, CRLF, quotes where needed), with each text
 * value made safe for a spreadsheet: one that starts with =, +, - or @ (a formula to Excel or LibreOffice) gets a
 * leading apostrophe, unless it is a plain number such as -12.5.
 */
public final class CsvFile {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvFile() {}

    /** The file as UTF-8 bytes; a null value is an empty field. */
    public static byte[] of(List<String> header, Iterable<? extends List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(CsvFile::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A value a spreadsheet shows as text and never runs. */
    public static String safe(String value) {
        if (value == null || value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
