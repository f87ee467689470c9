package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.shortfall.Role;

/** The report's line chart. */
class LineChartTest {

    @Test
    void chartsHaveAxesLabelsALegendAndOneLinePerSeries() {
        String svg = LineChart.svg(
                "ai-compute <delivered>",
                "day",
                List.of(
                        new Line("pax-silica", Role.COALITION, new double[] {1, 0.9, 1}),
                        new Line("USA", Role.MEMBER, new double[] {1, 0.9, 1}),
                        new Line("XAP", Role.OTHER, new double[] {1, 1, 1})),
                3,
                Optional.empty());

        assertThat(svg)
                .startsWith("<svg class=\"chart\"")
                .contains("ai-compute &lt;delivered&gt;")
                .contains("% of baseline")
                .contains(">day</text>")
                .contains("class=\"legend\"")
                .contains("XAP (aggregate, not a member)")
                .contains("pax-silica (coalition)")
                .contains("stroke-dasharray=\"6 4\"");
        assertThat(svg.split("<polyline", -1)).hasSize(4);
        assertThat(svg).as("no start date, no dates").doesNotContain("tick-date");
    }

    @Test
    void aScenarioWithAStartDateShowsEachDayTicksDate() {
        List<Line> lines = List.of(new Line("pax-silica", Role.COALITION, new double[366]));

        String svg = LineChart.svg("t", "day", lines, 365, Optional.of(LocalDate.of(2026, 11, 10)));

        // ticks every 50 days; day 0 is the start, day 100 is 20 days of November, 31 of December,
        // 31 of January and 18 of February later
        assertThat(svg).contains(">2026-11-10</text>").contains(">2027-02-18</text>");
        assertThat(svg.split("class=\"tick-date\"", -1).length - 1)
                .as("one date under each day tick")
                .isEqualTo(svg.split("class=\"tick-label\"", -1).length - 1 - yTicks(svg));
    }

    @Test
    void theDayAxisEndsAtTheHorizonWithItsTicksInsideIt() {
        double[] flat = new double[366];
        Arrays.fill(flat, 1);
        List<Line> lines = List.of(new Line("pax-silica", Role.COALITION, flat));

        String svg = LineChart.svg("t", "day", lines, 365, Optional.of(LocalDate.of(2026, 11, 10)));

        String x = svg.substring(svg.indexOf("x-axis"));
        // a 365-day run: ticks every 50 days up to day 350 (2026-11-10 + 350 days = 2027-10-26),
        // none at 400 beyond the run, and the axis line ends at the right edge of the plot
        assertThat(x).contains(">350</text>").contains(">2027-10-26</text>").doesNotContain(">400<");
        assertThat(x).contains("class=\"axis-line\" x1=\"" + LineChart.LEFT + ".0\" x2=\"" + LineChart.RIGHT + ".0\"");
        assertThat(svg)
                .as("day 365, the last day run, is drawn at the right end of the axis")
                .contains(" " + LineChart.RIGHT + ".0,");
    }

    private static int yTicks(String svg) {
        String y = svg.substring(svg.indexOf("y-axis"), svg.indexOf("x-axis"));
        return y.split("class=\"tick-label\"", -1).length - 1;
    }

    @Test
    void identicalLinesOfOneRoleAreDrawnOnceNamedTogetherWithANote() {
        double[] dip = {1, 0.9, 0.95};
        List<Line> lines = List.of(
                new Line("pax-silica", Role.COALITION, dip),
                new Line("JPN", Role.MEMBER, dip),
                new Line("USA", Role.MEMBER, new double[] {1, 0.8, 0.95}),
                new Line("SGP", Role.MEMBER, new double[] {1, 0.9 + 1e-7, 0.95}),
                new Line("QAT", Role.MEMBER, dip),
                new Line("DEU", Role.OTHER, dip));

        assertThat(LineChart.merged(lines))
                .extracting(Line::label)
                .as("the coalition and another role are never merged; a difference of 1e-7 is no difference")
                .containsExactly("pax-silica", "JPN = SGP = QAT", "USA", "DEU");
        String svg = LineChart.svg("t", "day", lines, 3, Optional.empty());
        assertThat(svg.split("<polyline", -1)).hasSize(1 + 4);
        assertThat(svg).contains("Lines that coincide are drawn once, named together: JPN = SGP = QAT.");
        assertThat(LineChart.svg("t", "day", lines.subList(0, 3), 3, Optional.empty()))
                .doesNotContain("coincide");
    }
}
