package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * Flows between regions on the network of {@link ExportControlTest}: m is made in A (60 to C,
 * 40 to A's final demand) and B (40 to C, 360 to B's final demand); A blocks its m to C from step
 * 1, so C's orders go to B, which makes its capacity 400 against a demand of 460 at step 1.
 */
class FlowWatchTest {

    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/m", "C/s"),
            List.of("A", "B", "C"),
            new double[] {
                0, 0, 60,
                0, 0, 40,
                0, 0, 0
            },
            new double[] {
                40, 0, 0,
                0, 360, 0,
                0, 0, 100
            });
    private static final Event CONTROL = new Event.ExportControl(
            new int[] {0}, SmallTables.only(3, 2), SmallTables.only(3, 2), 1.0, 1, SmallTables.STEPS, 0, 0);

    private static List<FlowDelivered> watch(FlowWatch watch, List<Event> events) {
        List<FlowDelivered> seen = new ArrayList<>();
        new ArioRun(ArioModel.of(TABLE, SmallTables.parameters(30)), events)
                .onFlowDelivered(watch, seen::add)
                .run(5, StepListener.none());
        return seen;
    }

    @Test
    void aBlockedExportStopsAndItsBuyersOrdersMoveToTheOtherExporter() {
        List<FlowDelivered> aToC = watch(FlowWatch.between(TABLE, "m", List.of("A"), List.of("C")), List.of(CONTROL));
        List<FlowDelivered> bToC = watch(FlowWatch.between(TABLE, "m", List.of("B"), List.of("C")), List.of(CONTROL));

        assertThat(aToC.get(0).baseline()).isEqualTo(60);
        assertThat(aToC.get(0).delivered()).isCloseTo(60, within(1e-12));
        assertThat(aToC.get(1).delivered()).isZero();
        assertThat(aToC.get(1).relative()).isZero();
        // B is asked 100 by C and 360 by its final buyers, makes 400: C gets 100 / 460 · 400
        assertThat(bToC.get(1).baseline()).isEqualTo(40);
        assertThat(bToC.get(1).delivered()).isCloseTo(100.0 / 460 * 400, within(1e-9));
    }

    @Test
    void exportsToEveryOtherRegionCountFinalBuyersAndLeaveOutTheExporterItself() {
        FlowWatch exports = FlowWatch.between(TABLE, "m", List.of("B"), List.of());
        FlowWatch home = FlowWatch.between(TABLE, "m", List.of("B"), List.of("B"));

        assertThat(watch(exports, List.of()).get(3).baseline()).isEqualTo(40);
        // B's final buyers are served 360 / 460 of 400 at step 1
        assertThat(watch(home, List.of(CONTROL)).get(1).delivered()).isCloseTo(360.0 / 460 * 400, within(1e-9));
    }

    @Test
    void withoutEventsEveryFlowStaysAtItsBaseline() {
        FlowWatch all = FlowWatch.between(TABLE, "m", List.of("A", "B"), List.of("A", "B", "C"));

        for (FlowDelivered step : watch(all, List.of())) {
            assertThat(step.baseline()).isEqualTo(500);
            assertThat(step.relative()).as("step %d", step.step()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void aCommodityNoExporterMakesIsRefused() {
        assertThatThrownBy(() -> FlowWatch.between(TABLE, "s", List.of("A"), List.of("C")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no industry of s in [A]");
    }
}
