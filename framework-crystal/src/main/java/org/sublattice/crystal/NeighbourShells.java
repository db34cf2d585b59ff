package org.sublattice.crystal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;

/** Neighbour shells by distance for each pair of sublattices. */
public final class NeighbourShells {
    private NeighbourShells() {
    }

    /**
     * A shell seen from one sublattice.
     *
     * @param from sublattice of the central site
     * @param to sublattice of the neighbours
     * @param distance shell radius, Å
     * @param count neighbours of that sublattice at that distance, per central site
     */
    public record Shell(String from, String to, double distance, int count) {
    }

    /** Shells out to {@code cutoff} (Å), sorted by central sublattice, distance, neighbour sublattice. */
    public static List<Shell> of(Prim prim, double cutoff) {
        Checks.positive(cutoff, "cutoff");
        Map<String, Integer> sitesPerLabel = new LinkedHashMap<>();
        for (var s : prim.basis()) {
            sitesPerLabel.merge(s.sublattice(), 1, Integer::sum);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Shell> protos = new LinkedHashMap<>();
        for (Neighbour n : prim.neighbours(cutoff)) {
            String from = prim.basis().get(n.from()).sublattice();
            String to = prim.basis().get(n.to()).sublattice();
            long d = Math.round(n.distance() / Neighbour.SHELL_TOLERANCE);
            String key = from + "\u0000" + to + "\u0000" + d;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            protos.putIfAbsent(key, new Shell(from, to, n.distance(), 0));
        }
        List<Shell> out = new ArrayList<>();
        for (Map.Entry<String, Shell> e : protos.entrySet()) {
            Shell s = e.getValue();
            int perSite = counts.get(e.getKey())[0] / sitesPerLabel.get(s.from());
            out.add(new Shell(s.from(), s.to(), s.distance(), perSite));
        }
        out.sort(java.util.Comparator.comparing(Shell::from).thenComparingDouble(Shell::distance).thenComparing(Shell::to));
        return List.copyOf(out);
    }
}
