package org.lodestone.app.stresstest;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lodestone.core.ario.StepListener;

/**
 * One progress bar on standard error over the steps of every scenario, shared by the runs in
 * parallel (the stress test's, and the backtest's over its episodes).
 */
public class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar when asked for and standard error is a terminal, else nothing is shown. */
    static Progress of(boolean wanted, long totalSteps) {
        return of("stress-test", wanted, totalSteps);
    }

    /** A bar named {@code task} when asked for and standard error is a terminal, else nothing is shown. */
    public static Progress of(String task, boolean wanted, long totalSteps) {
        if (!wanted || System.console() == null) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalSteps)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(100)
                .build());
    }

    /** No bar: every step goes to {@code steps} instead (the server's progress events). */
    static Progress forwarding(StepListener steps) {
        return new Progress(null) {
            @Override
            public StepListener listener() {
                return steps;
            }
        };
    }

    /** Advances the bar by one (a solve of the planner, a run of the engine). */
    public void advance() {
        if (bar != null) {
            bar.step();
        }
    }

    /** A listener that advances the bar by one per step (safe from several threads). */
    public StepListener listener() {
        return bar == null ? StepListener.none() : step -> bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
