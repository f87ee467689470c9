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
import org.lodestone.core.model.Flow;
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
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), 0);

        assertShares(shares.sharesFor(ORE, region("JPN")), Map.of("CHN", 0.6, "AUS", 0.4));
        assertShares(shares.sharesFor(ORE, region("CHN")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    @Test
    void homeBiasGivesAProducingBuyerHPlusItsWeightedWorldShare() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), 0.25);

        // AUS ← AUS = 0.25 + 0.75 × 0.4 = 0.55; AUS ← CHN = 0.75 × 0.6 = 0.45
        assertShares(shares.sharesFor(ORE, region("AUS")), Map.of("AUS", 0.55, "CHN", 0.45));
        // CHN ← CHN = 0.25 + 0.75 × 0.6 = 0.70; CHN ← AUS = 0.75 × 0.4 = 0.30
        assertShares(shares.sharesFor(ORE, region("CHN")), Map.of("CHN", 0.70, "AUS", 0.30));
    }

    @Test
    void aNonTradableCommodityIsSourcedOnlyAtHome() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), 0, Set.of(ORE));

        assertShares(shares.sharesFor(ORE, region("AUS")), Map.of("AUS", 1.0));
        assertThat(shares.sharesFor(ORE, region("JPN"))).isEmpty();
        // metal stays tradable: JPN gets the world mix 0.25 / 0.75
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("JPN", 0.25, "USA", 0.75));
    }

    @Test
    void homeBiasLeavesABuyerThatDoesNotProduceWithTheWorldMix() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), 0.25);

        assertShares(shares.sharesFor(ORE, region("JPN")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    @Test
    void fullHomeBiasMakesAProducerSelfSufficient() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(), 1);

        // AUS ← AUS = 1 + 0 × 0.4 = 1; AUS ← CHN = 0 × 0.6 = 0
        assertThat(shares.sharesFor(ORE, region("AUS")).get(region("AUS"))).isCloseTo(1.0, within(1e-12));
        assertThat(shares.sharesFor(ORE, region("AUS")).getOrDefault(region("CHN"), 0.0))
                .isZero();
    }

    @Test
    void aHomeBiasOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new SourcingShares(PRODUCTION, List.of(), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("home bias must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> new SourcingShares(PRODUCTION, List.of(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommodityNobodyProducesHasNoSuppliers() {
        List<Production> withZeroRow = new ArrayList<>(PRODUCTION);
        withZeroRow.add(production(CommodityId.of("helium"), "QAT", 0));
        SourcingShares shares = new SourcingShares(withZeroRow, List.of(), 0.5);

        assertThat(shares.sharesFor(CommodityId.of("helium"), region("QAT"))).isEmpty();
        assertThat(shares.sharesFor(CommodityId.of("gallium"), region("JPN"))).isEmpty();
    }

    @Test
    void flowsGiveImportsPlusProductionMinusExports() {
        SourcingShares shares = new SourcingShares(
                PRODUCTION,
                List.of(flow(METAL, "USA", "JPN", 4), flow(METAL, "JPN", "DEU", 5), flow(METAL, "USA", "DEU", 20)),
                0);

        // JPN: imports USA 4, home 10 − 5 exported = 5; of 9: USA 4/9, JPN 5/9
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("USA", 4.0 / 9, "JPN", 5.0 / 9));
        // DEU: imports USA 20, JPN 5, no production; of 25: USA 0.8, JPN 0.2
        assertShares(shares.sharesFor(METAL, region("DEU")), Map.of("USA", 0.8, "JPN", 0.2));
        // USA: no imports, home 30 − (4 + 20) = 6: all from itself
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("USA", 1.0));
    }

    @Test
    void exportsAboveProductionLeaveNoHomeShareRatherThanANegativeOne() {
        SourcingShares shares =
                new SourcingShares(PRODUCTION, List.of(flow(METAL, "JPN", "DEU", 12), flow(METAL, "USA", "JPN", 3)), 0);

        // JPN home share max(0, 10 − 12) = 0; imports USA 3: all from USA
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("USA", 1.0));
    }

    @Test
    void aFlowFromARegionToItselfIsNeitherImportNorExport() {
        SourcingShares shares = new SourcingShares(
                PRODUCTION, List.of(flow(METAL, "JPN", "JPN", 100), flow(METAL, "USA", "JPN", 5)), 0);

        // JPN: imports USA 5, home 10 − 0 = 10; of 15: USA 1/3, JPN 2/3
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("USA", 1.0 / 3, "JPN", 2.0 / 3));
    }

    @Test
    void aRegionWithNeitherImportsNorProductionFallsBackToTheWorldMix() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(flow(METAL, "USA", "JPN", 4)), 0.5);

        // FRA has no metal flows and no metal production: world shares JPN 10/40, USA 30/40
        assertShares(shares.sharesFor(METAL, region("FRA")), Map.of("JPN", 0.25, "USA", 0.75));
    }

    @Test
    void flowsOfOneCommodityLeaveAnotherToSynthesis() {
        SourcingShares shares = new SourcingShares(PRODUCTION, List.of(flow(METAL, "USA", "JPN", 4)), 0);

        assertShares(shares.sharesFor(ORE, region("JPN")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    private static void assertShares(Map<RegionId, Double> actual, Map<String, Double> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((code, share) ->
                assertThat(actual.get(region(code))).as("share from %s", code).isCloseTo(share, within(1e-12)));
    }

    private static Production production(CommodityId commodity, String region, double unitsPerYear) {
        return new Production(commodity, region(region), unitsPerYear, SOURCE);
    }

    private static Flow flow(CommodityId commodity, String exporter, String importer, double unitsPerYear) {
        return new Flow(commodity, region(exporter), region(importer), unitsPerYear, SOURCE);
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
