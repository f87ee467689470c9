package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;
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
        Lows lows = new Lows(
                source,
                "JPN:defence-system",
                "JPN:light-vehicle",
                "JPN:ai-compute",
                "USA:defence-system",
                "KOR:defence-system");

        bound.run(lows);

        // SmCo magnets (all made from Chinese samarium) run out after 38 days of stock
        assertThat(lows.low.get("JPN:defence-system")).isLessThan(0.5);
        assertThat(lows.low.get("JPN:light-vehicle")).isGreaterThan(0.999);
        assertThat(lows.low.get("JPN:ai-compute")).isGreaterThan(0.999);
        assertThat(lows.low.get("USA:defence-system")).isGreaterThan(0.999);
        assertThat(lows.low.get("KOR:defence-system")).isGreaterThan(0.999);
    }

    /** The lowest output, relative to step 0, of a few named industries. */
    private static final class Lows implements StepListener {
        private final Map<String, Integer> index = new TreeMap<>();
        final Map<String, Double> low = new TreeMap<>();

        Lows(TableSource source, String... industries) {
            for (String name : industries) {
                String[] part = name.split(":");
                index.put(name, source.table().indexOf(part[0], part[1]));
                low.put(name, 1.0);
            }
        }

        @Override
        public void onStep(StepView v) {
            index.forEach((name, i) ->
                    low.merge(name, v.production().get(i) / v.initialOutput().get(i), Math::min));
        }
    }
}
