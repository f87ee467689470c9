package org.lodestone.core.shortfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The metrics on hand-made trajectories (x / X0 per day). */
class ShortfallMetricsTest {

    @Test
    void flatTrajectoryHasNoShortfall() {
        ShortfallMetrics m = ShortfallMetrics.of(new double[] {1, 1, 1, 1});

        assertThat(m.delivered()).isEqualTo(1.0);
        assertThat(m.firstShortfallDay()).isEmpty();
        assertThat(m.deepest()).isEqualTo(1.0);
        assertThat(m.recoveryDays()).isEmpty();
        assertThat(m.unrecovered()).isFalse();
    }

    @Test
    void dipAndRecoveryGiveHandComputedValues() {
        // days 0..7: shortfall from day 2, deepest 0.5 on day 3, back within 0.1% from day 5 for good
        ShortfallMetrics m = ShortfallMetrics.of(new double[] {1, 1, 0.9, 0.5, 0.8, 0.9995, 1, 1});

        assertThat(m.delivered()).isCloseTo((1 + 1 + 0.9 + 0.5 + 0.8 + 0.9995 + 1 + 1) / 8, within(1e-15));
        assertThat(m.firstShortfallDay()).hasValue(2);
        assertThat(m.deepest()).isEqualTo(0.5);
        assertThat(m.deepestDay()).isEqualTo(3);
        assertThat(m.recoveryDays()).hasValue(3);
    }

    @Test
    void theThresholdIsOneTenthOfAPercent() {
        assertThat(ShortfallMetrics.of(new double[] {1, 0.9991, 0.999}).firstShortfallDay())
                .isEmpty();
        assertThat(ShortfallMetrics.of(new double[] {1, 0.99899, 1}).firstShortfallDay())
                .hasValue(1);
    }

    @Test
    void recoveryMustLastUntilTheEnd() {
        // back on day 3, short again on day 5, back for good on day 6
        ShortfallMetrics m = ShortfallMetrics.of(new double[] {1, 0.8, 0.9, 1, 1, 0.95, 1, 1});

        assertThat(m.firstShortfallDay()).hasValue(1);
        assertThat(m.recoveryDays()).hasValue(5);
    }

    @Test
    void shortfallUntilTheLastDayIsNotRecovered() {
        ShortfallMetrics m = ShortfallMetrics.of(new double[] {1, 0.7, 0.9, 0.99});

        assertThat(m.firstShortfallDay()).hasValue(1);
        assertThat(m.recoveryDays()).isEqualTo(OptionalInt.empty());
        assertThat(m.unrecovered()).isTrue();
    }

    @Test
    void overproductionCountsInDelivered() {
        ShortfallMetrics m = ShortfallMetrics.of(new double[] {1, 0.8, 1.1, 1.1});

        assertThat(m.delivered()).isCloseTo(1.0, within(1e-15));
        assertThat(m.recoveryDays()).hasValue(1);
    }

    @Test
    void emptyTrajectoryIsRefused() {
        assertThatThrownBy(() -> ShortfallMetrics.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one day");
    }
}
