package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.run.Scope;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The numbers react the right way on the bundled dataset: a longer or wider export control never
 * delivers more AI compute to the coalition, licensing everything at once equals no control, and
 * a stock release reduces the shortfall of the controlled commodity's users.
 */
class StressTestReactionsTest {

    private static final String SERVERS = "imposer: CHN, commodities: [ai-server]";
    private static Scope scope;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadDataset() {
        scope = Scope.load("builtin:ai-stack", Optional.empty(), LocalDate.of(2026, 3, 1));
    }

    private ScenarioResult run(String name, String... events) throws IOException {
        StringBuilder yaml = new StringBuilder(
                "lodestone: 1\nname: " + name + "\ndataset: builtin:ai-stack\nstart: 2026-11-10\nhorizon: 240\n");
        yaml.append(events.length == 0 ? "events: []\n" : "events:\n");
        for (String e : events) {
            yaml.append("  - {").append(e).append("}\n");
        }
        Path file = Files.writeString(dir.resolve(name + ".yaml"), yaml);
        List<ScenarioEntry> entries = ScenarioSet.read(List.of(file.toString()), "builtin:ai-stack");
        return ScenarioRunner.run(scope, entries, 1, Progress.of(false, 0)).get(0);
    }

    private static String control(String what, String targets, double share, int duration) {
        return "type: export-control, " + what + ", targets: " + targets + ", share-blocked: " + share
                + ", start: 1, duration: " + duration;
    }

    private static ShortfallMetrics coalition(ScenarioResult r) {
        return r.coalition().compute().orElseThrow();
    }

    @Test
    void aLongerControlNeverDeliversMoreCompute() throws IOException {
        ShortfallMetrics shorter = coalition(run("short", control(SERVERS, "[USA]", 1.0, 60)));
        ShortfallMetrics longer = coalition(run("long", control(SERVERS, "[USA]", 1.0, 120)));

        assertThat(shorter.delivered()).isLessThan(1 - ShortfallMetrics.TOLERANCE);
        assertThat(longer.delivered()).isLessThanOrEqualTo(shorter.delivered());
        assertThat(longer.deepest()).isLessThanOrEqualTo(shorter.deepest());
    }

    @Test
    void aLargerShareBlockedNeverDeliversMoreCompute() throws IOException {
        ShortfallMetrics half = coalition(run("half", control(SERVERS, "[USA]", 0.5, 60)));
        ShortfallMetrics full = coalition(run("full", control(SERVERS, "[USA]", 1.0, 60)));

        assertThat(full.delivered()).isLessThan(1 - ShortfallMetrics.TOLERANCE);
        assertThat(full.delivered()).isLessThanOrEqualTo(half.delivered());
        assertThat(full.deepest()).isLessThanOrEqualTo(half.deepest());
    }

    @Test
    void moreTargetsNeverDeliverMoreCompute() throws IOException {
        String servers = "imposer: CHN, commodities: [ai-server, silicon-wafer]";
        assertThat(coalition(run("servers-group", control(servers, "\"group:pax-silica\"", 1.0, 90)))
                        .delivered())
                .isLessThanOrEqualTo(coalition(run("servers-usa", control(servers, "[USA]", 1.0, 90)))
                        .delivered());

        String scanners = "imposer: NLD, commodities: [euv-scanner, duv-immersion-scanner]";
        ScenarioResult usa = run("scanners-usa", control(scanners, "[USA]", 1.0, 120));
        ScenarioResult group = run("scanners-group", control(scanners, "\"group:pax-silica\"", 1.0, 120));

        assertThat(coalition(group).delivered())
                .isLessThanOrEqualTo(coalition(usa).delivered());
        assertThat(usa.coalition().losses()).isEmpty();
        assertThat(group.region("KOR").losses())
                .extracting(l -> l.commodity().id().value())
                .contains("logic-wafer-advanced");
    }

    @Test
    void licensingEverythingAtOnceEqualsNoControl() throws IOException {
        ScenarioResult none = run("none");
        ScenarioResult licensed = run(
                "licensed",
                control(SERVERS, "\"group:pax-silica\"", 1.0, 120)
                        + ", licensing: {approval-rate: 1.0, delay-days: 0}");

        for (RegionOutcome expected : none.regions()) {
            RegionOutcome actual = licensed.region(expected.region());
            assertThat(actual.finalSeries()).as(expected.region()).containsExactly(expected.finalSeries());
            assertThat(actual.compute()).as(expected.region()).isEqualTo(expected.compute());
            assertThat(actual.losses()).as(expected.region()).isEqualTo(expected.losses());
        }
        assertThat(coalition(none).firstShortfallDay()).isEmpty();
    }

    @Test
    void aStockReleaseReducesTheShortfallOfTheControlledCommoditysUsers() throws IOException {
        String cut = control(SERVERS, "[USA]", 1.0, 90);
        ScenarioResult without = run("cut", cut);
        ScenarioResult with = run(
                "cut-and-release",
                cut,
                "type: stock-release, region: USA, commodity: ai-server, rate: 100, start: 1, duration: 90");

        double[] before = without.series("ai-compute", Set.of("USA"));
        double[] after = with.series("ai-compute", Set.of("USA"));
        ShortfallMetrics m0 = ShortfallMetrics.of(before);
        ShortfallMetrics m1 = ShortfallMetrics.of(after);
        assertThat(m0.deepest()).isLessThan(1 - ShortfallMetrics.TOLERANCE);
        assertThat(m1.deepest()).isGreaterThan(m0.deepest());
        assertThat(m1.delivered()).isGreaterThan(m0.delivered());
        assertThat(without.coalition().mostHit().orElseThrow().lostDays())
                .isGreaterThan(
                        with.coalition().mostHit().map(CommodityLoss::lostDays).orElse(0.0));
    }
}
