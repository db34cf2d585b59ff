package org.sublattice.core.yaml;

import java.util.Map;

/** Writes a {@link YNode} tree back as block YAML (for the resolved pipeline of a run). */
public final class YamlWriter {
    private YamlWriter() {
    }

    public static String write(YNode node) {
        StringBuilder b = new StringBuilder();
        write(node, 0, b, false);
        return b.toString();
    }

    private static void write(YNode n, int indent, StringBuilder b, boolean inline) {
        if (n instanceof YNode.YScalar s) {
            b.append(scalar(s)).append('\n');
        } else if (n instanceof YNode.YList l) {
            if (l.items().isEmpty()) {
                b.append("[]\n");
                return;
            }
            if (inline) {
                b.append('\n');
            }
            for (YNode item : l.items()) {
                b.append(" ".repeat(indent)).append("- ");
                if (item instanceof YNode.YMap m && !m.entries().isEmpty()) {
                    writeMapEntries(m, indent + 2, b, true);
                } else {
                    write(item, indent + 2, b, true);
                }
            }
        } else {
            YNode.YMap m = (YNode.YMap) n;
            if (m.entries().isEmpty()) {
                b.append("{}\n");
                return;
            }
            if (inline) {
                b.append('\n');
            }
            writeMapEntries(m, indent, b, false);
        }
    }

    private static void writeMapEntries(YNode.YMap m, int indent, StringBuilder b, boolean firstInline) {
        boolean first = true;
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            if (!(first && firstInline)) {
                b.append(" ".repeat(indent));
            }
            first = false;
            b.append(quoteKey(e.getKey())).append(":");
            if (e.getValue() instanceof YNode.YScalar) {
                b.append(' ');
                write(e.getValue(), indent + 2, b, true);
            } else {
                boolean empty = e.getValue() instanceof YNode.YMap mm ? mm.entries().isEmpty()
                        : ((YNode.YList) e.getValue()).items().isEmpty();
                if (empty) {
                    b.append(' ');
                }
                write(e.getValue(), indent + 2, b, true);
            }
        }
    }

    private static String quoteKey(String k) {
        return k.matches("[A-Za-z0-9_.-]+") ? k : "'" + k.replace("'", "''") + "'";
    }

    private static String scalar(YNode.YScalar s) {
        if (s.type() != YNode.ScalarType.STRING) {
            return s.text();
        }
        String t = s.text();
        boolean plain = t.matches("[A-Za-z_/.][A-Za-z0-9_/. -]*") && !t.endsWith(" ")
                && !t.matches("(?i)true|false|yes|no|on|off|null|~");
        return plain ? t : "'" + t.replace("'", "''") + "'";
    }
}
