package org.sublattice.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and constrains one component of a parameter record. The host checks the range before
 * the record is constructed and reports a violation at the YAML location of the value. For list
 * and map values the range applies to every element.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** What the parameter means. */
    String value();

    /** Unit of the value (eV, K, Å …); empty if dimensionless. */
    String unit() default "";

    /**
     * Default as a YAML scalar or flow value (e.g. {@code "300"}, {@code "[1, 1, 1]"}); empty
     * means the parameter is required. Use {@link #OPTIONAL} for an optional value with no default
     * (only for {@code Optional}, {@code List} and {@code Map} components).
     */
    String defaultValue() default "";

    /** Smallest allowed value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Whether {@link #min()} itself is excluded. */
    boolean minExclusive() default false;

    /** Largest allowed value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether {@link #max()} itself is excluded. */
    boolean maxExclusive() default false;

    /** Marker default for optional parameters without a default value. */
    String OPTIONAL = "\u0000optional";
}
