package org.lodestone.app.sensitivity;

import java.nio.file.Path;
import java.util.Objects;
import org.lodestone.app.ensemble.MemberSetup;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.sensitivity.SensitivityDesign;
import org.lodestone.core.sensitivity.SobolIndices;

/**
 * A sensitivity analysis: the indices of each varied input on one metric of one unit, and the
 * one-at-a-time sweep behind the tornado chart.
 *
 * @param setup      scenario, dataset, coalition
 * @param design     the runs (inputs, seed, N)
 * @param metric     the metric analysed
 * @param unit       the unit's label
 * @param indices    first-order and total indices with their intervals
 * @param low        per input, the metric with that input at its 5th percentile and the others at their medians
 * @param high       the same at the 95th percentile
 * @param median     the metric with every input at its median
 * @param threads    runs at once: the local engine's threads, or the cores of the Spark cluster that ran them
 * @param ranOn      where the runs ran: {@code 2 threads}, or {@code 2 cores of 1 Spark executor at local[2]}
 * @param runSeconds wall-clock seconds of the runs
 * @param version    Lodestone's version
 * @param out        the report folder
 */
public record SensitivityResult(
        MemberSetup setup,
        SensitivityDesign design,
        Metric metric,
        String unit,
        SobolIndices indices,
        double[] low,
        double[] high,
        double median,
        int threads,
        String ranOn,
        double runSeconds,
        String version,
        Path out) {

    public SensitivityResult {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(ranOn, "ranOn");
        low = low.clone();
        high = high.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    /** Input indices ranked by first-order index, largest first (inputs without an index last), ties by total index. */
    public int[] ranking() {
        double[] s = indices.first();
        double[] st = indices.total();
        return java.util.stream.IntStream.range(0, s.length)
                .boxed()
                .sorted((a, b) -> {
                    int c = Double.compare(
                            Double.isNaN(s[b]) ? Double.NEGATIVE_INFINITY : s[b],
                            Double.isNaN(s[a]) ? Double.NEGATIVE_INFINITY : s[a]);
                    return c != 0 ? c : Double.compare(st[b], st[a]);
                })
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
