package org.sublattice.crystal.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * Writes structures as CIF in space group P1: cell lengths (Å) and angles (degrees), and every atom
 * in an {@code _atom_site} loop with fractional coordinates. CIF fixes the cell only up to
 * rotation, so a reader gets back the metric and the fractional coordinates, not the Cartesian
 * orientation.
 */
public final class Cif {
    private Cif() {
    }

    /** The structure as a P1 CIF data block named after its title. */
    public static String write(Structure structure) {
        Cell cell = structure.cell();
        Vec3 a = cell.a();
        Vec3 b = cell.b();
        Vec3 c = cell.c();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(structure.title().replaceAll("\\R", " ")).append('\n');
        out.append("data_").append(blockName(structure.title())).append('\n');
        out.append("_symmetry_space_group_name_H-M   'P 1'\n");
        out.append("_space_group_IT_number           1\n");
        out.append("_chemical_formula_sum            '").append(formula(structure)).append("'\n");
        tag(out, "_cell_length_a", a.norm());
        tag(out, "_cell_length_b", b.norm());
        tag(out, "_cell_length_c", c.norm());
        tag(out, "_cell_angle_alpha", angle(b, c));
        tag(out, "_cell_angle_beta", angle(a, c));
        tag(out, "_cell_angle_gamma", angle(a, b));
        tag(out, "_cell_volume", Math.abs(cell.volume()));
        out.append("loop_\n_space_group_symop_operation_xyz\n  'x, y, z'\n");
        out.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n")
                .append("_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\n");
        Map<String, Integer> serial = new LinkedHashMap<>();
        for (Structure.Atom atom : structure.atoms()) {
            int n = serial.merge(atom.species(), 1, Integer::sum);
            Vec3 f = atom.position();
            out.append("  ").append(atom.species()).append(n).append(' ').append(atom.species())
                    .append(' ').append(Poscar.number(f.x()).strip())
                    .append(' ').append(Poscar.number(f.y()).strip())
                    .append(' ').append(Poscar.number(f.z()).strip())
                    .append(" 1\n");
        }
        return out.toString();
    }

    private static void tag(StringBuilder out, String name, double value) {
        out.append(String.format(Locale.ROOT, "%-32s %s", name, Poscar.number(value).strip())).append('\n');
    }

    private static double angle(Vec3 u, Vec3 v) {
        double cos = u.dot(v) / (u.norm() * v.norm());
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /** Sum formula with species in first-seen order, e.g. {@code Li8 Al8}. */
    private static String formula(Structure structure) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Structure.Atom a : structure.atoms()) {
            counts.merge(a.species(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        counts.forEach((sp, n) -> s.append(s.length() == 0 ? "" : " ").append(sp).append(n));
        return s.toString();
    }

    /** CIF block names are one token of printable non-blank characters. */
    private static String blockName(String title) {
        String name = title.strip().replaceAll("[^A-Za-z0-9_.+-]+", "_");
        return name.isEmpty() ? "structure" : name;
    }
}
