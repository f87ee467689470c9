package org.lodestone.core.backtest;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An observed metric beside what the model simulated for it.
 *
 * @param metric    the observed outcome
 * @param simulated the simulated value in the metric's unit (+∞ for "never"); empty when not simulated
 * @param verdict   inside or outside the band, or not scored
 * @param reason    why it was not scored; empty when it was
 */
public record MetricScore(ObservedMetric metric, OptionalDouble simulated, Verdict verdict, String reason) {

    /** The outcome of comparing a simulated value with its band. */
    public enum Verdict {
        INSIDE("inside"),
        OUTSIDE("outside"),
        /** The model cannot yet compute the metric (a mechanism or a node is missing); not counted. */
        NOT_SCORED("not scored");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** As printed. */
        public String text() {
            return text;
        }
    }

    public MetricScore {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(simulated, "simulated");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
        if (verdict == Verdict.NOT_SCORED ? simulated.isPresent() : simulated.isEmpty()) {
            throw new IllegalArgumentException(
                    "metric " + metric.id() + ": a scored metric has a simulated value, an unscored one none");
        }
    }

    /** Scores {@code simulated} against the metric's band. */
    public static MetricScore of(ObservedMetric metric, double simulated) {
        Verdict verdict = metric.band().contains(simulated) ? Verdict.INSIDE : Verdict.OUTSIDE;
        return new MetricScore(metric, OptionalDouble.of(simulated), verdict, "");
    }

    /** A metric the model cannot compute yet, and why. */
    public static MetricScore notScored(ObservedMetric metric, String reason) {
        return new MetricScore(metric, OptionalDouble.empty(), Verdict.NOT_SCORED, reason);
    }

    /**
     * Simulated minus observed, in the metric's unit; empty without an observed value, a simulated
     * one, or when either is infinite.
     */
    public OptionalDouble error() {
        if (simulated.isEmpty() || metric.observed().isEmpty()) {
            return OptionalDouble.empty();
        }
        double error = simulated.getAsDouble() - metric.observed().getAsDouble();
        return Double.isFinite(error) ? OptionalDouble.of(error) : OptionalDouble.empty();
    }

    /**
     * How far outside the band the simulated value lies, in the metric's unit (0 when inside);
     * empty when not scored or infinitely far.
     */
    public OptionalDouble distanceToBand() {
        if (simulated.isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = simulated.getAsDouble();
        Band band = metric.band();
        double below = band.min().isPresent() ? Math.max(0, band.min().getAsDouble() - v) : 0;
        double above = band.max().isPresent() ? Math.max(0, v - band.max().getAsDouble()) : 0;
        double distance = below + above;
        return Double.isFinite(distance) ? OptionalDouble.of(distance) : OptionalDouble.empty();
    }
}
