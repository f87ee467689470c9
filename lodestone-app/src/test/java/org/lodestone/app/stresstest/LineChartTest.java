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
}
