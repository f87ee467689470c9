package org.lodestone.core.ario;

import java.util.Optional;

/**
 * How a run ended.
 *
 * @param steps   steps completed
 * @param crashed true if the run stopped because an inventory went negative or NaN, or a delivery
 *                negative (the reference's "crash"); the remaining steps were not simulated
 * @param reason  what happened, when crashed
 */
public record RunOutcome(int steps, boolean crashed, Optional<String> reason) {

    static RunOutcome completed(int steps) {
        return new RunOutcome(steps, false, Optional.empty());
    }

    static RunOutcome crashed(int steps, String reason) {
        return new RunOutcome(steps, true, Optional.of(reason));
    }
}
