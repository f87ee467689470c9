package org.lodestone.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.FinalBuyerStock;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SwitchingLag;

/**
 * {@link DatasetRows}, the rows ensemble members share: applying values through them gives what
 * applying them to the dataset gives, member after member, without a member's values reaching the
 * shared rows or the next member; bad paths and values are still refused with the same messages.
 */
class DatasetRowsTest {

    @Test
    void membersAppliedThroughSharedRowsMatchTheDatasetAndDoNotLeakIntoEachOther() {
        Dataset d = SupplyNetwork.full();
        IoTable table = SupplyNetwork.table(d);
        DatasetRows rows = new DatasetRows(d);
        int magnet = table.sectors().indexOf("magnet");
        int server = table.sectors().indexOf("server");

        IoTable first = DatasetFamilies.apply(
                table, rows, Map.of(SupplyFamiliesTest.LAG, 120.0, SupplyFamiliesTest.STOCK, 35.0));
        IoTable second = DatasetFamilies.apply(table, rows, Map.of(SupplyFamiliesTest.STOCK, 20.0));

        assertThat(first.switchingLags()).containsExactly(new SwitchingLag(magnet, 120));
        assertThat(first.finalStocks()).containsExactly(new FinalBuyerStock(server, 0, 35));
        assertThat(second.switchingLags())
                .as("the first member's lag stays its own: the dataset's 90 days")
                .containsExactly(new SwitchingLag(magnet, 90));
        assertThat(second.finalStocks()).containsExactly(new FinalBuyerStock(server, 0, 20));
        assertThat(second.finalStocks())
                .isEqualTo(DatasetFamilies.apply(table, d, Map.of(SupplyFamiliesTest.STOCK, 20.0))
                        .finalStocks());
        assertThat(DatasetFamilies.value(d, SupplyFamiliesTest.LAG)).isEqualTo(OptionalDouble.of(90));
    }

    @Test
    void badPathsAndValuesAreRefusedAsWithoutSharedRows() {
        Dataset d = SupplyNetwork.full();
        DatasetRows rows = new DatasetRows(d);
        IoTable table = SupplyNetwork.table(d);
        String misspelt = "dataset.qualification[magnt].switching_days";

        assertThatThrownBy(() -> DatasetFamilies.checkRow(rows, misspelt))
                .hasMessage("names no row of qualification: no commodity magnt in dataset test");
        assertThatThrownBy(() -> DatasetFamilies.apply(table, rows, Map.of(misspelt, 30.0)))
                .hasMessage("names no row of qualification: no commodity magnt in dataset test");
        assertThatThrownBy(() -> DatasetFamilies.apply(table, rows, Map.of(SupplyFamiliesTest.STOCK, -1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
