package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;

/**
 * Licensing by target: A/m sells 60 to C/s and 60 to D/s; A blocks all of it from step 1, and
 * after 5 days licenses 20% of C's blocked volume and 80% of D's (the default, 50%, applies to
 * nobody here). Before the delay both flows are closed; after it, C can buy 20% and D 80%.
 */
class LicensingByTargetTest {

    private static final int A = 0;
    private static final int C = 2;
    private static final int D = 3;
    private static final IoTable TABLE = SmallTables.table(
            List.of("A/m", "B/m", "C/s", "D/s"),
            List.of("A", "B", "C", "D"),
            new double[] {
                0, 0, 60, 60,
                0, 0, 40, 40,
                0, 0, 0, 0,
                0, 0, 0, 0
            },
            new double[] {
                40, 0, 0, 0,
                0, 4000, 0, 0,
                0, 0, 100, 0,
                0, 0, 0, 100
            });
    private static final boolean[] TARGETS = {false, false, true, true};
    private static final Event.ExportControl CONTROL = new Event.ExportControl(
            new int[] {A},
            TARGETS,
            new boolean[] {false, false, true, true},
            1.0,
            1,
            100,
            0.5,
            5,
            new double[] {1},
            new double[] {0.5, 0.5, 0.2, 0.8},
            new double[] {0.5, 0.5, 0.2, 0.8});

    @Test
    void eachTargetBuysItsOwnApprovedShareOnceLicencesAreGranted() {
        ArioModel model = ArioModel.of(TABLE, SmallTables.parameters(30));
        Availability availability = new Availability(model, Availability.exportControl(CONTROL, model));

        availability.prepare(0);
        assertThat(availability.factor(A, C)).isEqualTo(1);
        availability.prepare(3);
        assertThat(availability.factor(A, C)).isZero();
        assertThat(availability.factor(A, D)).isZero();
        availability.prepare(6);
        assertThat(availability.factor(A, C)).isCloseTo(0.2, within(1e-15));
        assertThat(availability.factor(A, D)).isCloseTo(0.8, within(1e-15));
        assertThat(availability.columnFactor(A, 2)).isCloseTo(0.2, within(1e-15));
        assertThat(availability.factor(0, 1)).as("a non-target buyer").isEqualTo(1);
        availability.prepare(101);
        assertThat(availability.factor(A, C)).isEqualTo(1);
    }

    @Test
    void theEnginesEffectMethodsAgree() {
        assertThat(CONTROL.approvalByBuyer()).isTrue();
        assertThat(CONTROL.blockedAt(3, 0, 0.2)).isEqualTo(1);
        assertThat(CONTROL.blockedAt(6, 0, 0.2)).isCloseTo(0.8, within(1e-15));
        assertThat(CONTROL.blockedAt(6, 0, 0.8)).isCloseTo(0.2, within(1e-15));
        assertThat(CONTROL.blockedBeforeLicencesAt(5)).isEqualTo(1);
        assertThat(CONTROL.blockedBeforeLicencesAt(6)).isZero();
        assertThat(CONTROL.blockedAfterLicencesAt(6)).isEqualTo(1);
        assertThat(CONTROL.blockedAfterLicencesAt(101)).isZero();
    }

    @Test
    void aBuyerOrdersItsApprovedShareFromTheControlledSupplier() {
        // orders placed at the end of step 5 see step 6's availability; C's need is at least its use of 100
        Trajectories run = SmallTables.run(TABLE, SmallTables.parameters(30), List.of(CONTROL), 8);
        assertThat(run.intermediateDemand.get(5)[A]).isZero();
        double toA = run.intermediateDemand.get(6)[A];
        assertThat(toA).isGreaterThan(0.2 * 60 + 0.8 * 60 - 1e-9);
    }
}
