package org.lodestone.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void cdfMatchesTabulatedValues() {
        assertThat(Gaussian.cdf(0)).isEqualTo(0.5);
        assertThat(Gaussian.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        assertThat(Gaussian.cdf(-1)).isCloseTo(0.15865525393145705, within(1e-15));
        assertThat(Gaussian.cdf(3)).isCloseTo(0.9986501019683699, within(1e-15));
        assertThat(Gaussian.cdf(-8)).isCloseTo(6.220960574271785e-16, Percentage.withPercentage(1e-6));
        assertThat(Gaussian.cdf(-20)).isCloseTo(2.7536241186062337e-89, Percentage.withPercentage(1e-6));
    }

    @Test
    void quantileInvertsTheCdf() {
        for (double p : new double[] {1e-300, 1e-12, 0.001, 0.02425, 0.3, 0.5, 0.9, 0.999999}) {
            assertThat(Gaussian.cdf(Gaussian.quantile(p))).isCloseTo(p, Percentage.withPercentage(1e-9));
        }
        assertThat(Gaussian.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Gaussian.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Gaussian.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Gaussian.quantile(1.5)).hasMessageContaining("probability must be in [0, 1]");
    }
}
