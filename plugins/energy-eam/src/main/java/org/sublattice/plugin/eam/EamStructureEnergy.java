package org.sublattice.plugin.eam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * EAM energy, forces and stress of any periodic structure: every atom pair closer than the
 * cutoff, periodic images included (also an atom's own images when the cell is smaller than the
 * cutoff). Stateless and thread-safe.
 */
final class EamStructureEnergy implements StructureEnergy {
    private final EamPotential potential;

    EamStructureEnergy(EamPotential potential) {
        this.potential = potential;
    }

    EamPotential potential() {
        return potential;
    }

    @Override
    public List<String> species() {
        return potential.elements();
    }

    @Override
    public double energy(Structure structure) {
        return evaluate(structure, false).energy();
    }

    @Override
    public Optional<Derivatives> derivatives(Structure structure) {
        return Optional.of(evaluate(structure, true));
    }

    private Derivatives evaluate(Structure s, boolean derivatives) {
        int n = s.atoms().size();
        int[] element = new int[n];
        for (int i = 0; i < n; i++) {
            String sp = s.atoms().get(i).species();
            element[i] = potential.indexOf(sp);
            if (element[i] < 0) {
                throw new InvalidInputException("structure '" + s.title() + "' holds " + sp + ", which potential "
                        + potential.source() + " does not describe (it has " + potential.elements() + ")");
            }
        }
        Pairs pairs = neighbours(s, potential.cutoff());
        double[] rho = new double[n];
        double pairEnergy = 0;
        for (int p = 0; p < pairs.count; p++) {
            int i = pairs.i[p];
            int j = pairs.j[p];
            double r = pairs.r[p];
            rho[i] += potential.density(element[j], element[i], r);
            pairEnergy += potential.pair(element[i], element[j], r);
        }
        double energy = 0.5 * pairEnergy;
        for (int i = 0; i < n; i++) {
            energy += potential.embedding(element[i], rho[i]);
        }
        if (!derivatives) {
            return new Derivatives(energy, List.of(), List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
        }
        double[] fp = new double[n];
        for (int i = 0; i < n; i++) {
            fp[i] = potential.embeddingDerivative(element[i], rho[i]);
        }
        double[] force = new double[3 * n];
        double[] virial = new double[6];
        for (int p = 0; p < pairs.count; p++) {
            int i = pairs.i[p];
            int j = pairs.j[p];
            double r = pairs.r[p];
            // The terms of E that belong to atom i and depend on r_ij: ½φ_ij + F_i(ρ_i).
            double dEdr = 0.5 * potential.pairDerivative(element[i], element[j], r)
                    + fp[i] * potential.densityDerivative(element[j], element[i], r);
            double ux = pairs.dx[p] / r;
            double uy = pairs.dy[p] / r;
            double uz = pairs.dz[p] / r;
            // d = x_j − x_i: moving i along d shortens r.
            force[3 * i] += dEdr * ux;
            force[3 * i + 1] += dEdr * uy;
            force[3 * i + 2] += dEdr * uz;
            force[3 * j] -= dEdr * ux;
            force[3 * j + 1] -= dEdr * uy;
            force[3 * j + 2] -= dEdr * uz;
            virial[0] += dEdr * pairs.dx[p] * ux;
            virial[1] += dEdr * pairs.dy[p] * uy;
            virial[2] += dEdr * pairs.dz[p] * uz;
            virial[3] += dEdr * pairs.dy[p] * uz;
            virial[4] += dEdr * pairs.dx[p] * uz;
            virial[5] += dEdr * pairs.dx[p] * uy;
        }
        List<Vec3> forces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            forces.add(new Vec3(force[3 * i], force[3 * i + 1], force[3 * i + 2]));
        }
        double v = Math.abs(s.cell().volume());
        List<Double> stress = new ArrayList<>(6);
        for (double x : virial) {
            stress.add(x / v);
        }
        return new Derivatives(energy, forces, stress);
    }

    /** Ordered pairs (i, j-image) with r below the cutoff; d = x_j + T − x_i. */
    static final class Pairs {
        int count;
        int[] i = new int[64];
        int[] j = new int[64];
        double[] r = new double[64];
        double[] dx = new double[64];
        double[] dy = new double[64];
        double[] dz = new double[64];

        void add(int a, int b, double dist, double x, double y, double z) {
            if (count == i.length) {
                int m = 2 * count;
                i = Arrays.copyOf(i, m);
                j = Arrays.copyOf(j, m);
                r = Arrays.copyOf(r, m);
                dx = Arrays.copyOf(dx, m);
                dy = Arrays.copyOf(dy, m);
                dz = Arrays.copyOf(dz, m);
            }
            i[count] = a;
            j[count] = b;
            r[count] = dist;
            dx[count] = x;
            dy[count] = y;
            dz[count] = z;
            count++;
        }
    }

    /** Every ordered pair of atoms (images included) closer than {@code cutoff}. */
    static Pairs neighbours(Structure s, double cutoff) {
        Cell cell = s.cell();
        int n = s.atoms().size();
        double[][] l = {{cell.a().x(), cell.a().y(), cell.a().z()}, {cell.b().x(), cell.b().y(), cell.b().z()},
            {cell.c().x(), cell.c().y(), cell.c().z()}};
        double v = Math.abs(cell.volume());
        int[] range = new int[3];
        for (int a = 0; a < 3; a++) {
            double spacing = v / cell.vector((a + 1) % 3).cross(cell.vector((a + 2) % 3)).norm();
            // Wrapped fractional differences lie in (−1, 1): one more image than the cutoff needs.
            range[a] = (int) Math.ceil(cutoff / spacing) + 1;
        }
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] fz = new double[n];
        for (int k = 0; k < n; k++) {
            Vec3 f = s.atoms().get(k).position();
            fx[k] = f.x() - Math.floor(f.x());
            fy[k] = f.y() - Math.floor(f.y());
            fz[k] = f.z() - Math.floor(f.z());
        }
        double cut2 = cutoff * cutoff;
        Pairs out = new Pairs();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double d0 = fx[b] - fx[a];
                double d1 = fy[b] - fy[a];
                double d2 = fz[b] - fz[a];
                for (int i = -range[0]; i <= range[0]; i++) {
                    double e0 = d0 + i;
                    for (int j = -range[1]; j <= range[1]; j++) {
                        double e1 = d1 + j;
                        double px = e0 * l[0][0] + e1 * l[1][0];
                        double py = e0 * l[0][1] + e1 * l[1][1];
                        double pz = e0 * l[0][2] + e1 * l[1][2];
                        for (int k = -range[2]; k <= range[2]; k++) {
                            double e2 = d2 + k;
                            double x = px + e2 * l[2][0];
                            double y = py + e2 * l[2][1];
                            double z = pz + e2 * l[2][2];
                            double r2 = x * x + y * y + z * z;
                            if (r2 < cut2 && (a != b || i != 0 || j != 0 || k != 0)) {
                                out.add(a, b, Math.sqrt(r2), x, y, z);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
