package org.lodestone.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.shock.RecoveryCurve;

/** An event as a scenario states it, naming nodes; bound to table indices before a run. */
public sealed interface EventSpec permits EventSpec.CapacityLoss, EventSpec.CapitalDestroyed {

    /** The nodes hit. */
    List<NodeRef> at();

    /** First step of the event (≥ 1). */
    int start();

    /** Steps before recovery or rebuilding starts (≥ 1). */
    int duration();

    /**
     * A fraction of production capacity lost, recovering along a curve.
     *
     * @param fraction in (0, 1]
     * @param curve    recovery curve
     * @param tau      recovery time in steps
     */
    record CapacityLoss(List<NodeRef> at, double fraction, int start, int duration, RecoveryCurve curve, double tau)
            implements EventSpec {
        public CapacityLoss {
            at = List.copyOf(at);
            Objects.requireNonNull(curve, "curve");
        }
    }

    /**
     * A fraction of productive capital destroyed, then either recovering along a curve or rebuilt.
     *
     * @param fraction share of each node's capital destroyed, in (0, 1]
     * @param recovery recovery along a curve, or empty when rebuilt
     * @param rebuild  rebuilding demand, or empty when recovering along a curve
     */
    record CapitalDestroyed(List<NodeRef> at, double fraction, int start, int duration, Optional<Recovery> recovery,
            Optional<Rebuild> rebuild) implements EventSpec {
        public CapitalDestroyed {
            at = List.copyOf(at);
            if (recovery.isPresent() == rebuild.isPresent()) {
                throw new IllegalArgumentException("capital-destroyed needs exactly one of recovery and rebuild");
            }
        }
    }

    /**
     * @param curve recovery curve
     * @param tau   recovery time in steps
     */
    record Recovery(RecoveryCurve curve, double tau) {
        public Recovery {
            Objects.requireNonNull(curve, "curve");
        }
    }

    /**
     * @param sectors sector name → share of the rebuilding demand (shares sum to 1)
     * @param tau     rebuild time in steps
     * @param factor  rebuilding factor
     */
    record Rebuild(Map<String, Double> sectors, int tau, double factor) {
        public Rebuild {
            sectors = Map.copyOf(sectors);
        }
    }
}
