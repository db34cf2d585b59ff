package org.sublattice.core.yaml;

import com.fasterxml.jackson.core.JsonLocation;
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

/**
 * Reads YAML through Jackson's streaming YAML parser into a {@link YNode} tree that keeps the line
 * and column of every key and value (Jackson's own trees drop them). Duplicate keys are errors.
 * Thread-safe.
 */
public final class YamlReader {
    private final YAMLFactory factory = new YAMLFactory();

    /**
     * Parses one YAML document.
     *
     * @param text the document
     * @param source file name used in locations
     * @throws YamlSyntaxException on malformed YAML or a duplicate key
     */
    public YNode read(String text, String source) throws YamlSyntaxException {
        try (JsonParser p = factory.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YNode.YMap(Map.of(), Map.of(), new Location(source, 1, 1));
            }
            return value(p, source);
        } catch (JsonProcessingException e) {
            throw new YamlSyntaxException(loc(e.getLocation(), source), clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlSyntaxException(Location.of(source), e.getMessage());
        }
    }

    /** Parses a YAML flow value given on a command line or in an environment variable. */
    public YNode readValue(String text, String source) throws YamlSyntaxException {
        YNode n = read(text.isEmpty() ? "''" : text, source);
        return relocate(n, Location.of(source));
    }

    private static YNode relocate(YNode n, Location at) {
        if (n instanceof YNode.YScalar s) {
            return new YNode.YScalar(s.text(), s.type(), at);
        }
        if (n instanceof YNode.YList l) {
            return new YNode.YList(l.items().stream().map(i -> relocate(i, at)).toList(), at);
        }
        YNode.YMap m = (YNode.YMap) n;
        Map<String, YNode> e = new LinkedHashMap<>();
        Map<String, Location> k = new LinkedHashMap<>();
        m.entries().forEach((key, v) -> {
            e.put(key, relocate(v, at));
            k.put(key, at);
        });
        return new YNode.YMap(e, k, at);
    }

    private YNode value(JsonParser p, String source) throws IOException, YamlSyntaxException {
        JsonToken t = p.currentToken();
        Location at = loc(p.currentTokenLocation(), source);
        switch (t) {
            case START_OBJECT: {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = loc(p.currentTokenLocation(), source);
                    if (entries.containsKey(key)) {
                        throw new YamlSyntaxException(keyAt, "duplicate key '" + key + "' (first at line "
                                + keys.get(key).line() + ")");
                    }
                    p.nextToken();
                    entries.put(key, value(p, source));
                    keys.put(key, keyAt);
                }
                return new YNode.YMap(entries, keys, at);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, source));
                }
                return new YNode.YList(items, at);
            }
            case VALUE_STRING:
                return new YNode.YScalar(p.getText(), YNode.ScalarType.STRING, at);
            case VALUE_NUMBER_INT:
                return new YNode.YScalar(p.getText(), YNode.ScalarType.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new YNode.YScalar(p.getText(), YNode.ScalarType.FLOAT, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YNode.YScalar(p.getText(), YNode.ScalarType.BOOLEAN, at);
            case VALUE_NULL:
                return new YNode.YScalar("null", YNode.ScalarType.NULL, at);
            default:
                throw new YamlSyntaxException(at, "unexpected YAML token " + t);
        }
    }

    private static Location loc(JsonLocation l, String source) {
        if (l == null) {
            return Location.of(source);
        }
        return new Location(source, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
    }

    private static String clean(String message) {
        if (message == null) {
            return "malformed YAML";
        }
        // SnakeYAML messages repeat the location and quote the document; keep the first lines.
        String[] lines = message.strip().split("\n");
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            if (l.strip().startsWith("in 'reader'") || l.strip().startsWith("at [Source")) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(l.strip());
            if (b.length() > 200) {
                break;
            }
        }
        return b.toString();
    }
}
