package org.lodestone.core.ario;

import java.util.Optional;

/**
 * What a listener sees of one step of a run (ARIO-SPEC section 7 says when each value is taken
 * within the step). Values are read-only windows on the engine's buffers, valid only during the
 * callback: read them, and copy ({@link ReadOnlyVector#toArray()}) what you keep. Nothing is
 * copied unless a listener asks, so the step stays as fast without listeners as with them. Values
 * are per step, in the table's units.
 */
public interface StepView {

    /** The step (temporal unit) t, from 0. */
    int step();

    /** Number of industries P. */
    int industries();

    /** Initial per-step output X0, per industry. */
    ReadOnlyVector initialOutput();

    /** Production x(t), per industry. */
    ReadOnlyVector production();

    /** Production capacity X0 · (1 − Δ) · α, per industry. */
    ReadOnlyVector capacity();

    /** Overproduction factor α after this step's update, per industry. */
    ReadOnlyVector overproduction();

    /** Orders received by each industry (row sums of O(t), placed at the end of t − 1). */
    ReadOnlyVector intermediateDemand();

    /** Final demand addressed to each industry (row sums of F). */
    ReadOnlyVector finalDemand();

    /** Rebuild demand addressed to each industry (row sums of B). */
    ReadOnlyVector rebuildDemand();

    /** Rebuild demand delivered by each industry this step. */
    ReadOnlyVector rebuildProduction();

    /** Final demand not delivered, per final-demand column (region, category); computed when first asked in a step. */
    ReadOnlyVector finalDemandUnmet();

    /** Final demand not delivered, per supplying industry; computed when first asked in a step. */
    ReadOnlyVector finalDemandUndistributed();

    /** Sum over inputs of each industry's inventories at the start of the step (+∞ with infinite inventories). */
    ReadOnlyVector inputStocksTotal();

    /** Number of inputs whose inventory constrains each industry's production. */
    ReadOnlyIntVector limitingInputs();

    /** Capital still to recover per industry; empty while only capacity-loss events are active. */
    Optional<ReadOnlyVector> capitalToRecover();
}
