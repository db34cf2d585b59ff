package org.sublattice.plugin.eam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;

/** Factory of the {@code lammps} Hamiltonian: energies from an installed LAMMPS with any pair style. */
public final class LammpsFactory implements HamiltonianFactory<LammpsFactory.Parameters> {

    /**
     * Parameters.
     *
     * @param pairStyle pair_style arguments
     * @param pairCoeff pair_coeff argument lines
     * @param executable the LAMMPS command
     * @param timeout seconds per LAMMPS run
     */
    public record Parameters(
            @Param("pair_style arguments, e.g. 'eam/alloy' or 'lj/cut 8.0'") String pairStyle,
            @Param("pair_coeff argument lines; {species} becomes the species in atom-type order, e.g. "
                    + "'* * /usr/share/lammps/potentials/AlCu.eam.alloy {species}'; relative paths are relative to the pipeline")
            List<String> pairCoeff,
            @Param(value = "the LAMMPS executable (name on PATH or full path)", defaultValue = "lmp") String executable,
            @Param(value = "longest LAMMPS run", unit = "s", defaultValue = "120", min = 0, minExclusive = true) double timeout) {
        public Parameters {
            if (pairCoeff.isEmpty()) {
                throw new IllegalArgumentException("pair-coeff needs at least one line");
            }
        }
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "energies from an installed LAMMPS (lmp) with any pair style, one run per structure (slow: for checks and small scans)";
    }

    @Override
    public String example() {
        return """
                hamiltonian:
                  type: lammps
                  pair-style: eam/alloy
                  pair-coeff: ["* * /usr/share/lammps/potentials/Al_zhou.eam.alloy {species}"]
                  executable: lmp
                """;
    }

    @Override
    public Hamiltonian create(Parameters p, Lattice lattice, BuildContext context) {
        List<String> types = lattice.prim().species().stream().filter(s -> !Site.VACANCY.equals(s)).toList();
        Lammps lammps = new Lammps(p.executable(), p.pairStyle(), p.pairCoeff(), types, context.pipelineDirectory(), p.timeout());
        lammps.probe();
        return new LammpsHamiltonian(lammps, lattice.prim());
    }

    /** Configurations as structures (vacancies removed), each energy one LAMMPS run; recent energies are remembered. */
    static final class LammpsHamiltonian implements Hamiltonian {
        private final Lammps lammps;
        private final Prim prim;

        LammpsHamiltonian(Lammps lammps, Prim prim) {
            this.lammps = lammps;
            this.prim = prim;
        }

        @Override
        public BoundHamiltonian bind(Supercell supercell) {
            if (!supercell.prim().equals(prim)) {
                throw new InvalidInputException("supercell of prim '" + supercell.prim().name() + "' does not belong to the model's prim");
            }
            return new Bound(lammps, supercell);
        }
    }

    static final class Bound implements RecomputingBound {
        private static final int CACHE = 64;
        private final Lammps lammps;
        private final Supercell supercell;
        private final StructureEnergy structures;
        private final Map<String, Double> recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Double> e) {
                return size() > CACHE;
            }
        };

        Bound(Lammps lammps, Supercell supercell) {
            this.lammps = lammps;
            this.supercell = supercell;
            this.structures = new StructureEnergy() {
                @Override
                public List<String> species() {
                    return lammps.types();
                }

                @Override
                public double energy(Structure structure) {
                    return lammps.energy(structure);
                }
            };
        }

        @Override
        public Supercell supercell() {
            return supercell;
        }

        @Override
        public BoundHamiltonian forChain() {
            return new Bound(lammps, supercell);
        }

        @Override
        public Optional<StructureEnergy> structureEnergy() {
            return Optional.of(structures);
        }

        @Override
        public double energy(byte[] occupation) {
            String key = Arrays.toString(occupation);
            Double e = recent.get(key);
            if (e == null) {
                Configuration c = new Configuration(supercell, occupation);
                Structure s = Structure.of(c, "configuration");
                e = s.atoms().isEmpty() ? 0.0 : lammps.energy(s);
                recent.put(key, e);
            }
            return e;
        }
    }
}
