package org.sublattice.plugin.gcmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.Sampler;
import org.sublattice.api.crystal.Site;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.api.run.Blocking;
import org.sublattice.api.run.Chain;
import org.sublattice.api.run.ChainResult;
import org.sublattice.api.run.ConditionPoint;

/**
 * Metropolis Monte Carlo (Metropolis et al., J. Chem. Phys. 21, 1087 (1953)) in the semi-grand
 * canonical ensemble (a random site takes a random other allowed occupant; acceptance
 * min(1, exp(−βΔΩ)), ΔΩ = ΔE − Σ_i μ_i ΔN_i with μ_Va = 0) or the canonical ensemble (a random
 * site swaps occupants with a random site of the same allowed-occupant set; ΔΩ = ΔE). Both
 * proposals are symmetric, so detailed balance holds with the plain Metropolis rule.
 *
 * <p>A pass is as many trial steps as there are sites that can change occupant. After the fixed
 * equilibration passes, the leading transient of the samples found by the MSER rule is dropped
 * (unless disabled), and with precision targets sampling continues until the blocking errors of
 * the energy and/or site fractions reach them. The energy and
 * the occupant counts per sublattice are tracked incrementally and recorded every
 * {@code sampleEvery} passes after equilibration. The trial loop works on primitive arrays only.
 * Immutable; one instance runs many chains concurrently.
 */
final class MetropolisSampler implements Sampler {
    enum Ensemble { SEMI_GRAND, CANONICAL }

    private final Ensemble ensemble;
    private final Passes passes;
    private final MetropolisParameters parameters;

    MetropolisSampler(Ensemble ensemble, MetropolisParameters parameters) {
        this.ensemble = ensemble;
        this.passes = parameters.passes();
        this.parameters = parameters;
    }

    @Override
    public long plannedSteps(int sites) {
        return (long) (passes.equilibration() + passes.sampling()) * sites;
    }

    // Samples are kept every sampleEvery passes after equilibration; with precision targets the
    // arrays are sized for the largest number of sampling passes allowed.

