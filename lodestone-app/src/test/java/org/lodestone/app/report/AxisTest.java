package org.lodestone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void aNiceAxisWidensToWholeSteps() {
        Axis a = Axis.nice(0, 365, 8, 0, 800);

        assertThat(a.step()).isEqualTo(50);
        assertThat(a.max()).as("365 rounded up to a whole step").isEqualTo(400);
        assertThat(a.ticks()).containsExactly(0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0, 350.0, 400.0);
    }

    @Test
    void anExactAxisEndsAtItsLastValueWithTicksInsideIt() {
        Axis days = Axis.exact(0, 365, 8, 0, 730);

        assertThat(days.max()).isEqualTo(365);
        assertThat(days.at(365)).isEqualTo(730);
        assertThat(days.at(182.5)).isEqualTo(365);
        assertThat(days.ticks()).containsExactly(0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0, 350.0);

        Axis offset = Axis.exact(3, 18, 5, 0, 150);
        assertThat(offset.step()).isEqualTo(5);
        assertThat(offset.ticks())
                .as("the multiples of the step between the ends, not from the first end")
                .containsExactly(5.0, 10.0, 15.0);
        assertThat(Axis.exact(120, 120, 8, 0, 100).ticks())
                .as("a point still gets an axis")
                .isNotEmpty();
    }
}
