package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.enumerate.EnumerationWriter;
import org.sublattice.crystal.enumerate.EventCatalogExport;
import org.sublattice.crystal.enumerate.HopDefinition;
import org.sublattice.crystal.enumerate.HopEnvironment;
import org.sublattice.crystal.enumerate.HopEnvironmentSpec;
import org.sublattice.crystal.enumerate.HopEnvironments;
import org.sublattice.crystal.enumerate.Progress;

/**
 * Barriers computed for enumerated hop environments come back as an event catalog this sampler
 * reads, and each hop in a configuration then matches exactly one event.
 */
class HopEnvironmentCatalogTest {
    private static final double A = 3.17;

    @TempDir
    Path tmp;

    @Test
    void everyHopOfTheVacancyMatchesExactlyOneEnvironmentEvent() throws Exception {
        Prim b2 = new Prim("b2", Cell.cubic(A), List.of(new Site("1a", Vec3.ZERO, List.of("Li", "Va"), "Li"),
                new Site("1b", new Vec3(0.5, 0.5, 0.5), List.of("Ag", "Li"), "Ag")));
        HopDefinition hop = new HopDefinition("li-2nn", List.of(new SiteCoord(0, 0, 0, 0), new SiteCoord(0, 1, 0, 0)), List.of("Li", "Va"),
                List.of(new int[] {0, 1}));
        // Environments within a of the hop with no or one Li antisite: 1 + 2.
        HopEnvironmentSpec spec = new HopEnvironmentSpec(b2, HopEnvironmentSpec.idealBackground(b2), List.of(hop), A + 1e-3,
                Map.of("1b", List.of("Li")), 0, 1, new int[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}}, 0);
        HopEnvironments.Result r = HopEnvironments.enumerate(spec, Progress.NONE);
        assertEquals(3, r.environments().size());
        EnumerationWriter.writeHopEnvironments(spec, r, tmp);
        Map<String, EventCatalogExport.Barrier> barriers = new LinkedHashMap<>();
        for (HopEnvironment e : r.environments()) {
            barriers.put(e.id(), new EventCatalogExport.Barrier(0.1 * barriers.size() + 0.3, OptionalDouble.empty()));
        }
        String yaml = EventCatalogExport.catalog(tmp.resolve(EnumerationWriter.MANIFEST_JSON), barriers);
        Files.writeString(tmp.resolve("events.yaml"), yaml);
        List<EventSpec> specs = EventCatalog.read(tmp.resolve("events.yaml"), b2);
        // Pristine and equidistant antisite: the reverse is a mirror image; the off-centre antisite needs both directions.
        assertEquals(4, specs.size());

        // One vacancy at 1a (1,1,1) and one Li antisite at 1b (1½,1½,1½) in a 5×5×5 cell.
        Supercell sc = Supercell.repeat(b2, 5, 5, 5);
        byte[] occ = Configuration.ideal(sc).occupation();
        occ[sc.index(0, 1, 1, 1)] = 1;
        occ[sc.index(1, 1, 1, 1)] = 1;
        EventSystem events = new EventSystem(FactorGroup.of(b2), specs, sc, A);
        int available = 0;
        int[] perMover = new int[sc.size()];
        int[] sites = new int[events.maxSites];
        for (int e = 0; e < events.count; e++) {
            int m = events.image(e);
            int k = events.sites(e, sites);
            boolean match = true;
            for (int x = 0; x < k && match; x++) {
                match = occ[sites[x]] == events.initial[m][x];
            }
            if (match) {
                available++;
                perMover[sites[events.moveFrom[m][0]]]++;
            }
        }
        // The six second neighbours of the vacancy are Li, each environment has at most one
        // antisite, so each of the six hops is one event, none counted twice.
        assertEquals(6, available);
        for (int[] d : new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}}) {
            assertEquals(1, perMover[sc.index(0, 1 + d[0], 1 + d[1], 1 + d[2])]);
        }
    }
}
