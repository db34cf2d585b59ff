package org.sublattice.core.plugin;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.sublattice.api.ApiVersion;
import org.sublattice.api.SublatticePlugin;

/**
 * Finds plugins, in one of two modes.
 *
 * <ul>
 *   <li><b>Module mode</b>: every jar of a plugin directory is checked on its own (readable module
 *   descriptor, not a duplicate of a host module, resolvable), the good ones are defined in one
 *   child {@link ModuleLayer} with a class loader per module, and {@link ServiceLoader} finds the
 *   {@link SublatticePlugin} providers there. A jar that fails any step is reported and skipped;
 *   the others still load.</li>
 *   <li><b>Classpath mode</b>: {@code META-INF/services} entries on the class path (written by
 *   Auto-Service); unreadable jars in the plugin directory are reported.</li>
 * </ul>
 * In both modes a plugin jar must declare a compatible {@link ApiVersion} in its manifest.
 * Stateless; every call discovers afresh.
 */
public final class PluginHost {
    private PluginHost() {
    }

    /** Discovers the plugins in the jars of {@code pluginDirectory} as a child layer of {@code parent}. */
    public static Discovery discoverModules(ModuleLayer parent, Path pluginDirectory) {
        List<PluginProblem> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Path> candidates = new LinkedHashMap<>();
        for (Path jar : jars(pluginDirectory, skipped)) {
            String file = jar.getFileName().toString();
            ModuleDescriptor d;
            try {
                Set<ModuleReference> refs = ModuleFinder.of(jar).findAll();
                if (refs.size() != 1) {
                    skipped.add(new PluginProblem(file, "not a single module"));
                    continue;
                }
                d = refs.iterator().next().descriptor();
            } catch (FindException e) {
                skipped.add(new PluginProblem(file, "unreadable module: " + rootMessage(e)));
                continue;
            }
            if (parent.findModule(d.name()).isPresent()) {
                warnings.add(file + ": module " + d.name() + " is already part of the host; the jar is ignored");
                continue;
            }
            if (candidates.containsKey(d.name())) {
                skipped.add(new PluginProblem(file, "module " + d.name() + " is also in "
                        + candidates.get(d.name()).getFileName() + "; keeping that one"));
                continue;
            }
            Optional<String> apiProblem = apiVersionProblem(jar, d);
            if (apiProblem.isPresent()) {
                skipped.add(new PluginProblem(file, apiProblem.get()));
                continue;
            }
            candidates.put(d.name(), jar);
        }
        // Drop modules that cannot be resolved (missing dependencies), repeating because removing
        // one may break another that required it. Resolving all at once first keeps the common
        // case to a single resolution.
        boolean changed = !resolvesTogether(parent, candidates);
        while (changed && !candidates.isEmpty()) {
            changed = false;
            for (Map.Entry<String, Path> e : new ArrayList<>(candidates.entrySet())) {
                try {
                    parent.configuration().resolve(finder(candidates), ModuleFinder.of(), Set.of(e.getKey()));
                } catch (ResolutionException | FindException ex) {
                    skipped.add(new PluginProblem(e.getValue().getFileName().toString(),
                            "cannot be resolved: " + rootMessage(ex)));
                    candidates.remove(e.getKey());
                    changed = true;
                }
            }
        }
        List<LoadedPlugin> plugins = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new Discovery(plugins, skipped, warnings);
        }
        ModuleLayer layer;
        try {
            Configuration cf = parent.configuration().resolveAndBind(finder(candidates), ModuleFinder.of(), candidates.keySet());
            layer = parent.defineModulesWithManyLoaders(cf, ClassLoader.getSystemClassLoader());
        } catch (RuntimeException e) {
            for (Path jar : candidates.values()) {
                skipped.add(new PluginProblem(jar.getFileName().toString(), "plugin layer failed: " + rootMessage(e)));
            }
            return new Discovery(plugins, skipped, warnings);
        }
        Iterator<ServiceLoader.Provider<SublatticePlugin>> it = ServiceLoader.load(layer, SublatticePlugin.class)
                .stream().iterator();
        while (true) {
            ServiceLoader.Provider<SublatticePlugin> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                skipped.add(new PluginProblem("plugin layer", rootMessage(e)));
                continue;
            }
            Module m = provider.type().getModule();
            if (m.getLayer() != layer) {
                continue;
            }
            Path jar = candidates.get(m.getName());
            String file = jar.getFileName().toString();
            try {
                SublatticePlugin p = provider.get();
                plugins.add(new LoadedPlugin(p, file, "module", version(jar, m.getDescriptor())));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                skipped.add(new PluginProblem(file, "plugin " + provider.type().getName() + " failed to start: " + rootMessage(e)));
            }
        }
        // ServiceLoader's order within a layer is unspecified; jar order keeps output stable.
        plugins.sort(java.util.Comparator.comparing(LoadedPlugin::source));
        return new Discovery(plugins, skipped, warnings);
    }

    /**
     * Discovers plugins registered in {@code META-INF/services} visible to {@code loader}, and
     * reports unreadable jars in {@code pluginDirectory} (may be null).
     */
    public static Discovery discoverClasspath(ClassLoader loader, Path pluginDirectory) {
        List<PluginProblem> skipped = new ArrayList<>();
        List<LoadedPlugin> plugins = new ArrayList<>();
        if (pluginDirectory != null) {
            for (Path jar : jars(pluginDirectory, skipped)) {
                try (JarFile j = new JarFile(jar.toFile())) {
                    j.getManifest();
                } catch (IOException e) {
                    skipped.add(new PluginProblem(jar.getFileName().toString(), "unreadable jar: " + rootMessage(e)));
                }
            }
        }
        Iterator<SublatticePlugin> it = ServiceLoader.load(SublatticePlugin.class, loader).iterator();
        while (true) {
            SublatticePlugin p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError e) {
                skipped.add(new PluginProblem(sourceOfError(e), rootMessage(e)));
                continue;
            }
            Path origin = origin(p.getClass());
            String file = origin == null ? "classpath" : origin.getFileName().toString();
            if (origin != null && Files.isRegularFile(origin)) {
                Optional<String> apiProblem = apiVersionProblem(origin, null);
                if (apiProblem.isPresent()) {
                    skipped.add(new PluginProblem(file, apiProblem.get()));
                    continue;
                }
            }
            plugins.add(new LoadedPlugin(p, file, "classpath", origin == null ? "unknown" : version(origin, null)));
        }
        plugins.sort(java.util.Comparator.comparing(LoadedPlugin::source));
        return new Discovery(plugins, skipped, List.of());
    }

    private static boolean resolvesTogether(ModuleLayer parent, Map<String, Path> candidates) {
        try {
            parent.configuration().resolve(finder(candidates), ModuleFinder.of(), candidates.keySet());
            return true;
        } catch (ResolutionException | FindException e) {
            return false;
        }
    }

    private static List<Path> jars(Path dir, List<PluginProblem> skipped) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            skipped.add(new PluginProblem(dir.toString(), "cannot list plugin directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static ModuleFinder finder(Map<String, Path> candidates) {
        return ModuleFinder.of(candidates.values().toArray(Path[]::new));
    }

    /** Why the jar's declared API version is unacceptable, if it is. */
    static Optional<String> apiVersionProblem(Path jar, ModuleDescriptor d) {
        Manifest mf = manifest(jar);
        String declared = mf == null ? null : mf.getMainAttributes().getValue(ApiVersion.MANIFEST_ATTRIBUTE);
        if (declared == null) {
            // Library jars beside plugins need not declare it; only jars that provide plugins must.
            boolean providesPlugin = d == null || d.provides().stream()
                    .anyMatch(p -> p.service().equals(SublatticePlugin.class.getName()));
            return providesPlugin ? Optional.of("declares no " + ApiVersion.MANIFEST_ATTRIBUTE
                    + " in its manifest; this host implements API " + ApiVersion.current()) : Optional.empty();
        }
        try {
            if (!ApiVersion.compatible(declared)) {
                return Optional.of("built against Sublattice API " + declared.trim() + ", but this host implements API "
                        + ApiVersion.current() + "; rebuild the plugin against API " + ApiVersion.current());
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private static Manifest manifest(Path jar) {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest();
        } catch (IOException e) {
            return null;
        }
    }

    private static String version(Path jar, ModuleDescriptor d) {
        if (d != null && d.rawVersion().isPresent()) {
            return d.rawVersion().get();
        }
        Manifest mf = manifest(jar);
        String v = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        return v == null ? "unknown" : v;
    }

    private static Path origin(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String sourceOfError(ServiceConfigurationError e) {
        return "classpath";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                msg = msg + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
            }
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
