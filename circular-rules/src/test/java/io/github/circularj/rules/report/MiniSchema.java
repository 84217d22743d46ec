package io.github.circularj.rules.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a parsed JSON value against the subset of JSON Schema 2020-12 that docs/report-schema.json
 * uses: {@code $ref} to {@code #/$defs/...}, {@code type} (a name or a list), {@code properties},
 * {@code required}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code const},
 * {@code minimum}, {@code pattern}, {@code oneOf}. Any other keyword fails, so the schema cannot quietly
 * outgrow this checker.
 */
final class MiniSchema {

    private static final List<String> KNOWN = List.of("$schema", "$id", "$ref", "$defs", "title", "description",
            "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum", "pattern",
            "oneOf");

    private final Map<String, Object> root;

    MiniSchema(Map<String, Object> root) {
        this.root = root;
    }

    /** Returns the violations, empty if the value is valid. */
    List<String> validate(Object value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object value, String path, List<String> errors) {
        for (String key : schema.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalStateException("schema keyword " + key + " is not supported by MiniSchema");
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            String name = ref.substring("#/$defs/".length());
            Map<String, Object> defs = (Map<String, Object>) root.get("$defs");
            check((Map<String, Object>) defs.get(name), value, path, errors);
        }
        if (schema.containsKey("type")) {
            Object type = schema.get("type");
            List<Object> types = type instanceof List<?> list ? (List<Object>) list : List.of(type);
            if (types.stream().noneMatch(t -> hasType(value, (String) t))) {
                errors.add(path + ": " + value + " is not of type " + types);
                return;
            }
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)
                && !(value instanceof BigDecimal n && schema.get("const") instanceof BigDecimal c && n.compareTo(c) == 0)) {
            errors.add(path + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.containsKey("minimum") && value instanceof BigDecimal n
                && n.compareTo((BigDecimal) schema.get("minimum")) < 0) {
            errors.add(path + ": " + n + " is below " + schema.get("minimum"));
        }
        if (schema.containsKey("pattern") && value instanceof String s
                && !Pattern.compile((String) schema.get("pattern")).matcher(s).find()) {
            errors.add(path + ": \"" + s + "\" does not match " + schema.get("pattern"));
        }
        if (schema.containsKey("oneOf")) {
            int matches = 0;
            for (Object option : (List<Object>) schema.get("oneOf")) {
                if (new MiniSchema(root).checkAgainst((Map<String, Object>) option, value, path).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf, not exactly one");
            }
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(required)) {
                    errors.add(path + ": missing " + required);
                }
            }
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String key = (String) entry.getKey();
                if (properties.containsKey(key)) {
                    check((Map<String, Object>) properties.get(key), entry.getValue(), path + "." + key, errors);
                } else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                    errors.add(path + ": unexpected property " + key);
                }
            }
        }
        if (value instanceof List<?> list && schema.containsKey("items")) {
            for (int i = 0; i < list.size(); i++) {
                check((Map<String, Object>) schema.get("items"), list.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private List<String> checkAgainst(Map<String, Object> schema, Object value, String path) {
        List<String> errors = new ArrayList<>();
        check(schema, value, path, errors);
        return errors;
    }

    private static boolean hasType(Object value, String type) {
        switch (type) {
            case "object":
                return value instanceof Map;
            case "array":
                return value instanceof List;
            case "string":
                return value instanceof String;
            case "boolean":
                return value instanceof Boolean;
            case "null":
                return value == MiniJson.NULL;
            case "number":
                return value instanceof BigDecimal;
            case "integer":
                return value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0;
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }
}
