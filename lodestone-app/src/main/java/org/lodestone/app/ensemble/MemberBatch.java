package org.lodestone.app.ensemble;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.lodestone.core.ensemble.EnsembleRunner;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MemberDesign;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.run.UnitChoice;

/** Runs the members of any design (ensemble, sensitivity, reverse stress test) with a progress bar, for the commands that need them. */
public final class MemberBatch {

    /**
     * A batch's summary and its wall-clock time.
     *
     * @param summary every member's metrics, by member index
     * @param seconds wall-clock seconds of the runs
     */
    public record Run(EnsembleSummary summary, double seconds) {}

    private MemberBatch() {}

    /** Runs every member of {@code design}, whose values set the fields at {@code inputs}. */
    public static Run run(
            MemberSetup setup, MemberDesign design, List<String> inputs, int threads, boolean progress, String task) {
        return run(setup, design, inputs, threads, progress, task, member -> {});
    }

    /** As {@link #run(MemberSetup, MemberDesign, List, int, boolean, String)}, also telling {@code done} of each member run (from the workers). */
    public static Run run(
            MemberSetup setup,
            MemberDesign design,
            List<String> inputs,
            int threads,
            boolean progress,
            String task,
            LongConsumer done) {
        long started = System.nanoTime();
        try (MemberProgress bar = MemberProgress.of(progress, task, design.size())) {
            EnsembleSummary summary = EnsembleRunner.run(
                    setup.layout(inputs),
                    design,
                    setup.evaluator(inputs),
                    0,
                    design.size(),
                    threads,
                    bar.andThen(done));
            return new Run(summary, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The index of the unit a command reports on: the coalition when empty, else the named region,
     * which must have a node of the final commodity when the metric needs one.
     *
     * @throws InputException for an unknown unit or one without the metric
     */
    public static int unit(MemberSetup setup, Optional<String> label, Metric metric) {
        return UnitChoice.index(setup.units(), setup.values(), label, metric);
    }
}
