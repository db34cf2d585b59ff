package org.sublattice.plugin.kmc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;

/**
 * Reads an event catalog:
 *
 * <pre>
 * events:
 *   - name: li-nn                          # a nearest-neighbour hop
 *     sites: [[0, 0, 0, 0], [2, 0, 0, 0]]  # [b, i, j, k] in the prim
 *     initial: [Li, Va]
 *     kra: 0.08                            # eV
 *     prefactor: 1.0e13                    # Hz (default 1e13)
 *   - name: two-atom                       # Li → vacancy, a second atom fills the Li site
 *     sites: [[0, 0, 0, 0], [1, 0, 0, 0], [1, 1, 0, 0]]
 *     initial: [Li, Li, Va]
 *     trajectories: [[0, 2], [1, 0]]       # atom moves [from, to]; default for two sites: [[0, 1]]
 *     kra: 0.3
 *   - name: li-nn-local                    # E_KRA as a local cluster expansion around the hop
 *     sites: [[0, 0, 0, 0], [2, 0, 0, 0]]
 *     initial: [Li, Va]
 *     kra: {local: {cutoff-radius: 3.0, clusters: {2: 3.0}, eci: {0: 0.08, 1: 0.01}}}
 * </pre>
 *
 * Errors name the file, the event and the offending value.
 */
final class EventCatalog {
    private static final Set<String> KEYS = Set.of("name", "sites", "initial", "trajectories", "kra", "prefactor");

    private EventCatalog() {
    }

