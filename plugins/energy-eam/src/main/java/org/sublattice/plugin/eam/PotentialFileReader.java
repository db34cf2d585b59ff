package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sublattice.api.InvalidInputException;

/**
 * Line-oriented reader of DYNAMO/LAMMPS potential files that keeps 1-based line numbers for its
 * messages. Numbers of a block may span lines; as in LAMMPS, a block starts on a new line and
 * surplus numbers on its last line are ignored; text after {@code #} is a comment.
 */
final class PotentialFileReader {
    private final String[] lines;
    private final String source;
    private int next;

    PotentialFileReader(String text, String source) {
        String[] all = text.split("\\R", -1);
        // A final line break does not start another line.
        this.lines = all.length > 1 && all[all.length - 1].isEmpty() ? java.util.Arrays.copyOf(all, all.length - 1) : all;
        this.source = source;
    }

    static PotentialFileReader open(Path file) {
        try {
            return new PotentialFileReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("potential file " + file + " not found");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read potential file " + file + ": " + e.getMessage(), e);
        }
    }

    String source() {
        return source;
    }

    /** 1-based number of the line read last. */
    int lineNumber() {
        return next;
    }

    /** The next line, raw. */
    String line(String what) {
        if (next >= lines.length) {
            throw error(Math.min(next + 1, lines.length), "unexpected end of file; expected " + what);
        }
        return lines[next++];
    }

    /** The tokens of the next line, comment removed. */
    String[] tokens(String what) {
        return split(line(what));
    }

    static String[] split(String line) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** {@code count} numbers, starting on the next line. */
    double[] numbers(int count, String what) {
        double[] out = new double[count];
        int i = 0;
        while (i < count) {
            if (next >= lines.length) {
                throw error(lines.length, "unexpected end of file after " + i + " of the " + count + " values of " + what);
            }
            String text = lines[next++];
            for (String t : split(text)) {
                if (i == count) {
                    break;
                }
                out[i] = number(t, next, "value " + (i + 1) + " of " + count + " of " + what, text);
                i++;
            }
        }
        return out;
    }

    double number(String token, int lineNo, String what, String text) {
        try {
            double v = Double.parseDouble(token.replace('D', 'E').replace('d', 'e'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(lineNo, "'" + token + "' is not a number (" + what + "; line reads '" + abbreviate(text) + "')");
        }
    }

    int integer(String token, int lineNo, String what, String text) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error(lineNo, "'" + token + "' is not a whole number (" + what + "; line reads '" + abbreviate(text) + "')");
        }
    }

    InvalidInputException error(int lineNo, String message) {
        return new InvalidInputException(source + ":" + lineNo + ": " + message);
    }

    private static String abbreviate(String text) {
        String s = text.strip();
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }
}
