package org.lodestone.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.network.NetworkBuilder;

/**
 * The static extraction view against the engine on a chain where nothing closes the gap: ore
 * (CHN, the only producer) → metal (USA, 1 t ore per t, essential) → final demand. No other
 * supplier, no substitute, no overproduction (alpha-max = alpha-base) and the smallest stock the
 * engine allows (2 days; ψ = 0.8). Cutting half the ore removes half the metal in fixed
 * proportions; the engine draws the stock down to ψ × 2 days of the halved use and then makes
 * what the ore it receives allows, half (to the 1e-5 with which the reference's all-or-nothing
 * {@code allclose} gate judges a stock at its target).
 */
class SimulatedExtractionTest {

    private static final int CHN_ORE = 0;
    private static final int USA_METAL = 1;

    private static Dataset chain() {
        return DatasetFixture.dataset("ore", "metal")
                .produce("ore", "CHN", 365)
                .produce("metal", "USA", 365)
                .recipe("metal", "ore", 1)
                .finalDemand("metal", "USA", 365)
                .build();
    }

    private static ArioParameters nothingClosesTheGap() {
        return ArioParameters.defaults().withInventory(2, Map.of()).withAlpha(1, 1, 365);
    }

    @Test
    void theEnginesLossOnceTheStockIsDrawnDownIsTheFixedProportionsBound() {
        Dataset dataset = chain();
        StackTable stack = StackTable.of(dataset, NetworkBuilder.build(dataset));
        assertThat(stack.label(CHN_ORE)).contains("ore");
        assertThat(stack.label(USA_METAL)).contains("metal");
        double bound = ExtractionResult.of(stack, new LeontiefSolver(stack.table()), new Cut(CHN_ORE, 0.5))
                .supplyDriven()[USA_METAL];
        double[] target = new double[2];
        target[USA_METAL] = 365;

        SimulatedExtraction.Losses losses =
                new SimulatedExtraction(stack.table(), nothingClosesTheGap()).losses(new Cut(CHN_ORE, 0.5), target);

        assertThat(bound).isEqualTo(0.5);
        for (int w = 0; w < SimulatedExtraction.WINDOWS.size(); w++) {
            // equal to the reference's allclose inventory gate (rtol 1e-5): 3.4e-6 off from day 29 on
            assertThat(losses.lastDay()[w]).as("last day of window %d", w).isCloseTo(bound, within(1e-5));
            assertThat(losses.average()[w]).as("window %d", w).isLessThanOrEqualTo(bound + 1e-12);
            assertThat(losses.noSpare()[w]).as("window %d", w).isCloseTo(losses.average()[w], within(1e-12));
        }
        assertThat(losses.average()[2]).isCloseTo(bound, within(0.01));
    }

    @Test
    void overproductionOfTheCutProducersRestLowersTheEnginesLoss() {
        Dataset dataset = chain();
        StackTable stack = StackTable.of(dataset, NetworkBuilder.build(dataset));
        double[] target = {0, 365};

        SimulatedExtraction.Losses losses = new SimulatedExtraction(
                        stack.table(), ArioParameters.defaults().withInventory(2, Map.of()))
                .losses(new Cut(CHN_ORE, 0.5), target);

        assertThat(losses.average()[2]).isLessThan(losses.noSpare()[2]);
    }
}
