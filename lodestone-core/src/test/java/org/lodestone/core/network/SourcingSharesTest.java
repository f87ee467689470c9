package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;

class SourcingSharesTest {

    private static final CommodityId ORE = CommodityId.of("ore");
    private static final CommodityId METAL = CommodityId.of("metal");
    private static final Provenance SOURCE = Provenance.observed("TEST");

    /** ore: CHN 60, AUS 40 (world shares 0.6 / 0.4); metal: JPN 10, USA 30 (0.25 / 0.75). */
    private static final List<Production> PRODUCTION = List.of(
            production(ORE, "CHN", 60), production(ORE, "AUS", 40),
            production(METAL, "JPN", 10), production(METAL, "USA", 30));

    @Test
    void withoutHomeBiasEveryBuyerGetsTheWorldMix() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 0);

        assertShares(shares.sharesFor(ORE, region("JPN")), Map.of("CHN", 0.6, "AUS", 0.4));
        assertShares(shares.sharesFor(ORE, region("CHN")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    @Test
    void homeBiasGivesAProducingBuyerHPlusItsWeightedWorldShare() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 0.25);

        // AUS ← AUS = 0.25 + 0.75 × 0.4 = 0.55; AUS ← CHN = 0.75 × 0.6 = 0.45
        assertShares(shares.sharesFor(ORE, region("AUS")), Map.of("AUS", 0.55, "CHN", 0.45));
        // CHN ← CHN = 0.25 + 0.75 × 0.6 = 0.70; CHN ← AUS = 0.75 × 0.4 = 0.30
        assertShares(shares.sharesFor(ORE, region("CHN")), Map.of("CHN", 0.70, "AUS", 0.30));
    }

    @Test
    void aNonTradableCommodityIsSourcedOnlyAtHome() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 0, Set.of(ORE));

        assertShares(shares.sharesFor(ORE, region("AUS")), Map.of("AUS", 1.0));
        assertThat(shares.sharesFor(ORE, region("JPN"))).isEmpty();
        // metal stays tradable: JPN gets the world mix 0.25 / 0.75
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("JPN", 0.25, "USA", 0.75));
    }

    @Test
    void homeBiasLeavesABuyerThatDoesNotProduceWithTheWorldMix() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 0.25);

        assertShares(shares.sharesFor(ORE, region("JPN")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    @Test
    void fullHomeBiasMakesAProducerSelfSufficient() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 1);

        // AUS ← AUS = 1 + 0 × 0.4 = 1; AUS ← CHN = 0 × 0.6 = 0
        assertThat(shares.sharesFor(ORE, region("AUS")).get(region("AUS"))).isCloseTo(1.0, within(1e-12));
        assertThat(shares.sharesFor(ORE, region("AUS")).getOrDefault(region("CHN"), 0.0))
                .isZero();
    }

    @Test
    void aHomeBiasOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("home bias must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> new SourcingShares(PRODUCTION, List.of(), RegionDemand.NONE, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommodityNobodyProducesHasNoSuppliers() {
        List<Production> withZeroRow = new ArrayList<>(PRODUCTION);
        withZeroRow.add(production(CommodityId.of("helium"), "QAT", 0));
        SourcingShares shares = new SourcingShares(withZeroRow, List.of(), RegionDemand.NONE, 0.5);

        assertThat(shares.sharesFor(CommodityId.of("helium"), region("QAT"))).isEmpty();
        assertThat(shares.sharesFor(CommodityId.of("gallium"), region("JPN"))).isEmpty();
    }

    private static void assertShares(Map<RegionId, Double> actual, Map<String, Double> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((code, share) ->
                assertThat(actual.get(region(code))).as("share from %s", code).isCloseTo(share, within(1e-12)));
    }

    private static Production production(CommodityId commodity, String region, double unitsPerYear) {
        return new Production(commodity, region(region), unitsPerYear, SOURCE);
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
