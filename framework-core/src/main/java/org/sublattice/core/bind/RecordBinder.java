package org.sublattice.core.bind;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sublattice.api.Param;
import org.sublattice.api.run.Grid;
import org.sublattice.core.yaml.Location;
import org.sublattice.core.yaml.YNode;
import org.sublattice.core.yaml.YNode.ScalarType;
import org.sublattice.core.yaml.YNode.YList;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YNode.YScalar;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.core.yaml.YamlSyntaxException;

/**
 * Binds located YAML trees to records, collecting every problem instead of stopping at the first.
 *
 * <p>Record components map to kebab-case keys; unknown keys are errors (with the nearest allowed
 * key); missing keys take the {@link Param#defaultValue()} or are errors. Supported component
 * types: primitives and their boxes, String, enums (case-insensitive, dashes for underscores),
 * {@link Path} (resolved against the base directory; the file must exist), {@link Grid},
 * {@code List}, {@code Map<String, …>}, {@code Optional}, nested records and raw {@link YNode}.
 * Ranges from {@link Param} are checked before the record's constructor runs; exceptions thrown
 * by the constructor are reported at the record's location. Thread-safe.
 */
public final class RecordBinder {
    private static final YamlReader YAML = new YamlReader();
    private final Path baseDirectory;

    /** @param baseDirectory where relative paths are resolved (the pipeline file's directory) */
    public RecordBinder(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /**
     * Binds {@code node} to {@code type}.
     *
     * @return the record, or empty if any problem was added
     */
    public <T> Optional<T> bind(YNode node, Class<T> type, String path, Problems problems) {
        int before = problems.size();
        Object v = convert(node, type, path, problems, null);
        return problems.size() == before && v != null ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** Binds a record from a mapping, ignoring the listed keys (e.g. {@code type}). */
    public <T extends Record> Optional<T> bindRecord(YMap map, Class<T> type, String path, Problems problems,
            java.util.Set<String> ignoredKeys) {
        int before = problems.size();
        Object v = record(map, type, path, problems, ignoredKeys);
        return problems.size() == before && v != null ? Optional.of(type.cast(v)) : Optional.empty();
    }

    private Object convert(YNode node, Type type, String path, Problems problems, Param param) {
        Class<?> raw = rawClass(type);
        if (raw == YNode.class) {
            return node;
        }
        if (raw == Optional.class) {
            if (node instanceof YScalar s && s.type() == ScalarType.NULL) {
                return Optional.empty();
            }
            Object inner = convert(node, typeArg(type, 0), path, problems, param);
            return inner == null ? null : Optional.of(inner);
        }
        if (raw == List.class) {
            if (!(node instanceof YList l)) {
                return mismatch(node, "a list", path, problems);
            }
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < l.items().size(); i++) {
                Object v = convert(l.items().get(i), typeArg(type, 0), path + "[" + i + "]", problems, param);
                ok &= v != null;
                out.add(v);
            }
            return ok ? List.copyOf(out) : null;
        }
        if (raw == Map.class) {
            if (!(node instanceof YMap m)) {
                return mismatch(node, "a mapping", path, problems);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
                Object v = convert(e.getValue(), typeArg(type, 1), path + "." + e.getKey(), problems, param);
                ok &= v != null;
                out.put(e.getKey(), v);
            }
            return ok ? java.util.Collections.unmodifiableMap(out) : null;
        }
        if (raw.isRecord()) {
            if (!(node instanceof YMap m)) {
                return mismatch(node, "a mapping", path, problems);
            }
            return record(m, raw, path, problems, java.util.Set.of());
        }
        if (raw == Grid.class) {
            Grid g = grid(node, path, problems);
            return g == null ? null : checkRange(g.values(), g, node, path, problems, param);
        }
        if (!(node instanceof YScalar s)) {
            return mismatch(node, describe(raw), path, problems);
        }
        return scalar(s, raw, path, problems, param);
    }

    private Object scalar(YScalar s, Class<?> raw, String path, Problems problems, Param param) {
        if (s.type() == ScalarType.NULL) {
            return mismatch(s, describe(raw), path, problems);
        }
        try {
            if (raw == double.class || raw == Double.class) {
                if (s.type() != ScalarType.INTEGER && s.type() != ScalarType.FLOAT) {
                    return mismatch(s, "a number", path, problems);
                }
                double v = Double.parseDouble(s.text());
                return checkRange(new double[] {v}, v, s, path, problems, param);
            }
            if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
                if (s.type() != ScalarType.INTEGER) {
                    return mismatch(s, "a whole number", path, problems);
                }
                long v = Long.parseLong(s.text().replace("_", ""));
                if ((raw == int.class || raw == Integer.class) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                    problems.add(s.location(), path, "value " + v + " is out of range for a whole number (32 bit)");
                    return null;
                }
                Object boxed = raw == int.class || raw == Integer.class ? (Object) (int) v : (Object) v;
                return checkRange(new double[] {v}, boxed, s, path, problems, param);
            }
            if (raw == boolean.class || raw == Boolean.class) {
                if (s.type() != ScalarType.BOOLEAN) {
                    return mismatch(s, "true or false", path, problems);
                }
                return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
            }
            if (raw == String.class) {
                return s.text();
            }
            if (raw.isEnum()) {
                String want = s.text().replace('-', '_');
                for (Object c : raw.getEnumConstants()) {
                    if (((Enum<?>) c).name().equalsIgnoreCase(want)) {
                        return c;
                    }
                }
                List<String> allowed = enumNames(raw);
                problems.add(s.location(), path, "unknown value " + s.display() + "; allowed: " + String.join(", ", allowed)
                        + Names.didYouMean(s.text(), allowed));
                return null;
            }
            if (raw == Path.class) {
                Path p = baseDirectory.resolve(s.text()).normalize();
                if (!Files.exists(p)) {
                    problems.add(s.location(), path, "file not found: '" + s.text() + "' (looked for " + p + ")");
                    return null;
                }
                return p;
            }
        } catch (NumberFormatException e) {
            problems.add(s.location(), path, "cannot read " + s.display() + " as " + describe(raw));
            return null;
        }
        throw new IllegalArgumentException("unsupported parameter type " + raw.getName() + " at " + path);
    }

