package org.sublattice.core.bind;

import java.util.List;
import org.sublattice.api.InvalidInputException;

/** Invalid input with every problem found, each with location and field path. */
public final class ValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ValidationException(String what, List<Problem> problems) {
        super(format(what, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String what, List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        b.append(what).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            b.append("\n  ").append(p);
        }
        return b.toString();
    }
}
