package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.TaskResult;
import org.sublattice.crystal.io.Poscar;
import org.sublattice.testkit.PluginKit;

/**
 * Bad entries among good ones: each is reported with its reason in report.csv and the structures
 * table, the fit goes on with the rest, and {@code strict: true} fails the stage instead. Nothing
 * is dropped silently.
 */
class BadDataTest {
    @TempDir
    Path tmp;
    private PluginKit kit;
    private Lattice lattice;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        Path data = SiGeData.dir();
        kit = PluginKit.discover(tmp);
        lattice = kit.lattice("prim", "{file: " + data.resolve("prim.json") + "}");
    }

    /** The 52 good entries, then one bad entry per problem, expected reasons by name. */
    private Map<String, String> writeData() throws Exception {
        JsonNode good = json.readTree(SiGeData.dir().resolve("SiGe_training_data.json").toFile());
        ObjectNode si = (ObjectNode) good.get(0);
        List<String> entries = new ArrayList<>();
        for (JsonNode e : good) {
            entries.add(json.writeValueAsString(e));
        }
        Map<String, String> bad = new LinkedHashMap<>();
        String lattice = json.writeValueAsString(si.get("relaxed_lattice_vectors"));
        String coords = json.writeValueAsString(si.get("atom_coords_direct"));
        entries.add("{\"name\": \"nan-energy\", \"energy_eV\": NaN, \"lattice_vectors\": " + lattice + ", \"atom_type\": [\"Si\", \"Si\"], "
                + "\"atom_coords_direct\": " + coords + "}");
        bad.put("nan-energy", "energy 'NaN' is not a finite number");
        entries.add("{\"name\": \"tin\", \"energy_eV\": -10.0, \"lattice_vectors\": " + lattice + ", \"atom_type\": [\"Si\", \"Sn\"], "
                + "\"atom_coords_direct\": " + coords + "}");
        bad.put("tin", "does not map: species Sn is allowed on no site of the prim (species: Si, Ge)");
        entries.add("{\"name\": \"three-atoms\", \"energy_eV\": -15.0, \"lattice_vectors\": " + lattice + ", "
                + "\"atom_type\": [\"Si\", \"Si\", \"Ge\"], \"atom_coords_direct\": [[0, 0, 0], [0.25, 0.25, 0.25], [0.5, 0.5, 0.5]]}");
        bad.put("three-atoms", "does not map: 3 atoms do not fill whole prim cells of 2 sites, and no site may be vacant");
        entries.add("{\"name\": \"simple-cubic\", \"energy_eV\": -10.0, \"lattice_vectors\": [[3.9, 0, 0], [0, 3.9, 0], [0, 0, 3.9]], "
                + "\"atom_type\": [\"Si\", \"Ge\"], \"atom_coords_direct\": [[0, 0, 0], [0.5, 0.5, 0.5]]}");
        bad.put("simple-cubic", "does not map: the cell is not a supercell of the prim");
        entries.add("{\"name\": \"no-energy\", \"lattice_vectors\": " + lattice + ", \"atom_type\": [\"Si\", \"Si\"], "
                + "\"atom_coords_direct\": " + coords + "}");
        bad.put("no-energy", "has no energy (energy or energy_per_atom)");
        entries.add("{\"name\": \"missing-poscar\", \"energy\": -10.8, \"poscar\": \"no/such/POSCAR\"}");
        bad.put("missing-poscar", "cannot read POSCAR");
        entries.add("{\"name\": \"inconsistent\", \"energy_eV\": -10.8, \"energy_per_atom_eV\": -5.0, \"lattice_vectors\": " + lattice
                + ", \"atom_type\": [\"Si\", \"Si\"], \"atom_coords_direct\": " + coords + "}");
        bad.put("inconsistent", "energy -10.8 eV and energy per atom -5.0 eV × 2 atoms disagree");
        // Pure Si filed under the name of the listed 50 % configuration.
        entries.add("{\"configname\": \"SCEL1_1_1_1_0_0_0/1\", \"energy_eV\": -10.8, \"lattice_vectors\": " + lattice
                + ", \"atom_type\": [\"Si\", \"Si\"], \"atom_coords_direct\": " + coords + "}");
        bad.put("SCEL1_1_1_1_0_0_0/1", "the relaxed structure maps onto another configuration than the listed SCEL1_1_1_1_0_0_0/1");
        entries.add("{\"configname\": \"SCEL9_no_such/0\", \"energy_eV\": -10.8}");
        bad.put("SCEL9_no_such/0", "configuration 'SCEL9_no_such/0' is not in the configuration list");
        Files.writeString(tmp.resolve("data.json"), "[\n" + String.join(",\n", entries) + "\n]\n");
        return bad;
    }

    private String fit(String extra) {
        return "{data: data.json, configs: " + SiGeData.dir().resolve("config_list.json") + ", clusters: {2: 6.0}, method: ols" + extra + "}";
    }

    @Test
    void everyBadEntryIsReportedWithItsReasonAndTheRestAreFitted() throws Exception {
        Map<String, String> bad = writeData();
        TaskResult r = PluginKit.runTask(kit.task("fit", fit(""), lattice), lattice, tmp.resolve("out"), 1);
        assertEquals(52, r.summary().get("structures_used"));
        List<String> report = Files.readAllLines(tmp.resolve("out/report.csv"));
        assertEquals(1 + 52 + bad.size(), report.size(), "one report line per entry");
        int rejected = 0;
        for (String line : report.subList(1, report.size())) {
            if (line.contains(",rejected,")) {
                rejected++;
            }
        }
        assertEquals(bad.size(), rejected);
        for (Map.Entry<String, String> e : bad.entrySet()) {
            String line = report.stream().filter(l -> l.contains("," + e.getKey() + ",") && l.contains(",rejected,")).findFirst()
                    .orElseThrow(() -> new AssertionError("no rejected line for " + e.getKey() + " in\n" + String.join("\n", report)));
            assertTrue(line.contains(e.getValue()), e.getKey() + ": " + line);
        }
        assertEquals(bad.size(), r.summary().get("structures_rejected"));
        ResultTable structures = r.tables().stream().filter(t -> t.name().equals("structures")).findFirst().orElseThrow();
        assertEquals(52 + bad.size(), structures.rows().size());
        for (int i = 52; i < structures.rows().size(); i++) {
            assertEquals(0, structures.value(i, "used"));
            assertTrue(Double.isNaN(structures.value(i, "energy_dft")));
        }
    }

    @Test
    void strictFailsTheStageNamingTheRejectedEntriesAndStillWritesTheReport() throws Exception {
        writeData();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PluginKit.runTask(kit.task("fit", fit(", strict: true"), lattice), lattice, tmp.resolve("strict"), 1));
        assertTrue(e.getMessage().contains("9 of 61 structures were rejected and strict is set"), e.getMessage());
        assertTrue(e.getMessage().contains("data.json:") && e.getMessage().contains("nan-energy: energy 'NaN' is not a finite number"),
                e.getMessage());
        assertTrue(Files.readString(tmp.resolve("strict/report.csv")).contains("rejected"));
    }

    @Test
    void aCsvOfPoscarFilesIsReadWithPerRowProblems() throws Exception {
        JsonNode good = json.readTree(SiGeData.dir().resolve("SiGe_training_data.json").toFile());
        StringBuilder csv = new StringBuilder("name,poscar,energy_per_atom,weight\n");
        for (int i = 0; i < good.size(); i += 4) {
            JsonNode e = good.get(i);
            Structure s = structure(e);
            String file = "POSCAR-" + i;
            Files.writeString(tmp.resolve(file), Poscar.write(s));
            csv.append("\"").append(e.get("configname").asText()).append("\",").append(file).append(',')
                    .append(e.get("energy_per_atom_eV").asDouble()).append(",1\n");
        }
        csv.append("broken,POSCAR-0,nan,1\n");
        csv.append("negative-weight,POSCAR-0,-5.4,-1\n");
        Files.writeString(tmp.resolve("data.csv"), csv);
        TaskResult r = PluginKit.runTask(kit.task("fit", "{data: data.csv, clusters: {2: 4.0}, method: ols}", lattice), lattice,
                tmp.resolve("csv"), 1);
        assertEquals(13, r.summary().get("structures_used"));
        assertEquals(2, r.summary().get("structures_rejected"));
        String report = Files.readString(tmp.resolve("csv/report.csv"));
        assertTrue(report.contains("broken,data.csv:15,rejected,energy 'nan' is not a finite number"), report);
        assertTrue(report.contains("negative-weight,data.csv:16,rejected,weight '-1' is not a number >= 0"), report);
    }

    private static Structure structure(JsonNode e) {
        JsonNode lv = e.get("relaxed_lattice_vectors");
        Vec3[] v = new Vec3[3];
        for (int k = 0; k < 3; k++) {
            v[k] = new Vec3(lv.get(k).get(0).asDouble(), lv.get(k).get(1).asDouble(), lv.get(k).get(2).asDouble());
        }
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int a = 0; a < e.get("atom_type").size(); a++) {
            JsonNode c = e.get("atom_coords_direct").get(a);
            atoms.add(new Structure.Atom(e.get("atom_type").get(a).asText(), new Vec3(c.get(0).asDouble(), c.get(1).asDouble(),
                    c.get(2).asDouble())));
        }
        return new Structure(e.get("configname").asText(), new Cell(v[0], v[1], v[2]), atoms);
    }
}
