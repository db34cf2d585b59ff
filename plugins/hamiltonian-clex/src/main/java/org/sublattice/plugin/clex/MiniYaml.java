package org.sublattice.plugin.clex;

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
import org.sublattice.api.InvalidInputException;

/**
 * Reads a YAML document into plain maps, lists, strings, numbers and booleans with Jackson's
 * streaming parser. Model files are small; the streaming parser keeps the object mapper (hundreds
 * of classes) off the start-up path.
 */
final class MiniYaml {
    private MiniYaml() {
    }

    static Object parse(String text, String source) {
        try (JsonParser p = new YAMLFactory().createParser(new StringReader(text))) {
            return p.nextToken() == null ? null : value(p, source);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("model " + source + ": malformed YAML at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException("model " + source + ": " + e.getMessage());
        }
    }

    private static Object value(JsonParser p, String source) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (m.put(key, value(p, source)) != null) {
                        throw new InvalidInputException("model " + source + ": duplicate key '" + key + "' at line " + line);
                    }
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p, source));
                }
                return l;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getBooleanValue();
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }
}
