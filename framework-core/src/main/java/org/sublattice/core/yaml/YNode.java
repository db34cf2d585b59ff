package org.sublattice.core.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the location it was read from. Immutable. */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    Location location();

    /** A short name of the node's kind for messages: mapping, list, string, number … */
    String kind();

    /** A mapping; keys keep their order and each remembers its own location. */
    record YMap(Map<String, YNode> entries, Map<String, Location> keyLocations, Location location) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        }

        public YNode get(String key) {
            return entries.get(key);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** A sequence. */
    record YList(List<YNode> items, Location location) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** A scalar with its YAML type as Jackson resolved it. */
    record YScalar(String text, ScalarType type, Location location) implements YNode {
        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "string";
                case INTEGER -> "integer";
                case FLOAT -> "number";
                case BOOLEAN -> "boolean";
                case NULL -> "null";
            };
        }

        /** Rendering of the value for messages. */
        public String display() {
            return type == ScalarType.STRING ? "'" + text + "'" : text;
        }
    }

    /** Scalar types. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
