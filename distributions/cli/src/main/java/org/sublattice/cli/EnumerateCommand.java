package org.sublattice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Role;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.core.bind.Names;
import org.sublattice.core.bind.Problems;
import org.sublattice.core.bind.RecordBinder;
import org.sublattice.core.plugin.Component;
import org.sublattice.core.yaml.YNode;
import org.sublattice.core.yaml.YNode.YList;
import org.sublattice.core.yaml.YNode.YMap;
import org.sublattice.core.yaml.YNode.YScalar;
import org.sublattice.core.yaml.YamlReader;
import org.sublattice.core.yaml.YamlSyntaxException;
import org.sublattice.crystal.enumerate.EnumeratedSupercell;
import org.sublattice.crystal.enumerate.EnumerationWriter;
import org.sublattice.crystal.enumerate.EventCatalogExport;
import org.sublattice.crystal.enumerate.FractionRange;
import org.sublattice.crystal.enumerate.HopDefinition;
import org.sublattice.crystal.enumerate.HopEnvironmentSpec;
import org.sublattice.crystal.enumerate.HopEnvironments;
import org.sublattice.crystal.enumerate.Manifests;
import org.sublattice.crystal.enumerate.OrderingEnumerator;
import org.sublattice.crystal.enumerate.OrderingSpec;
import org.sublattice.crystal.enumerate.Progress;
import org.sublattice.crystal.enumerate.SupercellEnumerator;
import org.sublattice.crystal.enumerate.SupercellSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sublattice enumerate}: DFT input sets. Supercells of a lattice, symmetry-distinct
 * orderings in them, and distinct hop environments for NEB, each written as POSCAR files with a
 * manifest (JSON and CSV); {@code catalog} turns computed barriers back into a KMC event catalog.
 * The work is done by {@code org.sublattice.crystal.enumerate}; this class only reads options.
 */
@Command(name = "enumerate", mixinStandardHelpOptions = true,
        description = "Enumerate supercells, symmetry-distinct orderings and hop environments (NEB) as POSCAR sets with a manifest.",
        subcommands = {EnumerateCommand.Supercells.class, EnumerateCommand.Orderings.class, EnumerateCommand.Hops.class,
            EnumerateCommand.Catalog.class})
