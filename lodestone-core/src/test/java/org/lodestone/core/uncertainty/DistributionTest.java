package org.lodestone.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Moments and bounds of each distribution on 200,000 seeded draws. */
class DistributionTest {

    private static final int N = 200_000;

    /** Draws of {@code d} through member draws, so the sampler's own stream is what is tested. */
    private static double[] sample(Distribution d) {
        Uncertainty u = new Uncertainty(1, 7, List.of(new Variation("x", d)));
        double[] out = new double[N];
        for (int k = 0; k < N; k++) {
            out[k] = MemberDraws.values(u, k)[0];
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    private static double share(double[] x, DoubleUnaryOperator indicator) {
        double s = 0;
        for (double v : x) {
            s += indicator.applyAsDouble(v);
        }
        return s / x.length;
    }

    private static void assertWithin(double[] x, double lo, double hi) {
        assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(lo);
        assertThat(Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(hi);
    }

    @Test
    void uniformHasItsMomentsAndStaysInItsBounds() {
        double[] x = sample(new Distribution.Uniform(0.5, 1.0));
        assertThat(mean(x)).isCloseTo(0.75, within(0.002));
        assertThat(variance(x)).isCloseTo(0.25 / 12, within(0.0005));
        assertWithin(x, 0.5, 1.0);
    }

    @Test
    void triangularHasItsMomentsAndStaysInItsBounds() {
        double[] x = sample(new Distribution.Triangular(30, 87, 120));
        double a = 30;
        double c = 87;
        double b = 120;
        assertThat(mean(x)).isCloseTo((a + b + c) / 3, within(0.2));
        assertThat(variance(x)).isCloseTo((a * a + b * b + c * c - a * b - a * c - b * c) / 18, within(5.0));
        assertThat(share(x, v -> v < c ? 1 : 0)).isCloseTo((c - a) / (b - a), within(0.005));
        assertWithin(x, 30.0, 120.0);
    }

    @Test
    void normalIsTruncatedSymmetricallyAroundItsMean() {
        double[] x = sample(new Distribution.Normal(0.8, 0.1, 0.6, 1.0));
        assertThat(mean(x)).isCloseTo(0.8, within(0.002));
        // variance of N(0, 1) truncated to [-2, 2]: 1 - 2·2·φ(2) / (Φ(2) - Φ(-2))
        double phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
        assertThat(variance(x)).isCloseTo(0.01 * (1 - 4 * phi2 / (2 * Gaussian.cdf(2) - 1)), within(0.0002));
        assertWithin(x, 0.6, 1.0);
    }

    @Test
    void untruncatedNormalHasItsMoments() {
        double[] x = sample(new Distribution.Normal(10, 3, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(mean(x)).isCloseTo(10, within(0.03));
        assertThat(variance(x)).isCloseTo(9, within(0.1));
    }

    @Test
    void normalTruncatedFarInTheUpperTailStaysInside() {
        double[] x = sample(new Distribution.Normal(0, 1, 9, 10));
        assertWithin(x, 9.0, 10.0);
        assertThat(mean(x)).isCloseTo(9.108, within(0.005));
    }

    @Test
    void lognormalHasItsMedianAndMean() {
        double[] x = sample(new Distribution.LogNormal(90, 0.3, 0, Double.POSITIVE_INFINITY));
        assertThat(share(x, v -> v < 90 ? 1 : 0)).isCloseTo(0.5, within(0.004));
        assertThat(mean(x)).isCloseTo(90 * Math.exp(0.045), within(0.3));
        assertThat(Arrays.stream(x).min().orElseThrow()).isPositive();
    }

    @Test
    void truncatedLognormalStaysInItsBounds() {
        double[] x = sample(new Distribution.LogNormal(60, 1.0, 30, 120));
        assertWithin(x, 30.0, 120.0);
    }

    @Test
    void choiceGivesEachValueWithItsWeight() {
        double[] x = sample(new Distribution.Choice(new double[] {0.25, 0.6, 0.9}, new double[] {1, 2, 1}));
        assertThat(share(x, v -> v == 0.25 ? 1 : 0)).isCloseTo(0.25, within(0.004));
        assertThat(share(x, v -> v == 0.6 ? 1 : 0)).isCloseTo(0.5, within(0.004));
        assertThat(share(x, v -> v == 0.9 ? 1 : 0)).isCloseTo(0.25, within(0.004));
        assertThat(Distribution.Choice.of(1, 2).describe()).isEqualTo("choice(1, 2)");
    }

    @Test
    void quantilesAreMonotone() {
        List<Distribution> all = List.of(
                new Distribution.Uniform(0, 1),
                new Distribution.Triangular(0, 0.2, 1),
                new Distribution.Normal(0, 1, -1, 3),
                new Distribution.LogNormal(1, 0.5, 0, 4),
                Distribution.Choice.of(3, 1, 2));
        for (Distribution d : all) {
            double previous = Double.NEGATIVE_INFINITY;
            for (int n = 1; n < 1000; n++) {
                double q = d.quantile(n / 1000.0);
                if (!(d instanceof Distribution.Choice)) {
                    assertThat(q)
                            .as(d.describe())
                            .isGreaterThanOrEqualTo(previous)
                            .isBetween(d.min(), d.max());
                }
                previous = q;
            }
        }
    }

    @Test
    void inconsistentParametersAreRefused() {
        assertThatThrownBy(() -> new Distribution.Uniform(1, 1)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> new Distribution.Triangular(0, 2, 1)).hasMessageContaining("min <= mode <= max");
        assertThatThrownBy(() -> new Distribution.Normal(0, 0, -1, 1)).hasMessageContaining("sd > 0");
        assertThatThrownBy(() -> new Distribution.Normal(0, 1, 50, 60)).hasMessageContaining("almost no mass");
        assertThatThrownBy(() -> new Distribution.LogNormal(-1, 1, 0, 2)).hasMessageContaining("median > 0");
        assertThatThrownBy(() -> new Distribution.Choice(new double[] {1}, new double[] {0}))
                .hasMessageContaining("positive");
    }
}
