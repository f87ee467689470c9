package org.lodestone.app.backtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@code lodestone backtest} was asked.
 *
 * @param episodes {@code builtin:NAME} or episode files; empty means every bundled episode
 * @param out      the folder for the page and the tables
 * @param threads  engine threads per run (≥ 1)
 * @param progress whether to show a progress bar on a terminal
 * @param workbook whether to write {@code backtest.xlsx} too
 * @param psi      a calibration run: every episode's scenario with this ψ in (0, 1] instead of its own;
 *                 empty for the recorded run
 */
public record BacktestRequest(
        List<String> episodes, Path out, int threads, boolean progress, boolean workbook, OptionalDouble psi) {

    public BacktestRequest {
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(out, "out");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " (expected >= 1)");
        }
        Objects.requireNonNull(psi, "psi");
    }

    /** A request without the workbook. */
    public BacktestRequest(List<String> episodes, Path out, int threads, boolean progress) {
        this(episodes, out, threads, progress, false, OptionalDouble.empty());
    }
}
