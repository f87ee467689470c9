package org.lodestone.app.stresstest;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * How much of one final measure (AI compute, an end use) the coalition or one member still
 * delivered in a scenario, and what the shortfall is worth.
 *
 * @param measure         the final measure
 * @param region          the coalition id or a member's region code
 * @param role            coalition or member
 * @param metrics         delivered, first shortfall, deepest and recovery of its output
 * @param baselinePerDay  baseline output, in the measure's unit per day
 * @param unitsLost       units not delivered over the days run: Σ_t max(0, X0 − x_t), in the
 *                        measure's unit
 * @param valueAtRisk     value added lost, when the dataset values the measure for every region
 *                        counted
 */
public record MeasureOutcome(
        Commodity measure,
        String region,
        Role role,
        ShortfallMetrics metrics,
        double baselinePerDay,
        double unitsLost,
        Optional<ValueAtRisk> valueAtRisk) {

    public MeasureOutcome {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(valueAtRisk, "valueAtRisk");
    }

    /** True when some day fell below the shortfall tolerance. */
    public boolean fellShort() {
        return metrics.firstShortfallDay().isPresent();
    }

    /**
     * Value added lost: units not delivered × value per unit × value-added share.
     *
     * @param valueAddedUsd value added lost, US dollars of {@code priceYear}
     * @param grossUsd      gross output lost (units × value per unit), same dollars, shown beside it
     * @param priceYear     the year whose dollars these are
     */
    public record ValueAtRisk(double valueAddedUsd, double grossUsd, int priceYear) {

        /** The sum of two values at risk of the same price year. */
        ValueAtRisk plus(ValueAtRisk other) {
            if (other.priceYear != priceYear) {
                throw new IllegalArgumentException("cannot add USD of " + priceYear + " and USD of " + other.priceYear);
            }
            return new ValueAtRisk(valueAddedUsd + other.valueAddedUsd, grossUsd + other.grossUsd, priceYear);
        }
    }
}
