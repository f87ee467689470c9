package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lodestone.core.ensemble.MetricValues;

/** Spearman's ρ against values worked by hand. */
class EnsembleBriefTest {

    @Test
    void tiedValuesShareTheirMeanRank() {
        assertThat(EnsembleBrief.ranks(new double[] {3, 1, 2, 2})).containsExactly(4, 1, 2.5, 2.5);
    }

    @Test
    void monotoneValuesGiveOneAndMinusOne() {
        double[] x = {0.2, 0.5, 0.9, 1.4};
        assertThat(EnsembleBrief.spearman(x, new double[] {1, 8, 27, 64})).isEqualTo(1.0);
        assertThat(EnsembleBrief.spearman(x, new double[] {5, 4, 3, -1})).isEqualTo(-1.0);
    }

    @Test
    void withTiesRhoIsPearsonOfTheRanks() {
        // ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4, both of mean 2.5: deviations
        // (−1.5, 0, 0, 1.5) and (−1.5, 0.5, −0.5, 1.5); covariance 4.5, variances 4.5 and 5
        double rho = EnsembleBrief.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
        assertThat(rho).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-12));
    }

    @Test
    void aConstantInputOrTooFewMembersHaveNoCorrelation() {
        assertThat(EnsembleBrief.spearman(new double[] {2, 2, 2}, new double[] {1, 2, 3}))
                .isNaN();
        assertThat(EnsembleBrief.spearman(new double[] {1, 2}, new double[] {1, 2}))
                .isNaN();
    }

    @Test
    void onlyMembersWithAMetricValueCount() {
        MetricValues input = new MetricValues();
        MetricValues metric = new MetricValues();
        double[] draws = {0.1, 0.4, 0.3, 0.9, 0.5};
        double[] delivered = {0.99, 0.95, Double.NaN, 0.90, 0.93};
        for (int m = 0; m < draws.length; m++) {
            input.add(m, draws[m]);
            if (!Double.isNaN(delivered[m])) {
                metric.add(m, delivered[m]);
            }
        }
        // members 0, 1, 3, 4: draws 0.1 < 0.4 < 0.5 < 0.9 and delivered falls as they rise
        assertThat(EnsembleBrief.correlation(input, metric)).isEqualTo(-1.0);
    }
}
