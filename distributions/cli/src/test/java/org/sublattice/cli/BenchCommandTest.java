package org.sublattice.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bench command at toy sizes: every figure it is asked for is printed as a finite rate, the
 * KMC figures come from timed chunks between progress reports, and the options that skip figures
 * skip them. (What the figures are worth is for the full-size bench; nothing here is timed.)
 */
class BenchCommandTest {
    private static final Pattern KMC = Pattern.compile(
            "(\\d+) sites  KMC \\(B32, 4% Li vacancies, pairs to 2NN\\): +(\\S+) events/s \\(CPU time; median of (\\d+) chunks, quartiles (\\S+)–(\\S+)\\)");

    @Test
    void printsAKmcFigurePerSizeAndTheirGrowthAndSkipsWhatItIsToldTo() {
        Cli r = Cli.run("bench", "--seconds", "0.05", "--cubes", "2", "--sweep-points", "0", "--enumerate-volume", "0",
                "--no-strain-scan", "--kmc-cubes", "2,3", "--kmc-events", "20000", "--kmc-repeats", "2");
        assertEquals(0, r.exit(), r.err() + r.out());
        Matcher m = KMC.matcher(r.out());
        int[] sizes = new int[2];
        for (int k = 0; k < 2; k++) {
            assertTrue(m.find(), "KMC figure " + k + " in\n" + r.out());
            sizes[k] = Integer.parseInt(m.group(1));
            double rate = Double.parseDouble(m.group(2));
            assertTrue(rate > 0 && Double.isFinite(rate), "rate " + rate);
            // 20000 events in chunks of a few thousand, the first of each run (its set-up) left out, two runs
            int chunks = Integer.parseInt(m.group(3));
            assertTrue(chunks >= 4 && chunks <= 2 * 20000 / 1000, "chunks " + chunks);
            double slow = Double.parseDouble(m.group(4));
            double fast = Double.parseDouble(m.group(5));
            assertTrue(slow <= rate && rate <= fast, "quartiles " + slow + "–" + fast + " around the median " + rate);
        }
        assertArrayEquals(new int[] {16 * 8, 16 * 27}, sizes, "16n³ sites for n = 2, 3");
        assertTrue(r.out().contains("KMC cost per event, 128 → 432 sites: ×"), r.out());
        assertFalse(r.out().contains("Bain scan"), "--no-strain-scan skips the strain-path figures:\n" + r.out());
        assertFalse(r.out().contains("binary orderings"), "--enumerate-volume 0 skips enumeration:\n" + r.out());
    }

    @Test
    void chunkTimerLeavesOutTheFirstChunkOfARunAndPartialChunks() {
        BenchCommand.ChunkTimer t = new BenchCommand.ChunkTimer();
        t.startRun();
        t.advance(4096); // ends the set-up and the first chunk: not timed
        t.advance(4096);
        t.advance(4096);
        t.advance(10); // the last, partial chunk
        t.startRun();
        t.advance(4096);
        assertEquals(2, t.perEvent().length);
        for (double x : t.perEvent()) {
            assertTrue(x >= 0 && Double.isFinite(x), "seconds per event " + x);
        }
    }

    @Test
    void quantilesInterpolateBetweenSortedValues() {
        double[] v = {1, 2, 3, 4};
        assertEquals(2.5, BenchCommand.quantile(v, 0.5), 0);
        assertEquals(1, BenchCommand.quantile(v, 0), 0);
        assertEquals(4, BenchCommand.quantile(v, 1), 0);
        assertEquals(1.75, BenchCommand.quantile(v, 0.25), 1e-15);
        assertEquals(7, BenchCommand.quantile(new double[] {7}, 0.5), 0);
    }
}
