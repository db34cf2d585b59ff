package org.sublattice.plugin.clex;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sublattice.api.BuildContext;
import org.sublattice.api.Lattice;
import org.sublattice.api.Param;
import org.sublattice.api.Task;
import org.sublattice.api.TaskFactory;

/** Factory of the {@code fit} task: a cluster expansion fitted to DFT energies. */
public final class FitFactory implements TaskFactory<FitFactory.Parameters> {

    /** Regression methods. */
    public enum Method {
        /** Ordinary least squares (minimum norm). */
        OLS,
        /** Ridge regression. */
        RIDGE,
        /** The lasso, by coordinate descent. */
        LASSO,
        /** Bayesian ridge, by evidence maximisation. */
        BAYESIAN_RIDGE,
        /** Automatic relevance determination (sparse Bayesian). */
        ARD
    }

    /** Cluster selection. */
    public enum Selection {
        /** Every candidate cluster function. */
        NONE,
        /** Greedy forward selection by CV score (least squares). */
        FORWARD
    }

    /** Cross-validation schemes. */
    public enum Validation {
        /** One fold per structure. */
        LEAVE_ONE_OUT,
        /** k random folds. */
        K_FOLD
    }

    /** Site bases of the fitted model. */
    public enum Basis {
        /** φ_k(s) = δ(s, k). */
        OCCUPATION,
        /** Orthonormal under the uniform composition (spin ±1 for binaries). */
        ORTHONORMAL
    }

    /**
     * Weights that favour structures near the DFT hull: w = 1 + A·exp(−d/kT), d the hull distance
     * per site.
     *
     * @param temperature kT, eV
     * @param scale A
     */
    public record HullWeights(
            @Param(value = "energy scale kT of the decay with hull distance", unit = "eV", min = 0, minExclusive = true) double temperature,
            @Param(value = "A in w = 1 + A·exp(−d/kT)", defaultValue = "10", min = 0) double scale) {
    }

    /**
     * Limits of the structure mapping.
     *
     * @param maxLatticeCost largest lattice cost
     * @param maxBasisCost largest basis cost
     * @param maxVolumeChange largest volume change
     */
    public record MappingLimits(
            @Param(value = "largest lattice cost ⅓‖U/det(U)^⅓ − 1‖² (shape strain)", defaultValue = "0.01", min = 0, minExclusive = true)
            double maxLatticeCost,
            @Param(value = "largest basis cost: mean squared displacement / (volume per site)^⅔", defaultValue = "0.05", min = 0,
                    minExclusive = true) double maxBasisCost,
            @Param(value = "largest relative volume change from the ideal supercell", defaultValue = "0.3", min = 0, minExclusive = true)
            double maxVolumeChange) {
    }

