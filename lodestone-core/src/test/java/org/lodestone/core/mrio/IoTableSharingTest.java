package org.lodestone.core.mrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What tables made from one another share (their flows), and a pair's inventory days read in place. */
class IoTableSharingTest {

    private static final IoTable TABLE = SyntheticMrio.generate(3, 4, 42);

    @Test
    void tablesMadeByTheWithMethodsShareTheFlowsAndTablesBuiltApartDoNot() {
        int p = TABLE.size();
        double[] days = new double[TABLE.sectors().size() * p];
        Arrays.fill(days, Double.NaN);
        IoTable derived = TABLE.withInventoryDays(days)
                .withSubstitutions(List.of(new SubstitutableInput(0, 1, 0.5, 10, Double.NaN)))
                .withSupplyResponse(List.of(), List.of())
                .withFinalStocks(List.of());

        assertThat(derived.sharesFlows(TABLE)).isTrue();
        assertThat(TABLE.sharesFlows(derived)).isTrue();
        assertThat(SyntheticMrio.generate(3, 4, 42).sharesFlows(TABLE)).isFalse();
    }

    @Test
    void aPairsInventoryDaysAreTheCopysCellAndNaNWithoutAny() {
        int p = TABLE.size();
        double[] days = new double[TABLE.sectors().size() * p];
        Arrays.fill(days, Double.NaN);
        days[2 * p + 5] = 12;
        days[p + 1] = Double.POSITIVE_INFINITY;
        IoTable withDays = TABLE.withInventoryDays(days);

        assertThat(withDays.inventoryDays(2, 5)).isEqualTo(12);
        assertThat(withDays.inventoryDays(1, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(withDays.inventoryDays(0, 0)).isNaN();
        assertThat(TABLE.inventoryDays(2, 5)).isNaN();
    }
}
