package org.sublattice.crystal;

import java.util.List;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

/** Small prims for tests, written from the crystallographic definitions (SCIENCE.md §2). */
final class Prims {
    private Prims() {
    }

    static Site site(String label, double x, double y, double z, String... occupants) {
        return new Site(label, new Vec3(x, y, z), List.of(occupants), occupants[0]);
    }

    static Cell fccCell(double a) {
        return new Cell(new Vec3(0, a / 2, a / 2), new Vec3(a / 2, 0, a / 2), new Vec3(a / 2, a / 2, 0));
    }

    static Prim fcc(String... occ) {
        return new Prim("fcc", fccCell(4.0), List.of(site("4a", 0, 0, 0, occ)));
    }

    static Prim bcc(String... occ) {
        double a = 3.5;
        return new Prim("bcc", new Cell(new Vec3(-a / 2, a / 2, a / 2), new Vec3(a / 2, -a / 2, a / 2), new Vec3(a / 2, a / 2, -a / 2)),
                List.of(site("2a", 0, 0, 0, occ)));
    }

    static Prim hcp(String... occ) {
        double a = 3.0;
        double c = a * Math.sqrt(8.0 / 3.0);
        Cell cell = new Cell(new Vec3(a, 0, 0), new Vec3(-a / 2, a * Math.sqrt(3) / 2, 0), new Vec3(0, 0, c));
        return new Prim("hcp", cell, List.of(site("2c", 1.0 / 3, 2.0 / 3, 0.25, occ), site("2c", 2.0 / 3, 1.0 / 3, 0.75, occ)));
    }

    static Prim b2(String[] a, String[] b) {
        return new Prim("b2", Cell.cubic(3.17), List.of(site("1a", 0, 0, 0, a), site("1b", 0.5, 0.5, 0.5, b)));
    }

    /** Four sites at Cartesian/a (0,0,0), (½,½,½), (¼,¼,¼), (¾,¾,¾) in the FCC primitive cell. */
    static Prim fourSite(String name, double a, String[] s0, String[] s1, String[] s2, String[] s3, String l0, String l1, String l2, String l3) {
        Cell cell = fccCell(a);
        return new Prim(name, cell, List.of(at(cell, l0, 0, s0), at(cell, l1, 0.5, s1), at(cell, l2, 0.25, s2), at(cell, l3, 0.75, s3)));
    }

    private static Site at(Cell cell, String label, double t, String[] occ) {
        return new Site(label, cell.toFractional(new Vec3(t, t, t).times(cell.a().norm() * Math.sqrt(2))), List.of(occ), occ[0]);
    }

    static Prim b32(String[] li, String[] m) {
        return fourSite("b32", 6.37, li, m, li, m, "8a", "8b", "8a", "8b");
    }

    static Prim d03(String[] ag, String[] li) {
        return fourSite("d03", 6.40, ag, li, li, li, "4a", "4b", "8c", "8c");
    }
}
