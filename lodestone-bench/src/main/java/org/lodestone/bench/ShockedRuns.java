package org.lodestone.bench;

import java.util.List;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ario.RunOutcome;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * The one scenario every step benchmark runs, so that steps are measured away from the initial
 * equilibrium (where the engine skips its inventory update and the orders are the initial flows):
 * a capacity loss of {@value #FRACTION} of one industry from step {@value #SHOCK_STEP}, lasting
 * {@value #DURATION} steps, then a linear recovery over {@value #RECOVERY_TAU} steps.
 */
final class ShockedRuns {

    /** The step the capacity loss happens. */
    static final int SHOCK_STEP = 5;
    /** The fraction of capacity lost. */
    static final double FRACTION = 0.3;
    /** Steps the loss lasts before recovery starts. */
    static final int DURATION = 60;
    /** Recovery time in steps. */
    static final double RECOVERY_TAU = 90;
    /** Steps run before measuring: the loss reaches capacity one step after it happens. */
    static final int LEAD_STEPS = SHOCK_STEP + 2;

    private ShockedRuns() {}

    /** The capacity loss, at the middle industry of the table. */
    static List<Event> events(ArioModel model) {
        int industry = model.table().size() / 2;
        return List.of(new Event.CapacityLoss(
                new int[] {industry},
                new double[] {FRACTION},
                SHOCK_STEP,
                DURATION,
                RecoveryCurve.LINEAR,
                RECOVERY_TAU));
    }

    /** A run of {@code model} already past the shock: {@value #LEAD_STEPS} steps done. */
    static ArioRun pastShock(ArioModel model) {
        ArioRun run = new ArioRun(model, events(model));
        requireCompleted(run.run(LEAD_STEPS, StepListener.none()));
        return run;
    }

    /**
     * @throws IllegalStateException if the run crashed: its timings would not be of full steps
     */
    static RunOutcome requireCompleted(RunOutcome outcome) {
        if (outcome.crashed()) {
            throw new IllegalStateException("benchmark run crashed at step " + outcome.steps() + ": "
                    + outcome.reason().orElse(""));
        }
        return outcome;
    }
}
