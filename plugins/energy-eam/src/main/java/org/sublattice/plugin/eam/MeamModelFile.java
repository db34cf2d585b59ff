package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.InvalidInputException;

/**
 * A YAML MEAM model: each element's parameters (the values of a {@code library.meam} entry), and
 * optionally the global settings; unlike pairs take the LAMMPS defaults (see {@link MeamPotential}).
 *
 * <pre>
 * name: li-ag-meam
 * settings: {rc: 4.0, delr: 0.1, cmin: 2.0, cmax: 2.8, zbl: true}   # optional; these are the defaults
 * elements:
 *   Li: {lattice: bcc, atomic-number: 3, a: 3.509, cohesive-energy: 1.65, A: 0.87, alpha: 2.97244804,
 *        beta: [1.425, 1.00, 1.00169907, 1.00], t: [1.0, 0.26395017, 0.44431129, -0.2], rho0: 1.0, ibar: 0}
 * </pre>
 * Errors name file and line.
 */
final class MeamModelFile {
    private static final Set<String> ELEMENT_KEYS = Set.of("lattice", "atomic-number", "a", "cohesive-energy", "A", "alpha", "beta", "t",
            "rho0", "ibar", "source");

    private MeamModelFile() {
    }

    static MeamPotential read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("MEAM model file " + file + " not found");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read MEAM model file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    static MeamPotential parse(String text, String source) {
        YamlNode root = YamlNode.parse(text, source);
        Map<String, YamlNode> top = root.map(Set.of("name", "description", "source", "settings", "elements"));
        MeamPotential.Settings d = MeamPotential.Settings.LAMMPS_DEFAULTS;
        MeamPotential.Settings settings = d;
        if (top.containsKey("settings")) {
            YamlNode s = top.get("settings");
            Map<String, YamlNode> m = s.map(Set.of("rc", "delr", "cmin", "cmax", "zbl"));
            boolean zbl = d.zbl();
            if (m.containsKey("zbl")) {
                if (!(m.get("zbl").value() instanceof Boolean b)) {
                    throw m.get("zbl").error("expected true or false");
                }
                zbl = b;
            }
            try {
                settings = new MeamPotential.Settings(s.number("rc", d.rc()), s.number("delr", d.delr()), s.number("cmin", d.cmin()),
                        s.number("cmax", d.cmax()), zbl);
            } catch (InvalidInputException e) {
                throw s.error(e.getMessage());
            }
        }
        Map<String, YamlNode> byName = root.get("elements").map(null);
        if (byName.isEmpty()) {
            throw root.get("elements").error("no elements");
        }
        List<MeamElement> elements = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : byName.entrySet()) {
            elements.add(element(e.getKey(), e.getValue()));
        }
        return new MeamPotential(elements, settings, source);
    }

    private static MeamElement element(String name, YamlNode n) {
        n.map(ELEMENT_KEYS);
        if (!name.matches("[A-Z][a-z]?[a-z]?")) {
            throw n.error("'" + name + "' is not an element symbol");
        }
        YamlNode lat = n.get("lattice");
        MeamElement.Reference ref = MeamElement.reference(lat.text());
        if (ref == null) {
            throw lat.error("reference structure '" + lat.text() + "' is not supported; supported: fcc, bcc");
        }
        double[] beta = four(n.get("beta"));
        double[] t = four(n.get("t"));
        if (t[0] != 1) {
            throw n.get("t").error("t[0] is " + t[0] + "; MEAM needs t0 = 1");
        }
        int z = integer(n.get("atomic-number"));
        int ibar = integer(n.get("ibar"));
        try {
            return new MeamElement(name, ref, z, n.positive("alpha"), beta[0], beta[1], beta[2], beta[3], n.positive("a"),
                    n.positive("cohesive-energy"), n.get("A").number(), t[1], t[2], t[3], n.positive("rho0"), ibar,
                    n.source() + ":" + n.line());
        } catch (InvalidInputException x) {
            throw n.error(x.getMessage());
        }
    }

    private static double[] four(YamlNode list) {
        List<YamlNode> l = list.list();
        if (l.size() != 4) {
            throw list.error("expected 4 values (l = 0, 1, 2, 3), got " + l.size());
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = l.get(i).number();
        }
        return v;
    }

    private static int integer(YamlNode v) {
        double x = v.number();
        if (x != Math.rint(x)) {
            throw v.error("expected an integer, got " + x);
        }
        return (int) x;
    }
}
