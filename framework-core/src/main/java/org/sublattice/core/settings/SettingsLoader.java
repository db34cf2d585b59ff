package org.sublattice.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.sublattice.api.InvalidInputException;
import org.sublattice.core.bind.Names;
import org.sublattice.core.pipeline.PipelineLoader;

/**
 * Layers settings with Apache Commons Configuration and turns them into a {@link Settings} record.
 * Highest priority first: {@code --set key=value}, system properties {@code sublattice.key},
 * environment {@code SUBLATTICE_KEY} (underscore = dot, double underscore = dash), the user's
 * settings file (Java properties), built-in defaults. Keys under {@code pipeline.} override
 * pipeline fields. Unknown keys are errors naming their source.
 */
public final class SettingsLoader {
    /** The known application keys. */
    public static final List<String> KEYS = List.of("threads", "plugins.dir", "output.root", "progress");
    private static final String PIPELINE = "pipeline.";
    /** Environment variables read by the bin/sublattice launcher, not settings. */
    private static final java.util.Set<String> LAUNCHER_VARIABLES = java.util.Set.of("SUBLATTICE_HOME", "SUBLATTICE_OPTS", "SUBLATTICE_NO_CDS");

    private SettingsLoader() {
    }

    /**
     * @param cliSets {@code --set} pairs in the order given
     * @param systemProperties system properties (only {@code sublattice.*} are read)
     * @param environment environment (only {@code SUBLATTICE_*} are read)
     * @param userFile a properties file, if one exists
     * @throws InvalidInputException on unknown keys or malformed values
     */
    public static Settings load(Map<String, String> cliSets, Properties systemProperties, Map<String, String> environment,
            Optional<Path> userFile) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("--set", "--set ", cliSets));
        Map<String, String> sys = new LinkedHashMap<>();
        for (String name : new TreeSet<>(systemProperties.stringPropertyNames())) {
            if (name.startsWith("sublattice.") && !name.equals("sublattice.home")) {
                sys.put(name.substring("sublattice.".length()), systemProperties.getProperty(name));
            }
        }
        layers.add(new Layer("system property", "-Dsublattice.", sys));
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith("SUBLATTICE_") && !LAUNCHER_VARIABLES.contains(name)) {
                String key = name.substring("SUBLATTICE_".length()).toLowerCase(Locale.ROOT).replace("__", "-").replace('_', '.');
                env.put(key, environment.get(name));
            }
        }
        layers.add(new Layer("environment", "SUBLATTICE_", env));
        if (userFile.isPresent() && Files.isRegularFile(userFile.get())) {
            layers.add(new Layer("settings file " + userFile.get(), userFile.get() + ": ", properties(userFile.get())));
        }
        layers.add(new Layer("built-in defaults", "default ", defaults()));

        CompositeConfiguration config = new CompositeConfiguration();
        for (Layer l : layers) {
            config.addConfiguration(new MapConfiguration(new LinkedHashMap<>(l.values())));
        }
        List<String> problems = new ArrayList<>();
        Map<String, PipelineLoader.Override> overrides = new TreeMap<>();
        Iterator<String> keys = config.getKeys();
        while (keys.hasNext()) {
            String key = keys.next();
            Layer from = layers.stream().filter(l -> l.values().containsKey(key)).findFirst().orElseThrow();
            if (key.startsWith(PIPELINE)) {
                overrides.put(key.substring(PIPELINE.length()), new PipelineLoader.Override(config.getString(key), from.describe(key)));
            } else if (!KEYS.contains(key)) {
                problems.add(from.describe(key) + ": unknown setting '" + key + "'; known: " + String.join(", ", KEYS)
                        + ", pipeline.<field path>" + Names.didYouMean(key, KEYS));
            }
        }
        int threads = 1;
        String t = config.getString("threads");
        try {
            threads = "auto".equals(t) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(t.trim());
            if (threads < 1) {
                problems.add(source(layers, "threads") + ": threads must be >= 1 or auto, got " + t);
                threads = 1;
            }
        } catch (NumberFormatException e) {
            problems.add(source(layers, "threads") + ": threads must be a whole number >= 1 or auto, got '" + t + "'");
        }
        String progressText = config.getString("progress").trim().toLowerCase(Locale.ROOT);
        if (!progressText.equals("true") && !progressText.equals("false")) {
            problems.add(source(layers, "progress") + ": progress must be true or false, got '" + progressText + "'");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid settings:\n  " + String.join("\n  ", problems));
        }
        String plugins = config.getString("plugins.dir", "").trim();
        return new Settings(threads, plugins.isEmpty() ? Optional.empty() : Optional.of(Path.of(plugins)),
                Path.of(config.getString("output.root").trim()), Boolean.parseBoolean(progressText), overrides);
    }

    /** The default location of the user's settings file. */
    public static Path defaultUserFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("sublattice").resolve("settings.properties");
    }

    private static String source(List<Layer> layers, String key) {
        return layers.stream().filter(l -> l.values().containsKey(key)).findFirst().map(l -> l.describe(key)).orElse(key);
    }

    private static Map<String, String> defaults() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("defaults.properties")) {
            Properties p = new Properties();
            p.load(in);
            return toMap(p);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("built-in defaults.properties is missing", e);
        }
    }

    private static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("cannot read settings file " + file + ": " + e.getMessage());
        }
        return toMap(p);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    private record Layer(String name, String prefix, Map<String, String> values) {
        String describe(String key) {
            return switch (name) {
                case "--set" -> "--set " + key;
                case "system property" -> "-Dsublattice." + key;
                case "environment" -> "SUBLATTICE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "__");
                default -> name + " (" + key + ")";
            };
        }
    }
}
