package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/** Bad model or event input is refused with a message that names the culprit. */
class ArioInputValidationTest {

    private static final IoTable MONETARY = SyntheticMrio.generate(3, 3, 1);

    @Test
    void inventoryDaysForAnUnknownSectorAreRefused() {
        ArioParameters parameters = ArioParameters.defaults().withInventory(90, Map.of("S000", 30.0, "steel", 10.0));

        assertThatThrownBy(() -> ArioModel.of(MONETARY, parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'steel'")
                .hasMessageContaining("S000, S001, S002");
    }

    @Test
    void restorationTauForAnUnknownSectorIsRefused() {
        ArioParameters parameters = ArioParameters.defaults().withRestoration(60, Map.of("S009", 30.0));

        assertThatThrownBy(() -> ArioModel.of(MONETARY, parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'S009'")
                .hasMessageContaining("inventory-restoration-tau");
    }

    @Test
    void aCapitalEventOnAPhysicalTableWithoutCapitalIsRefused() {
        IoTable physical = SeededTables.sparsePhysical(7);
        ArioModel model = ArioModel.of(physical, ArioParameters.defaults());
        int industry = SeededTables.producing(physical, 0);
        Event recovery =
                new Event.CapitalRecovery(new int[] {industry}, new double[] {10}, 1, 1, RecoveryCurve.LINEAR, 10);
        Event rebuild = new Event.CapitalRebuild(new int[] {industry}, new double[] {10}, 1, 1, Map.of(0, 1.0), 10, 1);

        assertThatThrownBy(() -> new ArioRun(model, List.of(recovery)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("productive capital")
                .hasMessageContaining("capacity-loss");
        assertThatThrownBy(() -> new ArioRun(model, List.of(rebuild)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("productive capital");
    }

    @Test
    void anEventOnAnIndustryOutsideTheTableIsRefused() {
        ArioModel model = ArioModel.of(MONETARY, ArioParameters.defaults());
        Event tooHigh =
                new Event.CapacityLoss(new int[] {0, 9}, new double[] {0.5, 0.5}, 1, 1, RecoveryCurve.LINEAR, 1);
        Event negative = new Event.CapacityLoss(new int[] {-1}, new double[] {0.5}, 1, 1, RecoveryCurve.LINEAR, 1);

        assertThatThrownBy(() -> new ArioRun(model, List.of(tooHigh)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("industry 9")
                .hasMessageContaining("has 9");
        assertThatThrownBy(() -> new ArioRun(model, List.of(negative)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("industry -1");
    }

    @Test
    void aRebuildEventWithAnUnknownRebuildingSectorIsRefused() {
        // the reference raises "These sectors are not in the model"; ignoring the share would drop its demand
        ArioModel model = ArioModel.of(MONETARY, ArioParameters.defaults());
        Event rebuild = new Event.CapitalRebuild(new int[] {4}, new double[] {10}, 1, 1, Map.of(0, 0.5, 3, 0.5), 10, 1);

        assertThatThrownBy(() -> new ArioRun(model, List.of(rebuild)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rebuilding sector 3")
                .hasMessageContaining("3 sectors");
    }

    @Test
    void capitalLostBeyondTheIndustrysCapitalStopsTheRunWhenTheEventsOverlap() {
        ArioModel model = ArioModel.of(MONETARY, ArioParameters.defaults());
        double k = model.capital(4);
        Event first = new Event.CapitalRecovery(new int[] {4}, new double[] {0.6 * k}, 2, 10, RecoveryCurve.LINEAR, 10);
        Event second =
                new Event.CapitalRecovery(new int[] {4}, new double[] {0.6 * k}, 5, 10, RecoveryCurve.LINEAR, 10);
        ArioRun run = new ArioRun(model, List.of(first, second));

        assertThatThrownBy(() -> run.run(10, StepListener.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("industry 4")
                .hasMessageContaining("exceeds its productive capital");
    }
}
