package org.lodestone.io.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.backtest.Band;
import org.lodestone.core.backtest.MetricKind;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioReader;

/** Reading episode files: days from dates, bands, and every mistake located to its line and column. */
class EpisodeReaderTest {

    private static final String SCENARIO = """
            lodestone: 1
            name: s
            dataset: builtin:ai-stack
            start: 2019-07-04
            horizon: 100
            model: {inventory: {photoresist: 30}}
            events:
              - {type: export-control, imposer: JPN, commodities: [photoresist], targets: [KOR],
                 share-blocked: 1.0, start: 1, duration: 50}
            """;

    private static final String GOOD = """
            lodestone-episode: 1
            name: e
            title: an episode
            scenario: s.yaml
            overrides:
              - {path: model.inventory.photoresist, source: a, note: one month}
            metrics:
              - id: out
                kind: node-output
                commodity: hbm-wafer
                regions: [KOR]
                period: {from: 2019-07-04, to: 2019-09-30}
                observed: 108.3
                band: {min: 97, basis: judgement}
                sources: [a]
              - id: hf
                kind: flow
                commodity: hydrogen-fluoride
                regions: [JPN]
                importers: [KOR]
                period: {from: 2019-08-01, to: 2019-08-31}
                observed: 0
                band: {min: 0, max: 5, basis: measurement}
                needs: [hydrogen-fluoride]
                sources: [a, b]
            sources:
              - {id: a, publisher: KBS, url: "http://world.kbs.co.kr/"}
              - {id: b, publisher: Nikkei}
            """;

    private static LocatedScenario scenario(String text) {
        return ScenarioReader.read("s.yaml", text.getBytes(StandardCharsets.UTF_8), Path.of("s.yaml"));
    }

    private static Episode read(String episode, String scenario) {
        return EpisodeReader.read("e.yaml", episode, reference -> scenario(scenario));
    }

