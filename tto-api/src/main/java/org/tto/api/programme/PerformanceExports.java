package org.tto.api.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tto.api.shared.CsvFile;
import org.tto.programme.PerformanceReport.Line;
import org.tto.programme.PerformanceReport.Report;
import org.tto.programme.ProgrammeView.TargetValue;
import org.tto.shared.NotFoundException;

/**
 * The performance report as files: CSV (Commons CSV), an XLSX workbook (Apache POI) with the report and its method,
 * and IATI activity XML (version 2.03: one activity per programme and period, one result per expected result, one
 * indicator per measure with its baseline, and a period with its target and actual). The IATI organisation and
 * activity identifiers are configuration: {@code tto.iati.reporting-org-ref}, {@code tto.iati.reporting-org-type},
 * {@code tto.iati.reporting-org-name}.
 */
@Component
class PerformanceExports {

    static final List<String> COLUMNS = List.of("programme", "period_start", "period_end", "expected_result",
            "expected_result_title", "indicator_number", "indicator", "indicator_name", "definition_version",
            "measure", "measure_name", "unit", "baseline", "baseline_year", "target", "target_year", "performance",
            "numerator", "denominator", "records", "traffic_light", "assessment", "drill_down");

    private final String orgRef;
    private final String orgType;
    private final String orgName;
    private final Clock clock;

    PerformanceExports(@Value("${tto.iati.reporting-org-ref:XM-TTO-PROGRAMME}") String orgRef,
            @Value("${tto.iati.reporting-org-type:40}") String orgType,
            @Value("${tto.iati.reporting-org-name:WIPO TTO-creation programme}") String orgName, Clock clock) {
        this.orgRef = orgRef;
        this.orgType = orgType;
        this.orgName = orgName;
        this.clock = clock;
    }

