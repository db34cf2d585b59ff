package org.sublattice.crystal.enumerate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Supercell;

/** Reads back what {@link EnumerationWriter} wrote. */
public final class Manifests {
    private Manifests() {
    }

    /**
     * One configuration of an {@code orderings} manifest, e.g. to serve as a background ordering.
     *
     * @param id the configuration's id, e.g. {@code SCEL2_1/1}
     * @throws InvalidInputException naming the file and the id when it is not there or does not
     *     fit the prim
     */
    public static Configuration configuration(Prim prim, Path manifest, String id) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read manifest " + manifest + ": " + e.getMessage(), e);
        }
        if (!"orderings".equals(root.path("kind").asText())) {
            throw new InvalidInputException(manifest + " is not an orderings manifest (kind: " + root.path("kind").asText() + ")");
        }
        JsonNode config = null;
        for (JsonNode c : root.path("configurations")) {
            if (id.equals(c.path("id").asText())) {
                config = c;
            }
        }
        if (config == null) {
            throw new InvalidInputException(manifest + " has no configuration '" + id + "'");
        }
        String scel = config.path("supercell").asText();
        int[][] matrix = null;
        for (JsonNode s : root.path("supercells")) {
            if (scel.equals(s.path("name").asText())) {
                matrix = new int[3][3];
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        matrix[r][c] = s.path("matrix").path(r).path(c).asInt();
                    }
                }
            }
        }
        if (matrix == null) {
            throw new InvalidInputException(manifest + ": configuration '" + id + "' names supercell '" + scel + "', which is not listed");
        }
        Supercell sc = Supercell.of(prim, matrix);
        JsonNode occupants = config.path("occupants");
        if (occupants.size() != sc.size()) {
            throw new InvalidInputException(manifest + ": configuration '" + id + "' has " + occupants.size() + " occupants; supercell "
                    + scel + " of prim '" + prim.name() + "' has " + sc.size() + " sites");
        }
        byte[] occ = new byte[sc.size()];
        for (int s = 0; s < occ.length; s++) {
            int k = sc.site(s).indexOf(occupants.get(s).asText());
            if (k < 0) {
                throw new InvalidInputException(manifest + ": configuration '" + id + "' puts " + occupants.get(s).asText() + " on site " + s
                        + ", which allows " + sc.site(s).occupants());
            }
            occ[s] = (byte) k;
        }
        return new Configuration(sc, occ);
    }
}
