package org.lodestone.core.ario;

/** Receives every step of a run; recorders, writers, progress bars and metrics are listeners. */
@FunctionalInterface
public interface StepListener {

    /** Called at the end of each step. */
    void onStep(StepView step);

    /** A listener that ignores every step. */
    static StepListener none() {
        return step -> {};
    }

    /** Calls {@code this}, then {@code next}. */
    default StepListener andThen(StepListener next) {
        return step -> {
            onStep(step);
            next.onStep(step);
        };
    }
}
