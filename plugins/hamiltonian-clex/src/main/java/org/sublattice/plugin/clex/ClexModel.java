package org.sublattice.plugin.clex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
 * of a run). Missing ECIs are zero.
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
    private static final Set<String> KEYS = Set.of("name", "description", "basis", "composition", "clusters", "eci", "source");

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
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("model " + source + ": malformed YAML at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("model " + source + ": expected a mapping with keys name, basis, clusters, eci");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new InvalidInputException("model " + source + ": unknown key '" + k + "'; allowed: " + new java.util.TreeSet<>(KEYS));
            }
        }
        String basisName = root.path("basis").asText("occupation");
        SiteBasis.Kind basis;
        try {
            basis = SiteBasis.Kind.valueOf(basisName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("model " + source + ": basis '" + basisName + "' is not supported; allowed: occupation, orthonormal");
        }
        Map<String, Map<String, Double>> composition = new TreeMap<>();
        JsonNode comp = root.path("composition");
        if (!comp.isMissingNode()) {
            if (basis != SiteBasis.Kind.ORTHONORMAL || !comp.isObject()) {
                throw new InvalidInputException("model " + source + ": composition is a mapping sublattice → {species: fraction} "
                        + "and only used with basis: orthonormal");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = comp.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Map<String, Double> fractions = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext();) {
                    Map.Entry<String, JsonNode> x = f.next();
                    if (!x.getValue().isNumber()) {
                        throw new InvalidInputException("model " + source + ": composition." + e.getKey() + "." + x.getKey()
                                + " must be a number, got " + x.getValue());
                    }
                    fractions.put(x.getKey(), x.getValue().asDouble());
                }
                composition.put(e.getKey(), Map.copyOf(fractions));
            }
        }
        JsonNode clusters = root.path("clusters");
        TreeMap<Integer, Double> lengths = new TreeMap<>();
        if (!clusters.isMissingNode()) {
            if (!clusters.isObject()) {
                throw new InvalidInputException("model " + source + ": clusters must map cluster size to max length (Å), e.g. {2: 4.1, 3: 2.9}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = clusters.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                int size = integer(e.getKey(), "clusters key", source);
                if (size < 2 || size > 6) {
                    throw new InvalidInputException("model " + source + ": clusters." + e.getKey() + ": cluster size must be 2..6");
                }
                if (!e.getValue().isNumber() || !(e.getValue().asDouble() > 0)) {
                    throw new InvalidInputException("model " + source + ": clusters." + e.getKey() + ": max length must be a number > 0 Å, got "
                            + e.getValue());
                }
                lengths.put(size, e.getValue().asDouble());
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
        JsonNode e = root.path("eci");
        if (!e.isObject()) {
            throw new InvalidInputException("model " + source + ": eci must map function index to value (eV per primitive cell)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> x = it.next();
            int index = integer(x.getKey(), "eci key", source);
            if (!x.getValue().isNumber() || !Double.isFinite(x.getValue().asDouble())) {
                throw new InvalidInputException("model " + source + ": eci." + x.getKey() + " must be a finite number, got " + x.getValue());
            }
            eci.put(index, x.getValue().asDouble());
        }
        return new ClexModel(root.path("name").asText(source), basis, Map.copyOf(composition), max, Map.copyOf(eci), source);
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
