package org.sublattice.plugin.eam;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Hamiltonian;
import org.sublattice.api.HamiltonianFactory;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.api.crystal.Site;

/** Factory of the {@code eam} Hamiltonian. */
public final class EamFactory implements HamiltonianFactory<EamFactory.Parameters> {

    /** Potential file formats. */
    public enum Format { AUTO, FUNCFL, SETFL, FS, YAML }

    /**
     * Parameters.
     *
     * @param potential the potential file
     * @param format its format
     * @param element the element of a funcfl file
     */
    public record Parameters(
            @Param("potential: a LAMMPS funcfl (.eam), setfl (.eam.alloy) or eam/fs (.eam.fs) file, or a YAML model of analytic "
                    + "elements (.yaml) mixed by Johnson's rule") Path potential,
            @Param(value = "file format: auto (from the file name), funcfl, setfl, fs or yaml", defaultValue = "auto") Format format,
            @Param(value = "the element a funcfl file describes (such files name none); default: the lattice's only element",
                    defaultValue = Param.OPTIONAL) Optional<String> element) {
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "embedded-atom method: LAMMPS funcfl/setfl/eam-fs files (evaluated as LAMMPS does) or analytic YAML models; "
                + "atoms on ideal sites (vacancies empty) for Monte Carlo, any structure for strain-path scans";
    }

    @Override
    public String example() {
        return """
                hamiltonian:
                  type: eam
                  potential: /usr/share/lammps/potentials/Al_zhou.eam.alloy   # or Ag_u3.eam (funcfl), Fe_mm.eam.fs, model.yaml
                  format: auto                                                # funcfl | setfl | fs | yaml
                """;
    }

    @Override
    public Hamiltonian create(Parameters p, Lattice lattice, BuildContext context) {
        return new EamHamiltonian(load(p.potential(), p.format(), p.element(), lattice), lattice.prim());
    }

    static EamPotential load(Path file, Format format, Optional<String> element, Lattice lattice) {
        Format f = format;
        if (f == Format.AUTO) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                f = Format.YAML;
            } else {
                TabulatedEam.Format t = TabulatedEam.Format.guess(file);
                if (t == null) {
                    throw new InvalidInputException("cannot tell the format of potential " + file
                            + " from its name; give format: funcfl, setfl, fs or yaml");
                }
                f = Format.valueOf(t.name());
            }
        }
        return switch (f) {
            case YAML -> EamModelFile.read(file);
            case SETFL -> TabulatedEam.read(file, TabulatedEam.Format.SETFL, null);
            case FS -> TabulatedEam.read(file, TabulatedEam.Format.FS, null);
            case FUNCFL -> TabulatedEam.read(file, TabulatedEam.Format.FUNCFL, element.orElseGet(() -> onlyElement(lattice, file)));
            case AUTO -> throw new IllegalStateException();
        };
    }

    private static String onlyElement(Lattice lattice, Path file) {
        List<String> species = lattice.prim().species().stream().filter(s -> !Site.VACANCY.equals(s)).toList();
        if (species.size() != 1) {
            throw new InvalidInputException("funcfl file " + file + " describes one element but the lattice holds " + species
                    + "; name it with element:, or mix elements in a YAML model");
        }
        return species.get(0);
    }
}
