package org.sublattice.crystal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;

/**
 * Reads CASM configuration lists (libcasm's {@code Configuration.to_dict} layout, as in a
 * {@code config_list.json}): a JSON list of objects with {@code transformation_matrix_to_supercell}
 * (CASM's T, lattice vectors as columns: L = P·T), {@code dof.occ} (the occupant index of every
 * site in CASM's site order) and optionally {@code supercell_name}. Each configuration is named
 * {@code <supercell_name>/<n>}, n counting the configurations of that supercell in file order —
 * CASM's configuration names, by which DFT results are usually filed.
 *
 * <p>CASM orders the sites of a supercell by basis site, then by lattice point in the order of the
 * Smith normal form T = U·S·V: point n has coordinates U·(m, n', p) with
 * m = n mod S₀, n' = ⌊n / S₀⌋ mod S₁, p = ⌊n / (S₀S₁)⌋ (described in CASM's
 * {@code OrderedLatticePointGenerator}); {@link SmithNormalForm} reproduces CASM's U. Occupant
 * indices refer to the site's occupant list in the prim, which must be CASM's (e.g. read with
 * {@link CasmPrim}).
 */
public final class CasmConfigList {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CasmConfigList() {
    }

    /**
     * A configuration of the list.
     *
     * @param name {@code <supercell_name>/<n>}, or {@code config<i>} without a supercell name
     * @param configuration the occupation on a supercell of the prim (our site order)
     */
    public record Entry(String name, Configuration configuration) {
        public Entry {
            Checks.notNull(name, "name");
            Checks.notNull(configuration, "configuration");
        }
    }

    /** Reads a configuration list for a prim. */
    public static List<Entry> read(Path file, Prim prim) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read CASM configuration list " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), prim);
    }

    /** Parses a configuration list; {@code source} names it in messages. */
    public static List<Entry> parse(String json, String source, Prim prim) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ":" + e.getLocation().getLineNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(source + ": expected a JSON list of configurations");
        }
        List<Entry> out = new ArrayList<>();
        Map<String, Integer> perSupercell = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode c = root.get(i);
            String where = source + ": [" + i + "]";
            long[][] t = matrix(c.get("transformation_matrix_to_supercell"), where + ".transformation_matrix_to_supercell");
            JsonNode occ = c.path("dof").path("occ");
            if (!occ.isArray()) {
                throw new InvalidInputException(where + ": missing dof.occ (the occupant index of every site)");
            }
            String name;
            if (c.get("supercell_name") != null && c.get("supercell_name").isTextual()) {
                String sc = c.get("supercell_name").asText();
                int n = perSupercell.merge(sc, 1, Integer::sum) - 1;
                name = sc + "/" + n;
            } else {
                name = "config" + i;
            }
            int[] values = new int[occ.size()];
            for (int k = 0; k < values.length; k++) {
                if (!occ.get(k).isIntegralNumber()) {
                    throw new InvalidInputException(where + ".dof.occ[" + k + "]: expected an occupant index, got " + occ.get(k));
                }
                values[k] = occ.get(k).asInt();
            }
            try {
                out.add(new Entry(name, configuration(prim, t, values)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + " (" + name + "): " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The configuration of CASM occupation {@code occ} (CASM site order) on the supercell with
     * CASM transformation matrix {@code casmT} (columns: L = P·T).
     *
     * @throws IllegalArgumentException if {@code occ} has the wrong length or an occupant index
     *     out of range
     */
    public static Configuration configuration(Prim prim, long[][] casmT, int[] occ) {
        int[][] rows = new int[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                // Our rows are supercell vectors in prim units: the columns of CASM's T.
                rows[r][c] = Math.toIntExact(casmT[c][r]);
            }
        }
        Supercell sc = Supercell.of(prim, rows);
        int volume = sc.volume();
        if (occ.length != sc.size()) {
            throw new IllegalArgumentException("dof.occ has " + occ.length + " entries; the supercell has " + sc.size() + " sites");
        }
        SmithNormalForm snf = SmithNormalForm.of(casmT);
        long s0 = snf.s[0][0];
        long s01 = snf.s[0][0] * snf.s[1][1];
        byte[] occupation = new byte[sc.size()];
        for (int b = 0; b < prim.size(); b++) {
            int allowed = prim.basis().get(b).occupants().size();
            for (int n = 0; n < volume; n++) {
                long[] mnp = {(n % s01) % s0, (n % s01) / s0, n / s01};
                int[] ijk = new int[3];
                for (int r = 0; r < 3; r++) {
                    ijk[r] = Math.toIntExact(snf.u[r][0] * mnp[0] + snf.u[r][1] * mnp[1] + snf.u[r][2] * mnp[2]);
                }
                int value = occ[b * volume + n];
                if (value < 0 || value >= allowed) {
                    throw new IllegalArgumentException("occupant index " + value + " of site " + (b * volume + n) + " (basis site " + b
                            + ") is out of range; that site allows " + prim.basis().get(b).occupants());
                }
                occupation[sc.index(b, ijk[0], ijk[1], ijk[2])] = (byte) value;
            }
        }
        return new Configuration(sc, occupation);
    }

    private static long[][] matrix(JsonNode node, String where) {
        if (node == null || !node.isArray() || node.size() != 3) {
            throw new InvalidInputException(where + ": expected a 3×3 integer matrix, got " + node);
        }
        long[][] m = new long[3][3];
        for (int r = 0; r < 3; r++) {
            JsonNode row = node.get(r);
            if (!row.isArray() || row.size() != 3) {
                throw new InvalidInputException(where + ": expected a 3×3 integer matrix, got " + node);
            }
            for (int c = 0; c < 3; c++) {
                if (!row.get(c).isIntegralNumber()) {
                    throw new InvalidInputException(where + "[" + r + "][" + c + "]: expected a whole number, got " + row.get(c));
                }
                m[r][c] = row.get(c).asLong();
            }
        }
        if (SmithNormalForm.det(m) == 0) {
            throw new InvalidInputException(where + ": the matrix is singular");
        }
        return m;
    }
}
