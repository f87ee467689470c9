package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.shortfall.ShortfallMetrics;

/**
 * The report's first screen on two scenarios with an effect and one without (a week's stop at
 * Portugal's small tungsten mine, which no member's node feels).
 */
class BriefTest {

    @TempDir
    static Path dir;

    private static StressTestResult result;

    @BeforeAll
    static void run() throws IOException {
        result = StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack",
                List.of(Scenarios.file("malacca"), Scenarios.file("server-controls"), Scenarios.file("tungsten-pause")),
                Optional.empty(),
                LocalDate.of(2026, 6, 1),
                dir.resolve("out"),
                2,
                false,
                "test"));
    }

    private static ShortfallMetrics coalition(String scenario) {
        return result.scenario(scenario).coalition().compute().orElseThrow();
    }

    @Test
    void aScenarioWithoutEffectIsCollapsedAndNamed() throws IOException {
        assertThat(Brief.noEffect(result.scenario("tungsten-pause"))).isTrue();
        assertThat(Brief.noEffect(result.scenario("malacca"))).isFalse();
        assertThat(Brief.noEffect(result.scenario("server-controls"))).isFalse();
        String html = Files.readString(dir.resolve("out/index.html"));
        assertThat(html)
                .contains("<section class=\"scenario collapsed\" id=\"scenario-tungsten-pause\">")
                .doesNotContain("<section class=\"scenario\" id=\"scenario-tungsten-pause\">")
                .contains("<section class=\"scenario\" id=\"scenario-malacca\">")
                .contains("No effect on any member (collapsed below): tungsten-pause.");
        assertThat(Brief.sentences(result))
                .hasSizeLessThanOrEqualTo(Brief.MAX_SENTENCES)
                .allSatisfy(s -> assertThat(s).doesNotContain("tungsten-pause hurts"));
    }

    @Test
    void theFirstSentenceNamesTheScenarioThatDeliversLeastAndItsFigures() {
        String worst =
                coalition("malacca").delivered() < coalition("server-controls").delivered()
                        ? "malacca"
                        : "server-controls";
        assertThat(Brief.worst(result.scenarios()).orElseThrow().entry().name()).isEqualTo(worst);
        ShortfallMetrics m = coalition(worst);
        List<String> sentences = Brief.sentences(result);
        assertThat(sentences).hasSizeBetween(3, 5);
        assertThat(sentences.get(0))
                .startsWith("Of the 3 scenarios, " + worst + " hurts Pax Silica most:")
                .contains(MetricText.percent(m.delivered()) + "% of their baseline ai-compute")
                .contains(MetricText.percent(m.deepest()) + "% on the worst day (day " + m.deepestDay() + ", ");
    }

    @Test
    void theSecondSentenceNamesTheMembersThatGetLeast() {
        ScenarioResult worst = Brief.worst(result.scenarios()).orElseThrow();
        RegionOutcome least = worst.regions().stream()
                .filter(r -> r.role() == org.lodestone.core.shortfall.Role.MEMBER)
                .filter(r -> r.compute().isPresent())
                .min(java.util.Comparator.comparingDouble(
                        r -> r.compute().orElseThrow().delivered()))
                .orElseThrow();
        assertThat(Brief.sentences(result).get(1))
                .startsWith("The members hit hardest there are ")
                .contains("(" + least.region() + ", "
                        + MetricText.percent(least.compute().orElseThrow().delivered()) + "% delivered)");
    }

    @Test
    void theEarliestShortfallIsTheSmallestFirstShortfallDay() {
        int earliest = Math.min(
                coalition("malacca").firstShortfallDay().orElse(Integer.MAX_VALUE),
                coalition("server-controls").firstShortfallDay().orElse(Integer.MAX_VALUE));
        assertThat(Brief.sentences(result))
                .anySatisfy(s -> assertThat(s)
                        .containsPattern("(?i)the earliest shortfall (of the coalition's ai-compute )?comes on day "
                                + earliest + " "));
    }

    @Test
    void stocksRunOutFirstForTheMemberAndInputWithTheEarliestStockOut() {
        String expected = null;
        int earliest = Integer.MAX_VALUE;
        for (ScenarioResult s : result.scenarios()) {
            for (String member : result.scope().members().stream().sorted().toList()) {
                for (StockOutDays.First f : s.firstStockOuts(member)) {
                    if (!Brief.noEffect(s) && f.day() < earliest) {
                        earliest = f.day();
                        expected = "Stocks run out first in " + s.entry().name() + ": "
                                + Brief.regionName(result, member) + " (" + member + ") runs out of "
                                + f.commodity() + " on day " + f.day() + " (";
                    }
                }
            }
        }
        assertThat(expected).as("some member runs out of some input").isNotNull();
        String sentence = expected;
        assertThat(Brief.sentences(result)).anySatisfy(s -> assertThat(s).startsWith(sentence));
    }

    @Test
    void theValueAtRiskSentenceNamesTheScenarioThatPutsMostAtRiskAndItsMembersSum() {
        ScenarioResult most = null;
        double usd = 0;
        for (ScenarioResult s : result.scenarios()) {
            double sum = s.measures().stream()
                    .filter(m -> m.role() == org.lodestone.core.shortfall.Role.MEMBER)
                    .mapToDouble(m -> m.valueAtRisk()
                            .map(MeasureOutcome.ValueAtRisk::valueAddedUsd)
                            .orElse(0.0))
                    .sum();
            if (sum > usd) {
                usd = sum;
                most = s;
            }
        }
        assertThat(most).as("some scenario puts value at risk").isNotNull();
        int year = most.measures().get(0).valueAtRisk().orElseThrow().priceYear();
        String text = "USD " + MeasureTable.scaled(usd) + " at " + year + " prices";
        String name = most.entry().name();
        assertThat(Brief.sentences(result))
                .anySatisfy(s -> assertThat(s)
                        .startsWith(name + " puts " + text + " of the members' value added at risk over its ")
                        .contains("the members that lose most are "));
    }

    @Test
    void heatMapColoursRunFromWhiteAtBaselineToRedAtTheLowestValue() {
        assertThat(HeatMap.colour(1.0, 0.9)).isEqualTo("#ffffff");
        // t = 1: red 255 − 55 = 200, green 80, blue 60
        assertThat(HeatMap.colour(0.9, 0.9)).isEqualTo("#c8503c");
        // t = (1 − 0.75) / (1 − 0.5) = 0.5: red 255 − round(27.5) = 227 (e3), green round(167.5) = 168 (a8),
        // blue round(157.5) = 158 (9e)
        assertThat(HeatMap.colour(0.75, 0.5)).isEqualTo("#e3a89e");
        assertThat(HeatMap.colour(1.01, 0.9)).as("above baseline").isEqualTo("#dbe9f6");
        String table = HeatMap.html(result, HeatMap.delivered("ai-compute"));
        assertThat(table)
                .contains("<caption>ai-compute delivered over the run, % of baseline</caption>")
                .contains("<th>pax-silica</th><th>ARE</th>")
                .doesNotContain("tungsten-pause");
    }
}
