package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aFileReadsBackAsItWasWrittenWithItsHeader() throws IOException {
        byte[] file = CsvFile.of(List.of("name", "note"), List.of(
                List.of("plain", "a,b"), Arrays.asList("say \"hi\"", null), List.of("two\r\nlines", "Née à Dakar")));
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("name,note\r\n").endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("note")).isEqualTo("a,b");
        assertThat(records.get(1).get("name")).isEqualTo("say \"hi\"");
        assertThat(records.get(1).get("note")).isEmpty();
        assertThat(records.get(2).get("name")).isEqualTo("two\r\nlines");
        assertThat(records.get(2).get("note")).isEqualTo("Née à Dakar");
    }

    @Test
    void aFormulaIsNeutralisedAndANumberIsNot() {
        assertThat(CsvFile.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvFile.safe("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvFile.safe("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvFile.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFile.safe("-12.5")).isEqualTo("-12.5");
        assertThat(CsvFile.safe("+3")).isEqualTo("+3");
        assertThat(CsvFile.safe("1-2")).isEqualTo("1-2");
        assertThat(CsvFile.safe("")).isEmpty();
        assertThat(CsvFile.safe(null)).isNull();
    }
}
