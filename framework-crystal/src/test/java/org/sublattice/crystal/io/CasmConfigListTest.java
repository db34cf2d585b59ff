package org.sublattice.crystal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Structure;

class CasmConfigListTest {
    private static final double TOLERANCE = 1e-5;

    @Test
    void everyListedSiGeConfigurationIsTheIdealStructureCasmWroteForIt() throws Exception {
        Prim prim = CasmPrim.read(CasmSiGe.file("prim.json"));
        Map<String, CasmConfigList.Entry> listed = CasmConfigList.read(CasmSiGe.file("config_list.json"), prim).stream()
                .collect(Collectors.toMap(CasmConfigList.Entry::name, Function.identity()));
        assertEquals(214, listed.size());
        List<CasmSiGe.Calculation> calculations = CasmSiGe.calculations();
        assertEquals(52, calculations.size());
        for (CasmSiGe.Calculation c : calculations) {
            CasmConfigList.Entry e = listed.get(c.name());
            Structure ours = Structure.of(e.configuration(), c.name());
            // Same cell, so only an origin shift is allowed; the site order must be CASM's.
            assertTrue(StructureMatcher.match(c.ideal(), ours, StructureMatcher.identity(), TOLERANCE).isPresent(),
                    c.name() + ": " + StructureMatcher.explain(c.ideal(), ours, StructureMatcher.identity(), TOLERANCE));
        }
    }

    @Test
    void anOccupationOfTheWrongLengthNamesTheConfiguration() {
        Prim prim = CasmPrim.read(CasmSiGe.file("prim.json"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CasmConfigList.parse("""
                [{"supercell_name": "SCEL2", "transformation_matrix_to_supercell": [[2,0,0],[0,1,0],[0,0,1]], "dof": {"occ": [0, 1]}}]
                """, "list.json", prim));
        assertTrue(e.getMessage().contains("list.json: [0] (SCEL2/0): dof.occ has 2 entries; the supercell has 4 sites"), e.getMessage());
    }
}
