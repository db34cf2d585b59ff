package org.sublattice.core.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.Role;
import org.sublattice.api.run.ConditionPoint;
import org.sublattice.api.run.Grid;
import org.sublattice.core.bind.Names;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.bind.RecordBinder;
import org.sublattice.core.plugin.Component;
import org.sublattice.core.plugin.ComponentRegistry;
import org.sublattice.core.yaml.Location;
import org.sublattice.core.yaml.YNode;
import org.sublattice.core.yaml.YNode.YList;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YNode.YScalar;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.core.yaml.YamlSyntaxException;

/**
 * Reads a pipeline file and validates all of it before anything runs: YAML syntax, types, ranges,
 * unknown keys, component types and their parameters, referenced files, stage ids and the stage
 * graph, and the consistency of conditions with the lattice. Every problem is collected and
 * thrown at once as a {@link org.sublattice.core.bind.ValidationException}.
 */
public final class PipelineLoader {
    private final ComponentRegistry registry;
    private final YamlReader yaml = new YamlReader();

    public PipelineLoader(ComponentRegistry registry) {
        this.registry = registry;
    }

    /**
     * Loads and validates.
     *
     * @param file the pipeline file
     * @param overrides field path → YAML value from settings ({@code --set pipeline.seed=7} gives
     *     {@code seed → 7}), each with a description of its source
     * @throws InvalidInputException describing every problem
     */
    public ValidatedPipeline load(Path file, Map<String, Override> overrides) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("pipeline file not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read pipeline file " + file + ": " + e.getMessage());
        }
        String source = file.toString();
        Problems problems = new Problems();
        YNode root;
        try {
            root = yaml.read(text, source);
        } catch (YamlSyntaxException e) {
            problems.add(e.location(), "", "YAML syntax error: " + e.getMessage().substring(e.location().toString().length() + 2));
            problems.throwIfAny("invalid pipeline " + source);
            throw new AssertionError();
        }
        if (!(root instanceof YMap)) {
            problems.add(root.location(), "", "a pipeline must be a mapping with keys pipeline, system, stages; got a " + root.kind());
            problems.throwIfAny("invalid pipeline " + source);
        }
        root = Overrides.apply((YMap) root, overrides, problems);
        Path dir = file.toAbsolutePath().getParent();
        RecordBinder binder = new RecordBinder(dir);
        YMap map = (YMap) root;

        Optional<PipelineDocument> doc = binder.bind(root, PipelineDocument.class, "", problems);
        BuildContext context = new BuildContext(dir, doc.map(PipelineDocument::pipeline).orElse(file.getFileName().toString()));

        // Components are bound from the raw tree so their problems are reported even when other
        // parts of the document are broken.
        YNode system = map.get("system");
        YMap sys = system instanceof YMap m ? m : null;
        Optional<BoundComponent> latticeC = sys == null ? Optional.empty()
                : component(Role.LATTICE, sys.get("lattice"), "system.lattice", binder, problems);
        YNode hamiltonianNode = sys == null ? null : sys.get("hamiltonian");
        Optional<YScalar> hamiltonianStage = stageReference(hamiltonianNode, problems);
        boolean stageReference = hamiltonianNode instanceof YMap hm && hm.get("stage") != null;
        Optional<BoundComponent> hamiltonianC = stageReference ? Optional.empty()
                : component(Role.HAMILTONIAN, hamiltonianNode, "system.hamiltonian", binder, problems);
        List<StageComponents> stageComponents = new ArrayList<>();
        List<YMap> stageMaps = new ArrayList<>();
        if (map.get("stages") instanceof YList stages) {
            for (int i = 0; i < stages.items().size(); i++) {
                if (stages.items().get(i) instanceof YMap st) {
                    String path = "stages[" + i + "]";
                    stageMaps.add(st);
                    checkStageKind(st, path, problems);
                    Optional<BoundComponent> main = st.get("task") != null
                            ? component(Role.TASK, st.get("task"), path + ".task", binder, problems)
                            : component(Role.SAMPLER, st.get("sampler"), path + ".sampler", binder, problems);
                    List<Optional<BoundComponent>> analyzers = new ArrayList<>();
                    if (st.get("analyzers") instanceof YList al) {
                        for (int j = 0; j < al.items().size(); j++) {
                            analyzers.add(component(Role.ANALYZER, al.items().get(j), path + ".analyzers[" + j + "]", binder, problems));
                        }
                    }
                    stageComponents.add(new StageComponents(main, analyzers));
                } else {
                    stageMaps.add(null);
                    stageComponents.add(new StageComponents(Optional.empty(), List.of()));
                }
            }
            checkStageGraph(stages, problems);
            if (sys != null) {
                checkSystemNeeds(sys, stageMaps, problems);
            }
            hamiltonianStage.ifPresent(ref -> checkHamiltonianStage(ref, stageMaps, stageComponents, problems));
        }

        Lattice lattice = null;
        if (latticeC.isPresent()) {
            lattice = create(latticeC.get(), problems, () -> Factories.lattice(latticeC.get(), context));
        }
        Hamiltonian hamiltonian = null;
        if (lattice != null && hamiltonianC.isPresent()) {
            Lattice l = lattice;
            hamiltonian = create(hamiltonianC.get(), problems, () -> Factories.hamiltonian(hamiltonianC.get(), l, context));
        }
        if (lattice != null) {
            // Tasks are created once here to check their parameters against the lattice (the
            // runner creates them again when their stage runs; creating one must be cheap).
            Lattice l = lattice;
            for (StageComponents sc : stageComponents) {
                sc.main().filter(c -> c.component().role() == Role.TASK)
                        .ifPresent(c -> create(c, problems, () -> Factories.task(c, l, context)));
            }
        }
        if (doc.isPresent() && lattice != null) {
            checkConditions(doc.get(), lattice, map, problems);
        }
        doc.ifPresent(d -> checkFromPoints(d, map, problems));
        problems.throwIfAny("invalid pipeline " + source);

        PipelineDocument d = doc.orElseThrow();
        List<ValidatedStage> stages = new ArrayList<>();
        for (int i = 0; i < d.stages().size(); i++) {
            PipelineDocument.StageBlock sb = d.stages().get(i);
            StageComponents sc = stageComponents.get(i);
            if (sb.isTask()) {
                stages.add(new ValidatedStage(sb.id(), Optional.empty(), Optional.empty(), Map.of(), sc.main().orElseThrow(), List.of(),
                        Map.of(), List.of(), List.of()));
                continue;
            }
            PipelineDocument.ConditionsBlock conditions = sb.conditions().orElseThrow();
            List<ConditionPoint> pts = points(conditions);
            stages.add(new ValidatedStage(sb.id(), sb.from(), sb.fromPoint(), sb.initial(), sc.main().orElseThrow(), pts,
                    conditions.chemicalPotentialFrom(), lines(conditions, pts.size()), sc.analyzers().stream().map(Optional::orElseThrow).toList()));
        }
        return new ValidatedPipeline(file, d.pipeline(), d.seed(), latticeC.orElseThrow(), lattice, hamiltonianC,
                Optional.ofNullable(hamiltonian), hamiltonianStage.map(YScalar::text),
                d.system().supercell().map(PipelineDocument.SupercellBlock::transformation), order(stages), d.output(), root);
    }

    private record StageComponents(Optional<BoundComponent> main, List<Optional<BoundComponent>> analyzers) {
    }

    /** Keys that belong to sampler stages only. */
    private static final List<String> SAMPLER_ONLY_KEYS = List.of("conditions", "analyzers", "from", "from-point", "initial");

    /** A stage runs exactly one of a sampler (with conditions) or a task (without them). */
    private static void checkStageKind(YMap st, String path, Problems problems) {
        boolean sampler = st.get("sampler") != null;
        boolean task = st.get("task") != null;
        if (sampler && task) {
            problems.add(st.keyLocations().get("task"), path + ".task", "a stage runs either a sampler or a task, not both; "
                    + "split it into two stages");
        } else if (!sampler && !task) {
            problems.add(st.location(), path, "missing 'sampler' (Monte Carlo chains over 'conditions') or 'task' "
                    + "(a one-shot job such as a fit)");
        } else if (task) {
            for (String key : SAMPLER_ONLY_KEYS) {
                if (st.get(key) != null) {
                    problems.add(st.keyLocations().get(key), path + "." + key, "a task stage takes no '" + key
                            + "'; it belongs to sampler stages");
                }
            }
        } else if (st.get("conditions") == null) {
            problems.add(st.location(), path + ".conditions", "missing required key 'conditions' (temperature and chemical "
                    + "potentials, each a value or a sweep; sampler stages need them)");
        }
    }

    /** {@code system.hamiltonian: {stage: <id>}}: the stage reference, if the block is one. */
    private static Optional<YScalar> stageReference(YNode node, Problems problems) {
        if (!(node instanceof YMap m) || m.get("stage") == null) {
            return Optional.empty();
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("stage")) {
                problems.add(m.keyLocations().get(key), "system.hamiltonian." + key, "unknown key '" + key + "'; a Hamiltonian "
                        + "produced by a stage is given as {stage: <task stage id>} alone");
            }
        }
        if (!(m.get("stage") instanceof YScalar s) || s.type() != YNode.ScalarType.STRING) {
            problems.add(m.get("stage").location(), "system.hamiltonian.stage", "expected the id of a task stage, got a "
                    + m.get("stage").kind());
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Sampler stages need the Hamiltonian and the supercell; task stages alone need neither. */
    private static void checkSystemNeeds(YMap sys, List<YMap> stageMaps, Problems problems) {
        List<String> samplerStages = new ArrayList<>();
        for (YMap st : stageMaps) {
            if (st != null && st.get("sampler") != null && st.get("task") == null) {
                samplerStages.add(st.get("id") instanceof YScalar id ? id.text() : "?");
            }
        }
        if (samplerStages.isEmpty()) {
            return;
        }
        String who = "sampler stage" + (samplerStages.size() > 1 ? "s " : " ") + String.join(", ", samplerStages);
        if (sys.get("hamiltonian") == null) {
            problems.add(sys.location(), "system.hamiltonian", "missing required key 'hamiltonian' ({type: …, parameters…} or "
                    + "{stage: <task stage id>}; " + who + " need" + (samplerStages.size() > 1 ? "" : "s") + " it)");
        }
        if (sys.get("supercell") == null) {
            problems.add(sys.location(), "system.supercell", "missing required key 'supercell' ({repeat: [n1, n2, n3]} or "
                    + "{matrix: …}; " + who + " need" + (samplerStages.size() > 1 ? "" : "s") + " it)");
        }
    }

    /**
     * The stage named by {@code system.hamiltonian: {stage: …}} exists, is a task stage whose task
     * produces a Hamiltonian, and comes before every sampler stage in the file.
     */
    private static void checkHamiltonianStage(YScalar ref, List<YMap> stageMaps, List<StageComponents> components,
            Problems problems) {
        String id = ref.text();
        List<String> ids = new ArrayList<>();
        int index = -1;
        for (int i = 0; i < stageMaps.size(); i++) {
            YMap st = stageMaps.get(i);
            if (st != null && st.get("id") instanceof YScalar s) {
                ids.add(s.text());
                if (s.text().equals(id) && index < 0) {
                    index = i;
                }
            }
        }
        String path = "system.hamiltonian.stage";
        if (index < 0) {
            problems.add(ref.location(), path, "unknown stage '" + id + "'; stages: " + String.join(", ", ids) + Names.didYouMean(id, ids));
            return;
        }
        YMap target = stageMaps.get(index);
        if (target.get("task") == null) {
            problems.add(ref.location(), path, "stage '" + id + "' runs a sampler; the Hamiltonian can come only from a task stage "
                    + "(e.g. a fit)");
            return;
        }
        components.get(index).main().ifPresent(c -> {
            if (c.component().role() == Role.TASK
                    && !((org.sublattice.api.TaskFactory<?>) c.component().factory()).producesHamiltonian()) {
                problems.add(ref.location(), path, "task '" + c.id() + "' of stage '" + id + "' does not produce a Hamiltonian");
            }
        });
        for (int i = 0; i < index; i++) {
            YMap st = stageMaps.get(i);
            if (st != null && st.get("task") == null && st.get("sampler") != null) {
                String before = st.get("id") instanceof YScalar s ? s.text() : "stages[" + i + "]";
                problems.add(ref.location(), path, "stage '" + id + "' must come before the sampler stages that use its Hamiltonian; "
                        + "'" + before + "' is listed before it");
                return;
            }
        }
    }

    private static <T> T create(BoundComponent c, Problems problems, java.util.function.Supplier<T> how) {
        try {
            return how.get();
        } catch (InvalidInputException | IllegalArgumentException e) {
            problems.add(c.location(), c.path(), c.component().role().yamlName() + " '" + c.id() + "': " + e.getMessage());
            return null;
        }
    }

    /** Binds a component block: an id string, or a mapping with {@code type} and parameters. */
    Optional<BoundComponent> component(Role role, YNode node, String path, RecordBinder binder, Problems problems) {
        if (node == null) {
            return Optional.empty(); // reported as a missing key by the document binder
        }
        String id;
        YMap params;
        Location typeLocation;
        if (node instanceof YScalar s && s.type() == YNode.ScalarType.STRING) {
            id = s.text();
            typeLocation = s.location();
            params = new YMap(Map.of(), Map.of(), s.location());
        } else if (node instanceof YMap m) {
            if (!(m.get("type") instanceof YScalar t) || t.type() != YNode.ScalarType.STRING) {
                problems.add(m.location(), path, "missing 'type' naming the " + role.yamlName() + "; available: "
                        + String.join(", ", registry.ids(role)));
                return Optional.empty();
            }
            id = t.text();
            typeLocation = t.location();
            params = m;
        } else {
            problems.add(node.location(), path, "expected " + article(role.yamlName()) + " id or {type: …, parameters}, got a " + node.kind());
            return Optional.empty();
        }
        Optional<Component> c = registry.find(id);
        if (c.isEmpty() || c.get().role() != role) {
            List<String> ids = registry.ids(role);
            String what = c.isPresent() ? "'" + id + "' is " + article(c.get().role().yamlName()) + ", not " + article(role.yamlName())
                    : "unknown " + role.yamlName() + " type '" + id + "'";
            problems.add(typeLocation, path + ".type", what + "; available: " + (ids.isEmpty() ? "(none installed)" : String.join(", ", ids))
                    + Names.didYouMean(id, ids));
            return Optional.empty();
        }
        Optional<? extends Record> p = binder.bindRecord(params, c.get().factory().parameters(), path, problems, Set.of("type"));
        return p.map(r -> new BoundComponent(c.get(), r, path, node.location()));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static void checkStageGraph(YList stages, Problems problems) {
        Map<String, Location> ids = new LinkedHashMap<>();
        Set<String> tasks = new java.util.HashSet<>();
        // stage → the stages it needs first ('from', and the stages of chemical-potential-from)
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Map<String, Location> edgeAt = new HashMap<>();
        for (int i = 0; i < stages.items().size(); i++) {
            if (!(stages.items().get(i) instanceof YMap st) || !(st.get("id") instanceof YScalar id)) {
                continue;
            }
            if (st.get("task") != null) {
                tasks.add(id.text());
            }
            Location first = ids.putIfAbsent(id.text(), id.location());
            if (first != null) {
                problems.add(id.location(), "stages[" + i + "].id", "duplicate stage id '" + id.text() + "' (first at line " + first.line() + ")");
            }
        }
        for (int i = 0; i < stages.items().size(); i++) {
            if (!(stages.items().get(i) instanceof YMap st) || !(st.get("id") instanceof YScalar id)) {
                continue;
            }
            if (st.get("from") instanceof YScalar f) {
                if (checkStageReference(f.text(), f.location(), "stage " + id.text() + ".from", "'from' takes a sampler stage, whose "
                        + "final configurations the chains start from", ids, tasks, problems)) {
                    needs.computeIfAbsent(id.text(), k -> new ArrayList<>()).add(f.text());
                    edgeAt.putIfAbsent(id.text() + "→" + f.text(), f.location());
                }
            }
            if (st.get("conditions") instanceof YMap c && c.get("chemical-potential-from") instanceof YMap refs) {
                for (var e : refs.entries().entrySet()) {
                    if (e.getValue() instanceof YScalar r && r.text().matches(PipelineDocument.TABLE_REFERENCE)) {
                        String stage = r.text().substring(0, r.text().indexOf('/'));
                        if (checkStageReference(stage, r.location(), "stages[" + i + "].conditions.chemical-potential-from." + e.getKey(),
                                "chemical-potential-from reads a table of a sampler stage's analyzers", ids, tasks, problems)) {
                            needs.computeIfAbsent(id.text(), k -> new ArrayList<>()).add(stage);
                            edgeAt.putIfAbsent(id.text() + "→" + stage, r.location());
                        }
                    }
                }
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (String start : needs.keySet()) {
            List<String> cycle = cycleThrough(start, needs);
            if (!cycle.isEmpty() && reported.add(String.join(",", new java.util.TreeSet<>(cycle)))) {
                problems.add(edgeAt.get(start + "→" + cycle.get(1)), "stage " + start, "cyclic stage reference "
                        + String.join(" → ", cycle));
            }
        }
    }

    /** Whether {@code ref} names a sampler stage; reports the problem otherwise. */
    private static boolean checkStageReference(String ref, Location at, String path, String why, Map<String, Location> ids,
            Set<String> tasks, Problems problems) {
        if (!ids.containsKey(ref)) {
            problems.add(at, path, "unknown stage '" + ref + "'; stages: " + String.join(", ", ids.keySet())
                    + Names.didYouMean(ref, ids.keySet()));
            return false;
        }
        if (tasks.contains(ref)) {
            problems.add(at, path, "stage '" + ref + "' is a task stage; " + why);
            return false;
        }
        return true;
    }

    /** A path start → … → start through {@code needs}, or empty when start is on no cycle (depth-first search). */
    private static List<String> cycleThrough(String start, Map<String, List<String>> needs) {
        java.util.Deque<List<String>> open = new java.util.ArrayDeque<>();
        open.push(List.of(start));
        Set<String> seen = new java.util.HashSet<>();
        while (!open.isEmpty()) {
            List<String> path = open.pop();
            for (String next : needs.getOrDefault(path.get(path.size() - 1), List.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    open.push(longer);
                }
            }
        }
        return List.of();
    }

    private static void checkConditions(PipelineDocument doc, Lattice lattice, YMap root, Problems problems) {
        List<String> species = lattice.prim().species();
        for (int i = 0; i < doc.stages().size(); i++) {
            for (var e : doc.stages().get(i).initial().entrySet()) {
                String sub = e.getKey();
                var sites = lattice.prim().basis().stream().filter(s -> s.sublattice().equals(sub)).toList();
                Location at = locate(root, "stages", i, "initial", sub);
                if (sites.isEmpty()) {
                    problems.add(at, "stages[" + i + "].initial." + sub, "unknown sublattice '" + sub + "'; sublattices: "
                            + String.join(", ", lattice.prim().sublattices()));
                    continue;
                }
                for (String sp : e.getValue().keySet()) {
                    if (!sites.get(0).occupants().contains(sp)) {
                        problems.add(at, "stages[" + i + "].initial." + sub + "." + sp, "sublattice '" + sub + "' allows "
                                + sites.get(0).occupants() + ", not '" + sp + "'");
                    }
                }
            }
        }
        for (int i = 0; i < doc.stages().size(); i++) {
            Optional<PipelineDocument.ConditionsBlock> conditions = doc.stages().get(i).conditions();
            for (String key : List.of("chemical-potential", "chemical-potential-from")) {
                Set<String> given = conditions.map(c -> key.equals("chemical-potential") ? c.chemicalPotential().keySet()
                        : c.chemicalPotentialFrom().keySet()).orElse(Set.of());
                for (String s : given) {
                    if (!species.contains(s) || "Va".equals(s)) {
                        Location at = locate(root, "stages", i, "conditions", key, s);
                        problems.add(at, "stages[" + i + "].conditions." + key + "." + s, "species '" + s
                                + "' does not occur on the lattice; species: "
                                + String.join(", ", species.stream().filter(x -> !"Va".equals(x)).toList()));
                    }
                }
            }
        }
    }

    private static void checkFromPoints(PipelineDocument doc, YMap root, Problems problems) {
        Map<String, Integer> sizes = new HashMap<>();
        for (PipelineDocument.StageBlock s : doc.stages()) {
            s.conditions().ifPresent(c -> sizes.put(s.id(), points(c).size()));
        }
        for (int i = 0; i < doc.stages().size(); i++) {
            PipelineDocument.StageBlock s = doc.stages().get(i);
            if (s.fromPoint().isPresent() && s.from().isPresent() && sizes.containsKey(s.from().get())
                    && s.fromPoint().get() >= sizes.get(s.from().get())) {
                problems.add(locate(root, "stages", i, "from-point"), "stages[" + i + "].from-point", "stage '" + s.from().get()
                        + "' has " + sizes.get(s.from().get()) + " points (0.." + (sizes.get(s.from().get()) - 1) + "), got "
                        + s.fromPoint().get());
            }
        }
    }

    private static Location locate(YNode root, Object... path) {
        YNode n = root;
        Location last = root.location();
        for (Object p : path) {
            if (n instanceof YMap m && p instanceof String k && m.get(k) != null) {
                last = m.keyLocations().get(k);
                n = m.get(k);
            } else if (n instanceof YList l && p instanceof Integer i && i < l.items().size()) {
                n = l.items().get(i);
                last = n.location();
            } else {
                break;
            }
        }
        return last;
    }

    /** Every combination of the grids: temperature outermost, then species in the given order. */
    static List<ConditionPoint> points(PipelineDocument.ConditionsBlock c) {
        List<ConditionPoint> out = new ArrayList<>();
        List<String> species = new ArrayList<>(c.chemicalPotential().keySet());
        for (double t : c.temperature().values()) {
            int[] idx = new int[species.size()];
            while (true) {
                Map<String, Double> mu = new LinkedHashMap<>();
                for (int s = 0; s < species.size(); s++) {
                    Grid g = c.chemicalPotential().get(species.get(s));
                    mu.put(species.get(s), g.get(idx[s]));
                }
                out.add(new ConditionPoint(t, mu));
                int s = species.size() - 1;
                while (s >= 0 && ++idx[s] == c.chemicalPotential().get(species.get(s)).size()) {
                    idx[s] = 0;
                    s--;
                }
                if (s < 0) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Sweep lines: points that differ only in the innermost varying quantity, in sweep order
     * (or one line per point without warm starts).
     */
    static List<List<Integer>> lines(PipelineDocument.ConditionsBlock c, int n) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(c.temperature().size());
        for (Grid g : c.chemicalPotential().values()) {
            sizes.add(g.size());
        }
        int inner = -1;
        for (int d = 0; d < sizes.size(); d++) {
            if (sizes.get(d) > 1) {
                inner = d;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        if (!c.warmStart() || inner < 0) {
            for (int p = 0; p < n; p++) {
                out.add(List.of(p));
            }
            return out;
        }
        // Points are generated with the last dimension fastest; the stride of dimension d is the
        // product of the sizes after it.
        int stride = 1;
        for (int d = inner + 1; d < sizes.size(); d++) {
            stride *= sizes.get(d);
        }
        int length = sizes.get(inner);
        int block = stride * length;
        for (int start = 0; start < n; start += block) {
            for (int offset = 0; offset < stride; offset++) {
                List<Integer> line = new ArrayList<>();
                for (int k = 0; k < length; k++) {
                    line.add(start + offset + k * stride);
                }
                out.add(line);
            }
        }
        return out;
    }

    private static List<ValidatedStage> order(List<ValidatedStage> stages) {
        List<ValidatedStage> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (out.size() < stages.size()) {
            for (ValidatedStage s : stages) {
                if (!done.contains(s.id()) && (s.from().isEmpty() || done.contains(s.from().get()))
                        && s.chemicalPotentialFrom().values().stream().allMatch(r -> done.contains(r.substring(0, r.indexOf('/'))))) {
                    out.add(s);
                    done.add(s.id());
                }
            }
        }
        return out;
    }

    /**
     * A value overriding a pipeline field.
     *
     * @param value the YAML value
     * @param source where it came from, e.g. {@code --set pipeline.seed}
     */
    public record Override(String value, String source) {
    }
}
