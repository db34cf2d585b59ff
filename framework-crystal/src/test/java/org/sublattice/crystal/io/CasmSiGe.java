package org.sublattice.crystal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/** The 52 relaxed Si–Ge configurations of shared/data/casm-sige, read for tests. */
final class CasmSiGe {
    private CasmSiGe() {
    }

    /**
     * @param name CASM configuration name
     * @param relaxed the relaxed structure
     * @param ideal the ideal structure CASM wrote (ideal_POS)
     */
    record Calculation(String name, Structure relaxed, Structure ideal) {
    }

    static Path file(String name) {
        return SharedData.file("casm-sige/" + name);
    }

    static List<Calculation> calculations() throws IOException {
        JsonNode root = new ObjectMapper().readTree(file("SiGe_training_data.json").toFile());
        List<Calculation> out = new ArrayList<>();
        for (JsonNode e : root) {
            JsonNode lv = e.get("relaxed_lattice_vectors");
            Cell cell = new Cell(vec(lv.get(0)), vec(lv.get(1)), vec(lv.get(2)));
            List<Structure.Atom> atoms = new ArrayList<>();
            for (int i = 0; i < e.get("atom_type").size(); i++) {
                atoms.add(new Structure.Atom(e.get("atom_type").get(i).asText(), vec(e.get("atom_coords_direct").get(i))));
            }
            String name = e.get("configname").asText();
            out.add(new Calculation(name, new Structure(name, cell, atoms), Poscar.parse(e.get("ideal_POS").asText(), name + " ideal_POS")));
        }
        return out;
    }

    private static Vec3 vec(JsonNode n) {
        return new Vec3(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble());
    }
}
