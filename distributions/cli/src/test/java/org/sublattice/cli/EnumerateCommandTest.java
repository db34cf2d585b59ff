package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.crystal.Structure;
import org.sublattice.crystal.io.Poscar;

class EnumerateCommandTest {
    private static final String TERNARY_FCC = "{type: fcc, a: 4.0, species: {4a: [Ag, Li, Cu]}}";
    private static final String B2 = "{type: b2, species: {1a: [Li, Ag, Va], 1b: [Ag, Li, Va]}}";

    @TempDir
    Path tmp;

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void supercellsAreWrittenWithAManifest() throws Exception {
        Path out = tmp.resolve("scel");
        Cli r = Cli.run("enumerate", "supercells", "--lattice", TERNARY_FCC, "--volumes", "1..4", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("13 distinct supercells"), r.out());
        assertEquals(13, json(out.resolve("manifest.json")).get("supercells").size());
        assertEquals(14, Files.readAllLines(out.resolve("manifest.csv")).size());
    }

    @Test
    void orderingsAreWrittenAsReadablePoscarsWithAManifest() throws Exception {
        Path out = tmp.resolve("ord");
        Cli r = Cli.run("enumerate", "orderings", "--lattice", TERNARY_FCC, "--volumes", "1..4", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("126 configurations in 13 supercells"), r.out());
        JsonNode m = json(out.resolve("manifest.json"));
        assertEquals(126, m.get("configurations").size());
        List<Path> poscars;
        try (Stream<Path> s = Files.walk(out)) {
            poscars = s.filter(p -> p.getFileName().toString().equals("POSCAR")).toList();
        }
        assertEquals(126, poscars.size());
        for (JsonNode c : m.get("configurations")) {
            Structure st = Poscar.read(out.resolve(c.get("poscar").asText()));
            int volume = Integer.parseInt(c.get("supercell").asText().replaceAll("SCEL(\\d+)_.*", "$1"));
            assertEquals(volume, st.atoms().size(), c.get("id").asText());
            assertEquals(c.get("counts").get("Li").asInt(), st.atoms().stream().filter(a -> a.species().equals("Li")).count());
        }
        List<String> csv = Files.readAllLines(out.resolve("manifest.csv"));
        assertEquals("id,supercell,volume,multiplicity,n_Ag,n_Li,n_Cu,poscar", csv.get(0));
        assertEquals(127, csv.size());
    }

