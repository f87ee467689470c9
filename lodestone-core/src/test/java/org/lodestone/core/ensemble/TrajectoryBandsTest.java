package org.lodestone.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrajectoryBandsTest {

    @Test
    void percentilesAreExactToOneBin() {
        SplittableRandom random = new SplittableRandom(1);
        TrajectoryBands bands = new TrajectoryBands(2);
        double[] day0 = new double[5000];
        for (int k = 0; k < day0.length; k++) {
            day0[k] = 0.7 + 0.3 * random.nextDouble();
            bands.add(new double[] {day0[k], 1.0});
        }
        Arrays.sort(day0);

        for (double q : new double[] {0.05, 0.5, 0.95}) {
            assertThat(bands.quantile(0, q))
                    .isCloseTo(MetricSummary.quantile(day0, q), within(TrajectoryBands.BIN_WIDTH));
        }
        assertThat(bands.quantile(1, 0.05)).isEqualTo(1.0);
        assertThat(bands.min(0)).isEqualTo(day0[0]);
        assertThat(bands.max(0)).isEqualTo(day0[day0.length - 1]);
        assertThat(bands.members(0)).isEqualTo(5000);
    }

    @Test
    void combiningAddsTheHistogramsWhateverTheOrder() {
        TrajectoryBands a = new TrajectoryBands(3);
        TrajectoryBands b = new TrajectoryBands(3);
        TrajectoryBands c = new TrajectoryBands(3);
        a.add(new double[] {1, 0.5, 0.2});
        b.add(new double[] {1, 0.9});
        c.add(new double[] {2.5, -0.1, 1});

        assertThat(a.combine(b).combine(c))
                .isEqualTo(a.combine(b.combine(c)))
                .isEqualTo(c.combine(a).combine(b));
        TrajectoryBands all = a.combine(b).combine(c);
        assertThat(all.members(1)).isEqualTo(3);
        assertThat(all.members(2)).as("b stopped early").isEqualTo(2);
        assertThat(all.max(0)).isEqualTo(2.5);
        assertThat(all.quantile(0, 1)).isEqualTo(2.5);
        assertThat(new TrajectoryBands(1).quantile(0, 0.5)).isNaN();
    }
}