    private Grid grid(YNode node, String path, Problems problems) {
        try {
            if (node instanceof YScalar s) {
                Object v = scalar(s, double.class, path, problems, null);
                return v == null ? null : Grid.of((Double) v);
            }
            if (node instanceof YList l) {
                double[] v = new double[l.items().size()];
                boolean ok = !l.items().isEmpty();
                if (!ok) {
                    problems.add(l.location(), path, "an empty list has no values to sweep");
                }
                for (int i = 0; i < v.length; i++) {
                    Object x = convert(l.items().get(i), double.class, path + "[" + i + "]", problems, null);
                    ok &= x != null;
                    v[i] = x == null ? 0 : (Double) x;
                }
                return ok ? Grid.of(v) : null;
            }
            YMap m = (YMap) node;
            Object r = record(m, GridSpec.class, path, problems, java.util.Set.of());
            if (r == null) {
                return null;
            }
            GridSpec g = (GridSpec) r;
            if (g.step().isPresent() == g.points().isPresent()) {
                problems.add(m.location(), path, "give exactly one of 'step' or 'points' with from/to");
                return null;
            }
            return g.step().isPresent() ? Grid.range(g.from(), g.to(), g.step().get())
                    : Grid.linspace(g.from(), g.to(), g.points().get());
        } catch (IllegalArgumentException e) {
            problems.add(node.location(), path, e.getMessage());
            return null;
        }
    }

    /** The mapping form of a grid. */
    record GridSpec(double from, double to, Optional<Double> step, Optional<Integer> points) {
    }

