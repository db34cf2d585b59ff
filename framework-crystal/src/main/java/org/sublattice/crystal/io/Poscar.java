package org.sublattice.crystal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;

/**
 * VASP 5 POSCAR files: title, scale (a factor, or the target volume if negative), three lattice
 * vectors, species and counts lines, optional {@code Selective dynamics}, {@code Direct} or
 * {@code Cartesian} positions. A species label after the coordinates (as pymatgen writes) is
 * accepted and checked against the species line; anything after the positions (velocities) is
 * ignored. Malformed files raise {@link InvalidInputException} naming the file, the 1-based line
 * and the offending text.
 */
public final class Poscar {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\+?\\d+");
    private static final Pattern SYMBOL = Pattern.compile("Va|[A-Z][a-z]?[a-z]?");

    private Poscar() {
    }

    /** Reads a POSCAR file. */
    public static Structure read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read POSCAR file " + file + ": " + e.getMessage(), e);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses POSCAR text.
     *
     * @param text the file contents
     * @param sourceName the file name used in error messages
     */
    public static Structure parse(String text, String sourceName) {
        return new Reader(text, sourceName).read();
    }

    /**
     * Writes a structure as VASP 5 POSCAR text: scale 1, Direct coordinates, species grouped in
     * first-seen order, 16 significant digits, each position followed by its species.
     *
     * @throws IllegalArgumentException if the structure has no atoms
     */
    public static String write(Structure structure) {
        if (structure.atoms().isEmpty()) {
            throw new IllegalArgumentException("structure '" + structure.title() + "' has no atoms; POSCAR needs at least one");
        }
        Map<String, List<Structure.Atom>> groups = new LinkedHashMap<>();
        for (Structure.Atom a : structure.atoms()) {
            groups.computeIfAbsent(a.species(), k -> new ArrayList<>()).add(a);
        }
        StringBuilder out = new StringBuilder();
        // The title is a single line; a line break inside it would shift every following line.
        out.append(structure.title().replaceAll("\\R", " ")).append('\n');
        out.append("1.0\n");
        Cell cell = structure.cell();
        for (int i = 0; i < 3; i++) {
            out.append(triple(cell.vector(i))).append('\n');
        }
        out.append(String.join(" ", groups.keySet())).append('\n');
        out.append(String.join(" ", groups.values().stream().map(g -> Integer.toString(g.size())).toList())).append('\n');
        out.append("Direct\n");
        for (Map.Entry<String, List<Structure.Atom>> g : groups.entrySet()) {
            for (Structure.Atom a : g.getValue()) {
                out.append(triple(a.position())).append(' ').append(g.getKey()).append('\n');
            }
        }
        return out.toString();
    }

    private static String triple(Vec3 v) {
        return "  " + number(v.x()) + "  " + number(v.y()) + "  " + number(v.z());
    }

    /** 16 significant digits, right-aligned; negative zero is written as zero. */
    static String number(double v) {
        double w = v == 0 ? 0.0 : v;
        return String.format(Locale.ROOT, "%23.16g", w);
    }

    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    static double toDouble(String token) {
        // Fortran writers may use D exponents.
        return Double.parseDouble(token.replace('D', 'E').replace('d', 'e'));
    }

    /** Line-by-line reader keeping the 1-based line number for messages. */
    private static final class Reader {
        private final String[] lines;
        private final String source;
        private int next;

        Reader(String text, String source) {
            this.lines = text.split("\\R", -1);
            this.source = source;
        }

        Structure read() {
            String title = line("the title line").strip();
            int scaleLine = next + 1;
            String[] scaleTokens = tokens(line("the scale factor"));
            double[] scale = scale(scaleTokens, scaleLine);
            int vectorLine = next + 1;
            Vec3[] rows = new Vec3[3];
            for (int i = 0; i < 3; i++) {
                rows[i] = vector(line("lattice vector " + (i + 1)), next, "lattice vector " + (i + 1));
            }
            Cell cell = cell(rows, scale, vectorLine);

            int speciesLine = next + 1;
            String speciesText = line("the species line");
            String[] speciesTokens = tokens(speciesText);
            if (speciesTokens.length == 0) {
                throw error(speciesLine, "expected the species line (element symbols)", speciesText);
            }
            if (INTEGER.matcher(speciesTokens[0]).matches()) {
                throw error(speciesLine, "expected the species line of a VASP 5 POSCAR (element symbols); "
                        + "VASP 4 files without it are not supported", speciesText);
            }
            List<String> species = new ArrayList<>();
            for (String t : speciesTokens) {
                // POTCAR labels such as Li_sv or Li_sv/a1b2 name the element before '_' or '/'.
                String symbol = t.split("[_/]", 2)[0];
                if (!SYMBOL.matcher(symbol).matches()) {
                    throw error(speciesLine, "'" + t + "' is not an element symbol", speciesText);
                }
                species.add(symbol);
            }

            int countLine = next + 1;
            String countText = line("the counts line");
            String[] countTokens = tokens(countText);
            if (countTokens.length != species.size()) {
                throw error(countLine, "expected " + species.size() + " counts, one per species " + species
                        + ", found " + countTokens.length, countText);
            }
            int[] counts = new int[countTokens.length];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                if (!INTEGER.matcher(countTokens[i]).matches()) {
                    throw error(countLine, "count '" + countTokens[i] + "' is not a whole number", countText);
                }
                try {
                    counts[i] = Integer.parseInt(countTokens[i].startsWith("+") ? countTokens[i].substring(1) : countTokens[i]);
                } catch (NumberFormatException e) {
                    throw error(countLine, "count '" + countTokens[i] + "' is too large", countText);
                }
                total += counts[i];
            }
            if (total == 0) {
                throw error(countLine, "the counts add up to zero atoms", countText);
            }

