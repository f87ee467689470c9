package org.lodestone.core.shock;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A disruption applied to industries of an input-output table, in steps (days) from the start of
 * a run. Industries are indices into the table; amounts are aligned with them.
 */
public sealed interface Event
        permits Event.CapacityLoss,
                Event.CapitalRecovery,
                Event.CapitalRebuild,
                Event.ExportControl,
                Event.LogisticsDisruption,
                Event.DemandShock,
                Event.StockRelease {

    /**
     * One handler per bound event kind. Every place that treats events differently by kind
     * implements this, so a new kind does not compile until each of them handles it.
     *
     * @param <R> what the handler returns
     */
    interface Visitor<R> {
        R capacityLoss(CapacityLoss event);

        R capitalRecovery(CapitalRecovery event);

        R capitalRebuild(CapitalRebuild event);

        R exportControl(ExportControl event);

        R logisticsDisruption(LogisticsDisruption event);

        R demandShock(DemandShock event);

        R stockRelease(StockRelease event);
    }

    /** Calls the visitor's method for this kind. */
    <R> R accept(Visitor<R> visitor);

    /** Indices of the industries hit. */
    int[] industries();

    /** The step at which the event happens (≥ 1; the reference calls it the occurrence). */
    int start();

    /** Steps before recovery or rebuilding starts (> 0). */
    int duration();

    /**
     * A fraction of production capacity lost (the reference's arbitrary production loss). It
     * reaches capacity with a one-step lag (ARIO-SPEC 6.3).
     *
     * @param fractions lost fraction per industry, in (0, 1]
     * @param curve     recovery curve of the fraction
     * @param tau       recovery time in steps (≥ 1)
     */
    record CapacityLoss(int[] industries, double[] fractions, int start, int duration, RecoveryCurve curve, double tau)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.capacityLoss(this);
        }

        public CapacityLoss {
            window(industries, start, duration);
            amounts(industries, fractions);
            for (double f : fractions) {
                EventField.FRACTION.check(f);
            }
            Objects.requireNonNull(curve, "curve");
            EventField.RECOVERY_TAU.check(tau);
        }

        /**
         * The loss of the {@code n}-th industry hit left after {@code elapsed} steps of recovery:
         * the curve's value rounded to 1e-6, as the engine keeps it (ARIO-SPEC 6.2); below 0 once a
         * linear curve has passed τ.
         */
        public double remaining(int n, int elapsed) {
            return Math.rint(curve.value(elapsed, fractions[n], tau) * 1e6) / 1e6;
        }

        /**
         * The share of the {@code n}-th industry's capacity this event takes at step t, as the
         * engine applies it: nothing through the start step, the full fraction from the step
         * after it (the one-step lag) through step {@code start + duration + 1}, then
         * {@code max(0, remaining(n, t − start − duration − 2))}, the recovery lagging by the
         * same step. Once every industry's remaining loss is 0 the engine drops the event, and the
         * loss stays 0: it matters only when the remaining loss is 0 at once (a concave curve with
         * τ < 2, or a fraction below 5e-7), as no curve rises again after reaching 0 otherwise.
         * Several capacity losses on one industry take the largest, not the sum.
         *
         * @return the share of capacity lost at step t, in [0, 1] for τ ≥ 1
         */
        public double lostAt(int n, int t) {
            if (t <= start) {
                return 0;
            }
            int elapsed = t - start - duration - 2;
            if (elapsed < 0) {
                return fractions[n];
            }
            for (int k = 0; k < fractions.length; k++) {
                if (remaining(k, 0) != 0) {
                    return Math.max(0, remaining(n, elapsed));
                }
            }
            return 0;
        }
    }

    /**
     * Productive capital destroyed, recovering along a curve (the reference's "recovery" event).
     *
     * @param damages capital destroyed per industry, in table units (yearly capital units)
     * @param curve   recovery curve of the damage
     * @param tau     recovery time in steps (≥ 1)
     */
    record CapitalRecovery(int[] industries, double[] damages, int start, int duration, RecoveryCurve curve, double tau)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.capitalRecovery(this);
        }

        public CapitalRecovery {
            window(industries, start, duration);
            capital(industries, damages);
            Objects.requireNonNull(curve, "curve");
            EventField.RECOVERY_TAU.check(tau);
        }
    }

    /**
     * Productive capital destroyed and rebuilt by demand addressed to rebuilding sectors (the
     * reference's "rebuild" event).
     *
     * @param damages        capital destroyed per industry, in table units
     * @param sectorShares   product index → share of the rebuilding demand, shares sum to 1
     * @param tau            rebuild time in steps (≥ 1): each step asks for 1/τ of what is missing
     * @param factor         rebuilding factor (1 = rebuild exactly what was destroyed)
     */
    record CapitalRebuild(
            int[] industries,
            double[] damages,
            int start,
            int duration,
            Map<Integer, Double> sectorShares,
            int tau,
            double factor)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.capitalRebuild(this);
        }

        public CapitalRebuild {
            window(industries, start, duration);
            capital(industries, damages);
            sectorShares = Map.copyOf(sectorShares);
            double total = sectorShares.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            if (sectorShares.isEmpty() || Math.abs(total - 1) > 1e-9) {
                throw new IllegalArgumentException("rebuilding sector shares must sum to 1, sum to " + total);
            }
            EventField.REBUILD_TAU.check(tau);
            EventField.REBUILD_FACTOR.check(factor);
        }
    }

    /**
     * An export control: the controlled industries block a share of their deliveries to target
     * buyers. A target buyer orders at most (1 − blocked share) of its usual order from a
     * controlled industry and the rest from suppliers of the same product that nothing restricts, in
     * proportion to their weights, so the control causes substitution where alternatives exist and a
     * shortage where none do.
     *
     * <p>The controlled industries are the imposer's producers of the controlled commodities
     * ({@code reach} 1) and, under content reach, producers elsewhere whose goods contain them
     * ({@code reach} = the imposer's content share of their output, in (0, 1], worked out by the
     * binding). Of the flow from the n-th controlled industry to a target buyer, the share
     * {@code share · reach[n]} is blocked; with licensing, from {@code start + delayDays} on,
     * {@code share · reach[n] · (1 − approval)}, where the approval rate is the buyer's own
     * ({@code buyerApproval}, {@code columnApproval}: by target region or end use) and
     * {@code approvalRate} where nothing more specific is given.
     *
     * @param industries     the controlled industries
     * @param targetBuyers   per industry: true if its purchases from the controlled industries are blocked
     * @param targetColumns  per final-demand column: true if its purchases are blocked
     * @param share          blocked share of the controlled flows, in [0, 1]
     * @param start          first step in force (≥ 1)
     * @param duration       steps in force (≥ 1)
     * @param approvalRate   share of blocked volume licensed after the delay, in [0, 1], where no
     *                       target or end use has its own rate
     * @param delayDays      licensing delay in steps (≥ 0)
     * @param reach          per controlled industry (aligned with {@code industries}): the share of
     *                       its deliveries to targets the control applies to, in (0, 1]
     * @param buyerApproval  per industry: the approval rate of its purchases, in [0, 1]
     * @param columnApproval per final-demand column: the approval rate of its purchases, in [0, 1]
     */
    record ExportControl(
            int[] industries,
            boolean[] targetBuyers,
            boolean[] targetColumns,
            double share,
            int start,
            int duration,
            double approvalRate,
            int delayDays,
            double[] reach,
            double[] buyerApproval,
            double[] columnApproval)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exportControl(this);
        }

        public ExportControl {
            window(industries, start, duration);
            EventField.SHARE_BLOCKED.check(share);
            EventField.APPROVAL_RATE.check(approvalRate);
            EventField.LICENSING_DELAY.check(delayDays);
            if (reach.length != industries.length
                    || buyerApproval.length != targetBuyers.length
                    || columnApproval.length != targetColumns.length) {
                throw new IllegalArgumentException(
                        "an export control needs one reach per controlled industry and one approval rate per buyer");
            }
            for (double r : reach) {
                if (!(r > 0 && r <= 1)) {
                    throw new IllegalArgumentException("reach must be in (0, 1], was " + r);
                }
            }
            for (double[] rates : List.of(buyerApproval, columnApproval)) {
                for (double a : rates) {
                    EventField.APPROVAL_RATE.check(a);
                }
            }
        }

        /** A control that reaches only the imposer's own producers, with one approval rate for every target. */
        public ExportControl(
                int[] industries,
                boolean[] targetBuyers,
                boolean[] targetColumns,
                double share,
                int start,
                int duration,
                double approvalRate,
                int delayDays) {
            this(
                    industries,
                    targetBuyers,
                    targetColumns,
                    share,
                    start,
                    duration,
                    approvalRate,
                    delayDays,
                    filled(industries.length, 1),
                    filled(targetBuyers.length, approvalRate),
                    filled(targetColumns.length, approvalRate));
        }

        /**
         * The blocked share in force at step t of a flow with reach 1 to a buyer at the default
         * approval rate (0 outside the event).
         */
        public double blockedAt(int t) {
            if (t < start || t >= start + duration) {
                return 0;
            }
            return t >= start + delayDays ? share * (1 - approvalRate) : share;
        }

        /**
         * The blocked share in force at step t of the flow from the n-th controlled industry to a
         * buyer whose approval rate is {@code approval}: {@code share · reach[n]}, times
         * {@code 1 − approval} once licences are granted; 0 outside the event.
         */
        public double blockedAt(int t, int n, double approval) {
            if (t < start || t >= start + duration) {
                return 0;
            }
            return share * reach[n] * (t >= start + delayDays ? 1 - approval : 1);
        }

        /** The share blocked at step t before licences are granted ({@code share} then, else 0). */
        public double blockedBeforeLicencesAt(int t) {
            return t >= start && t < start + duration && t < start + delayDays ? share : 0;
        }

        /** The share blocked at step t once licences are granted, before approval ({@code share} then, else 0). */
        public double blockedAfterLicencesAt(int t) {
            return t >= start + delayDays && t < start + duration ? share : 0;
        }

        /** True if some target buyer has an approval rate other than {@link #approvalRate()}. */
        public boolean approvalByBuyer() {
            for (int j = 0; j < targetBuyers.length; j++) {
                if (targetBuyers[j] && buyerApproval[j] != approvalRate) {
                    return true;
                }
            }
            for (int q = 0; q < targetColumns.length; q++) {
                if (targetColumns[q] && columnApproval[q] != approvalRate) {
                    return true;
                }
            }
            return false;
        }

        private static double[] filled(int n, double value) {
            double[] values = new double[n];
            Arrays.fill(values, value);
            return values;
        }
    }

    /**
     * A logistics chokepoint closed or slowed: of every flow from region a to region b, the share
     * {@code routeShare[a][b]} crosses it. Closing blocks {@code share} of the crossing volume for the
     * whole event; slowing by {@code delayDays} holds all crossing volume in transit during the first
     * {@code delayDays} steps (the pipeline refills on the longer route), after which it flows again.
     * Region indices are those of the table's sorted region list.
     *
     * @param industries industries that export across the chokepoint
     * @param routeShare [exporter region][importer region] → share of the flow crossing, in [0, 1]
     * @param share      blocked share of crossing volume, in [0, 1]
     * @param delayDays  extra transit days (≥ 0)
     */
    record LogisticsDisruption(
            int[] industries, double[][] routeShare, double share, int delayDays, int start, int duration)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.logisticsDisruption(this);
        }

        public LogisticsDisruption {
            window(industries, start, duration);
            EventField.SHARE_BLOCKED.check(share);
            EventField.DELAY_DAYS.check(delayDays);
        }

        /** The blocked share of crossing volume at step t. */
        public double blockedAt(int t) {
            if (t < start || t >= start + duration) {
                return 0;
            }
            return t < start + delayDays ? 1 : share;
        }
    }

    /**
     * Final demand scaled by a factor: the purchases of the given final-demand columns from the given
     * supplying industries (e.g. an AI build-out surge: ×1.3 on ai-compute in the USA).
     *
     * @param industries supplying industries whose final demand is scaled
     * @param columns    per final-demand column: true if scaled
     * @param factor     multiplier (≥ 0)
     */
    record DemandShock(int[] industries, boolean[] columns, double factor, int start, int duration) implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.demandShock(this);
        }

        public DemandShock {
            window(industries, start, duration);
            EventField.FACTOR.check(factor);
        }

        /** The factor in force at step t: {@code factor} from the start for {@code duration} steps, else 1. */
        public double factorAt(int t) {
            return t >= start && t < start + duration ? factor : 1;
        }
    }

    /**
     * A strategic stockpile drawn down: each step, {@code perStep} units of a product are added to
     * the inventories of the given buying industries, split in proportion to their use of it.
     *
     * @param industries the buyers that receive the released stock
     * @param product    index of the product released
     * @param perStep    units released per step (> 0)
     */
    record StockRelease(int[] industries, int product, double perStep, int start, int duration) implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stockRelease(this);
        }

        public StockRelease {
            window(industries, start, duration);
            EventField.RATE.check(perStep);
        }

        /** Units released at step t: {@code perStep} from the start for {@code duration} steps, else 0. */
        public double releasedAt(int t) {
            return t >= start && t < start + duration ? perStep : 0;
        }
    }

    private static void window(int[] industries, int start, int duration) {
        if (industries.length == 0) {
            throw new IllegalArgumentException("an event needs at least one industry");
        }
        EventField.START.check(start);
        EventField.DURATION.check(duration);
    }

    private static void amounts(int[] industries, double[] amounts) {
        if (industries.length != amounts.length) {
            throw new IllegalArgumentException("an event needs one amount per industry hit, and at least one industry");
        }
    }

    /** Capital destroyed per industry: finite and > 0 (in table units, so no range of its own). */
    private static void capital(int[] industries, double[] damages) {
        amounts(industries, damages);
        for (double a : damages) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("event impacts must be finite and > 0, was " + a);
            }
        }
    }
}
