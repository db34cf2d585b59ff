package org.sublattice.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    void keysAndValuesKeepTheirLineAndColumn() throws Exception {
        YNode.YMap root = (YNode.YMap) reader.read("a: 1\nb:\n  c: [x, 2.5]\n", "f.yaml");
        assertEquals(new Location("f.yaml", 1, 1), root.keyLocations().get("a"));
        YNode.YMap b = (YNode.YMap) root.get("b");
        assertEquals(3, b.keyLocations().get("c").line());
        assertEquals(3, b.keyLocations().get("c").column());
        YNode.YList c = (YNode.YList) b.get("c");
        YNode.YScalar x = (YNode.YScalar) c.items().get(1);
        assertEquals(YNode.ScalarType.FLOAT, x.type());
        assertEquals(new Location("f.yaml", 3, 10), x.location());
    }

    @Test
    void duplicateKeyIsASyntaxErrorNamingBothLines() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> reader.read("a: 1\nb: 2\na: 3\n", "f.yaml"));
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("duplicate key 'a'") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void malformedYamlReportsItsLocation() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> reader.read("a: [1, 2\nb: 3\n", "f.yaml"));
        assertTrue(e.location().line() >= 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("f.yaml:"), e.getMessage());
    }

    @Test
    void writerRoundTripsATree() throws Exception {
        String text = "pipeline: x\nstages:\n- id: a\n  list: [1, 2]\n  m: {k: 'two words'}\n- id: b\nempty: []\n";
        YNode n = reader.read(text, "f");
        YNode again = reader.read(YamlWriter.write(n), "g");
        assertEquals(YamlWriter.write(n), YamlWriter.write(again));
        assertTrue(YamlWriter.write(n).contains("k: two words"), YamlWriter.write(n));
    }
}
