package org.lodestone.core.shortfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.binding.MemberBinder;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * The recorders' layout (built once per reporting units and shared by an ensemble's members):
 * which nodes and (unit, commodity) groups it holds, and that recorders sharing one record what
 * recorders of their own record.
 */
class RecorderLayoutTest {

    @Test
    void holdsTheNodesOfAnyUnitOnceAscendingAndTheGroupsThatHoldNodesInUnitThenCommodityOrder() {
        ReportingUnit pax = new ReportingUnit("pax", Role.COALITION, new int[] {3, 1}, new int[][] {{1}, {}, {3, 5}});
        ReportingUnit usa = new ReportingUnit("USA", Role.MEMBER, new int[0], new int[][] {{0}, {}, {5}});
        ReportingUnits units = new ReportingUnits(List.of(pax, usa), List.of("a", "b", "c"), "c");

        RecorderLayout layout = RecorderLayout.of(units);

        assertThat(layout.nodes).containsExactly(0, 1, 3, 5);
        assertThat(layout.groupUnit).containsExactly(0, 0, 1, 1);
        assertThat(layout.groupCommodity).containsExactly(0, 2, 0, 2);
        assertThat(layout.groupNodes).isDeepEqualTo(new int[][] {{1}, {3, 5}, {0}, {5}});
        assertThat(layout.units()).isSameAs(units);
    }

    @Test
    void recordersSharingALayoutRecordWhatRecordersOfTheirOwnRecord() {
        Dataset dataset = DatasetFixture.dataset("magnet", "server")
                .produce("magnet", "CHN", 730)
                .produce("server", "USA", 365)
                .produce("server", "JPN", 365)
                .recipe("server", "magnet", 1)
                .finalDemand("server", "USA", 365)
                .finalDemand("server", "JPN", 365)
                .finalMeasure("server")
                .build();
        IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
        ReportingUnits units = ReportingUnits.of(table, "pax", List.of("USA", "JPN"), "server");
        RecorderLayout shared = RecorderLayout.of(units);

        for (double blocked : new double[] {1, 0.5, 0}) {
            ShortfallRecorder own = new ShortfallRecorder(units, 60);
            ShortfallRecorder sharing = new ShortfallRecorder(shared, 60, UnitValues.none(units));
            run(dataset, table, blocked).run(60, own);
            run(dataset, table, blocked).run(60, sharing);
            for (int u = 0; u < units.units().size(); u++) {
                UnitOutcome expected = own.outcome(u);
                UnitOutcome actual = sharing.outcome(u);
                assertThat(actual.series())
                        .as("unit %d, blocked %s", u, blocked)
                        .containsExactly(expected.series());
                assertThat(actual.losses()).isEqualTo(expected.losses());
                assertThat(actual.compute()).isEqualTo(expected.compute());
            }
        }
        ShortfallRecorder hard = new ShortfallRecorder(shared, 60, UnitValues.none(units));
        run(dataset, table, 1).run(60, hard);
        assertThat(hard.outcome(0).losses())
                .as("a hard cut of the magnets shows as servers lost")
                .extracting(UnitOutcome.Loss::commodity)
                .contains("server");
    }

    private static ArioRun run(Dataset dataset, IoTable table, double blocked) {
        EventSpec cut = MagnetCut.of(blocked);
        Scenario scenario = new Scenario(
                "hit",
                "test",
                Optional.empty(),
                60,
                Optional.empty(),
                ArioParameters.defaults().withInventory(10, Map.of()),
                List.of(cut),
                new Uncertainty(10, 7, List.of()),
                "h",
                Map.of());
        BoundEvents bound = new MemberBinder(scenario, table, Optional.of(dataset)).bind(scenario);
        return new ArioRun(bound.model(), bound.events());
    }
}
