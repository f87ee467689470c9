package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.io.dataset.DatasetFolder;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * Binding export controls, logistics disruptions, demand shocks and stock releases to the table of
 * the tests' small dataset ({@link DatasetFolder}) with these producers, members and routes: ore is mined in AUS and CHN, metal refined in CHN, JPN and USA, chips made in
 * KOR and USA; allies are USA (since 2025-12-12), AUS (2025-06-01 until 2026-01-15) and JPN (from
 * 2026-02-01). Scenarios start on 2026-01-01, so step n is that date plus n days. Line numbers in
 * messages count from the scenario's first line, events from line 6.
 */
class MarketEventBinderTest {

    private static final String GROUPS = """
            allies:
              name: Allies
              members:
                - {region: USA, joined: 2025-12-12}
                - {region: AUS, joined: 2025-06-01, left: 2026-01-15}
                - {region: JPN, joined: 2026-02-01}
            concern:
              name: Countries of concern
              members:
                - {region: CHN}
            """;
    private static final String PRODUCTION = """
            commodity,region,quantity,source,status,note
            ore,CHN,60,S1,observed,
            ore,AUS,40,S1,observed,
            metal,CHN,20,S1,observed,
            metal,JPN,10,S1,observed,
            metal,USA,30,S1,observed,
            chip,USA,100,S1,observed,
            chip,KOR,50,S1,observed,
            """;
    private static final String CHOKEPOINTS = """
            id,name,source,status,note
            malacca,Strait of Malacca,S1,observed,
            panama,Panama Canal,S1,observed,
            """;
    private static final String ROUTES = """
            chokepoint,exporter,importer,share,source,status,note
            malacca,CHN,USA,0.6,S1,observed,
            malacca,AUS,JPN,0.3,S1,observed,
            panama,USA,JPN,1,S1,observed,
            """;

    @TempDir
    Path dir;

    private LoadedDataset dataset;
    private IoTable table;

    @BeforeEach
    void loadDataset() throws IOException {
        Path folder = new DatasetFolder()
                .with("regions.csv", "code,name\nAUS,Australia\nCHN,China\nJPN,Japan\nKOR,Korea\nUSA,United States\n")
                .with("groups.yaml", GROUPS)
                .with("production.csv", PRODUCTION)
                .with(
                        "final_demand.csv",
                        "commodity,region,quantity,source,status,note\nchip,USA,60,S1,observed,\n"
                                + "chip,JPN,40,S1,observed,\nchip,KOR,50,S1,observed,\n")
                .with("chokepoints.csv", CHOKEPOINTS)
                .with("routes.csv", ROUTES)
                .writeTo(Files.createDirectories(dir.resolve("dataset")));
        dataset = DatasetLoader.load(folder.toString());
        table = DatasetTables.of(dataset.dataset(), dataset.network());
    }

    private LocatedScenario scenario(String events) throws IOException {
        return ScenarioReader.read(Files.writeString(
                dir.resolve("s.yaml"),
                "lodestone: 1\nname: t\ndataset: x\nstart: 2026-01-01\nhorizon: 200\nevents:\n" + events));
    }

    private List<Event> bind(String events) throws IOException {
        return ScenarioBinder.bind(scenario(events), table, ArioParameters.defaults(), Optional.of(dataset.dataset()))
                .events();
    }

