package org.lodestone.core.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event constructors refuse impacts, times and shapes the engine cannot run. */
class EventTest {

    private static final int[] ONE = {3};

    @ParameterizedTest(name = "fraction {0}")
    @ValueSource(doubles = {0, -0.1, 1.0000001, 2, Double.NaN, Double.POSITIVE_INFINITY})
    void capacityLossFractionOutsideZeroExclusiveToOneIsRefused(double fraction) {
        assertThatThrownBy(() -> new Event.CapacityLoss(ONE, new double[] {fraction}, 1, 1, RecoveryCurve.LINEAR, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was " + fraction);
    }

    @Test
    void capacityLossOfTheWholeCapacityIsAccepted() {
        assertThatCode(() -> new Event.CapacityLoss(ONE, new double[] {1.0}, 1, 1, RecoveryCurve.LINEAR, 1))
                .doesNotThrowAnyException();
    }

    @Test
    void startAndDurationBelowOneAreRefused() {
        assertThatThrownBy(() -> new Event.CapacityLoss(ONE, new double[] {0.5}, 0, 1, RecoveryCurve.LINEAR, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be a whole number >= 1, was 0");
        assertThatThrownBy(() -> new Event.CapitalRecovery(ONE, new double[] {5}, 2, 0, RecoveryCurve.LINEAR, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be a whole number >= 1, was 0");
    }

    @Test
    void amountsMustMatchTheIndustriesAndNameAtLeastOne() {
        assertThatThrownBy(() ->
                        new Event.CapacityLoss(new int[] {1, 2}, new double[] {0.5}, 1, 1, RecoveryCurve.LINEAR, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one amount per industry");
        assertThatThrownBy(() -> new Event.CapitalRecovery(new int[0], new double[0], 1, 1, RecoveryCurve.LINEAR, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one industry");
    }

    @Test
    void capitalDamagesMustBeFiniteAndPositive() {
        for (double damage : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(
                            () -> new Event.CapitalRecovery(ONE, new double[] {damage}, 1, 1, RecoveryCurve.LINEAR, 1))
                    .as("damage %s", damage)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("impacts");
        }
    }

    @Test
    void recoveryTauMustBeAtLeastOneAndFinite() {
        assertThatThrownBy(() -> new Event.CapacityLoss(ONE, new double[] {0.5}, 1, 1, RecoveryCurve.LINEAR, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recovery.tau must be a number >= 1, was 0.5");
        assertThatThrownBy(() -> new Event.CapitalRecovery(
                        ONE, new double[] {5}, 1, 1, RecoveryCurve.LINEAR, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recovery.tau");
    }

    @Test
    void rebuildSharesMustSumToOneAndTauBeAtLeastOne() {
        assertThatThrownBy(() -> new Event.CapitalRebuild(ONE, new double[] {5}, 1, 1, Map.of(0, 0.5, 1, 0.4), 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1")
                .hasMessageContaining("0.9");
        assertThatThrownBy(() -> new Event.CapitalRebuild(ONE, new double[] {5}, 1, 1, Map.of(), 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new Event.CapitalRebuild(ONE, new double[] {5}, 1, 1, Map.of(0, 1.0), 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rebuild.tau must be a whole number >= 1, was 0");
        assertThatThrownBy(() -> new Event.CapitalRebuild(ONE, new double[] {5}, 1, 1, Map.of(0, 1.0), 10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rebuild.factor must be a number > 0, was 0.0");
    }

    @Test
    void rebuildSharesAreCopied() {
        Map<Integer, Double> shares = new HashMap<>(Map.of(0, 1.0));
        Event.CapitalRebuild event = new Event.CapitalRebuild(ONE, new double[] {5}, 1, 1, shares, 10, 1);
        shares.put(1, 0.5);

        assertThat(event.sectorShares()).containsOnlyKeys(0);
    }
}
