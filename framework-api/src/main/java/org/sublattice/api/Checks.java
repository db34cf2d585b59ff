package org.sublattice.api;

import java.util.Collection;

/** Argument checks shared by the value types; messages name the offending value. */
public final class Checks {
    private Checks() {
    }

    /** @throws IllegalArgumentException naming {@code what} if {@code value} is null */
    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** @throws IllegalArgumentException if the collection is null or contains null */
    public static <C extends Collection<?>> C noNulls(C values, String what) {
        notNull(values, what);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException(what + "[" + i + "] must not be null");
            }
            i++;
        }
        return values;
    }

    /** @throws IllegalArgumentException if {@code value} is not finite */
    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException if {@code value} is not strictly positive and finite */
    public static double positive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
        return value;
    }
}
