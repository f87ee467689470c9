package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Layer;
import org.lodestone.core.model.Stage;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.ShortfallMetrics;

/** Units not delivered and value at risk, derived by hand. */
class FinalMeasuresTest {

    private static final Commodity CAR = new Commodity(
            CommodityId.of("light-vehicle"), "cars", Layer.END_USE, Stage.MANUFACTURING, "vehicles", false, true);

    @Test
    void unitsLostCountOnlyDaysBelowTheBaseline() {
        // 100 cars a day; days at 100%, 50%, 120% (overproduction is not a credit) and 75%.
        assertThat(FinalMeasures.unitsLost(new double[] {1, 0.5, 1.2, 0.75}, 100))
                .isCloseTo(75, within(1e-9));
        assertThat(FinalMeasures.unitsLost(new double[] {1, 1}, 100)).isZero();
    }

    @Test
    void totalsAddAMembersMeasuresAndTheCoalitionComesFirst() {
        List<MeasureOutcome> outcomes = List.of(
                outcome("JPN", Role.MEMBER, 1_000, 2024),
                outcome("pax-silica", Role.COALITION, 1_500, 2024),
                outcome("USA", Role.MEMBER, 500, 2024),
                outcome("JPN", Role.MEMBER, 250, 2024));

        var totals = FinalMeasures.totals(outcomes);

        assertThat(totals.keySet()).containsExactly("pax-silica", "JPN", "USA");
        assertThat(totals.get("JPN").valueAddedUsd()).isEqualTo(1_250);
        assertThat(totals.get("JPN").grossUsd()).isEqualTo(5_000);
        assertThat(totals.get("pax-silica").priceYear()).isEqualTo(2024);
    }

    @Test
    void dollarsOfDifferentPriceYearsAreNeverAdded() {
        var mixed = FinalMeasures.totals(
                List.of(outcome("JPN", Role.MEMBER, 1_000, 2024), outcome("JPN", Role.MEMBER, 10, 2020)));

        assertThat(mixed).doesNotContainKey("JPN");
        assertThat(FinalMeasures.sum(List.of())).isEmpty();
    }

    private static MeasureOutcome outcome(String region, Role role, double valueAdded, int year) {
        ShortfallMetrics metrics = ShortfallMetrics.of(new double[] {1, 0.5});
        return new MeasureOutcome(
                CAR,
                region,
                role,
                metrics,
                100,
                50,
                Optional.of(new MeasureOutcome.ValueAtRisk(valueAdded, 4 * valueAdded, year)));
    }
}
