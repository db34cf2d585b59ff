package org.sublattice.plugin.eam;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.InvalidInputException;

/**
 * A YAML value with the line it starts on, read with Jackson's streaming parser, so that errors in
 * model files name file and line. Values are mappings, lists, numbers, strings or booleans.
 *
 * @param value {@code Map<String, YamlNode>}, {@code List<YamlNode>}, Double, String or Boolean
 * @param line 1-based line
 * @param source the file, for messages
 * @param path the key path, for messages
 */
record YamlNode(Object value, int line, String source, String path) {

    static YamlNode parse(String text, String source) {
        try (JsonParser p = new YAMLFactory().createParser(new StringReader(text))) {
            if (p.nextToken() == null) {
                throw new InvalidInputException(source + ": the model file is empty");
            }
            return read(p, source, "");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ":" + e.getLocation().getLineNr() + ": malformed YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static YamlNode read(JsonParser p, String source, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (m.put(key, read(p, source, path.isEmpty() ? key : path + "." + key)) != null) {
                        throw new InvalidInputException(source + ":" + keyLine + ": duplicate key '" + key + "'");
                    }
                }
                return new YamlNode(m, line, source, path);
            }
            case START_ARRAY: {
                List<YamlNode> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(p, source, path + "[" + l.size() + "]"));
                }
                return new YamlNode(l, line, source, path);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode(p.getDoubleValue(), line, source, path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode(p.getBooleanValue(), line, source, path);
            case VALUE_NULL:
                return new YamlNode(null, line, source, path);
            default:
                return new YamlNode(p.getText(), line, source, path);
        }
    }

    InvalidInputException error(String message) {
        return new InvalidInputException(source + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map(Set<String> allowed) {
        if (!(value instanceof Map)) {
            throw error("expected a mapping");
        }
        Map<String, YamlNode> m = (Map<String, YamlNode>) value;
        for (Map.Entry<String, YamlNode> e : m.entrySet()) {
            if (allowed != null && !allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "'; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        if (!(value instanceof List)) {
            throw error("expected a list");
        }
        return (List<YamlNode>) value;
    }

    double number() {
        if (!(value instanceof Double d)) {
            throw error("expected a number, found " + (value == null ? "nothing" : "'" + value + "'"));
        }
        return d;
    }

    String text() {
        if (value == null || value instanceof Map || value instanceof List) {
            throw error("expected a text value");
        }
        return value instanceof Double d && d == Math.rint(d) ? Long.toString((long) (double) d) : String.valueOf(value);
    }

    /** A required key of this mapping. */
    YamlNode get(String key) {
        @SuppressWarnings("unchecked")
        YamlNode v = value instanceof Map ? ((Map<String, YamlNode>) value).get(key) : null;
        if (v == null) {
            throw error("missing key '" + key + "'");
        }
        return v;
    }

    /** An optional number of this mapping. */
    double number(String key, double fallback) {
        @SuppressWarnings("unchecked")
        YamlNode v = value instanceof Map ? ((Map<String, YamlNode>) value).get(key) : null;
        return v == null ? fallback : v.number();
    }

    boolean has(String key) {
        return value instanceof Map<?, ?> m && m.containsKey(key);
    }

    /** A number that must be > 0. */
    double positive(String key) {
        YamlNode v = get(key);
        double x = v.number();
        if (!(x > 0)) {
            throw v.error("must be > 0, got " + x);
        }
        return x;
    }
}
