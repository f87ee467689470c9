package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

class ScenarioReaderTest {

    static final String REFERENCE = """
            lodestone: 1
            name: synth-5x4-capital-loss
            dataset: mrio:../testdata/ario-case-synth-5x4/mrio
            horizon: 365
            model: {kind: ario-psi, order-type: alt, psi: 0.8, alpha-base: 1.0, alpha-max: 1.25,
                    alpha-tau: 365, inventory-days: 90, inventory-restoration-tau: 60,
                    monetary-factor: 1000000}
            events:
              - {type: capital-destroyed, at: {region: R001, sector: S002}, fraction: 0.3,
                 start: 5, duration: 10, recovery: {tau: 30, curve: linear}}
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("scenario.yaml"), text);
    }

    private List<String> problems(String text) throws IOException {
        Path file = write(text);
        try {
            ScenarioReader.read(file);
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(file.toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void readsTheReferenceScenario() throws IOException {
        Scenario s = ScenarioReader.read(write(REFERENCE)).scenario();

        assertThat(s.name()).isEqualTo("synth-5x4-capital-loss");
        assertThat(s.horizon()).isEqualTo(365);
        assertThat(s.model().kind()).isEqualTo(ArioParameters.Kind.PSI);
        assertThat(s.model().monetaryFactor()).isEqualTo(1e6);
        assertThat(s.events()).singleElement().isInstanceOfSatisfying(EventSpec.CapitalDestroyed.class, e -> {
            assertThat(e.at()).containsExactly(new NodeRef("R001", "S002"));
            assertThat(e.fraction()).isEqualTo(0.3);
            assertThat(e.start()).isEqualTo(5);
            assertThat(e.duration()).isEqualTo(10);
            assertThat(e.recovery()).hasValue(new EventSpec.Recovery(RecoveryCurve.LINEAR, 30));
        });
        assertThat(s.hash())
                .hasSize(64)
                .isEqualTo(ScenarioReader.read(write(REFERENCE)).scenario().hash());
    }

    @Test
    void theDescriptionIsTheTitleAndTheNameStandsInWithoutOne() throws IOException {
        assertThat(ScenarioReader.read(write(REFERENCE)).title()).isEqualTo("synth-5x4-capital-loss");

        LocatedScenario described = ScenarioReader.read(write(REFERENCE.replace(
                "horizon: 365\n", "horizon: 365\ndescription: \"A 30% capital loss at R001/S002\"\n")));

        assertThat(described.description()).isEqualTo("A 30% capital loss at R001/S002");
        assertThat(described.title()).isEqualTo("A 30% capital loss at R001/S002");
        assertThat(described.withScenario(described.scenario()).title()).isEqualTo(described.title());
    }

    @Test
    void datesAreStepsFromTheScenarioStart() throws IOException {
        Scenario s = ScenarioReader.read(write("""
                lodestone: 1
                name: dated
                dataset: builtin:ai-stack
                start: 2026-11-10
                horizon: 100
                model: {kind: ario-base, order-type: fixed, inventory: {electricity: inf, neon: 45}}
                events:
                  - {type: capacity-loss, at: [{region: TWN, commodity: cowos-wafer}, {region: KOR, commodity: hbm-wafer}],
                     fraction: 0.25, start: 2026-12-01, duration: 5}
                """)).scenario();

        assertThat(s.start()).hasValue(LocalDate.of(2026, 11, 10));
        assertThat(s.model().kind()).isEqualTo(ArioParameters.Kind.BASE);
        assertThat(s.model().orderType()).isEqualTo(ArioParameters.OrderType.FIXED);
        assertThat(s.model().inventoryDaysBySector())
                .containsEntry("electricity", Double.POSITIVE_INFINITY)
                .containsEntry("neon", 45.0);
        // 2026-11-10 + 21 days = 2026-12-01; default recovery: linear over 1 step
        assertThat(s.events()).singleElement().isInstanceOfSatisfying(EventSpec.CapacityLoss.class, e -> {
            assertThat(e.start()).isEqualTo(21);
            assertThat(e.at()).hasSize(2);
            assertThat(e.curve()).isEqualTo(RecoveryCurve.LINEAR);
            assertThat(e.tau()).isEqualTo(1.0);
        });
    }

    @Test
    void unknownKeysListTheValidOnes() throws IOException {
        assertThat(problems(REFERENCE + "colour: red\n"))
                .containsExactly(
                        "s.yaml:11:1: error: key 'colour' is not a known key; expected one of coalition, dataset, description, events, horizon, "
                                + "lodestone, model, name, overrides, start, uncertainty");
        assertThat(problems(REFERENCE.replace("psi: 0.8,", "psy: 0.8,")))
                .singleElement()
                .asString()
                .startsWith("s.yaml:5:42: error: key 'psy' is not a known key; expected one of alpha-base, alpha-max,");
    }

    @Test
    void badValuesAreLocated() throws IOException {
        assertThat(problems(REFERENCE
                        .replace("psi: 0.8", "psi: 1.5")
                        .replace("horizon: 365", "horizon: soon")
                        .replace("curve: linear", "curve: wiggly")))
                .containsExactly(
                        "s.yaml:4:10: error: horizon 'soon' is not a valid whole number; expected a whole number >= 1",
                        "s.yaml:5:47: error: psi '1.5' is out of range; expected a number > 0 and <= 1",
                        "s.yaml:10:57: error: curve 'wiggly' is not a known value; expected one of linear, convex, convex-unscaled, concave");
    }

    @Test
    void eventsAreCheckedOneByOne() throws IOException {
        List<String> problems = problems("""
                lodestone: 1
                name: bad-events
                dataset: builtin:ai-stack
                horizon: 30
                events:
                  - {type: export-control, imposer: CHN}
                  - {type: earthquake}
                  - {type: capacity-loss, at: {region: TWN}, fraction: 0.5, start: 2026-12-01, duration: 5}
                  - {type: capital-destroyed, at: {region: TWN, sector: x}, fraction: 0.5, start: 1, duration: 5}
                """);

        assertThat(problems)
                .containsExactly(
                        "s.yaml:6:5: error: key 'commodities' is missing; expected commodities: [id, ...] (sectors for MRIO tables)",
                        "s.yaml:6:5: error: key 'targets' is missing; expected all, group:NAME, or a list of region codes",
                        "s.yaml:6:5: error: key 'share-blocked' is missing; expected a value for share-blocked",
                        "s.yaml:6:5: error: key 'start' is missing; expected a value for start",
                        "s.yaml:6:5: error: an event needs exactly one of duration and end; expected duration: N (steps) or end: YYYY-MM-DD",
                        "s.yaml:7:12: error: type 'earthquake' is not a known event type; expected one of capacity-loss, capital-destroyed, "
                                + "export-control, logistics-disruption, demand-shock, stock-release",
                        "s.yaml:8:31: error: a node needs exactly one of sector and commodity; expected {region: R, sector: S} or {region: R, commodity: C}",
                        "s.yaml:8:68: error: start '2026-12-01' is a date but the scenario has no start date; expected a step number, or a "
                                + "top-level start: YYYY-MM-DD",
                        "s.yaml:9:5: error: capital-destroyed needs either recovery or rebuild, not both or neither; expected recovery: {tau, "
                                + "curve} or rebuild: {sectors, tau, factor}");
    }

    @Test
    void readsTheEventsLodestoneAddsToArio() throws IOException {
        Scenario s = ScenarioReader.read(write("""
                lodestone: 1
                name: market
                dataset: builtin:ai-stack
                start: 2026-11-10
                horizon: 400
                events:
                  - {type: export-control, imposer: CHN, commodities: [rare-earth-oxide], targets: "group:pax-silica",
                     share-blocked: 0.9, start: 2026-11-11, end: 2027-11-10, licensing: {approval-rate: 0.25, delay-days: 45}}
                  - {type: logistics-disruption, chokepoint: taiwan-strait, share-blocked: 0.5, delay-days: 7, start: 10, duration: 30}
                  - {type: demand-shock, commodities: [ai-compute], regions: [USA, XEU], factor: 1.3, start: 1, duration: 90}
                  - {type: stock-release, region: USA, commodity: gallium, rate: 50, start: 20, duration: 60}
                """)).scenario();

        assertThat(s.events()).hasSize(4);
        EventSpec.ExportControl control = (EventSpec.ExportControl) s.events().get(0);
        // 2026-11-11 is step 1; 2027-11-10 is 365 days after 2026-11-10, so the control lasts 364 steps
        assertThat(control.start()).isEqualTo(1);
        assertThat(control.duration()).isEqualTo(364);
        assertThat(control.targets().group()).hasValue("pax-silica");
        assertThat(control.approvalRate()).isEqualTo(0.25);
        assertThat(control.delayDays()).isEqualTo(45);
        EventSpec.LogisticsDisruption strait =
                (EventSpec.LogisticsDisruption) s.events().get(1);
        assertThat(strait.share()).isEqualTo(0.5);
        assertThat(strait.delayDays()).isEqualTo(7);
        EventSpec.DemandShock surge = (EventSpec.DemandShock) s.events().get(2);
        assertThat(surge.regions().regions()).containsExactly("USA", "XEU");
        assertThat(surge.factor()).isEqualTo(1.3);
        EventSpec.StockRelease release = (EventSpec.StockRelease) s.events().get(3);
        assertThat(release.ratePerDay()).isEqualTo(50);
    }

    @Test
    void rebuildSharesMustSumToOne() throws IOException {
        assertThat(problems(REFERENCE.replace(
                        "recovery: {tau: 30, curve: linear}", "rebuild: {sectors: {S000: 0.5, S001: 0.4}, tau: 60}")))
                .containsExactly(
                        "s.yaml:10:49: error: sectors '0.9' shares do not sum to 1; expected shares summing to 1");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheValidTypesWhateverItsKeys() throws IOException {
        // the keys of a stock release, under a type that does not exist: no kind may stand in for it
        assertThat(problems("""
                        lodestone: 1
                        name: t
                        dataset: x
                        horizon: 30
                        events:
                          - {type: price-cap, region: USA, commodity: gallium, rate: 5, start: 1, duration: 5}
                        """))
                .containsExactly(
                        "s.yaml:6:12: error: type 'price-cap' is not a known event type; expected one of capacity-loss, "
                                + "capital-destroyed, export-control, logistics-disruption, demand-shock, stock-release");
    }

    @Test
    void numbersAreCheckedAgainstTheirFieldsRange() throws IOException {
        assertThat(problems("""
                        lodestone: 1
                        name: t
                        dataset: x
                        horizon: 30
                        events:
                          - {type: export-control, imposer: CHN, commodities: [x], targets: all, share-blocked: 1.5, start: 1,
                             duration: 5, licensing: {approval-rate: -1, delay-days: 2.5}}
                          - {type: capacity-loss, at: {region: R, sector: S}, fraction: 0, start: 1, duration: 5, recovery: {tau: 0.5}}
                        """))
                .containsExactly(
                        "s.yaml:6:89: error: share-blocked '1.5' is out of range; expected a number >= 0 and <= 1",
                        "s.yaml:7:46: error: approval-rate '-1' is out of range; expected a number >= 0 and <= 1",
                        "s.yaml:7:62: error: delay-days '2.5' is not a valid whole number; expected a whole number >= 0",
                        "s.yaml:8:65: error: fraction '0' is out of range; expected a number > 0 and <= 1",
                        "s.yaml:8:107: error: tau '0.5' is out of range; expected a number >= 1");
    }

    @Test
    void aBadStartDateSaysHowToWriteOneAndEventDatesAreNotBlamedForIt() throws IOException {
        assertThat(problems("""
                        lodestone: 1
                        name: t
                        dataset: x
                        start: 2026-13-01
                        horizon: 200
                        events:
                          - {type: capacity-loss, at: {region: A, sector: mfg}, fraction: 0.5, start: 2026-12-10, duration: 5}
                        """))
                .containsExactly(
                        "s.yaml:4:8: error: start '2026-13-01' is not a date; expected an ISO date YYYY-MM-DD. "
                                + "Use YYYY-MM-DD, e.g. 2026-03-01");
    }

    @Test
    void endDatesMustComeAfterTheStart() throws IOException {
        assertThat(problems("""
                        lodestone: 1
                        name: t
                        dataset: x
                        start: 2026-01-01
                        horizon: 200
                        events:
                          - {type: export-control, imposer: CHN, commodities: [ore], targets: all, share-blocked: 1, start: 2026-01-10, end: 2026-01-05}
                          - {type: demand-shock, commodities: [chip], factor: 2, start: 2026-01-10, end: 2026-01-10}
                          - {type: stock-release, region: USA, commodity: metal, rate: 5, start: 9, end: 2026-01-11}
                        """))
                .containsExactly(
                        "s.yaml:7:118: error: end '2026-01-05' is not after the event's start; expected a later end date",
                        "s.yaml:8:82: error: end '2026-01-10' is not after the event's start; expected a later end date");
    }

    @Test
    void missingFileAndMalformedYaml() throws IOException {
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("absent.yaml")))
                .hasMessageContaining("absent.yaml: error: does not exist");
        assertThat(problems("name: [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("s.yaml:2:1: error: is not valid YAML");
    }
}
