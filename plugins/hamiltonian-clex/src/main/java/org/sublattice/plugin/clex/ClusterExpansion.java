package org.sublattice.plugin.clex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.ResultTable;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.SiteBasis;

/**
 * A cluster expansion E(σ)/N_prim = Σ_f V_f m_f ⟨Φ_f⟩, with Φ_f the orbit average of products of
 * site functions (occupation or orthonormal, see {@link SiteBasis}). Equivalently E = Σ over every decorated cluster in the supercell of
 * V_f Π φ, which is what the bound evaluator sums. Immutable and thread-safe.
 */
final class ClusterExpansion implements Hamiltonian {
    private final String name;
    private final String source;
    private final ClusterSpace space;
    private final double[] eci;
    private final SiteBasis basis;

    ClusterExpansion(ClexModel model, ClusterSpace space) {
        this(model.name(), model.source(), space,
                model.basis() == SiteBasis.Kind.OCCUPATION ? SiteBasis.occupation(space.prim())
                        : SiteBasis.orthonormal(space.prim(), model.composition()),
                toArray(model, space));
    }

    /**
     * @param eci one value per function of {@code space}, eV per primitive cell, in {@code basis}
     */
    ClusterExpansion(String name, String source, ClusterSpace space, SiteBasis basis, double[] eci) {
        if (eci.length != space.functions().size()) {
            throw new IllegalArgumentException(eci.length + " ECIs for " + space.functions().size() + " functions");
        }
        this.name = name;
        this.source = source;
        this.space = space;
        this.basis = basis;
        this.eci = eci.clone();
    }

    private static double[] toArray(ClexModel model, ClusterSpace space) {
        int n = space.functions().size();
        List<Integer> bad = ClexModel.outOfRange(model.eci(), n);
        if (!bad.isEmpty()) {
            throw new InvalidInputException("model " + model.source() + ": ECI function indices " + bad + " do not exist; this prim with "
                    + "clusters " + describeSpecs(model.maxLengths()) + " has functions 0.." + (n - 1));
        }
        double[] out = new double[n];
        model.eci().forEach((k, v) -> out[k] = v);
        return out;
    }

    private static String describeSpecs(double[] max) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 2; i < max.length; i++) {
            b.append(i > 2 ? ", " : "").append(i).append(": ").append(max[i]);
        }
        return b.append("}").toString();
    }

    ClusterSpace space() {
        return space;
    }

    SiteBasis basis() {
        return basis;
    }

    /** ECI of each function (eV per primitive cell). */
    double[] eci() {
        return eci.clone();
    }

    @Override
    public BoundHamiltonian bind(Supercell supercell) {
        Prim prim = space.prim();
        if (!supercell.prim().equals(prim)) {
            throw new InvalidInputException("supercell of prim '" + supercell.prim().name() + "' does not belong to model "
                    + name + " (" + source + ") on prim '" + prim.name() + "'");
        }
        return new BoundClusterExpansion(supercell, space, basis, eci);
    }

    @Override
    public Optional<ResultTable> terms() {
        List<Column> cols = List.of(new Column("function", ""), new Column("orbit", ""), new Column("size", ""),
                new Column("multiplicity", ""), new Column("max_length", "Å"), new Column("min_length", "Å"),
                new Column("eci", "eV"));
        List<double[]> rows = new ArrayList<>();
        for (ClusterSpace.Function f : space.functions()) {
            ClusterSpace.Orbit o = space.orbits().get(f.orbit());
            rows.add(new double[] {f.index(), f.orbit(), f.size(), f.multiplicity(), o.maxLength(), o.minLength(), eci[f.index()]});
        }
        return Optional.of(new ResultTable("terms", cols, rows));
    }
}
