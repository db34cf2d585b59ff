package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Li–Al and Li–Zn reference pipelines of configs/ against the published numbers they are
 * calibrated to (SCIENCE.md §7), through {@code sublattice report}: the same pipelines, at the same
 * size, as README's main job (about a minute of two cores).
 */
class ReferenceModelsTest {
    @TempDir
    Path tmp;

    @Test
    void referencePipelinesReproduceThePublishedVoltageWindowDiffusionAndLiZnDefects() throws Exception {
        Path configs = Path.of("../../configs").toAbsolutePath().normalize(); // tests run in the module directory
        Path report = tmp.resolve("report");
        Cli r = Cli.run("report", "--configs", configs.toString(), "--runs", tmp.resolve("runs").toString(), "-o", report.toString(),
                "--set", "threads=2", "--quiet");
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(report.resolve("report.md"));
        assertTrue(Files.exists(report.resolve("voltage.png")) && Files.exists(report.resolve("diffusion.svg")), "plots written");

        List<Map<String, Double>> eq = ReportCommand.csv(report.resolve("li-al-equilibrium.csv"));
        List<double[]> rows = eq.stream().map(m -> new double[] {m.get("x_Li"), m.get("voltage")}).toList();
        double v46 = ReportCommand.interpolate(rows, 0, 1, ReportCommand.X_WINDOW_LOW);
        double v60 = ReportCommand.interpolate(rows, 0, 1, ReportCommand.X_WINDOW_HIGH);
        assertEquals(ReportCommand.V_WINDOW_HIGH, v46, ReportCommand.V_TOLERANCE, "LiAl voltage at x = 0.46\n" + md);
        assertEquals(ReportCommand.V_WINDOW_LOW, v60, ReportCommand.V_TOLERANCE, "LiAl voltage at x = 0.60\n" + md);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i)[1] <= rows.get(i - 1)[1] + 1e-9, "voltage falls as Li is added: " + rows);
        }

        List<Map<String, Double>> d = ReportCommand.csv(report.resolve("li-al-diffusion.csv"));
        assertTrue(d.size() >= 8, "KMC points with a vacancy in the cell: " + d.size() + "\n" + md);
        List<double[]> logD = d.stream().map(m -> new double[] {m.get("x_Li"), Math.log10(m.get("tracer_d_Li"))}).toList();
        double d48 = Math.pow(10, ReportCommand.interpolate(logD, 0, 1, ReportCommand.X_D_LIAL));
        assertTrue(d48 >= ReportCommand.PUBLISHED_D_LIAL / ReportCommand.D_FACTOR && d48 <= ReportCommand.PUBLISHED_D_LIAL * ReportCommand.D_FACTOR,
                "D*_Li(x = 0.48) = " + d48 + " cm²/s\n" + md);
        double d50 = Math.pow(10, ReportCommand.interpolate(logD, 0, 1, ReportCommand.X_D_LIAL_END));
        assertTrue(d48 / d50 >= ReportCommand.FALL_MIN && d48 / d50 <= ReportCommand.FALL_MAX, "D* falls ≈2× from x = 0.48 to 0.50: "
                + d48 + " → " + d50 + "\n" + md);
        List<double[]> vac = eq.stream().map(m -> new double[] {m.get("x_Li"), m.get("x_va_per_site")}).toList();
        double va50 = ReportCommand.logInterpolate(vac, 0, 1, 0.5);
        double va60 = ReportCommand.logInterpolate(vac, 0, 1, ReportCommand.X_WINDOW_HIGH);
        assertTrue(va60 < va50 / 10, "antisites push vacancies out on the Li-rich side: " + va50 + " at x = ½, " + va60 + " at 0.60");
        for (Map<String, Double> m : d) {
            // the Li sublattice is diamond: correlated, 0 < f < 1, and the Haven ratio is positive
            assertTrue(m.get("f_Li") > 0 && m.get("f_Li") < 1 && m.get("haven_Li") > 0, "f and Haven ratio: " + m);
        }

        List<Map<String, Double>> zn = ReportCommand.csv(tmp.resolve("runs/li-zn/window/dilute-diffusion.csv"));
        for (Map<String, Double> m : zn) {
            assertTrue(m.get("delta_omega") > 0.585 && m.get("delta_omega") < 0.685, "LiZn ΔΩ in 0.59–0.68 eV: " + m);
            assertTrue(m.get("dilute_tracer_d") >= ReportCommand.D_LIZN_MIN && m.get("dilute_tracer_d") <= ReportCommand.D_LIZN_MAX,
                    "LiZn D* in 1e−15–1e−13 cm²/s: " + m);
            double orders = Math.log10(d48 / m.get("dilute_tracer_d"));
            assertTrue(orders > ReportCommand.ORDERS_MIN - 1 && orders < ReportCommand.ORDERS_MAX + 1, "LiAl/LiZn " + orders + " orders");
        }
        double xvaZn = Math.sqrt(zn.stream().mapToDouble(m -> m.get("x_va")).min().orElseThrow()
                * zn.stream().mapToDouble(m -> m.get("x_va")).max().orElseThrow());
        double ordersVa = Math.log10(2 * va60 / xvaZn);
        assertEquals(ReportCommand.VACANCY_ORDERS, ordersVa, ReportCommand.VACANCY_ORDERS_TOLERANCE, "LiAl (x = 0.60) / LiZn vacancies");
        // Metal hops: per vacancy, D_M / D_Li = exp(−(E_M − E_Li)/k_BT) on the two diamond sublattices (same z, r, f = ½, ν*),
        // with the barriers of events/li-al-metal-hops.yaml (0.65, 0.095 eV) and events/li-zn-metal-hops.yaml (0.8, 0.045 eV).
        double kT = 8.617333262e-5 * 300;
        for (Object[] c : new Object[][] {{"li-al-metal", "Al", 0.65 - 0.095}, {"li-zn-metal", "Zn", 0.8 - 0.045}}) {
            Map<String, Double> m = ReportCommand.csv(tmp.resolve("runs").resolve((String) c[0]).resolve("metal/diffusion.csv")).get(0);
            Map<String, Double> li = ReportCommand.csv(tmp.resolve("runs").resolve((String) c[0]).resolve("lithium/diffusion.csv")).get(0);
            double dm = m.get("tracer_d_" + c[1]);
            double dli = li.get("tracer_d_Li");
            double rel = Math.hypot(m.get("err_tracer_d_" + c[1]) / dm, li.get("err_tracer_d_Li") / dli);
            double expected = Math.exp(-(double) c[2] / kT);
            assertEquals(1, dm / dli / expected, 3 * rel, c[0] + ": D*_" + c[1] + "/D*_Li = " + dm / dli + ", Arrhenius " + expected);
            assertEquals(0.5, m.get("f_" + c[1]), 3 * m.get("err_f_" + c[1]), c[0] + ": one vacancy on a diamond sublattice, f = ½");
        }
        assertTrue(md.contains("| LiAl D*_Li at x = 0.48 |") && md.contains("targets met"), md);
        assertTrue(md.matches("(?s).*\\| Li in FCC Ag, D\\*_Li [^\n]*\\| yes \\|.*"), "Li in Ag within an order of magnitude of 1e−20\n" + md);
    }

    /**
     * The 0 K hull of formation energy per atom against x over every occupation of the 16-site
     * conventional B32 cube (2¹⁶ configurations), with the pure elements at 0.
     */
    private static Hull hull(String system) {
        Path pipeline = Path.of("../../configs").toAbsolutePath().normalize().resolve(system).resolve(system + ".yaml");
        var p = org.sublattice.testkit.PluginKit.discover(pipeline.getParent()).load(pipeline, Map.of());
        var sc = org.sublattice.api.crystal.Supercell.of(p.lattice().prim(), new int[][] {{-1, 1, 1}, {1, -1, 1}, {1, 1, -1}});
        var h = p.hamiltonian().orElseThrow().bind(sc);
        int n = sc.size();
        List<double[]> pts = new java.util.ArrayList<>(); // x, e per atom, vacancies, antisites
        byte[] occ = new byte[n];
        for (int code = 0; code < 1 << n; code++) {
            int li = 0;
            int atoms = 0;
            int va = 0;
            int anti = 0;
            for (int s = 0; s < n; s++) {
                occ[s] = (byte) ((code >> s) & 1);
                boolean liSublattice = sc.site(s).sublattice().equals("8a");
                // 8a: [Li, Va]; 8b: [metal, Li]
                if (liSublattice) {
                    va += occ[s];
                    li += 1 - occ[s];
                    atoms += 1 - occ[s];
                } else {
                    anti += occ[s];
                    li += occ[s];
                    atoms++;
                }
            }
            pts.add(new double[] {(double) li / atoms, h.energy(occ) / atoms, va, anti});
        }
        pts.add(new double[] {0, 0, -1, -1});
        pts.add(new double[] {1, 0, -1, -1});
        pts.sort(java.util.Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        List<double[]> lower = new java.util.ArrayList<>();
        for (double[] q : pts) { // Andrew's monotone chain, lower part
            while (lower.size() >= 2) {
                double[] a = lower.get(lower.size() - 2);
                double[] b = lower.get(lower.size() - 1);
                if ((b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]) <= 1e-12) {
                    lower.remove(lower.size() - 1);
                } else {
                    break;
                }
            }
            lower.add(q);
        }
        return new Hull(pts, lower);
    }

    private static String show(List<double[]> v) {
        return v.stream().map(a -> String.format(java.util.Locale.ROOT, "(x %.4f, %.5f eV/atom, %d Va, %d antisites)", a[0], a[1],
                (int) a[2], (int) a[3])).toList().toString();
    }

    private record Hull(List<double[]> points, List<double[]> vertices) {
        double at(double x) {
            return ReportCommand.interpolate(vertices, 0, 1, x);
        }

        double perfect() {
            return points.stream().filter(a -> a[2] == 0 && a[3] == 0).findFirst().orElseThrow()[1];
        }
    }

    @Test
    void liAlHullHasVacancyStructuresBelowAndAntisiteStructuresAboveHalfWithPerfectB32AboveIt() {
        // Published (seed 000 Fig. 2b): vacancy-only structures on the hull for x < ½, antisite-only ones for x > ½,
        // perfect B32 above it. The vacancy–antisite repulsion keeps mixed structures off the hull.
        Hull hull = hull("li-al");
        assertTrue(hull.perfect() > hull.at(0.5) + 1e-5, "perfect B32 " + hull.perfect() + " eV/atom, hull " + hull.at(0.5));
        List<double[]> below = hull.vertices().stream().filter(a -> a[0] > 0.4 && a[0] < 0.5).toList();
        List<double[]> above = hull.vertices().stream().filter(a -> a[0] > 0.5 && a[0] < 0.6).toList();
        assertTrue(!below.isEmpty() && below.stream().allMatch(a -> a[2] > 0 && a[3] == 0), "x < ½ hull: vacancies only: " + show(below));
        assertTrue(!above.isEmpty() && above.stream().allMatch(a -> a[3] > 0 && a[2] == 0), "x > ½ hull: antisites only: " + show(above));
        // (x = 1 with every 8a site empty is the chain's end point, not a vertex of the lower hull)
        List<double[]> mixed = hull.vertices().stream().filter(a -> a[0] < 1 && a[2] > 0 && a[3] > 0).toList();
        assertTrue(mixed.isEmpty(), "no structure with both vacancies and antisites on the hull: " + show(mixed));
    }

    @Test
    void liZnHullHasPerfectB32OnItAndEveryDefectStructureAbove() {
        Hull hull = hull("li-zn");
        assertEquals(hull.at(0.5), hull.perfect(), 1e-12, "perfect B32 on the hull");
        for (double[] a : hull.points()) {
            if (a[0] > 0.4 && a[0] < 0.6 && a[2] + a[3] > 0) {
                assertTrue(a[1] > hull.at(a[0]) + 1e-5, "defect structure at x = " + a[0] + " above the hull");
            }
        }
    }
}
