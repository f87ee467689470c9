package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestone.core.model.DatasetFixture.dataset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.RegionId;

class NetworkBuilderTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);
    private static final CommodityId ORE = CommodityId.of("ore");
    private static final CommodityId METAL = CommodityId.of("metal");

    @Test
    void oneNodePerProducingRowInRowOrder() {
        Network network =
                NetworkBuilder.build(oreAndMetal().produce("metal", "BRA", 0).build());

        assertThat(network.nodes())
                .extracting(n -> n.region().code() + " " + n.commodity())
                .containsExactly("CHN ore", "AUS ore", "JPN metal", "USA metal");
        assertThat(network.nodes().get(2).outputPerYear()).isEqualTo(10);
        assertThat(network.nodeIndex(region("BRA"), METAL)).isEmpty();
    }

    @Test
    void inputLinksFollowWorldProductionShares() {
        Network network = NetworkBuilder.build(oreAndMetal().build());

        // JPN makes 10 metal × 2 ore = 20 ore: CHN 20 × 0.6 = 12, AUS 20 × 0.4 = 8
        assertSupplies(suppliers(network, node(network, "JPN", METAL), ORE), Map.of("CHN", 12.0, "AUS", 8.0));
        // USA makes 30 metal × 2 ore = 60 ore: CHN 36, AUS 24
        assertSupplies(suppliers(network, node(network, "USA", METAL), ORE), Map.of("CHN", 36.0, "AUS", 24.0));
    }

    @Test
    void finalDemandLinksHaveNoBuyerNode() {
        Network network = NetworkBuilder.build(oreAndMetal().build());

        List<Link> toDeu = network.links().stream()
                .filter(l -> l.buyerRegion().equals(region("DEU")))
                .toList();
        assertThat(toDeu).isNotEmpty().allSatisfy(l -> {
            assertThat(l.buyer()).isEqualTo(Link.FINAL_DEMAND);
            assertThat(l.toFinalDemand()).isTrue();
        });
        // DEU final demand 25 metal: JPN 25 × 0.25 = 6.25, USA 25 × 0.75 = 18.75
        assertSupplies(suppliers(network, Link.FINAL_DEMAND, "DEU", METAL), Map.of("JPN", 6.25, "USA", 18.75));
        assertThat(network.links().stream().filter(l -> !l.toFinalDemand())).allSatisfy(l -> {
            assertThat(l.buyer()).isNotNegative();
            assertThat(l.buyerRegion()).isEqualTo(network.nodes().get(l.buyer()).region());
        });
    }

    @Test
    void homeBiasFavoursTheBuyersOwnNode() {
        Network network = NetworkBuilder.build(oreAndMetal().homeBias(0.5).build());

        // JPN produces metal: JPN ← JPN = 0.5 + 0.5 × 0.25 = 0.625, × 15 = 9.375; JPN ← USA = 0.5 × 0.75 × 15 = 5.625
        assertSupplies(suppliers(network, Link.FINAL_DEMAND, "JPN", METAL), Map.of("JPN", 9.375, "USA", 5.625));
        // DEU produces no metal and JPN no ore: both keep the world mix
        assertSupplies(suppliers(network, Link.FINAL_DEMAND, "DEU", METAL), Map.of("JPN", 6.25, "USA", 18.75));
        assertSupplies(suppliers(network, node(network, "JPN", METAL), ORE), Map.of("CHN", 12.0, "AUS", 8.0));
    }

    @Test
    void aListedFlowIsCarriedAsListedAndTheRestIsBalancedAgainstResidualSupply() {
        Network network =
                NetworkBuilder.build(oreAndMetal().flow("ore", "CHN", "JPN", 5).build());

        // JPN uses 20 ore: CHN 5 as listed, the other 15 from AUS, the only producer with no row to JPN
        assertSupplies(suppliers(network, node(network, "JPN", METAL), ORE), Map.of("CHN", 5.0, "AUS", 15.0));
        // residual supply CHN 60 − 5 = 55, AUS 40 (95) against a rest of 15 + 60 = 75: targets × 75/95;
        // AUS gives JPN its 15, so USA gets AUS 40 × 75/95 − 15 and CHN 55 × 75/95
        assertSupplies(
                suppliers(network, node(network, "USA", METAL), ORE),
                Map.of("CHN", 55.0 * 75 / 95, "AUS", 40.0 * 75 / 95 - 15));
    }

    @Test
    void listedImportsAboveTheUseAreScaledDownToIt() {
        Network network = NetworkBuilder.build(oreAndMetal()
                .flow("ore", "CHN", "JPN", 30)
                .flow("ore", "AUS", "JPN", 10)
                .build());

        // JPN lists 40 but uses 20: 20 × 30/40 = 15 from CHN, 20 × 10/40 = 5 from AUS
        assertSupplies(suppliers(network, node(network, "JPN", METAL), ORE), Map.of("CHN", 15.0, "AUS", 5.0));
    }

    @Test
    void everyBuyersLinksSumToItsDemand() {
        Network network = NetworkBuilder.build(oreAndMetal().homeBias(0.3).build());

        assertThat(total(suppliers(network, node(network, "JPN", METAL), ORE))).isCloseTo(20, TOLERANCE);
        assertThat(total(suppliers(network, node(network, "USA", METAL), ORE))).isCloseTo(60, TOLERANCE);
        assertThat(total(suppliers(network, Link.FINAL_DEMAND, "JPN", METAL))).isCloseTo(15, TOLERANCE);
        assertThat(network.finalDeliveries().get(region("DEU")).get(METAL)).isCloseTo(25, TOLERANCE);
    }

    @Test
    void suppliersDeliverTheirShareOfAllDemand() {
        double[] delivered = NetworkBuilder.build(oreAndMetal().build()).deliveriesBySupplier();

        // CHN ore: 12 + 36 = 48; AUS ore: 8 + 24 = 32
        // JPN metal: (25 + 15) × 0.25 = 10; USA metal: 40 × 0.75 = 30
        assertThat(delivered).containsExactly(new double[] {48, 32, 10, 30}, within(1e-9));
    }

    @Test
    void demandForACommodityNobodyProducesGetsNoLinks() {
        Network network = NetworkBuilder.build(dataset("ore", "metal", "flux")
                .produce("ore", "CHN", 60)
                .produce("metal", "JPN", 10)
                .recipe("metal", "ore", 2)
                .recipe("metal", "flux", 0.1)
                .finalDemand("flux", "DEU", 5)
                .produce("flux", "QAT", 0)
                .build());

        assertThat(network.links()).extracting(Link::commodity).containsOnly(ORE);
        assertThat(network.links()).hasSize(1);
    }

    @Test
    void balancesCompareSupplyWithIntermediateAndFinalUse() {
        List<CommodityBalance> balances = NetworkBuilder.balances(oreAndMetal().build());

        assertThat(balances).extracting(CommodityBalance::commodity).containsExactly(ORE, METAL);
        CommodityBalance ore = balances.get(0);
        // ore: supply 60 + 40 = 100; intermediate 2 × (10 + 30) = 80; surplus 20; 20 / 100 = 0.2
        assertThat(ore.supply()).isCloseTo(100, TOLERANCE);
        assertThat(ore.intermediateUse()).isCloseTo(80, TOLERANCE);
        assertThat(ore.finalUse()).isZero();
        assertThat(ore.surplus()).isCloseTo(20, TOLERANCE);
        assertThat(ore.relativeSurplus()).isCloseTo(0.2, TOLERANCE);
        CommodityBalance metal = balances.get(1);
        // metal: supply 40; final 25 + 15 = 40; balanced
        assertThat(metal.supply()).isCloseTo(40, TOLERANCE);
        assertThat(metal.intermediateUse()).isZero();
        assertThat(metal.finalUse()).isCloseTo(40, TOLERANCE);
        assertThat(metal.surplus()).isCloseTo(0, TOLERANCE);
        assertThat(metal.relativeSurplus()).isCloseTo(0, TOLERANCE);
    }

    @Test
    void intermediateUseAddsEveryRecipeThatNeedsTheInput() {
        Dataset dataset = oreAndMetal()
                .commodity("chip")
                .produce("chip", "TWN", 8)
                .recipe("chip", "metal", 0.5)
                .finalDemand("ore", "DEU", 40)
                .build();
        List<CommodityBalance> balances = NetworkBuilder.balances(dataset);

        CommodityBalance ore = balances.get(0);
        // ore: use 80 + 40 = 120 > supply 100; surplus −20, relative to the larger: −20 / 120
        assertThat(ore.use()).isCloseTo(120, TOLERANCE);
        assertThat(ore.surplus()).isCloseTo(-20, TOLERANCE);
        assertThat(ore.relativeSurplus()).isCloseTo(-1.0 / 6, TOLERANCE);
        CommodityBalance metal = balances.get(1);
        // metal: intermediate 8 chips × 0.5 = 4; use 4 + 40 = 44; surplus 40 − 44 = −4
        assertThat(metal.intermediateUse()).isCloseTo(4, TOLERANCE);
        assertThat(metal.surplus()).isCloseTo(-4, TOLERANCE);
    }

    @Test
    void aCommodityWithUseButNoSupplyIsShortByAllItsUse() {
        List<CommodityBalance> balances = NetworkBuilder.balances(
                dataset("helium", "neon").finalDemand("helium", "KOR", 5).build());

        // helium: supply 0, use 5: surplus −5, −5 / 5 = −1
        assertThat(balances.get(0).surplus()).isCloseTo(-5, TOLERANCE);
        assertThat(balances.get(0).relativeSurplus()).isCloseTo(-1, TOLERANCE);
        // neon: nothing at all
        assertThat(balances.get(1).surplus()).isZero();
        assertThat(balances.get(1).relativeSurplus()).isZero();
    }

    /**
     * ore produced CHN 60, AUS 40; metal produced JPN 10, USA 30 from 2 ore per metal; final demand
     * for metal DEU 25, JPN 15.
     */
    private static DatasetFixture oreAndMetal() {
        return dataset("ore", "metal")
                .produce("ore", "CHN", 60)
                .produce("ore", "AUS", 40)
                .produce("metal", "JPN", 10)
                .produce("metal", "USA", 30)
                .recipe("metal", "ore", 2)
                .finalDemand("metal", "DEU", 25)
                .finalDemand("metal", "JPN", 15);
    }

    private static int node(Network network, String region, CommodityId commodity) {
        return network.nodeIndex(region(region), commodity).orElseThrow();
    }

    /** Supplier region → quantity delivered to node {@code buyer}. */
    private static Map<String, Double> suppliers(Network network, int buyer, CommodityId commodity) {
        return suppliers(network, buyer, network.nodes().get(buyer).region().code(), commodity);
    }

    /** Supplier region → quantity delivered to {@code buyer} (a node index or final demand) in {@code buyerRegion}. */
    private static Map<String, Double> suppliers(
            Network network, int buyer, String buyerRegion, CommodityId commodity) {
        Map<String, Double> quantities = new TreeMap<>();
        for (Link l : network.links()) {
            if (l.buyer() == buyer
                    && l.buyerRegion().code().equals(buyerRegion)
                    && l.commodity().equals(commodity)) {
                Node supplier = network.nodes().get(l.supplier());
                assertThat(supplier.commodity()).isEqualTo(commodity);
                quantities.merge(supplier.region().code(), l.quantityPerYear(), Double::sum);
            }
        }
        return quantities;
    }

    private static void assertSupplies(Map<String, Double> actual, Map<String, Double> expected) {
        assertThat(actual).containsOnlyKeys(expected.keySet());
        expected.forEach(
                (code, q) -> assertThat(actual.get(code)).as("from %s", code).isCloseTo(q, TOLERANCE));
    }

    private static double total(Map<String, Double> quantities) {
        return quantities.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
