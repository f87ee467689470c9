package org.lodestone.core.ario;

/**
 * What a listener sees of one step of a run (ARIO-SPEC section 7 says when each value is taken
 * within the step). Arrays are the engine's own buffers, valid only during the callback: read
 * them, copy what you keep, never modify them. Values are per step, in the table's units.
 */
public interface StepView {

    /** The step (temporal unit) t, from 0. */
    int step();

    /** Number of industries P. */
    int industries();

    /** Initial per-step output X0, per industry. */
    double[] initialOutput();

    /** Production x(t), per industry. */
    double[] production();

    /** Production capacity X0 · (1 − Δ) · α, per industry. */
    double[] capacity();

    /** Overproduction factor α after this step's update, per industry. */
    double[] overproduction();

    /** Orders received by each industry (row sums of O(t), placed at the end of t − 1). */
    double[] intermediateDemand();

    /** Final demand addressed to each industry (row sums of F). */
    double[] finalDemand();

    /** Rebuild demand addressed to each industry (row sums of B). */
    double[] rebuildDemand();

    /** Rebuild demand delivered by each industry this step. */
    double[] rebuildProduction();

    /** Final demand not delivered, per final-demand column (region, category). */
    double[] finalDemandUnmet();

    /** Final demand not delivered, per supplying industry. */
    double[] finalDemandUndistributed();

    /** Sum over inputs of each industry's inventories at the start of the step (+∞ with infinite inventories). */
    double[] inputStocksTotal();

    /** Number of inputs whose inventory constrains each industry's production. */
    int[] limitingInputs();

    /** Capital still to recover per industry, or null while only capacity-loss events are active. */
    double[] capitalToRecover();
}
