package org.lodestone.app.stresstest;

import java.util.Objects;
import org.lodestone.core.shortfall.Role;

/**
 * One line of a chart: output of some nodes relative to their baseline, per day.
 *
 * @param label  what the line is (a region code, the coalition id, {@code world})
 * @param role   whose line it is; other regions are drawn dashed
 * @param values x / X0 per day
 */
public record Line(String label, Role role, double[] values) {

    public Line {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
