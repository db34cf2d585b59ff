package org.sublattice.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sublattice.api.Lattice;
import org.sublattice.api.Task;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.ResultTable;
import org.sublattice.api.run.TaskResult;

/**
 * The contract every {@link Task} passes: the same seed gives the same tables, summary and file
 * contents; the task writes only inside its directory, and every file it lists is there; a
 * Hamiltonian it produces binds to a supercell of the lattice and gives a finite energy.
 */
public abstract class TaskContract {
    @TempDir
    Path tmp;

    /** Tasks to test, each with the lattice it runs on. */
    protected abstract Stream<Case> tasks();

    /**
     * @param name test name
     * @param task the task
     * @param lattice its lattice
     */
    public record Case(String name, Task task, Lattice lattice) {
    }

    @TestFactory
    Stream<DynamicTest> sameSeedGivesSameTablesSummaryAndFiles() {
        return tasks().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path a = Files.createDirectories(tmp.resolve(c.name() + "-a").resolve("stage"));
            Path b = Files.createDirectories(tmp.resolve(c.name() + "-b").resolve("stage"));
            TaskResult ra = PluginKit.runTask(c.task(), c.lattice(), a, 42);
            TaskResult rb = PluginKit.runTask(c.task(), c.lattice(), b, 42);
            assertEquals(ra.summary(), rb.summary());
            assertEquals(ra.tables().size(), rb.tables().size());
            for (int i = 0; i < ra.tables().size(); i++) {
                assertEquals(render(ra.tables().get(i)), render(rb.tables().get(i)), ra.tables().get(i).name());
            }
            assertEquals(ra.files(), rb.files());
            for (String f : ra.files()) {
                assertTrue(Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f))), "file " + f + " differs");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> writesOnlyInsideItsDirectoryAndListsWhatItWrote() {
        return tasks().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path root = Files.createDirectories(tmp.resolve(c.name() + "-root"));
            Path dir = Files.createDirectories(root.resolve("stage"));
            TaskResult r = PluginKit.runTask(c.task(), c.lattice(), dir, 7);
            assertEquals(List.of(dir), list(root), "files outside the task's directory");
            List<String> written = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(p -> written.add(dir.relativize(p).toString()));
            }
            assertTrue(written.containsAll(r.files()), "listed " + r.files() + ", found " + written);
            r.hamiltonian().ifPresent(h -> {
                Supercell sc = Supercell.repeat(c.lattice().prim(), 2, 2, 2);
                double e = h.bind(sc).energy(Configuration.ideal(sc).occupation());
                assertTrue(Double.isFinite(e), "energy of the ideal ordering is " + e);
            });
        }));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(ResultTable t) {
        StringBuilder b = new StringBuilder(t.columns().toString());
        t.rows().forEach(r -> b.append('\n').append(Arrays.toString(r)));
        return b.toString();
    }
}
