package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lodestone.app.report.InputNames;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.ensemble.MetricValues;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.uncertainty.Variation;

/**
 * The sentences that open the ensemble's page: the spread of what the coalition gets, its value at
 * risk (value added lost, median and P5–P95 in US dollars of the price year, and the member and
 * sector that lose most), and its biggest uncertainty, the varied input whose draws move the coalition's delivered final
 * commodity most, ranked by |Spearman's ρ| between the input's draws and the members' delivered
 * share (ranks with ties averaged; O(n log n) per input for n members). A rank correlation says
 * how monotone the link is, not how much of the variance an input explains: {@code lodestone
 * sensitivity} (Sobol indices) answers that.
 */
final class EnsembleBrief {

    /** The coalition is the first reporting unit. */
    static final int COALITION = 0;

    private EnsembleBrief() {}

    static List<String> sentences(EnsembleResult r) {
        List<String> sentences = new ArrayList<>();
        EnsembleSummary s = r.summary();
        MetricSummary d = s.summary(COALITION, Metric.COMPUTE_DELIVERED);
        String commodity = r.setup().scope().finalCommodity().id().value();
        if (d.count() == 0) {
            valueAtRisk(r).ifPresent(sentences::add);
            return sentences;
        }
        sentences.add(String.format(
                Locale.ROOT,
                "Over %d runs of %s, the coalition gets a median %.2f%% of its baseline %s over the run "
                        + "(P5 %.2f%%, P95 %.2f%%).",
                d.count(),
                r.setup().scenario().name(),
                100 * d.p50(),
                commodity,
                100 * d.p5(),
                100 * d.p95()));
        valueAtRisk(r).ifPresent(sentences::add);
        biggest(r).ifPresent(sentences::add);
        return sentences;
    }

    /** The coalition's value added lost and the (member, sector) with the largest median loss. */
    static Optional<String> valueAtRisk(EnsembleResult r) {
        EnsembleSummary s = r.summary();
        MetricSummary lost = s.summary(COALITION, Metric.VALUE_ADDED_LOST);
        if (lost.count() == 0) {
            return Optional.empty();
        }
        int year = s.layout().priceYear();
        String most = SectorRows.of(s).stream()
                .filter(row -> row.role() == Role.MEMBER && row.summary().p50() > 0)
                .max(Comparator.comparingDouble(row -> row.summary().p50()))
                .map(row -> String.format(
                        Locale.ROOT,
                        "; the most is lost in %s by %s (median %s)",
                        row.sector(),
                        row.label(),
                        usd(row.summary().p50(), year)))
                .orElse("");
        return Optional.of(String.format(
                Locale.ROOT,
                "Value at risk: the coalition members together lose a median %s of value added over the %d days "
                        + "(P5 %s, P95 %s)%s.",
                usd(lost.p50(), year),
                s.layout().horizon(),
                usd(lost.p5(), year),
                usd(lost.p95(), year),
                most));
    }

    /** {@code USD 1.23 bn (2024)} or {@code USD 4.56 m (2024)}. */
    static String usd(double usd, int year) {
        String amount = Math.abs(usd) >= 1e9
                ? String.format(Locale.ROOT, "%.2f bn", usd / 1e9)
                : String.format(Locale.ROOT, "%.2f m", usd / 1e6);
        return "USD " + amount + " (" + year + ")";
    }

    private static Optional<String> biggest(EnsembleResult r) {
        List<Variation> vary = r.uncertainty().vary();
        MetricValues delivered = r.summary().values(COALITION, Metric.COMPUTE_DELIVERED);
        double[] rho = new double[vary.size()];
        for (int k = 0; k < vary.size(); k++) {
            rho[k] = correlation(r.summary().input(k), delivered);
        }
        List<Integer> ranked = IntStream.range(0, rho.length)
                .filter(k -> !Double.isNaN(rho[k]))
                .boxed()
                .sorted(Comparator.comparingDouble(k -> -Math.abs(rho[k])))
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int top = ranked.get(0);
        String next = ranked.size() > 1
                ? String.format(
                        Locale.ROOT,
                        "; next is the %s (ρ = %.2f)",
                        InputNames.of(
                                r.setup().scenario(), vary.get(ranked.get(1)).path()),
                        rho[ranked.get(1)])
                : "";
        return Optional.of(String.format(
                Locale.ROOT,
                "The biggest uncertainty is the %s (%s): the rank correlation of its draws with what the coalition "
                        + "gets is ρ = %.2f, %s%s (lodestone sensitivity apportions the variance).",
                InputNames.of(r.setup().scenario(), vary.get(top).path()),
                vary.get(top).path(),
                rho[top],
                rho[top] < 0 ? "more of it means less delivered" : "more of it means more delivered",
                next));
    }

    /** Spearman's ρ between an input's draws and a metric, over the members that have both; NaN when either is constant. */
    static double correlation(MetricValues input, MetricValues metric) {
        long[] members = input.members();
        double[] x = new double[members.length];
        double[] y = new double[members.length];
        int n = 0;
        for (long m : members) {
            double v = metric.valueOf(m);
            if (!Double.isNaN(v)) {
                x[n] = input.valueOf(m);
                y[n++] = v;
            }
        }
        return spearman(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /** Spearman's ρ: Pearson's correlation of the ranks, ties given their mean rank. */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] rank = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                rank[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return rank;
    }

    private static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 3) {
            return Double.NaN;
        }
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }
}
