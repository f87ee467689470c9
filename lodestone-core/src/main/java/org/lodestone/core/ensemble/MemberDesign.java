package org.lodestone.core.ensemble;

import java.io.Serializable;

/**
 * Which input values each member of a batch of runs takes: a Monte Carlo ensemble, a sensitivity
 * design or the points of a reverse stress test. A member's values depend only on the design and
 * its index, so members can be computed anywhere and in any order.
 */
public interface MemberDesign extends Serializable {

    /** Number of members. */
    long size();

    /** The varied inputs' values of member {@code index} (0 ≤ index < size), in the design's input order. */
    double[] values(long index);
}
