package org.lodestone.core.sensitivity;

import org.lodestone.core.ensemble.MemberDesign;
import org.lodestone.core.uncertainty.MemberDraws;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * The runs of a variance-based sensitivity analysis (Saltelli et al. 2010) plus a one-at-a-time
 * sweep for the tornado chart. With d varied inputs and N base samples, members are laid out in
 * blocks of N: block 0 is matrix A, block 1 matrix B, block 2 + i the matrix A_B^(i) (A with
 * column i taken from B); then, for each input i, two runs with input i at its 5th and 95th
 * percentile and every other input at its median; and last one run with every input at its
 * median. Row j of A and B uses the 2d uniforms of (seed, j): the first d for A, the next d for
 * B, each mapped through its input's distribution. Size: N (d + 2) + 2d + 1 runs.
 *
 * @param uncertainty the inputs and the seed
 * @param samples     N, the base samples (≥ 2)
 */
public record SensitivityDesign(Uncertainty uncertainty, int samples) implements MemberDesign {

    private static final long serialVersionUID = 1L;
    /** The percentiles of the one-at-a-time sweep. */
    public static final double LOW = 0.05;

    public static final double HIGH = 0.95;

    public SensitivityDesign {
        if (samples < 2) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least 2 samples, got " + samples);
        }
        if (uncertainty.vary().isEmpty()) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least one varied input");
        }
    }

    /** Number of varied inputs d. */
    public int inputs() {
        return uncertainty.vary().size();
    }

    @Override
    public long size() {
        return (long) samples * (inputs() + 2) + 2L * inputs() + 1;
    }

    /** Index of the first one-at-a-time run. */
    public long sweepStart() {
        return (long) samples * (inputs() + 2);
    }

    @Override
    public double[] values(long index) {
        int d = inputs();
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("run " + index + " is outside the design's " + size());
        }
        if (index >= sweepStart()) {
            return sweep((int) (index - sweepStart()));
        }
        int block = (int) (index / samples);
        long row = index % samples;
        double[] u = MemberDraws.uniforms(uncertainty.seed(), row, 2 * d);
        double[] x = new double[d];
        for (int k = 0; k < d; k++) {
            boolean fromB = block == 1 || block == 2 + k;
            x[k] = quantile(k, u[fromB ? d + k : k]);
        }
        return x;
    }

    /** Run s of the sweep: 2i → input i low, 2i + 1 → input i high, 2d → all at the median. */
    private double[] sweep(int s) {
        double[] x = new double[inputs()];
        for (int k = 0; k < x.length; k++) {
            x[k] = quantile(k, s / 2 == k && s < 2 * x.length ? (s % 2 == 0 ? LOW : HIGH) : 0.5);
        }
        return x;
    }

    private double quantile(int k, double u) {
        return uncertainty.vary().get(k).distribution().quantile(u);
    }
}
