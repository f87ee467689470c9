package org.lodestone.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.dependency.Sector;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.TinyStack;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SubstitutableInput;
import org.lodestone.core.network.NetworkBuilder;

class FixedProportionsExtractionTest {

    private final StackTable stack = TinyStack.stack();

    @Test
    void aMissingSubstitutableInputStopsOutputOnlyWhenEveryInputBinds() {
        Cut magnets = Cut.whole(TinyStack.CHN_MAGNET);

        double[] binding = new FixedProportionsExtraction(stack, true).relativeLoss(magnets);
        double[] substituted = new FixedProportionsExtraction(stack, false).relativeLoss(magnets);

        assertThat(binding[TinyStack.USA_DEVICE]).isEqualTo(1);
        assertThat(substituted[TinyStack.USA_DEVICE]).isZero();
    }

    @Test
    void aPartlySubstitutableInputPassesOnTheShareThatHasNoSubstitute() {
        // substitution.csv lets devices do 40% without magnets: with every magnet cut, the device
        // plant loses 1 − 0.4 = 60% once substitution is complete; every input binding, all of it
        boolean[] essential = new boolean[16];
        for (int in = 0; in < 4; in++) {
            for (int out = 0; out < 4; out++) {
                essential[in * 4 + out] = stack.essential(in, out);
            }
        }
        StackTable partly = new StackTable(
                stack.table()
                        .withSubstitutions(List.of(
                                new SubstitutableInput(TinyStack.MAGNET, TinyStack.USA_DEVICE, 0.4, 90, Double.NaN))),
                stack.sectors(),
                essential);
        Cut magnets = Cut.whole(TinyStack.CHN_MAGNET);

        assertThat(new FixedProportionsExtraction(partly, false).relativeLoss(magnets)[TinyStack.USA_DEVICE])
                .isCloseTo(0.6, within(1e-15));
        assertThat(new FixedProportionsExtraction(partly, true).relativeLoss(magnets)[TinyStack.USA_DEVICE])
                .isEqualTo(1);
    }

    @Test
    void aShortageTravelsDownInSupplierShares() {
        FixedProportionsExtraction model = new FixedProportionsExtraction(stack, false);

        double[] ore = model.relativeLoss(Cut.whole(TinyStack.CHN_ORE));
        double[] metal = model.relativeLoss(new Cut(TinyStack.JPN_METAL, 0.5));

        // both metal plants take 60% of their ore from CHN; the device plant half its metal from each
        assertThat(ore[TinyStack.JPN_METAL]).isCloseTo(0.6, within(1e-15));
        assertThat(ore[TinyStack.USA_METAL]).isCloseTo(0.6, within(1e-15));
        assertThat(ore[TinyStack.USA_DEVICE]).isCloseTo(0.6, within(1e-15));
        assertThat(ore[TinyStack.AUS_ORE]).isZero();
        assertThat(metal[TinyStack.USA_DEVICE]).isCloseTo(0.25, within(1e-15));
        assertThat(model.path(Cut.whole(TinyStack.CHN_ORE), ore, TinyStack.USA_DEVICE))
                .containsExactly(TinyStack.CHN_ORE, TinyStack.JPN_METAL, TinyStack.USA_DEVICE);
    }

    @Test
    void aProductiveCycleConvergesToTheCut() {
        // silicon needs electricity and electricity needs silicon (0.1 and 0.5 per unit)
        var dataset = DatasetFixture.dataset("electricity", "silicon")
                .produce("electricity", "A", 100)
                .produce("silicon", "A", 10)
                .recipe("silicon", "electricity", 0.1)
                .recipe("electricity", "silicon", 0.05)
                .finalDemand("electricity", "A", 99)
                .finalDemand("silicon", "A", 5)
                .build();
        StackTable cycle = StackTable.of(dataset, NetworkBuilder.build(dataset));

        double[] loss = new FixedProportionsExtraction(cycle, true).relativeLoss(new Cut(0, 0.5));

        assertThat(loss).containsExactly(0.5, 0.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void lossIsZeroWithoutACutAndProportionalToIt(long seed) {
        IoTable table = RandomTables.random(seed, 3, 4, IoTable.Units.PHYSICAL);
        boolean[] essential =
                new boolean[table.sectors().size() * table.sectors().size()];
        Arrays.fill(essential, true);
        StackTable random = new StackTable(
                table,
                table.sectors().stream()
                        .map(s -> new Sector(s, s, Optional.empty(), Optional.empty(), "t"))
                        .toList(),
                essential);
        FixedProportionsExtraction model = new FixedProportionsExtraction(random, true);

        for (int k = 0; k < table.size(); k++) {
            double[] none = model.relativeLoss(new Cut(k, 0));
            double[] third = model.relativeLoss(new Cut(k, 1.0 / 3));
            double[] all = model.relativeLoss(Cut.whole(k));
            for (int j = 0; j < table.size(); j++) {
                assertThat(none[j]).isZero();
                assertThat(third[j]).isCloseTo(all[j] / 3, within(1e-12)).isLessThanOrEqualTo(all[j]);
                assertThat(all[j]).isBetween(0.0, 1.0);
            }
        }
    }
}