            int modeLine = next + 1;
            String modeText = line("Direct or Cartesian");
            boolean selective = false;
            if (modeText.strip().toLowerCase(Locale.ROOT).startsWith("s")) {
                selective = true;
                modeLine = next + 1;
                modeText = line("Direct or Cartesian");
            }
            String mode = modeText.strip().toLowerCase(Locale.ROOT);
            boolean cartesian;
            if (mode.startsWith("c") || mode.startsWith("k")) {
                cartesian = true;
            } else if (mode.startsWith("d")) {
                cartesian = false;
            } else {
                throw error(modeLine, "expected 'Direct' or 'Cartesian'"
                        + (selective ? "" : " (or 'Selective dynamics')"), modeText);
            }

            List<Structure.Atom> atoms = new ArrayList<>();
            for (int g = 0; g < counts.length; g++) {
                for (int n = 0; n < counts[g]; n++) {
                    String text = line("the position of atom " + (atoms.size() + 1) + " of " + total);
                    int lineNo = next;
                    Vec3 p = vector(text, lineNo, "position");
                    checkSuffix(tokens(text), selective, species.get(g), lineNo, text);
                    if (cartesian) {
                        p = cell.toFractional(new Vec3(p.x() * scale[0], p.y() * scale[1], p.z() * scale[2]));
                    }
                    atoms.add(new Structure.Atom(species.get(g), p));
                }
            }
            return new Structure(title, cell, atoms);
        }

        private double[] scale(String[] t, int lineNo) {
            String text = String.join(" ", t);
            if (t.length == 0 || !isNumber(t[0])) {
                throw error(lineNo, "expected the scale factor (a number)", text);
            }
            if (t.length >= 3 && isNumber(t[1]) && isNumber(t[2])) {
                double[] s = {toDouble(t[0]), toDouble(t[1]), toDouble(t[2])};
                for (double v : s) {
                    if (!(v > 0) || !Double.isFinite(v)) {
                        throw error(lineNo, "three scale factors must all be positive", text);
                    }
                }
                return s;
            }
            double s = toDouble(t[0]);
            if (s == 0 || !Double.isFinite(s)) {
                throw error(lineNo, "the scale factor must be non-zero (negative means the cell volume in Å³)", text);
            }
            return new double[] {s, s, s};
        }

        private Cell cell(Vec3[] rows, double[] scale, int firstLine) {
            try {
                if (scale[0] < 0) {
                    double raw = Math.abs(rows[0].dot(rows[1].cross(rows[2])));
                    if (raw == 0) {
                        throw new IllegalArgumentException("lattice vectors span zero volume");
                    }
                    double f = Math.cbrt(-scale[0] / raw);
                    scale[0] = f;
                    scale[1] = f;
                    scale[2] = f;
                }
                Vec3[] v = new Vec3[3];
                for (int i = 0; i < 3; i++) {
                    v[i] = new Vec3(rows[i].x() * scale[0], rows[i].y() * scale[1], rows[i].z() * scale[2]);
                }
                return new Cell(v[0], v[1], v[2]);
            } catch (IllegalArgumentException e) {
                throw error(firstLine, e.getMessage() + " (lines " + firstLine + "-" + (firstLine + 2) + ")", null);
            }
        }

        private Vec3 vector(String text, int lineNo, String what) {
            String[] t = tokens(text);
            if (t.length < 3) {
                throw error(lineNo, "expected three numbers for the " + what + ", found " + t.length + " fields", text);
            }
            double[] x = new double[3];
            for (int i = 0; i < 3; i++) {
                if (!isNumber(t[i])) {
                    throw error(lineNo, "'" + t[i] + "' in the " + what + " is not a number", text);
                }
                x[i] = toDouble(t[i]);
                if (!Double.isFinite(x[i])) {
                    throw error(lineNo, "'" + t[i] + "' in the " + what + " is out of range", text);
                }
            }
            return new Vec3(x[0], x[1], x[2]);
        }

        private void checkSuffix(String[] t, boolean selective, String expected, int lineNo, String text) {
            int k = 3;
            if (selective) {
                for (; k < 6; k++) {
                    if (k >= t.length || !(t[k].equalsIgnoreCase("T") || t[k].equalsIgnoreCase("F"))) {
                        throw error(lineNo, "expected three T/F selective-dynamics flags after the coordinates", text);
                    }
                }
            }
            // Only an element-like label is checked; writers also use site labels such as Li1.
            if (k < t.length && SYMBOL.matcher(t[k]).matches() && !t[k].equals(expected)) {
                throw error(lineNo, "species label '" + t[k] + "' disagrees with the species and counts lines, which put "
                        + expected + " here", text);
            }
        }

        private String line(String what) {
            if (next >= lines.length || (next == lines.length - 1 && lines[next].isEmpty())) {
                throw error(Math.min(next + 1, lines.length), "unexpected end of file; expected " + what, null);
            }
            return lines[next++];
        }

        private static String[] tokens(String line) {
            String s = line.strip();
            return s.isEmpty() ? new String[0] : s.split("\\s+");
        }

        private InvalidInputException error(int lineNo, String message, String text) {
            return new InvalidInputException(source + ":" + lineNo + ": " + message
                    + (text == null ? "" : " (line reads '" + text.strip() + "')"));
        }
    }
}
