package org.lodestone.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;

/**
 * What the qualification, spare-capacity and final-stock families do to a run of
 * {@link SupplyNetwork} (CHN's magnets to USA cut for good): each moves the outcome one way only,
 * and a path set to the dataset's own value runs bit for bit as the dataset's table.
 */
class SupplyFamiliesEffectTest {

    private final Dataset dataset = SupplyNetwork.full();
    private final IoTable table = SupplyNetwork.table(dataset);

    private List<SupplyNetwork.Run> runs(String path, double... values) {
        List<SupplyNetwork.Run> runs = new ArrayList<>();
        for (double v : values) {
            runs.add(SupplyNetwork.run(DatasetFamilies.apply(table, dataset, Map.of(path, v))));
        }
        return runs;
    }

    @Test
    void aLongerSwitchingLagNeverDeliversMore() {
        List<SupplyNetwork.Run> runs = runs(SupplyFamiliesTest.LAG, 0, 30, 90, 180, 365);

        for (int k = 1; k < runs.size(); k++) {
            assertThat(runs.get(k).serversMade())
                    .as("lag %d", k)
                    .isLessThanOrEqualTo(runs.get(k - 1).serversMade() + 1e-9);
        }
        assertThat(runs.get(runs.size() - 1).serversMade())
                .isLessThan(runs.get(0).serversMade() - 1);
    }

    @Test
    void aLargerSpareShareNeverDeliversLess() {
        List<SupplyNetwork.Run> runs = runs(SupplyFamiliesTest.SPARE, 0, 0.25, 0.5, 1, 2);

        for (int k = 1; k < runs.size(); k++) {
            assertThat(runs.get(k).serversMade())
                    .as("spare %d", k)
                    .isGreaterThanOrEqualTo(runs.get(k - 1).serversMade() - 1e-9);
        }
        assertThat(runs.get(3).serversMade()).isGreaterThan(runs.get(0).serversMade() + 1);
    }

    @Test
    void moreFinalStockDaysNeverLoseMoreFinalDemand() {
        List<SupplyNetwork.Run> runs = runs(SupplyFamiliesTest.STOCK, 0, 5, 10, 35, 100);

        for (int k = 1; k < runs.size(); k++) {
            assertThat(runs.get(k).demandLost())
                    .as("stock %d", k)
                    .isLessThanOrEqualTo(runs.get(k - 1).demandLost() + 1e-9);
        }
        assertThat(runs.get(0).demandLost()).as("the cut binds").isPositive();
        assertThat(runs.get(4).demandLost()).isLessThan(runs.get(0).demandLost());
    }

    @Test
    void aPathSetToTheDatasetsOwnValueRunsBitForBitAsTheDataset() {
        SupplyNetwork.Run own = SupplyNetwork.run(table);

        for (String path : List.of(
                SupplyFamiliesTest.LAG, SupplyFamiliesTest.SPARE, SupplyFamiliesTest.RAMP, SupplyFamiliesTest.STOCK)) {
            double value = DatasetFamilies.value(dataset, path).orElseThrow();
            SupplyNetwork.Run set = SupplyNetwork.run(DatasetFamilies.apply(table, dataset, Map.of(path, value)));

            assertThat(set.servers()).as(path).isEqualTo(own.servers());
            assertThat(set.unmet()).as(path).isEqualTo(own.unmet());
        }
        assertThat(DatasetFamilies.apply(table, dataset, Map.of())).isSameAs(table);
    }
}
