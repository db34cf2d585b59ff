package org.sublattice.plugin.clex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sublattice.api.InvalidInputException;
import org.sublattice.crystal.SiteBasis;

/**
 * A cluster-expansion model file:
 *
 * <pre>
 * name: fcc-ordering
 * basis: occupation          # occupation: φ_k(s) = δ(s, k), k = 1 … M−1; or orthonormal
 * composition: {8a: {Li: 0.9, Va: 0.1}}   # orthonormal only: reference site fractions (default uniform)
 * clusters: {2: 4.1, 3: 2.9} # maximum cluster diameter (Å) per cluster size
 * eci: {0: 0.0, 2: 0.03}     # eV per primitive cell, keyed by cluster-function index
 * </pre>
 *
 * Function indices are stable for a given prim and branch specs (see {@code hamiltonian/terms.csv}
 * of a run). Missing ECIs are zero. A {@code fit} block (what the {@code fit} task records: method,
 * CV score, weights, hash of the training data) is accepted and not interpreted.
 *
 * @param name model name
 * @param basis site basis
 * @param composition reference compositions of the orthonormal basis, by sublattice
 * @param maxLengths branch specs, index = cluster size
 * @param eci function index → ECI (eV per primitive cell)
 * @param source the file, for messages
 */
record ClexModel(String name, SiteBasis.Kind basis, Map<String, Map<String, Double>> composition, double[] maxLengths,
        Map<Integer, Double> eci, String source) {
    private static final Set<String> KEYS = Set.of("name", "description", "basis", "composition", "clusters", "eci", "source", "fit");

    static ClexModel read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read cluster-expansion model " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    static ClexModel parse(String text, String source) {
        Object parsed = MiniYaml.parse(text, source);
        if (!(parsed instanceof Map<?, ?> root)) {
            throw new InvalidInputException("model " + source + ": expected a mapping with keys name, basis, clusters, eci");
        }
        for (Object k : root.keySet()) {
            if (!KEYS.contains(k)) {
                throw new InvalidInputException("model " + source + ": unknown key '" + k + "'; allowed: " + new java.util.TreeSet<>(KEYS));
            }
        }
        Object basisValue = root.get("basis");
        String basisName = basisValue == null ? "occupation" : String.valueOf(basisValue);
        SiteBasis.Kind basis;
        try {
            basis = SiteBasis.Kind.valueOf(basisName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            basis = null;
        }
        if (basis == null || basis == SiteBasis.Kind.TABULATED) {
            throw new InvalidInputException("model " + source + ": basis '" + basisName + "' is not supported; allowed: occupation, orthonormal");
        }
        Map<String, Map<String, Double>> composition = new TreeMap<>();
        Object comp = root.get("composition");
        if (comp != null) {
            if (basis != SiteBasis.Kind.ORTHONORMAL || !(comp instanceof Map<?, ?> cm)) {
                throw new InvalidInputException("model " + source + ": composition is a mapping sublattice → {species: fraction} "
                        + "and only used with basis: orthonormal");
            }
            for (Map.Entry<?, ?> e : cm.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> fm)) {
                    throw new InvalidInputException("model " + source + ": composition." + e.getKey() + " must map species to fractions");
                }
                Map<String, Double> fractions = new TreeMap<>();
                for (Map.Entry<?, ?> x : fm.entrySet()) {
                    fractions.put(String.valueOf(x.getKey()), number(x.getValue(), "composition." + e.getKey() + "." + x.getKey(), source));
                }
                composition.put(String.valueOf(e.getKey()), Map.copyOf(fractions));
            }
        }
        TreeMap<Integer, Double> lengths = new TreeMap<>();
        Object clusters = root.get("clusters");
        if (clusters != null) {
            if (!(clusters instanceof Map<?, ?> cl)) {
                throw new InvalidInputException("model " + source + ": clusters must map cluster size to max length (Å), e.g. {2: 4.1, 3: 2.9}");
            }
            for (Map.Entry<?, ?> e : cl.entrySet()) {
                int size = integer(String.valueOf(e.getKey()), "clusters key", source);
                if (size < 2 || size > 6) {
                    throw new InvalidInputException("model " + source + ": clusters." + e.getKey() + ": cluster size must be 2..6");
                }
                if (!(e.getValue() instanceof Double d) || !(d > 0)) {
                    throw new InvalidInputException("model " + source + ": clusters." + e.getKey() + ": max length must be a number > 0 Å, got "
                            + e.getValue());
                }
                lengths.put(size, d);
            }
        }
        int top = lengths.isEmpty() ? 1 : lengths.lastKey();
        double[] max = new double[top + 1];
        for (int n = 2; n <= top; n++) {
            Double v = lengths.get(n);
            if (v == null) {
                throw new InvalidInputException("model " + source + ": clusters gives size " + top + " but not size " + n);
            }
            max[n] = v;
        }
        TreeMap<Integer, Double> eci = new TreeMap<>();
        if (!(root.get("eci") instanceof Map<?, ?> em)) {
            throw new InvalidInputException("model " + source + ": eci must map function index to value (eV per primitive cell)");
        }
        for (Map.Entry<?, ?> x : em.entrySet()) {
            int index = integer(String.valueOf(x.getKey()), "eci key", source);
            double v = number(x.getValue(), "eci." + x.getKey(), source);
            eci.put(index, v);
        }
        Object name = root.get("name");
        return new ClexModel(name == null ? source : String.valueOf(name), basis, Map.copyOf(composition), max, Map.copyOf(eci), source);
    }

    private static double number(Object v, String where, String source) {
        if (!(v instanceof Double d) || !Double.isFinite(d)) {
            throw new InvalidInputException("model " + source + ": " + where + " must be a finite number, got " + v);
        }
        return d;
    }

    private static int integer(String key, String what, String source) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException ex) {
            throw new InvalidInputException("model " + source + ": " + what + " '" + key + "' is not a whole number");
        }
    }

    /** Unused indices, for error messages. */
    static List<Integer> outOfRange(Map<Integer, Double> eci, int functions) {
        return eci.keySet().stream().filter(i -> i < 0 || i >= functions).sorted().toList();
    }
}
