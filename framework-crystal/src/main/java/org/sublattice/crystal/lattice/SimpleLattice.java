package org.sublattice.crystal.lattice;

import org.sublattice.api.Checks;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Prim;

/** A lattice that is a fixed prim and its description. Immutable. */
public final class SimpleLattice implements Lattice {
    private final Prim prim;
    private final Description description;

    public SimpleLattice(Prim prim, Description description) {
        this.prim = Checks.notNull(prim, "prim");
        this.description = Checks.notNull(description, "description");
    }

    @Override
    public Prim prim() {
        return prim;
    }

    @Override
    public Description describe() {
        return description;
    }

    @Override
    public String toString() {
        return prim.name() + " (" + description.summary() + ")";
    }
}
