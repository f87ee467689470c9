package org.lodestone.app.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lodestone.core.ensemble.TrajectoryBands;

/**
 * Which bands the ensemble chart draws: members whose P5, median and P95 agree with an earlier
 * member's on every day are drawn once, named together (proportional rationing often gives every
 * member the same band, and sixteen identical areas hide each other); when more remain than the
 * chart has distinct colours, the first unit (the coalition) and the members whose median falls
 * lowest are drawn and the note names the rest, whose bands stay in {@code bands.csv}.
 *
 * @param drawn  the bands drawn, each with the labels it stands for
 * @param hidden the labels of the bands not drawn
 */
record BandSeries(List<Drawn> drawn, List<String> hidden) {

    /** Bands closer than this on every day (a fraction of baseline: 0.0001%) are drawn once. */
    static final double SAME = 1e-6;

    /** One band drawn, standing for one or more units. */
    record Drawn(List<String> labels, TrajectoryBands bands) {
        Drawn {
            labels = List.copyOf(labels);
        }

        /** The legend's label: the first unit, and how many more the band stands for. */
        String legend() {
            return labels.size() == 1 ? labels.get(0) : labels.get(0) + " and " + (labels.size() - 1) + " more";
        }
    }

    BandSeries {
        drawn = List.copyOf(drawn);
        hidden = List.copyOf(hidden);
    }

    /** The bands of {@code series} to draw with at most {@code colours} distinct colours. */
    static BandSeries of(List<BandChart.Series> series, int colours) {
        List<List<String>> labels = new ArrayList<>();
        List<TrajectoryBands> bands = new ArrayList<>();
        for (int n = 0; n < series.size(); n++) {
            BandChart.Series s = series.get(n);
            int same = -1;
            for (int k = 1; k < bands.size() && n > 0 && same < 0; k++) {
                if (agree(bands.get(k), s.bands())) {
                    same = k;
                }
            }
            if (same < 0) {
                labels.add(new ArrayList<>(List.of(s.label())));
                bands.add(s.bands());
            } else {
                labels.get(same).add(s.label());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 1; k < bands.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> lowestMedian(bands.get(k))));
        List<Integer> kept = new ArrayList<>(List.of(0));
        List<String> hidden = new ArrayList<>();
        for (int k : order) {
            if (kept.size() < colours) {
                kept.add(k);
            } else {
                hidden.addAll(labels.get(k));
            }
        }
        kept.sort(Comparator.naturalOrder());
        List<Drawn> drawn = new ArrayList<>();
        for (int k : kept) {
            drawn.add(new Drawn(labels.get(k), bands.get(k)));
        }
        return new BandSeries(drawn, hidden);
    }

    /** The note under the chart, empty when every band is drawn alone. */
    String note() {
        List<String> parts = new ArrayList<>();
        for (Drawn d : drawn) {
            if (d.labels().size() > 1) {
                parts.add(String.join(" = ", d.labels()));
            }
        }
        String same = parts.isEmpty() ? "" : "Bands that coincide are drawn once: " + String.join("; ", parts) + ".";
        String rest = hidden.isEmpty()
                ? ""
                : "Not drawn (their median falls least; bands.csv has them): " + String.join(", ", hidden) + ".";
        return (same + " " + rest).trim();
    }

    private static boolean agree(TrajectoryBands a, TrajectoryBands b) {
        if (a.days() != b.days()) {
            return false;
        }
        for (int t = 0; t < a.days(); t++) {
            if (a.members(t) != b.members(t)) {
                return false;
            }
            if (a.members(t) > 0) {
                for (double q : new double[] {0.05, 0.5, 0.95}) {
                    if (Math.abs(a.quantile(t, q) - b.quantile(t, q)) > SAME) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static double lowestMedian(TrajectoryBands b) {
        double low = Double.POSITIVE_INFINITY;
        for (int t = 0; t < b.days(); t++) {
            if (b.members(t) > 0) {
                low = Math.min(low, b.quantile(t, 0.5));
            }
        }
        return low;
    }
}
