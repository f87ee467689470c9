package org.lodestone.core.ensemble;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.lodestone.core.shortfall.UnitOutcome;

/**
 * The mergeable summary of an ensemble: per reporting unit and metric the members' values (exact,
 * by member index), per unit and commodity (sector) the value added and gross output lost, per unit how often each commodity was the most hit, the AI-compute bands of
 * the banded units, and the varied inputs' values. {@link #add} records one member;
 * {@link #combine} merges two summaries of disjoint members. Combining is associative and
 * commutative and every statistic is computed in member order, so a summary does not depend on
 * how its members were split among threads, tasks or machines.
 */
public final class EnsembleSummary implements Serializable {

    /** 4: gross output lost per sector too; summaries of versions 1 to 3 are not read. */
    private static final long serialVersionUID = 4L;

    private final EnsembleLayout layout;
    private long members;
    private long crashed;
    private final MetricValues[] inputs;
    private final MetricValues[][] metrics;
    private final MetricValues[][] sectors;
    private final MetricValues[][] grossSectors;
    private final long[][] mostHit;
    private final TrajectoryBands[] bands;

    /** An empty summary. */
    public EnsembleSummary(EnsembleLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        int units = layout.units().size();
        this.inputs = new MetricValues[layout.inputs().size()];
        Arrays.setAll(inputs, k -> new MetricValues());
        this.metrics = new MetricValues[units][Metric.values().length];
        for (MetricValues[] row : metrics) {
            Arrays.setAll(row, k -> new MetricValues());
        }
        this.sectors = sectorTable(units, layout.commodities().size());
        this.grossSectors = sectorTable(units, layout.commodities().size());
        this.mostHit = new long[units][layout.commodities().size() + 1];
        this.bands = new TrajectoryBands[units];
        for (int u = 0; u < units; u++) {
            bands[u] = layout.banded().get(u) ? new TrajectoryBands(layout.horizon()) : null;
        }
    }

    public EnsembleLayout layout() {
        return layout;
    }

    /** Records one member. */
    public void add(MemberOutcome member) {
        if (member.units().size() != metrics.length || member.inputs().length != inputs.length) {
            throw new IllegalArgumentException("member " + member.member() + " does not match the summary's layout");
        }
        members++;
        crashed += member.crashed() ? 1 : 0;
        double[] values = member.inputs();
        for (int k = 0; k < inputs.length; k++) {
            inputs[k].add(member.member(), values[k]);
        }
        for (int u = 0; u < metrics.length; u++) {
            UnitOutcome outcome = member.units().get(u);
            for (Metric m : Metric.values()) {
                metrics[u][m.ordinal()].add(member.member(), m.of(outcome));
            }
            for (int c = 0; c < sectors[u].length; c++) {
                sectors[u][c].add(member.member(), outcome.valueAddedLostUsd(c));
                grossSectors[u][c].add(member.member(), outcome.grossOutputLostUsd(c));
            }
            mostHit[u][
                    outcome.mostHit()
                            .map(l -> layout.commodities().indexOf(l.commodity()))
                            .orElse(mostHit[u].length - 1)]++;
            if (bands[u] != null) {
                bands[u].add(outcome.series());
            }
        }
    }

    /**
     * The summary of both ensembles' members (neither is changed).
     *
     * @throws IllegalArgumentException if the layouts differ or a member is in both
     */
    public EnsembleSummary combine(EnsembleSummary other) {
        if (!layout.equals(other.layout)) {
            throw new IllegalArgumentException("summaries of different ensembles cannot be combined");
        }
        EnsembleSummary sum = new EnsembleSummary(layout);
        sum.members = members + other.members;
        sum.crashed = crashed + other.crashed;
        for (int k = 0; k < inputs.length; k++) {
            sum.inputs[k] = inputs[k].combine(other.inputs[k]);
        }
        for (int u = 0; u < metrics.length; u++) {
            for (int m = 0; m < metrics[u].length; m++) {
                sum.metrics[u][m] = metrics[u][m].combine(other.metrics[u][m]);
            }
            for (int c = 0; c < sectors[u].length; c++) {
                sum.sectors[u][c] = sectors[u][c].combine(other.sectors[u][c]);
                sum.grossSectors[u][c] = grossSectors[u][c].combine(other.grossSectors[u][c]);
            }
            for (int c = 0; c < mostHit[u].length; c++) {
                sum.mostHit[u][c] = mostHit[u][c] + other.mostHit[u][c];
            }
            sum.bands[u] = bands[u] == null ? null : bands[u].combine(other.bands[u]);
        }
        return sum;
    }

    /** Members recorded. */
    public long members() {
        return members;
    }

    /** Members whose run stopped early. */
    public long crashed() {
        return crashed;
    }

    /** The values of varied input k (layout order), by member. */
    public MetricValues input(int k) {
        return inputs[k];
    }

    /** The values of metric {@code m} for unit {@code u}, by member. */
    public MetricValues values(int u, Metric m) {
        return metrics[u][m.ordinal()];
    }

    /** The distribution of metric {@code m} for unit {@code u}. */
    public MetricSummary summary(int u, Metric m) {
        return metrics[u][m.ordinal()].summary();
    }

    /**
     * The value added lost by unit u in commodity c (layout's commodity order), US dollars of the
     * layout's price year, by member; empty when the unit does not make or value the commodity.
     * Per member, the sectors' values sum to the unit's {@link Metric#VALUE_ADDED_LOST}.
     */
    public MetricValues sectorValues(int u, int c) {
        return sectors[u][c];
    }

    /**
     * The gross output lost by unit u in commodity c, like {@link #sectorValues}: the same units not
     * delivered at the value per unit without the value-added share. Per member, the sectors' values
     * sum to the unit's {@link Metric#GROSS_OUTPUT_LOST}.
     */
    public MetricValues sectorGrossValues(int u, int c) {
        return grossSectors[u][c];
    }

    /**
     * How many members had each commodity as unit u's most-hit commodity (layout's commodity
     * order), the last entry counting members where nothing fell short.
     */
    public long[] mostHitCounts(int u) {
        return mostHit[u].clone();
    }

    /** The AI-compute bands of unit u, or null when the unit is not banded. */
    public TrajectoryBands bands(int u) {
        return bands[u];
    }

    private static MetricValues[][] sectorTable(int units, int commodities) {
        MetricValues[][] table = new MetricValues[units][commodities];
        for (MetricValues[] row : table) {
            Arrays.setAll(row, k -> new MetricValues());
        }
        return table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnsembleSummary s
                && layout.equals(s.layout)
                && members == s.members
                && crashed == s.crashed
                && Arrays.equals(inputs, s.inputs)
                && Arrays.deepEquals(metrics, s.metrics)
                && Arrays.deepEquals(sectors, s.sectors)
                && Arrays.deepEquals(grossSectors, s.grossSectors)
                && Arrays.deepEquals(mostHit, s.mostHit)
                && Arrays.equals(bands, s.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layout, members, Arrays.deepHashCode(metrics));
    }
}
