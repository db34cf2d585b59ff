package org.sublattice.api;

import com.google.inject.Module;
import java.util.List;

/**
 * The service a plugin jar provides ({@code provides org.sublattice.api.SublatticePlugin with …}
 * in its module-info, and {@code @AutoService(SublatticePlugin.class)} for classpath mode).
 *
 * <p>The host reads {@link #contributions()} of every discovered plugin, refuses duplicate ids
 * (naming both jars), binds each factory into a Guice MapBinder of its role keyed by the id, and
 * installs {@link #module()} into the same injector so factories may {@code @Inject} the plugin's
 * own services. Implementations need a public no-argument constructor and must not keep static
 * state.
 */
public interface SublatticePlugin {

    /** The plugin's name, e.g. {@code lattice-fcc}; shown by {@code sublattice plugins}. */
    String name();

    /** The components this plugin contributes; never empty. */
    List<Contribution> contributions();

    /** Extra bindings the plugin's factories need; none by default. */
    default Module module() {
        return binder -> { };
    }
}
