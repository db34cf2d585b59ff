package org.sublattice.plugin.strainpath;

import org.sublattice.api.BuildContext;
import org.sublattice.api.Param;
import org.sublattice.api.Sampler;
import org.sublattice.api.SamplerFactory;
import org.sublattice.api.run.Grid;

/** Factory of the {@code bain-burgers} strain-path scanner. */
public final class BainBurgersFactory implements SamplerFactory<BainBurgersFactory.Parameters> {

    /** The two paths. */
    public enum PathKind { BAIN, BURGERS }

    /** Relaxation at each point. */
    public enum Relax { NONE, VOLUME, STRAIN }

    /**
     * Parameters.
     *
     * @param path which path
     * @param e3 the grid of the order parameter
     * @param relax what relaxes at each point
     * @param tolerance tolerance of the relaxations on strain components
     */
    public record Parameters(
            @Param("bain (tetragonal strain, BCC → FCC) or burgers (orthorhombic strain of the (110) plane with the shuffle of "
                    + "alternate (110) planes, BCC → HCP)") PathKind path,
            @Param("grid of e3 = (2E_zz − E_xx − E_yy)/√6 (Green–Lagrange strain, cubic axes on x, y, z): a number, a list, or "
                    + "{from, to, step | points}; fixed-volume end points: FCC at 0.3240, HCP at −0.1350") Grid e3,
            @Param(value = "at each point: none (the input's volume), volume (1D minimisation over e1) or strain (every "
                    + "component but e3)", defaultValue = "none") Relax relax,
            @Param(value = "tolerance of the relaxations on the strain components", defaultValue = "1.0e-6", min = 0, minExclusive = true)
            double tolerance) {
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "Bain or Burgers strain-path scan of the lattice's BCC-based ordering: energy per atom on a grid of e3, "
                + "volume fixed or relaxed; needs a structure-energy Hamiltonian (eam, meam, lammps)";
    }

    @Override
    public String example() {
        return """
                sampler:
                  type: bain-burgers
                  path: bain                               # or burgers
                  e3: {from: -0.05, to: 0.40, points: 46}
                  relax: volume                            # none | volume | strain
                # with conditions: {temperature: 300} (one scan per condition point; the temperature is unused)
                """;
    }

    @Override
    public Sampler create(Parameters p, BuildContext context) {
        return new StrainScanner(StrainPath.Kind.valueOf(p.path().name()), p.e3().values(),
                StrainScanner.Relax.valueOf(p.relax().name()), p.tolerance());
    }
}
