package org.sublattice.api;

/**
 * Creates one kind of pipeline component from its typed parameters.
 *
 * <p>Contract: {@link #parameters()} names a public record whose components are the YAML keys of
 * the component (camelCase components are written in kebab-case in YAML). The host binds and
 * range-checks the YAML against that record, reporting every problem with its location, before
 * any factory is asked to create anything; the record's canonical constructor may add its own
 * checks by throwing {@link IllegalArgumentException} with a message naming the offending value.
 * Components annotated with {@link Param} carry their default, unit, range and description.
 *
 * <p>Factories are created by Guice and must be thread-safe: one factory instance serves every
 * pipeline stage of a run.
 *
 * @param <P> the parameter record
 */
public interface ComponentFactory<P extends Record> {

    /** The parameter record type; never null. */
    Class<P> parameters();

    /** One line saying what the component does, shown by {@code sublattice describe}. */
    String summary();

    /** A short YAML example of the component's block, shown by {@code sublattice describe}. */
    String example();
}
