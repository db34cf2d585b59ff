package org.sublattice.core.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.util.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sublattice.api.ComponentFactory;
import org.sublattice.api.Contribution;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Role;

/**
 * The components of all loaded plugins, wired by one Guice injector: each role has a
 * {@code MapBinder<String, RoleFactory>} keyed by YAML type id, filled from the plugins'
 * {@link Contribution}s, and each plugin's own module is installed beside it.
 *
 * <p>Duplicate ids stop construction with a message naming both jars. A plugin whose bindings
 * cannot be created on their own is skipped and reported, and the others still work. Immutable
 * and thread-safe once built.
 */
public final class ComponentRegistry {
    private final Map<String, Component> byId;
    private final List<PluginProblem> skipped;

    private ComponentRegistry(Map<String, Component> byId, List<PluginProblem> skipped) {
        this.byId = byId;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Builds the registry.
     *
     * @throws InvalidInputException if two plugins contribute the same id
     */
    public static ComponentRegistry build(Collection<LoadedPlugin> plugins) {
        Map<String, LoadedPlugin> owner = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<PluginProblem> skipped = new ArrayList<>();
        List<LoadedPlugin> usable = new ArrayList<>();
        for (LoadedPlugin p : plugins) {
            List<Contribution> contributions;
            try {
                contributions = List.copyOf(p.plugin().contributions());
            } catch (RuntimeException e) {
                skipped.add(new PluginProblem(p.source(), "contributions() failed: " + PluginHost.rootMessage(e)));
                continue;
            }
            for (Contribution c : contributions) {
                LoadedPlugin first = owner.putIfAbsent(c.id(), p);
                if (first != null) {
                    duplicates.add("component id '" + c.id() + "' is contributed by both " + first.source() + " ("
                            + first.plugin().name() + ") and " + p.source() + " (" + p.plugin().name() + ")");
                }
            }
            usable.add(p);
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException("duplicate plugin component ids; remove one of the jars:\n  "
                    + String.join("\n  ", duplicates));
        }
        // One injector for all; only if that fails, try each plugin alone to find the culprits
        // (keeps start-up fast in the common case).
        List<LoadedPlugin> healthy = usable;
        Injector injector;
        Map<Role, Map<String, ComponentFactory<?>>> maps;
        try {
            injector = Guice.createInjector(modules(usable));
            maps = factories(injector);
        } catch (CreationException | ProvisionException | LinkageError all) {
            healthy = new ArrayList<>();
            for (LoadedPlugin p : usable) {
                try {
                    factories(Guice.createInjector(modules(List.of(p))));
                    healthy.add(p);
                } catch (CreationException | ProvisionException | LinkageError e) {
                    skipped.add(new PluginProblem(p.source(), "Guice bindings failed: " + firstLine(e)));
                }
            }
            injector = Guice.createInjector(modules(healthy));
            maps = factories(injector);
        }
        Map<String, Component> byId = new LinkedHashMap<>();
        for (LoadedPlugin p : healthy) {
            for (Contribution c : p.plugin().contributions()) {
                byId.put(c.id(), new Component(c.role(), c.id(), maps.get(c.role()).get(c.id()), p));
            }
        }
        return new ComponentRegistry(byId, skipped);
    }

    private static List<Module> modules(List<LoadedPlugin> plugins) {
        List<Module> modules = new ArrayList<>();
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                for (Role r : Role.values()) {
                    mapBinder(binder(), r);
                }
                for (LoadedPlugin p : plugins) {
                    for (Contribution c : p.plugin().contributions()) {
                        bindContribution(mapBinder(binder(), c.role()), c);
                    }
                }
            }
        });
        for (LoadedPlugin p : plugins) {
            modules.add(p.plugin().module());
        }
        return modules;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bindContribution(MapBinder binder, Contribution c) {
        binder.addBinding(c.id()).to(c.factory());
    }

    @SuppressWarnings("unchecked")
    private static MapBinder<String, ComponentFactory<?>> mapBinder(com.google.inject.Binder binder, Role role) {
        TypeLiteral<ComponentFactory<?>> value = (TypeLiteral<ComponentFactory<?>>) TypeLiteral.get(
                Types.newParameterizedType(role.factoryType(), Types.subtypeOf(Object.class)));
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), value);
    }

    @SuppressWarnings("unchecked")
    private static Map<Role, Map<String, ComponentFactory<?>>> factories(Injector injector) {
        Map<Role, Map<String, ComponentFactory<?>>> out = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Key<?> key = Key.get(Types.mapOf(String.class,
                    Types.newParameterizedType(r.factoryType(), Types.subtypeOf(Object.class))));
            out.put(r, (Map<String, ComponentFactory<?>>) injector.getInstance(key));
        }
        return out;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        String[] lines = m.strip().split("\n");
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            if (!l.isBlank() && b.length() < 300) {
                b.append(b.length() == 0 ? "" : " ").append(l.strip());
            }
        }
        return b.toString();
    }

    /** The component with this id, if any. */
    public Optional<Component> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Ids of the components of a role, sorted. */
    public List<String> ids(Role role) {
        TreeSet<String> ids = new TreeSet<>();
        byId.values().stream().filter(c -> c.role() == role).forEach(c -> ids.add(c.id()));
        return List.copyOf(ids);
    }

    /** Every component, in plugin order. */
    public List<Component> all() {
        return List.copyOf(byId.values());
    }

    /** Plugins skipped while wiring. */
    public List<PluginProblem> skipped() {
        return skipped;
    }
}
