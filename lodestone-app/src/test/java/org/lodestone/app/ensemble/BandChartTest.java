package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ensemble.TrajectoryBands;

/**
 * The ensemble's band chart with as many members as Pax Silica has hosts: every band drawn has its
 * own colour, members with the same band are drawn once, and those left out are named.
 */
class BandChartTest {

    /** Bands over 10 days of three members whose output falls to {@code floor} of baseline on day 5. */
    private static TrajectoryBands falling(double floor) {
        TrajectoryBands b = new TrajectoryBands(10);
        for (double spread : new double[] {-0.01, 0, 0.01}) {
            double[] series = new double[10];
            for (int t = 0; t < 10; t++) {
                series[t] = t < 5 ? 1 : floor + spread;
            }
            b.add(series);
        }
        return b;
    }

    private static List<String> fills(String svg) {
        List<String> fills = new ArrayList<>();
        Matcher m = Pattern.compile("<polygon class=\"band\" fill=\"(#[0-9A-Fa-f]{6})\"")
                .matcher(svg);
        while (m.find()) {
            fills.add(m.group(1));
        }
        return fills;
    }

    @Test
    void identicalBandsAreDrawnOnceAndNamedTogether() {
        List<BandChart.Series> series = List.of(
                new BandChart.Series("pax-silica", falling(0.9)),
                new BandChart.Series("JPN", falling(0.9)),
                new BandChart.Series("KOR", falling(0.9)),
                new BandChart.Series("USA", falling(0.8)));

        String svg = BandChart.svg("t", "day", series, 10);

        // the coalition keeps its own band even when a member's equals it
        assertThat(fills(svg)).hasSize(3).doesNotHaveDuplicates();
        assertThat(svg)
                .contains("data-unit=\"JPN = KOR\"")
                .contains("JPN and 1 more: median")
                .contains("Bands that coincide are drawn once: JPN = KOR.");
    }

    @Test
    void pastThePaletteTheLeastHitAreNamedNotDrawnInARepeatedColour() {
        List<BandChart.Series> series = new ArrayList<>(List.of(new BandChart.Series("pax-silica", falling(0.95))));
        for (int n = 0; n < 15; n++) {
            series.add(new BandChart.Series("M" + (char) ('A' + n), falling(0.5 + 0.03 * n)));
        }

        String svg = BandChart.svg("t", "day", series, 10);
        BandSeries shown = BandSeries.of(series, 6);

        assertThat(fills(svg)).hasSize(6).doesNotHaveDuplicates();
        // the five whose median falls lowest are drawn beside the coalition
        assertThat(shown.drawn().stream().map(BandSeries.Drawn::legend))
                .containsExactly("pax-silica", "MA", "MB", "MC", "MD", "ME");
        assertThat(shown.hidden()).hasSize(10).startsWith("MF").endsWith("MO");
        assertThat(svg).contains("Not drawn (their median falls least; bands.csv has them): MF, MG,");
    }
}
