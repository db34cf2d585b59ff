package org.sublattice.api;

import java.util.List;
import java.util.Optional;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * An energy model of arbitrary periodic structures (atoms anywhere, cells of any shape): an
 * interatomic potential such as EAM, or an external code. Samplers that deform structures (the
 * strain-path scanner) reach it through {@link BoundHamiltonian#structureEnergy()}.
 *
 * <p>Contract: {@link #energy} is the total energy in eV of the structure as given (periodic in
 * all three directions), depends only on the cell and the atoms (species by element symbol), and
 * is invariant under rigid rotations and translations and under the choice of cell of the same
 * lattice. A structure holding a species the model does not know raises
 * {@link InvalidInputException} naming the species. Implementations may keep scratch space; use
 * an instance from one thread at a time, as the bound Hamiltonian it came from.
 */
public interface StructureEnergy {

    /** Element symbols the model knows. */
    List<String> species();

    /** Total energy (eV) of the structure. */
    double energy(Structure structure);

    /**
     * Energy, forces and stress where the model gets them cheaply (analytic derivatives); empty
     * otherwise.
     */
    default Optional<Derivatives> derivatives(Structure structure) {
        return Optional.empty();
    }

    /**
     * Energy with its first derivatives.
     *
     * @param energy total energy (eV)
     * @param forces force on each atom, −∂E/∂r (eV/Å), in the structure's atom order
     * @param stress (1/V)·∂E/∂ε for the symmetric strain ε, Voigt order xx, yy, zz, yz, xz, xy
     *     (eV/Å³; positive under tension, the negative of LAMMPS's pressure tensor)
     */
    record Derivatives(double energy, List<Vec3> forces, List<Double> stress) {
        public Derivatives {
            Checks.finite(energy, "energy");
            forces = List.copyOf(Checks.noNulls(forces, "forces"));
            stress = List.copyOf(Checks.noNulls(stress, "stress"));
            if (stress.size() != 6) {
                throw new IllegalArgumentException("stress has " + stress.size() + " components; Voigt order needs 6");
            }
        }
    }
}
