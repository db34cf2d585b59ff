package org.sublattice.plugin.eam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;

/**
 * An EAM potential as a Hamiltonian of configurations: atoms sit on the ideal sites of the
 * supercell, a vacancy is an empty site. Energy changes of occupant changes are computed locally
 * (the changed site's pair terms and embedding, and the embedding of its neighbours), equal to
 * full recomputes to rounding. The same potential is offered as a {@link StructureEnergy} for
 * strained structures. Immutable and thread-safe.
 */
final class EamHamiltonian implements Hamiltonian {
    private final EamPotential potential;
    private final Prim prim;

    EamHamiltonian(EamPotential potential, Prim prim) {
        this.potential = potential;
        this.prim = prim;
        for (Site s : prim.basis()) {
            for (String sp : s.occupants()) {
                if (!Site.VACANCY.equals(sp) && potential.indexOf(sp) < 0) {
                    throw new InvalidInputException("species " + sp + " of sublattice '" + s.sublattice() + "' is not in potential "
                            + potential.source() + ", which describes " + potential.elements());
                }
            }
        }
    }

    EamPotential potential() {
        return potential;
    }

    @Override
    public BoundHamiltonian bind(Supercell supercell) {
        if (!supercell.prim().equals(prim)) {
            throw new InvalidInputException("supercell of prim '" + supercell.prim().name() + "' does not belong to the EAM model's prim '"
                    + prim.name() + "'");
        }
        return new Bound(potential, supercell);
    }

    /** Neighbour lists of the ideal sites and the element of each (site, occupant). */
    static final class Bound implements BoundHamiltonian {
        private final EamPotential potential;
        private final Supercell supercell;
        private final int width;
        private final int[] neighbour;
        private final double[] distance;
        private final int[][] elementOf;
        private final int[] basisOf;
        private final EamStructureEnergy structureEnergy;
        // Per-chain scratch (forChain gives each chain its own).
        private final double[] delta;
        private final int[] touched;
        private final int[] mark;
        private int stamp;

        Bound(EamPotential potential, Supercell supercell) {
            this.potential = potential;
            this.supercell = supercell;
            Prim prim = supercell.prim();
            List<Neighbour> all = new ArrayList<>();
            for (Neighbour nb : prim.neighbours(potential.cutoff())) {
                if (nb.distance() < potential.cutoff()) {
                    all.add(nb);
                }
            }
            Supercell.NeighbourTable table = supercell.neighbourTable(all);
            this.width = table.width();
            this.neighbour = table.table();
            double[][] byBasis = new double[prim.size()][width];
            int[] filled = new int[prim.size()];
            for (Neighbour nb : all) {
                byBasis[nb.from()][filled[nb.from()]++] = nb.distance();
            }
            int n = supercell.size();
            this.distance = new double[n * width];
            this.basisOf = new int[n];
            for (int s = 0; s < n; s++) {
                basisOf[s] = supercell.basis(s);
                System.arraycopy(byBasis[basisOf[s]], 0, distance, s * width, width);
            }
            this.elementOf = new int[prim.size()][];
            for (int b = 0; b < prim.size(); b++) {
                List<String> occ = prim.basis().get(b).occupants();
                elementOf[b] = new int[occ.size()];
                for (int o = 0; o < occ.size(); o++) {
                    elementOf[b][o] = Site.VACANCY.equals(occ.get(o)) ? -1 : potential.indexOf(occ.get(o));
                }
            }
            this.structureEnergy = new EamStructureEnergy(potential);
            this.delta = new double[n];
            this.touched = new int[n];
            this.mark = new int[n];
        }

        private Bound(Bound shared) {
            this.potential = shared.potential;
            this.supercell = shared.supercell;
            this.width = shared.width;
            this.neighbour = shared.neighbour;
            this.distance = shared.distance;
            this.elementOf = shared.elementOf;
            this.basisOf = shared.basisOf;
            this.structureEnergy = shared.structureEnergy;
            int n = supercell.size();
            this.delta = new double[n];
            this.touched = new int[n];
            this.mark = new int[n];
        }

        @Override
        public Supercell supercell() {
            return supercell;
        }

        @Override
        public BoundHamiltonian forChain() {
            return new Bound(this);
        }

        @Override
        public double interactionRange() {
            // A change at a site alters the embedding of its neighbours, whose densities reach one cutoff further.
            return 2 * potential.cutoff();
        }

        @Override
        public Optional<StructureEnergy> structureEnergy() {
            return Optional.of(structureEnergy);
        }

        private int element(byte[] occ, int site) {
            return elementOf[basisOf[site]][occ[site]];
        }

        /** Density at site s holding element e (others as in occ). */
        private double density(byte[] occ, int s, int e) {
            double rho = 0;
            int o = s * width;
            for (int k = 0; k < width; k++) {
                int j = neighbour[o + k];
                if (j < 0) {
                    break;
                }
                int ej = j == s ? e : element(occ, j);
                if (ej >= 0) {
                    rho += potential.density(ej, e, distance[o + k]);
                }
            }
            return rho;
        }

        @Override
        public double energy(byte[] occupation) {
            double embedding = 0;
            double pairs = 0;
            for (int s = 0; s < occupation.length; s++) {
                int e = element(occupation, s);
                if (e < 0) {
                    continue;
                }
                double rho = 0;
                int o = s * width;
                for (int k = 0; k < width; k++) {
                    int j = neighbour[o + k];
                    if (j < 0) {
                        break;
                    }
                    int ej = element(occupation, j);
                    if (ej >= 0) {
                        double r = distance[o + k];
                        rho += potential.density(ej, e, r);
                        pairs += potential.pair(e, ej, r);
                    }
                }
                embedding += potential.embedding(e, rho);
            }
            return embedding + 0.5 * pairs;
        }

        @Override
        public double deltaFlip(byte[] occupation, int site, int newOccupant) {
            int old = element(occupation, site);
            int nw = elementOf[basisOf[site]][newOccupant];
            if (old == nw) {
                return 0;
            }
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(mark, 0);
                stamp = 1;
            }
            int count = 0;
            double d = 0;
            int o = site * width;
            for (int k = 0; k < width; k++) {
                int j = neighbour[o + k];
                if (j < 0) {
                    break;
                }
                double r = distance[o + k];
                if (j == site) {
                    // An own periodic image: its pair term counts once per entry, at half weight.
                    double before = old >= 0 ? potential.pair(old, old, r) : 0;
                    double after = nw >= 0 ? potential.pair(nw, nw, r) : 0;
                    d += 0.5 * (after - before);
                    continue;
                }
                int ej = element(occupation, j);
                if (ej < 0) {
                    continue;
                }
                double before = old >= 0 ? potential.pair(old, ej, r) : 0;
                double after = nw >= 0 ? potential.pair(nw, ej, r) : 0;
                d += after - before;
                double dRho = (nw >= 0 ? potential.density(nw, ej, r) : 0) - (old >= 0 ? potential.density(old, ej, r) : 0);
                if (mark[j] != stamp) {
                    mark[j] = stamp;
                    delta[j] = 0;
                    touched[count++] = j;
                }
                delta[j] += dRho;
            }
            if (old >= 0) {
                d -= potential.embedding(old, density(occupation, site, old));
            }
            if (nw >= 0) {
                d += potential.embedding(nw, density(occupation, site, nw));
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                int ej = element(occupation, j);
                double rho = density(occupation, j, ej);
                d += potential.embedding(ej, rho + delta[j]) - potential.embedding(ej, rho);
            }
            return d;
        }
    }
}
