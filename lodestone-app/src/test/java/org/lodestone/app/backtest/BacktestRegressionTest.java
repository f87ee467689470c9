package org.lodestone.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.core.backtest.BacktestScore;
import org.lodestone.core.backtest.MetricScore;

/**
 * The regression guard: replays every bundled episode and fails when a metric that
 * {@code expected-verdicts.csv} records as inside its band is now outside or no longer scored.
 * Prints the score, and the metrics that moved inside (to be recorded).
 */
class BacktestRegressionTest {

    private static Map<String, MetricScore> now;

    @BeforeAll
    static void replay() {
        now = new LinkedHashMap<>();
        for (EpisodeResult e : BacktestUseCase.replay(List.of(), 1)) {
            e.scores()
                    .forEach(s -> now.put(e.episode().name() + " " + s.metric().id(), s));
        }
    }

    private static Map<String, String> recorded() throws IOException {
        try (InputStream in = BacktestRegressionTest.class.getResourceAsStream("expected-verdicts.csv")) {
            Map<String, String> verdicts = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("episode,")) {
                    continue;
                }
                String[] f = line.split(",");
                verdicts.put(f[0] + " " + f[1], f[2].trim());
            }
            return verdicts;
        }
    }

    /** Each metric recorded inside that is not inside now, with what it is now. */
    static List<String> regressions(Map<String, String> recorded, Map<String, MetricScore> now) {
        List<String> regressions = new ArrayList<>();
        recorded.forEach((metric, verdict) -> {
            MetricScore s = now.get(metric);
            String today = s == null ? "missing" : s.verdict().text();
            if (verdict.equals("inside") && !today.equals("inside")) {
                regressions.add(metric + ": recorded inside, now " + today + describe(s));
            }
        });
        return regressions;
    }

    @Test
    void noMetricRecordedInsideFallsOutside() throws IOException {
        Map<String, String> recorded = recorded();
        List<String> improvements = new ArrayList<>();
        now.forEach((metric, s) -> {
            if (s.verdict() == MetricScore.Verdict.INSIDE && !"inside".equals(recorded.get(metric))) {
                improvements.add(metric);
            }
        });
        System.out.println("Backtest score: "
                + BacktestScore.of(new ArrayList<>(now.values())).line()
                + (improvements.isEmpty() ? "" : "; now inside, record them: " + improvements));

        assertThat(regressions(recorded, now))
                .as("metrics that fell out of their bands")
                .isEmpty();
        assertThat(recorded).as("the record lists the scored metrics").containsValue("inside");
    }

    @Test
    void theTrackRecordTheReportShowsIsTheScoreNow() {
        assertThat(TrackRecord.of("builtin:ai-stack").map(TrackRecord::score))
                .as("track-record.csv (the stress-test report's track record): update it with docs/validation.md")
                .hasValue(BacktestScore.of(new ArrayList<>(now.values())).line());
        assertThat(TrackRecord.of("./my-dataset")).isEmpty();
    }

    @Test
    void eachRecordedCalibrationRunIsItsScoreNow() {
        List<TrackRecord.Calibration> calibrations =
                TrackRecord.of("builtin:ai-stack").orElseThrow().calibrations();

        assertThat(calibrations).isNotEmpty();
        for (TrackRecord.Calibration c : calibrations) {
            List<MetricScore> scores = new ArrayList<>();
            BacktestUseCase.replay(List.of(), 1, OptionalDouble.of(c.psi())).forEach(e -> scores.addAll(e.scores()));
            assertThat(c.score())
                    .as("track-record.csv's psi %s row: update it with docs/validation.md", c.psi())
                    .isEqualTo(BacktestScore.of(scores).line());
        }
    }

    @Test
    void theGuardCatchesAMetricThatLeftItsBandOrDisappeared() {
        MetricScore korea = now.get("japan-korea-2019 kor-memory-output-q3");
        Map<String, String> doctored = new LinkedHashMap<>();
        doctored.put("japan-korea-2019 kor-memory-output-q3", "inside");
        doctored.put("neon-2022 world-logic-output-2022", "inside");
        doctored.put("neon-2022 no-such-metric", "inside");
        doctored.put("tsmc-hualien-2024 twn-logic-output-q2", "outside");

        assertThat(korea.verdict()).isEqualTo(MetricScore.Verdict.OUTSIDE);
        assertThat(regressions(doctored, now))
                .containsExactly(
                        "japan-korea-2019 kor-memory-output-q3: recorded inside, now outside (simulated "
                                + BacktestTable.shown(
                                        korea.metric().kind(), korea.simulated().getAsDouble())
                                + " % of baseline, band >= 97)",
                        "neon-2022 no-such-metric: recorded inside, now missing");
    }

    private static String describe(MetricScore s) {
        if (s == null || s.simulated().isEmpty()) {
            return s == null ? "" : " (" + s.reason() + ")";
        }
        return " (simulated "
                + BacktestTable.shown(s.metric().kind(), s.simulated().getAsDouble()) + " "
                + s.metric().kind().unit() + ", band " + s.metric().band().text() + ")";
    }
}
