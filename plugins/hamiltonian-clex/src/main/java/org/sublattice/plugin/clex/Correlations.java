package org.sublattice.plugin.clex;

import java.util.List;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.ClusterSpace.DecoratedSite;
import org.sublattice.crystal.SiteBasis;

/**
 * Correlations of a configuration: for every cluster function f, the orbit average
 * ⟨Φ_f⟩ = (1/(N m_f)) Σ over the N lattice translations of the supercell and the m_f decorated
 * clusters of f per primitive cell of Π φ_k(σ) (function 0, the empty cluster, has ⟨Φ_0⟩ = 1).
 * Periodic images are counted as the bound cluster expansion counts them, so the energy per
 * primitive cell of the model with ECIs V_f is Σ_f V_f m_f ⟨Φ_f⟩.
 */
final class Correlations {
    private Correlations() {
    }

    static double[] of(ClusterSpace space, SiteBasis basis, Configuration configuration) {
        Supercell sc = configuration.supercell();
        byte[] occ = configuration.occupation();
        int volume = sc.volume();
        List<ClusterSpace.Function> functions = space.functions();
        double[] out = new double[functions.size()];
        int[][] translations = new int[volume][];
        for (int l = 0; l < volume; l++) {
            translations[l] = sc.translation(l); // site l is basis site 0 in cell l
        }
        for (ClusterSpace.Function f : functions) {
            if (f.size() == 0) {
                out[f.index()] = 1;
                continue;
            }
            double sum = 0;
            for (List<DecoratedSite> member : f.members()) {
                for (int[] t : translations) {
                    double product = 1;
                    for (DecoratedSite d : member) {
                        var s = d.site();
                        int site = sc.index(s.b(), t[0] + s.i(), t[1] + s.j(), t[2] + s.k());
                        product *= basis.value(s.b(), d.function(), occ[site]);
                    }
                    sum += product;
                }
            }
            out[f.index()] = sum / ((double) volume * f.multiplicity());
        }
        return out;
    }
}
