package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
                3);

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
        String svg = LineChart.svg("t", "day", lines, 3);
        assertThat(svg.split("<polyline", -1)).hasSize(1 + 4);
        assertThat(svg).contains("Lines that coincide are drawn once, named together: JPN = SGP = QAT.");
        assertThat(LineChart.svg("t", "day", lines.subList(0, 3), 3)).doesNotContain("coincide");
    }
}
