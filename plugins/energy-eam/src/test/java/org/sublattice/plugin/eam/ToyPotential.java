package org.sublattice.plugin.eam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Smooth single-element EAM functions known in closed form, written as funcfl, setfl and eam/fs
 * files on fine grids, to check the readers and tables against exact values.
 */
final class ToyPotential implements EamPotential {
    static final double CUT = 5.0;
    static final int NR = 5001;
    static final double DR = CUT / (NR - 1);
    static final int NRHO = 4001;
    static final double DRHO = 0.01;

    static double embeddingOf(double rho) {
        return -Math.sqrt(rho + 1) + 0.02 * rho;
    }

    static double densityOf(double r) {
        double x = CUT - r;
        return r >= CUT ? 0 : 0.3 * x * x * x * Math.exp(-0.4 * r);
    }

    /** Effective charge Z(r) of the funcfl form φ = 27.2·0.529·Z²/r. */
    static double chargeOf(double r) {
        double x = CUT - r;
        return r >= CUT ? 0 : 0.25 * x * x * Math.exp(-0.3 * r);
    }

    static double pairOf(double r) {
        double z = chargeOf(r);
        return TabulatedEam.HARTREE_BOHR * z * z / r;
    }

    @Override
    public List<String> elements() {
        return List.of("Cu");
    }

    @Override
    public double cutoff() {
        return CUT;
    }

    @Override
    public String source() {
        return "toy";
    }

    @Override
    public double embedding(int e, double rho) {
        return embeddingOf(rho);
    }

    @Override
    public double embeddingDerivative(int e, double rho) {
        double h = 1e-6;
        return (embeddingOf(rho + h) - embeddingOf(rho - h)) / (2 * h);
    }

    @Override
    public double density(int from, int at, double r) {
        return densityOf(r);
    }

    @Override
    public double densityDerivative(int from, int at, double r) {
        double h = 1e-6;
        return (densityOf(r + h) - densityOf(r - h)) / (2 * h);
    }

    @Override
    public double pair(int a, int b, double r) {
        return pairOf(r);
    }

    @Override
    public double pairDerivative(int a, int b, double r) {
        double h = 1e-6;
        return (pairOf(r + h) - pairOf(r - h)) / (2 * h);
    }

    private static void values(StringBuilder out, int n, double delta, DoubleUnaryOperator f) {
        for (int m = 0; m < n; m++) {
            out.append(String.format(Locale.ROOT, "%.17e", f.applyAsDouble(m * delta))).append(m % 5 == 4 || m == n - 1 ? "\n" : " ");
        }
    }

    static Path funcfl(Path dir) throws IOException {
        StringBuilder out = new StringBuilder("toy funcfl\n29 63.546 3.615 FCC\n");
        out.append(String.format(Locale.ROOT, "%d %.17e %d %.17e %.17e%n", NRHO, DRHO, NR, DR, CUT));
        values(out, NRHO, DRHO, ToyPotential::embeddingOf);
        values(out, NR, DR, ToyPotential::chargeOf);
        values(out, NR, DR, ToyPotential::densityOf);
        return write(dir.resolve("toy.eam"), out);
    }

    static Path setfl(Path dir, boolean fs) throws IOException {
        StringBuilder out = new StringBuilder("toy\nsetfl\nthird comment\n1 Cu\n");
        out.append(String.format(Locale.ROOT, "%d %.17e %d %.17e %.17e%n", NRHO, DRHO, NR, DR, CUT));
        out.append("29 63.546 3.615 fcc\n");
        values(out, NRHO, DRHO, ToyPotential::embeddingOf);
        values(out, NR, DR, ToyPotential::densityOf);
        values(out, NR, DR, r -> r * pairOf(Math.max(r, 1e-9)));
        return write(dir.resolve(fs ? "toy.eam.fs" : "toy.eam.alloy"), out);
    }

    private static Path write(Path file, StringBuilder text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
