package org.sublattice.plugin.lattice.custom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sublattice.api.BuildContext;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.LatticeFactory;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Cell;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Structure;
import org.sublattice.api.crystal.Vec3;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SpaceGroupInfo;
import org.sublattice.crystal.io.CasmPrim;
import org.sublattice.crystal.io.Poscar;

/**
 * A prim given by the user: inline (vectors and sites), a CASM {@code prim.json}, or a POSCAR whose
 * species are mapped to allowed-occupant lists. Its factor group is computed; {@code describe}
 * reports the space-group number only if the user gives it.
 */
final class CustomLattice implements Lattice {
    private final Prim prim;
    private final Description description;

    private CustomLattice(Prim prim, Description description) {
        this.prim = prim;
        this.description = description;
    }

    @Override
    public Prim prim() {
        return prim;
    }

    @Override
    public Description describe() {
        return description;
    }

    static CustomLattice build(Parameters p) {
        Prim prim;
        if (p.file().isPresent()) {
            Path f = p.file().get();
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                prim = CasmPrim.read(f);
            } else {
                prim = fromStructure(Poscar.read(f), p.occupants(), f.toString());
            }
        } else {
            if (p.vectors().isEmpty() || p.sites().isEmpty()) {
                throw new InvalidInputException("give either 'file' or both 'vectors' and 'sites'");
            }
            List<List<Double>> v = p.vectors().get();
            Cell cell = new Cell(vec(v.get(0)), vec(v.get(1)), vec(v.get(2)));
            List<Site> sites = new ArrayList<>();
            for (SiteSpec s : p.sites().get()) {
                Vec3 pos = vec(s.position());
                if (p.coordinates() == Coordinates.CARTESIAN) {
                    pos = cell.toFractional(pos);
                }
                sites.add(new Site(s.label().orElse(String.join("-", s.occupants())), pos, s.occupants(), s.occupants().get(0)));
            }
            prim = new Prim(p.name(), cell, sites);
        }
        SpaceGroupInfo info = SpaceGroupInfo.of(FactorGroup.of(prim));
        String summary = p.name() + ": " + info;
        return new CustomLattice(prim, new Description("", "", p.spaceGroup().orElse(1),
                p.spaceGroup().isPresent() ? summary : summary + " (space-group number not given)"));
    }

    private static Prim fromStructure(Structure s, Map<String, List<String>> occupants, String source) {
        List<Site> sites = new ArrayList<>();
        for (Structure.Atom a : s.atoms()) {
            List<String> occ = occupants.getOrDefault(a.species(), List.of(a.species()));
            if (!occ.contains(a.species())) {
                throw new InvalidInputException("occupants of " + a.species() + " in " + source + " must include " + a.species() + ", got " + occ);
            }
            List<String> ordered = new ArrayList<>(List.of(a.species()));
            occ.stream().filter(o -> !o.equals(a.species())).forEach(ordered::add);
            sites.add(new Site(a.species(), a.position(), ordered, a.species()));
        }
        return new Prim(s.title().isBlank() ? source : s.title(), s.cell(), sites);
    }

    private static Vec3 vec(List<Double> v) {
        if (v.size() != 3) {
            throw new IllegalArgumentException("a vector needs 3 numbers, got " + v);
        }
        return new Vec3(v.get(0), v.get(1), v.get(2));
    }

    /** Coordinate modes of inline sites. */
    public enum Coordinates { FRACTIONAL, CARTESIAN }

    /**
     * An inline site.
     *
     * @param position coordinates
     * @param occupants allowed occupants, the ideal one first
     * @param label sublattice label
     */
    public record SiteSpec(@Param("coordinates of the site") List<Double> position,
            @Param("allowed occupants, the ideal one first") List<String> occupants,
            @Param(value = "sublattice label (default: the occupants joined by dashes)", defaultValue = Param.OPTIONAL)
            Optional<String> label) {
        public SiteSpec {
            if (occupants.isEmpty()) {
                throw new IllegalArgumentException("a site needs at least one occupant");
            }
        }
    }

    /**
     * Parameters.
     *
     * @param name prim name
     * @param file a CASM prim.json or a POSCAR
     * @param occupants for a POSCAR: allowed occupants per species in the file
     * @param vectors inline lattice vectors (rows, Å)
     * @param sites inline sites
     * @param coordinates coordinate mode of inline sites
     * @param spaceGroup space-group number, if known
     */
    public record Parameters(
            @Param(value = "name", defaultValue = "custom") String name,
            @Param(value = "CASM prim.json (*.json) or POSCAR file", defaultValue = Param.OPTIONAL) Optional<Path> file,
            @Param(value = "for a POSCAR: allowed occupants per species, e.g. {Li: [Li, Va]}", defaultValue = Param.OPTIONAL)
            Map<String, List<String>> occupants,
            @Param(value = "lattice vectors, rows", unit = "Å", defaultValue = Param.OPTIONAL) Optional<List<List<Double>>> vectors,
            @Param(value = "sites: [{position, occupants, label}]", defaultValue = Param.OPTIONAL) Optional<List<SiteSpec>> sites,
            @Param(value = "coordinates of inline sites", defaultValue = "fractional") Coordinates coordinates,
            @Param(value = "international space-group number, for describe", defaultValue = Param.OPTIONAL, min = 1, max = 230)
            Optional<Integer> spaceGroup) {
        public Parameters {
            if (file.isPresent() == (vectors.isPresent() || sites.isPresent())) {
                throw new IllegalArgumentException("give either 'file' or inline 'vectors' and 'sites', not both or neither");
            }
            if (vectors.isPresent() && vectors.get().size() != 3) {
                throw new IllegalArgumentException("vectors needs 3 rows, got " + vectors.get().size());
            }
        }
    }

    /** Factory. */
    public static final class Factory implements LatticeFactory<Parameters> {
        @Override
        public Class<Parameters> parameters() {
            return Parameters.class;
        }

        @Override
        public String summary() {
            return "any prim: inline vectors and sites, a CASM prim.json, or a POSCAR with allowed occupants per species";
        }

        @Override
        public String example() {
            return """
                    lattice:                      # a square lattice (2D Ising) as a tetragonal prim
                      type: prim
                      name: square
                      vectors: [[1, 0, 0], [0, 1, 0], [0, 0, 10]]
                      sites: [{position: [0, 0, 0], occupants: [A, B]}]
                    # or: {type: prim, file: prim.json}
                    # or: {type: prim, file: LiAl_B32.POSCAR, occupants: {Li: [Li, Va], Al: [Al, Li]}}
                    """;
        }

        @Override
        public Lattice create(Parameters p, BuildContext context) {
            try {
                return build(p);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
        }
    }
}
