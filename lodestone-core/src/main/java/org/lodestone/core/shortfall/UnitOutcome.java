package org.lodestone.core.shortfall;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run did to one reporting unit.
 *
 * @param series  delivered final commodity relative to baseline per day run (empty without final nodes)
 * @param compute the shortfall metrics of {@code series}, empty when it is empty
 * @param losses  commodities with at least one shortfall day in the unit, most output lost first
 *                (ties by commodity id)
 * @param valueAddedLostUsd value added lost over the days run by the unit's valued final measures,
 *                US dollars of {@link UnitValues#priceYear()}; NaN when none of them is valued
 * @param grossOutputLostUsd gross output lost by the same measures (units × value per unit, no
 *                value-added share), same dollars; NaN when none is valued
 * @param valueAddedLostBySector value added lost per commodity (in {@link ReportingUnits#commodities()}
 *                order), same dollars; NaN for the commodities the unit does not make or value.
 *                The valued entries sum to {@code valueAddedLostUsd}; empty when nothing was recorded
 * @param grossOutputLostBySector gross output lost per commodity, same order and dollars, NaN where
 *                {@code valueAddedLostBySector} is; the valued entries sum to {@code grossOutputLostUsd}
 */
public record UnitOutcome(
        double[] series,
        Optional<ShortfallMetrics> compute,
        List<Loss> losses,
        double valueAddedLostUsd,
        double grossOutputLostUsd,
        double[] valueAddedLostBySector,
        double[] grossOutputLostBySector) {

    /**
     * Output of one commodity lost by a unit's nodes: Σ over days of max(0, 1 − s_t) with
     * s_t = Σ x / Σ X0 over the nodes, in days of their baseline output.
     *
     * @param commodity the commodity (sector) id
     * @param lostDays  days of baseline output lost
     */
    public record Loss(String commodity, double lostDays) {
        public Loss {
            Objects.requireNonNull(commodity, "commodity");
        }
    }

    public UnitOutcome {
        series = series.clone();
        Objects.requireNonNull(compute, "compute");
        losses = List.copyOf(losses);
        valueAddedLostBySector = valueAddedLostBySector.clone();
        grossOutputLostBySector = grossOutputLostBySector.clone();
    }

    /** An outcome without value at risk. */
    public UnitOutcome(double[] series, Optional<ShortfallMetrics> compute, List<Loss> losses) {
        this(series, compute, losses, Double.NaN, Double.NaN, new double[0], new double[0]);
    }

    /** Value added lost in commodity c (commodity order), NaN when not valued or not recorded. */
    public double valueAddedLostUsd(int c) {
        return c < valueAddedLostBySector.length ? valueAddedLostBySector[c] : Double.NaN;
    }

    @Override
    public double[] valueAddedLostBySector() {
        return valueAddedLostBySector.clone();
    }

    /** Gross output lost in commodity c (commodity order), NaN when not valued or not recorded. */
    public double grossOutputLostUsd(int c) {
        return c < grossOutputLostBySector.length ? grossOutputLostBySector[c] : Double.NaN;
    }

    @Override
    public double[] grossOutputLostBySector() {
        return grossOutputLostBySector.clone();
    }

    /** The commodity that lost most, if any fell short. */
    public Optional<Loss> mostHit() {
        return losses.isEmpty() ? Optional.empty() : Optional.of(losses.get(0));
    }

    @Override
    public double[] series() {
        return series.clone();
    }
}
