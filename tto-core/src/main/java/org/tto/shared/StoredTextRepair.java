package org.tto.shared;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Repairs text stored before the API refused control characters and broken Unicode (issue 19): a NUL, an ESC, a C1
 * control or a lone surrogate in a stored value made every JSON answer holding it unreadable to strict parsers. Once
 * per database, at start-up, every character column of the application's tables (not the engine's, not Flyway's, not
 * the sessions', and not the append-only audit log) is read and each value with such characters is rewritten without
 * them; line breaks and tabs are kept. What was changed is logged and kept in {@code data_repair}.
 */
@Component
public class StoredTextRepair {

    static final String NAME = "stored-text-control-characters";
    private static final Logger log = LoggerFactory.getLogger(StoredTextRepair.class);
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;

    public StoredTextRepair(DataSource dataSource, JdbcTemplate jdbc, Clock clock,
            @Value("${tto.repair.stored-text:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void repairOnce() {
        if (!enabled || jdbc.queryForObject("SELECT COUNT(*) FROM data_repair WHERE name = ?", Long.class, NAME) > 0) {
            return;
        }
        Map<String, Integer> repaired = run();
        String summary = repaired.isEmpty() ? "nothing to repair" : repaired.toString();
        try {
            jdbc.update("INSERT INTO data_repair (name, done_at, summary) VALUES (?, ?, ?)", NAME,
                    Timestamp.from(clock.instant()), summary.length() > 4000 ? summary.substring(0, 4000) : summary);
        } catch (DuplicateKeyException anotherNode) {
            return;
        }
        log.info("Stored text repair: {}", summary);
    }

    /** Repairs every stored value that needs it; answers the number of rows changed per table.column. */
    public Map<String, Integer> run() {
        Map<String, Integer> repaired = new LinkedHashMap<>();
        for (TableColumns table : textColumns()) {
            for (String column : table.columns()) {
                List<Object[]> fixes = new ArrayList<>();
                jdbc.query("SELECT " + table.key() + ", " + column + " FROM " + table.name() + " WHERE " + column
                        + " IS NOT NULL", row -> {
                            String value = row.getString(2);
                            String clean = clean(value);
                            if (!clean.equals(value)) {
                                fixes.add(new Object[] {clean, row.getObject(1)});
                            }
                        });
                for (Object[] fix : fixes) {
                    jdbc.update("UPDATE " + table.name() + " SET " + column + " = ? WHERE " + table.key() + " = ?",
                            fix);
                }
                if (!fixes.isEmpty()) {
                    repaired.put(table.name().toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT),
                            fixes.size());
                }
            }
        }
        return repaired;
    }

    /** The text without control characters (line breaks and tabs kept), lone surrogates and noncharacters. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r' || c == '\t') {
                clean.append(c);
            } else if (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                    && Character.getType(c) != Character.CONTROL) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private record TableColumns(String name, String key, List<String> columns) {}

    private List<TableColumns> textColumns() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            List<TableColumns> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!applicationTable(table)) {
                        continue;
                    }
                    List<String> keys = new ArrayList<>();
                    try (ResultSet key = meta.getPrimaryKeys(catalog, schema, table)) {
                        while (key.next()) {
                            keys.add(key.getString("COLUMN_NAME"));
                        }
                    }
                    List<String> columns = new ArrayList<>();
                    try (ResultSet column = meta.getColumns(catalog, schema, table, "%")) {
                        while (column.next()) {
                            if (TEXT_TYPES.contains(column.getInt("DATA_TYPE"))
                                    && !keys.contains(column.getString("COLUMN_NAME"))) {
                                columns.add(column.getString("COLUMN_NAME"));
                            }
                        }
                    }
                    if (keys.size() == 1 && !columns.isEmpty()) {
                        tables.add(new TableColumns(table, keys.get(0), columns));
                    } else if (!columns.isEmpty()) {
                        log.warn("Stored text repair skips {}: it has no single-column primary key", table);
                    }
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema for the stored text repair", e);
        }
    }

    private static boolean applicationTable(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return !name.startsWith("act_") && !name.startsWith("flyway_") && !name.startsWith("spring_session")
                && !name.equals("audit_log") && !name.equals("data_repair");
    }
}
