package org.sublattice.api.run;

import java.util.regex.Pattern;
import org.sublattice.api.Checks;

/**
 * A text file an analyzer hands to the host to write into the stage's run directory (structure
 * files for other codes, say). The host writes it atomically, creating sub-directories.
 *
 * @param path relative path: one to four segments of letters, digits, {@code . _ -} (not starting
 *     with a dot) separated by {@code /}, e.g. {@code structures/point-000.vasp}
 * @param content the text
 */
public record TextFile(String path, String content) {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}");

    public TextFile {
        Checks.notNull(path, "path");
        Checks.notNull(content, "content");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("file path '" + path + "' must be relative: up to four segments of letters, "
                    + "digits, . _ - separated by /, none starting with a dot");
        }
    }
}