    private static List<String> problems(String episode, String scenario) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(episode, scenario));
        assertThat(e).as("expected problems").isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void readsMetricsWithPeriodsInDaysFromTheScenarioStart() {
        Episode episode = read(GOOD, SCENARIO);

        assertThat(episode.name()).isEqualTo("e");
        assertThat(episode.metrics()).hasSize(2);
        ObservedMetric out = episode.metrics().get(0).observed();
        assertThat(out.kind()).isEqualTo(MetricKind.NODE_OUTPUT);
        // 4 July -> 30 September 2019: 27 + 31 + 30 = 88 days later
        assertThat(out.fromDay()).isZero();
        assertThat(out.toDay()).isEqualTo(88);
        assertThat(out.observed().getAsDouble()).isEqualTo(108.3);
        assertThat(out.band()).isEqualTo(Band.atLeast(97, Band.Basis.JUDGEMENT));
        ObservedMetric hf = episode.metrics().get(1).observed();
        assertThat(hf.fromDay()).isEqualTo(28);
        assertThat(hf.importers()).containsExactly("KOR");
        assertThat(episode.metrics().get(1).needs()).containsExactly("hydrogen-fluoride");
        assertThat(episode.metrics().get(1).at().line()).isEqualTo(16);
        assertThat(episode.sources()).extracting(Episode.Source::id).containsExactly("a", "b");
    }

    @Test
    void everyMistakeIsReportedTogetherWithItsLocation() {
        String bad = GOOD.replace("kind: node-output", "kind: node-outptu")
                .replace("to: 2019-08-31", "to: 2020-08-31")
                .replace("band: {min: 0, max: 5, basis: measurement}", "band: {min: 6, max: 5, basis: measurement}")
                .replace("sources: [a, b]", "sources: [a, c]")
                .replace("title: an episode", "title: an episode\ncolour: blue");

        assertThat(problems(bad, SCENARIO))
                .containsExactlyInAnyOrder(
                        "e.yaml:4:1: error: key 'colour' is not a known key; expected one of gaps, lodestone-episode,"
                                + " metrics, name, overrides, requires, scenario, sources, title",
                        "e.yaml:10:11: error: kind 'node-outptu' is not a known value; expected one of node-output,"
                                + " flow, first-stockout-day, days-to-recover, share-blocked",
                        "e.yaml:22:36: error: to '2020-08-31' is before the period's start or after the run;"
                                + " expected a date from 2019-08-01 to 2019-10-11",
                        "e.yaml:24:25: error: max '5' is below min; expected max >= min",
                        "e.yaml:26:14: error: sources 'c' is not a source of this episode; expected one of a, b."
                                + " Add it under sources: with its publisher and url");
    }

    @Test
    void aModelSettingTheEpisodeDoesNotStateIsRefused() {
        String unstated = GOOD.replace("  - {path: model.inventory.photoresist, source: a, note: one month}\n", "")
                .replace("overrides:\n", "");
        String stale = GOOD.replace("model.inventory.photoresist", "model.psi");

        assertThat(problems(unstated, SCENARIO))
                .containsExactly("e.yaml:4:1: error: scenario 'model.inventory.photoresist' is set by the scenario but"
                        + " not stated under overrides; expected an overrides entry {path: model.inventory.photoresist,"
                        + " source: ID, note: why it held then}. An episode may only change a default when it was true"
                        + " at the time");
        assertThat(problems(stale, SCENARIO))
                .anyMatch(p -> p.contains("'model.psi' is stated as an override but the scenario does not set it"));
    }

    @Test
    void aYearsCapacityIsAnOverrideTheEpisodeMustState() {
        String year = SCENARIO.replace(
                "events:\n", "overrides:\n  dataset.production[photoresist,JPN].quantity: 20000\nevents:\n");
        String stated = GOOD.replace(
                "  - {path: model.inventory.photoresist, source: a, note: one month}\n",
                "  - {path: model.inventory.photoresist, source: a, note: one month}\n"
                        + "  - {path: \"dataset.production[photoresist,JPN].quantity\", source: a, note: 2019 output}\n");

        assertThat(problems(GOOD, year))
                .containsExactly(
                        "e.yaml:4:1: error: scenario 'dataset.production[photoresist,JPN].quantity' is set by the"
                                + " scenario but not stated under overrides; expected an overrides entry {path:"
                                + " dataset.production[photoresist,JPN].quantity, source: ID, note: why it held then}. An episode"
                                + " may only change a default when it was true at the time");
        Episode episode = read(stated, year);
        assertThat(episode.scenario().scenario().datasetValues())
                .containsEntry("dataset.production[photoresist,JPN].quantity", 20000.0);
        assertThat(episode.overrides())
                .extracting(Episode.StatedOverride::path)
                .contains("dataset.production[photoresist,JPN].quantity");
    }

    @Test
    void aScenarioWithoutAStartDateAndAMetricWithoutBandAreLocated() {
        String noStart = SCENARIO.replace("start: 2019-07-04\n", "");
        String noBand = GOOD.replace("    band: {min: 97, basis: judgement}\n", "");

        assertThat(problems(GOOD, noStart))
                .containsExactly(
                        "e.yaml:4:11: error: scenario 's' has no start date; expected a scenario with start:"
                                + " YYYY-MM-DD, the day the episode began. Periods are dates, counted from the scenario's start");
        assertThat(problems(noBand, SCENARIO))
                .containsExactly(
                        "e.yaml:8:5: error: key 'band' is missing; expected band: {min: X, max: Y, basis: ...}");
    }

    @Test
    void aBadScenarioReportsItsOwnLocationsBesideTheEpisodes() {
        String badScenario = SCENARIO.replace("horizon: 100", "horizon: -1");

        assertThat(problems(GOOD.replace("lodestone-episode: 1", "lodestone-episode: 2"), badScenario))
                .anyMatch(p -> p.startsWith("s.yaml:5:10: error: horizon '-1'"))
                .anyMatch(p -> p.startsWith("e.yaml:1:20: error: lodestone-episode '2' is not a known value"));
    }
}
