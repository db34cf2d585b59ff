package org.sublattice.api;

import java.util.regex.Pattern;

/**
 * One component a plugin contributes: its role, its YAML {@code type} id and the factory class
 * the host binds under that id (Guice MapBinder keyed by id, one map per role).
 *
 * @param role the role
 * @param id the YAML type id: lower-case letters, digits and dashes, starting with a letter
 * @param factory the factory class; must implement the role's factory interface and be
 *     constructible by Guice (a public no-argument or {@code @Inject} constructor)
 */
public record Contribution(Role role, String id, Class<? extends ComponentFactory<?>> factory) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Contribution {
        Checks.notNull(role, "role");
        Checks.notNull(id, "id");
        Checks.notNull(factory, "factory");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("component id '" + id
                    + "' is not of the form lower-case-words (letters, digits, dashes)");
        }
        if (!role.factoryType().isAssignableFrom(factory)) {
            throw new IllegalArgumentException("factory " + factory.getName() + " for " + role.yamlName()
                    + " '" + id + "' does not implement " + role.factoryType().getSimpleName());
        }
    }

    /** A lattice contribution. */
    public static Contribution lattice(String id, Class<? extends LatticeFactory<?>> factory) {
        return new Contribution(Role.LATTICE, id, factory);
    }

    /** A Hamiltonian contribution. */
    public static Contribution hamiltonian(String id, Class<? extends HamiltonianFactory<?>> factory) {
        return new Contribution(Role.HAMILTONIAN, id, factory);
    }

    /** A sampler contribution. */
    public static Contribution sampler(String id, Class<? extends SamplerFactory<?>> factory) {
        return new Contribution(Role.SAMPLER, id, factory);
    }

    /** An analyzer contribution. */
    public static Contribution analyzer(String id, Class<? extends AnalyzerFactory<?>> factory) {
        return new Contribution(Role.ANALYZER, id, factory);
    }

    /** A task contribution. */
    public static Contribution task(String id, Class<? extends TaskFactory<?>> factory) {
        return new Contribution(Role.TASK, id, factory);
    }
}
