package org.sublattice.plugin.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.api.run.Physics;
import org.sublattice.core.pipeline.BoundComponent;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.pipeline.ValidatedStage;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.testkit.PluginKit;

/**
 * The Li–Ag reference pipelines of configs/li-ag (seed 002, Thomas, Behara and Van der Ven,
 * Chem. Mater. 36, 8936 (2024), §4): their event catalogs expand to complete, reversible hop sets,
 * and their models and analyzer settings carry the vacancy formation energies they claim.
 */
class LiAgReferenceTest {
    private static final Path CONFIGS = Path.of("../../configs/li-ag");
    private static final PluginKit KIT = PluginKit.discover(CONFIGS);
    /** Two sites closer than this (Å) in distance are at the same distance. */
    private static final double DISTANCE_TOLERANCE = 1e-6;
    /** Energies from the model against the numbers in its file, eV. */
    private static final double ENERGY_TOLERANCE = 1e-9;

    @TempDir
    Path run;

    private static ValidatedPipeline load(String name) {
        return KIT.load(CONFIGS.resolve(name), Map.of());
    }

    private static List<ValidatedStage> kmcStages(ValidatedPipeline p) {
        return p.stages().stream().filter(s -> s.sampler().id().equals("kmc")).toList();
    }

    private static Path catalog(ValidatedPipeline p, ValidatedStage s) {
        return p.directory().resolve(((KmcFactory.Parameters) s.sampler().parameters()).catalog());
    }

