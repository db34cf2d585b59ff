package org.sublattice.api.crystal;

import java.util.List;
import org.sublattice.api.Checks;

/**
 * Any periodic structure: a cell and atoms at fractional positions (what POSCAR and CIF files
 * hold). Immutable.
 *
 * @param title free text (POSCAR comment line)
 * @param cell lattice vectors
 * @param atoms the atoms, in file order
 */
public record Structure(String title, Cell cell, List<Atom> atoms) {
    public Structure {
        Checks.notNull(title, "title");
        Checks.notNull(cell, "cell");
        atoms = List.copyOf(Checks.noNulls(atoms, "atoms"));
    }

    /**
     * An atom.
     *
     * @param species element symbol
     * @param position fractional coordinates
     */
    public record Atom(String species, Vec3 position) {
        public Atom {
            Checks.notNull(species, "species");
            Checks.notNull(position, "position");
        }
    }

    /** The ideal ordering of a configuration as a structure (vacancies left out). */
    public static Structure of(Configuration configuration, String title) {
        Supercell sc = configuration.supercell();
        Cell cell = sc.cell();
        List<Atom> atoms = new java.util.ArrayList<>();
        for (int s = 0; s < sc.size(); s++) {
            String sp = configuration.species(s);
            if (!Site.VACANCY.equals(sp)) {
                Vec3 f = cell.toFractional(sc.position(s));
                atoms.add(new Atom(sp, new Vec3(wrap(f.x()), wrap(f.y()), wrap(f.z()))));
            }
        }
        return new Structure(title, cell, atoms);
    }

    private static double wrap(double x) {
        double w = x - Math.floor(x);
        return w >= 1 - 1e-12 ? 0 : w;
    }
}
