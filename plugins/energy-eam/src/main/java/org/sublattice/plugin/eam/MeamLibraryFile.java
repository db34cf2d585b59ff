package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.InvalidInputException;

/**
 * Reader of LAMMPS {@code library.meam} files: entries of 19 values (element, lattice, z, atomic
 * number, mass, α, β⁽⁰⁻³⁾, a, E_c, A, t⁽⁰⁻³⁾, ρ₀, ibar), free line breaks, names in single
 * quotes, {@code #} starting a comment. As LAMMPS does, the first entry of an element counts, t⁽⁰⁾
 * must be 1 and z must match the lattice. Errors name file and line.
 */
final class MeamLibraryFile {
    static final int VALUES = 19;
    private static final String[] NAMES = {"element", "lattice", "z", "atomic number", "mass", "alpha", "b0", "b1", "b2", "b3", "alat",
        "esub", "asub", "t0", "t1", "t2", "t3", "rozero", "ibar"};

    private MeamLibraryFile() {
    }

    /** The entries of {@code wanted} (in that order) with the LAMMPS default settings. */
    static MeamPotential read(Path file, List<String> wanted) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("MEAM library file " + file + " not found");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read MEAM library file " + file + ": " + e.getMessage(), e);
        }
        Map<String, MeamElement> found = parse(text, file.toString(), wanted);
        List<MeamElement> elements = new ArrayList<>();
        for (String w : wanted) {
            MeamElement e = found.get(w);
            if (e == null) {
                throw new InvalidInputException("MEAM library file " + file + " has no entry for element " + w + " (it has "
                        + found.keySet() + " of those asked for)");
            }
            elements.add(e);
        }
        return new MeamPotential(elements, MeamPotential.Settings.LAMMPS_DEFAULTS, file.toString());
    }

    /** The first entry of each wanted element found in {@code text}. */
    static Map<String, MeamElement> parse(String text, String source, List<String> wanted) {
        // As LAMMPS reads them: an entry gathers whole lines until it holds 19 values.
        List<String> tokens = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        int entryStart = 0;
        for (int l = 0; l < all.length; l++) {
            String line = all[l];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            for (String t : line.split("[\\s']+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                    lines.add(l + 1);
                }
            }
            int inEntry = tokens.size() - entryStart;
            if (inEntry > VALUES) {
                throw new InvalidInputException(source + ":" + (l + 1) + ": the entry of '" + tokens.get(entryStart) + "' (from line "
                        + lines.get(entryStart) + ") has " + inEntry + " values; a MEAM library entry has " + VALUES + " ("
                        + String.join(", ", NAMES) + ")");
            }
            if (inEntry == VALUES) {
                entryStart = tokens.size();
            }
        }
        if (entryStart < tokens.size()) {
            throw new InvalidInputException(source + ":" + lines.get(entryStart) + ": the entry of '" + tokens.get(entryStart)
                    + "' ends after " + (tokens.size() - entryStart) + " values; a MEAM library entry has " + VALUES + " ("
                    + String.join(", ", NAMES) + ")");
        }
        Map<String, MeamElement> out = new LinkedHashMap<>();
        for (int e = 0; e < tokens.size(); e += VALUES) {
            String symbol = tokens.get(e);
            if (!wanted.contains(symbol) || out.containsKey(symbol)) {
                continue;
            }
            String where = source + ":" + lines.get(e);
            MeamElement.Reference ref = MeamElement.reference(tokens.get(e + 1));
            if (ref == null) {
                throw new InvalidInputException(source + ":" + lines.get(e + 1) + ": lattice '" + tokens.get(e + 1) + "' of " + symbol
                        + " is not supported; supported reference structures: fcc, bcc");
            }
            double[] v = new double[VALUES];
            for (int k = 2; k < VALUES; k++) {
                String t = tokens.get(e + k);
                try {
                    v[k] = Double.parseDouble(t.replace('d', 'e').replace('D', 'e'));
                } catch (NumberFormatException x) {
                    throw new InvalidInputException(source + ":" + lines.get(e + k) + ": " + NAMES[k] + " of " + symbol
                            + ": expected a number, found '" + t + "'");
                }
            }
            if (v[2] != ref.z) {
                throw new InvalidInputException(source + ":" + lines.get(e + 2) + ": z = " + tokens.get(e + 2) + " of " + symbol
                        + " does not match its lattice " + tokens.get(e + 1) + " (z = " + ref.z + ")");
            }
            if (v[13] != 1) {
                throw new InvalidInputException(source + ":" + lines.get(e + 13) + ": t0 of " + symbol + " is " + tokens.get(e + 13)
                        + "; MEAM needs t0 = 1");
            }
            for (int k : new int[] {3, 18}) {
                if (v[k] != Math.rint(v[k])) {
                    throw new InvalidInputException(source + ":" + lines.get(e + k) + ": " + NAMES[k] + " of " + symbol
                            + " must be an integer, found '" + tokens.get(e + k) + "'");
                }
            }
            out.put(symbol, new MeamElement(symbol, ref, (int) v[3], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[14], v[15], v[16],
                    v[17], (int) v[18], where));
        }
        return out;
    }
}
