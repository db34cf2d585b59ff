package org.sublattice.crystal.enumerate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sublattice.api.Checks;
import org.sublattice.api.crystal.Configuration;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.io.Poscar;

/**
 * Writes enumeration results into a directory: structure files (VASP 5 POSCAR) and a manifest as
 * {@code manifest.json} (everything, for programs) and {@code manifest.csv} (one row per item, for
 * spreadsheets and for filling in computed numbers). Files are written to a temporary name and
 * moved into place.
 *
 * <p>Manifest kinds: {@code supercells}; {@code orderings} (the supercells, then one entry per
 * configuration with its occupants per site of the canonical supercell, so that it can serve as a
 * background ordering); {@code hop-environments} (one entry per environment with its NEB
 * directory and its event-catalog form: sites [b, i, j, k], occupants before and after,
 * trajectories). The environments' CSV has empty {@code kra}, {@code e_initial},
 * {@code e_saddle}, {@code e_final} and {@code prefactor} columns to fill in for
 * {@link EventCatalogExport}.
 */
public final class EnumerationWriter {
    /** Manifest file names. */
    public static final String MANIFEST_JSON = "manifest.json";
    public static final String MANIFEST_CSV = "manifest.csv";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EnumerationWriter() {
    }

    /** Writes the supercell manifest. */
    public static void writeSupercells(Prim prim, List<EnumeratedSupercell> supercells, Path dir) {
        Map<String, Object> root = header("supercells", prim);
        root.put("supercells", supercells.stream().map(EnumerationWriter::supercell).toList());
        StringBuilder csv = new StringBuilder("name,volume,index,matrix,reduced,symmetry,equivalents\n");
        for (EnumeratedSupercell s : supercells) {
            csv.append(s.name()).append(',').append(s.volume()).append(',').append(s.index()).append(',').append(matrix(s.matrix()))
                    .append(',').append(matrix(s.reduced())).append(',').append(s.symmetry()).append(',').append(s.equivalents()).append('\n');
        }
        writeManifest(dir, root, csv.toString());
    }

    /**
     * A sink that writes each configuration's POSCAR (on the supercell's reduced basis) as it is
     * enumerated, to {@code <dir>/<supercell>/<n>/POSCAR}, and the manifest on {@link #close()}.
     * A configuration without any atom (all vacancies) gets no POSCAR.
     */
    public static OrderingWriter orderings(Prim prim, Path dir, boolean poscars) {
        return new OrderingWriter(prim, dir, poscars);
    }

    /** Streaming writer of enumerated configurations; see {@link EnumerationWriter#orderings}. */
    public static final class OrderingWriter implements OrderingEnumerator.Sink, AutoCloseable {
        private final Prim prim;
        private final Path dir;
        private final boolean poscars;
        private final Map<String, Object> supercells = new LinkedHashMap<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private final StringBuilder csv;
        private String current = "";
        private int n;
        private Supercell canonical;
        private Supercell reduced;

