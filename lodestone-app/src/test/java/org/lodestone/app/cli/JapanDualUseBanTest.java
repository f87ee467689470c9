package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.io.scenario.ScenarioLibrary;

/**
 * The bundled {@code japan-dual-use-ban} (MOFCOM No. 1 of 2026) screens by end use: it reaches
 * Japan's defence makers and no other buyer, Japanese or not. A control that leaked into Japan's
 * car plants, or missed its defence industry, would fail here.
 */
class JapanDualUseBanTest {

    @Test
    void onlyJapansDefenceOutputFalls() {
        TableSource source = TableSource.load("builtin:ai-stack", null);
        ScenarioRun bound = ScenarioRuns.bind(ScenarioLibrary.read("japan-dual-use-ban"), source, 1);
        IndustryLows lows = new IndustryLows(
                source,
                "JPN:defence-system",
                "JPN:light-vehicle",
                "JPN:ai-compute",
                "USA:defence-system",
                "KOR:defence-system");

        bound.run(lows);

        // SmCo magnets (all made from Chinese samarium) run out after 38 days of stock
        assertThat(lows.low("JPN:defence-system")).isLessThan(0.5);
        assertThat(lows.low("JPN:light-vehicle")).isGreaterThan(0.999);
        assertThat(lows.low("JPN:ai-compute")).isGreaterThan(0.999);
        assertThat(lows.low("USA:defence-system")).isGreaterThan(0.999);
        assertThat(lows.low("KOR:defence-system")).isGreaterThan(0.999);
    }
}