    @Test
    void theLatticeCanComeFromAPipelineAndFiltersApply() throws Exception {
        Path pipeline = Path.of("../../configs/quickstart/fcc-ordering.yaml");
        Path out = tmp.resolve("filtered");
        // FCC binary, volumes 1–3: 2 + 2 + 6 configurations; with Cu on at most a third: Au,
        // AuCu (no: ½ > ⅓) … the three with x_Cu ≤ ⅓ are Au (volume 1) and Au₂Cu in the 3 cells.
        Cli all = Cli.run("enumerate", "orderings", "--pipeline", pipeline.toString(), "--volumes", "1..3", "--no-poscar", "-q", "-o",
                tmp.resolve("all").toString());
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("10 configurations"), all.out());
        Cli r = Cli.run("enumerate", "orderings", "--pipeline", pipeline.toString(), "--volumes", "1..3", "--composition", "4a:Cu=0..0.34",
                "--no-poscar", "-q", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("4 configurations"), r.out());
        assertTrue(Files.notExists(out.resolve("SCEL1_1")));
    }

    @Test
    void hopEnvironmentsGoToNebDirectoriesAndBarriersComeBackAsAnEventCatalog() throws Exception {
        Path out = tmp.resolve("hops");
        Cli r = Cli.run("enumerate", "hops", "--lattice", B2, "--species", "Li", "--shells", "2", "--radius", "3.171", "--substitute", "1b=Li",
                "--defects", "1", "--repeat", "4,4,4", "--images", "3", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*Li-2nn-1a-1a\\s+2 environments.*"), r.out());
        JsonNode m = json(out.resolve("manifest.json"));
        int envs = m.get("environments").size();
        for (JsonNode e : m.get("environments")) {
            for (int k = 0; k <= 4; k++) {
                Structure s = Poscar.read(out.resolve(e.get("directory").asText()).resolve("0" + k).resolve("POSCAR"));
                assertEquals(127, s.atoms().size());
            }
        }
        // Fill in E_KRA for every environment and import.
        List<String> rows = new ArrayList<>(Files.readAllLines(out.resolve("manifest.csv")));
        Path barriers = tmp.resolve("barriers.csv");
        List<String> filled = new ArrayList<>(List.of("id,kra"));
        for (String row : rows.subList(1, rows.size())) {
            filled.add(row.split(",", 2)[0] + ",0.3");
        }
        Files.write(barriers, filled);
        Path catalog = tmp.resolve("events.yaml");
        Cli c = Cli.run("enumerate", "catalog", "--manifest", out.resolve("manifest.json").toString(), "--barriers", barriers.toString(), "-o",
                catalog.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("from " + envs + " barriers"), c.out());
        String yaml = Files.readString(catalog);
        assertTrue(yaml.startsWith("# Event catalog") && yaml.contains("kra: 0.300000") && yaml.contains("trajectories: [[0, 1]]"), yaml);
    }

    @Test
    void hopsCanBeGivenInEventCatalogFormTwoAtomHopsIncluded() throws Exception {
        // A second-neighbour Li hop (trajectory implied) and the two-atom hop of B2: Li at 1a (0,0,0)
        // into the vacancy at 1b (½,½,½) while the Li antisite at 1b (−½,−½,−½) fills (0,0,0).
        Path hops = tmp.resolve("hops.yaml");
        Files.writeString(hops, """
                events:
                  - name: li-2nn
                    sites: [[0, 0, 0, 0], [0, 1, 0, 0]]
                    initial: [Li, Va]
                    kra: 0.4
                  - name: two-atom
                    sites: [[0, 0, 0, 0], [1, 0, 0, 0], [1, -1, -1, -1]]
                    initial: [Li, Va, Li]
                    trajectories: [[0, 1], [2, 0]]
                """);
        Path out = tmp.resolve("given");
        Cli r = Cli.run("enumerate", "hops", "--lattice", B2, "--hops", hops.toString(), "--radius", "3.171", "--defects", "0", "--repeat",
                "4,4,4", "--images", "1", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 distinct hops, 2 environments"), r.out());
        JsonNode two = json(out.resolve("manifest.json")).get("environments").get(1).get("event");
        assertEquals("[[0,1],[2,0]]", two.get("trajectories").toString());
        assertEquals(List.of("Li", "Li", "Va"), List.of(two.get("final").get(0).asText(), two.get("final").get(1).asText(),
                two.get("final").get(2).asText()));
        Files.writeString(hops, "events:\n  - name: bad\n    sites: [[0, 0, 0, 0], [5, 0, 0, 0]]\n    initial: [Li, Va]\n");
        Cli bad = Cli.run("enumerate", "hops", "--lattice", B2, "--hops", hops.toString(), "--radius", "3.171", "--repeat", "4,4,4", "-o",
                out.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("hops.yaml:3") && bad.err().contains("b < 2"), bad.err());
    }

    @Test
    void anOrderingCanBeTheBackgroundOfHops() throws Exception {
        Path ord = tmp.resolve("bg");
        String b2 = "{type: b2, species: {1a: [Li, Va], 1b: [Ag, Li]}}";
        Cli o = Cli.run("enumerate", "orderings", "--lattice", b2, "--supercell", "[[2,0,0],[0,1,0],[0,0,1]]", "--fixed", "1a", "--composition",
                "1b:Li=0.5", "--no-poscar", "-o", ord.toString());
        assertEquals(0, o.exit(), o.err());
        String id = json(ord.resolve("manifest.json")).get("configurations").get(0).get("id").asText();
        Path out = tmp.resolve("hops-bg");
        Cli r = Cli.run("enumerate", "hops", "--lattice", b2, "--species", "Li", "--shells", "2", "--radius", "3.171", "--defects", "0",
                "--repeat", "4,4,4", "--images", "1", "--background", ord.resolve("manifest.json") + "#" + id, "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        // The antisite planes split the second-neighbour hops into three kinds (see HopEnvironmentsTest).
        assertTrue(r.out().contains("3 distinct hops"), r.out());
    }

    @Test
    void badInputIsReportedWithoutAStackTrace() {
        Cli none = Cli.run("enumerate", "orderings", "--volumes", "1..2", "-o", tmp.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--lattice") && none.err().contains("--pipeline"), none.err());
        Cli comp = Cli.run("enumerate", "orderings", "--lattice", B2, "--volumes", "1", "--composition", "2a:Li=0..1", "-o", tmp.toString());
        assertEquals(2, comp.exit());
        assertTrue(comp.err().contains("'2a'"), comp.err());
        Cli small = Cli.run("enumerate", "hops", "--lattice", B2, "--species", "Li", "--radius", "3.171", "--substitute", "1b=Li", "--repeat",
                "3,3,3", "-o", tmp.toString());
        assertEquals(2, small.exit());
        assertTrue(small.err().contains("too small"), small.err());
        Cli type = Cli.run("enumerate", "supercells", "--lattice", "{type: fcx}", "--volumes", "2", "-o", tmp.toString());
        assertEquals(2, type.exit());
        assertTrue(type.err().contains("did you mean 'fcc'"), type.err());
        assertTrue(!comp.err().contains("Exception") && !small.err().contains("at org."), small.err());
    }
}
