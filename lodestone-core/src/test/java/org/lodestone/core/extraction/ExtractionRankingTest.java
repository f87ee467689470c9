package org.lodestone.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.TinyStack;
import org.lodestone.core.leontief.DenseLeontief;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.mrio.IoTable;

class ExtractionRankingTest {

    @Test
    void physicalRankingIsHandComputed() {
        StackTable stack = TinyStack.stack();
        double[] devices = stack.outputOf(TinyStack.DEVICE, TinyStack.ALLIES);

        List<RankedCut> ranking = new ExtractionRanking(stack, new LeontiefSolver(stack.table()))
                .rank(devices, Set.of(TinyStack.USA_DEVICE), 1, 0);

        assertThat(ranking)
                .extracting(RankedCut::industry)
                .containsExactly(
                        TinyStack.CHN_MAGNET,
                        TinyStack.CHN_ORE,
                        TinyStack.JPN_METAL,
                        TinyStack.USA_METAL,
                        TinyStack.AUS_ORE);
        assertThat(ranking).extracting(RankedCut::targetShare).containsExactly(1.0, 0.6, 0.5, 0.5, 0.4);
        assertThat(ranking.get(0).targetLoss()).isEqualTo(10);
        assertThat(ranking.get(0).essentialOnlyShare())
                .as("magnets are substitutable in devices")
                .isZero();
        assertThat(ranking.get(1).essentialOnlyShare()).isCloseTo(0.6, within(1e-15));
        assertThat(ranking.get(1).path()).containsExactly(TinyStack.CHN_ORE, TinyStack.JPN_METAL, TinyStack.USA_DEVICE);
        assertThat(ranking.get(2).upstreamShare())
                .as("JPN buys half of each ore producer's output")
                .isCloseTo(0.5, within(1e-12));
        assertThat(ranking.get(2).upstreamTotal())
                .as("never added across units")
                .isNaN();
    }

    @Test
    void theFractionScalesEveryLoss() {
        StackTable stack = TinyStack.stack();
        double[] devices = stack.outputOf(TinyStack.DEVICE, TinyStack.ALLIES);
        ExtractionRanking ranking = new ExtractionRanking(stack, new LeontiefSolver(stack.table()));

        List<RankedCut> quarter = ranking.rank(devices, Set.of(), 0.25, 3);
        List<RankedCut> none = ranking.rank(devices, Set.of(), 0, 3);

        assertThat(quarter).extracting(RankedCut::targetLoss).containsExactly(2.5, 2.5, 1.5);
        assertThat(none).allSatisfy(r -> assertThat(r.targetLoss()).isZero());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void branchAndBoundReturnsTheExactTopOfABruteForceRanking(long seed) {
        IoTable table = RandomTables.synthetic(seed, 5, 4);
        StackTable stack = StackTable.monetary(table);
        double[] target = stack.outputOf(-1, Set.of("R002"));
        double[][] l = DenseLeontief.inverse(table);
        List<double[]> brute = new ArrayList<>();
        for (int k = 0; k < table.size(); k++) {
            double loss = 0;
            for (int j = 0; j < table.size(); j++) {
                loss += 0.8 * target[j] * l[k][j] / l[k][k];
            }
            brute.add(new double[] {k, loss});
        }
        brute.sort(Comparator.comparingDouble((double[] r) -> -r[1]));

        List<RankedCut> ranking =
                new ExtractionRanking(stack, new LeontiefSolver(table)).rank(target, Set.of(), 0.8, 7);

        assertThat(ranking).hasSize(7);
        for (int r = 0; r < 7; r++) {
            assertThat(ranking.get(r).industry()).isEqualTo((int) brute.get(r)[0]);
            assertThat(ranking.get(r).targetLoss()).isCloseTo(brute.get(r)[1], within(1e-9 * brute.get(r)[1]));
            assertThat(ranking.get(r).upstreamTotal()).isPositive();
        }
    }
}
