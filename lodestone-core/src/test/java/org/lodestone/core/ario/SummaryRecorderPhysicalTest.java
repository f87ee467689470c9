package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * The summary of a physical table never adds units, derived by hand. A/m makes 100 t for B/s,
 * which makes 100 wafers for its final buyers; C/w makes 1 unit for its own. A blocks all of its m
 * to B from step 1, B's two days of stock (ψ = 0.5) last through step 2, and from step 3 on A and
 * B make nothing while C makes its 1. Per commodity the output ratios are 0, 0 and 1: the summary
 * gives their mean, 1/3, where the sum over industries would give 1 / 201 (tonnes, wafers and
 * units added). Final demand not met is 100% for s and 0% for w (m has none): the mean is 50%, and
 * the total, which would add wafers to units, is NaN.
 */
class SummaryRecorderPhysicalTest {

    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/s", "C/w"), List.of("B", "C"), new double[] {0, 100, 0, 0, 0, 0, 0, 0, 0}, new double[] {
                0, 0, 100, 0, 0, 1
            });

    @Test
    void ratiosArePerCommodityThenAveragedAndTheUnmetTotalIsNotDefined() {
        SummaryRecorder summary = SummaryRecorder.of(new int[] {0}, TABLE);

        new ArioRun(ArioModel.of(TABLE, SubstitutionRampTest.parameters()), cut()).run(10, summary);

        SummaryRecorder.Row step5 = summary.rows().get(5);
        assertThat(step5.totalProductionRel()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(step5.shockedProductionRel()).isZero();
        assertThat(step5.finalDemandUnmetTotal()).isNaN();
        assertThat(step5.finalDemandUnmetShare()).isCloseTo(0.5, within(1e-12));
        assertThat(summary.rows().get(0).totalProductionRel()).isEqualTo(1);
    }

    @Test
    void aMonetaryTableKeepsTheReferenceSums() {
        IoTable monetary = new IoTable(
                TABLE.industries(),
                TABLE.finalDemandColumns(),
                TABLE.z(),
                TABLE.y(),
                TABLE.x(),
                IoTable.Units.MONETARY,
                1,
                Optional.empty());
        SummaryRecorder chosen = SummaryRecorder.of(new int[] {0}, monetary);
        SummaryRecorder reference = new SummaryRecorder(new int[] {0});

        new ArioRun(ArioModel.of(monetary, SubstitutionRampTest.parameters()), cut())
                .run(10, chosen.andThen(reference));

        assertThat(chosen.rows()).isEqualTo(reference.rows());
        assertThat(chosen.rows().get(5).totalProductionRel()).isCloseTo(1.0 / 201, within(1e-12));
    }

    private static List<Event> cut() {
        return List.of(
                new Event.ExportControl(new int[] {0}, SmallTables.only(3, 1), new boolean[2], 1.0, 1, 40, 0, 0));
    }
}
