package org.sublattice.plugin.clex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.io.CasmConfigList;
import org.sublattice.crystal.io.Poscar;

/**
 * Training data for a fit: structures (or CASM configurations) with DFT energies, read from
 *
 * <ul>
 *   <li>a JSON list of objects, each with a name ({@code name} or {@code configname}), an energy
 *   of the whole structure ({@code energy} or {@code energy_eV}, eV) or per atom
 *   ({@code energy_per_atom} or {@code energy_per_atom_eV}), an optional {@code weight}, and the
 *   structure: a POSCAR file ({@code poscar}, relative to the JSON file), or inline
 *   {@code lattice_vectors} (or {@code relaxed_lattice_vectors}, rows in Å), {@code atom_type}
 *   and {@code atom_coords_direct} (fractional) — the layout of CASM's training-data exports —,
 *   or no structure and a {@code configname} found in a CASM configuration list;</li>
 *   <li>a CSV file with a header naming the same columns ({@code poscar} or {@code structure}
 *   for the POSCAR file).</li>
 * </ul>
 *
 * A malformed file is an {@link InvalidInputException}; a malformed entry (no energy, NaN, an
 * unreadable POSCAR, an unknown configuration name) is kept with its problem, so that the fit can
 * report it. Every file read goes into {@link #sha256()}.
 */
final class TrainingData {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /**
     * One entry.
     *
     * @param index position in the file, from 0
     * @param name its name
     * @param where file and line, for messages
     * @param energy the energy (eV) of the structure or per atom, as given; NaN if it has a problem
     * @param perAtom whether {@code energy} is per atom
     * @param perAtomCheck an energy per atom given beside the energy of the structure, to be checked
     *     against it once the atoms are counted; NaN if not given
     * @param weight its weight (default 1)
     * @param structure the structure, if given
     * @param configuration the listed configuration of that name, if the configuration list has it
     * @param problem why the entry cannot be used, if it cannot
     */
    record Item(int index, String name, String where, double energy, boolean perAtom, double perAtomCheck, double weight,
            Optional<Structure> structure, Optional<Configuration> configuration, Optional<String> problem) {
    }

    private final List<Item> items;
    private final String sha256;
    private final List<Path> files;

    private TrainingData(List<Item> items, String sha256, List<Path> files) {
        this.items = List.copyOf(items);
        this.sha256 = sha256;
        this.files = List.copyOf(files);
    }

    List<Item> items() {
        return items;
    }

    /** SHA-256 over every file read (data, configuration list, POSCARs), in reading order. */
    String sha256() {
        return sha256;
    }

    /** The files read, in order. */
    List<Path> files() {
        return files;
    }

