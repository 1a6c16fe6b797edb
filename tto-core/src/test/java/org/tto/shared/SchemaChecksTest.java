package org.tto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.Obligation;
import org.tto.licensing.PathStage;
import org.tto.licensing.Prospect;
import org.tto.startup.StartupStatus;

/**
 * The CHECK constraints on the status columns (V021) list exactly the values of the Java enums the entities store
 * there: a constant added to an enum without its migration fails here, not in production on the first write.
 */
class SchemaChecksTest {

    private static final Pattern CHECK = Pattern.compile(
            "ALTER TABLE (\\w+) ADD CONSTRAINT \\w+ CHECK \\((\\w+) IN \\(([^)]*)\\)\\);");

    @Test
    void eachStatusCheckListsItsEnum() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("license_agreement.status", names(AgreementStatus.values()));
        expected.put("obligation.status", names(Obligation.Status.values()));
        expected.put("startup_company.status", names(StartupStatus.values()));
        expected.put("startup_status_change.status", names(StartupStatus.values()));
        expected.put("prospect.status", names(Prospect.Status.values()));
        expected.put("licensing_path.stage", names(PathStage.values()));

        Map<String, List<String>> checked = new LinkedHashMap<>();
        Matcher check = CHECK.matcher(migration("V021__schema_tidy_up.sql"));
        while (check.find()) {
            checked.put(check.group(1) + "." + check.group(2), Arrays.stream(check.group(3).split(","))
                    .map(value -> value.trim().replace("'", "")).toList());
        }
        assertThat(checked).isEqualTo(expected);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = SchemaChecksTest.class.getResourceAsStream("/db/migration/" + name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
