package org.sublattice.crystal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Vec3;

/**
 * Reads CASM {@code prim.json}: {@code lattice_vectors} (rows, Å), {@code coordinate_mode}
 * ({@code Fractional}/{@code Direct} or {@code Cartesian}) and {@code basis[]} entries with
 * {@code coordinate}, {@code occupants} (or the legacy {@code occupant_dof}) and an optional
 * {@code label}. The first occupant of a site is its ideal occupant. Sites without a label are
 * labelled by their occupant list: {@code s0}, {@code s1}, … in first-seen order. Degrees of
 * freedom other than occupation ({@code dofs}, {@code species}) are ignored.
 *
 * <p>Problems raise {@link InvalidInputException} naming the file, the line and the key path,
 * e.g. {@code prim.json:7: basis[1].coordinate[2]: expected a number, got "x"}.
 */
public final class CasmPrim {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private CasmPrim() {
    }

    /** Reads a prim.json file. */
    public static Prim read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read CASM prim file " + file + ": " + e.getMessage(), e);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses prim.json text.
     *
     * @param json the file contents
     * @param source the file name used in error messages and as the prim name if there is no title
     */
    public static Prim parse(String json, String source) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = JSON.readTree(json);
            lines = valueLines(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InvalidInputException(source + where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": expected a JSON object with lattice_vectors, coordinate_mode and basis");
        }
        return new Reader(source, lines).prim(new Node(root, "", ""));
    }

    /** Line of every value, keyed by its JSON pointer; the tree model keeps no locations. */
    private static Map<String, Integer> valueLines(String json) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // A START token already opened its own context; the value's path is the parent's.
                var context = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                lines.putIfAbsent(context.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string", e);
        }
        return lines;
    }

    /** A JSON value with its pointer (for the line) and a readable path (for messages). */
    private record Node(JsonNode json, String pointer, String path) {
        Node field(String key) {
            JsonNode v = json.get(key);
            return v == null ? null : new Node(v, pointer + "/" + key, path.isEmpty() ? key : path + "." + key);
        }

        Node item(int i) {
            return new Node(json.get(i), pointer + "/" + i, path + "[" + i + "]");
        }
    }

    private record Reader(String source, Map<String, Integer> lines) {
        Prim prim(Node root) {
            Cell cell = lattice(required(root, "lattice_vectors"));
            Node modeNode = required(root, "coordinate_mode");
            String mode = text(modeNode).toLowerCase(Locale.ROOT);
            boolean cartesian;
            switch (mode) {
                case "fractional", "direct" -> cartesian = false;
                case "cartesian" -> cartesian = true;
                default -> throw error(modeNode, "unknown coordinate mode " + modeNode.json()
                        + "; expected Fractional, Direct or Cartesian");
            }
            Node basis = required(root, "basis");
            if (!basis.json().isArray() || basis.json().isEmpty()) {
                throw error(basis, "expected a non-empty list of basis sites, got " + basis.json());
            }
            Map<List<String>, String> labelsByOccupants = new LinkedHashMap<>();
            List<Site> sites = new ArrayList<>();
            for (int i = 0; i < basis.json().size(); i++) {
                Node entry = basis.item(i);
                if (!entry.json().isObject()) {
                    throw error(entry, "expected a basis site object, got " + entry.json());
                }
                Vec3 c = vector(required(entry, "coordinate"));
                Vec3 f = cartesian ? cell.toFractional(c) : c;
                Node occ = entry.field("occupants");
                if (occ == null) {
                    occ = entry.field("occupant_dof");
                }
                if (occ == null) {
                    throw error(entry, "missing key 'occupants' (or legacy 'occupant_dof')");
                }
                List<String> occupants = strings(occ);
                Node labelNode = entry.field("label");
                String label = labelNode == null ? labelsByOccupants.computeIfAbsent(occupants, k -> "s" + labelsByOccupants.size())
                        : text(labelNode);
                try {
                    sites.add(new Site(label, f, occupants, occupants.get(0)));
                } catch (IllegalArgumentException e) {
                    throw error(entry, e.getMessage());
                }
            }
            Node title = root.field("title");
            String name = title != null && title.json().isTextual() ? title.json().asText() : source;
            try {
                return new Prim(name, cell, sites);
            } catch (IllegalArgumentException e) {
                throw error(basis, e.getMessage());
            }
        }

        private Cell lattice(Node node) {
            if (!node.json().isArray() || node.json().size() != 3) {
                throw error(node, "expected three lattice vectors (rows), got " + node.json());
            }
            try {
                return new Cell(vector(node.item(0)), vector(node.item(1)), vector(node.item(2)));
            } catch (IllegalArgumentException e) {
                throw error(node, e.getMessage());
            }
        }

        private Vec3 vector(Node node) {
            if (!node.json().isArray() || node.json().size() != 3) {
                throw error(node, "expected three numbers, got " + node.json());
            }
            double[] x = new double[3];
            for (int i = 0; i < 3; i++) {
                Node c = node.item(i);
                if (!c.json().isNumber() || !Double.isFinite(c.json().asDouble())) {
                    throw error(c, "expected a number, got " + c.json());
                }
                x[i] = c.json().asDouble();
            }
            return new Vec3(x[0], x[1], x[2]);
        }

        private List<String> strings(Node node) {
            if (!node.json().isArray() || node.json().isEmpty()) {
                throw error(node, "expected a non-empty list of occupant names, got " + node.json());
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < node.json().size(); i++) {
                out.add(text(node.item(i)));
            }
            return out;
        }

        private String text(Node node) {
            if (!node.json().isTextual()) {
                throw error(node, "expected a string, got " + node.json());
            }
            return node.json().asText();
        }

        private Node required(Node parent, String key) {
            Node v = parent.field(key);
            if (v == null) {
                throw error(parent, "missing key '" + key + "'");
            }
            return v;
        }

        private InvalidInputException error(Node node, String message) {
            Integer line = lines.get(node.pointer());
            String where = node.path().isEmpty() ? "" : " " + node.path() + ":";
            return new InvalidInputException(source + (line == null ? "" : ":" + line) + ":" + where + " " + message);
        }
    }
}
