package org.lodestone.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricValuesTest {

    private static MetricValues of(long... membersThenValues) {
        MetricValues v = new MetricValues();
        for (int k = 0; k < membersThenValues.length; k += 2) {
            v.add(membersThenValues[k], membersThenValues[k + 1]);
        }
        return v;
    }

    @Test
    void combiningIsAssociativeAndCommutative() {
        MetricValues a = of(5, 50, 0, 1);
        MetricValues b = of(3, 30, 9, 90);
        MetricValues c = of(7, 70);

        MetricValues left = a.combine(b).combine(c);
        MetricValues right = a.combine(b.combine(c));

        assertThat(left).isEqualTo(right).isEqualTo(c.combine(b).combine(a));
        assertThat(left.members()).containsExactly(0, 3, 5, 7, 9);
        assertThat(left.values()).containsExactly(1, 30, 50, 70, 90);
        assertThat(a.size()).as("inputs unchanged").isEqualTo(2);
    }

    @Test
    void aMemberCannotBeInTwoSummaries() {
        assertThatThrownBy(() -> of(1, 10).combine(of(1, 11))).hasMessage("member 1 is in both summaries");
    }

    @Test
    void missingValuesAreNotCounted() {
        MetricValues v = new MetricValues();
        v.add(0, Double.NaN);
        v.add(1, 2);
        assertThat(v.size()).isEqualTo(1);
        assertThat(v.valueOf(0)).isNaN();
        assertThat(v.valueOf(1)).isEqualTo(2);
    }

    @Test
    void summaryHasTheMomentsAndType7Percentiles() {
        MetricValues v = new MetricValues();
        for (int k = 1; k <= 21; k++) {
            v.add(21 - k, k);
        }
        MetricSummary s = v.summary();

        assertThat(s.count()).isEqualTo(21);
        assertThat(s.mean()).isEqualTo(11);
        assertThat(s.sd()).isCloseTo(Math.sqrt(38.5), within(1e-12));
        assertThat(s.p5()).isEqualTo(2);
        assertThat(s.p50()).isEqualTo(11);
        assertThat(s.p95()).isEqualTo(20);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(21);
        assertThat(MetricSummary.quantile(new double[] {0, 10}, 0.25)).isEqualTo(2.5);
        assertThat(new MetricValues().summary().mean()).isNaN();
    }
}
