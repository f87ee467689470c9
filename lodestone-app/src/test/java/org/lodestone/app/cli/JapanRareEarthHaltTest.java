package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lodestone.app.run.ScenarioRun;
import org.lodestone.app.run.ScenarioRuns;
import org.lodestone.app.run.TableSource;
import org.lodestone.io.scenario.LocatedScenario;
import org.lodestone.io.scenario.ScenarioLibrary;
import org.lodestone.io.scenario.ScenarioReader;

/**
 * The bundled {@code japan-rare-earth-halt} (the WSJ reading of January 2026: licences for heavy
 * rare earths and their magnets frozen for every Japanese buyer) reaches Japan's car and wind
 * plants but no other country's, and a partial freeze is absorbed by Japan's own magnet makers and
 * its stocks. A freeze that leaked to other targets, that Japan shrugged off whole, or whose
 * damage did not grow with the share blocked would fail here.
 */
class JapanRareEarthHaltTest {

    private static final String[] WATCHED = {
        "JPN:light-vehicle",
        "JPN:wind-turbine",
        "JPN:ai-compute",
        "USA:light-vehicle",
        "KOR:light-vehicle",
        "DEU:light-vehicle"
    };

    @Test
    void aFullFreezeStopsJapansCarPlantsAndNoOneElses() {
        IndustryLows lows = run(ScenarioLibrary.read("japan-rare-earth-halt"));

        // Dy/Tb oxide and the high-coercivity magnets come from China alone (Japan's makers need its oxide)
        assertThat(lows.low("JPN:light-vehicle")).isLessThan(0.3);
        assertThat(lows.low("JPN:wind-turbine")).isLessThan(0.3);
        assertThat(lows.low("JPN:ai-compute")).isGreaterThan(0.999);
        assertThat(lows.low("USA:light-vehicle")).isGreaterThan(0.999);
        assertThat(lows.low("KOR:light-vehicle")).isGreaterThan(0.999);
        assertThat(lows.low("DEU:light-vehicle")).isGreaterThan(0.999);
    }

    @Test
    void theDamageGrowsWithTheShareFrozenAndASmallFreezeIsAbsorbed() {
        double small = run(withCivilShareBlocked(0.1)).low("JPN:light-vehicle");
        double half = run(withCivilShareBlocked(0.5)).low("JPN:light-vehicle");
        double full = run(ScenarioLibrary.read("japan-rare-earth-halt")).low("JPN:light-vehicle");

        assertThat(small).isGreaterThan(0.999);
        assertThat(half).isLessThan(small).isGreaterThan(full);
    }

    private static LocatedScenario withCivilShareBlocked(double share) {
        String yaml = ScenarioLibrary.text("japan-rare-earth-halt")
                .replace("targets: [JPN], share-blocked: 1.0,", "targets: [JPN], share-blocked: " + share + ",");
        assertThat(yaml).contains("share-blocked: " + share);
        return ScenarioReader.read(
                "japan-rare-earth-halt.yaml",
                yaml.getBytes(StandardCharsets.UTF_8),
                Path.of("japan-rare-earth-halt.yaml"));
    }

    private static IndustryLows run(LocatedScenario scenario) {
        TableSource source = TableSource.load("builtin:ai-stack", null);
        ScenarioRun bound = ScenarioRuns.bind(scenario, source, 1);
        IndustryLows lows = new IndustryLows(source, WATCHED);
        bound.run(lows);
        return lows;
    }
}
