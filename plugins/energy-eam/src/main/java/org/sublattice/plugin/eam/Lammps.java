package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * Runs an installed LAMMPS ({@code lmp}) on one structure and reads its potential energy back:
 * writes a data file (the cell rotated into LAMMPS's restricted triclinic form, tilts reduced to at
 * most half a box length, which changes neither the lattice nor the energy) and an input script
 * ({@code units metal}, the user's {@code pair_style} and {@code pair_coeff} lines, {@code run 0}),
 * runs LAMMPS in the pipeline's directory so that relative potential paths resolve there, and
 * parses the energy it prints with 17 significant digits.
 *
 * @param executable the LAMMPS command
 * @param pairStyle the {@code pair_style} arguments
 * @param pairCoeff {@code pair_coeff} argument lines; {@code {species}} becomes the species in type order
 * @param types species of atom types 1, 2, … (element symbols)
 * @param directory working directory (where relative paths in pair_coeff resolve)
 * @param timeoutSeconds longest run
 */
record Lammps(String executable, String pairStyle, List<String> pairCoeff, List<String> types, Path directory, double timeoutSeconds) {
    static final String MARKER = "SUBLATTICE_PE";
    static final String INSTALL = "install LAMMPS (Debian/Ubuntu: apt-get install lammps lammps-data; conda: conda install -c "
            + "conda-forge lammps; or build it from https://www.lammps.org) and make 'lmp' reachable on PATH, or set executable: "
            + "to its full path";

    Lammps {
        pairCoeff = List.copyOf(pairCoeff);
        types = List.copyOf(types);
    }

    /** Checks that the executable runs; the error says how to install it. */
    void probe() {
        try {
            Process p = new ProcessBuilder(executable, "-h").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new InvalidInputException("LAMMPS executable '" + executable + "' did not answer '-h' within 30 s");
            }
        } catch (IOException e) {
            throw new InvalidInputException("LAMMPS executable '" + executable + "' cannot be run (" + e.getMessage() + "); " + INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting LAMMPS", e);
        }
    }

    /** Potential energy (eV) of the structure. */
    double energy(Structure s) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sublattice-lammps");
            Path data = tmp.resolve("structure.data");
            Path input = tmp.resolve("in.sublattice");
            Files.writeString(data, data(s), StandardCharsets.UTF_8);
            Files.writeString(input, input(data), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(executable, "-in", input.toString(), "-log", "none", "-nocite")
                    .directory(directory.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor((long) Math.ceil(timeoutSeconds), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new InvalidInputException("LAMMPS did not finish within " + timeoutSeconds + " s on structure '" + s.title() + "'");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (line.startsWith(MARKER + " ")) {
                    return Double.parseDouble(line.substring(MARKER.length() + 1).strip());
                }
            }
            throw new InvalidInputException("LAMMPS (" + executable + ", exit code " + p.exitValue() + ") printed no energy for structure '"
                    + s.title() + "'; its output ends:\n" + tail(text));
        } catch (IOException e) {
            if (tmp != null && e.getMessage() != null && e.getMessage().contains("Cannot run program")) {
                throw new InvalidInputException("LAMMPS executable '" + executable + "' cannot be run; " + INSTALL, e);
            }
            throw new InvalidInputException("running LAMMPS failed: " + e.getMessage() + "; " + INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running LAMMPS", e);
        } finally {
            delete(tmp);
        }
    }

    private static String tail(String text) {
        String[] lines = text.strip().split("\\R");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 8), lines.length));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    String input(Path data) {
        StringBuilder in = new StringBuilder();
        in.append("units metal\natom_style atomic\nboundary p p p\n");
        in.append("read_data ").append(data.toAbsolutePath()).append('\n');
        in.append("pair_style ").append(pairStyle).append('\n');
        String species = String.join(" ", types);
        for (String c : pairCoeff) {
            in.append("pair_coeff ").append(c.replace("{species}", species)).append('\n');
        }
        in.append("thermo_style custom step pe\nrun 0\n");
        in.append("variable sublattice_pe equal pe\n");
        in.append("print \"").append(MARKER).append(" $(v_sublattice_pe:%.17g)\"\n");
        return in.toString();
    }

    /** The structure as a LAMMPS data file (atom_style atomic, restricted triclinic box). */
    String data(Structure s) {
        Vec3 a = s.cell().a();
        Vec3 b = s.cell().b();
        Vec3 c = s.cell().c();
        List<Vec3> frac = new ArrayList<>();
        for (Structure.Atom at : s.atoms()) {
            frac.add(at.position());
        }
        if (a.dot(b.cross(c)) < 0) {
            // LAMMPS boxes are right-handed: swap a and b (and the fractional x and y).
            Vec3 t = a;
            a = b;
            b = t;
            frac.replaceAll(f -> new Vec3(f.y(), f.x(), f.z()));
        }
        double lx = a.norm();
        double xy = b.dot(a) / lx;
        double ly = Math.sqrt(Math.max(b.dot(b) - xy * xy, 0));
        double xz = c.dot(a) / lx;
        double yz = (b.dot(c) - xy * xz) / ly;
        double lz = Math.sqrt(Math.max(c.dot(c) - xz * xz - yz * yz, 0));
        // Cartesian positions in the rotated frame.
        double[][] pos = new double[frac.size()][];
        for (int i = 0; i < pos.length; i++) {
            Vec3 f = frac.get(i);
            pos[i] = new double[] {f.x() * lx + f.y() * xy + f.z() * xz, f.y() * ly + f.z() * yz, f.z() * lz};
        }
        // Reduce the tilts (c ← c − n·b, c ← c − n·a, b ← b − n·a): same lattice.
        long n = Math.round(yz / ly);
        yz -= n * ly;
        xz -= n * xy;
        n = Math.round(xz / lx);
        xz -= n * lx;
        n = Math.round(xy / lx);
        xy -= n * lx;
        StringBuilder out = new StringBuilder("LAMMPS data file of '" + s.title().replaceAll("\\R", " ") + "' written by Sublattice\n\n");
        out.append(s.atoms().size()).append(" atoms\n").append(types.size()).append(" atom types\n\n");
        out.append(fmt(0)).append(' ').append(fmt(lx)).append(" xlo xhi\n");
        out.append(fmt(0)).append(' ').append(fmt(ly)).append(" ylo yhi\n");
        out.append(fmt(0)).append(' ').append(fmt(lz)).append(" zlo zhi\n");
        out.append(fmt(xy)).append(' ').append(fmt(xz)).append(' ').append(fmt(yz)).append(" xy xz yz\n\nMasses\n\n");
        for (int t = 0; t < types.size(); t++) {
            out.append(t + 1).append(" 1.0\n");
        }
        out.append("\nAtoms # atomic\n\n");
        for (int i = 0; i < pos.length; i++) {
            String sp = s.atoms().get(i).species();
            int type = types.indexOf(sp) + 1;
            if (type == 0) {
                throw new InvalidInputException("structure '" + s.title() + "' holds " + sp + ", which is not among the LAMMPS atom types "
                        + types);
            }
            // Fractional coordinates in the reduced box, wrapped into [0, 1).
            double z = pos[i][2] / lz;
            double y = (pos[i][1] - z * yz) / ly;
            double x = (pos[i][0] - y * xy - z * xz) / lx;
            x -= Math.floor(x);
            y -= Math.floor(y);
            z -= Math.floor(z);
            out.append(i + 1).append(' ').append(type).append(' ').append(fmt(x * lx + y * xy + z * xz)).append(' ')
                    .append(fmt(y * ly + z * yz)).append(' ').append(fmt(z * lz)).append('\n');
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.17g", v == 0 ? 0.0 : v);
    }
}