        private OrderingWriter(Prim prim, Path dir, boolean poscars) {
            this.prim = Checks.notNull(prim, "prim");
            this.dir = Checks.notNull(dir, "directory");
            this.poscars = poscars;
            this.csv = new StringBuilder("id,supercell,volume,multiplicity," + String.join(",", prim.species().stream().map(s -> "n_" + s).toList())
                    + ",poscar\n");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean accept(EnumeratedSupercell scel, byte[] occupation, int multiplicity) {
            if (!scel.name().equals(current)) {
                current = scel.name();
                n = 0;
                canonical = scel.supercell(prim);
                reduced = Supercell.of(prim, scel.reduced());
                supercells.put(scel.name(), supercell(scel));
            }
            n++;
            String id = scel.name() + "/" + n;
            List<String> occupants = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            prim.species().forEach(s -> counts.put(s, 0));
            for (int s = 0; s < occupation.length; s++) {
                String sp = canonical.site(s).occupants().get(occupation[s]);
                occupants.add(sp);
                counts.merge(sp, 1, Integer::sum);
            }
            String poscar = "";
            if (poscars && counts.entrySet().stream().anyMatch(e -> !e.getKey().equals("Va") && e.getValue() > 0)) {
                byte[] occ = new byte[reduced.size()];
                for (int s = 0; s < occupation.length; s++) {
                    int[] t = canonical.translation(s);
                    occ[reduced.index(canonical.basis(s), t[0], t[1], t[2])] = occupation[s];
                }
                poscar = id + "/POSCAR";
                write(dir.resolve(poscar), Poscar.write(Structure.of(new Configuration(reduced, occ), prim.name() + " " + id)));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("supercell", scel.name());
            row.put("multiplicity", multiplicity);
            row.put("counts", counts);
            row.put("occupants", occupants);
            row.put("poscar", poscar);
            rows.add(row);
            csv.append(id).append(',').append(scel.name()).append(',').append(scel.volume()).append(',').append(multiplicity);
            counts.values().forEach(k -> csv.append(',').append(k));
            csv.append(',').append(poscar).append('\n');
            return true;
        }

        /** Writes the manifest. */
        @Override
        public void close() {
            Map<String, Object> root = header("orderings", prim);
            root.put("supercells", new ArrayList<>(supercells.values()));
            root.put("configurations", rows);
            writeManifest(dir, root, csv.toString());
        }
    }

    /**
     * Writes each environment's NEB directory ({@code <dir>/<environment id>/00/POSCAR} initial,
     * {@code 01} … images, last final; VASP's layout) and the manifest.
     */
    public static void writeHopEnvironments(HopEnvironmentSpec spec, HopEnvironments.Result result, Path dir) {
        Prim prim = spec.prim();
        Map<String, Object> root = header("hop-environments", prim);
        root.put("radius", spec.radius());
        root.put("neb_supercell", rows(spec.nebSupercell()));
        root.put("images", spec.images());
        root.put("substitutions", spec.substitutions());
        root.put("defects", List.of(spec.minDefects(), spec.maxDefects()));
        root.put("background_supercell", rows(spec.background().supercell().transformation()));
        List<String> bgOccupants = new ArrayList<>();
        for (int s = 0; s < spec.background().occupation().length; s++) {
            bgOccupants.add(spec.background().species(s));
        }
        root.put("background_occupants", bgOccupants);
        List<Map<String, Object>> hops = new ArrayList<>();
        for (HopEnvironments.DistinctHop h : result.hops()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", h.name());
            m.put("definition", h.definition());
            m.put("sites", h.sites().stream().map(EnumerationWriter::coord).toList());
            m.put("symmetry", h.symmetry());
            m.put("environment_sites", h.environmentSites());
            m.put("environments", h.environments());
            hops.add(m);
        }
        root.put("hops", hops);
        List<Map<String, Object>> envs = new ArrayList<>();
        StringBuilder csv = new StringBuilder("id,hop,directory,defects,multiplicity,reverse_distinct,same_event_as,kra,e_initial,e_saddle,e_final,prefactor\n");
        String last = String.format(Locale.ROOT, "%02d", spec.images() + 1);
        for (HopEnvironment e : result.environments()) {
            List<Structure> path = HopEnvironments.path(spec, e);
            for (int k = 0; k < path.size(); k++) {
                write(dir.resolve(e.id()).resolve(String.format(Locale.ROOT, "%02d", k)).resolve("POSCAR"), Poscar.write(path.get(k)));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("hop", e.hop());
            m.put("directory", e.id());
            m.put("initial_poscar", e.id() + "/00/POSCAR");
            m.put("final_poscar", e.id() + "/" + last + "/POSCAR");
            m.put("multiplicity", e.multiplicity());
            m.put("defects", e.defects().stream().map(EnumerationWriter::defect).toList());
            m.put("reverse_distinct", e.reverseDistinct());
            m.put("same_event_as", e.sameEventAs().orElse(null));
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("sites", e.sites().stream().map(EnumerationWriter::coord).toList());
            event.put("initial", e.initial());
            event.put("final", e.finalOccupants());
            event.put("trajectories", e.trajectories().stream().map(t -> List.of(t[0], t[1])).toList());
            m.put("event", event);
            envs.add(m);
            String defects = String.join(" ", e.defects().stream().map(d -> d.species() + "@" + d.site().toString().replace(" ", "")).toList());
            csv.append(e.id()).append(',').append(e.hop()).append(',').append(e.id()).append(',').append(quote(defects)).append(',')
                    .append(e.multiplicity()).append(',').append(e.reverseDistinct()).append(',').append(e.sameEventAs().orElse(""))
                    .append(",,,,,\n");
        }
        root.put("environments", envs);
        writeManifest(dir, root, csv.toString());
    }

    private static Map<String, Object> header(String kind, Prim prim) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", kind);
        root.put("prim", prim.name());
        root.put("species", prim.species());
        root.put("sublattices", prim.basis().stream().map(s -> s.sublattice()).toList());
        return root;
    }

    private static Map<String, Object> supercell(EnumeratedSupercell s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("volume", s.volume());
        m.put("matrix", rows(s.matrix()));
        m.put("reduced", rows(s.reduced()));
        m.put("symmetry", s.symmetry());
        m.put("equivalents", s.equivalents());
        return m;
    }

    private static List<List<Integer>> rows(int[][] m) {
        return Arrays.stream(m).map(r -> Arrays.stream(r).boxed().toList()).toList();
    }

    private static Map<String, Object> defect(HopEnvironment.Defect d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", coord(d.site()));
        m.put("species", d.species());
        return m;
    }

    private static List<Integer> coord(SiteCoord c) {
        return List.of(c.b(), c.i(), c.j(), c.k());
    }

    private static String matrix(int[][] m) {
        return quote(Arrays.deepToString(m).replace(" ", ""));
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void writeManifest(Path dir, Map<String, Object> root, String csv) {
        try {
            write(dir.resolve(MANIFEST_JSON), JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + dir + ": " + e.getMessage(), e);
        }
        write(dir.resolve(MANIFEST_CSV), csv);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
