package org.sublattice.plugin.eam;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Site;

/** Factory of the {@code meam} Hamiltonian (modified embedded-atom method, evaluated as LAMMPS's pair_style meam). */
public final class MeamFactory implements HamiltonianFactory<MeamFactory.Parameters> {

    /** Model file formats. */
    public enum Format { AUTO, YAML, LIBRARY }

    /**
     * Parameters.
     *
     * @param potential the model file
     * @param format its format
     */
    public record Parameters(
            @Param("potential: a YAML MEAM model (.yaml) or a LAMMPS library.meam file, whose entries for the lattice's species are "
                    + "read (LAMMPS default settings, no parameter file)") Path potential,
            @Param(value = "file format: auto (yaml for .yaml/.yml, else library), yaml or library", defaultValue = "auto") Format format) {
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "modified embedded-atom method (Baskes 1992, first neighbours, screened), as LAMMPS's pair_style meam evaluates a library "
                + "file with default settings; YAML models or library.meam files; for strain-path scans and small checks";
    }

    @Override
    public String example() {
        return """
                hamiltonian:
                  type: meam
                  potential: models/li-ag-meam.yaml     # or /usr/share/lammps/potentials/library.meam
                  format: auto                          # yaml | library
                """;
    }

    @Override
    public Hamiltonian create(Parameters p, Lattice lattice, BuildContext context) {
        return new MeamHamiltonian(load(p.potential(), p.format(), lattice), lattice.prim());
    }

    static MeamPotential load(Path file, Format format, Lattice lattice) {
        Format f = format;
        if (f == Format.AUTO) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            f = name.endsWith(".yaml") || name.endsWith(".yml") ? Format.YAML : Format.LIBRARY;
        }
        return switch (f) {
            case YAML -> MeamModelFile.read(file);
            case LIBRARY -> {
                List<String> species = lattice.prim().species().stream().filter(s -> !Site.VACANCY.equals(s)).toList();
                if (species.isEmpty()) {
                    throw new InvalidInputException("the lattice holds no element to read from MEAM library " + file);
                }
                yield MeamLibraryFile.read(file, species);
            }
            case AUTO -> throw new IllegalStateException();
        };
    }
}