    private Object record(YMap map, Class<?> type, String path, Problems problems, java.util.Set<String> ignored) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            byKey.put(Names.kebab(c.getName()), c);
        }
        int before = problems.size();
        for (Map.Entry<String, YNode> e : map.entries().entrySet()) {
            if (!byKey.containsKey(e.getKey()) && !ignored.contains(e.getKey())) {
                problems.add(map.keyLocations().get(e.getKey()), join(path, e.getKey()), "unknown key '" + e.getKey()
                        + "'; allowed: " + String.join(", ", byKey.keySet()) + Names.didYouMean(e.getKey(), byKey.keySet()));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = Names.kebab(c.getName());
            types[i] = c.getType();
            Param param = c.getAnnotation(Param.class);
            YNode value = map.get(key);
            String sub = join(path, key);
            if (value == null) {
                args[i] = missing(c, param, map, sub, problems);
            } else {
                args[i] = convert(value, c.getGenericType(), sub, problems, param);
            }
        }
        if (problems.size() != before) {
            return null;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof org.sublattice.api.InvalidInputException) {
                problems.add(map.location(), path, cause.getMessage());
                return null;
            }
            throw new IllegalStateException("constructor of " + type.getName() + " failed at " + path, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct parameter record " + type.getName()
                    + " (is its package opened to org.sublattice.core?)", e);
        }
    }

    private Object missing(RecordComponent c, Param param, YMap map, String path, Problems problems) {
        boolean hasDefault = param != null && !param.defaultValue().isEmpty();
        if (hasDefault && !Param.OPTIONAL.equals(param.defaultValue())) {
            try {
                YNode d = YAML.readValue(param.defaultValue(), "default of " + path);
                return convert(d, c.getGenericType(), path, problems, param);
            } catch (YamlSyntaxException e) {
                throw new IllegalStateException("bad default '" + param.defaultValue() + "' for " + path, e);
            }
        }
        Class<?> raw = c.getType();
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (hasDefault && raw == List.class) {
            return List.of();
        }
        if (hasDefault && raw == Map.class) {
            return Map.of();
        }
        problems.add(map.location(), path, "missing required key '" + Names.kebab(c.getName()) + "'"
                + (param == null ? "" : " (" + param.value() + (param.unit().isEmpty() ? "" : ", " + param.unit()) + ")"));
        return null;
    }

    private static Object checkRange(double[] values, Object result, YNode node, String path, Problems problems, Param p) {
        if (p == null) {
            return result;
        }
        for (double v : values) {
            boolean low = p.minExclusive() ? v <= p.min() : v < p.min();
            boolean high = p.maxExclusive() ? v >= p.max() : v > p.max();
            if (low || high) {
                String unit = p.unit().isEmpty() ? "" : " " + p.unit();
                String bound = low ? (p.minExclusive() ? "> " : ">= ") + fmt(p.min()) : (p.maxExclusive() ? "< " : "<= ") + fmt(p.max());
                problems.add(node.location(), path, "must be " + bound + unit + ", got " + fmt(v));
                return null;
            }
        }
        return result;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Object mismatch(YNode node, String expected, String path, Problems problems) {
        String got = node instanceof YScalar s ? node.kind() + " " + s.display() : "a " + node.kind();
        problems.add(node.location(), path, "expected " + expected + ", got " + got);
        return null;
    }

    private static String describe(Class<?> raw) {
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw.isEnum()) {
            return "one of " + String.join(", ", enumNames(raw));
        }
        if (raw == Path.class) {
            return "a file path";
        }
        if (raw == Grid.class) {
            return "a number, a list of numbers or {from, to, step}";
        }
        return "a " + (raw == String.class ? "string" : raw.getSimpleName());
    }

    private static List<String> enumNames(Class<?> raw) {
        return java.util.Arrays.stream(raw.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.toList());
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported parameter type " + t);
    }

    private static Type typeArg(Type t, int i) {
        if (t instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalArgumentException("raw collection type " + t + " in a parameter record; give its element type");
    }

    /** Where a located value came from, for callers that report their own problems. */
    public static Location locationOf(YNode node) {
        return node.location();
    }
}
