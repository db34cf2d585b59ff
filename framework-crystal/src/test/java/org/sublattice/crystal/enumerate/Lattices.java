package org.sublattice.crystal.enumerate;

import java.util.List;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.lattice.Prims;

/** Parent crystals of the enumeration tests, from their textbook definitions. */
final class Lattices {
    private Lattices() {
    }

    static Prim fcc(String... occupants) {
        return one("fcc", Prims.fccPrimitive(4.0), occupants);
    }

    static Prim bcc(String... occupants) {
        return one("bcc", Prims.bccPrimitive(3.5), occupants);
    }

    static Prim sc(String... occupants) {
        return one("sc", Cell.cubic(3.0), occupants);
    }

    /** HCP with the ideal c/a = √(8/3), sites at (⅓, ⅔, ¼) and (⅔, ⅓, ¾). */
    static Prim hcp(String... occupants) {
        double a = 3.0;
        Cell cell = Prims.hexagonal(a, a * Math.sqrt(8.0 / 3));
        return new Prim("hcp", cell, List.of(site("2c", 1.0 / 3, 2.0 / 3, 0.25, occupants), site("2c", 2.0 / 3, 1.0 / 3, 0.75, occupants)));
    }

    /** B2 (CsCl) LiAg, a = 3.17 Å: 1a (0, 0, 0) ideally Li, 1b (½, ½, ½) ideally Ag. */
    static Prim b2(List<String> onA, List<String> onB) {
        return new Prim("b2", Cell.cubic(3.17), List.of(site("1a", 0, 0, 0, onA.toArray(String[]::new)),
                site("1b", 0.5, 0.5, 0.5, onB.toArray(String[]::new))));
    }

    private static Prim one(String name, Cell cell, String... occupants) {
        return new Prim(name, cell, List.of(site(switch (name) { case "bcc" -> "2a"; case "sc" -> "1a"; default -> "4a"; }, 0, 0, 0, occupants)));
    }

    static Site site(String label, double x, double y, double z, String... occupants) {
        return new Site(label, new Vec3(x, y, z), List.of(occupants), occupants[0]);
    }
}