    @Override
    public ChainResult run(Chain chain) {
        BoundHamiltonian h = chain.hamiltonian();
        Supercell sc = h.supercell();
        byte[] occ = chain.configuration().occupation();
        RandomGenerator rng = chain.random();
        ConditionPoint cond = chain.conditions();
        double beta = cond.beta();
        int volume = sc.volume();
        List<Site> basis = sc.prim().basis();
        int nb = basis.size();
        int maxOcc = basis.stream().mapToInt(s -> s.occupants().size()).max().orElse(1);

        // Per (basis site, occupant): chemical potential and the index of its (sublattice, species) counter.
        double[] mu = new double[nb * maxOcc];
        int[] counter = new int[nb * maxOcc];
        int[] nOcc = new int[nb];
        Map<String, Integer> counterIds = new LinkedHashMap<>();
        for (int b = 0; b < nb; b++) {
            Site site = basis.get(b);
            nOcc[b] = site.occupants().size();
            for (int k = 0; k < nOcc[b]; k++) {
                String species = site.occupants().get(k);
                mu[b * maxOcc + k] = cond.mu(species);
                counter[b * maxOcc + k] = counterIds.computeIfAbsent(ChainResult.count(site.sublattice(), species), x -> counterIds.size());
            }
        }
        long[] counts = new long[counterIds.size()];
        for (int s = 0; s < occ.length; s++) {
            counts[counter[(s / volume) * maxOcc + occ[s]]]++;
        }
        int[] active = activeSites(sc);
        int nActive = active.length;
        // Canonical swaps pair sites with the same set of allowed species (possibly listed in a
        // different order, so a swap translates occupant indices through the species).
        int[] group = new int[occ.length];
        int[][] members = groups(sc, active, group);
        List<String> speciesList = sc.prim().species();
        int ns = speciesList.size();
        int[] speciesOf = new int[nb * maxOcc];
        int[] indexOf = new int[nb * ns];
        for (int b = 0; b < nb; b++) {
            List<String> occs = basis.get(b).occupants();
            java.util.Arrays.fill(indexOf, b * ns, (b + 1) * ns, -1);
            for (int k = 0; k < occs.size(); k++) {
                int sp = speciesList.indexOf(occs.get(k));
                speciesOf[b * maxOcc + k] = sp;
                indexOf[b * ns + sp] = k;
            }
        }
        int[] pairSites = new int[2];
        byte[] pairOcc = new byte[2];

        double energy = h.energy(occ);
        var precision = parameters.precision();
        int maxSampling = precision.map(p -> Math.max(p.maxPasses(), passes.sampling())).orElse(passes.sampling());
        int samples = maxSampling / passes.sampleEvery();
        double[] eSeries = new double[samples];
        double[][] cSeries = new double[counts.length][samples];
        long accepted = 0;
        long steps = 0;
        int recorded = 0;
        int totalPasses = passes.equilibration() + passes.sampling();
        int limit = passes.equilibration() + maxSampling;
        boolean precisionMet = precision.isEmpty();
        int pass = 0;
        for (; pass < totalPasses && nActive > 0; pass++) {
            if (ensemble == Ensemble.SEMI_GRAND) {
                for (int n = 0; n < nActive; n++) {
                    int s = active[rng.nextInt(nActive)];
                    int b = s / volume;
                    int old = occ[s];
                    int nw = rng.nextInt(nOcc[b] - 1);
                    if (nw >= old) {
                        nw++;
                    }
                    double dE = h.deltaFlip(occ, s, nw);
                    double dOmega = dE - (mu[b * maxOcc + nw] - mu[b * maxOcc + old]);
                    if (dOmega <= 0 || rng.nextDouble() < Math.exp(-beta * dOmega)) {
                        occ[s] = (byte) nw;
                        energy += dE;
                        counts[counter[b * maxOcc + old]]--;
                        counts[counter[b * maxOcc + nw]]++;
                        accepted++;
                    }
                }
            } else {
                for (int n = 0; n < nActive; n++) {
                    int a = active[rng.nextInt(nActive)];
                    int[] g = members[group[a]];
                    int c = g[rng.nextInt(g.length)];
                    int oa = occ[a];
                    int oc = occ[c];
                    int ba = a / volume;
                    int bc = c / volume;
                    int spa = speciesOf[ba * maxOcc + oa];
                    int spc = speciesOf[bc * maxOcc + oc];
                    if (spa == spc) {
                        continue;
                    }
                    // The indices each site takes when they exchange species.
                    int na = indexOf[ba * ns + spc];
                    int nc = indexOf[bc * ns + spa];
                    double dE;
                    if (na == oc && nc == oa) {
                        dE = h.deltaSwap(occ, a, c);
                    } else {
                        pairSites[0] = a;
                        pairSites[1] = c;
                        pairOcc[0] = (byte) na;
                        pairOcc[1] = (byte) nc;
                        dE = h.deltaEvent(occ, pairSites, pairOcc, 2);
                    }
                    if (dE <= 0 || rng.nextDouble() < Math.exp(-beta * dE)) {
                        occ[a] = (byte) na;
                        occ[c] = (byte) nc;
                        energy += dE;
                        counts[counter[ba * maxOcc + oa]]--;
                        counts[counter[ba * maxOcc + na]]++;
                        counts[counter[bc * maxOcc + oc]]--;
                        counts[counter[bc * maxOcc + nc]]++;
                        accepted++;
                    }
                }
            }
            steps += nActive;
            chain.progress().advance(nActive);
            int sampled = pass + 1 - passes.equilibration();
            if (sampled > 0 && sampled % passes.sampleEvery() == 0 && recorded < samples) {
                eSeries[recorded] = energy;
                for (int k = 0; k < counts.length; k++) {
                    cSeries[k][recorded] = counts[k];
                }
                recorded++;
            }
            if (chain.progress().cancelled()) {
                pass++;
                break;
            }
            if (pass + 1 == totalPasses && precision.isPresent()) {
                // Stop-at-precision: extend the chain until the targets hold or the limit is reached.
                precisionMet = meets(precision.get(), eSeries, cSeries, recorded, sc, counterIds, volume, basis);
                if (!precisionMet && totalPasses < limit) {
                    totalPasses = Math.min(limit, totalPasses + precision.get().checkEvery());
                }
            }
        }
        if (nActive == 0) {
            // Nothing can change: every sample is the initial state.
            Arrays.fill(eSeries, energy);
            for (int k = 0; k < counts.length; k++) {
                Arrays.fill(cSeries[k], counts[k]);
            }
            recorded = samples;
        }
        double exact = h.energy(occ);
        int discard = parameters.equilibrationDetection() == MetropolisParameters.EquilibrationDetection.MSER
                ? Blocking.mserTruncation(eSeries, recorded) : 0;
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(ChainResult.ENERGY, Arrays.copyOfRange(eSeries, discard, recorded));
        for (Map.Entry<String, Integer> e : counterIds.entrySet()) {
            series.put(e.getKey(), Arrays.copyOfRange(cSeries[e.getValue()], discard, recorded));
        }
        Map<String, Double> scalars = new HashMap<>();
        scalars.put("acceptance", steps == 0 ? 0.0 : (double) accepted / steps);
        scalars.put("passes", (double) pass);
        scalars.put("energy_drift", Math.abs(exact - energy));
        scalars.put("final_energy", exact);
        scalars.put("discarded_samples", (double) discard);
        scalars.put("precision_met", precisionMet ? 1.0 : 0.0);
        return new ChainResult(series, scalars, chain.configuration().copy(), steps);
    }

    /** Whether the recorded samples meet the precision targets (blocking errors). */
    private static boolean meets(MetropolisParameters.Precision p, double[] e, double[][] c, int n, Supercell sc,
            Map<String, Integer> counterIds, int volume, List<Site> basis) {
        if (p.energy().isPresent() && !(Blocking.meanAndError(e, n)[1] / sc.size() <= p.energy().get())) {
            return false;
        }
        if (p.composition().isPresent()) {
            Map<String, Integer> sites = new HashMap<>();
            for (Site s : basis) {
                sites.merge(s.sublattice(), volume, Integer::sum);
            }
            for (Map.Entry<String, Integer> k : counterIds.entrySet()) {
                String sub = k.getKey().split(":")[1];
                if (!(Blocking.meanAndError(c[k.getValue()], n)[1] / sites.get(sub) <= p.composition().get())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] activeSites(Supercell sc) {
        int n = 0;
        int[] out = new int[sc.size()];
        for (int s = 0; s < sc.size(); s++) {
            if (sc.site(s).isActive()) {
                out[n++] = s;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[][] groups(Supercell sc, int[] active, int[] group) {
        Map<java.util.Set<String>, Integer> ids = new HashMap<>();
        List<List<Integer>> lists = new ArrayList<>();
        for (int s : active) {
            int g = ids.computeIfAbsent(java.util.Set.copyOf(sc.site(s).occupants()), k -> {
                lists.add(new ArrayList<>());
                return lists.size() - 1;
            });
            group[s] = g;
            lists.get(g).add(s);
        }
        int[][] out = new int[lists.size()][];
        for (int g = 0; g < out.length; g++) {
            out[g] = lists.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
