package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Structure.Atom;
import org.sublattice.api.crystal.Vec3;

class CifTest {
    @Test
    void hexagonalCellAndFractionalPositionsCanBeReadBack() {
        double a = 3.1270901366213164;
        double c = 5.1065168096082409;
        Cell hcp = new Cell(new Vec3(a, 0, 0), new Vec3(-a / 2, a * Math.sqrt(3) / 2, 0), new Vec3(0, 0, c));
        Structure s = new Structure("Li hcp (ideal)", hcp, List.of(
                new Atom("Li", new Vec3(1.0 / 3, 2.0 / 3, 0.25)),
                new Atom("Li", new Vec3(2.0 / 3, 1.0 / 3, 0.75)),
                new Atom("Al", new Vec3(0.1, 0.2, 0.3))));
        Parsed p = Parsed.of(Cif.write(s));

        assertEquals("Li_hcp_ideal_", p.block);
        assertEquals("'P 1'", p.tags.get("_symmetry_space_group_name_H-M"));
        assertEquals("'Li2 Al1'", p.tags.get("_chemical_formula_sum"));
        assertEquals(a, p.number("_cell_length_a"), 1e-14);
        assertEquals(a, p.number("_cell_length_b"), 1e-14);
        assertEquals(c, p.number("_cell_length_c"), 1e-14);
        assertEquals(90, p.number("_cell_angle_alpha"), 1e-12);
        assertEquals(90, p.number("_cell_angle_beta"), 1e-12);
        assertEquals(120, p.number("_cell_angle_gamma"), 1e-12);
        assertEquals(Math.abs(hcp.volume()), p.number("_cell_volume"), 1e-12);

        assertEquals(List.of("_atom_site_label", "_atom_site_type_symbol", "_atom_site_fract_x", "_atom_site_fract_y",
                "_atom_site_fract_z", "_atom_site_occupancy"), p.columns);
        assertEquals(3, p.rows.size());
        assertEquals(List.of("Li1", "Li"), p.rows.get(0).subList(0, 2));
        assertEquals(List.of("Li2", "Li"), p.rows.get(1).subList(0, 2));
        assertEquals(List.of("Al1", "Al"), p.rows.get(2).subList(0, 2));
        for (int i = 0; i < 3; i++) {
            Vec3 f = s.atoms().get(i).position();
            List<String> row = p.rows.get(i);
            assertEquals(f.x(), Double.parseDouble(row.get(2)), 1e-15);
            assertEquals(f.y(), Double.parseDouble(row.get(3)), 1e-15);
            assertEquals(f.z(), Double.parseDouble(row.get(4)), 1e-15);
            assertEquals("1", row.get(5));
        }
    }

    /** The subset of CIF this writer produces: tags with values and loops of plain tokens. */
    private static final class Parsed {
        String block;
        final Map<String, String> tags = new HashMap<>();
        List<String> columns = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        static Parsed of(String cif) {
            Parsed p = new Parsed();
            List<String> loopColumns = null;
            boolean inRows = false;
            for (String raw : cif.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("data_")) {
                    p.block = line.substring(5);
                } else if (line.equals("loop_")) {
                    loopColumns = new ArrayList<>();
                    inRows = false;
                } else if (loopColumns != null && line.startsWith("_") && !inRows) {
                    loopColumns.add(line);
                } else if (loopColumns != null && !line.startsWith("_")) {
                    inRows = true;
                    if (loopColumns.get(0).startsWith("_atom_site")) {
                        p.columns = loopColumns;
                        p.rows.add(List.of(line.split("\\s+")));
                    }
                } else {
                    loopColumns = null;
                    String[] kv = line.split("\\s+", 2);
                    p.tags.put(kv[0], kv[1]);
                }
            }
            return p;
        }

        double number(String tag) {
            assertTrue(tags.containsKey(tag), "missing " + tag + " in " + tags);
            return Double.parseDouble(tags.get(tag));
        }
    }
}