final class EnumerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: supercells, orderings, hops or catalog");
    }

    /** Where the lattice comes from: exactly one of the two. */
    static final class LatticeChoice {
        @Option(names = "--lattice", paramLabel = "YAML", required = true,
                description = "A lattice as in a pipeline's system.lattice, e.g. \"{type: fcc, species: {4a: [Ag, Li]}}\".")
        String lattice;
        @Option(names = "--pipeline", paramLabel = "FILE", required = true, description = "Take system.lattice from this pipeline file.")
        Path pipeline;
    }

    /** Options shared by the subcommands that need a lattice. */
    static class WithLattice {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions options;
        @ArgGroup(exclusive = true, multiplicity = "1")
        LatticeChoice source;
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output directory.")
        Path output;

        Host host;

        Prim prim() {
            host = Host.start(options);
            if (!options.quiet) {
                host.printPluginProblems(spec.commandLine().getErr());
            }
            YamlReader yaml = new YamlReader();
            YNode node;
            Path base;
            String where;
            try {
                if (source.lattice != null) {
                    node = yaml.readValue(source.lattice, "--lattice");
                    base = Path.of("").toAbsolutePath();
                    where = "--lattice";
                } else {
                    Path file = source.pipeline;
                    if (!Files.isRegularFile(file)) {
                        throw new InvalidInputException("pipeline file not found: " + file);
                    }
                    YNode root = yaml.read(Files.readString(file), file.toString());
                    YNode system = root instanceof YMap m ? m.get("system") : null;
                    node = system instanceof YMap s ? s.get("lattice") : null;
                    if (node == null) {
                        throw new InvalidInputException(file + ": no system.lattice");
                    }
                    base = file.toAbsolutePath().getParent();
                    where = file + " system.lattice";
                }
            } catch (YamlSyntaxException e) {
                throw new InvalidInputException(e.getMessage());
            } catch (IOException e) {
                throw new InvalidInputException("cannot read " + source.pipeline + ": " + e.getMessage());
            }
            return LatticeBinding.prim(host, node, base, where);
        }

        Progress progress(String task) {
            boolean bar = !options.quiet && host.settings.progress() && System.console() != null;
            return bar ? new Bar(task) : Progress.NONE;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code sublattice enumerate supercells}. */
    @Command(name = "supercells", mixinStandardHelpOptions = true,
            description = "Symmetry-distinct supercells by volume (Hermite normal forms reduced by the factor group).")
    static final class Supercells extends WithLattice implements Callable<Integer> {
        @Option(names = "--volumes", paramLabel = "N|MIN..MAX", required = true, description = "Volumes in unit cells, e.g. 4 or 1..8.")
        String volumes;
        @Option(names = "--unit-cell", paramLabel = "MATRIX",
                description = "Enumerate supercells of this cell (rows in prim units), e.g. \"[[-1,1,1],[1,-1,1],[1,1,-1]]\" (default: the prim).")
        String unitCell;

        @Override
        public Integer call() {
            Prim prim = prim();
            int[] v = range(volumes, "--volumes");
            SupercellSpec s = unitCell == null ? new SupercellSpec(prim, v[0], v[1]) : new SupercellSpec(prim, v[0], v[1], matrix(unitCell, "--unit-cell"));
            Progress p = progress("supercells");
            List<EnumeratedSupercell> found = SupercellEnumerator.enumerate(s, p);
            close(p);
            EnumerationWriter.writeSupercells(prim, found, output);
            out().printf("%d distinct supercells of %s, volumes %d–%d; manifest in %s%n", found.size(), prim.name(), v[0], v[1], output);
            return 0;
        }
    }

    /** {@code sublattice enumerate orderings}. */
    @Command(name = "orderings", mixinStandardHelpOptions = true,
            description = "Symmetry-distinct occupations of supercells (every site one of its allowed occupants, vacancies included).")
    static final class Orderings extends WithLattice implements Callable<Integer> {
        @Option(names = "--volumes", paramLabel = "N|MIN..MAX", description = "Supercell volumes in prim cells, e.g. 1..6.")
        String volumes;
        @Option(names = "--supercell", paramLabel = "MATRIX", description = "A given supercell (rows in prim units); repeatable.")
        List<String> supercells = new ArrayList<>();
        @Option(names = "--composition", paramLabel = "SUBLATTICE:SPECIES=MIN..MAX",
                description = "Allowed fraction of a sublattice's sites a species takes, e.g. 1b:Li=0..0.25; repeatable.")
        List<String> composition = new ArrayList<>();
        @Option(names = "--fixed", paramLabel = "SUBLATTICE", description = "Keep this sublattice at its ideal occupant; repeatable.")
        List<String> fixed = new ArrayList<>();
        @Option(names = "--max-count", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE, description = "Stop after N configurations.")
        long maxCount;
        @Option(names = "--include-superperiodic", description = "Also list configurations that repeat within their supercell.")
        boolean superperiodic;
        @Option(names = "--hart-forcade", description = "Count as Hart and Forcade's tables do: label exchange, every occupant present.")
        boolean hartForcade;
        @Option(names = "--no-poscar", description = "Write only the manifest.")
        boolean noPoscar;

        @Override
        public Integer call() {
            Prim prim = prim();
            List<EnumeratedSupercell> cells = new ArrayList<>();
            if (volumes != null) {
                int[] v = range(volumes, "--volumes");
                cells.addAll(SupercellEnumerator.enumerate(new SupercellSpec(prim, v[0], v[1]), Progress.NONE));
            }
            if (!supercells.isEmpty()) {
                List<int[][]> given = new ArrayList<>();
                supercells.forEach(m -> given.add(matrix(m, "--supercell")));
                cells.addAll(SupercellEnumerator.of(prim, given));
            }
            if (cells.isEmpty()) {
                throw new InvalidInputException("give --volumes or --supercell");
            }
            OrderingSpec s;
            try {
                s = new OrderingSpec(prim, cells, composition(), new LinkedHashSet<>(fixed), maxCount, !superperiodic, hartForcade, hartForcade);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
            Progress p = progress("orderings");
            OrderingEnumerator.Summary summary;
            try (EnumerationWriter.OrderingWriter w = EnumerationWriter.orderings(prim, output, !noPoscar)) {
                summary = OrderingEnumerator.enumerate(s, w, p);
            }
            close(p);
            out().printf("%,d configurations in %d supercells of %s (%,d tested, %.2f s with writing)%s; %s in %s%n",
                    summary.configurations(), cells.size(), prim.name(), summary.visited(), summary.seconds(),
                    summary.complete() ? "" : ", stopped at --max-count", noPoscar ? "manifest" : "POSCARs and manifest", output);
            return 0;
        }

        private Map<String, Map<String, FractionRange>> composition() {
            Map<String, Map<String, FractionRange>> out = new LinkedHashMap<>();
            for (String c : composition) {
                String[] a = c.split("[:=]");
                if (a.length != 3) {
                    throw new InvalidInputException("--composition " + c + ": expected SUBLATTICE:SPECIES=MIN..MAX, e.g. 1b:Li=0..0.25");
                }
                double[] r = fractions(a[2], "--composition " + c);
                try {
                    out.computeIfAbsent(a[0], k -> new LinkedHashMap<>()).put(a[1], new FractionRange(r[0], r[1]));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("--composition " + c + ": " + e.getMessage());
                }
            }
            return out;
        }
    }

    /** {@code sublattice enumerate hops}. */
    @Command(name = "hops", mixinStandardHelpOptions = true,
            description = "Distinct hops and their distinct local environments as NEB POSCAR sets (VASP layout 00 … NN) with a manifest.")
    static final class Hops extends WithLattice implements Callable<Integer> {
        @Option(names = "--hops", paramLabel = "FILE",
                description = "Hop prototypes in event-catalog form (events: name, sites, initial, trajectories; kra is ignored).")
        Path hopsFile;
        @Option(names = "--species", paramLabel = "SPECIES", description = "Instead of --hops: hops of this species into a vacancy.")
        String species;
        @Option(names = "--shells", paramLabel = "N", defaultValue = "2", description = "Neighbour shells for --species hops (default ${DEFAULT-VALUE}).")
        int shells;
        @Option(names = "--radius", paramLabel = "Å", required = true, description = "Environment sites lie within this distance of a hop site.")
        double radius;
        @Option(names = "--substitute", paramLabel = "SUBLATTICE=SPECIES[,SPECIES]",
                description = "Species that may replace the background occupant on a sublattice, e.g. 1b=Li; repeatable.")
        List<String> substitute = new ArrayList<>();
        @Option(names = "--defects", paramLabel = "N|MIN..MAX", defaultValue = "0..1",
                description = "Substituted environment sites per environment (default ${DEFAULT-VALUE}).")
        String defects;
        @Option(names = "--supercell", paramLabel = "MATRIX", description = "NEB supercell (rows in prim units).")
        String supercell;
        @Option(names = "--repeat", paramLabel = "N1,N2,N3", split = ",", description = "NEB supercell as a repeat of the prim.")
        List<Integer> repeat;
        @Option(names = "--images", paramLabel = "N", defaultValue = "5", description = "Interpolated NEB images (default ${DEFAULT-VALUE}).")
        int images;
        @Option(names = "--background", paramLabel = "MANIFEST#ID",
                description = "Background ordering: a configuration of an orderings manifest (default: the ideal ordering).")
        String background;

        @Override
        public Integer call() {
            Prim prim = prim();
            List<HopDefinition> hops;
            if ((hopsFile == null) == (species == null)) {
                throw new InvalidInputException("give either --hops FILE or --species SPECIES");
            }
            int[][] cell;
            if ((supercell == null) == (repeat == null)) {
                throw new InvalidInputException("give the NEB supercell as either --supercell MATRIX or --repeat N1,N2,N3");
            }
            if (repeat != null) {
                if (repeat.size() != 3) {
                    throw new InvalidInputException("--repeat needs three numbers, got " + repeat);
                }
                cell = new int[][] {{repeat.get(0), 0, 0}, {0, repeat.get(1), 0}, {0, 0, repeat.get(2)}};
            } else {
                cell = matrix(supercell, "--supercell");
            }
            Map<String, List<String>> subs = new LinkedHashMap<>();
            for (String s : substitute) {
                String[] a = s.split("=", 2);
                if (a.length != 2 || a[1].isBlank()) {
                    throw new InvalidInputException("--substitute " + s + ": expected SUBLATTICE=SPECIES[,SPECIES], e.g. 1b=Li");
                }
                subs.computeIfAbsent(a[0], k -> new ArrayList<>()).addAll(List.of(a[1].split(",")));
            }
            int[] d = range(defects, "--defects", 0);
            HopEnvironmentSpec s;
            try {
                hops = hopsFile != null ? readHops(hopsFile, prim) : HopDefinition.vacancyHops(prim, species, shells);
                Configuration bg = background == null ? HopEnvironmentSpec.idealBackground(prim) : background(prim);
                s = new HopEnvironmentSpec(prim, bg, hops, radius, subs, d[0], d[1], cell, images);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
            Progress p = progress("hops");
            HopEnvironments.Result r = HopEnvironments.enumerate(s, p);
            close(p);
            EnumerationWriter.writeHopEnvironments(s, r, output);
            PrintWriter out = out();
            out.printf("%d distinct hops, %d environments (radius %.3g Å, %d–%d defects); NEB directories and manifest in %s%n", r.hops().size(),
                    r.environments().size(), radius, d[0], d[1], output);
            if (!options.quiet) {
                r.hops().forEach(h -> out.printf("  %-24s %3d environments (%d sites within the radius, %d symmetry operations)%n", h.name(),
                        h.environments(), h.environmentSites(), h.symmetry()));
            }
            return 0;
        }

        private Configuration background(Prim prim) {
            int hash = background.lastIndexOf('#');
            if (hash < 0) {
                throw new InvalidInputException("--background " + background + ": expected MANIFEST#ID, e.g. orderings/manifest.json#SCEL2_1/1");
            }
            return Manifests.configuration(prim, Path.of(background.substring(0, hash)), background.substring(hash + 1));
        }
    }

    /** {@code sublattice enumerate catalog}. */
    @Command(name = "catalog", mixinStandardHelpOptions = true,
            description = "Turn computed NEB barriers (the hops manifest.csv filled in: kra, or e_initial, e_saddle, e_final) into a KMC event catalog.")
    static final class Catalog implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--manifest", paramLabel = "FILE", required = true, description = "The manifest.json of 'enumerate hops'.")
        Path manifest;
        @Option(names = "--barriers", paramLabel = "CSV", required = true, description = "Barriers per environment id.")
        Path barriers;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Event catalog YAML to write.")
        Path output;

        @Override
        public Integer call() throws IOException {
            Map<String, EventCatalogExport.Barrier> b = EventCatalogExport.readBarriers(barriers);
            String yaml = EventCatalogExport.catalog(manifest, b);
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, yaml);
            long events = yaml.lines().filter(l -> l.startsWith("  - name: ")).count();
            spec.commandLine().getOut().printf("%d events from %d barriers written to %s%n", events, b.size(), output);
            return 0;
        }
    }

    /** A terminal progress bar over the enumeration's units of work. */
    private static final class Bar implements Progress, AutoCloseable {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public synchronized void update(long done, long total, long found) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, 1)).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250).continuousUpdate().build();
            }
            bar.stepTo(done);
            bar.setExtraMessage(String.format(" %,d found", found));
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static void close(Progress p) {
        if (p instanceof Bar b) {
            b.close();
        }
    }

    static int[] range(String text, String option) {
        return range(text, option, 1);
    }

    /** "N" or "MIN..MAX" of whole numbers ≥ {@code least}. */
    static int[] range(String text, String option, int least) {
        String[] a = text.strip().split("\\.\\.", -1);
        try {
            int lo = Integer.parseInt(a[0].strip());
            int hi = a.length == 2 ? Integer.parseInt(a[1].strip()) : lo;
            if (a.length > 2 || lo < least || hi < lo) {
                throw new NumberFormatException();
            }
            return new int[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + " " + text + ": expected N or MIN..MAX, whole numbers ≥ " + least + ", MIN ≤ MAX");
        }
    }

    private static double[] fractions(String text, String where) {
        String[] a = text.strip().split("\\.\\.", -1);
        try {
            double lo = Double.parseDouble(a[0]);
            double hi = a.length == 2 ? Double.parseDouble(a[1]) : lo;
            if (a.length > 2) {
                throw new NumberFormatException();
            }
            return new double[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": expected a fraction or MIN..MAX, e.g. 0..0.25");
        }
    }

    /** A 3×3 integer matrix written in YAML flow style, e.g. [[2,0,0],[0,2,0],[0,0,2]]. */
    static int[][] matrix(String text, String option) {
        try {
            YNode n = new YamlReader().readValue(text, option);
            if (n instanceof YList rows && rows.items().size() == 3) {
                int[][] m = new int[3][];
                for (int r = 0; r < 3; r++) {
                    m[r] = integers(rows.items().get(r), 3);
                }
                if (m[0] != null && m[1] != null && m[2] != null) {
                    return m;
                }
            }
        } catch (YamlSyntaxException e) {
            // reported below
        }
        throw new InvalidInputException(option + " " + text + ": expected a 3×3 integer matrix, e.g. [[2,0,0],[0,2,0],[0,0,2]]");
    }

    private static int[] integers(YNode n, int size) {
        if (!(n instanceof YList l) || l.items().size() != size) {
            return null;
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            if (!(l.items().get(i) instanceof YScalar s) || s.type() != YNode.ScalarType.INTEGER) {
                return null;
            }
            out[i] = Integer.parseInt(s.text());
        }
        return out;
    }

    /**
     * Hop prototypes from an event-catalog-like YAML file: {@code events:} entries with name,
     * sites ([b, i, j, k]), initial and trajectories (optional for a two-site hop with one
     * vacancy); other keys (kra, prefactor) are ignored.
     */
    static List<HopDefinition> readHops(Path file, Prim prim) {
        YNode root;
        try {
            root = new YamlReader().read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException("cannot read hops file " + file + ": " + e.getMessage());
        } catch (YamlSyntaxException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (!(root instanceof YMap m) || !(m.get("events") instanceof YList events) || events.items().isEmpty()) {
            throw new InvalidInputException(file + ": a hops file is a mapping with a non-empty list 'events'");
        }
        List<HopDefinition> out = new ArrayList<>();
        for (YNode e : events.items()) {
            String where = e.location().toString();
            if (!(e instanceof YMap ev)) {
                throw new InvalidInputException(where + ": an event is a mapping with name, sites, initial, trajectories");
            }
            String name = ev.get("name") instanceof YScalar s ? s.text() : "event-" + (out.size() + 1);
            List<SiteCoord> sites = new ArrayList<>();
            if (!(ev.get("sites") instanceof YList sl)) {
                throw new InvalidInputException(where + ": event " + name + " needs sites: [[b, i, j, k], …]");
            }
            for (YNode c : sl.items()) {
                int[] v = integers(c, 4);
                if (v == null || v[0] < 0 || v[0] >= prim.size()) {
                    throw new InvalidInputException(c.location() + ": event " + name + ": a site is [b, i, j, k] of whole numbers with b < "
                            + prim.size());
                }
                sites.add(new SiteCoord(v[0], v[1], v[2], v[3]));
            }
            List<String> initial = new ArrayList<>();
            if (ev.get("initial") instanceof YList il) {
                il.items().forEach(x -> initial.add(x instanceof YScalar s ? s.text() : "?"));
            }
            List<int[]> moves = new ArrayList<>();
            if (ev.get("trajectories") instanceof YList tl) {
                for (YNode t : tl.items()) {
                    int[] v = integers(t, 2);
                    if (v == null) {
                        throw new InvalidInputException(t.location() + ": event " + name + ": a trajectory is [from, to]");
                    }
                    moves.add(v);
                }
            } else if (initial.size() == 2 && "Va".equals(initial.get(1)) != "Va".equals(initial.get(0))) {
                moves.add("Va".equals(initial.get(1)) ? new int[] {0, 1} : new int[] {1, 0});
            }
            try {
                out.add(new HopDefinition(name, sites, initial, moves));
            } catch (IllegalArgumentException x) {
                throw new InvalidInputException(where + ": " + x.getMessage());
            }
        }
        return out;
    }

    /** Binds a {@code system.lattice}-style node through the installed lattice plugins. */
    static final class LatticeBinding {
        private LatticeBinding() {
        }

        @SuppressWarnings("unchecked")
        static Prim prim(Host host, YNode node, Path base, String where) {
            String id;
            YMap params;
            if (node instanceof YScalar s && s.type() == YNode.ScalarType.STRING) {
                id = s.text();
                params = new YMap(Map.of(), Map.of(), s.location());
            } else if (node instanceof YMap m && m.get("type") instanceof YScalar t) {
                id = t.text();
                params = m;
            } else {
                throw new InvalidInputException(where + ": expected a lattice id or {type: …, parameters}; available: "
                        + String.join(", ", host.registry.ids(Role.LATTICE)));
            }
            Component c = host.registry.find(id).filter(x -> x.role() == Role.LATTICE).orElseThrow(() -> new InvalidInputException(
                    where + ": unknown lattice type '" + id + "'; available: " + String.join(", ", host.registry.ids(Role.LATTICE))
                            + Names.didYouMean(id, host.registry.ids(Role.LATTICE))));
            Problems problems = new Problems();
            Record p = new RecordBinder(base).bindRecord(params, c.factory().parameters(), "lattice", problems, Set.of("type")).orElse(null);
            problems.throwIfAny("invalid lattice (" + where + ")");
            return ((LatticeFactory<Record>) c.factory()).create(p, new BuildContext(base, "enumerate")).prim();
        }
    }
}
