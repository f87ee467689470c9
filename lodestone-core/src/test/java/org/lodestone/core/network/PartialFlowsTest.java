package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.FinalDemand;
import org.lodestone.core.model.Flow;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RegionId;

/**
 * Partial flows on a small balanced market, every share derived by hand: metal is made in CHN (100)
 * and JPN (20) and used in CHN (60), JPN (20), USA (30) and DEU (10), units per year (120 made, 120
 * used); ore (AUS 40, CHN 60) has no rows.
 */
class PartialFlowsTest {

    private static final CommodityId METAL = CommodityId.of("metal");
    private static final CommodityId ORE = CommodityId.of("ore");
    private static final Provenance SOURCE = Provenance.observed("TEST");
    private static final List<Production> PRODUCTION = List.of(
            new Production(METAL, region("CHN"), 100, SOURCE),
            new Production(METAL, region("JPN"), 20, SOURCE),
            new Production(ORE, region("AUS"), 40, SOURCE),
            new Production(ORE, region("CHN"), 60, SOURCE));
    private static final RegionDemand USE = RegionDemand.of(
            PRODUCTION, List.of(), List.of(use("CHN", 60), use("JPN", 20), use("USA", 30), use("DEU", 10)));

    @Test
    void aListedFlowFixesItsPairAndTheRestIsBalancedAgainstResidualSupply() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 12));

        // USA: CHN 12 of its 30 = 0.4; the other 18 (0.6) from JPN, the only producer without a row
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 0.4, "JPN", 0.6));
        // residual supply CHN 100 − 12 = 88, JPN 20; JPN has 20 − 18 = 2 left for the other 90 of use,
        // which CHN's 88 covers: every other buyer takes JPN 2/90, CHN 88/90
        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("CHN", 88.0 / 90, "JPN", 2.0 / 90));
        assertShares(shares.sharesFor(METAL, region("CHN")), Map.of("CHN", 88.0 / 90, "JPN", 2.0 / 90));
        assertShares(shares.sharesFor(METAL, region("DEU")), Map.of("CHN", 88.0 / 90, "JPN", 2.0 / 90));
    }

    @Test
    void homeBiasTiltsTheRestTowardsHomeWhileEachProducerKeepsItsResidualSupply() {
        SourcingShares shares = shares(0.5, flow("CHN", "USA", 12));

        // USA produces nothing: its rest still comes from JPN only
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 0.4, "JPN", 0.6));
        // JPN's draws over all buyers: 18 to USA plus the others' = its residual 20
        double fromJpn = 30 * 0.6
                + 60 * share(shares, "CHN", "JPN")
                + 20 * share(shares, "JPN", "JPN")
                + 10 * share(shares, "DEU", "JPN");
        assertThat(fromJpn).isCloseTo(20, within(1e-6));
        // home bias: JPN takes more of its own output than DEU, which has no home output
        assertThat(share(shares, "JPN", "JPN")).isGreaterThan(share(shares, "DEU", "JPN"));
    }

    @Test
    void aZeroRowRecordsThatThePairDoesNotTrade() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 0));

        // USA's 30 all from JPN, although JPN makes only 20 (the loader warns): balancing then
        // leaves the other buyers nearly nothing of JPN's
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("JPN", 1.0));
        assertThat(share(shares, "DEU", "CHN")).isCloseTo(1, within(1e-3));
    }

    @Test
    void whenEveryProducerIsListedTheListedFlowsAreScaledToTheUse() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 12), flow("JPN", "USA", 6));

        // 12 + 6 = 18 of 30, no producer left unlisted: CHN 12/18, JPN 6/18
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 2.0 / 3, "JPN", 1.0 / 3));
    }

    @Test
    void listedImportsAboveTheUseAreScaledDownToIt() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 40));

        // 40 > 30: the whole use follows the listed rows, CHN 1
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 1.0));
    }

    @Test
    void whenEveryRowIsZeroTheWholeUseFollowsTheSynthesisRule() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 0), flow("JPN", "USA", 0));

        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 100.0 / 120, "JPN", 20.0 / 120));
    }

    @Test
    void unlistedProducersWithNoResidualSupplyShareTheRestByOutput() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 12), flow("CHN", "JPN", 88), flow("JPN", "CHN", 20));

        // USA: CHN 0.4 listed; JPN (residual 20 − 20 = 0) is the only unlisted producer: 0.6
        assertShares(shares.sharesFor(METAL, region("USA")), Map.of("CHN", 0.4, "JPN", 0.6));
        // DEU: both residuals 0, so by output 100 / 20
        assertShares(shares.sharesFor(METAL, region("DEU")), Map.of("CHN", 100.0 / 120, "JPN", 20.0 / 120));
    }

    @Test
    void aFlowFromARegionToItselfIsIgnored() {
        SourcingShares shares = shares(0, flow("JPN", "JPN", 500), flow("CHN", "USA", 12));

        assertShares(shares.sharesFor(METAL, region("JPN")), Map.of("CHN", 88.0 / 90, "JPN", 2.0 / 90));
    }

    @Test
    void flowsOfOneCommodityLeaveAnotherToSynthesis() {
        SourcingShares shares = shares(0, flow("CHN", "USA", 12));

        assertShares(shares.sharesFor(ORE, region("USA")), Map.of("CHN", 0.6, "AUS", 0.4));
    }

    private static SourcingShares shares(double homeBias, Flow... flows) {
        return new SourcingShares(PRODUCTION, Arrays.asList(flows), USE, homeBias);
    }

    private static double share(SourcingShares shares, String buyer, String supplier) {
        return shares.sharesFor(METAL, region(buyer)).getOrDefault(region(supplier), 0.0);
    }

    private static void assertShares(Map<RegionId, Double> actual, Map<String, Double> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((code, share) ->
                assertThat(actual.get(region(code))).as("share from %s", code).isCloseTo(share, within(1e-12)));
    }

    private static Flow flow(String exporter, String importer, double unitsPerYear) {
        return new Flow(METAL, region(exporter), region(importer), unitsPerYear, SOURCE);
    }

    private static FinalDemand use(String region, double unitsPerYear) {
        return new FinalDemand(METAL, region(region), unitsPerYear, SOURCE);
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
