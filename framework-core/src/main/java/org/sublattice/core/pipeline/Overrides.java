package org.sublattice.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.yaml.Location;
import org.sublattice.core.yaml.YNode;
import org.sublattice.core.yaml.YNode.YList;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YNode.YScalar;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.core.yaml.YamlSyntaxException;

/**
 * Applies settings overrides to a pipeline tree. A path is dot-separated keys; inside a list a
 * segment is an index or, for lists of mappings with {@code id}, an id:
 * {@code stages.voltage.conditions.temperature}. The last key may be new.
 */
final class Overrides {
    private static final YamlReader YAML = new YamlReader();

    private Overrides() {
    }

    static YMap apply(YMap root, Map<String, PipelineLoader.Override> overrides, Problems problems) {
        YMap out = root;
        for (Map.Entry<String, PipelineLoader.Override> e : overrides.entrySet()) {
            Location at = Location.of(e.getValue().source());
            YNode value;
            try {
                value = YAML.readValue(e.getValue().value(), e.getValue().source());
            } catch (YamlSyntaxException ex) {
                problems.add(at, e.getKey(), "cannot read value '" + e.getValue().value() + "': " + ex.getMessage());
                continue;
            }
            String[] path = e.getKey().split("\\.");
            YNode replaced = set(out, path, 0, value, at, e.getKey(), problems);
            if (replaced instanceof YMap m) {
                out = m;
            }
        }
        return out;
    }

    private static YNode set(YNode node, String[] path, int i, YNode value, Location at, String full, Problems problems) {
        if (i == path.length) {
            return value;
        }
        String seg = path[i];
        if (node instanceof YMap m) {
            YNode child = m.get(seg);
            if (child == null && i < path.length - 1) {
                problems.add(at, full, "no key '" + seg + "' in the pipeline; keys here: " + String.join(", ", m.entries().keySet()));
                return null;
            }
            YNode nv = child == null ? value : set(child, path, i + 1, value, at, full, problems);
            if (nv == null) {
                return null;
            }
            Map<String, YNode> entries = new LinkedHashMap<>(m.entries());
            Map<String, Location> keys = new LinkedHashMap<>(m.keyLocations());
            entries.put(seg, nv);
            keys.putIfAbsent(seg, at);
            return new YMap(entries, keys, m.location());
        }
        if (node instanceof YList l) {
            int index = -1;
            for (int k = 0; k < l.items().size(); k++) {
                if (l.items().get(k) instanceof YMap im && im.get("id") instanceof YScalar id && id.text().equals(seg)) {
                    index = k;
                }
            }
            if (index < 0 && seg.matches("\\d+")) {
                index = Integer.parseInt(seg);
            }
            if (index < 0 || index >= l.items().size()) {
                problems.add(at, full, "no list element '" + seg + "' (give an index below " + l.items().size() + " or an id)");
                return null;
            }
            YNode nv = set(l.items().get(index), path, i + 1, value, at, full, problems);
            if (nv == null) {
                return null;
            }
            List<YNode> items = new ArrayList<>(l.items());
            items.set(index, nv);
            return new YList(items, l.location());
        }
        problems.add(at, full, "'" + String.join(".", java.util.Arrays.copyOf(path, i)) + "' is a value, not a mapping or list");
        return null;
    }
}
