package org.lodestone.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.TinyStack;
import org.lodestone.core.leontief.DenseLeontief;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.mrio.IoTable;

class LeontiefExtractionTest {

    @Test
    void cuttingJapaneseMetalCostsItsOreSuppliersTheirSalesToJapan() {
        StackTable stack = TinyStack.stack();

        double[] loss = new LeontiefExtraction(stack.table(), new LeontiefSolver(stack.table()))
                .relativeLoss(Cut.whole(TinyStack.JPN_METAL));

        // JPN buys 24 of CHN's 48 t and 16 of AUS's 32 t: both lose half their output
        assertThat(loss[TinyStack.CHN_ORE]).isCloseTo(0.5, within(1e-12));
        assertThat(loss[TinyStack.AUS_ORE]).isCloseTo(0.5, within(1e-12));
        assertThat(loss[TinyStack.JPN_METAL]).isEqualTo(1);
        assertThat(loss[TinyStack.USA_DEVICE])
                .as("demand-driven: the buyer downstream keeps its output")
                .isZero();
        assertThat(loss[TinyStack.CHN_MAGNET]).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void matchesTheMixedModelClosedForm(long seed) {
        IoTable table = RandomTables.random(seed, 3, 3, IoTable.Units.PHYSICAL);
        double[][] l = DenseLeontief.inverse(table);
        double[] x = table.x();
        LeontiefExtraction extraction = new LeontiefExtraction(table, new LeontiefSolver(table));

        for (int k = 0; k < table.size(); k++) {
            double[] loss = extraction.relativeLoss(new Cut(k, 0.4));
            for (int i = 0; i < table.size(); i++) {
                double expected = i == k ? 0.4 : 0.4 * x[k] * l[i][k] / (l[k][k] * x[i]);
                assertThat(loss[i]).as("cut %d, industry %d", k, i).isCloseTo(expected, within(1e-10));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void lossIsZeroWithoutACutAndGrowsWithTheCut(long seed) {
        IoTable table = RandomTables.synthetic(seed, 3, 3);
        LeontiefExtraction extraction = new LeontiefExtraction(table, new LeontiefSolver(table));

        double[] none = extraction.relativeLoss(new Cut(4, 0));
        double[] some = extraction.relativeLoss(new Cut(4, 0.3));
        double[] all = extraction.relativeLoss(new Cut(4, 1));

        for (int i = 0; i < table.size(); i++) {
            assertThat(none[i]).isZero();
            assertThat(some[i]).isLessThanOrEqualTo(all[i]).isGreaterThanOrEqualTo(0);
            assertThat(all[i]).isLessThanOrEqualTo(1);
        }
    }
}