    static List<EventSpec> read(Path file, Prim prim) {
        try {
            return parse(Files.readString(file), file.toString(), prim);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read event catalog " + file + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static List<EventSpec> parse(String text, String source, Prim prim) {
        Object root = parseYaml(text, source);
        if (!(root instanceof Map<?, ?> m) || !(m.get("events") instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException(source + ": an event catalog is a mapping with a non-empty list 'events'");
        }
        List<EventSpec> out = new ArrayList<>();
        for (int n = 0; n < list.size(); n++) {
            if (!(list.get(n) instanceof Map<?, ?> e)) {
                throw new InvalidInputException(source + ": events[" + n + "] is not a mapping");
            }
            String name = e.get("name") == null ? "events[" + n + "]" : String.valueOf(e.get("name"));
            String where = source + ": event " + name;
            for (Object k : e.keySet()) {
                if (!KEYS.contains(k)) {
                    throw new InvalidInputException(where + ": unknown key '" + k + "'; allowed: " + new java.util.TreeSet<>(KEYS));
                }
            }
            if (!(e.get("sites") instanceof List<?> sl) || sl.size() < 2) {
                throw new InvalidInputException(where + ": 'sites' needs at least two [b, i, j, k] entries");
            }
            List<SiteCoord> sites = new ArrayList<>();
            for (Object o : sl) {
                if (!(o instanceof List<?> c) || c.size() != 4 || !c.stream().allMatch(x -> x instanceof Double d && d == Math.rint(d))) {
                    throw new InvalidInputException(where + ": site " + o + " is not [b, i, j, k] of whole numbers");
                }
                List<Double> v = (List<Double>) c;
                int b = v.get(0).intValue();
                if (b < 0 || b >= prim.size()) {
                    throw new InvalidInputException(where + ": site " + o + " names basis site " + b + "; the prim has " + prim.size());
                }
                sites.add(new SiteCoord(b, v.get(1).intValue(), v.get(2).intValue(), v.get(3).intValue()));
            }
            if (!(e.get("initial") instanceof List<?> il) || il.size() != sites.size()) {
                throw new InvalidInputException(where + ": 'initial' needs one occupant per site (" + sites.size() + ")");
            }
            List<String> initial = il.stream().map(String::valueOf).toList();
            for (int i = 0; i < sites.size(); i++) {
                List<String> allowed = prim.basis().get(sites.get(i).b()).occupants();
                if (!allowed.contains(initial.get(i))) {
                    throw new InvalidInputException(where + ": site " + sites.get(i) + " allows " + allowed + ", not '" + initial.get(i) + "'");
                }
            }
            List<int[]> traj = new ArrayList<>();
            if (e.get("trajectories") instanceof List<?> tl) {
                for (Object o : tl) {
                    if (!(o instanceof List<?> t) || t.size() != 2) {
                        throw new InvalidInputException(where + ": trajectory " + o + " is not [from, to]");
                    }
                    int a = ((Double) t.get(0)).intValue();
                    int b = ((Double) t.get(1)).intValue();
                    if (a < 0 || b < 0 || a >= sites.size() || b >= sites.size() || a == b || "Va".equals(initial.get(a))) {
                        throw new InvalidInputException(where + ": trajectory " + o + " must move an atom between two different sites of the event");
                    }
                    traj.add(new int[] {a, b});
                }
            } else if (sites.size() == 2 && "Va".equals(initial.get(1)) != "Va".equals(initial.get(0))) {
                traj.add("Va".equals(initial.get(1)) ? new int[] {0, 1} : new int[] {1, 0});
            } else {
                throw new InvalidInputException(where + ": give 'trajectories' (which atom moves where)");
            }
            // Atoms are conserved: each atom moves at most once, and into a vacancy or a site that
            // another atom leaves (so the moves, vacancies included, permute the event's sites).
            Set<Integer> leaving = new java.util.HashSet<>();
            Set<Integer> entered = new java.util.HashSet<>();
            for (int[] t : traj) {
                if (!leaving.add(t[0]) || !entered.add(t[1])) {
                    throw new InvalidInputException(where + ": trajectories " + describe(traj)
                            + " move an atom twice or two atoms into one site");
                }
            }
            for (int[] t : traj) {
                if (!"Va".equals(initial.get(t[1])) && !leaving.contains(t[1])) {
                    throw new InvalidInputException(where + ": trajectory [" + t[0] + ", " + t[1] + "] moves an atom onto site "
                            + sites.get(t[1]) + ", which holds " + initial.get(t[1]) + " that does not move away");
                }
            }
            double kra;
            java.util.Optional<EventSpec.LocalKra> local = java.util.Optional.empty();
            if (e.get("kra") instanceof Map<?, ?> km) {
                if (!(km.get("local") instanceof Map<?, ?> lm)) {
                    throw new InvalidInputException(where + ": kra is a number (eV) or {local: {cutoff-radius, clusters, eci}}");
                }
                double cutoff = number(lm.get("cutoff-radius"), where + ": kra.local.cutoff-radius", true);
                java.util.TreeMap<Integer, Double> lengths = new java.util.TreeMap<>();
                if (lm.get("clusters") instanceof Map<?, ?> cm) {
                    for (var c : cm.entrySet()) {
                        lengths.put(Integer.parseInt(String.valueOf(c.getKey()).trim()), number(c.getValue(), where + ": kra.local.clusters", true));
                    }
                }
                double[] max = new double[lengths.isEmpty() ? 2 : lengths.lastKey() + 1];
                lengths.forEach((k, v) -> max[k] = v);
                java.util.Map<Integer, Double> eci = new java.util.TreeMap<>();
                if (!(lm.get("eci") instanceof Map<?, ?> em)) {
                    throw new InvalidInputException(where + ": kra.local.eci must map local function index to eV");
                }
                for (var x : em.entrySet()) {
                    eci.put(Integer.parseInt(String.valueOf(x.getKey()).trim()), number(x.getValue(), where + ": kra.local.eci", true));
                }
                kra = eci.getOrDefault(0, 0.0);
                local = java.util.Optional.of(new EventSpec.LocalKra(cutoff, max, eci));
            } else {
                kra = number(e.get("kra"), where + ": kra", true);
            }
            double prefactor = e.get("prefactor") == null ? 1e13 : number(e.get("prefactor"), where + ": prefactor", false);
            if (!(prefactor > 0)) {
                throw new InvalidInputException(where + ": prefactor must be > 0 Hz, got " + prefactor);
            }
            EventSpec spec = new EventSpec(name, sites, initial, traj, kra, prefactor, local);
            List<String> fin = spec.finalOccupants();
            for (int i = 0; i < sites.size(); i++) {
                if (!prim.basis().get(sites.get(i).b()).occupants().contains(fin.get(i))) {
                    throw new InvalidInputException(where + ": after the event site " + sites.get(i) + " would hold '" + fin.get(i)
                            + "', which it does not allow " + prim.basis().get(sites.get(i).b()).occupants());
                }
            }
            if (fin.equals(initial)) {
                throw new InvalidInputException(where + ": the event changes nothing");
            }
            out.add(spec);
        }
        return out;
    }

    private static String describe(List<int[]> trajectories) {
        List<String> parts = new ArrayList<>();
        for (int[] t : trajectories) {
            parts.add("[" + t[0] + ", " + t[1] + "]");
        }
        return parts.toString();
    }

    private static double number(Object v, String what, boolean required) {
        if (v == null && required) {
            throw new InvalidInputException(what + " is missing");
        }
        if (!(v instanceof Double d) || !Double.isFinite(d)) {
            throw new InvalidInputException(what + " must be a number, got " + v);
        }
        return d;
    }

    private static Object parseYaml(String text, String source) {
        try (JsonParser p = new YAMLFactory().createParser(new StringReader(text))) {
            return p.nextToken() == null ? null : value(p);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": malformed YAML at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }
}
