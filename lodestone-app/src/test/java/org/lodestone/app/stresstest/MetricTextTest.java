package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.shortfall.ShortfallMetrics;

class MetricTextTest {

    @Test
    void recoveryIsWrittenOut() {
        assertThat(MetricText.recovery(Optional.of(ShortfallMetrics.of(new double[] {1, 0.7, 0.9, 0.99}))))
                .isEqualTo("not recovered");
        assertThat(MetricText.recovery(Optional.of(ShortfallMetrics.of(new double[] {1, 0.7, 1, 1}))))
                .isEqualTo("1");
        assertThat(MetricText.recovery(Optional.of(ShortfallMetrics.of(new double[] {1, 1}))))
                .isEqualTo("-");
        assertThat(MetricText.recovery(Optional.empty())).isEqualTo("-");
    }
}
