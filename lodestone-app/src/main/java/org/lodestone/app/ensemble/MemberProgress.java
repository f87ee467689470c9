package org.lodestone.app.ensemble;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar over members on standard error, with the rate (members per second) and the time left; nothing off a terminal. */
final class MemberProgress implements LongConsumer, AutoCloseable {

    private final ProgressBar bar;

    private MemberProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar when asked for and standard error is a terminal, else nothing is shown. */
    static MemberProgress of(boolean wanted, String task, long members) {
        if (!wanted || System.console() == null) {
            return new MemberProgress(null);
        }
        return new MemberProgress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(members)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" members", 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build());
    }

    /** One more member done (safe from several threads). */
    @Override
    public void accept(long member) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
