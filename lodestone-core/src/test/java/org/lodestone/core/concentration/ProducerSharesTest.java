package org.lodestone.core.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;

class ProducerSharesTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);

    @Test
    void aMonopolyHasTheMaximumIndex() {
        ProducerShares shares = shares("CHN", 42);

        // one producer with 100 %: 100² = 10,000
        assertThat(shares.hhi()).isCloseTo(10_000, TOLERANCE);
        assertThat(shares.share(region("CHN"))).isEqualTo(1.0);
    }

    @Test
    void fiftyThirtyTwentyGivesThirtyEightHundred() {
        ProducerShares shares = shares("CHN", 50, "AUS", 30, "USA", 20);

        // 50² + 30² + 20² = 2,500 + 900 + 400 = 3,800
        assertThat(shares.hhi()).isCloseTo(3_800, TOLERANCE);
    }

    @Test
    void theIndexDoesNotDependOnTheUnit() {
        // 5 : 3 : 2 is again 50 / 30 / 20 %
        assertThat(shares("CHN", 5e6, "AUS", 3e6, "USA", 2e6).hhi()).isCloseTo(3_800, TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 10})
    void nEqualProducersGiveTenThousandOverN(int n) {
        Map<RegionId, Double> quantities = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            quantities.put(region("C" + (char) ('A' + i) + "N"), 17.0);
        }

        // n × (100 / n)² = 10,000 / n
        assertThat(ProducerShares.of(quantities).hhi()).isCloseTo(10_000.0 / n, TOLERANCE);
    }

    @Test
    void noProductionGivesZeroEverywhere() {
        ProducerShares shares = ProducerShares.of(List.<Production>of());

        assertThat(shares.total()).isZero();
        assertThat(shares.hhi()).isZero();
        assertThat(shares.share(region("CHN"))).isZero();
        assertThat(shares.shareOf(Set.of(region("CHN"), region("USA")))).isZero();
        assertThat(shares.topProducer()).isEmpty();
    }

    @Test
    void rowsOfZeroProductionGiveZeroRatherThanNaN() {
        ProducerShares shares = shares("CHN", 0, "AUS", 0);

        assertThat(shares.hhi()).isZero();
        assertThat(shares.share(region("CHN"))).isZero();
        assertThat(shares.topProducer()).isEmpty();
    }

    @Test
    void sharesAreFractionsOfWorldProduction() {
        ProducerShares shares = shares("CHN", 60, "AUS", 30, "USA", 10);

        assertThat(shares.total()).isCloseTo(100, TOLERANCE);
        assertThat(shares.share(region("CHN"))).isCloseTo(0.6, TOLERANCE);
        assertThat(shares.share(region("AUS"))).isCloseTo(0.3, TOLERANCE);
        assertThat(shares.share(region("BRA"))).isZero();
    }

    @Test
    void shareOfASetAddsItsMembersAndIgnoresNonProducers() {
        ProducerShares shares = shares("CHN", 60, "AUS", 30, "USA", 10);

        // AUS 30 % + USA 10 % + BRA 0 % = 40 %
        assertThat(shares.shareOf(Set.of(region("AUS"), region("USA"), region("BRA"))))
                .isCloseTo(0.4, TOLERANCE);
        assertThat(shares.shareOf(Set.of())).isZero();
    }

    @Test
    void theTopProducerIsTheLargestWhereverItsCodeSorts() {
        assertThat(shares("AUS", 10, "CHN", 30, "ZAF", 20).topProducer()).contains(region("CHN"));
        assertThat(shares("AUS", 10, "CHN", 20, "ZAF", 30).topProducer()).contains(region("ZAF"));
        assertThat(shares("AUS", 30, "CHN", 20, "ZAF", 10).topProducer()).contains(region("AUS"));
    }

    @Test
    void aggregatesAreNeverTheTopProducer() {
        ProducerShares shares = shares("ROW", 70, "XEU", 20, "CHN", 10);

        assertThat(shares.topProducer()).contains(region("CHN"));
        // the aggregates still count in the index: 70² + 20² + 10² = 4,900 + 400 + 100 = 5,400
        assertThat(shares.hhi()).isCloseTo(5_400, TOLERANCE);
    }

    @Test
    void onlyAggregatesMeansNoTopProducer() {
        assertThat(shares("ROW", 70, "XAS", 30).topProducer()).isEmpty();
    }

    @Test
    void aTieGoesToTheFirstCode() {
        assertThat(shares("USA", 10, "AUS", 10).topProducer()).contains(region("AUS"));
    }

    @Test
    void rowsOfTheSameRegionAreAddedUp() {
        ProducerShares shares =
                ProducerShares.of(List.of(production("CHN", 30), production("AUS", 40), production("CHN", 30)));

        // CHN 30 + 30 = 60 of 100: it beats AUS's 40 only once its rows are added
        assertThat(shares.total()).isCloseTo(100, TOLERANCE);
        assertThat(shares.share(region("CHN"))).isCloseTo(0.6, TOLERANCE);
        assertThat(shares.topProducer()).contains(region("CHN"));
        // 60² + 40² = 3,600 + 1,600 = 5,200
        assertThat(shares.hhi()).isCloseTo(5_200, TOLERANCE);
    }

    /** Shares from alternating region codes and quantities. */
    private static ProducerShares shares(Object... regionsAndQuantities) {
        Map<RegionId, Double> quantities = new LinkedHashMap<>();
        for (int i = 0; i < regionsAndQuantities.length; i += 2) {
            quantities.put(
                    region((String) regionsAndQuantities[i]), ((Number) regionsAndQuantities[i + 1]).doubleValue());
        }
        return ProducerShares.of(quantities);
    }

    private static Production production(String region, double unitsPerYear) {
        return new Production(CommodityId.of("gallium"), region(region), unitsPerYear, Provenance.observed("TEST"));
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
