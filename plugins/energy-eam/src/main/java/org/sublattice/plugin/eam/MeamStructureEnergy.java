package org.sublattice.plugin.eam;

import java.util.List;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Structure;

/**
 * MEAM energy of any periodic structure (the model of {@link MeamPotential}): every pair closer
 * than r_c, periodic images included, screened by every atom that lies close enough to the pair to
 * screen it. Energies only (the strain-path scans minimise without derivatives). Stateless and
 * thread-safe.
 */
final class MeamStructureEnergy implements StructureEnergy {
    /** Multiplicities of the independent components of a symmetric 2- and 3-index tensor (xx, xy, xz, yy, yz, zz; xxx, …). */
    private static final int[][] PAIRS2 = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};
    private static final double[] MULT2 = {1, 2, 2, 1, 2, 1};
    private static final int[][] TRIPLES3 = {{0, 0, 0}, {0, 0, 1}, {0, 0, 2}, {0, 1, 1}, {0, 1, 2}, {0, 2, 2}, {1, 1, 1}, {1, 1, 2},
        {1, 2, 2}, {2, 2, 2}};
    private static final double[] MULT3 = {1, 3, 3, 3, 6, 3, 1, 3, 3, 1};
    /** Relative widening of the neighbour search so that atoms exactly on the screening bound are found. */
    private static final double SEARCH_MARGIN = 1e-9;

    private final MeamPotential potential;

    MeamStructureEnergy(MeamPotential potential) {
        this.potential = potential;
    }

    MeamPotential potential() {
        return potential;
    }

    @Override
    public List<String> species() {
        return potential.elements();
    }

    @Override
    public double energy(Structure s) {
        int n = s.atoms().size();
        int[] element = new int[n];
        for (int i = 0; i < n; i++) {
            String sp = s.atoms().get(i).species();
            element[i] = potential.indexOf(sp);
            if (element[i] < 0) {
                throw new InvalidInputException("structure '" + s.title() + "' holds " + sp + ", which MEAM model "
                        + potential.source() + " does not describe (it has " + potential.elements() + ")");
            }
        }
        MeamPotential.Settings set = potential.settings();
        double rc = set.rc();
        double rc2 = rc * rc;
        double ebound = set.ebound();
        // An atom k screens i–j only if r_ik² and r_jk² are at most ebound·r_ij²: search that far around i.
        EamStructureEnergy.Pairs pairs = EamStructureEnergy.neighbours(s, rc * Math.sqrt(Math.max(1, ebound)) * (1 + SEARCH_MARGIN));
        int[] start = new int[n + 1];
        for (int p = 0; p < pairs.count; p++) {
            start[pairs.i[p] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        // neighbours() lists the pairs grouped by i in increasing i.
        double cmin = set.cmin();
        double dc = set.cmax() - cmin;
        double cmax = set.cmax();
        double[] arho1 = new double[3];
        double[] arho2 = new double[6];
        double[] arho3 = new double[10];
        double[] arho3b = new double[3];
        double[] u = new double[3];
        double energy = 0;
        for (int i = 0; i < n; i++) {
            int ei = element[i];
            double rho0 = 0;
            double arho2b = 0;
            double tave1 = 0;
            double tave2 = 0;
            double tave3 = 0;
            java.util.Arrays.fill(arho1, 0);
            java.util.Arrays.fill(arho2, 0);
            java.util.Arrays.fill(arho3, 0);
            java.util.Arrays.fill(arho3b, 0);
            double pairEnergy = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                double rij = pairs.r[p];
                double rij2 = rij * rij;
                if (rij2 >= rc2) {
                    continue;
                }
                double fc = MeamPotential.fcut((rc - rij) / set.delr());
                if (fc == 0) {
                    continue;
                }
                double sij = screening(pairs, start[i], start[i + 1], p, rij2, ebound, cmin, cmax, dc);
                if (sij == 0) {
                    continue;
                }
                sij *= fc;
                int ej = element[pairs.j[p]];
                pairEnergy += sij * potential.pair(ei, ej, rij);
                double x = rij / potential.re[ej] - 1;
                double[] b = potential.beta[ej];
                double scale = potential.rho0[ej] * sij;
                double r0 = scale * Math.exp(-b[0] * x);
                double r1 = scale * Math.exp(-b[1] * x);
                double r2 = scale * Math.exp(-b[2] * x);
                double r3 = scale * Math.exp(-b[3] * x);
                rho0 += r0;
                double[] tj = potential.t[ej];
                tave1 += tj[0] * r0;
                tave2 += tj[1] * r0;
                tave3 += tj[2] * r0;
                arho2b += r2;
                u[0] = pairs.dx[p] / rij;
                u[1] = pairs.dy[p] / rij;
                u[2] = pairs.dz[p] / rij;
                for (int m = 0; m < 3; m++) {
                    arho1[m] += r1 * u[m];
                    arho3b[m] += r3 * u[m];
                }
                for (int m = 0; m < 6; m++) {
                    arho2[m] += r2 * u[PAIRS2[m][0]] * u[PAIRS2[m][1]];
                }
                for (int m = 0; m < 10; m++) {
                    int[] c = TRIPLES3[m];
                    arho3[m] += r3 * u[c[0]] * u[c[1]] * u[c[2]];
                }
            }
            double rho1 = 0;
            double rho2 = -arho2b * arho2b / 3;
            double rho3 = 0;
            for (int m = 0; m < 3; m++) {
                rho1 += arho1[m] * arho1[m];
                rho3 -= 0.6 * arho3b[m] * arho3b[m];
            }
            for (int m = 0; m < 6; m++) {
                rho2 += MULT2[m] * arho2[m] * arho2[m];
            }
            for (int m = 0; m < 10; m++) {
                rho3 += MULT3[m] * arho3[m] * arho3[m];
            }
            double gamma = 0;
            if (rho0 > 0) {
                // Weights averaged over the neighbours with their spherical densities (LAMMPS ialloy = 0).
                gamma = (tave1 * rho1 + tave2 * rho2 + tave3 * rho3) / (rho0 * rho0 * rho0);
            } else {
                gamma = tave1 * rho1 + tave2 * rho2 + tave3 * rho3;
            }
            double rhobar = rho0 * MeamPotential.g(gamma, potential.ibar[ei]);
            energy += potential.embedding(ei, rhobar / potential.rhoRef[ei]) + 0.5 * pairEnergy;
        }
        return energy;
    }

    /** Π_k S_ikj over the atoms k near i (entries [from, to) of i), for the pair in entry p. */
    private static double screening(EamStructureEnergy.Pairs pairs, int from, int to, int p, double rij2, double ebound, double cmin,
            double cmax, double dc) {
        double rbound = ebound * rij2;
        double xj = pairs.dx[p];
        double yj = pairs.dy[p];
        double zj = pairs.dz[p];
        double sij = 1;
        for (int q = from; q < to; q++) {
            if (q == p) {
                continue;
            }
            double rik = pairs.r[q];
            double rik2 = rik * rik;
            if (rik2 > rbound) {
                continue;
            }
            double ax = pairs.dx[q] - xj;
            double ay = pairs.dy[q] - yj;
            double az = pairs.dz[q] - zj;
            double rjk2 = ax * ax + ay * ay + az * az;
            if (rjk2 > rbound) {
                continue;
            }
            double xik = rik2 / rij2;
            double xjk = rjk2 / rij2;
            double a = 1 - (xik - xjk) * (xik - xjk);
            if (a <= 0) {
                // Beyond the ends of the pair: the ellipse family does not reach k.
                continue;
            }
            double c = (2 * (xik + xjk) + a - 2) / a;
            if (c >= cmax) {
                continue;
            }
            if (c <= cmin) {
                return 0;
            }
            sij *= MeamPotential.fcut((c - cmin) / dc);
        }
        return sij;
    }
}
