package org.sublattice.core.run;

/**
 * Derives independent chain seeds from the pipeline seed, the stage index and the point index, so
 * that results do not depend on the number of threads or the order chains run in. Uses the
 * SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014) to decorrelate nearby inputs.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long derive(long master, int stage, int point) {
        long z = mix(master);
        z = mix(z ^ (0x9E3779B97F4A7C15L * (stage + 1)));
        return mix(z ^ (0xC2B2AE3D27D4EB4FL * (point + 1)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