    private List<String> problems(String events) throws IOException {
        LocatedScenario s = scenario(events);
        try {
            ScenarioBinder.bind(s, table, ArioParameters.defaults(), Optional.of(dataset.dataset()));
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(s.file().toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected binding to fail");
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
    void groupTargetsAreTheGroupsMembersOnTheEventsDate() throws IOException {
        List<Event> events = bind("""
                  - {type: export-control, imposer: CHN, commodities: [ore], targets: "group:allies", share-blocked: 1,
                     start: 2026-01-10, duration: 30}
                  - {type: export-control, imposer: CHN, commodities: [ore], targets: "group:allies", share-blocked: 1,
                     start: 2026-01-15, duration: 30}
                  - {type: export-control, imposer: CHN, commodities: [ore, metal], targets: "group:allies", share-blocked: 0.5,
                     start: 40, end: 2026-03-01, licensing: {approval-rate: 0.25, delay-days: 7}}
                """);

        Event.ExportControl january10 = (Event.ExportControl) events.get(0);
        // on 2026-01-10 AUS has not yet left and JPN not yet joined
        assertThat(january10.occurrence()).isEqualTo(9);
        assertThat(january10.industries()).containsExactly(industry("CHN", "ore"));
        assertThat(buyerRegions(january10.targetBuyers())).containsExactly("AUS", "USA");
        // final demand exists in JPN, KOR and USA only
        assertThat(columnRegions(january10.targetColumns())).containsExactly("USA");
        // AUS left on 2026-01-15: that day it is no longer a member
        assertThat(buyerRegions(((Event.ExportControl) events.get(1)).targetBuyers()))
                .containsExactly("USA");
        // step 40 is 2026-02-10: JPN has joined; the end date is exclusive, 2026-03-01 is step 59
        Event.ExportControl february = (Event.ExportControl) events.get(2);
        assertThat(buyerRegions(february.targetBuyers())).containsExactly("JPN", "USA");
        assertThat(columnRegions(february.targetColumns())).containsExactly("JPN", "USA");
        assertThat(february.industries()).containsExactly(industry("CHN", "metal"), industry("CHN", "ore"));
        assertThat(february.duration()).isEqualTo(19);
        assertThat(february.share()).isEqualTo(0.5);
        assertThat(february.approvalRate()).isEqualTo(0.25);
        assertThat(february.delayDays()).isEqualTo(7);
    }

    @Test
    void allTargetsEveryRegionButTheImposer() throws IOException {
        Event.ExportControl control = (Event.ExportControl)
                bind("  - {type: export-control, imposer: CHN, commodities: [metal], targets: all, share-blocked: 1, start: 1, duration: 5}\n")
                        .get(0);

        assertThat(buyerRegions(control.targetBuyers())).containsExactly("AUS", "JPN", "KOR", "USA");
        assertThat(columnRegions(control.targetColumns())).containsExactly("JPN", "KOR", "USA");
        Event.ExportControl listed = (Event.ExportControl)
                bind("  - {type: export-control, imposer: CHN, commodities: [metal], targets: [CHN, USA], share-blocked: 1, start: 1, duration: 5}\n")
                        .get(0);
        assertThat(buyerRegions(listed.targetBuyers())).containsExactly("USA");
    }

    @Test
    void aChokepointBecomesTheRouteSharesOfTheRegionPairsThatCrossIt() throws IOException {
        Event.LogisticsDisruption strait = (Event.LogisticsDisruption)
                bind("  - {type: logistics-disruption, chokepoint: malacca, share-blocked: 0.5, delay-days: 7, start: 10, duration: 30}\n")
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
    void demandShocksAndStockReleasesNameTheirIndustriesAndColumns() throws IOException {
        List<Event> events = bind("""
                  - {type: demand-shock, commodities: [chip], regions: [JPN, USA], factor: 1.3, start: 1, duration: 90}
                  - {type: stock-release, region: USA, commodity: metal, rate: 5, start: 20, duration: 60}
                """);

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
    void unknownNamesAreLocatedWithAHint() throws IOException {
        assertThat(problems("""
                  - {type: export-control, imposer: CHA, commodities: [ore], targets: all, share-blocked: 1, start: 1, duration: 5}
                  - {type: export-control, imposer: CHN, commodities: [metl], targets: [USA, JNP], share-blocked: 1, start: 1, duration: 5}
                  - {type: logistics-disruption, chokepoint: malaca, share-blocked: 1, start: 1, duration: 5}
                  - {type: export-control, imposer: CHN, commodities: [ore], targets: "group:alies", share-blocked: 1, start: 1, duration: 5}
                """))
                .containsExactly(
                        "s.yaml:7:5: error: imposer 'CHA' is not a region of the table; expected a region code of the dataset. Maybe you meant CHN",
                        "s.yaml:8:5: error: commodities 'metl' is not a commodity (sector) of the table; expected a commodity id of the dataset. "
                                + "Maybe you meant metal",
                        "s.yaml:8:5: error: targets 'JNP' is not a region of the table; expected a region code of the dataset. Maybe you meant JPN",
                        "s.yaml:9:5: error: chokepoint 'malaca' is not a chokepoint of the dataset; expected one of malacca, panama. "
                                + "Maybe you meant malacca",
                        "s.yaml:10:5: error: targets 'group:alies' is not a group of the dataset; expected one of allies, concern. "
                                + "Maybe you meant allies");
    }

    @Test
    void demandShockAndStockReleaseProblemsNameTheirOwnKeys() throws IOException {
        assertThat(problems("""
                  - {type: demand-shock, commodities: [chip], regions: [USB], factor: 1.3, start: 1, duration: 5}
                  - {type: demand-shock, commodities: [chip], regions: "group:alies", factor: 1.3, start: 1, duration: 5}
                  - {type: stock-release, region: USA, commodity: metl, rate: 5, start: 1, duration: 5}
                """))
                .containsExactly(
                        "s.yaml:7:5: error: regions 'USB' is not a region of the table; expected a region code of the dataset. Maybe you meant USA",
                        "s.yaml:8:5: error: regions 'group:alies' is not a group of the dataset; expected one of allies, concern. "
                                + "Maybe you meant allies",
                        "s.yaml:9:5: error: commodity 'metl' is not a commodity (sector) of the table; expected a commodity id of the dataset. "
                                + "Maybe you meant metal");
    }

    @Test
    void groupsNeedAStartDateAndChokepointsADataset() throws IOException {
        LocatedScenario undated = ScenarioReader.read(Files.writeString(dir.resolve("u.yaml"), """
                lodestone: 1
                name: t
                dataset: x
                horizon: 200
                events:
                  - {type: export-control, imposer: CHN, commodities: [ore], targets: "group:allies", share-blocked: 1, start: 1, duration: 5}
                  - {type: logistics-disruption, chokepoint: malacca, share-blocked: 1, start: 1, duration: 5}
                """));
        try {
            ScenarioBinder.bind(undated, table, ArioParameters.defaults(), Optional.empty());
            throw new AssertionError("expected binding to fail");
        } catch (InputException e) {
            assertThat(e.problems().stream()
                            .map(Problem::format)
                            .map(p -> p.replace(undated.file().toString(), "u.yaml")))
                    .containsExactly(
                            "u.yaml:6:5: error: targets 'group:allies' is not a group of the dataset; expected a dataset with groups",
                            "u.yaml:7:5: error: chokepoint 'malacca' needs a Lodestone dataset with chokepoints and routes; "
                                    + "expected a dataset with chokepoints.csv");
        }
        try {
            ScenarioBinder.bind(undated, table, ArioParameters.defaults(), Optional.of(dataset.dataset()));
            throw new AssertionError("expected binding to fail");
        } catch (InputException e) {
            assertThat(e.problems())
                    .singleElement()
                    .extracting(Problem::format)
                    .asString()
                    .endsWith(
                            "u.yaml:6:5: error: targets 'group:allies' needs the scenario's start date to resolve membership on the event's date; "
                                    + "expected a top-level start: YYYY-MM-DD");
        }
    }

    @Test
    void theImposerMustProduceTheCommodity() throws IOException {
        assertThat(
                        problems(
                                "  - {type: export-control, imposer: CHN, commodities: [ore, chip], targets: all, share-blocked: 1, start: 1, duration: 5}\n"))
                .containsExactly(
                        "s.yaml:7:5: error: commodities 'chip' is not produced by CHN; expected a commodity the imposer produces");
    }

    @Test
    void aStockReleaseNeedsAUserOfTheCommodityInTheRegion() throws IOException {
        // JPN buys chips for final demand only; no industry of it uses them
        assertThat(problems(
                        "  - {type: stock-release, region: JPN, commodity: chip, rate: 5, start: 1, duration: 5}\n"))
                .containsExactly(
                        "s.yaml:7:5: error: commodity 'chip' is not an input of any industry in JPN; expected a commodity the region's industries use");
    }

    @Test
    void endDatesMustComeAfterTheStart() throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), """
                lodestone: 1
                name: t
                dataset: x
                start: 2026-01-01
                horizon: 200
                events:
                  - {type: export-control, imposer: CHN, commodities: [ore], targets: all, share-blocked: 1, start: 2026-01-10, end: 2026-01-05}
                  - {type: demand-shock, commodities: [chip], factor: 2, start: 2026-01-10, end: 2026-01-10}
                  - {type: stock-release, region: USA, commodity: metal, rate: 5, start: 9, end: 2026-01-11}
                """);
        try {
            ScenarioReader.read(file);
            throw new AssertionError("expected the scenario to be rejected");
        } catch (InputException e) {
            assertThat(e.problems().stream().map(Problem::format).map(p -> p.replace(file.toString(), "s.yaml")))
                    .containsExactly(
                            "s.yaml:7:118: error: end '2026-01-05' is not after the event's start; expected a later end date",
                            "s.yaml:8:82: error: end '2026-01-10' is not after the event's start; expected a later end date");
        }
    }
}
