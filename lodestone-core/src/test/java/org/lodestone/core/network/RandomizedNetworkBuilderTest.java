package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestone.core.model.DatasetFixture.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RecipeInput;
import org.lodestone.core.model.RegionId;

/**
 * Invariants of {@link NetworkBuilder} and {@link SourcingShares} on seeded random small datasets:
 * links preserve every buyer's demand, never carry a negative quantity, and each buyer region's
 * shares sum to 1. A failure names the dataset number; rerun with the same seed to reproduce it.
 */
class RandomizedNetworkBuilderTest {

    private static final long SEED = 20_260_311L;
    private static final int DATASETS = 200;
    private static final List<String> REGIONS = List.of("AUS", "CHN", "DEU", "JPN", "USA", "ROW");

    /** A buyer of one commodity: a node, or a region's final demand ({@link Link#FINAL_DEMAND}). */
    private record Buyer(int node, RegionId region, CommodityId commodity) {}

    @Test
    void everyBuyersLinksSumToItsDemand() {
        Random random = new Random(SEED);
        for (int round = 0; round < DATASETS; round++) {
            Dataset dataset = randomDataset(random);
            Network network = NetworkBuilder.build(dataset);
            Map<Buyer, Double> expected = demandOfSuppliedBuyers(dataset, network);
            Map<Buyer, Double> linked = new HashMap<>();
            network.links()
                    .forEach(l -> linked.merge(
                            new Buyer(l.buyer(), l.buyerRegion(), l.commodity()), l.quantityPerYear(), Double::sum));

            assertThat(linked.keySet()).as("buyers of dataset %d", round).isEqualTo(expected.keySet());
            for (Map.Entry<Buyer, Double> e : expected.entrySet()) {
                assertThat(linked.get(e.getKey()))
                        .as("dataset %d, %s", round, e.getKey())
                        .isCloseTo(e.getValue(), within(1e-9 * e.getValue()));
            }
        }
    }

    @Test
    void linksAreNonNegativeAndComeFromANodeOfTheirCommodity() {
        Random random = new Random(SEED);
        for (int round = 0; round < DATASETS; round++) {
            Network network = NetworkBuilder.build(randomDataset(random));
            for (Link l : network.links()) {
                assertThat(l.quantityPerYear()).as("dataset %d, %s", round, l).isGreaterThanOrEqualTo(0);
                assertThat(network.nodes().get(l.supplier()).commodity())
                        .as("dataset %d, %s", round, l)
                        .isEqualTo(l.commodity());
            }
        }
    }

