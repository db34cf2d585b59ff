package org.sublattice.plugin.strainpath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sublattice.api.Lattice;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.testkit.PluginKit;

/**
 * The structures on which our MEAM is compared with LAMMPS's pair_style meam: pure Li, pure Ag, B2
 * LiAg and D0₃ Li₃Ag at six points of each path (volume of the input kept), fractions chosen so
 * that second neighbours pass through partial screening.
 */
final class MeamCases {
    static final Path MODEL = Path.of("../../configs/strain-paths/models/li-ag-meam.yaml");
    static final double[] FRACTIONS = {-0.3, 0.1, 0.3, 0.5, 0.75, 1.0};

    record Case(String name, String lattice, String latticeYaml) {
    }

    /** One structure: its case, path, fraction and the structure itself. */
    record Point(Case c, StrainPath.Kind kind, double t, Structure structure, int atoms) {
        String key() {
            return String.format(Locale.ROOT, "%s,%s,%.2f", c.name(), kind.name().toLowerCase(Locale.ROOT), t);
        }
    }

    static final List<Case> CASES = List.of(
            new Case("Li", "bcc", "{a: 3.509, species: {2a: [Li]}}"),
            new Case("Ag", "bcc", "{a: 3.25, species: {2a: [Ag]}}"),
            new Case("B2 LiAg", "b2", "{a: 3.17, species: {1a: [Li], 1b: [Ag]}}"),
            new Case("D03 Li3Ag", "d03", "{a: 6.40, species: {4a: [Ag], 4b: [Li], 8c: [Li]}}"));

    private MeamCases() {
    }

    static Lattice lattice(PluginKit kit, Case c) {
        return kit.lattice(c.lattice(), c.latticeYaml());
    }

    static List<Point> points(PluginKit kit, Case c) {
        Lattice lattice = lattice(kit, c);
        Supercell sc = Supercell.repeat(lattice.prim(), 1, 1, 1);
        Structure input = Structure.of(Configuration.ideal(sc), c.name());
        List<Point> out = new ArrayList<>();
        for (StrainPath.Kind kind : StrainPath.Kind.values()) {
            StrainPath path = new StrainPath(kind, input);
            for (double t : FRACTIONS) {
                double[] e = path.pathStrain(t);
                e[0] = StrainPath.e1ForVolume(e, 1);
                Structure s = path.structure(e, path.shuffle(t), kind + " t=" + t);
                out.add(new Point(c, kind, t, s, path.reference().atoms().size()));
            }
        }
        return out;
    }
}
