package org.sublattice.plugin.eam;

/** One element of a tabulated potential (a funcfl file, say) as an {@link ElementModel}, for mixing with others. */
final class TabulatedElement implements ElementModel {
    private final TabulatedEam table;
    private final int e;

    TabulatedElement(TabulatedEam table, int e) {
        this.table = table;
        this.e = e;
    }

    @Override
    public String element() {
        return table.elements().get(e);
    }

    @Override
    public double cutoff() {
        return table.cutoff();
    }

    @Override
    public double embedding(double rho) {
        return table.embedding(e, rho);
    }

    @Override
    public double embeddingDerivative(double rho) {
        return table.embeddingDerivative(e, rho);
    }

    @Override
    public double density(double r) {
        return r < table.cutoff() ? table.density(e, e, r) : 0;
    }

    @Override
    public double densityDerivative(double r) {
        return r < table.cutoff() ? table.densityDerivative(e, e, r) : 0;
    }

    @Override
    public double pair(double r) {
        return r < table.cutoff() ? table.pair(e, e, r) : 0;
    }

    @Override
    public double pairDerivative(double r) {
        return r < table.cutoff() ? table.pairDerivative(e, e, r) : 0;
    }
}
