package org.sublattice.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sublattice.api.Analyzer;
import org.sublattice.api.AnalyzerFactory;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Role;
import org.sublattice.api.Task;
import org.sublattice.api.TaskFactory;
import org.sublattice.api.run.ProgressSink;
import org.sublattice.api.run.TaskContext;
import org.sublattice.api.run.TaskResult;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.bind.RecordBinder;
import org.sublattice.core.pipeline.PipelineLoader;
import org.sublattice.core.pipeline.ValidatedPipeline;
import org.sublattice.core.plugin.Component;
import org.sublattice.core.plugin.ComponentRegistry;
import org.sublattice.core.plugin.Discovery;
import org.sublattice.core.plugin.PluginHost;
import org.sublattice.core.run.PipelineRunner;
import org.sublattice.core.run.RunListener;
import org.sublattice.core.run.RunSummary;
import org.sublattice.core.yaml.YNode;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.core.yaml.YamlSyntaxException;

/**
 * The plugins visible to a test (class path, {@code META-INF/services}) wired exactly as the
 * host wires them, with helpers to build components (tasks included) from YAML parameter blocks,
 * to run a task as a stage would, and to validate and run pipelines in-process. Not thread-safe.
 */
public final class PluginKit {
    private final ComponentRegistry registry;
    private final Path directory;

    private PluginKit(ComponentRegistry registry, Path directory) {
        this.registry = registry;
        this.directory = directory;
    }

    /** Discovers the plugins on the test's class path; relative files resolve against {@code directory}. */
    public static PluginKit discover(Path directory) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Discovery d = PluginHost.discoverClasspath(loader != null ? loader : PluginKit.class.getClassLoader(), null);
        if (!d.skipped().isEmpty()) {
            throw new IllegalStateException("plugins failed to load: " + d.skipped());
        }
        return new PluginKit(ComponentRegistry.build(d.plugins()), directory);
    }

    public ComponentRegistry registry() {
        return registry;
    }

    /** A lattice from its type id and a YAML mapping of parameters ("{}" for the defaults). */
    @SuppressWarnings("unchecked")
    public Lattice lattice(String id, String yaml) {
        Component c = component(id, Role.LATTICE);
        return ((LatticeFactory<Record>) c.factory()).create(bind(c, yaml), context());
    }

    /** A Hamiltonian for a lattice. */
    @SuppressWarnings("unchecked")
    public Hamiltonian hamiltonian(String id, String yaml, Lattice lattice) {
        Component c = component(id, Role.HAMILTONIAN);
        return ((HamiltonianFactory<Record>) c.factory()).create(bind(c, yaml), lattice, context());
    }

    /** A sampler. */
    @SuppressWarnings("unchecked")
    public org.sublattice.api.Sampler sampler(String id, String yaml) {
        Component c = component(id, Role.SAMPLER);
        return ((org.sublattice.api.SamplerFactory<Record>) c.factory()).create(bind(c, yaml), context());
    }

    /** An analyzer. */
    @SuppressWarnings("unchecked")
    public Analyzer analyzer(String id, String yaml) {
        Component c = component(id, Role.ANALYZER);
        return ((AnalyzerFactory<Record>) c.factory()).create(bind(c, yaml), context());
    }

    /** A task for a lattice, from its type id and a YAML mapping of parameters. */
    @SuppressWarnings("unchecked")
    public Task task(String id, String yaml, Lattice lattice) {
        Component c = component(id, Role.TASK);
        return ((TaskFactory<Record>) c.factory()).create(bind(c, yaml), lattice, context());
    }

    /**
     * Runs a task as the host runs a task stage, in a fresh {@code directory} (created if
     * missing) with a generator seeded by {@code seed}; checks that the files the result lists
     * were written there.
     */
    public static TaskResult runTask(Task task, Lattice lattice, Path directory, long seed) {
        try {
            java.nio.file.Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TaskResult r = task.run(new TaskContext("task", lattice, directory, ProgressSink.NONE, new java.util.SplittableRandom(seed), seed));
        for (String f : r.files()) {
            if (!java.nio.file.Files.isRegularFile(directory.resolve(f))) {
                throw new AssertionError("task lists file " + f + " but did not write it into " + directory);
            }
        }
        return r;
    }

    /** Validates a pipeline file as {@code sublattice validate} does. */
    public ValidatedPipeline load(Path pipeline, Map<String, PipelineLoader.Override> overrides) {
        return new PipelineLoader(registry).load(pipeline, overrides);
    }

    /** Validates and runs a pipeline into {@code runDirectory}. */
    public RunSummary run(Path pipeline, Path runDirectory, int threads) {
        return new PipelineRunner(threads, RunListener.NONE).run(load(pipeline, Map.of()), runDirectory, java.util.List.of());
    }

    private Component component(String id, Role role) {
        Component c = registry.find(id).orElseThrow(() -> new IllegalArgumentException("no component '" + id + "' on the class path; have "
                + registry.all().stream().map(Component::id).toList()));
        if (c.role() != role) {
            throw new IllegalArgumentException("'" + id + "' is a " + c.role().yamlName() + ", not a " + role.yamlName());
        }
        return c;
    }

    private Record bind(Component c, String yaml) {
        YNode node;
        try {
            node = new YamlReader().read(yaml, c.id() + " parameters");
        } catch (YamlSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Problems problems = new Problems();
        var r = new RecordBinder(directory).bindRecord((YNode.YMap) node, c.factory().parameters(), c.id(), problems, Set.of());
        problems.throwIfAny("parameters of " + c.id());
        return r.orElseThrow(() -> new InvalidInputException("parameters of " + c.id() + " did not bind"));
    }

    private BuildContext context() {
        return new BuildContext(directory, "testkit");
    }
}
