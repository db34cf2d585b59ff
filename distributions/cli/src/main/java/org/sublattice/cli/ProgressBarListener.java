package org.sublattice.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sublattice.core.run.RunListener;

/** A terminal progress bar per stage (trial steps done of planned, rate, ETA). */
final class ProgressBarListener implements RunListener {
    private final PrintWriter err;
    private volatile ProgressBar bar;

    ProgressBarListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void stageStarted(String stageId, int chains, long totalSteps) {
        bar = new ProgressBarBuilder().setTaskName(stageId).setInitialMax(Math.max(totalSteps, 1))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().setUnit(" steps", 1)
                .continuousUpdate().build();
    }

    @Override
    public void advanced(long steps) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(steps);
        }
    }

    @Override
    public synchronized void stageFinished(String stageId, double seconds) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
        err.flush();
    }
}
