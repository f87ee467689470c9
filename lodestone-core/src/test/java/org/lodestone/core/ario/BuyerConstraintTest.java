package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The supplier pass checks each buyer's inventory constraint alone ({@link Inventories#constrainBuyer}),
 * skipping the buyer's inputs while its output stays below the cover its stocks allow. On seeded
 * tables, with every stock of half the buyers just past the skip's margin and the others' a few
 * ulps either side of their constraint, exactly on it, far above or at zero, the per-buyer check
 * gives the whole-table loop's count and smallest ratio bit for bit.
 */
class BuyerConstraintTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void matchesTheWholeTableLoopAtTheEdge(SeededTables.Case c) {
        ArioModel model = ArioModel.of(c.table(), ArioParameters.defaults());
        Random random = new Random(c.name().hashCode());
        for (int trial = 0; trial < 50; trial++) {
            Inventories inventories = new Inventories(model, new int[0]);
            double[] xOpt = new double[model.p];
            for (int j = 0; j < model.p; j++) {
                xOpt[j] = model.x0[j] * (0.5 + random.nextDouble());
            }
            boolean[] covered = new boolean[model.p];
            for (int j = 0; j < model.p; j++) {
                covered[j] = random.nextBoolean();
            }
            for (int e = 0; e < model.entries.count; e++) {
                int j = model.entries.buyer[e];
                double constraint = model.psi * xOpt[j] * model.aS[e] * model.constraintDuration[e];
                // a covered buyer's stocks are all just past the margin, so its inputs are skipped
                inventories.stocks[e] = covered[j] ? constraint * (1 + 2e-9) : edge(constraint, random);
            }
            int[] limiting = new int[model.p];
            double[] minRatio = new double[model.p];
            inventories.constrain(xOpt, limiting, minRatio);
            inventories.totals(new double[model.p]);
            int[] byBuyer = new int[model.p];
            double[] byBuyerRatio = new double[model.p];
            for (int j = 0; j < model.p; j++) {
                inventories.constrainBuyer(j, xOpt[j], byBuyer, byBuyerRatio);
            }

            assertThat(byBuyer).as("limiting inputs, trial %d", trial).containsExactly(limiting);
            assertThat(byBuyerRatio).as("smallest ratio, trial %d", trial).containsExactly(minRatio);
        }
    }

    /** A stock at, just below, just above, well above or well below {@code constraint}. */
    private static double edge(double constraint, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> constraint;
            case 1 -> Math.nextDown(constraint);
            case 2 -> Math.nextUp(Math.nextUp(constraint));
            case 3 -> constraint * (1 + 1e-10);
            case 4 -> constraint * 3;
            default -> 0;
        };
    }
}
