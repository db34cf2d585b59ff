package org.sublattice.core.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sublattice.core.yaml.Location;

/** Collects every problem found in one validation pass. Not thread-safe. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Location location, String path, String message) {
        list.add(new Problem(location, path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The problems ordered by source, line and column. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((Problem p) -> p.location().line() == 0 ? 1 : 0)
                .thenComparing(p -> p.location().source())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }

    /** @throws ValidationException listing every problem, if there are any */
    public void throwIfAny(String what) {
        if (!list.isEmpty()) {
            throw new ValidationException(what, list());
        }
    }
}
