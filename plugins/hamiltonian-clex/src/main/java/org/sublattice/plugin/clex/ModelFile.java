package org.sublattice.plugin.clex;

import java.util.List;
import java.util.Map;

/**
 * Writes a cluster-expansion model file ({@link ClexModel}'s format) with a {@code fit} block of
 * metadata, which {@link ClexModel} accepts and ignores. Numbers keep every digit (shortest
 * round-trip form), so the written model reproduces the fitted energies exactly.
 */
final class ModelFile {
    private ModelFile() {
    }

    static String write(String name, String basis, double[] maxLengths, double[] eci, Map<String, Object> fit) {
        StringBuilder b = new StringBuilder();
        b.append("# A cluster expansion fitted by Sublattice's fit task; ECIs in eV per primitive cell by function index\n");
        b.append("# (see eci.csv beside this file for each function's cluster, size and multiplicity).\n");
        b.append("name: ").append(text(name)).append('\n');
        b.append("basis: ").append(basis).append('\n');
        b.append("clusters: {");
        for (int n = 2; n < maxLengths.length; n++) {
            b.append(n > 2 ? ", " : "").append(n).append(": ").append(maxLengths[n]);
        }
        b.append("}\n");
        b.append("eci:\n");
        for (int f = 0; f < eci.length; f++) {
            if (eci[f] != 0 || f == 0) {
                b.append("  ").append(f).append(": ").append(eci[f]).append('\n');
            }
        }
        b.append("fit:\n");
        for (Map.Entry<String, Object> e : fit.entrySet()) {
            b.append("  ").append(e.getKey()).append(": ").append(value(e.getValue())).append('\n');
        }
        return b.toString();
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(x -> text(String.valueOf(x))).toList()) + "]";
        }
        return text(String.valueOf(v));
    }

    /** A YAML double-quoted scalar. */
    private static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