    /** Reads the data file (JSON or CSV by its extension) and, if given, a CASM configuration list. */
    static TrainingData read(Path data, Optional<Path> configs, Prim prim) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files = new ArrayList<>();
        Map<String, Configuration> listed = new LinkedHashMap<>();
        if (configs.isPresent()) {
            digest.update(bytes(configs.get(), "configuration list"));
            files.add(configs.get());
            for (CasmConfigList.Entry e : CasmConfigList.read(configs.get(), prim)) {
                listed.put(e.name(), e.configuration());
            }
        }
        byte[] raw = bytes(data, "training data");
        digest.update(raw);
        files.add(data);
        String text = new String(raw, StandardCharsets.UTF_8);
        List<Item> items = data.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csv(text, data, listed, digest, files) : json(text, data, listed, digest, files);
        if (items.isEmpty()) {
            throw new InvalidInputException("training data " + data + " holds no entries");
        }
        return new TrainingData(items, HexFormat.of().formatHex(digest.digest()), files);
    }

    private static byte[] bytes(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Item> json(String text, Path file, Map<String, Configuration> listed, MessageDigest digest, List<Path> files) {
        JsonNode root;
        List<Integer> lines = new ArrayList<>();
        try {
            root = JSON.readTree(text);
            try (JsonParser p = JSON.getFactory().createParser(text)) {
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isStructStart()) {
                        if (depth == 1) {
                            lines.add(p.currentTokenLocation().getLineNr());
                        }
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    } else if (depth == 1) {
                        lines.add(p.currentTokenLocation().getLineNr());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + ":" + e.getLocation().getLineNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(file + ": expected a JSON list of structures with energies");
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode e = root.get(i);
            String where = file.getFileName() + ":" + (i < lines.size() ? lines.get(i) : 1);
            if (!e.isObject()) {
                out.add(new Item(i, "#" + i, where, Double.NaN, false, Double.NaN, 1, Optional.empty(), Optional.empty(),
                        Optional.of("expected an object with a name, an energy and a structure, got " + e.getNodeType())));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            e.fields().forEachRemaining(f -> {
                if (f.getValue().isValueNode() && !f.getValue().isNull()) {
                    fields.put(f.getKey(), f.getValue().isNumber() ? Double.toString(f.getValue().asDouble()) : f.getValue().asText());
                }
            });
            Optional<Structure> inline = Optional.empty();
            String problem = null;
            JsonNode lattice = e.has("lattice_vectors") ? e.get("lattice_vectors") : e.get("relaxed_lattice_vectors");
            if (lattice != null) {
                try {
                    inline = Optional.of(inlineStructure(lattice, e.get("atom_type"), e.get("atom_coords_direct"), fields.getOrDefault("name",
                            fields.getOrDefault("configname", "#" + i))));
                } catch (IllegalArgumentException ex) {
                    problem = "inline structure: " + ex.getMessage();
                }
            }
            out.add(item(i, where, fields, inline, problem, file, listed, digest, files));
        }
        return out;
    }

    private static Structure inlineStructure(JsonNode lattice, JsonNode types, JsonNode coords, String title) {
        Vec3[] v = new Vec3[3];
        if (!lattice.isArray() || lattice.size() != 3) {
            throw new IllegalArgumentException("lattice vectors must be three rows of three numbers");
        }
        for (int r = 0; r < 3; r++) {
            v[r] = vec(lattice.get(r), "lattice vector " + (r + 1));
        }
        if (types == null || coords == null || !types.isArray() || !coords.isArray() || types.size() != coords.size()) {
            throw new IllegalArgumentException("atom_type and atom_coords_direct must be lists of equal length");
        }
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int a = 0; a < types.size(); a++) {
            atoms.add(new Structure.Atom(types.get(a).asText(), vec(coords.get(a), "atom_coords_direct[" + a + "]")));
        }
        return new Structure(title, new Cell(v[0], v[1], v[2]), atoms);
    }

    private static Vec3 vec(JsonNode n, String what) {
        if (n == null || !n.isArray() || n.size() != 3 || !n.get(0).isNumber() || !n.get(1).isNumber() || !n.get(2).isNumber()) {
            throw new IllegalArgumentException(what + " must be three numbers, got " + n);
        }
        return new Vec3(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble());
    }

    private static List<Item> csv(String text, Path file, Map<String, Configuration> listed, MessageDigest digest, List<Path> files) {
        String[] lines = text.split("\\R");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new InvalidInputException(file + ":1: expected a header naming the columns (name, poscar, energy or energy_per_atom, …)");
        }
        List<String> header = cells(lines[0]);
        List<Item> out = new ArrayList<>();
        for (int l = 1; l < lines.length; l++) {
            if (lines[l].isBlank() || lines[l].startsWith("#")) {
                continue;
            }
            List<String> cells = cells(lines[l]);
            String where = file.getFileName() + ":" + (l + 1);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    fields.put(header.get(c), cells.get(c));
                }
            }
            String problem = cells.size() != header.size() ? "has " + cells.size() + " cells for " + header.size() + " columns" : null;
            out.add(item(out.size(), where, fields, Optional.empty(), problem, file, listed, digest, files));
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    /** An entry from its scalar fields (JSON values or CSV cells) and an inline structure, if any. */
    private static Item item(int index, String where, Map<String, String> f, Optional<Structure> inline, String earlier, Path file,
            Map<String, Configuration> listed, MessageDigest digest, List<Path> files) {
        String name = first(f, "name", "configname").orElse("#" + index);
        Optional<Configuration> config = first(f, "configname").map(listed::get);
        String problem = earlier;
        Optional<String> total = first(f, "energy", "energy_eV");
        Optional<String> perAtom = first(f, "energy_per_atom", "energy_per_atom_eV");
        double energy = Double.NaN;
        double check = Double.NaN;
        if (total.isEmpty() && perAtom.isEmpty()) {
            problem = problem != null ? problem : "has no energy (energy or energy_per_atom)";
        } else {
            // Given both (as CASM's exports do), the structure's energy is used and the other checked.
            String text = total.orElseGet(perAtom::get);
            energy = number(text);
            if (!Double.isFinite(energy) && problem == null) {
                problem = "energy '" + text + "' is not a finite number";
            }
            if (total.isPresent() && perAtom.isPresent()) {
                check = number(perAtom.get());
                if (!Double.isFinite(check) && problem == null) {
                    problem = "energy per atom '" + perAtom.get() + "' is not a finite number";
                }
            }
        }
        double weight = 1;
        Optional<String> w = first(f, "weight");
        if (w.isPresent()) {
            try {
                weight = Double.parseDouble(w.get());
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!(weight >= 0) || !Double.isFinite(weight)) {
                problem = problem != null ? problem : "weight '" + w.get() + "' is not a number >= 0";
                weight = 1;
            }
        }
        Optional<Structure> structure = inline;
        Optional<String> poscar = first(f, "poscar", "structure");
        if (poscar.isPresent() && structure.isEmpty()) {
            Path p = file.toAbsolutePath().getParent().resolve(poscar.get()).normalize();
            try {
                byte[] b = Files.readAllBytes(p);
                digest.update(b);
                files.add(p);
                structure = Optional.of(Poscar.parse(new String(b, StandardCharsets.UTF_8), p.toString()));
            } catch (IOException e) {
                problem = problem != null ? problem : "cannot read POSCAR " + p + " (" + e.getClass().getSimpleName() + ")";
            } catch (InvalidInputException e) {
                problem = problem != null ? problem : e.getMessage();
            }
        }
        if (structure.isEmpty() && config.isEmpty() && problem == null) {
            problem = first(f, "configname").isPresent() && !listed.isEmpty()
                    ? "configuration '" + first(f, "configname").get() + "' is not in the configuration list"
                    : "has no structure (poscar, or lattice_vectors with atom_type and atom_coords_direct)"
                            + (listed.isEmpty() ? "" : " and no configname of the configuration list");
        }
        return new Item(index, name, where, problem == null ? energy : Double.NaN, total.isEmpty() && perAtom.isPresent(), check, weight,
                structure, config, Optional.ofNullable(problem));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Optional<String> first(Map<String, String> fields, String... keys) {
        for (String k : keys) {
            String v = fields.get(k);
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }
}
