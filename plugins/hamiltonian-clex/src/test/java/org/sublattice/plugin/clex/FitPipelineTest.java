package org.sublattice.plugin.clex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.testkit.PluginKit;

/** Import, mapping, fit and CV in one pipeline, whose fitted model then runs semi-grand canonical Monte Carlo. */
class FitPipelineTest {
    @TempDir
    Path tmp;

    @Test
    void theFittedModelRunsGcmcInTheSamePipeline() throws Exception {
        Path data = SiGeData.dir();
        Path pipeline = Files.writeString(tmp.resolve("sige.yaml"), """
                pipeline: sige
                seed: 3
                system:
                  lattice: {type: prim, file: %1$s/prim.json}
                  hamiltonian: {stage: fit}
                  supercell: {repeat: [3, 3, 3]}
                stages:
                  - id: fit
                    task: {type: fit, data: %1$s/SiGe_training_data.json, configs: %1$s/config_list.json,
                           clusters: {2: 7.0, 3: 4.0}, method: lasso, cv: k-fold, folds: 5}
                  - id: mc
                    sampler: {type: gcmc, passes: {equilibration: 50, sampling: 100}}
                    conditions: {temperature: 1000, chemical-potential: {Ge: [0.8, 0.9, 1.0]}}
                """.formatted(data));
        Path run = tmp.resolve("run");
        PluginKit.discover(tmp).run(pipeline, run, 1);
        JsonNode stages = new ObjectMapper().readTree(run.resolve("run.json").toFile()).get("stages");
        assertEquals("fit", stages.get("fit").get("task").asText());
        assertTrue(stages.get("fit").get("hamiltonian").asBoolean());
        assertTrue(stages.get("fit").get("summary").get("cv_meV_per_site").asDouble() < SiGeFitTest.CV_BOUND);
        assertEquals(3, stages.get("mc").get("points").asInt());
        for (String f : List.of("fit/model.yaml", "fit/report.csv", "fit/hull.png", "fit/parity.png", "fit/cv.csv", "fit/eci.csv",
                "fit/correlations.csv", "mc/points.csv", "hamiltonian/terms.csv")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        // The Monte Carlo used the fitted ECIs: the Hamiltonian's terms are the model file's.
        List<String> terms = Files.readAllLines(run.resolve("hamiltonian/terms.csv"));
        ClexModel model = ClexModel.read(run.resolve("fit/model.yaml"));
        for (int k = 1; k < terms.size(); k++) {
            String[] c = terms.get(k).split(",");
            int f = (int) Double.parseDouble(c[0]);
            assertEquals(model.eci().getOrDefault(f, 0.0), Double.parseDouble(c[6]), 1e-15, "function " + f);
        }
    }
}
