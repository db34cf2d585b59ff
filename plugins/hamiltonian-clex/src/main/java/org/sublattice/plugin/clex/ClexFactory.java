package org.sublattice.plugin.clex;

import java.nio.file.Path;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.FactorGroup;

/** Factory of the cluster-expansion Hamiltonian. */
public final class ClexFactory implements HamiltonianFactory<ClexFactory.Parameters> {

    /**
     * Parameters.
     *
     * @param model the model file
     * @param tolerance symmetry tolerance
     */
    public record Parameters(
            @Param("model file: our YAML (basis, cluster branch specs, ECIs by function index) or a CASM eci.json/basis.json")
            Path model,
            @Param(value = "tolerance of the symmetry search", unit = "Å", defaultValue = "0.001", min = 0, minExclusive = true)
            double tolerance) {
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "cluster expansion on the lattice's prim: orbits from the factor group, occupation basis, ECIs per function "
                + "(eV per primitive cell); local energy changes from flat tables";
    }

    @Override
    public String example() {
        return """
                hamiltonian:
                  type: cluster-expansion
                  model: models/fcc-ordering.yaml
                # models/fcc-ordering.yaml:
                #   name: fcc-ordering
                #   basis: occupation
                #   clusters: {2: 4.1, 3: 2.9}     # max cluster diameter (Å) per cluster size
                #   eci: {0: 0.0, 1: -0.02, 2: 0.03} # eV per primitive cell, by function index
                """;
    }

    @Override
    public Hamiltonian create(Parameters p, Lattice lattice, BuildContext context) {
        FactorGroup group = FactorGroup.of(lattice.prim(), p.tolerance());
        if (CasmImport.isCasmBasis(p.model())) {
            return CasmImport.read(p.model(), group);
        }
        ClexModel model = ClexModel.read(p.model());
        ClusterSpace space = new ClusterSpace(group, model.maxLengths());
        return new ClusterExpansion(model, space);
    }
}
