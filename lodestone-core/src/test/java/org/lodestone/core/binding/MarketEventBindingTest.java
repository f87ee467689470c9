package org.lodestone.core.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.coalition.Membership;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.EventSpec.Targets;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * Binding export controls, logistics disruptions, demand shocks and stock releases to the table of
 * a small dataset: ore is mined in AUS and CHN, metal refined in CHN, JPN and USA, chips made in
 * KOR and USA; allies are USA (since 2025-12-12), AUS (2025-06-01 until 2026-01-15) and JPN (from
 * 2026-02-01). Scenarios start on 2026-01-01, so step n is that date plus n days.
 */
class MarketEventBindingTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Group ALLIES = new Group(
            "allies",
            "Allies",
            List.of(
                    Membership.since(RegionId.of("USA"), LocalDate.of(2025, 12, 12)),
                    new Membership(
                            RegionId.of("AUS"),
                            Optional.of(LocalDate.of(2025, 6, 1)),
                            Optional.of(LocalDate.of(2026, 1, 15))),
                    Membership.since(RegionId.of("JPN"), LocalDate.of(2026, 2, 1))));
    private static final Group CONCERN =
            new Group("concern", "Countries of concern", List.of(Membership.always(RegionId.of("CHN"))));

    private final Dataset dataset = DatasetFixture.dataset("ore", "metal", "chip")
            .group(ALLIES)
            .group(CONCERN)
            .produce("ore", "CHN", 60)
            .produce("ore", "AUS", 40)
            .produce("metal", "CHN", 20)
            .produce("metal", "JPN", 10)
            .produce("metal", "USA", 30)
            .produce("chip", "USA", 100)
            .produce("chip", "KOR", 50)
            .recipe("metal", "ore", 2)
            .recipe("chip", "metal", 0.4)
            .finalDemand("chip", "USA", 60)
            .finalDemand("chip", "JPN", 40)
            .finalDemand("chip", "KOR", 50)
            .chokepoint("malacca", "CHN", "USA", 0.6, "AUS", "JPN", 0.3)
            .chokepoint("panama", "USA", "JPN", 1)
            .build();
    private final IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
    private final ArioModel model = ArioModel.of(table, ArioParameters.defaults());

    private BoundEvents bind(Optional<LocalDate> start, Optional<Dataset> data, EventSpec... events) {
        Scenario s = new Scenario(
                "t",
                "x",
                start,
                200,
                Optional.empty(),
                ArioParameters.defaults(),
                List.of(events),
                Uncertainty.none(),
                "h");
        return ScenarioBinder.bind(s, model, data);
    }

    private List<Event> bind(EventSpec... events) {
        BoundEvents bound = bind(Optional.of(START), Optional.of(dataset), events);
        assertThat(bound.problems()).isEmpty();
        return bound.events();
    }

    private List<String> problems(EventSpec... events) {
        return bind(Optional.of(START), Optional.of(dataset), events).problems().stream()
                .map(p -> p.event() + ": " + p.text())
                .toList();
    }

    private static EventSpec.ExportControl control(String imposer, List<String> what, Targets to, int start) {
        return new EventSpec.ExportControl(imposer, what, to, 1, start, 30, 0, 0);
    }

    private static Targets group(String id) {
        return new Targets(false, List.of(), Optional.of(id));
    }

    private static Targets regions(String... codes) {
        return new Targets(false, List.of(codes), Optional.empty());
    }

    private int industry(String region, String commodity) {
        int i = table.indexOf(region, commodity);
        assertThat(i).as("%s/%s in the table", region, commodity).isNotNegative();
        return i;
    }

    /** Regions of the industries a mask selects. */
    private List<String> buyerRegions(boolean[] mask) {
        return IntStream.range(0, mask.length)
                .filter(j -> mask[j])
                .mapToObj(j -> table.industries().get(j).region())
                .distinct()
                .sorted()
                .toList();
    }

    private List<String> columnRegions(boolean[] mask) {
        return IntStream.range(0, mask.length)
                .filter(q -> mask[q])
                .mapToObj(q -> table.finalDemandColumns().get(q).region())
                .sorted()
                .toList();
    }

    @Test
    void groupTargetsAreTheGroupsMembersOnTheEventsDate() {
        List<Event> events = bind(
                control("CHN", List.of("ore"), group("allies"), 9),
                control("CHN", List.of("ore"), group("allies"), 14),
                control("CHN", List.of("ore", "metal"), group("allies"), 40));

        Event.ExportControl january10 = (Event.ExportControl) events.get(0);
        // step 9 is 2026-01-10: AUS has not yet left and JPN not yet joined
        assertThat(january10.industries()).containsExactly(industry("CHN", "ore"));
        assertThat(buyerRegions(january10.targetBuyers())).containsExactly("AUS", "USA");
        // final demand exists in JPN, KOR and USA only
        assertThat(columnRegions(january10.targetColumns())).containsExactly("USA");
        // step 14 is 2026-01-15, the day AUS left: it is no longer a member
        assertThat(buyerRegions(((Event.ExportControl) events.get(1)).targetBuyers()))
                .containsExactly("USA");
        // step 40 is 2026-02-10: JPN has joined
        Event.ExportControl february = (Event.ExportControl) events.get(2);
        assertThat(buyerRegions(february.targetBuyers())).containsExactly("JPN", "USA");
        assertThat(columnRegions(february.targetColumns())).containsExactly("JPN", "USA");
        assertThat(february.industries()).containsExactly(industry("CHN", "metal"), industry("CHN", "ore"));
    }

    @Test
    void allTargetsEveryRegionButTheImposer() {
        Event.ExportControl control = (Event.ExportControl)
                bind(control("CHN", List.of("metal"), Targets.everyone(), 1)).get(0);
        Event.ExportControl listed = (Event.ExportControl)
                bind(control("CHN", List.of("metal"), regions("CHN", "USA"), 1)).get(0);

        assertThat(buyerRegions(control.targetBuyers())).containsExactly("AUS", "JPN", "KOR", "USA");
        assertThat(columnRegions(control.targetColumns())).containsExactly("JPN", "KOR", "USA");
        assertThat(buyerRegions(listed.targetBuyers())).containsExactly("USA");
    }

    @Test
    void aChokepointBecomesTheRouteSharesOfTheRegionPairsThatCrossIt() {
        Event.LogisticsDisruption strait =
                (Event.LogisticsDisruption) bind(new EventSpec.LogisticsDisruption("malacca", 0.5, 7, 10, 30))
                        .get(0);

        // regions are indexed AUS, CHN, JPN, KOR, USA
        double[][] expected = new double[5][5];
        expected[1][4] = 0.6;
        expected[0][2] = 0.3;
        assertThat(strait.routeShare()).isDeepEqualTo(expected);
        assertThat(strait.industries())
                .containsExactly(industry("AUS", "ore"), industry("CHN", "metal"), industry("CHN", "ore"));
        assertThat(strait.share()).isEqualTo(0.5);
        assertThat(strait.delayDays()).isEqualTo(7);
    }

    @Test
    void demandShocksAndStockReleasesNameTheirIndustriesAndColumns() {
        List<Event> events = bind(
                new EventSpec.DemandShock(List.of("chip"), regions("JPN", "USA"), 1.3, 1, 90),
                new EventSpec.StockRelease("USA", "metal", 5, 20, 60));

        Event.DemandShock surge = (Event.DemandShock) events.get(0);
        assertThat(surge.industries()).containsExactly(industry("KOR", "chip"), industry("USA", "chip"));
        assertThat(columnRegions(surge.columns())).containsExactly("JPN", "USA");
        assertThat(surge.factor()).isEqualTo(1.3);
        Event.StockRelease release = (Event.StockRelease) events.get(1);
        // in USA only chip makers use metal
        assertThat(release.industries()).containsExactly(industry("USA", "chip"));
        assertThat(release.product()).isEqualTo(table.sectors().indexOf("metal"));
        assertThat(release.perStep()).isEqualTo(5);
    }

    @Test
    void unknownNamesNameTheirEventWithAHint() {
        assertThat(problems(
                        control("CHA", List.of("ore"), Targets.everyone(), 1),
                        control("CHN", List.of("metl"), regions("USA", "JNP"), 1),
                        new EventSpec.LogisticsDisruption("malaca", 1, 0, 1, 5),
                        control("CHN", List.of("ore"), group("alies"), 1),
                        new EventSpec.DemandShock(List.of("chip"), regions("USB"), 1.3, 1, 5),
                        new EventSpec.StockRelease("USA", "metl", 5, 1, 5)))
                .containsExactly(
                        "0: imposer 'CHA' is not a region of the table; expected a region code of the dataset. Maybe you meant CHN",
                        "1: commodities 'metl' is not a commodity (sector) of the table; expected a commodity id of the dataset. "
                                + "Maybe you meant metal",
                        "1: targets 'JNP' is not a region of the table; expected a region code of the dataset. Maybe you meant JPN",
                        "2: chokepoint 'malaca' is not a chokepoint of the dataset; expected one of malacca, panama. "
                                + "Maybe you meant malacca",
                        "3: targets 'group:alies' is not a group of the dataset; expected one of allies, concern. "
                                + "Maybe you meant allies",
                        "4: regions 'USB' is not a region of the table; expected a region code of the dataset. Maybe you meant USA",
                        "5: commodity 'metl' is not a commodity (sector) of the table; expected a commodity id of the dataset. "
                                + "Maybe you meant metal");
    }

    @Test
    void groupsNeedAStartDateAndChokepointsADataset() {
        EventSpec allies = control("CHN", List.of("ore"), group("allies"), 1);
        EventSpec strait = new EventSpec.LogisticsDisruption("malacca", 1, 0, 1, 5);

        assertThat(bind(Optional.empty(), Optional.empty(), allies, strait).problems())
                .extracting(BindingProblem::text)
                .containsExactly(
                        "targets 'group:allies' is not a group of the dataset; expected a dataset with groups",
                        "chokepoint 'malacca' needs a Lodestone dataset with chokepoints and routes; "
                                + "expected a dataset with chokepoints.csv");
        assertThat(bind(Optional.empty(), Optional.of(dataset), allies).problems())
                .extracting(BindingProblem::text)
                .containsExactly("targets 'group:allies' needs the scenario's start date to resolve membership on the "
                        + "event's date; expected a top-level start: YYYY-MM-DD");
    }

    @Test
    void theImposerMustProduceTheCommodity() {
        assertThat(problems(control("CHN", List.of("ore", "chip"), Targets.everyone(), 1)))
                .containsExactly(
                        "0: commodities 'chip' is not produced by CHN; expected a commodity the imposer produces");
    }

    @Test
    void aStockReleaseNeedsAUserOfTheCommodityInTheRegion() {
        // JPN buys chips for final demand only; no industry of it uses them
        assertThat(problems(new EventSpec.StockRelease("JPN", "chip", 5, 1, 5)))
                .containsExactly(
                        "0: commodity 'chip' is not an input of any industry in JPN; expected a commodity the region's industries use");
    }
}
