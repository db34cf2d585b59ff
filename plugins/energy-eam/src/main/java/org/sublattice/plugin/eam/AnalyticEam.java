package org.sublattice.plugin.eam;

import java.util.List;

/**
 * A multi-element EAM assembled from elemental models. Like-pairs use each element's own φ; an
 * unlike pair, for which no fitted function exists, uses Johnson's alloy rule (R. A. Johnson,
 * Phys. Rev. B 39, 12554 (1989)):
 *
 * <pre>
 * φ_ab(r) = ½ [ f_b(r)/f_a(r) · φ_aa(r) + f_a(r)/f_b(r) · φ_bb(r) ]
 * </pre>
 *
 * an approximation that fixes the alloy's energetics by the elemental functions alone (it is not
 * fitted to any alloy property); where either density is zero (beyond its cutoff) the pair is
 * zero. Immutable and thread-safe.
 */
final class AnalyticEam implements EamPotential {
    private final List<ElementModel> models;
    private final List<String> elements;
    private final double cutoff;
    private final String source;

    AnalyticEam(List<ElementModel> models, String source) {
        this.models = List.copyOf(models);
        this.elements = models.stream().map(ElementModel::element).toList();
        this.cutoff = models.stream().mapToDouble(ElementModel::cutoff).max().orElseThrow();
        this.source = source;
    }

    @Override
    public List<String> elements() {
        return elements;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public double embedding(int e, double rho) {
        return models.get(e).embedding(rho);
    }

    @Override
    public double embeddingDerivative(int e, double rho) {
        return models.get(e).embeddingDerivative(rho);
    }

    @Override
    public double density(int from, int at, double r) {
        return models.get(from).density(r);
    }

    @Override
    public double densityDerivative(int from, int at, double r) {
        return models.get(from).densityDerivative(r);
    }

    @Override
    public double pair(int a, int b, double r) {
        if (a == b) {
            return models.get(a).pair(r);
        }
        ElementModel ma = models.get(a);
        ElementModel mb = models.get(b);
        double fa = ma.density(r);
        double fb = mb.density(r);
        if (fa == 0 || fb == 0) {
            return 0;
        }
        return 0.5 * (fb / fa * ma.pair(r) + fa / fb * mb.pair(r));
    }

    @Override
    public double pairDerivative(int a, int b, double r) {
        if (a == b) {
            return models.get(a).pairDerivative(r);
        }
        ElementModel ma = models.get(a);
        ElementModel mb = models.get(b);
        double fa = ma.density(r);
        double fb = mb.density(r);
        if (fa == 0 || fb == 0) {
            return 0;
        }
        double dfa = ma.densityDerivative(r);
        double dfb = mb.densityDerivative(r);
        double pa = ma.pair(r);
        double pb = mb.pair(r);
        double rba = fb / fa;
        double rab = fa / fb;
        double dRba = (dfb - rba * dfa) / fa;
        double dRab = (dfa - rab * dfb) / fb;
        return 0.5 * (dRba * pa + rba * ma.pairDerivative(r) + dRab * pb + rab * mb.pairDerivative(r));
    }
}
