package org.lodestone.app.simulate;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;

/** A progress bar on standard error, advanced once per step. */
final class ProgressListener implements StepListener, AutoCloseable {

    private final ProgressBar bar;

    ProgressListener(String task, int steps) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build();
    }

    /** A bar when standard error is a terminal, else a listener that does nothing. */
    static StepListener forTerminal(String task, int steps) {
        return System.console() != null ? new ProgressListener(task, steps) : StepListener.none();
    }

    @Override
    public void onStep(StepView step) {
        bar.stepTo(step.step() + 1L);
    }

    @Override
    public void close() {
        bar.close();
    }
}
