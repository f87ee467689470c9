package org.lodestone.core.ario;

import java.util.Objects;

/**
 * A scenario event changed phase during a step. Published at the end of step {@code step} when
 * the event's phase then differs from its phase at the end of the step before (PENDING before the
 * first step). A capacity event's phase is the engine's: HAPPENING from its occurrence step,
 * RECOVERING or REBUILDING from the step {@code occurrence + duration}, FINISHED at the end of
 * the step whose recovery or rebuilding left nothing to recover. A market event is HAPPENING at
 * the end of each step it was in force ({@code occurrence <= t < occurrence + duration}) and
 * FINISHED from the end of step {@code occurrence + duration}.
 *
 * @param step  the step, from 0
 * @param event the event's index in the list the run was given (scenario order)
 * @param from  the phase at the end of the step before
 * @param to    the phase now
 */
public record PhaseChanged(int step, int event, EventPhase from, EventPhase to) {

    /** Receives phase changes. */
    @FunctionalInterface
    public interface Handler {
        void handle(PhaseChanged change);
    }

    public PhaseChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
