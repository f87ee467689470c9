package org.lodestone.core.ensemble;

import java.util.List;
import org.lodestone.core.shortfall.UnitOutcome;

/**
 * One ensemble member's run.
 *
 * @param member  the member's index
 * @param inputs  the values of the varied inputs, in layout order
 * @param steps   steps run
 * @param crashed true if the run stopped early (an inventory went negative)
 * @param units   the outcome of each reporting unit, in layout order
 */
public record MemberOutcome(long member, double[] inputs, int steps, boolean crashed, List<UnitOutcome> units) {

    public MemberOutcome {
        inputs = inputs.clone();
        units = List.copyOf(units);
    }

    @Override
    public double[] inputs() {
        return inputs.clone();
    }
}
