package org.tto.api.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Malformed requests generated from the served OpenAPI document (read with swagger's own model): for every operation a
 * well-formed request built from its schemas, then that request broken one way at a time — a field of the wrong type,
 * missing, null or extra, huge or invalid text, a numeric or out-of-range date, a number out of range, a bad path id,
 * a wrong content type, broken JSON — and sent twice where it was meant to be sent once.
 */
final class MalformedRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Writes every non-ASCII character as an escape, so lone surrogates go out as the JSON text {@code \\ud800}. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> BAD_TEXT = List.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "\u001b[31m",
            "\u007f", "\u0085", "\uffff", "line\nbreak", "\t");
    private static final List<JsonNode> BAD_DATES = List.of(NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(1_700_000_000_000L), NODES.textNode("-2023-01-01"), NODES.textNode("+2023-01-01"),
            NODES.textNode("0000-01-01"), NODES.textNode("1899-12-31"), NODES.textNode("9999-12-31"),
            NODES.textNode("2023-02-30"), NODES.textNode("2023-1-1"), NODES.textNode("20230101"),
            NODES.textNode("2023-01-01T00:00:00Z"), NODES.textNode(""), array(2023, 1, 1));
    private static final List<JsonNode> BAD_NUMBERS = List.of(NODES.numberNode(3.5), NODES.numberNode(-1),
            NODES.numberNode(2_147_483_648L), NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
            NODES.numberNode(new java.math.BigDecimal("1e308")), NODES.numberNode(new java.math.BigDecimal("-1e308")),
            NODES.numberNode(new java.math.BigDecimal("1.000000000001")), NODES.numberNode(1e-300),
            NODES.textNode("1e5"), NODES.textNode("NaN"), NODES.textNode("1"));
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e3",
            "%00", "%2e%2e%2f", "1;x=1", "%20", "9".repeat(3000), "%C0%80", "null", "true");
    private static final List<String> BAD_TYPES = List.of("application/json-patch+json",
            "application/merge-patch+json", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/octet-stream", "", "application/problem+json");

    /** One request: who sends it, what, and which way it is broken. */
    record Request(String user, String method, String path, String contentType, byte[] body, String kind,
            String operation) {}

    private final OpenAPI api;
    private final String institution;
    private final List<Request> requests = new ArrayList<>();
    private int serial;

    /** {@code institution}: the code the drill's users belong to, for the bodies that name one. */
    MalformedRequests(OpenAPI api, String institution) {
        this.api = api;
        this.institution = institution;
    }

    List<Request> generate() {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operation(path, method, operation)));
        return requests;
    }

    private void operation(String path, PathItem.HttpMethod method, Operation operation) {
        String name = method + " " + path;
        String user = userFor(path, method);
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
            Schema<?> schema = resolve(parameter.getSchema());
            // ids name nothing that exists: the drill never reaches into another test's records
            String value = "path".equals(parameter.getIn()) && "integer".equals(type(schema)) ? "999999"
                    : textOf(valid(schema, parameter.getName(), 0));
            if ("path".equals(parameter.getIn())) {
                pathValues.put(parameter.getName(), value);
            } else if ("query".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) {
                queryValues.put(parameter.getName(), value);
            }
        }
        Schema<?> bodySchema = bodySchema(operation);
        JsonNode body = bodySchema == null ? null : valid(bodySchema, "body", 0);
        String m = method.name();

        // the well-formed request, and the same again (a duplicate submission)
        add(user, m, url(path, pathValues, queryValues), body, "well-formed", name);
        add(user, m, url(path, pathValues, queryValues), body, "duplicate", name);
        // nobody, and somebody out of scope
        add(null, m, url(path, pathValues, queryValues), body, "anonymous", name);
        add("inventor-a".equals(user) ? "reviewer" : "inventor-a", m, url(path, pathValues, queryValues), body,
                "other-user", name);

        for (String parameter : pathValues.keySet()) {
            for (String bad : BAD_IDS) {
                Map<String, String> broken = new LinkedHashMap<>(pathValues);
                broken.put(parameter, bad);
                add(user, m, url(path, broken, queryValues), body, "path " + parameter, name);
            }
        }
        for (Parameter parameter : parameters) {
            if (!"query".equals(parameter.getIn())) {
                continue;
            }
            for (String bad : List.of("abc", "-1", "99999999999999999999", "3.5", "1899-12-31", "9999-12-31",
                    "-2023-01-01", "%00", "%C0%80", "x".repeat(5000), "", "%20ACCEPT")) {
                Map<String, String> broken = new LinkedHashMap<>(queryValues);
                broken.put(parameter.getName(), bad);
                add(user, m, url(path, pathValues, broken), body, "query " + parameter.getName(), name);
            }
        }
        if (body == null) {
            return;
        }
        String target = url(path, pathValues, queryValues);
        for (String type : BAD_TYPES) {
            requests.add(new Request(user, m, target, type, bytes(body), "content-type " + type, name));
        }
        requests.add(new Request(user, m, target, null, bytes(body), "no content-type", name));
        for (String raw : List.of("", "{", "{\"a\":", "[]", "null", "\"text\"", "1", "true", "{} {}", "{}}",
                "{\"a\":1,}", "{'a':1}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":" + "[".repeat(3000)
                        + "]".repeat(3000) + "}", "\uFEFF{}", "{\"\\ud800\":1}")) {
            requests.add(new Request(user, m, target, "application/json", raw.getBytes(StandardCharsets.UTF_8),
                    "broken json", name));
        }
        requests.add(new Request(user, m, target, "application/json", new byte[] {'{', '"', 't', '"', ':', '"',
            (byte) 0xC3, (byte) 0x28, '"', '}'}, "invalid utf-8", name));
        if (body.isObject()) {
            ObjectNode extra = body.deepCopy();
            extra.put("fuzzExtraField", 1);
            add(user, m, target, extra, "extra field", name);
            String first = body.fieldNames().hasNext() ? body.fieldNames().next() : "a";
            String duplicated = body.toString().replaceFirst("\\{", "{\"" + first + "\":null,");
            requests.add(new Request(user, m, target, "application/json", duplicated.getBytes(StandardCharsets.UTF_8),
                    "duplicate key", name));
            add(user, m, target, NODES.objectNode(), "empty object", name);
        }
        mutate(user, m, target, body, bodySchema, body, "", name, 0);
    }

    /** Breaks each field of {@code node} (under {@code root}) one way at a time, two levels deep. */
    private void mutate(String user, String method, String target, JsonNode root, Schema<?> schema, JsonNode node,
            String at, String name, int depth) {
        schema = resolve(schema);
        if (depth > 2 || schema == null) {
            return;
        }
        if (node.isObject() && schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                String field = property.getKey();
                Schema<?> fieldSchema = resolve(property.getValue());
                String path = at + "/" + field;
                add(user, method, target, without(root, at, field), "missing " + path, name);
                for (JsonNode bad : badValues(fieldSchema, node.get(field))) {
                    add(user, method, target, with(root, at, field, bad), "bad " + path, name);
                }
                JsonNode value = node.get(field);
                if (value != null && (value.isObject() || value.isArray())) {
                    mutate(user, method, target, root, fieldSchema, value, path, name, depth + 1);
                }
            }
        } else if (node.isArray() && node.size() > 0 && schema.getItems() != null) {
            Schema<?> items = resolve(schema.getItems());
            for (JsonNode bad : badValues(items, node.get(0))) {
                add(user, method, target, withElement(root, at, bad), "bad " + at + "/0", name);
            }
            add(user, method, target, withElement(root, at, NODES.nullNode()), "null element " + at, name);
            if (node.get(0).isObject()) {
                mutate(user, method, target, root, items, node.get(0), at + "/0", name, depth + 1);
            }
        }
    }

    private List<JsonNode> badValues(Schema<?> schema, JsonNode valid) {
        List<JsonNode> bad = new ArrayList<>();
        bad.add(NODES.nullNode());
        String type = type(schema);
        switch (type) {
            case "string" -> {
                bad.add(NODES.numberNode(123));
                bad.add(NODES.booleanNode(true));
                bad.add(NODES.objectNode());
                bad.add(array("x"));
                bad.add(NODES.textNode(HUGE));
                if ("date".equals(schema.getFormat())) {
                    bad.addAll(BAD_DATES);
                } else if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                    String value = String.valueOf(schema.getEnum().get(0));
                    bad.add(NODES.textNode(" " + value));
                    bad.add(NODES.textNode(value + " "));
                    bad.add(NODES.textNode(value.toLowerCase()));
                    bad.add(NODES.textNode("0"));
                    bad.add(NODES.numberNode(0));
                    bad.add(NODES.textNode(""));
                } else {
                    String base = valid != null && valid.isTextual() ? valid.asText() : "x";
                    for (String text : BAD_TEXT) {
                        bad.add(NODES.textNode(base + text));
                    }
                    bad.add(NODES.textNode(""));
                    bad.add(NODES.textNode("   "));
                }
            }
            case "integer", "number" -> {
                bad.addAll(BAD_NUMBERS);
                bad.add(NODES.booleanNode(true));
                bad.add(NODES.objectNode());
            }
            case "boolean" -> {
                bad.add(NODES.numberNode(1));
                bad.add(NODES.numberNode(123));
                bad.add(NODES.textNode("true"));
                bad.add(NODES.textNode("yes"));
                bad.add(NODES.textNode(""));
            }
            case "array" -> {
                bad.add(NODES.objectNode());
                bad.add(NODES.textNode("x"));
                bad.add(NODES.arrayNode());
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 300; i++) {
                    many.add(valid != null && valid.size() > 0 ? valid.get(0) : NODES.nullNode());
                }
                bad.add(many);
            }
            case "object" -> {
                bad.add(NODES.arrayNode());
                bad.add(NODES.numberNode(1));
                bad.add(NODES.textNode("x"));
                ObjectNode unknownKey = NODES.objectNode();
                unknownKey.put("NO_SUCH_KEY", 1);
                bad.add(unknownKey);
            }
            default -> bad.add(NODES.textNode(HUGE));
        }
        return bad;
    }

    /** A value its schema accepts, as far as the schema says. */
    private JsonNode valid(Schema<?> schema, String name, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 6) {
            return NODES.textNode("x");
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((field, fieldSchema) ->
                            object.set(field, valid(fieldSchema, field, depth + 1)));
                } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    object.set("NON_PROGRAMME_BUDGET_SHARE", valid(values, name, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(valid(schema.getItems(), name, depth + 1));
                return array;
            }
            case "integer" -> {
                long value = schema.getMinimum() == null ? 1 : Math.max(1, schema.getMinimum().longValue());
                return NODES.numberNode(schema.getMaximum() == null ? value
                        : Math.min(value, schema.getMaximum().longValue()));
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(text(schema, name));
            }
        }
    }

    private String text(Schema<?> schema, String name) {
        if ("date".equals(schema.getFormat())) {
            return LocalDate.now().toString();
        }
        if ("date-time".equals(schema.getFormat())) {
            return "2026-01-01T00:00:00Z";
        }
        if ("email".equals(schema.getFormat())) {
            return "fuzz@example.org";
        }
        String pattern = schema.getPattern() == null ? "" : schema.getPattern();
        return switch (pattern) {
            case "[A-Z]{3}" -> "USD";
            case "[A-Z]{2}" -> "KE";
            case "[A-Za-z]{2}" -> "EP";
            case "[A-Z0-9]{2,16}" -> "FZ" + (++serial);
            case "[a-z0-9][a-z0-9._-]{1,63}" -> "fuzz-" + (++serial);
            default -> switch (name) {
                case "institution" -> institution;
                case "office" -> "EP";
                case "taskId" -> "no-such-task";
                case "beneficiary" -> "INSTITUTION";
                default -> "Fuzz " + name;
            };
        };
    }

    private Schema<?> bodySchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : resolve(json.getSchema());
    }

    private Schema<?> resolve(Schema<?> schema) {
        int hops = 0;
        while (schema != null && schema.get$ref() != null && hops++ < 10) {
            String ref = schema.get$ref();
            schema = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            return types.iterator().next();
        }
        return schema.getProperties() != null ? "object" : "";
    }

    private static String userFor(String path, PathItem.HttpMethod method) {
        if (path.startsWith("/api/admin") || path.startsWith("/api/audit")) {
            return "admin";
        }
        if (path.startsWith("/api/plans") || path.startsWith("/api/checkpoints")) {
            return path.endsWith("/verdict") || path.endsWith("awaiting-verdict") ? "reviewer" : "coordinator-ke";
        }
        if (path.startsWith("/api/reports") || path.startsWith("/api/distribution-policies")
                || path.endsWith("agreement-approval")) {
            return "director-a";
        }
        if (path.equals("/api/disclosures") && method == PathItem.HttpMethod.POST) {
            return "inventor-a";
        }
        return "officer-a";
    }

    private void add(String user, String method, String target, JsonNode body, String kind, String operation) {
        requests.add(new Request(user, method, target, body == null ? null : "application/json",
                body == null ? null : bytes(body), kind, operation));
    }

    private static String url(String path, Map<String, String> pathValues, Map<String, String> queryValues) {
        String url = path;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder query = new StringBuilder();
        queryValues.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(value));
        return url + query;
    }

    private static String textOf(JsonNode value) {
        return value.isTextual() ? value.asText().replace(" ", "%20") : value.toString();
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode array(Object... values) {
        ArrayNode array = NODES.arrayNode();
        for (Object value : values) {
            array.add(value instanceof Integer i ? NODES.numberNode(i) : NODES.textNode(String.valueOf(value)));
        }
        return array;
    }

    private static JsonNode without(JsonNode root, String at, String field) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at.isEmpty() ? copy : copy.at(at);
        if (parent instanceof ObjectNode object) {
            object.remove(field);
        }
        return copy;
    }

    private static JsonNode with(JsonNode root, String at, String field, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at.isEmpty() ? copy : copy.at(at);
        if (parent instanceof ObjectNode object) {
            object.set(field, value);
        }
        return copy;
    }

    private static JsonNode withElement(JsonNode root, String at, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode array = copy.at(at);
        if (array instanceof ArrayNode elements && elements.size() > 0) {
            elements.set(0, value);
        }
        return copy;
    }
}