    /** A parameter of an analyzer's bound record, by record component name. */
    private static Object parameter(BoundComponent c, String name) throws ReflectiveOperationException {
        for (RecordComponent rc : c.parameters().getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                var accessor = rc.getAccessor();
                accessor.setAccessible(true);
                return accessor.invoke(c.parameters());
            }
        }
        throw new AssertionError(c.id() + " has no parameter " + name);
    }

    /**
     * Counts, by geometry alone, the site tuples of the same kind as a prototype event per primitive
     * cell: the first site on a basis site with the prototype's sublattice and occupants, the others
     * at the same distances from it and from each other, on sites of the same kinds.
     */
    private static int geometricCount(Prim prim, EventSpec spec) {
        int n = spec.sites().size();
        Vec3[] proto = new Vec3[n];
        for (int s = 0; s < n; s++) {
            SiteCoord c = spec.sites().get(s);
            proto[s] = prim.position(c.b(), c.i(), c.j(), c.k());
        }
        double reach = 0;
        for (int s = 1; s < n; s++) {
            reach = Math.max(reach, proto[s].minus(proto[0]).norm());
        }
        int count = 0;
        for (int b = 0; b < prim.size(); b++) {
            if (!sameKind(prim.basis().get(b), prim.basis().get(spec.sites().get(0).b()))) {
                continue;
            }
            List<Vec3> around = new ArrayList<>();
            List<Integer> basis = new ArrayList<>();
            for (Neighbour nb : prim.neighbours(reach + DISTANCE_TOLERANCE)) {
                if (nb.from() == b) {
                    around.add(prim.position(nb.to(), nb.i(), nb.j(), nb.k()));
                    basis.add(nb.to());
                }
            }
            count += extend(prim, spec, proto, new Vec3[n], 1, prim.position(b, 0, 0, 0), around, basis);
        }
        return count;
    }

    private static int extend(Prim prim, EventSpec spec, Vec3[] proto, Vec3[] chosen, int depth, Vec3 first, List<Vec3> around,
            List<Integer> basis) {
        chosen[0] = first;
        if (depth == proto.length) {
            return 1;
        }
        int count = 0;
        Site want = prim.basis().get(spec.sites().get(depth).b());
        for (int c = 0; c < around.size(); c++) {
            if (!sameKind(prim.basis().get(basis.get(c)), want)) {
                continue;
            }
            boolean fits = true;
            for (int s = 0; s < depth && fits; s++) {
                double d = around.get(c).minus(chosen[s]).norm();
                fits = Math.abs(d - proto[depth].minus(proto[s]).norm()) < DISTANCE_TOLERANCE;
            }
            if (fits) {
                chosen[depth] = around.get(c);
                count += extend(prim, spec, proto, chosen, depth + 1, first, around, basis);
            }
        }
        return count;
    }

    private static boolean sameKind(Site a, Site b) {
        return a.sublattice().equals(b.sublattice()) && a.occupants().equals(b.occupants());
    }

    /** Signature of a prototype's kind: sublattices, occupants before and after, and its distances. */
    private static String kind(Prim prim, EventSpec spec) {
        StringBuilder k = new StringBuilder();
        List<SiteCoord> s = spec.sites();
        for (int a = 0; a < s.size(); a++) {
            k.append(prim.basis().get(s.get(a).b()).sublattice()).append(':').append(spec.initial().get(a)).append('>')
                    .append(spec.finalOccupants().get(a)).append(' ');
            for (int b = 0; b < a; b++) {
                Vec3 d = prim.position(s.get(a).b(), s.get(a).i(), s.get(a).j(), s.get(a).k())
                        .minus(prim.position(s.get(b).b(), s.get(b).i(), s.get(b).j(), s.get(b).k()));
                k.append(String.format("%.4f ", d.norm()));
            }
        }
        return k.toString();
    }

    /**
     * Each catalog, expanded by the factor group, holds every hop of each kind it names exactly once:
     * per kind (sublattices, occupants, distances), the symmetry images of its prototypes add up to
     * the number of such site tuples counted by geometry (12 nearest-neighbour and 6 second-neighbour
     * hops per FCC site, 8 unlike neighbours per B2 site, and so on).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li-in-ag.yaml", "b2.yaml", "d03.yaml", "gamma3.yaml", "gamma1.yaml"})
    void everyCatalogExpandsToAllHopsOfEachKindItNamesOnce(String pipeline) {
        ValidatedPipeline p = load(pipeline);
        Prim prim = p.lattice().prim();
        FactorGroup group = FactorGroup.of(prim);
        assertFalse(kmcStages(p).isEmpty(), pipeline + " has a kmc stage");
        for (ValidatedStage stage : kmcStages(p)) {
            List<EventSpec> specs = EventCatalog.read(catalog(p, stage), prim);
            EventSystem es = new EventSystem(group, specs, Supercell.repeat(prim, 2, 2, 2), 0);
            int[] images = new int[specs.size()];
            for (int m = 0; m < es.imagesPerCell(); m++) {
                images[es.imagePrototype[m]]++;
            }
            Map<String, Integer> expanded = new TreeMap<>();
            Map<String, Integer> geometric = new TreeMap<>();
            for (int e = 0; e < specs.size(); e++) {
                String k = kind(prim, specs.get(e));
                expanded.merge(k, images[e], Integer::sum);
                geometric.put(k, geometricCount(prim, specs.get(e)));
            }
            assertEquals(geometric, expanded, pipeline + ": symmetry images per kind of hop against the geometric count");
        }
    }

    /** Detailed balance: every event instance has its reverse in the catalog, with the same E_KRA and ν*. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li-in-ag.yaml", "b2.yaml", "d03.yaml", "gamma3.yaml", "gamma1.yaml"})
    void everyEventHasItsReverseWithTheSameBarrier(String pipeline) {
        ValidatedPipeline p = load(pipeline);
        Prim prim = p.lattice().prim();
        for (ValidatedStage stage : kmcStages(p)) {
            List<EventSpec> specs = EventCatalog.read(catalog(p, stage), prim);
            EventSystem es = new EventSystem(FactorGroup.of(prim), specs, Supercell.repeat(prim, 3, 3, 3), 0);
            Map<String, Integer> byChange = new HashMap<>();
            for (int e = 0; e < es.count; e++) {
                byChange.put(change(es, e, false), e);
            }
            for (int e = 0; e < es.count; e++) {
                Integer r = byChange.get(change(es, e, true));
                String name = specs.get(es.imagePrototype[es.image(e)]).name();
                assertNotNull(r, pipeline + ": event " + name + " has no reverse");
                assertEquals(es.kra[es.image(e)], es.kra[es.image(r)], pipeline + ": E_KRA of " + name + " and its reverse");
                assertEquals(es.prefactor[es.image(e)], es.prefactor[es.image(r)], pipeline + ": ν* of " + name + " and its reverse");
            }
        }
    }

    /** The occupant change of an event instance (initial → final per site, sites sorted), or of its reverse. */
    private static String change(EventSystem es, int e, boolean reverse) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] sites = new int[es.maxSites];
        int img = es.image(e);
        int k = es.sites(e, sites);
        for (int x = 0; x < k; x++) {
            byte from = es.initial[img][x];
            byte to = es.finalOcc[img][x];
            m.put(sites[x], reverse ? to + ">" + from : from + ">" + to);
        }
        return m.toString();
    }

    /** ΔE of putting a vacancy on one site of a sublattice of the ideal ordering, eV. */
    private static double vacancyEnergy(BoundHamiltonian h, Supercell sc, String sublattice) {
        byte[] ideal = Configuration.ideal(sc).occupation();
        for (int s = 0; s < sc.size(); s++) {
            if (sc.site(s).sublattice().equals(sublattice)) {
                return h.deltaFlip(ideal, s, sc.site(s).indexOf(Site.VACANCY));
            }
        }
        throw new AssertionError("no sublattice " + sublattice);
    }

    /**
     * Every diffusion analyzer that rescales to the equilibrium vacancy fraction uses, per
     * sublattice, the ΔΩ of the pipeline's own model (ΔΩ = ΔE + μ with the models' μ = 0, the
     * perfect ordering being their zero of energy), and those are the numbers the model files
     * state: FCC Ag 0.74 eV, D0₃ Li sublattice 0.32 eV (seed 002 §4), the assumed rest.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li-in-ag.yaml", "b2.yaml", "d03.yaml", "gamma3.yaml", "gamma1.yaml"})
    void rescalingUsesTheModelsVacancyFormationEnergies(String pipeline) throws Exception {
        ValidatedPipeline p = load(pipeline);
        Supercell sc = Supercell.repeat(p.lattice().prim(), 3, 3, 3);
        BoundHamiltonian h = p.hamiltonian().orElseThrow().bind(sc);
        int checked = 0;
        for (ValidatedStage stage : kmcStages(p)) {
            for (BoundComponent a : stage.analyzers()) {
                if (a.id().equals("diffusion")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Double> dOmega = (Map<String, Double>) parameter(a, "vacancyFormationEnergy");
                    assertFalse(dOmega.isEmpty(), pipeline + ": single-vacancy runs are rescaled");
                    for (var e : dOmega.entrySet()) {
                        assertEquals(e.getValue(), vacancyEnergy(h, sc, e.getKey()), ENERGY_TOLERANCE, pipeline + ": ΔΩ on " + e.getKey());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 0);
        Map<String, Map<String, Double>> published = Map.of("li-in-ag.yaml", Map.of("4a", 0.74), "d03.yaml", Map.of("4b", 0.32, "8c", 0.32));
        published.getOrDefault(pipeline, Map.of())
                .forEach((sub, v) -> assertEquals(v, vacancyEnergy(h, sc, sub), ENERGY_TOLERANCE, pipeline + ": seed 002 ΔΩ on " + sub));
    }

    /**
     * Seed 002 §4.2 relations the B2 model must keep: the Ag-sublattice vacancy is the cheaper one,
     * and an Ag nearest-neighbour hop out of a lone Li-sublattice vacancy lowers the energy.
     */
    @Test
    void theB2ModelPrefersAgSublatticeVacanciesAndAnAntisiteNextToThemOverALiVacancy() {
        ValidatedPipeline p = load("b2.yaml");
        Supercell sc = Supercell.repeat(p.lattice().prim(), 3, 3, 3);
        BoundHamiltonian h = p.hamiltonian().orElseThrow().bind(sc);
        assertTrue(vacancyEnergy(h, sc, "1b") < vacancyEnergy(h, sc, "1a"));
        byte[] occ = Configuration.ideal(sc).occupation();
        int li = sc.index(0, 1, 1, 1);
        int ag = sc.index(1, 1, 1, 1);  // a nearest neighbour of li, at (½,½,½)
        double loneLiVacancy = h.deltaFlip(occ, li, sc.site(li).indexOf(Site.VACANCY));
        occ[li] = (byte) sc.site(li).indexOf(Site.VACANCY);
        double hop = h.deltaEvent(occ, new int[] {ag, li}, new byte[] {(byte) sc.site(ag).indexOf(Site.VACANCY),
            (byte) sc.site(li).indexOf("Ag")}, 2);
        assertTrue(loneLiVacancy > 0 && hop < 0, "Ag hop into the Li-sublattice vacancy: ΔE = " + hop);
    }

    /**
     * The dilute Li-in-Ag estimate of seed 002 §4.1 is fed the model's and the catalog's numbers: ΔΩ
     * of the vacancy next to the Li (the one the Li exchanges with) is 0.80 eV, the barrier is the
     * li-nn E_KRA, the hop length is the lattice's nearest-neighbour distance.
     */
    @Test
    void theDiluteEstimateUsesTheModelTheCatalogAndTheLattice() throws Exception {
        ValidatedPipeline p = load("li-in-ag.yaml");
        Prim prim = p.lattice().prim();
        Supercell sc = Supercell.repeat(prim, 4, 4, 4);
        BoundHamiltonian h = p.hamiltonian().orElseThrow().bind(sc);
        byte[] occ = Configuration.ideal(sc).occupation();
        int li = sc.index(0, 0, 0, 0);
        int next = sc.index(0, 1, 0, 0);
        occ[li] = (byte) sc.site(li).indexOf("Li");
        double vacancyNextToLi = h.deltaFlip(occ, next, sc.site(next).indexOf(Site.VACANCY));
        assertEquals(0.80, vacancyNextToLi, ENERGY_TOLERANCE, "ΔΩ next to Li (seed 002 §4: ≈ 0.8 eV in FCC LixAg1-x)");
        BoundComponent dilute = p.stages().stream().flatMap(s -> s.analyzers().stream()).filter(a -> a.id().equals("dilute-diffusion"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        double formation = ((java.util.Optional<Double>) parameter(dilute, "formationEnergy")).orElseThrow();
        assertEquals(vacancyNextToLi, formation, ENERGY_TOLERANCE);
        EventSpec liNn = EventCatalog.read(catalog(p, kmcStages(p).get(0)), prim).stream().filter(e -> e.name().equals("li-nn")).findFirst()
                .orElseThrow();
        assertEquals(liNn.kra(), (double) parameter(dilute, "barrier"), ENERGY_TOLERANCE);
        assertEquals(prim.shellDistances(1)[0], (double) parameter(dilute, "hopLength"), 1e-3);
    }

    /**
     * Validation run (profile "validation"): the KMC cross-check of li-in-ag.yaml against Le Claire's
     * five-frequency model of solute diffusion in FCC (A. D. Le Claire, J. Nucl. Mater. 69–70, 70
     * (1978); Manning's F). With the model's barriers, w0 = w1 (Ag hops, 0.5 eV), w2 (Li, 0.25 eV),
     * w3 and w4 (dissociation and association, 0.5 ∓ 0.03 eV from the 0.06 eV Li–Va repulsion):
     * f_Li = (2w1 + 7F w3) / (2w1 + 2w2 + 7F w3) ≈ 7e−4, far below the 0.78 of seed 002 Eq. 2.
     * The pipeline's KMC stage with 4× its events and 2× its trajectories (about 10 minutes); the
     * tolerance adds 10 % for the finite cell (216 sites, 6 Li, one vacancy) to 3 standard errors.
     */
    @Test
    @Tag("validation")
    void liInAgKmcGivesTheFiveFrequencyCorrelationFactorOfLi() throws Exception {
        var longer = Map.of("stages.kmc.sampler.events", new PipelineLoader.Override("2000000", "test"),
                "stages.kmc.sampler.trajectories", new PipelineLoader.Override("16", "test"));
        new PipelineRunner(2, RunListener.NONE).run(KIT.load(CONFIGS.resolve("li-in-ag.yaml"), longer), run, List.of());
        Map<String, Double> r = KmcPhysicsTest.firstRow(run.resolve("kmc/diffusion.csv"));
        double kt = Physics.BOLTZMANN_EV * 300;
        double w0 = Math.exp(-0.5 / kt);
        double w2 = Math.exp(-0.25 / kt);
        double w3 = Math.exp(-0.47 / kt);
        double alpha = Math.exp(-0.03 / kt);
        double sevenF = 7 - (10 * Math.pow(alpha, 4) + 180.5 * Math.pow(alpha, 3) + 927 * alpha * alpha + 1341 * alpha)
                / (2 * Math.pow(alpha, 4) + 40.2 * Math.pow(alpha, 3) + 254 * alpha * alpha + 597 * alpha + 436);
        double f2 = (2 * w0 + sevenF * w3) / (2 * w0 + 2 * w2 + sevenF * w3);
        System.out.printf("f_Li = %.3g ± %.2g (five-frequency %.3g), D*_Li = %.3g ± %.2g cm²/s%n", r.get("f_Li"), r.get("err_f_Li"), f2,
                r.get("tracer_d_Li"), r.get("err_tracer_d_Li"));
        assertEquals(f2, r.get("f_Li"), 3 * r.get("err_f_Li") + 0.1 * f2);
    }
}
