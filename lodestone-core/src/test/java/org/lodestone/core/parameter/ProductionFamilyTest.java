package org.lodestone.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.IoTable;

/**
 * The production family on {@link SupplyNetwork} (CHN and JPN make 100 magnets each, USA's 100
 * servers use one each): a year's capacity rebuilds the network, so the buyers source in the new
 * proportions, and it composes with the other families whatever the order of the paths.
 */
class ProductionFamilyTest {

    static final String JPN = "dataset.production[magnet,JPN].quantity";

    private static double magnetsToServers(IoTable table, String region) {
        return table.z().get(table.indexOf(region, "magnet"), table.indexOf("USA", "server"));
    }

    @Test
    void aYearsCapacityShiftsTheBuyersSourcingToIt() {
        Dataset d = SupplyNetwork.full();
        IoTable table = SupplyNetwork.table(d);

        IoTable year = DatasetFamilies.apply(table, d, Map.of(JPN, 300.0));

        assertThat(DatasetFamilies.value(d, JPN)).isEqualTo(OptionalDouble.of(100));
        assertThat(magnetsToServers(table, "JPN")).isCloseTo(magnetsToServers(table, "CHN"), within(1e-9));
        assertThat(magnetsToServers(year, "JPN")).isCloseTo(3 * magnetsToServers(year, "CHN"), within(1e-9));
        assertThat(magnetsToServers(year, "JPN") + magnetsToServers(year, "CHN"))
                .as("the servers still use 100 magnets")
                .isCloseTo(magnetsToServers(table, "JPN") + magnetsToServers(table, "CHN"), within(1e-9));
        assertThat(year.industries()).isEqualTo(table.industries());
    }

    @Test
    void theDatasetsOwnValueIsTheSameTableAndOtherFamiliesApplyOnTop() {
        Dataset d = SupplyNetwork.full();
        IoTable table = SupplyNetwork.table(d);
        Map<String, Double> stockFirst = new LinkedHashMap<>();
        stockFirst.put(SupplyFamiliesTest.STOCK, 35.0);
        stockFirst.put(JPN, 300.0);

        IoTable same = DatasetFamilies.apply(table, d, Map.of(JPN, 100.0));
        IoTable both = DatasetFamilies.apply(table, d, stockFirst);

        assertThat(same.x()).containsExactly(table.x());
        assertThat(same.finalStocks()).isEqualTo(table.finalStocks());
        assertThat(both.finalStocks())
                .isEqualTo(DatasetFamilies.apply(table, d, Map.of(SupplyFamiliesTest.STOCK, 35.0))
                        .finalStocks());
        assertThat(magnetsToServers(both, "JPN")).isCloseTo(3 * magnetsToServers(both, "CHN"), within(1e-9));
    }

    @Test
    void aCapacityOfNothingIsRefused() {
        Dataset d = SupplyNetwork.full();

        assertThatThrownBy(() -> DatasetFamilies.apply(SupplyNetwork.table(d), d, Map.of(JPN, 0.0)))
                .hasMessageContaining("quantity");
    }
}