    /** The report as a file to download: csv, xlsx or iati; another format is not found. */
    ResponseEntity<byte[]> download(Report report, String format) {
        String name = "programme-" + report.programme() + "-performance-" + report.from() + "-" + report.to();
        return switch (format) {
            case "csv" -> file(csv(report), "text/csv;charset=UTF-8", name + ".csv");
            case "xlsx" -> file(xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    name + ".xlsx");
            case "iati" -> file(iati(report), "application/xml", name + "-iati.xml");
            default -> throw new NotFoundException("report format", format);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    byte[] csv(Report report) {
        return CsvFile.of(COLUMNS, report.lines().stream().map(line -> values(report, line).values().stream()
                .map(value -> value == null ? null : value.toString()).toList()).toList());
    }

    byte[] xlsx(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Programme " + report.programme());
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Line line : report.lines()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (Object value : values(report, line).values()) {
                    if (value instanceof BigDecimal number) {
                        row.createCell(c++).setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        row.createCell(c++).setCellValue(number);
                    } else {
                        row.createCell(c++).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet method = workbook.createSheet("Method");
            method.createRow(0).createCell(0).setCellValue("Traffic lights");
            method.getRow(0).getCell(0).setCellStyle(bold);
            method.createRow(1).createCell(0).setCellValue(report.method());
            method.createRow(2).createCell(0).setCellValue("Countries: " + String.join(", ", report.countries()));
            method.createRow(3).createCell(0).setCellValue("Every figure is computed from the TTOs' records; "
                    + "the drill_down column gives the API path of the records behind it.");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] iati(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            String now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", now);
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("last-updated-datetime", now);
            xml.writeAttribute("default-currency", "USD");
            text(xml, "iati-identifier", orgRef + "-P" + report.programme() + "-" + report.from() + "-"
                    + report.to());
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", orgRef);
            xml.writeAttribute("type", orgType);
            narrative(xml, orgName);
            xml.writeEndElement();
            narrativeElement(xml, "title", "Programme " + report.programme() + ": technology-transfer offices, "
                    + report.from() + " to " + report.to());
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narrative(xml, "Results of programme " + report.programme() + " computed from the records of the "
                    + "technology-transfer offices in " + String.join(", ", report.countries()) + ". "
                    + report.method());
            xml.writeEndElement();
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", orgRef);
            xml.writeAttribute("role", "4");
            xml.writeAttribute("type", orgType);
            narrative(xml, orgName);
            xml.writeEndElement();
            empty(xml, "activity-status", Map.of("code", "2"));
            empty(xml, "activity-date", Map.of("type", "1", "iso-date", report.from().toString()));
            empty(xml, "activity-date", Map.of("type", "3", "iso-date", report.to().toString()));
            String result = null;
            for (Line line : report.lines()) {
                if (!line.expectedResult().equals(result)) {
                    if (result != null) {
                        xml.writeEndElement();
                    }
                    result = line.expectedResult();
                    xml.writeStartElement("result");
                    xml.writeAttribute("type", "2");
                    xml.writeAttribute("aggregation-status", "1");
                    narrativeElement(xml, "title", line.expectedResult() + " " + line.expectedResultTitle());
                }
                indicator(xml, report, line);
            }
            if (result != null) {
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI document could not be written", e);
        }
        return out.toByteArray();
    }

    private static void indicator(XMLStreamWriter xml, Report report, Line line) throws XMLStreamException {
        xml.writeStartElement("indicator");
        // IATI IndicatorMeasure: 1 unit, 2 percentage
        xml.writeAttribute("measure", "%".equals(line.unit()) ? "2" : "1");
        xml.writeAttribute("ascending", "1");
        xml.writeAttribute("aggregation-status", line.ratio() ? "0" : "1");
        narrativeElement(xml, "title", line.number() + ". " + line.indicatorName() + ": " + line.measureName()
                + " (" + line.unit() + ")");
        xml.writeStartElement("description");
        narrative(xml, line.assessment().light() + ": " + line.assessment().why() + ". Definition version "
                + line.version() + ", " + line.records() + " records counted.");
        xml.writeEndElement();
        if (line.baseline() != null) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", Integer.toString(line.baseline().year()));
            xml.writeAttribute("value", plain(line.baseline().value()));
            xml.writeEndElement();
        }
        xml.writeStartElement("period");
        empty(xml, "period-start", Map.of("iso-date", report.from().toString()));
        empty(xml, "period-end", Map.of("iso-date", report.to().toString()));
        if (line.target() != null) {
            empty(xml, "target", Map.of("value", plain(line.target().value())));
        }
        if (line.performance() != null) {
            empty(xml, "actual", Map.of("value", plain(line.performance())));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static Map<String, Object> values(Report report, Line line) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programme", report.programme());
        v.put("period_start", report.from().toString());
        v.put("period_end", report.to().toString());
        v.put("expected_result", line.expectedResult());
        v.put("expected_result_title", line.expectedResultTitle());
        v.put("indicator_number", line.number());
        v.put("indicator", line.indicator());
        v.put("indicator_name", line.indicatorName());
        v.put("definition_version", line.version());
        v.put("measure", line.measure());
        v.put("measure_name", line.measureName());
        v.put("unit", line.unit());
        v.put("baseline", value(line.baseline()));
        v.put("baseline_year", year(line.baseline()));
        v.put("target", value(line.target()));
        v.put("target_year", year(line.target()));
        v.put("performance", line.performance());
        v.put("numerator", line.numerator());
        v.put("denominator", line.denominator());
        v.put("records", line.records());
        v.put("traffic_light", line.assessment().light().name());
        v.put("assessment", line.assessment().why());
        v.put("drill_down", line.drillDown());
        return v;
    }

    private static BigDecimal value(TargetValue t) {
        return t == null ? null : t.value();
    }

    private static Integer year(TargetValue t) {
        return t == null ? null : t.year();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void narrativeElement(XMLStreamWriter xml, String element, String text)
            throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(xml, text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text);
    }

    private static void empty(XMLStreamWriter xml, String element, Map<String, String> attributes)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        for (var a : new java.util.TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
    }
}