    @Test
    void sharesOfEveryBuyerRegionSumToOne() {
        Random random = new Random(SEED);
        for (int round = 0; round < DATASETS; round++) {
            Dataset dataset = randomDataset(random);
            SourcingShares shares = new SourcingShares(
                    dataset.production(),
                    dataset.flows(),
                    RegionDemand.of(dataset.production(), dataset.recipes(), dataset.finalDemand()),
                    dataset.info().homeBias());
            Set<CommodityId> produced = producedCommodities(dataset);
            for (var commodity : dataset.commodities()) {
                for (String buyer : REGIONS) {
                    Map<RegionId, Double> s = shares.sharesFor(commodity.id(), RegionId.of(buyer));
                    String where = "dataset " + round + ", " + commodity.id() + " for " + buyer;
                    assertThat(s.values())
                            .as(where)
                            .allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0));
                    if (produced.contains(commodity.id())) {
                        assertThat(s.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum())
                                .as(where)
                                .isCloseTo(1, within(1e-9));
                    } else {
                        assertThat(s).as(where).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aListedFlowThatFitsTheImportersUseIsCarriedExactly() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int round = 0; round < DATASETS; round++) {
            Dataset dataset = randomDataset(random);
            Network network = NetworkBuilder.build(dataset);
            RegionDemand use = RegionDemand.of(dataset.production(), dataset.recipes(), dataset.finalDemand());
            Map<List<Object>, Double> carried = new HashMap<>();
            network.links()
                    .forEach(l -> carried.merge(
                            List.of(
                                    l.commodity(),
                                    network.nodes().get(l.supplier()).region(),
                                    l.buyerRegion()),
                            l.quantityPerYear(),
                            Double::sum));
            for (Flow f : dataset.flows()) {
                if (fitsTheUse(dataset, use, f)) {
                    assertThat(carried.getOrDefault(List.of(f.commodity(), f.exporter(), f.importer()), 0.0))
                            .as("dataset %d, %s", round, f)
                            .isCloseTo(f.unitsPerYear(), within(1e-9 * (1 + f.unitsPerYear())));
                    checked++;
                }
            }
        }
        assertThat(checked).as("listed flows checked").isGreaterThan(50);
    }

    /**
     * True when the rule must carry {@code f} as listed: it comes from a producer, the importer's
     * listed imports stay within its use, and some producer has no row to the importer.
     */
    private static boolean fitsTheUse(Dataset dataset, RegionDemand use, Flow f) {
        Set<RegionId> producers = new HashSet<>();
        dataset.production().stream()
                .filter(p -> p.commodity().equals(f.commodity()) && p.unitsPerYear() > 0)
                .forEach(p -> producers.add(p.region()));
        if (f.exporter().equals(f.importer()) || !producers.contains(f.exporter())) {
            return false;
        }
        double imported = 0;
        for (Flow g : dataset.flows()) {
            if (g.commodity().equals(f.commodity())
                    && g.importer().equals(f.importer())
                    && !g.exporter().equals(g.importer())
                    && producers.contains(g.exporter())) {
                imported += g.unitsPerYear();
                producers.remove(g.exporter());
            }
        }
        return !producers.isEmpty() && imported < use.unitsPerYear(f.commodity(), f.importer());
    }

    /**
     * 1–4 commodities over six regions: each (commodity, region) produces with probability 1/2
     * (sometimes 0), recipes link random pairs (cycles allowed), random final demand, observed flows
     * for about half the commodities, home bias 0, 1 or in between.
     */
    private static Dataset randomDataset(Random random) {
        int commodities = 1 + random.nextInt(4);
        DatasetFixture fixture = dataset().homeBias(randomHomeBias(random));
        for (int c = 0; c < commodities; c++) {
            String commodity = "c" + c;
            fixture.commodity(commodity);
            boolean withFlows = random.nextBoolean();
            for (String region : REGIONS) {
                if (random.nextBoolean()) {
                    fixture.produce(commodity, region, random.nextInt(10) == 0 ? 0 : 100 * random.nextDouble());
                }
                if (random.nextDouble() < 0.4) {
                    fixture.finalDemand(commodity, region, 50 * random.nextDouble());
                }
                for (String importer : REGIONS) {
                    if (withFlows && random.nextDouble() < 0.3) {
                        fixture.flow(commodity, region, importer, 50 * random.nextDouble());
                    }
                }
            }
            for (int input = 0; input < commodities; input++) {
                if (random.nextDouble() < 0.3) {
                    fixture.recipe(commodity, "c" + input, 3 * random.nextDouble());
                }
            }
        }
        return fixture.build();
    }

    private static double randomHomeBias(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> random.nextDouble();
        };
    }

    /** What each buyer needs of a commodity someone produces, worked out from the dataset's rows. */
    private static Map<Buyer, Double> demandOfSuppliedBuyers(Dataset dataset, Network network) {
        Set<CommodityId> produced = producedCommodities(dataset);
        Map<Buyer, Double> demand = new HashMap<>();
        for (Node node : network.nodes()) {
            for (RecipeInput r : dataset.recipes()) {
                if (r.output().equals(node.commodity()) && produced.contains(r.input())) {
                    demand.merge(
                            new Buyer(node.index(), node.region(), r.input()),
                            node.outputPerYear() * r.unitsPerUnitOutput(),
                            Double::sum);
                }
            }
        }
        for (FinalDemand fd : dataset.finalDemand()) {
            if (produced.contains(fd.commodity())) {
                demand.merge(new Buyer(Link.FINAL_DEMAND, fd.region(), fd.commodity()), fd.unitsPerYear(), Double::sum);
            }
        }
        demand.values().removeIf(q -> q == 0);
        return demand;
    }

    private static Set<CommodityId> producedCommodities(Dataset dataset) {
        Set<CommodityId> produced = new HashSet<>();
        for (Production p : dataset.production()) {
            if (p.unitsPerYear() > 0) {
                produced.add(p.commodity());
            }
        }
        return produced;
    }
}
