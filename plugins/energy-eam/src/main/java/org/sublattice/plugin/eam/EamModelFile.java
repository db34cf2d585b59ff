package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.InvalidInputException;

/**
 * A YAML EAM model: elemental functions in analytic forms (or from funcfl files) with the alloy
 * rule for unlike pairs.
 *
 * <pre>
 * name: li-ag
 * mixing: johnson                 # the only rule: Johnson, Phys. Rev. B 39, 12554 (1989)
 * elements:
 *   Ag: {form: zhou2004, re: 2.891814, …, cutoff: 6.5}
 *   Li: {form: universal, lattice: bcc, a: 3.51, cohesive-energy: 1.63, bulk-modulus: 11.6,
 *        density: {form: power, fe: 1.0, beta: 6}, pair: {form: exponential, phi-e: 0.1, gamma: 8},
 *        cutoff: {inner: 4.6, outer: 5.4}}
 *   Cu: {form: funcfl, file: Cu_u3.eam}   # relative to the model file
 * </pre>
 */
final class EamModelFile {
    private EamModelFile() {
    }

    static AnalyticEam read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("EAM model file " + file + " not found");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read EAM model file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), file.toAbsolutePath().getParent());
    }

    static AnalyticEam parse(String text, String source, Path directory) {
        YamlNode root = YamlNode.parse(text, source);
        Map<String, YamlNode> top = root.map(Set.of("name", "description", "mixing", "elements", "source"));
        if (top.containsKey("mixing") && !top.get("mixing").text().equals("johnson")) {
            throw top.get("mixing").error("mixing rule '" + top.get("mixing").text() + "' is not supported; allowed: johnson");
        }
        YamlNode elements = root.get("elements");
        Map<String, YamlNode> byName = elements.map(null);
        if (byName.isEmpty()) {
            throw elements.error("no elements");
        }
        List<ElementModel> models = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : byName.entrySet()) {
            String name = e.getKey();
            YamlNode n = e.getValue();
            if (!name.matches("[A-Z][a-z]?[a-z]?")) {
                throw n.error("'" + name + "' is not an element symbol");
            }
            String form = n.get("form").text();
            switch (form) {
                case "zhou2004" -> models.add(new Zhou2004Element(name, n));
                case "universal" -> models.add(new UniversalElement(name, n));
                case "funcfl" -> {
                    n.map(Set.of("form", "file", "source"));
                    Path f = directory.resolve(n.get("file").text()).normalize();
                    if (!Files.exists(f)) {
                        throw n.get("file").error("funcfl file '" + n.get("file").text() + "' not found (looked for " + f + ")");
                    }
                    models.add(new TabulatedElement(TabulatedEam.read(f, TabulatedEam.Format.FUNCFL, name), 0));
                }
                default -> throw n.get("form").error("unknown form '" + form + "'; allowed: zhou2004, universal, funcfl");
            }
        }
        return new AnalyticEam(models, source);
    }
}
