package org.sublattice.plugin.thermo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.PointResult;

/** Per-sublattice bookkeeping shared by the analyzers: sites, occupants, ideal occupant, series. */
final class Sublattices {
    /**
     * @param label sublattice label
     * @param sites sites of the sublattice in the supercell
     * @param occupants every species allowed on it
     * @param ideal its ideal occupant
     */
    record Info(String label, int sites, List<String> occupants, String ideal) {
        boolean allowsVacancy() {
            return occupants.contains(Site.VACANCY);
        }
    }

    private Sublattices() {
    }

    static List<Info> of(Supercell sc) {
        Map<String, Info> out = new LinkedHashMap<>();
        for (Site s : sc.prim().basis()) {
            Info prev = out.get(s.sublattice());
            List<String> occ = new ArrayList<>(prev == null ? List.of() : prev.occupants());
            for (String o : s.occupants()) {
                if (!occ.contains(o)) {
                    occ.add(o);
                }
            }
            out.put(s.sublattice(), new Info(s.sublattice(), (prev == null ? 0 : prev.sites()) + sc.volume(), List.copyOf(occ), s.ideal()));
        }
        return List.copyOf(out.values());
    }

    /** Species that are atoms (not vacancies), in first-seen order. */
    static List<String> atoms(Supercell sc) {
        return sc.prim().species().stream().filter(s -> !Site.VACANCY.equals(s)).toList();
    }

    /** Per-sample number of sites of {@code sub} holding {@code species}; zeros if never seen. */
    static double[] count(PointResult p, String sub, String species) {
        double[] s = p.chain().series().get(ChainResult.count(sub, species));
        return s == null ? new double[p.chain().samples()] : s;
    }

    /** Per-sample total number of {@code species} over all sublattices. */
    static double[] total(PointResult p, List<Info> subs, String species) {
        double[] out = new double[p.chain().samples()];
        for (Info i : subs) {
            if (i.occupants().contains(species)) {
                double[] c = count(p, i.label(), species);
                for (int k = 0; k < out.length; k++) {
                    out[k] += c[k];
                }
            }
        }
        return out;
    }

    /** Per-sample atom fraction of {@code species}: N_species / (sites − N_Va). */
    static double[] atomFraction(PointResult p, List<Info> subs, String species, int sites) {
        double[] n = total(p, subs, species);
        double[] va = total(p, subs, Site.VACANCY);
        double[] out = new double[n.length];
        for (int k = 0; k < n.length; k++) {
            out[k] = n[k] / (sites - va[k]);
        }
        return out;
    }
}
