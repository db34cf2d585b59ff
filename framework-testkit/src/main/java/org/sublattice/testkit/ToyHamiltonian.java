package org.sublattice.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;

/**
 * A few sites with random site energies and random pair interactions between every pair of sites,
 * small enough to enumerate every state: the toy system of the sampler contract. Every state has
 * a different energy (with probability 1), so a sampled energy identifies the state.
 */
final class ToyHamiltonian implements BoundHamiltonian {
    private final Supercell sc;
    private final double[][] site;
    private final double[][][][] pair;

    ToyHamiltonian(List<String> occupants, int sites, double scale, long seed) {
        Prim prim = new Prim("toy", Cell.cubic(3), List.of(new Site("s", Vec3.ZERO, occupants, occupants.get(0))));
        this.sc = Supercell.repeat(prim, sites, 1, 1);
        int m = occupants.size();
        SplittableRandom r = new SplittableRandom(seed);
        site = new double[sites][m];
        pair = new double[sites][sites][m][m];
        for (int i = 0; i < sites; i++) {
            for (int a = 0; a < m; a++) {
                site[i][a] = r.nextDouble(-scale, scale);
            }
            for (int j = i + 1; j < sites; j++) {
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        pair[i][j][a][b] = r.nextDouble(-scale, scale);
                    }
                }
            }
        }
    }

    @Override
    public Supercell supercell() {
        return sc;
    }

    @Override
    public double energy(byte[] occ) {
        double e = 0;
        for (int i = 0; i < occ.length; i++) {
            e += site[i][occ[i]];
            for (int j = i + 1; j < occ.length; j++) {
                e += pair[i][j][occ[i]][occ[j]];
            }
        }
        return e;
    }

    @Override
    public double deltaFlip(byte[] occ, int s, int nw) {
        byte old = occ[s];
        double before = energy(occ);
        occ[s] = (byte) nw;
        double after = energy(occ);
        occ[s] = old;
        return after - before;
    }
}
