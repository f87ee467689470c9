package org.lodestone.app.backtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.backtest.BacktestScore;

/**
 * Every episode replayed, and where the page was written.
 *
 * @param episodes one per episode, in the order asked
 * @param out      the folder written (absolute)
 * @param seconds  wall time of the whole backtest
 * @param psi      the ψ every episode ran with in a calibration run; empty for the recorded run
 */
public record BacktestResult(List<EpisodeResult> episodes, Path out, double seconds, OptionalDouble psi) {

    public BacktestResult {
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(psi, "psi");
    }

    /** The line that says a calibration run is not the recorded score; empty for the recorded run. */
    public String calibrationLine() {
        return psi.isEmpty()
                ? ""
                : "Calibration run: every episode with psi = " + psi.getAsDouble()
                        + " instead of its scenario's (the recorded score uses the engine's defaults, psi "
                        + ArioParameters.defaults().psi() + ").";
    }

    /** The score over every episode. */
    public BacktestScore score() {
        return BacktestScore.of(
                episodes.stream().flatMap(e -> e.scores().stream()).toList());
    }
}
