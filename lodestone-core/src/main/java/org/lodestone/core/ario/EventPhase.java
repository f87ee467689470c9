package org.lodestone.core.ario;

/**
 * Where a scenario event stands in a run (ARIO-SPEC 4.1, 4.9). Events that change capacity
 * (capacity loss, capital destroyed) go PENDING → HAPPENING → RECOVERING or REBUILDING → FINISHED
 * as the engine moves them; the others (export controls, logistics disruptions, demand shocks,
 * stock releases) go PENDING → HAPPENING → FINISHED with the steps they are in force.
 */
public enum EventPhase {
    /** Not started yet. */
    PENDING,
    /** In force: the capacity is lost, or the market condition applies. */
    HAPPENING,
    /** The loss is recovering along its curve. */
    RECOVERING,
    /** The destroyed capital is being rebuilt by rebuild demand. */
    REBUILDING,
    /** Over: nothing of it is left in the run. */
    FINISHED
}
