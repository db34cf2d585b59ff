package org.sublattice.plugin.eam;

import java.util.Optional;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;

/**
 * A MEAM model as a Hamiltonian: configurations are structures of atoms on the ideal sites
 * (vacancies empty), each energy a full evaluation — meant for strain-path scans and small checks,
 * not for long Monte Carlo runs. Immutable and thread-safe.
 */
final class MeamHamiltonian implements Hamiltonian {
    private final MeamStructureEnergy energy;
    private final Prim prim;

    MeamHamiltonian(MeamPotential potential, Prim prim) {
        this.energy = new MeamStructureEnergy(potential);
        this.prim = prim;
        for (Site s : prim.basis()) {
            for (String sp : s.occupants()) {
                if (!Site.VACANCY.equals(sp) && potential.indexOf(sp) < 0) {
                    throw new InvalidInputException("species " + sp + " of sublattice '" + s.sublattice() + "' is not in MEAM model "
                            + potential.source() + ", which describes " + potential.elements());
                }
            }
        }
    }

    @Override
    public BoundHamiltonian bind(Supercell supercell) {
        if (!supercell.prim().equals(prim)) {
            throw new InvalidInputException("supercell of prim '" + supercell.prim().name() + "' does not belong to the MEAM model's prim '"
                    + prim.name() + "'");
        }
        return new Bound(energy, supercell);
    }

    private record Bound(MeamStructureEnergy energy, Supercell supercell) implements RecomputingBound {
        @Override
        public Optional<StructureEnergy> structureEnergy() {
            return Optional.of(energy);
        }

        @Override
        public double energy(byte[] occupation) {
            Structure s = Structure.of(new Configuration(supercell, occupation), "configuration");
            return s.atoms().isEmpty() ? 0 : energy.energy(s);
        }
    }
}
