package org.lodestone.core.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * First-order and total Sobol indices of each input, estimated from the runs of a
 * {@link SensitivityDesign}: with f_A, f_B and f_ABi the metric on matrices A, B and A_B^(i),
 * and V the variance of the 2N values of f_A and f_B,
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Comput. Phys. Commun. 181, 259–270, table 2 (b)):
 *       S_i = (1/N) Σ_j f_B(j) (f_ABi(j) − f_A(j)) / V;</li>
 *   <li>total effect (Jansen 1999, Comput. Phys. Commun. 117, 35–43):
 *       ST_i = (1/2N) Σ_j (f_A(j) − f_ABi(j))² / V.</li>
 * </ul>
 * The values are centred on the mean of f_A and f_B in the first-order sum, which leaves its
 * expectation unchanged (E[f_ABi − f_A] = 0) and removes the noise a large mean adds.
 * S_i is the share of the metric's variance that input i explains alone, ST_i the share it takes
 * part in (alone or with others). Confidence intervals are 95% percentile bootstrap intervals
 * over the N rows ({@value #BOOTSTRAP} resamples, seeded, so reproducible). Cost O(d N) per
 * estimate, O(d N · {@value #BOOTSTRAP}) with the intervals.
 *
 * @param first      S_i per input
 * @param firstLow   lower end of S_i's 95% interval
 * @param firstHigh  upper end
 * @param total      ST_i per input
 * @param totalLow   lower end of ST_i's 95% interval
 * @param totalHigh  upper end
 * @param variance   V; 0 when the metric does not vary (the indices are then NaN)
 * @param samples    N
 */
public record SobolIndices(
        double[] first,
        double[] firstLow,
        double[] firstHigh,
        double[] total,
        double[] totalLow,
        double[] totalHigh,
        double variance,
        int samples) {

    /** Bootstrap resamples for the intervals. */
    public static final int BOOTSTRAP = 200;

    public SobolIndices {
        first = first.clone();
        firstLow = firstLow.clone();
        firstHigh = firstHigh.clone();
        total = total.clone();
        totalLow = totalLow.clone();
        totalHigh = totalHigh.clone();
    }

    /**
     * Estimates the indices.
     *
     * @param d       number of inputs
     * @param samples N
     * @param f       the metric for runs 0 … N (d + 2) − 1 of the design, in design order
     * @throws IllegalArgumentException if f is too short or holds NaN
     */
    public static SobolIndices estimate(int d, int samples, double[] f) {
        if (f.length < samples * (d + 2)) {
            throw new IllegalArgumentException("need " + samples * (d + 2) + " runs, got " + f.length);
        }
        for (int k = 0; k < samples * (d + 2); k++) {
            if (Double.isNaN(f[k])) {
                throw new IllegalArgumentException("run " + k + " has no value of the metric");
            }
        }
        int[] all = new int[samples];
        Arrays.setAll(all, j -> j);
        double[][] point = indices(d, samples, f, all);
        double[][] first = new double[d][BOOTSTRAP];
        double[][] total = new double[d][BOOTSTRAP];
        SplittableRandom random = new SplittableRandom(0x5eed);
        int[] rows = new int[samples];
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int j = 0; j < samples; j++) {
                rows[j] = random.nextInt(samples);
            }
            double[][] resampled = indices(d, samples, f, rows);
            for (int i = 0; i < d; i++) {
                first[i][b] = resampled[0][i];
                total[i][b] = resampled[1][i];
            }
        }
        return new SobolIndices(
                point[0],
                percentile(first, 0.025),
                percentile(first, 0.975),
                point[1],
                percentile(total, 0.025),
                percentile(total, 0.975),
                point[2][0],
                samples);
    }

    /** {S, ST, {V}} over the given rows. */
    private static double[][] indices(int d, int n, double[] f, int[] rows) {
        double mean = 0;
        for (int j : rows) {
            mean += f[j] + f[n + j];
        }
        mean /= 2.0 * rows.length;
        double variance = 0;
        for (int j : rows) {
            variance += (f[j] - mean) * (f[j] - mean) + (f[n + j] - mean) * (f[n + j] - mean);
        }
        variance /= 2.0 * rows.length - 1;
        double[] s = new double[d];
        double[] st = new double[d];
        for (int i = 0; i < d; i++) {
            double a = 0;
            double b = 0;
            for (int j : rows) {
                double fa = f[j];
                double fb = f[n + j];
                double fab = f[(2 + i) * n + j];
                a += (fb - mean) * (fab - fa);
                b += (fa - fab) * (fa - fab);
            }
            s[i] = variance > 0 ? a / rows.length / variance : Double.NaN;
            st[i] = variance > 0 ? b / (2.0 * rows.length) / variance : Double.NaN;
        }
        return new double[][] {s, st, {variance}};
    }

    private static double[] percentile(double[][] draws, double q) {
        double[] out = new double[draws.length];
        for (int i = 0; i < draws.length; i++) {
            double[] sorted = draws[i].clone();
            Arrays.sort(sorted);
            double h = q * (sorted.length - 1);
            int low = (int) Math.floor(h);
            out[i] = Double.isNaN(sorted[0])
                    ? Double.NaN
                    : sorted[low] + (h - low) * (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]);
        }
        return out;
    }

    @Override
    public double[] first() {
        return first.clone();
    }

    @Override
    public double[] firstLow() {
        return firstLow.clone();
    }

    @Override
    public double[] firstHigh() {
        return firstHigh.clone();
    }

    @Override
    public double[] total() {
        return total.clone();
    }

    @Override
    public double[] totalLow() {
        return totalLow.clone();
    }

    @Override
    public double[] totalHigh() {
        return totalHigh.clone();
    }
}
