package org.lodestone.core.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an observed outcome of a historical episode measures, each in one unit: output and flows
 * as a percentage of their level before the episode, stock-outs and recoveries in days.
 */
public enum MetricKind {
    /** Mean output of some nodes of one commodity over the period, % of their baseline. */
    NODE_OUTPUT("node-output", "% of baseline", false),
    /** Mean flow of a commodity from some regions to others over the period, % of its baseline. */
    FLOW("flow", "% of baseline", true),
    /** The first day (from the scenario's start) in the period on which the nodes' output falls short. */
    FIRST_STOCKOUT_DAY("first-stockout-day", "day", false),
    /** Days from the nodes' first shortfall in the period to their lasting recovery. */
    DAYS_TO_RECOVER("days-to-recover", "days", false),
    /** Share of a flow's baseline that did not move over the period, %. */
    SHARE_BLOCKED("share-blocked", "% of baseline", true);

    private final String key;
    private final String unit;
    private final boolean flow;

    MetricKind(String key, String unit, boolean flow) {
        this.key = key;
        this.unit = unit;
        this.flow = flow;
    }

    /** The {@code kind} as written in episode files. */
    public String key() {
        return key;
    }

    /** The unit of the observed and simulated values. */
    public String unit() {
        return unit;
    }

    /** True when the metric is about a flow between regions (it names exporters and importers). */
    public boolean isFlow() {
        return flow;
    }

    /** The kind written {@code key}, if any. */
    public static Optional<MetricKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Every key, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(MetricKind::key).toList();
    }
}
