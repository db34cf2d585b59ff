package org.sublattice.plugin.eam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.StructureEnergy;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.testkit.PluginKit;

/** The shipped Li–Ag model and the analytic forms. */
class EamModelTest {
    static final Path MODEL = Path.of("../../configs/strain-paths/models/li-ag-eam.yaml");
    static final double GPA = UniversalElement.GPA;

    static Structure cubic(double a, String[] species, double[][] f) {
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int i = 0; i < species.length; i++) {
            atoms.add(new Structure.Atom(species[i], new Vec3(f[i][0], f[i][1], f[i][2])));
        }
        return new Structure("cubic", Cell.cubic(a), atoms);
    }

    static double bcc(StructureEnergy e, String el, double a) {
        return e.energy(cubic(a, new String[] {el, el}, new double[][] {{0, 0, 0}, {.5, .5, .5}})) / 2;
    }

    static double fcc(StructureEnergy e, String el, double a) {
        return e.energy(cubic(a, new String[] {el, el, el, el}, new double[][] {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}})) / 4;
    }

    @Test
    void universalLithiumFollowsRoseEquationOfStateThroughItsCitedConstants() {
        StructureEnergy e = new EamStructureEnergy(EamModelFile.read(MODEL));
        double a0 = 3.51;
        double ec = 1.63;
        double b = 11.0 * GPA;
        double omega = a0 * a0 * a0 / 2;
        double alpha = Math.sqrt(9 * omega * b / ec);
        for (double s = 0.92; s <= 1.10; s += 0.02) {
            double x = alpha * (s - 1);
            assertEquals(-ec * (1 + x) * Math.exp(-x), bcc(e, "Li", a0 * s), 1e-9, "scale " + s);
        }
    }

    @Test
    void zhouSilverHasItsPublishedLatticeConstantAndCohesiveEnergy() {
        StructureEnergy e = new EamStructureEnergy(EamModelFile.read(MODEL));
        // Zhou et al. 2004 fit Ag to a = √2·r_e = 4.0897 Å and E_c = 2.85 eV.
        double best = Double.MAX_VALUE;
        double at = 0;
        for (double a = 4.00; a <= 4.20; a += 0.0005) {
            double v = fcc(e, "Ag", a);
            if (v < best) {
                best = v;
                at = a;
            }
        }
        assertEquals(4.0897, at, 0.002);
        assertEquals(-2.85, best, 0.005);
        assertTrue(fcc(e, "Ag", at) < bcc(e, "Ag", at / Math.cbrt(2)) - 0.02, "FCC Ag is well below BCC Ag");
    }

    @Test
    void johnsonRuleMixesThePairsWeightedByTheDensityRatios() {
        AnalyticEam m = EamModelFile.read(MODEL);
        int li = m.indexOf("Li");
        int ag = m.indexOf("Ag");
        for (double r = 2.4; r < 5.5; r += 0.37) {
            double fLi = m.density(li, li, r);
            double fAg = m.density(ag, ag, r);
            double expected = 0.5 * (fAg / fLi * m.pair(li, li, r) + fLi / fAg * m.pair(ag, ag, r));
            assertEquals(expected, m.pair(li, ag, r), 1e-14);
            assertEquals(m.pair(li, ag, r), m.pair(ag, li, r), 0);
            double h = 1e-6;
            assertEquals((m.pair(li, ag, r + h) - m.pair(li, ag, r - h)) / (2 * h), m.pairDerivative(li, ag, r), 1e-6);
        }
    }

    @Test
    void forcesAndStressAreTheDerivativesOfTheEnergy() {
        StructureEnergy e = new EamStructureEnergy(EamModelFile.read(MODEL));
        Cell cell = new Cell(new Vec3(3.3, 0.05, 0), new Vec3(0.1, 3.25, -0.04), new Vec3(0.02, 0, 3.4));
        List<Structure.Atom> atoms = List.of(new Structure.Atom("Li", new Vec3(0.01, 0.02, 0)),
                new Structure.Atom("Ag", new Vec3(0.52, 0.47, 0.49)));
        Structure s = new Structure("b2", cell, atoms);
        StructureEnergy.Derivatives d = e.derivatives(s).orElseThrow();
        assertEquals(e.energy(s), d.energy(), 1e-12);
        double h = 1e-5;
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 3; k++) {
                Vec3 dx = new Vec3(k == 0 ? h : 0, k == 1 ? h : 0, k == 2 ? h : 0);
                double plus = e.energy(displaced(s, i, dx));
                double minus = e.energy(displaced(s, i, dx.times(-1)));
                assertEquals(-(plus - minus) / (2 * h), d.forces().get(i).get(k), 1e-6, "atom " + i + " component " + k);
            }
        }
        // σ_xy = (1/V) ∂E/∂ε_xy for a symmetric strain ε.
        double[][] strain = {{0, h / 2, 0}, {h / 2, 0, 0}, {0, 0, 0}};
        double ePlus = e.energy(strained(s, strain, 1));
        double eMinus = e.energy(strained(s, strain, -1));
        assertEquals((ePlus - eMinus) / (2 * h) / Math.abs(cell.volume()), d.stress().get(5), 1e-7);
        double[][] zz = {{0, 0, 0}, {0, 0, 0}, {0, 0, h}};
        assertEquals((e.energy(strained(s, zz, 1)) - e.energy(strained(s, zz, -1))) / (2 * h) / Math.abs(cell.volume()),
                d.stress().get(2), 1e-7);
    }

    private static Structure displaced(Structure s, int atom, Vec3 dx) {
        List<Structure.Atom> out = new ArrayList<>(s.atoms());
        Structure.Atom a = out.get(atom);
        out.set(atom, new Structure.Atom(a.species(), s.cell().toFractional(s.cell().toCartesian(a.position()).plus(dx))));
        return new Structure(s.title(), s.cell(), out);
    }

    private static Structure strained(Structure s, double[][] eps, int sign) {
        Vec3[] v = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            Vec3 c = s.cell().vector(i);
            double[] x = {c.x(), c.y(), c.z()};
            double[] y = new double[3];
            for (int r = 0; r < 3; r++) {
                y[r] = x[r];
                for (int k = 0; k < 3; k++) {
                    y[r] += sign * eps[r][k] * x[k];
                }
            }
            v[i] = new Vec3(y[0], y[1], y[2]);
        }
        return new Structure(s.title(), new Cell(v[0], v[1], v[2]), s.atoms());
    }

    @Test
    void energyDoesNotDependOnTheChoiceOfCell() {
        StructureEnergy e = new EamStructureEnergy(EamModelFile.read(MODEL));
        double a = 3.2;
        Structure b2 = cubic(a, new String[] {"Li", "Ag"}, new double[][] {{0, 0, 0}, {.5, .5, .5}});
        // The same crystal in the cell a, b + a, c − 2b (sheared but the same lattice), doubled along c.
        Cell other = new Cell(new Vec3(a, 0, 0), new Vec3(a, a, 0), new Vec3(0, -2 * a, 2 * a));
        List<Structure.Atom> atoms = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (Structure.Atom at : b2.atoms()) {
                Vec3 r = b2.cell().toCartesian(at.position()).plus(new Vec3(0, 0, copy * a));
                atoms.add(new Structure.Atom(at.species(), other.toFractional(r)));
            }
        }
        assertEquals(e.energy(b2), e.energy(new Structure("other cell", other, atoms)) / 2, 1e-10);
    }

    @Test
    void idealSiteEnergiesEqualStructureEnergiesWithVacanciesLeftOut() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        var lattice = kit.lattice("b2", "{species: {1a: [Li, Ag, Va], 1b: [Ag, Li]}}");
        var h = kit.hamiltonian("eam", "{potential: " + MODEL + "}", lattice);
        Supercell sc = Supercell.repeat(lattice.prim(), 3, 3, 3);
        var bound = h.bind(sc);
        Configuration c = Configuration.ideal(sc);
        c.occupation()[0] = 2;
        c.occupation()[5] = 1;
        assertEquals(bound.structureEnergy().orElseThrow().energy(Structure.of(c, "x")), bound.energy(c.occupation()), 1e-9);
    }

    @Test
    void aMalformedModelFileNamesFileAndLine() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> EamModelFile.parse(
                "elements:\n  Li:\n    form: universal\n    lattice: bcc\n    colour: red\n", "m.yaml", Path.of(".")));
        assertTrue(unknown.getMessage().startsWith("m.yaml:5: elements.Li.colour: unknown key 'colour'"), unknown.getMessage());
        InvalidInputException number = assertThrows(InvalidInputException.class, () -> EamModelFile.parse(
                "elements:\n  Ag: {form: zhou2004, re: abc}\n", "m.yaml", Path.of(".")));
        assertTrue(number.getMessage().startsWith("m.yaml:2: elements.Ag.re: expected a number"), number.getMessage());
        InvalidInputException syntax = assertThrows(InvalidInputException.class, () -> EamModelFile.parse(
                "elements: {Li: [\n", "m.yaml", Path.of(".")));
        assertTrue(syntax.getMessage().startsWith("m.yaml:"), syntax.getMessage());
        InvalidInputException file = assertThrows(InvalidInputException.class, () -> EamModelFile.parse(
                "elements:\n  Cu: {form: funcfl, file: missing.eam}\n", "m.yaml", Path.of(".")));
        assertTrue(file.getMessage().startsWith("m.yaml:2: elements.Cu.file: funcfl file 'missing.eam' not found"), file.getMessage());
    }

    @Test
    void aLatticeSpeciesMissingFromThePotentialIsNamed() {
        PluginKit kit = PluginKit.discover(Path.of("."));
        var lattice = kit.lattice("b2", "{species: {1a: [Li], 1b: [Cu]}}");
        InvalidInputException h = assertThrows(InvalidInputException.class, () -> kit.hamiltonian("eam", "{potential: " + MODEL + "}", lattice));
        assertTrue(h.getMessage().contains("Cu") && h.getMessage().contains("li-ag-eam.yaml"), h.getMessage());
    }
}
