package org.lodestone.core.chokepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.TinyStack;
import org.lodestone.core.leontief.LeontiefSolver;

class StageChokepointsTest {

    private final StackTable stack = TinyStack.stack();
    private final LeontiefSolver solver = new LeontiefSolver(stack.table());
    private final double[] coalition = stack.outputOf(TinyStack.DEVICE, TinyStack.ALLIES);
    private final double[] world = stack.outputOf(TinyStack.DEVICE, Set.copyOf(stack.regions()));

    @Test
    void chineseMagnetsAndOreAreChokepointsWithTheirReach() {
        List<StageChokepoint> found =
                StageChokepoints.find(stack, solver, TinyStack.ALLIES, TinyStack.CONCERN, coalition, world, 0.5);

        assertThat(found).extracting(StageChokepoint::sector).containsExactly(TinyStack.MAGNET, TinyStack.ORE);
        StageChokepoint ore = found.get(1);
        assertThat(stack.regions().get(ore.holder())).isEqualTo("CHN");
        assertThat(ore.share()).isCloseTo(0.6, within(1e-12));
        assertThat(ore.concern()).isTrue();
        assertThat(ore.member()).isFalse();
        assertThat(ore.downstreamSectors()).containsExactly(TinyStack.DEVICE, TinyStack.METAL);
        assertThat(ore.dependencyShare()).isCloseTo(0.6, within(1e-12));
        assertThat(ore.targetShare()).isCloseTo(0.6, within(1e-12));
        assertThat(found.get(0).downstreamSectors()).containsExactly(TinyStack.DEVICE);
    }

    @Test
    void aMemberHoldingAStageIsNoChokepointUnlessOfConcern() {
        // metal: JPN and USA hold 50% each, not more; with threshold 0.4 both qualify by share
        assertThat(StageChokepoints.find(stack, solver, TinyStack.ALLIES, TinyStack.CONCERN, coalition, world, 0.4))
                .noneMatch(c -> c.sector() == TinyStack.METAL);
        assertThat(StageChokepoints.find(stack, solver, TinyStack.ALLIES, Set.of("JPN"), coalition, world, 0.4))
                .anyMatch(c -> c.sector() == TinyStack.METAL && c.member() && c.concern());
    }

    @Test
    void aHigherThresholdLeavesOnlyTheMonopoly() {
        assertThat(StageChokepoints.find(stack, solver, TinyStack.ALLIES, TinyStack.CONCERN, coalition, world, 0.7))
                .extracting(StageChokepoint::sector)
                .containsExactly(TinyStack.MAGNET);
        assertThatThrownBy(() ->
                        StageChokepoints.find(stack, solver, TinyStack.ALLIES, TinyStack.CONCERN, coalition, world, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }
}
