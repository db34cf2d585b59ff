package org.sublattice.api;

import java.util.Optional;
import org.sublattice.api.crystal.Supercell;

/**
 * A Hamiltonian bound to one supercell. Energies are in eV for the whole supercell; occupation
 * arrays are those of {@link org.sublattice.api.crystal.Configuration#occupation()}.
 *
 * <p>Contract: every {@code delta*} method returns E(after) − E(before) equal to the difference
 * of two {@link #energy(byte[])} calls within 1e−10 eV, allocates nothing, and leaves the array as
 * it found it (it may change it temporarily). An instance is used by one thread at a time; a
 * chain gets its own through {@link #forChain()}, which shares the (immutable) tables.
 */
public interface BoundHamiltonian {

    Supercell supercell();

    /**
     * An evaluator for one chain (one thread): implementations that keep scratch space return a
     * new view sharing their tables; stateless ones return {@code this}.
     */
    default BoundHamiltonian forChain() {
        return this;
    }

    /**
     * How far (Å) a site's occupant can influence energy changes: the largest cluster diameter of
     * a cluster expansion. Kinetic samplers use it to know which rates an event touched; the
     * default, infinity, means every rate.
     */
    default double interactionRange() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The same model as an energy of arbitrary (strained, relaxed) structures, for samplers that
     * move atoms off the ideal sites; empty for models that only know configurations on the
     * lattice (a cluster expansion). Use it from the thread that uses this view.
     */
    default Optional<StructureEnergy> structureEnergy() {
        return Optional.empty();
    }

    /** Total energy (eV) of the occupation, recomputed from scratch. */
    double energy(byte[] occupation);

    /** Energy change of setting site {@code site} to occupant index {@code newOccupant}. */
    double deltaFlip(byte[] occupation, int site, int newOccupant);

    /** Energy change of exchanging the occupants of sites {@code a} and {@code b}. */
    default double deltaSwap(byte[] occupation, int a, int b) {
        byte oa = occupation[a];
        byte ob = occupation[b];
        if (oa == ob) {
            return 0;
        }
        if (!sameOccupantSpecies(a, b)) {
            throw new IllegalArgumentException("sites " + a + " and " + b + " do not share allowed occupants; cannot swap");
        }
        double d1 = deltaFlip(occupation, a, ob);
        occupation[a] = ob;
        double d2 = deltaFlip(occupation, b, oa);
        occupation[a] = oa;
        return d1 + d2;
    }

    /**
     * Energy change of the multi-site event setting {@code sites[n]} to {@code newOccupants[n]}
     * for n below {@code count}.
     */
    default double deltaEvent(byte[] occupation, int[] sites, byte[] newOccupants, int count) {
        double d = 0;
        // Applies the changes one by one (newOccupants then holds the old values), then restores
        // them in reverse order, which also restores newOccupants.
        for (int n = 0; n < count; n++) {
            int s = sites[n];
            d += deltaFlip(occupation, s, newOccupants[n]);
            newOccupants[n] = swapIn(occupation, s, newOccupants[n]);
        }
        for (int n = count - 1; n >= 0; n--) {
            newOccupants[n] = swapIn(occupation, sites[n], newOccupants[n]);
        }
        return d;
    }

    private static byte swapIn(byte[] occupation, int s, byte value) {
        byte prev = occupation[s];
        occupation[s] = value;
        return prev;
    }

    private boolean sameOccupantSpecies(int a, int b) {
        return supercell().site(a).occupants().equals(supercell().site(b).occupants());
    }
}
