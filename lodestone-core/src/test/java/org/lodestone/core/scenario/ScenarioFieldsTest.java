package org.lodestone.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.shock.RecoveryCurve;
import org.lodestone.core.uncertainty.Uncertainty;

class ScenarioFieldsTest {

    static Scenario scenario() {
        EventSpec control = new EventSpec.ExportControl(
                "CHN", List.of("rare-earth-oxide"), EventSpec.Targets.everyone(), 0.75, 1, 365, 0.6, 87);
        EventSpec loss = new EventSpec.CapacityLoss(
                List.of(new NodeRef("TWN", "logic-wafer-advanced")), 0.5, 10, 60, RecoveryCurve.LINEAR, 90);
        ArioParameters model = ArioParameters.defaults()
                .withInventory(90, Map.of("ndfeb-magnet", 38.0, "electricity", Double.POSITIVE_INFINITY));
        return new Scenario(
                "test",
                "builtin:ai-stack",
                Optional.empty(),
                365,
                Optional.empty(),
                model,
                List.of(control, loss),
                Uncertainty.none(),
                "hash");
    }

    @Test
    void listsTheModelsAndEachEventsNumericFields() {
        assertThat(ScenarioFields.of(scenario()))
                .extracting(ScenarioField::path)
                .containsExactly(
                        "model.psi",
                        "model.alpha-base",
                        "model.alpha-max",
                        "model.alpha-tau",
                        "model.inventory-days",
                        "model.inventory-restoration-tau",
                        "model.inventory.ndfeb-magnet",
                        "events[0].share-blocked",
                        "events[0].licensing.approval-rate",
                        "events[0].licensing.delay-days",
                        "events[0].start",
                        "events[0].duration",
                        "events[1].fraction",
                        "events[1].recovery.tau",
                        "events[1].start",
                        "events[1].duration");
        ScenarioField psi = ScenarioFields.find(scenario(), "model.psi").orElseThrow();
        assertThat(psi.range()).isEqualTo("(0, 1]");
        assertThat(psi.value()).isEqualTo(0.8);
        assertThat(ScenarioFields.find(scenario(), "events[1].duration")
                        .orElseThrow()
                        .range())
                .isEqualTo("whole numbers in [1, 364]");
    }

    @Test
    void appliesValuesToTheModelAndTheEvents() {
        Scenario s = ScenarioFields.apply(
                scenario(),
                List.of(
                        "events[0].share-blocked",
                        "model.psi",
                        "model.inventory.ndfeb-magnet",
                        "events[0].licensing.delay-days",
                        "events[1].duration"),
                new double[] {0.9, 0.5, 20, 44.6, 30.4});

        EventSpec.ExportControl control = (EventSpec.ExportControl) s.events().get(0);
        assertThat(control.share()).isEqualTo(0.9);
        assertThat(control.delayDays()).isEqualTo(45);
        assertThat(control.approvalRate()).isEqualTo(0.6);
        assertThat(s.events().get(1).duration()).isEqualTo(30);
        assertThat(s.model().psi()).isEqualTo(0.5);
        assertThat(s.model().inventoryDaysBySector())
                .containsEntry("ndfeb-magnet", 20.0)
                .containsEntry("electricity", Double.POSITIVE_INFINITY);
        assertThat(s.hash()).isEqualTo("hash");
        assertThat(scenario().events().get(0)).isNotEqualTo(control);
    }

    @Test
    void refusesUnknownPathsAndValuesOutsideTheRange() {
        assertThatThrownBy(
                        () -> ScenarioFields.apply(scenario(), List.of("events[1].share-blocked"), new double[] {0.5}))
                .hasMessage("scenario test has no field events[1].share-blocked");
        assertThatThrownBy(() -> ScenarioFields.apply(scenario(), List.of("model.psi"), new double[] {-0.1}))
                .hasMessage("model.psi = -0.1 is outside its range (0, 1]");
        assertThat(ScenarioFields.apply(scenario(), List.of("model.psi"), new double[] {0})
                        .model()
                        .psi())
                .as("open bound")
                .isEqualTo(Double.MIN_VALUE);
        assertThatThrownBy(
                        () -> ScenarioFields.apply(scenario(), List.of("events[0].share-blocked"), new double[] {1.2}))
                .hasMessageContaining("outside its range [0, 1]");
    }

    @Test
    void refusesCombinationsTheEngineRefuses() {
        assertThatThrownBy(() -> ScenarioFields.apply(
                        scenario(), List.of("events[1].start", "events[1].duration"), new double[] {300, 100}))
                .hasMessage("events[1]: start 300 + duration 100 exceeds the horizon 365");
        assertThatThrownBy(() -> ScenarioFields.apply(scenario(), List.of("model.alpha-max"), new double[] {0.9}))
                .hasMessage("model.alpha-max = 0.9 is below model.alpha-base = 1.0");
    }
}