    /**
     * Parameters of the fit.
     *
     * @param data training data
     * @param configs CASM configuration list
     * @param clusters candidate clusters
     * @param basis site basis
     * @param method regression method
     * @param alpha regularisation strength
     * @param selection cluster selection
     * @param cv cross-validation scheme
     * @param folds folds of k-fold CV
     * @param hullWeights hull-distance weights
     * @param species composition axis species
     * @param mapping mapping limits
     * @param strict fail if a structure is rejected
     * @param name model name
     * @param tolerance symmetry tolerance
     */
    public record Parameters(
            @Param("training data: a JSON list or a CSV of structures (POSCAR files or inline) with DFT energies; see the README")
            Path data,
            @Param(value = "CASM config_list.json: entries of the data with a configname and no structure use its configuration",
                    defaultValue = Param.OPTIONAL) Optional<Path> configs,
            @Param("candidate clusters: maximum diameter (Å) per cluster size, e.g. {2: 7.0, 3: 4.0}") Map<String, Double> clusters,
            @Param(value = "site basis of the fitted model", defaultValue = "orthonormal") Basis basis,
            @Param(value = "regression: ols, ridge, lasso, bayesian-ridge or ard", defaultValue = "lasso") Method method,
            @Param(value = "ridge/lasso strength (penalty on ECI × multiplicity, objective per structure); default: the least CV "
                    + "score on a path", unit = "eV", defaultValue = Param.OPTIONAL, min = 0, minExclusive = true) Optional<Double> alpha,
            @Param(value = "cluster selection: none, or forward (greedy by CV score; with method ols)", defaultValue = "none")
            Selection selection,
            @Param(value = "cross-validation: leave-one-out or k-fold", defaultValue = "leave-one-out") Validation cv,
            @Param(value = "folds of k-fold cross-validation (shuffled with the stage's seed)", defaultValue = "10", min = 2) int folds,
            @Param(value = "weights favouring structures near the DFT hull: {temperature: kT, scale: A}", defaultValue = Param.OPTIONAL)
            Optional<HullWeights> hullWeights,
            @Param(value = "species whose site fraction is the hull's composition x (default: the second occupant of the first "
                    + "site that has two)", defaultValue = Param.OPTIONAL) Optional<String> species,
            @Param(value = "limits beyond which a structure does not map", defaultValue = "{}") MappingLimits mapping,
            @Param(value = "fail the stage if any structure is rejected (otherwise they are reported and left out)",
                    defaultValue = "false") boolean strict,
            @Param(value = "name of the fitted model (default: the stage id)", defaultValue = Param.OPTIONAL) Optional<String> name,
            @Param(value = "tolerance of the symmetry search", unit = "Å", defaultValue = "0.001", min = 0, minExclusive = true)
            double tolerance) {

        public Parameters {
            TreeMap<Integer, Double> sizes = new TreeMap<>();
            for (Map.Entry<String, Double> e : clusters.entrySet()) {
                int size;
                try {
                    size = Integer.parseInt(e.getKey().trim());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("clusters: key '" + e.getKey() + "' is not a cluster size (2..6)");
                }
                if (size < 2 || size > 6) {
                    throw new IllegalArgumentException("clusters: cluster size must be 2..6, got " + size);
                }
                if (!(e.getValue() > 0)) {
                    throw new IllegalArgumentException("clusters." + size + ": max length must be > 0 Å, got " + e.getValue());
                }
                sizes.put(size, e.getValue());
            }
            for (int n = 2; !sizes.isEmpty() && n <= sizes.lastKey(); n++) {
                if (!sizes.containsKey(n)) {
                    throw new IllegalArgumentException("clusters gives size " + sizes.lastKey() + " but not size " + n);
                }
            }
            if (selection == Selection.FORWARD && method != Method.OLS) {
                throw new IllegalArgumentException("selection: forward picks clusters for least squares (method: ols); "
                        + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " selects through its own prior or penalty");
            }
            if (alpha.isPresent() && method != Method.RIDGE && method != Method.LASSO) {
                throw new IllegalArgumentException("alpha is a setting of ridge and lasso; method "
                        + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " takes none");
            }
            clusters = Map.copyOf(clusters);
        }

        /** Max lengths by cluster size (index = size), as the cluster space takes them. */
        double[] maxLengths() {
            int top = 1;
            for (String k : clusters.keySet()) {
                top = Math.max(top, Integer.parseInt(k.trim()));
            }
            double[] m = new double[top + 1];
            clusters.forEach((k, v) -> m[Integer.parseInt(k.trim())] = v);
            return m;
        }
    }

    @Override
    public Class<Parameters> parameters() {
        return Parameters.class;
    }

    @Override
    public String summary() {
        return "fits a cluster expansion to DFT energies: maps relaxed structures onto the lattice, correlations, least squares / "
                + "ridge / lasso / Bayesian ridge / ARD with cross-validation, convex hull; writes model.yaml and returns the model";
    }

    @Override
    public String example() {
        return """
                task:
                  type: fit
                  data: training/energies.json    # structures with DFT energies (JSON list or CSV)
                  clusters: {2: 7.0, 3: 4.0}       # candidate clusters: max diameter (Å) per size
                  method: lasso                   # ols, ridge, lasso, bayesian-ridge, ard
                  cv: leave-one-out               # or k-fold with folds: 10
                # system.hamiltonian: {stage: <this stage's id>} runs Monte Carlo on the fitted model
                """;
    }

    @Override
    public Task create(Parameters p, Lattice lattice, BuildContext context) {
        return new FitTask(p, lattice.prim());
    }

    @Override
    public boolean producesHamiltonian() {
        return true;
    }
}
