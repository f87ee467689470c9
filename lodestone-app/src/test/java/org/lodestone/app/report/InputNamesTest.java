package org.lodestone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.scenario.ScenarioLibrary;

/** The names reports give varied inputs, derived by hand from the field tables and the scenario. */
class InputNamesTest {

    private final Scenario malacca = ScenarioLibrary.read("malacca-closure").scenario();

    @Test
    void anEventsNumberIsNamedByItsKindItsFieldAndItsUnitInDays() {
        assertThat(InputNames.of(malacca, "events[0].duration")).isEqualTo("closure duration, days");
        assertThat(InputNames.of(malacca, "events[0].start")).isEqualTo("closure start, day of the scenario");
        assertThat(InputNames.of(malacca, "events[0].share-blocked"))
                .isEqualTo("closure share blocked, share (0 to 1)");
        assertThat(InputNames.of(malacca, "events[0].delay-days")).isEqualTo("closure delay, days");
    }

    @Test
    void modelAndDatasetPathsAreNamedWithTheirUnits() {
        assertThat(InputNames.of(malacca, "model.inventory-days")).isEqualTo("default stocks, days of use");
        assertThat(InputNames.of(malacca, "model.alpha-max"))
                .isEqualTo("maximum overproduction capacity α max, × baseline output");
        assertThat(InputNames.of(malacca, "model.inventory.gallium")).isEqualTo("stocks of gallium, days of use");
        assertThat(InputNames.of(malacca, "dataset.final_stocks[ai-compute,USA].days"))
                .isEqualTo("final stocks (ai-compute, USA), days of use");
    }

    @Test
    void aPathItCannotNameKeepsItsText() {
        assertThat(InputNames.of(malacca, "events[3].duration")).isEqualTo("events[3].duration");
        assertThat(InputNames.of(malacca, "events[x].duration")).isEqualTo("events[x].duration");
        assertThat(InputNames.of(malacca, "events[0].unknown")).isEqualTo("events[0].unknown");
    }
}
