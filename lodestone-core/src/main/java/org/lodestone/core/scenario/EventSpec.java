package org.lodestone.core.scenario;

import static org.lodestone.core.shock.EventField.APPROVAL_RATE;
import static org.lodestone.core.shock.EventField.DELAY_DAYS;
import static org.lodestone.core.shock.EventField.DEPTH;
import static org.lodestone.core.shock.EventField.DURATION;
import static org.lodestone.core.shock.EventField.FACTOR;
import static org.lodestone.core.shock.EventField.FRACTION;
import static org.lodestone.core.shock.EventField.LICENSING_DELAY;
import static org.lodestone.core.shock.EventField.RATE;
import static org.lodestone.core.shock.EventField.REBUILD_FACTOR;
import static org.lodestone.core.shock.EventField.REBUILD_TAU;
import static org.lodestone.core.shock.EventField.RECOVERY_TAU;
import static org.lodestone.core.shock.EventField.SHARE_BLOCKED;
import static org.lodestone.core.shock.EventField.START;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.lodestone.core.shock.RecoveryCurve;

/** An event as a scenario states it, naming nodes; bound to table indices before a run. */
public sealed interface EventSpec
        permits EventSpec.CapacityLoss,
                EventSpec.CapitalDestroyed,
                EventSpec.ExportControl,
                EventSpec.LogisticsDisruption,
                EventSpec.DemandShock,
                EventSpec.StockRelease {

    /**
     * One handler per event kind as a scenario states it. Every place that treats events differently by kind
     * implements this, so a new kind does not compile until each of them handles it.
     *
     * @param <R> what the handler returns
     */
    interface Visitor<R> {
        R capacityLoss(CapacityLoss event);

        R capitalDestroyed(CapitalDestroyed event);

        R exportControl(ExportControl event);

        R logisticsDisruption(LogisticsDisruption event);

        R demandShock(DemandShock event);

        R stockRelease(StockRelease event);
    }

    /** Calls the visitor's method for this kind. */
    <R> R accept(Visitor<R> visitor);

    /** The nodes hit (empty for events that name regions and commodities instead). */
    default List<NodeRef> at() {
        return List.of();
    }

    /** The kind: its type in files, its keys and its field table. */
    EventKind kind();

    /** The event type as written in scenario files. */
    default String type() {
        return kind().type();
    }

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
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.capacityLoss(this);
        }

        public CapacityLoss {
            at = nodes(at);
            FRACTION.check(fraction);
            window(start, duration);
            Objects.requireNonNull(curve, "curve");
            RECOVERY_TAU.check(tau);
        }

        @Override
        public EventKind kind() {
            return EventKind.CAPACITY_LOSS;
        }
    }

    /**
     * A fraction of productive capital destroyed, then either recovering along a curve or rebuilt.
     *
     * @param fraction share of each node's capital destroyed, in (0, 1]
     * @param recovery recovery along a curve, or empty when rebuilt
     * @param rebuild  rebuilding demand, or empty when recovering along a curve
     */
    record CapitalDestroyed(
            List<NodeRef> at,
            double fraction,
            int start,
            int duration,
            Optional<Recovery> recovery,
            Optional<Rebuild> rebuild)
            implements EventSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.capitalDestroyed(this);
        }

        public CapitalDestroyed {
            at = nodes(at);
            FRACTION.check(fraction);
            window(start, duration);
            if (recovery.isPresent() == rebuild.isPresent()) {
                throw new IllegalArgumentException("capital-destroyed needs exactly one of recovery and rebuild");
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.CAPITAL_DESTROYED;
        }
    }

    /**
     * Which regions an event targets: every region ({@code all}), a list, or a group's members on
     * the event's start date ({@code group:NAME}).
     *
     * @param all     true for every region (other than an export control's imposer)
     * @param regions explicit region codes
     * @param group   a group id, resolved at the event's date
     */
    record Targets(boolean all, List<String> regions, Optional<String> group) {
        public Targets {
            regions = List.copyOf(regions);
        }

        public static Targets everyone() {
            return new Targets(true, List.of(), Optional.empty());
        }

        @Override
        public String toString() {
            return all ? "all" : group.map(g -> "group:" + g).orElse(String.join(",", regions));
        }
    }

    /**
     * An export control: {@code imposer} blocks {@code share} of its exports of {@code commodities}
     * to {@code targets}; with licensing, {@code approvalRate} of the blocked volume is approved
     * after {@code delayDays}, or the rate of the buyer's end use or region where
     * {@code approvalByEndUse} or {@code approvalByTarget} gives one (in that order). Under
     * content reach the control also blocks shipments to the targets of goods made in other
     * regions that contain the commodities, down to {@code reach.depth()} recipe tiers; with
     * {@code endUses}, it applies only to target buyers that make one of those end uses.
     */
    record ExportControl(
            String imposer,
            List<String> commodities,
            Targets targets,
            double share,
            int start,
            int duration,
            double approvalRate,
            int delayDays,
            Reach reach,
            List<String> endUses,
            Map<String, Double> approvalByTarget,
            Map<String, Double> approvalByEndUse)
            implements EventSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exportControl(this);
        }

        public ExportControl {
            Objects.requireNonNull(imposer, "imposer");
            commodities = List.copyOf(commodities);
            Objects.requireNonNull(targets, "targets");
            SHARE_BLOCKED.check(share);
            window(start, duration);
            APPROVAL_RATE.check(approvalRate);
            LICENSING_DELAY.check(delayDays);
            Objects.requireNonNull(reach, "reach");
            endUses = List.copyOf(endUses);
            approvalByTarget = rates(approvalByTarget);
            approvalByEndUse = rates(approvalByEndUse);
        }

        /** A control of the imposer's own exports (direct reach), with one approval rate for every buyer. */
        public ExportControl(
                String imposer,
                List<String> commodities,
                Targets targets,
                double share,
                int start,
                int duration,
                double approvalRate,
                int delayDays) {
            this(
                    imposer,
                    commodities,
                    targets,
                    share,
                    start,
                    duration,
                    approvalRate,
                    delayDays,
                    Reach.DIRECT,
                    List.of(),
                    Map.of(),
                    Map.of());
        }

        @Override
        public EventKind kind() {
            return EventKind.EXPORT_CONTROL;
        }

        private static Map<String, Double> rates(Map<String, Double> rates) {
            rates.values().forEach(APPROVAL_RATE::check);
            return Collections.unmodifiableMap(new TreeMap<>(rates));
        }
    }

    /**
     * How far an export control reaches: the imposer's own exports ({@code direct}), or also goods
     * made elsewhere that contain the controlled commodities ({@code content}), down to
     * {@code depth} recipe tiers below them, limited to {@code goods} when it names any (the
     * foreign-made goods a rule lists, as Part 2 of Annex 1 of MOFCOM Announcement No. 61 of 2025).
     *
     * @param content true for content reach
     * @param depth   recipe tiers covered (1: goods made directly from a controlled commodity);
     *                1 for direct reach
     * @param goods   the commodities content reach covers; empty for every good
     */
    record Reach(boolean content, int depth, List<String> goods) {
        /** The imposer's own exports only. */
        public static final Reach DIRECT = new Reach(false, 1, List.of());

        public Reach {
            DEPTH.check(depth);
            goods = List.copyOf(goods);
            if (!content && (depth != 1 || !goods.isEmpty())) {
                throw new IllegalArgumentException("depth and goods apply to content reach only");
            }
        }

        /** Content reach down to {@code depth} tiers, covering every good. */
        public static Reach content(int depth) {
            return new Reach(true, depth, List.of());
        }

        /** The same reach at another depth. */
        public Reach withDepth(int depth) {
            return new Reach(content, depth, goods);
        }

        @Override
        public String toString() {
            return content
                    ? "content (depth " + depth + (goods.isEmpty() ? "" : ", " + String.join(", ", goods)) + ")"
                    : "direct";
        }
    }

    /** A chokepoint closed ({@code share} of crossing flows blocked) or slowed ({@code delayDays} extra). */
    record LogisticsDisruption(String chokepoint, double share, int delayDays, int start, int duration)
            implements EventSpec {
        public LogisticsDisruption {
            Objects.requireNonNull(chokepoint, "chokepoint");
            SHARE_BLOCKED.check(share);
            DELAY_DAYS.check(delayDays);
            window(start, duration);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.logisticsDisruption(this);
        }

        @Override
        public EventKind kind() {
            return EventKind.LOGISTICS_DISRUPTION;
        }
    }

    /** Final demand for {@code commodities} in {@code regions} multiplied by {@code factor}. */
    record DemandShock(List<String> commodities, Targets regions, double factor, int start, int duration)
            implements EventSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.demandShock(this);
        }

        public DemandShock {
            commodities = List.copyOf(commodities);
            Objects.requireNonNull(regions, "regions");
            FACTOR.check(factor);
            window(start, duration);
        }

        @Override
        public EventKind kind() {
            return EventKind.DEMAND_SHOCK;
        }
    }

    /** {@code region} releases {@code ratePerDay} units of {@code commodity} from a strategic stockpile each day. */
    record StockRelease(String region, String commodity, double ratePerDay, int start, int duration)
            implements EventSpec {
        public StockRelease {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(commodity, "commodity");
            RATE.check(ratePerDay);
            window(start, duration);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stockRelease(this);
        }

        @Override
        public EventKind kind() {
            return EventKind.STOCK_RELEASE;
        }
    }

    /**
     * @param curve recovery curve
     * @param tau   recovery time in steps
     */
    record Recovery(RecoveryCurve curve, double tau) {
        public Recovery {
            Objects.requireNonNull(curve, "curve");
            RECOVERY_TAU.check(tau);
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
            REBUILD_TAU.check(tau);
            REBUILD_FACTOR.check(factor);
        }
    }

    private static List<NodeRef> nodes(List<NodeRef> at) {
        if (at.isEmpty()) {
            throw new IllegalArgumentException("the event needs at least one node");
        }
        return List.copyOf(at);
    }

    private static void window(int start, int duration) {
        START.check(start);
        DURATION.check(duration);
    }
}
