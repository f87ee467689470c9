package org.lodestone.core.chokepoint;

import java.util.List;

/**
 * A stage of the stack that one country outside the coalition, or one country of concern, controls,
 * and that lies upstream of the target.
 *
 * @param sector            index of the sector (commodity)
 * @param holder            index of the region holding it
 * @param share             the holder's share of world output, in [0, 1]
 * @param member            whether the holder is a coalition member (then it is a country of concern)
 * @param concern           whether the holder is a country of concern
 * @param downstreamSectors the sectors the holder's output reaches downstream, directly or not
 * @param dependencyShare   share of the coalition target's all-tier requirement of the sector that the
 *                          holder produces, in [0, 1]; NaN when the coalition has no target output
 * @param targetShare       share of the coalition's target output lost if the holder's supply is
 *                          removed (supply-driven model), in [0, 1]; NaN as above
 */
public record StageChokepoint(
        int sector,
        int holder,
        double share,
        boolean member,
        boolean concern,
        List<Integer> downstreamSectors,
        double dependencyShare,
        double targetShare) {

    public StageChokepoint {
        downstreamSectors = List.copyOf(downstreamSectors);
    }
}
