package org.sublattice.plugin.kmc;

import java.nio.file.Path;
import java.util.Optional;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Param;
import org.sublattice.api.Sampler;
import org.sublattice.api.SamplerFactory;

/** Factory of the kinetic Monte Carlo sampler. */
public final class KmcFactory implements SamplerFactory<KmcFactory.Parameters> {

    /**
     * Parameters.
     *
     * @param events the event catalog
     * @param equilibration events before tracking starts
     * @param events per trajectory, counted after equilibration
     * @param time optional simulated time per trajectory instead of an event count
     * @param trajectories independent trajectories per condition point
     */
    public record Parameters(
            @Param("event catalog (YAML): prototype events with sites, occupants, trajectories, kra, prefactor") Path catalog,
            @Param(value = "events run before displacements are tracked", defaultValue = "0", min = 0) long equilibration,
            @Param(value = "events per trajectory after equilibration", defaultValue = "100000", min = 1) long events,
            @Param(value = "simulated time per trajectory instead (stops at whichever comes first)", unit = "s",
                    defaultValue = Param.OPTIONAL, min = 0, minExclusive = true) Optional<Double> time,
            @Param(value = "independent trajectories per condition point (means and errors over them)", defaultValue = "4", min = 1)
            int trajectories) {
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "rejection-free kinetic Monte Carlo: events from a catalog expanded by symmetry, rates ν* exp(−(E_KRA + ΔE/2)/k_BT), "
                + "sum-tree selection, tracked displacements";
    }

    @Override
    public String example() {
        return """
                sampler:
                  type: kmc
                  catalog: models/li-al-hops.yaml
                  equilibration: 10000
                  events: 200000
                  trajectories: 4
                """;
    }

    @Override
    public Sampler create(Parameters p, BuildContext context) {
        return new KmcSampler(p);
    }
}
