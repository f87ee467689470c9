package org.lodestone.core.ario;

/**
 * What a watched flow ({@link FlowWatch}) delivered in one step: inputs delivered to the buyer
 * industries (ARIO-SPEC 4.6) plus final demand delivered to the buyer columns (4.8), in the
 * table's units per step. Rebuild deliveries are not counted. Published at the end of every step.
 *
 * @param step      the step t
 * @param watch     the flow
 * @param delivered what moved this step
 * @param baseline  what moved per step in the initial equilibrium (Z0 and F0 of the watched pairs)
 */
public record FlowDelivered(int step, FlowWatch watch, double delivered, double baseline) {

    /** The flow relative to its baseline; 1 when the baseline is 0. */
    public double relative() {
        return baseline == 0 ? 1 : delivered / baseline;
    }

    /** Receives a watched flow after every step. */
    @FunctionalInterface
    public interface Handler {
        void handle(FlowDelivered flow);
    }
}
