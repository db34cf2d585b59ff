package org.sublattice.cli;

import java.io.PrintWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Param;
import org.sublattice.core.bind.Names;
import org.sublattice.core.plugin.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sublattice describe TYPE}: parameters, defaults, units and an example. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show a component's parameters (type, default, unit, range), what it does, and an example block.")
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions options;
    @Parameters(paramLabel = "TYPE", description = "Component id, as written after 'type:' in a pipeline.")
    String type;

    @Override
    public Integer call() {
        Host host = Host.start(options);
        Component c = host.registry.find(type).orElseThrow(() -> {
            List<String> ids = host.registry.all().stream().map(Component::id).toList();
            return new InvalidInputException("unknown component type '" + type + "'; available: " + String.join(", ", ids)
                    + Names.didYouMean(type, ids));
        });
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (%s) — %s%n", c.id(), c.role().yamlName(), c.factory().summary());
        out.printf("plugin %s %s (%s, %s mode)%n%n", c.plugin().plugin().name(), c.plugin().version(), c.plugin().source(),
                c.plugin().mode());
        out.println("parameters:");
        for (String line : parameterLines(c.factory().parameters())) {
            out.println("  " + line);
        }
        out.println();
        out.println("example:");
        for (String line : c.factory().example().strip().split("\n")) {
            out.println("  " + line);
        }
        return 0;
    }

    static List<String> parameterLines(Class<? extends Record> type) {
        List<String> lines = new ArrayList<>();
        RecordComponent[] comps = type.getRecordComponents();
        if (comps.length == 0) {
            lines.add("(none)");
        }
        for (RecordComponent rc : comps) {
            Param p = rc.getAnnotation(Param.class);
            StringBuilder b = new StringBuilder(String.format("%-22s %-18s", Names.kebab(rc.getName()), typeName(rc.getGenericType())));
            if (p == null) {
                b.append(" required");
            } else {
                String def = p.defaultValue();
                b.append(def.isEmpty() ? " required" : Param.OPTIONAL.equals(def) ? " optional" : " default " + def);
                if (!p.unit().isEmpty()) {
                    b.append(", unit ").append(p.unit());
                }
                if (p.min() != Double.NEGATIVE_INFINITY || p.max() != Double.POSITIVE_INFINITY) {
                    b.append(", range ").append(p.minExclusive() ? "(" : "[").append(p.min() == Double.NEGATIVE_INFINITY ? "-inf" : fmt(p.min()))
                            .append(", ").append(p.max() == Double.POSITIVE_INFINITY ? "inf" : fmt(p.max())).append(p.maxExclusive() ? ")" : "]");
                }
                b.append(" — ").append(p.value());
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static String typeName(Type t) {
        if (t instanceof Class<?> c) {
            if (c == double.class || c == Double.class) {
                return "number";
            }
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
                return "integer";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "boolean";
            }
            if (c == String.class) {
                return "string";
            }
            if (c.isEnum()) {
                return String.join("|", java.util.Arrays.stream(c.getEnumConstants())
                        .map(e -> ((Enum<?>) e).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
            }
            if (c == java.nio.file.Path.class) {
                return "file";
            }
            if (c.getSimpleName().equals("Grid")) {
                return "value|sweep";
            }
            if (c.getSimpleName().equals("YNode")) {
                return "component";
            }
            return c.isRecord() ? "mapping" : c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] a = p.getActualTypeArguments();
            if (raw == java.util.Optional.class) {
                return typeName(a[0]);
            }
            if (raw == List.class) {
                return "list of " + typeName(a[0]);
            }
            if (raw == java.util.Map.class) {
                return "map of " + typeName(a[1]);
            }
        }
        return t.getTypeName();
    }
}
