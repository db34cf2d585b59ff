package org.sublattice.crystal.enumerate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;

/**
 * Turns computed barriers back into a kinetic Monte Carlo event catalog (the {@code events:} YAML
 * the {@code kmc} sampler reads). Input: the {@code hop-environments} manifest and a CSV with a
 * column {@code id} and, per environment, either {@code kra} (E_KRA, eV) or {@code e_initial},
 * {@code e_saddle}, {@code e_final} (eV), from which E_KRA = E_saddle − (E_initial + E_final)/2
 * (kinetically resolved activation barrier, Van der Ven et al., PRB 64, 184307 (2001)); an optional
 * {@code prefactor} (Hz). The manifest's own {@code manifest.csv}, filled in, is such a file.
 *
 * <p>Each environment becomes its forward event (all its sites, occupants before, trajectories)
 * and, when the reverse hop is not a symmetry image of it, the reverse event with the same E_KRA
 * (E_KRA does not depend on the direction). Environments whose events repeat an earlier one's
 * ({@code same_event_as}) are left out, since the sampler expands every event by symmetry.
 */
public final class EventCatalogExport {
    /**
     * A computed barrier.
     *
     * @param kra E_KRA, eV
     * @param prefactor ν*, Hz, if given
     */
    public record Barrier(double kra, OptionalDouble prefactor) {
        public Barrier {
            Checks.finite(kra, "E_KRA");
            Checks.notNull(prefactor, "prefactor");
        }
    }

    private EventCatalogExport() {
    }

    /**
     * Reads barriers from CSV (see the class comment). Rows whose barrier cells are all empty are
     * skipped.
     *
     * @throws InvalidInputException naming the file, line and value that are wrong
     */
    public static Map<String, Barrier> readBarriers(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read barriers file " + csv + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(csv + " is empty; expected a header with id and kra (or e_initial, e_saddle, e_final)");
        }
        List<String> head = split(lines.get(0));
        int id = head.indexOf("id");
        int kra = head.indexOf("kra");
        int ei = head.indexOf("e_initial");
        int es = head.indexOf("e_saddle");
        int ef = head.indexOf("e_final");
        int pf = head.indexOf("prefactor");
        if (id < 0 || kra < 0 && (ei < 0 || es < 0 || ef < 0)) {
            throw new InvalidInputException(csv + ":1: the header needs 'id' and either 'kra' or 'e_initial', 'e_saddle', 'e_final'; got "
                    + head);
        }
        Map<String, Barrier> out = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> row = split(lines.get(n));
            String where = csv + ":" + (n + 1);
            String key = cell(row, id);
            if (key.isEmpty()) {
                throw new InvalidInputException(where + ": no id");
            }
            OptionalDouble k = number(row, kra, where, "kra");
            OptionalDouble a = number(row, ei, where, "e_initial");
            OptionalDouble b = number(row, es, where, "e_saddle");
            OptionalDouble c = number(row, ef, where, "e_final");
            double value;
            if (k.isPresent()) {
                value = k.getAsDouble();
            } else if (a.isPresent() && b.isPresent() && c.isPresent()) {
                value = b.getAsDouble() - (a.getAsDouble() + c.getAsDouble()) / 2;
            } else if (a.isEmpty() && b.isEmpty() && c.isEmpty()) {
                continue;
            } else {
                throw new InvalidInputException(where + ": environment " + key + " needs kra, or all of e_initial, e_saddle, e_final");
            }
            OptionalDouble p = number(row, pf, where, "prefactor");
            if (p.isPresent() && !(p.getAsDouble() > 0)) {
                throw new InvalidInputException(where + ": prefactor must be > 0 Hz, got " + p.getAsDouble());
            }
            if (out.put(key, new Barrier(value, p)) != null) {
                throw new InvalidInputException(where + ": environment " + key + " is listed twice");
            }
        }
        return out;
    }

    /**
     * The event catalog YAML for the manifest's environments.
     *
     * @param manifest a {@code hop-environments} manifest.json
     * @param barriers E_KRA per environment id; every environment not marked {@code same_event_as}
     *     needs one
     * @throws InvalidInputException if the manifest is not a hop-environments manifest, a barrier
     *     names an unknown environment, or an environment has no barrier
     */
    public static String catalog(Path manifest, Map<String, Barrier> barriers) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read manifest " + manifest + ": " + e.getMessage(), e);
        }
        if (!"hop-environments".equals(root.path("kind").asText())) {
            throw new InvalidInputException(manifest + " is not a hop-environments manifest (kind: " + root.path("kind").asText() + ")");
        }
        Map<String, JsonNode> envs = new LinkedHashMap<>();
        for (JsonNode e : root.path("environments")) {
            envs.put(e.path("id").asText(), e);
        }
        for (String id : barriers.keySet()) {
            if (!envs.containsKey(id)) {
                throw new InvalidInputException("barrier for environment '" + id + "', which " + manifest + " does not list");
            }
        }
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder("# Event catalog from " + manifest.getFileName() + " (prim " + root.path("prim").asText()
                + "): one event per hop environment, E_KRA from NEB.\nevents:\n");
        for (JsonNode e : envs.values()) {
            String id = e.path("id").asText();
            if (!e.path("same_event_as").isNull() && !e.path("same_event_as").isMissingNode()) {
                continue;
            }
            Barrier b = barriers.get(id);
            if (b == null) {
                missing.add(id);
                continue;
            }
            JsonNode ev = e.path("event");
            event(out, id.replace('/', '-'), ev.path("sites"), ev.path("initial"), ev.path("trajectories"), false, b);
            if (e.path("reverse_distinct").asBoolean()) {
                event(out, id.replace('/', '-') + "-reverse", ev.path("sites"), ev.path("final"), ev.path("trajectories"), true, b);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.size() + " environment(s) have no barrier, e.g. "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
        }
        return out.toString();
    }

    private static void event(StringBuilder out, String name, JsonNode sites, JsonNode occupants, JsonNode moves, boolean reverse, Barrier b) {
        out.append("  - name: ").append(name).append('\n');
        List<String> s = new ArrayList<>();
        for (JsonNode c : sites) {
            s.add("[" + c.get(0).asInt() + ", " + c.get(1).asInt() + ", " + c.get(2).asInt() + ", " + c.get(3).asInt() + "]");
        }
        out.append("    sites: [").append(String.join(", ", s)).append("]\n");
        List<String> o = new ArrayList<>();
        occupants.forEach(x -> o.add(x.asText()));
        out.append("    initial: [").append(String.join(", ", o)).append("]\n");
        List<String> t = new ArrayList<>();
        for (JsonNode m : moves) {
            int from = m.get(0).asInt();
            int to = m.get(1).asInt();
            t.add(reverse ? "[" + to + ", " + from + "]" : "[" + from + ", " + to + "]");
        }
        out.append("    trajectories: [").append(String.join(", ", t)).append("]\n");
        out.append("    kra: ").append(String.format(Locale.ROOT, "%.6g", b.kra())).append('\n');
        if (b.prefactor().isPresent()) {
            out.append("    prefactor: ").append(String.format(Locale.ROOT, "%.6g", b.prefactor().getAsDouble())).append('\n');
        }
    }

    private static OptionalDouble number(List<String> row, int col, String where, String what) {
        String v = cell(row, col);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": " + what + " '" + v + "' is not a number");
        }
    }

    private static String cell(List<String> row, int col) {
        return col < 0 || col >= row.size() ? "" : row.get(col).strip();
    }

    /** Splits a CSV line, honouring double quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
